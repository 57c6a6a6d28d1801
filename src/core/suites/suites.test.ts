import { describe, expect, it } from 'vitest';
import { parseDesign } from '..';
import type { Design } from '../design/types';
import { scenarioById } from '../gallery';
import { canonicalJson, checkExpectation, expectationFrom, lineDiff, runSuite } from '.';

const response = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  body,
  headers,
});

describe('checkExpectation', () => {
  it('passes what matches and says nothing was checked without an expectation', () => {
    expect(checkExpectation(undefined, response(200, 'x'))).toEqual({
      checked: false,
      pass: true,
      failures: [],
    });
    expect(checkExpectation({}, response(200, 'x')).checked).toBe(false);
    expect(
      checkExpectation(
        { status: 200, bodyJson: { b: [1, 2], a: 'x' }, headers: { 'content-type': 'application/json' } },
        response(200, '{"a":"x","b":[1,2]}', { 'Content-Type': 'application/json' }),
      ),
    ).toEqual({ checked: true, pass: true, failures: [] });
  });

  it('reports each difference with a line diff for bodies', () => {
    const check = checkExpectation(
      { status: 404, body: 'a\nb\nc', headers: { 'X-Id': '1' } },
      response(200, 'a\nB\nc'),
    );
    expect(check.pass).toBe(false);
    expect(check.failures.map((f) => f.what)).toEqual(['status', 'body', 'header X-Id']);
    expect(check.failures[0]).toMatchObject({ expected: '404', actual: '200' });
    expect(check.failures[1].diff).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'expected', text: 'b' },
      { kind: 'actual', text: 'B' },
      { kind: 'same', text: 'c' },
    ]);
    expect(check.failures[2]).toMatchObject({ expected: '1', actual: '(absent)' });
  });

  it('compares JSON bodies as values and diffs them pretty-printed with sorted keys', () => {
    const check = checkExpectation(
      { bodyJson: { id: '7', name: 'Rex' } },
      response(200, '{"name":"Max","id":"7"}'),
    );
    expect(check.failures).toHaveLength(1);
    expect(check.failures[0].diff?.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'expected', text: '  "name": "Rex"' },
      { kind: 'actual', text: '  "name": "Max"' },
    ]);
    const notJson = checkExpectation({ bodyJson: {} }, response(200, 'oops'));
    expect(notJson.failures[0].actual).toBe('oops\n(not JSON)');
  });

  it('turns an answer into an expectation it meets', () => {
    for (const answer of [response(200, '{"a": 1}'), response(415, 'plain'), response(202, '')]) {
      const expectation = expectationFrom(answer);
      expect(checkExpectation(expectation, answer).pass).toBe(true);
    }
    expect(expectationFrom(response(200, '{"a": 1}'))).toEqual({ status: 200, bodyJson: { a: 1 } });
    expect(expectationFrom(response(202, ''))).toEqual({ status: 202, body: '' });
  });

  it('canonical JSON ignores key order and keeps __proto__ as data', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonicalJson(JSON.parse('{"__proto__": {"x": 1}}'))).toContain('"__proto__"');
  });

  it('lineDiff marks only what differs', () => {
    expect(lineDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
});

describe('runSuite', () => {
  const design = (): Design => scenarioById('lambda-errors-to-status-codes')!.design;

  it('runs every sample and counts passes, failures and unchecked samples', () => {
    const d = design();
    const samples = d.samples ?? [];
    expect(samples.length).toBeGreaterThan(0);
    const first = runSuite(d).runs[0];
    d.samples = [
      { ...samples[0], name: 'pass', expect: expectationFrom(first.result) },
      { ...samples[0], name: 'fail', expect: { status: 599 } },
      { ...samples[0], name: 'unchecked', expect: undefined },
    ];
    const suite = runSuite(d);
    expect(suite.runs.map((r) => [r.sample.name, r.checked, r.pass])).toEqual([
      ['pass', true, true],
      ['fail', true, false],
      ['unchecked', false, true],
    ]);
    expect([suite.passed, suite.failed, suite.unchecked]).toEqual([1, 1, 1]);
    expect(runSuite(d, 'DELETE /nothing').runs).toEqual([]);
  });

  it('parseDesign keeps sample expectations and rejects malformed ones', () => {
    const d = design();
    d.samples = [
      { ...d.samples![0], expect: { status: 200, body: 'x', bodyJson: { a: [1] }, headers: { A: 'b' } } },
    ];
    const parsed = parseDesign(JSON.parse(JSON.stringify(d)));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.design?.samples?.[0].expect).toEqual({
      status: 200,
      body: 'x',
      bodyJson: { a: [1] },
      headers: { A: 'b' },
    });
    const bad = parseDesign({
      ...JSON.parse(JSON.stringify(d)),
      samples: [{ ...d.samples[0], expect: { status: '200' } }],
    });
    expect(bad.diagnostics.map((x) => [x.severity, x.path])).toEqual([['error', '/samples/0/expect/status']]);
    const unknown = parseDesign({
      ...JSON.parse(JSON.stringify(d)),
      samples: [{ ...d.samples[0], expect: { code: 1 } }],
    });
    expect(unknown.diagnostics.map((x) => [x.severity, x.code])).toEqual([['warning', 'design/unknown-key']]);
  });
});
