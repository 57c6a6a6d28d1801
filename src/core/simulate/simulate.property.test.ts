/**
 * Property: for random designs (valid ones from the shared arbitraries, then roughened with odd
 * templates, patterns and mappings) and random requests and outcomes, simulate() never throws,
 * never fails internally, and always ends in a status the log reports.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, LambdaOutcome, MethodDesign, SampleRequest } from '../design/types';
import { validDesign } from '../../testing/arbitraries';
import { simulate } from './index';

const TEMPLATES = [
  '$input.json("$")',
  '{"id": "$input.params(\'id\')", "body": $input.body}',
  '#set($context.requestOverride.header.X-Amz-Invocation-Type = "Event")$input.json("$")',
  '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Y = "z")$input.body',
  '#set($context.responseOverride.status = "nope")',
  '#foreach($k in $input.params().keySet())$k,#end',
  '$util.base64Encode($input.body)',
  '#if($input.path("$.a") == "")empty#{else}full#end',
  '#set(',
  '$input.path("$.x").substring(40)',
  '',
  'not json at all',
];
const PATTERNS = ['', '.*', '.+', 'Not found.*', '(', '(?i)error', '[a-z&&[^e]]+', '\\d{3}', '(?s).*'];
const MAPPINGS = [
  "'static'",
  'method.request.querystring.q',
  'method.request.body.a',
  'context.requestId',
  'stageVariables.env',
  'integration.response.body.id',
  'integration.response.header.Content-Type',
  'bogus',
];

/** Roughens a valid design: templates, patterns and mappings a user may type, valid or not. */
const roughDesign: fc.Arbitrary<Design> = validDesign().chain((design) =>
  fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { maxLength: 4 }).map((edits) => {
    const copy: Design = structuredClone(design);
    for (const [m, t, p, k] of edits) {
      const method = copy.methods[m % copy.methods.length];
      const integration = (method.integration ??= {});
      if (t % 3 === 0) integration.proxy = false;
      integration.requestTemplates = { 'application/json': TEMPLATES[t % TEMPLATES.length] };
      integration.requestParameters = {
        'integration.request.header.X-Amz-Invocation-Type': MAPPINGS[k % MAPPINGS.length],
      };
      integration.integrationResponses = [
        {
          statusCode: String([200, 400, 500][p % 3]),
          selectionPattern: PATTERNS[p % PATTERNS.length],
          responseTemplates: { 'application/json': TEMPLATES[(t + p) % TEMPLATES.length] },
          responseParameters: { 'method.response.header.X-Mapped': MAPPINGS[(k + 1) % MAPPINGS.length] },
          ...(k % 4 === 0 ? { contentHandling: 'CONVERT_TO_BINARY' as const } : {}),
        },
        ...(k % 2 === 0 ? [{ statusCode: '200' }] : []),
      ];
    }
    return copy;
  }),
);

const text = fc.string({ maxLength: 12 });
const headerNames = fc.constantFrom(
  'Content-Type',
  'content-type',
  'Accept',
  'X-Amz-Invocation-Type',
  'h1',
  'Host',
);
const headerValues = fc.constantFrom(
  'application/json',
  'application/xml',
  'image/png',
  '*/*',
  'Event',
  'text/plain; charset=utf-8',
  '',
);

/** Mostly requests for the method under test (so they get past routing), sometimes anything. */
const requestFor = (design: Design, target: MethodDesign): fc.Arbitrary<SampleRequest> =>
  fc.record(
    {
      method: fc.oneof(
        { weight: 4, arbitrary: fc.constant(target.httpMethod) },
        { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'ANY', 'patch', 'BREW', '') },
      ),
      path: fc.oneof(
        { weight: 4, arbitrary: fc.constant(target.path) },
        { weight: 1, arbitrary: fc.constantFrom(...design.methods.map((m) => m.path)) },
        { weight: 1, arbitrary: fc.constantFrom('/', '/pets/7', '/a/b/c', '/nowhere', '//', '/pets/') },
      ),
      pathParameters: fc.dictionary(
        fc.constantFrom(...(target.path.match(/[^{}/]+(?=\+?\})/g) ?? []), 'proxy', 'x'),
        text,
        { maxKeys: 3 },
      ),
      queryStringParameters: fc.dictionary(fc.constantFrom('q', 'tag', 'a'), text, { maxKeys: 3 }),
      multiValueQueryStringParameters: fc.dictionary(
        fc.constantFrom('tag', 'b'),
        fc.array(text, { maxLength: 3 }),
        { maxKeys: 2 },
      ),
      headers: fc.dictionary(headerNames, headerValues, { maxKeys: 4 }),
      multiValueHeaders: fc.dictionary(headerNames, fc.array(headerValues, { maxLength: 3 }), { maxKeys: 2 }),
      body: fc.oneof(fc.constant(null), fc.json(), text, fc.constant('YWJj')),
      stageVariables: fc.dictionary(fc.constantFrom('env', 'v'), text, { maxKeys: 2 }),
      context: fc.oneof(fc.constant({}), fc.record({ requestId: text, stage: text }, { requiredKeys: [] })),
    },
    { requiredKeys: [] },
  );

const outcome: fc.Arbitrary<LambdaOutcome> = fc.oneof(
  fc.record(
    { result: fc.jsonValue(), durationMs: fc.option(fc.nat({ max: 60000 }), { nil: undefined }) },
    { requiredKeys: ['result'] },
  ),
  fc.record({
    result: fc.record(
      {
        statusCode: fc.oneof(fc.integer({ min: 0, max: 700 }), fc.constant('200')),
        headers: fc.dictionary(headerNames, fc.oneof(text, fc.integer())),
        body: fc.oneof(text, fc.constant('YWJj')),
        isBase64Encoded: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ error: fc.record({ errorMessage: text, errorType: fc.option(text, { nil: undefined }) }) }),
);

describe('simulate (property)', () => {
  it('never throws and always ends in a status the log reports', () => {
    fc.assert(
      fc.property(
        roughDesign.chain((design) =>
          fc.nat().chain((index) => {
            const method = design.methods[index % design.methods.length];
            return fc.tuple(
              fc.constant(design),
              fc.constant(method),
              requestFor(design, method),
              outcome,
              fc.boolean(),
            );
          }),
        ),
        ([design, method, request, lambda, testInvoke]) => {
          const result = simulate(design, `${method.httpMethod} ${method.path}`, request, lambda, {
            testInvoke,
          });
          expect(Number.isInteger(result.status) && result.status >= 100 && result.status <= 599).toBe(true);
          expect(result.diagnostics.filter((d) => d.code === 'simulate/internal-error')).toEqual([]);
          expect(result.log.trimEnd().endsWith(`Method completed with status: ${result.status}`)).toBe(true);
          expect(result.steps[result.steps.length - 1].stage).toBe('Method response');
          expect(typeof result.body).toBe('string');
        },
      ),
      { seed: 20240601, numRuns: 400 },
    );
  });
});
