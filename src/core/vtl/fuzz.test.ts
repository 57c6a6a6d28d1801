/**
 * Property: whatever the template and the sample, renderTemplate returns (never throws), finishes within its
 * step budget, and reports a failure only together with an error diagnostic. Seeded, so a failure replays.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SampleRequest } from '../design/types';
import { renderTemplate } from './index';
import type { RenderResult } from './index';

const LIMITS = { maxSteps: 100_000, maxOutput: 200_000, maxString: 200_000 };

const fragments = [
  '$',
  '#',
  '\\',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '.',
  '!',
  '"',
  "'",
  ' ',
  '\n',
  '\t',
  'a',
  '1',
  '-',
  '*',
  ',',
  ':',
  '=',
  '..',
  '##',
  '#*',
  '*#',
  '#[[',
  ']]#',
  '$x',
  '$!x',
  '${x}',
  '$x.y',
  '$x.y()',
  '$l[0]',
  '$l[-1]',
  '#set($x = ',
  '#set($l = [1..5])',
  '#if(',
  '#elseif(',
  '#else',
  '#end',
  '#foreach($i in ',
  '#foreach($i in $l)',
  '#macro(m $a)',
  '#m(',
  '#define($d)',
  '$d',
  '#break',
  '#stop',
  '#evaluate(',
  '$input.path("$")',
  '$input.json("$.a[*]")',
  '$input.params()',
  '$util.escapeJavaScript(',
  '$util.parseJson(',
  '$context',
  '$context.requestOverride.header.h',
  '$s.split(",")',
  '$s.replaceAll("(a+)+", "$1")',
  '$s.matches(".*")',
  '$x.substring(',
  '"$x"',
  "'$x'",
  '[1..',
  '{"k": ',
  '$foreach.count',
  '+',
  '/',
  '%',
  '&&',
  '||',
  '==',
  '1e3',
  '2.5',
  '#set($s = "$s$s")',
  '#foreach($i in [1..1000])',
  '#r($n)',
  '#macro(r $n)#r($n)#end',
];

const template = fc
  .array(fc.constantFrom(...fragments), { minLength: 0, maxLength: 40 })
  .map((parts) => parts.join(''));

const recorded: string[] = readdirSync(join(__dirname, 'oracle-cases'))
  .filter((f) => f.endsWith('.json') && f !== 'requests.json')
  .flatMap((f) =>
    (
      JSON.parse(readFileSync(join(__dirname, 'oracle-cases', f), 'utf8')).cases as Array<{
        template: string;
      }>
    ).map((c) => c.template),
  );

/** A recorded template with random edits: deletions, insertions of VTL fragments, swaps. */
const mutated = fc
  .tuple(
    fc.constantFrom(...recorded),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.constantFrom(...fragments)), { maxLength: 6 }),
  )
  .map(([t, edits]) => {
    let s = t;
    for (const [at, del, ins] of edits) {
      const i = s.length === 0 ? 0 : at % (s.length + 1);
      s = s.slice(0, i) + ins + s.slice(i + del);
    }
    return s;
  });

const body = fc.oneof(
  fc.json(),
  fc.string(),
  fc.constantFrom('', '{', '{"a":', '[1,2', 'null', '{"a":[1,{"b":null}],"s":"x/y"}', '{a:b}', '\u0000'),
);

const request: fc.Arbitrary<SampleRequest> = fc.record(
  {
    method: fc.constantFrom('GET', 'post', 'PUT'),
    path: fc.constantFrom('/', '/pets/{id}', '/a/{proxy+}'),
    pathParameters: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 10 })),
    queryStringParameters: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 10 })),
    headers: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 10 })),
    body: fc.option(body, { nil: null }),
    stageVariables: fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 10 })),
    context: fc.dictionary(
      fc.constantFrom('stage', 'identity', 'authorizer', 'requestId', 'x'),
      fc.jsonValue(),
    ),
  },
  { requiredKeys: [] },
);

function check(r: RenderResult): void {
  expect(typeof r.output).toBe('string');
  expect(Array.isArray(r.diagnostics)).toBe(true);
  if (r.failure) expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  for (const d of r.diagnostics) {
    if (d.line !== undefined) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  }
}

describe('renderTemplate never throws and always finishes', () => {
  it('on random templates and requests', () => {
    fc.assert(
      fc.property(
        template,
        request,
        fc.constantFrom<'request' | 'response'>('request', 'response'),
        (t, req, phase) => {
          check(
            renderTemplate(
              t,
              { phase, request: req, integrationResponse: { statusCode: 200, body: '{"ok":true}' } },
              { limits: LIMITS },
            ),
          );
        },
      ),
      { seed: 20261126, numRuns: 600 },
    );
  });

  it('on mutated recorded templates', () => {
    fc.assert(
      fc.property(mutated, request, (t, req) => {
        check(renderTemplate(t, { request: req }, { limits: LIMITS }));
      }),
      { seed: 1126, numRuns: 600 },
    );
  });

  it('on hostile inputs: non-string template, missing request', () => {
    check(renderTemplate(42 as unknown as string, undefined as unknown as { request: SampleRequest }));
    check(renderTemplate('$input.body $context', { request: null as unknown as SampleRequest }));
  });
});
