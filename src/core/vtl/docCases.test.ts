/**
 * Every case of ../shared/test-vectors/vtl-doc-cases.json: templates whose results AWS's own
 * documentation states.
 */
import { readSharedVectors } from '../../testing/sharedVectors';
import { describe, expect, it } from 'vitest';
import type { SampleRequest } from '../design/types';
import { renderTemplate } from './index';

interface DocCase {
  id: string;
  phase: 'request' | 'response';
  template: string;
  request: SampleRequest;
  integrationResponse?: { statusCode: number; headers?: Record<string, string>; body: string };
  expected?: string;
  expectedJson?: unknown;
}

const cases: DocCase[] = readSharedVectors<DocCase[]>('vtl-doc-cases.json');

describe('AWS documentation cases (vtl-doc-cases.json)', () => {
  it('has the documented cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(22);
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = renderTemplate(c.template, {
      phase: c.phase,
      request: c.request,
      integrationResponse: c.integrationResponse,
    });
    expect(r.failure).toBeNull();
    if (c.expected !== undefined) expect(r.output).toBe(c.expected);
    else expect(JSON.parse(r.output)).toEqual(c.expectedJson);
  });
});
