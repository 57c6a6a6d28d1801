import { describe, expect, it } from 'vitest';
import type { Design } from '../../core/design/types';
import { bodyIsJson, duplicateName, methodSamples, newSample, outcomeKind, parseJsonText } from './samples';

const design: Design = {
  version: 1,
  stack: { id: 'S' },
  api: { id: 'Api' },
  functions: [],
  methods: [
    { path: '/pets/{petId}', httpMethod: 'PUT', function: 'F' },
    { path: '/pets', httpMethod: 'GET', function: 'F' },
  ],
  samples: [
    { name: 'sample', method: 'PUT /pets/{petId}', request: {} },
    { name: 'list', method: 'GET /pets', request: {} },
    { name: 'sample 2', method: 'PUT /pets/{petId}', request: {} },
  ],
};

describe('samples of a method', () => {
  it('keeps their design indexes', () => {
    expect(methodSamples(design, design.methods[0]).map((s) => [s.sample.name, s.index])).toEqual([
      ['sample', 0],
      ['sample 2', 2],
    ]);
  });

  it('creates a sample with the path parameters and a JSON body for writes', () => {
    const s = newSample(design, design.methods[0]);
    expect(s.name).toBe('sample 3');
    expect(s.method).toBe('PUT /pets/{petId}');
    expect(s.request).toMatchObject({
      method: 'PUT',
      path: '/pets/{petId}',
      pathParameters: { petId: '1' },
      headers: { 'Content-Type': 'application/json' },
    });
    expect(typeof s.request.body).toBe('string');
    const get = newSample(design, design.methods[1]);
    expect(get.name).toBe('sample');
    expect(get.request.body).toBeNull();
  });

  it('names copies, reads JSON and outcome kinds', () => {
    expect(duplicateName(['a', 'a (copy)'], 'a')).toBe('a (copy 2)');
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('{').ok).toBe(false);
    expect(outcomeKind({ error: { errorMessage: 'x' } })).toBe('error');
    expect(outcomeKind(undefined)).toBe('result');
    expect(outcomeKind({ runCode: true, durationMs: 5 })).toBe('runCode');
    expect(bodyIsJson({ headers: { 'content-type': 'text/plain' } })).toBe(false);
    expect(bodyIsJson({ headers: { 'Content-Type': 'application/vnd.api+json' } })).toBe(true);
    expect(bodyIsJson({})).toBe(true);
  });
});
