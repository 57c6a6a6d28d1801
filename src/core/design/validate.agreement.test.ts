/**
 * A seeded property test against the real aws-cdk-lib: random combinations of values around every
 * CDK-enforced limit, applied to a valid design. generate()'s `cdk/*` errors (the design's and its
 * template's) must appear exactly when CDK refuses the design, and CDK's message must be one of
 * ours (CDK stops at its first error; we list them all).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CreatedFunctionDesign, Design, Duration, HttpMethod, IntegrationDesign } from './types';
import { generate } from '../generate';
import { cdkErrors, cdkOutcome } from '../../testing/designCdkOracle';
import { HANDLER_CODE } from '../../testing/designMutations';

type Mutation = (design: Design) => void;

const fn = (design: Design): CreatedFunctionDesign => design.functions[0] as CreatedFunctionDesign;
const integration = (design: Design, index = 0): IntegrationDesign =>
  (design.methods[index].integration ??= {});

/** A valid design with two methods, a role and a VPC link to vary. */
function richDesign(): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack' },
    api: { id: 'Api' },
    functions: [
      { id: 'Handler', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: HANDLER_CODE } },
    ],
    roles: [{ id: 'InvokeRole', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Handler'] }],
    vpcLinks: [{ id: 'Link', importId: 'a1b2c3' }],
    methods: [
      { path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler' },
      { path: '/pets', httpMethod: 'POST', function: 'Handler', integration: { proxy: false } },
    ],
  };
}

const durations = (values: Duration[]) => fc.constantFrom(...values);

const mutations: fc.Arbitrary<Mutation>[] = [
  fc
    .constantFrom(64, 127.5, 128, 256.5, 3008, 10240)
    .map((value) => (d: Design) => (fn(d).memorySize = value)),
  durations([
    { seconds: 0 },
    { seconds: 1 },
    { seconds: 900 },
    { seconds: 901 },
    { minutes: 0.5 },
    { millis: 1500 },
    { millis: 2000 },
    { seconds: 1.5 },
    { minutes: 15 },
  ]).map((value) => (d: Design) => (fn(d).timeout = value)),
  fc
    .constantFrom('', 'a', 'pets handler', 'f'.repeat(64), 'f'.repeat(65), 'x_y-z')
    .map((value) => (d: Design) => (fn(d).functionName = value)),
  fc
    .constantFrom('index.handler', '', 'index handler', `i.${'h'.repeat(127)}`)
    .map((value) => (d: Design) => (fn(d).handler = value)),
  fc.constantFrom('', 'x').map((value) => (d: Design) => (fn(d).code = { inline: value })),
  fc
    .constantFrom('nodejs22.x', 'nodejs14.x', 'nodejs20.x', 'python3.13', 'python2.7', 'java21', 'ruby3.3')
    .map((value) => (d: Design) => (fn(d).runtime = value)),
  durations([
    { millis: 49 },
    { millis: 50 },
    { seconds: 1.001 },
    { millis: 60.5 },
    { seconds: 29 },
    { seconds: -1 },
    { minutes: 0.0005 },
  ]).map((value) => (d: Design) => (integration(d).timeout = value)),
  fc
    .constantFrom<Array<boolean | undefined>>(
      [false, true],
      [true, false],
      [undefined, true],
      [true, undefined],
    )
    .map(([passthrough, role]) => (d: Design) => {
      if (passthrough !== undefined) integration(d).credentialsPassthrough = passthrough;
      if (role) integration(d).credentialsRole = 'InvokeRole';
    }),
  fc
    .constantFrom<Array<'INTERNET' | 'VPC_LINK' | undefined | boolean>>(
      ['VPC_LINK', false],
      ['VPC_LINK', true],
      ['INTERNET', true],
      [undefined, true],
    )
    .map(([connectionType, link]) => (d: Design) => {
      if (connectionType) integration(d).connectionType = connectionType as 'INTERNET' | 'VPC_LINK';
      if (link) integration(d).vpcLink = 'Link';
    }),
  fc
    .constantFrom(0, 1)
    .map((index) => (d: Design) => (integration(d, index).responseTransferMode = 'STREAM')),
  fc
    .constantFrom<string>('GET', 'ANY', 'FETCH', 'DELETE')
    .map((verb) => (d: Design) => (d.methods[0].httpMethod = verb as HttpMethod)),
  fc
    .constantFrom(
      '/a b',
      '/pets//toys',
      '/{x}',
      '/pets',
      '/pets/{petId}/{a b}',
      '/',
      '/files/{proxy+}',
      '/GET',
      '/pets/POST',
    )
    .map((path) => (d: Design) => (d.methods[0].path = path)),
  fc.constant(
    (d: Design) =>
      (d.methods[1] = { ...d.methods[1], path: d.methods[0].path, httpMethod: d.methods[0].httpMethod }),
  ),
  fc
    .constantFrom('Api', 'InvokeRole', 'Link', 'CheckBootstrapVersion', '', 'Default', 'Resource')
    .map((id) => (d: Design) => {
      fn(d).id = id;
      d.methods.forEach((method) => (method.function = id));
      (d.roles?.[0] as { grantInvoke?: string[] }).grantInvoke = [id];
    }),
  fc.constantFrom('1Pets', 'Pets-Stack', 'P', '').map((id) => (d: Design) => (d.stack.id = id)),
  fc.constantFrom('Default', 'Resource', 'Api').map((id) => (d: Design) => (d.api.id = id)),
  fc
    .constantFrom('.', '', 'application/json', 'é', '\n')
    .map((key) => (d: Design) => (integration(d, 1).requestTemplates = { [key]: '{}' })),
  fc
    .constantFrom<Array<{ statusCode: string; responseModels?: Record<string, 'Empty'> }>>(
      [{ statusCode: '200' }, { statusCode: '200' }],
      [{ statusCode: '200' }, { statusCode: '200', responseModels: {} }],
      [{ statusCode: '200', responseModels: { '-': 'Empty' } }],
    )
    .map((responses) => (d: Design) => (d.methods[1].options = { methodResponses: responses })),
  fc.constantFrom(10240, 32768, 32769, 1e21).map((value) => (d: Design) => (fn(d).memorySize = value)),
  fc
    .constantFrom('pets \ud83d', '${AWS::Region}', '${AWS::Foo}', '🐶')
    .map((text) => (d: Design) => (d.api.description = text)),
  fc
    .constantFrom('/pets/Resource', '/Resource', '/Default', '/pets/Default', '/Handler')
    .map((path) => (d: Design) => d.methods.push({ path, httpMethod: 'PUT', function: fn(d).id })),
  fc
    .constantFrom<Array<string | undefined>>(
      ['123456789012', 'eu-west-1'],
      ['', undefined],
      [undefined, 'EU'],
      ['999999999999', undefined],
      ['123456789012', undefined],
    )
    .map(([account, region]) => (d: Design) => {
      d.stack.env = {
        ...(account !== undefined ? { account } : {}),
        ...(region !== undefined ? { region } : {}),
      };
    }),
  fc
    .constantFrom(
      'arn:aws:lambda:eu-west-1:123456789012:function:legacy',
      'arn:aws:lambda:eu-west-1:123456789012:function:legacy fn',
      'legacy',
      'arn:aws:lambda:eu-west-1:123456789012',
      'arn:aws:lambda:eu-west-1:999999999999:function:other',
    )
    .chain((arn) =>
      fc.record({ grant: fc.boolean(), use: fc.boolean() }).map(({ grant, use }) => (d: Design) => {
        d.functions.push({ id: 'Legacy', importArn: arn });
        if (grant) (d.roles?.[0] as { grantInvoke?: string[] }).grantInvoke?.push('Legacy');
        if (use) d.methods[1].function = 'Legacy';
      }),
    ),
];

describe('our cdk/* errors agree with the real aws-cdk-lib (seeded)', () => {
  it("on random combinations of values near CDK's limits", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 }), (changes) => {
        const design = richDesign();
        for (const change of changes) change(design);
        const ours = generate(design, { outputs: [] }).diagnostics.filter(
          (d) => d.severity === 'error' && d.code?.startsWith('cdk/'),
        );
        const outcome = cdkOutcome(design);
        const raised = cdkErrors(outcome);
        const context = `design: ${JSON.stringify(design)}\nours: ${JSON.stringify(ours.map((d) => d.message))}\nCDK: ${JSON.stringify(raised)}`;
        expect(ours.length > 0, context).toBe(raised.length > 0);
        if (raised.length > 0) {
          const matched = ours.some(
            (d) => outcome.validationErrors.includes(d.message) || (outcome.thrown ?? '').includes(d.message),
          );
          expect(matched, context).toBe(true);
        }
      }),
      { seed: 1234567, numRuns: 60, endOnFailure: true },
    );
  });
});
