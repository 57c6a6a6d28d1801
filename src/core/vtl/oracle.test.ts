/**
 * The recorded outputs of the Java stack behind API Gateway's templates (Velocity 1.7 + Jayway JsonPath
 * 2.0.0 + json-smart 2.2 + commons-lang 2.6, see oracle-cases/*.json for provenance): renderTemplate must
 * produce the same text, or fail where Java failed. Where API Gateway is known to differ from that stack,
 * a case carries `aws` (the API Gateway result) and a note saying why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SampleRequest } from '../design/types';
import { renderTemplate } from './index';

interface OracleCase {
  id: string;
  template: string;
  phase?: 'request' | 'response';
  request: string | SampleRequest;
  integrationResponse?: { statusCode: number; headers?: Record<string, string>; body: string };
  oracle: { output: string } | { error: string };
  aws?: { output: string } | { error: string };
  note?: string;
}

interface OracleFile {
  provenance: { oracle: string; recorded: string };
  category: string;
  cases: OracleCase[];
}

const dir = join(__dirname, 'oracle-cases');
const requests: Record<string, SampleRequest> = JSON.parse(readFileSync(join(dir, 'requests.json'), 'utf8'));
const files: OracleFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'requests.json')
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

/** Java prints some objects with an identity hash (`[Ljava.lang.String;@1b6d3586`): never the same twice. */
function withoutIdentityHashes(s: string): string {
  return s.replace(/((?:\[L)?[\w$]+(?:\.[\w$]+)+;?)@[0-9a-f]{1,8}/g, '$1@HASH');
}

describe('oracle fixtures', () => {
  it('are recorded with provenance', () => {
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) {
      expect(f.provenance.oracle).toContain('Velocity 1.7');
      expect(f.provenance.oracle).toContain('Jayway JsonPath 2.0.0');
      expect(f.cases.length).toBeGreaterThan(0);
    }
    const total = files.reduce((n, f) => n + f.cases.length, 0);
    expect(total).toBeGreaterThanOrEqual(1500);
  });

  it('note every AWS divergence', () => {
    for (const f of files) for (const c of f.cases) if (c.aws) expect(c.note ?? '').not.toBe('');
  });

  for (const file of files) {
    describe(file.category, () => {
      it.each(file.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
        const request = typeof c.request === 'string' ? requests[c.request] : c.request;
        const r = renderTemplate(c.template, {
          phase: c.phase,
          request,
          integrationResponse: c.integrationResponse,
        });
        const expected = c.aws ?? c.oracle;
        if ('output' in expected) {
          expect(r.failure, r.failure?.message).toBeNull();
          expect(withoutIdentityHashes(r.output)).toBe(withoutIdentityHashes(expected.output));
        } else {
          expect(r.failure, `Java failed: ${expected.error}`).not.toBeNull();
          expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        }
      });
    });
  }
});
