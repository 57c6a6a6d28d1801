/**
 * A seeded property test against the real aws-cdk-lib: random valid designs (testing/arbitraries.ts)
 * with random hostile changes — keys and strings CloudFormation Validate refuses, lone surrogates,
 * `${Name}` text, dynamic references, repeated list items, numbers beyond the schemas, path parts and ids that clash
 * with CDK's own construct ids or logical IDs. generate()'s `cdk/*` errors must appear exactly when
 * CDK refuses the design (it throws, or its template validation reports an error), carry CDK's
 * text, and leave no template.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CreatedFunctionDesign,
  Design,
  IntegrationDesign,
  MethodDesign,
  MethodOptionsDesign,
} from './types';
import { isImportedFunction } from './types';
import { generate } from '../generate';
import { validDesign } from '../../testing/arbitraries';
import { cdkOutcome } from '../../testing/designCdkOracle';

type Mutation = (design: Design) => void;

/** Keys the schemas' `[a-zA-Z0-9]+` patternProperties refuse, and some they accept. */
const HOSTILE_KEYS = [
  '.',
  '',
  ' ',
  '-',
  '~/',
  'é ü ß',
  '日本語',
  '\n',
  "'",
  '\u2028',
  'a',
  'text/plain',
  '_',
];
/** Strings the template validation refuses (or that look like it would and do not). */
const HOSTILE_TEXT = [
  '\ud800',
  'x\udfff',
  '\ud83d\ud83d',
  '🐶\ud83d é',
  '${AWS::Region}',
  '{"r": "${ AWS::StackName }"}',
  '${BootstrapVersion}',
  '${!AWS::Region}',
  '${AWS::Foo}',
  '${input.body}',
  '{{resolve:ssm}}',
  '{"k": "{{resolve:vault:x}}"}',
  '{{resolve:ssm:/ok/name:v2}}',
  '{{resolve:ssm:/ok/name}}',
  '{{resolve:ssm-secure:k}}',
  '{{resolve:secretsmanager:s:SecretString:k}}',
  '🎉',
  '\u2028',
];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length];

/** A method's integration and options, created when absent. */
const integrationOf = (method: MethodDesign): IntegrationDesign => (method.integration ??= {});
const optionsOf = (method: MethodDesign): MethodOptionsDesign => (method.options ??= {});

/** The last item of a response list, added when the list is empty. */
function lastOf<T extends { statusCode: string }>(list: T[]): T {
  if (list.length === 0) list.push({ statusCode: '200' } as T);
  return list[list.length - 1];
}

/** Sets a key in one of the seven maps of AWS::ApiGateway::Method. */
function setMapKey(method: MethodDesign, which: number, key: string, text: string): void {
  const integration = integrationOf(method);
  const options = optionsOf(method);
  switch (which % 7) {
    case 0:
      (integration.requestTemplates ??= {})[key] = text;
      break;
    case 1:
      (integration.requestParameters ??= {})[key] = "'static'";
      break;
    case 2:
      (options.requestParameters ??= {})[key] = true;
      break;
    case 3:
      lastOf((integration.integrationResponses ??= [])).responseTemplates = {
        [key]: text,
      };
      break;
    case 4:
      lastOf((integration.integrationResponses ??= [])).responseParameters = {
        [key]: "'x'",
      };
      break;
    case 5:
      lastOf((options.methodResponses ??= [])).responseModels = { [key]: 'Empty' };
      break;
    default:
      lastOf((options.methodResponses ??= [])).responseParameters = { [key]: false };
  }
}

/** Puts text into one of the design's free-text values that reach the template. */
function setText(design: Design, where: number, at: number, text: string): void {
  const method = pick(design.methods, at);
  const created = design.functions.filter((fn): fn is CreatedFunctionDesign => !isImportedFunction(fn));
  switch (where % 9) {
    case 0:
      design.api.description = text;
      break;
    case 1:
      design.api.restApiName = `api${text}`;
      break;
    case 2:
      optionsOf(method).operationName = text;
      break;
    case 3:
      integrationOf(method).cacheNamespace = text;
      break;
    case 4:
      lastOf((integrationOf(method).integrationResponses ??= [])).selectionPattern = text;
      break;
    case 5:
      integrationOf(method).requestTemplates = { 'application/json': text };
      break;
    case 6:
      if (created.length > 0) pick(created, at).code = { inline: `// ${text}` };
      break;
    case 7:
      design.api.binaryMediaTypes = [`image/${text}`];
      break;
    default: {
      // An id reaches the template only in the aws:cdk:path metadata (no "/": contract rule 5).
      const fn = pick(design.functions, at);
      const id = `${fn.id}${text.replace(/\//g, '_')}`;
      for (const m of design.methods) if (m.function === fn.id) m.function = id;
      for (const role of design.roles ?? []) {
        if ('grantInvoke' in role && role.grantInvoke) {
          role.grantInvoke = role.grantInvoke.map((g) => (g === fn.id ? id : g));
        }
      }
      fn.id = id;
    }
  }
}

/** Repeats an item of a list whose schema wants unique items. */
function repeatItem(design: Design, which: number, at: number): void {
  const method = pick(design.methods, at);
  switch (which % 5) {
    case 0: {
      const responses = (optionsOf(method).methodResponses ??= []);
      if (responses.length === 0) responses.push({ statusCode: '200' });
      responses.push(structuredClone(responses[0]));
      break;
    }
    case 1: {
      const responses = (integrationOf(method).integrationResponses ??= []);
      if (responses.length === 0) responses.push({ statusCode: '200' });
      responses.push(structuredClone(responses[0]));
      break;
    }
    case 2: {
      const parameter = 'method.request.header.X-Key';
      (optionsOf(method).requestParameters ??= {})[parameter] = false;
      integrationOf(method).cacheKeyParameters = [parameter, parameter];
      break;
    }
    case 3:
      design.api.binaryMediaTypes = ['image/png', 'image/png'];
      break;
    default:
      design.api.endpointTypes = ['REGIONAL', 'REGIONAL'];
  }
}

/** Construct ids and path parts that meet CDK's own ids. */
function clashIds(design: Design, which: number, at: number): void {
  const fn = pick(design.functions, at).id;
  const add = (path: string) => design.methods.push({ path, httpMethod: 'PATCH', function: fn });
  switch (which % 6) {
    case 0:
      add('/pets/Resource');
      break;
    case 1:
      add('/Default');
      break;
    case 2:
      add('/items/Default/x');
      break;
    case 3:
      design.api.id = 'Default';
      design.functions.push({
        id: 'pets',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: { inline: 'exports.handler = async () => ({ statusCode: 200 });' },
      });
      add('/pets');
      break;
    case 4:
      design.api.id = 'Default';
      break;
    default:
      add('/Resource');
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .record({
      which: fc.nat(),
      at: fc.nat(),
      key: fc.constantFrom(...HOSTILE_KEYS),
      text: fc.constantFrom(...HOSTILE_TEXT),
    })
    .map(
      ({ which, at, key, text }) =>
        (d: Design) =>
          setMapKey(pick(d.methods, at), which, key, text),
    ),
  fc.record({ where: fc.nat(), at: fc.nat(), text: fc.constantFrom(...HOSTILE_TEXT) }).map(
    ({ where, at, text }) =>
      (d: Design) =>
        setText(d, where, at, text),
  ),
  fc.record({ which: fc.nat(), at: fc.nat() }).map(
    ({ which, at }) =>
      (d: Design) =>
        repeatItem(d, which, at),
  ),
  fc.record({ which: fc.nat(), at: fc.nat() }).map(
    ({ which, at }) =>
      (d: Design) =>
        clashIds(d, which, at),
  ),
  fc
    .record({ at: fc.nat(), memorySize: fc.constantFrom(10240, 32768, 32769, 1e21, 127.5) })
    .map(({ at, memorySize }) => (d: Design) => {
      const created = d.functions.filter((fn): fn is CreatedFunctionDesign => !isImportedFunction(fn));
      if (created.length > 0) pick(created, at).memorySize = memorySize;
    }),
);

describe('generate() refuses exactly what cdk synth refuses (seeded, real aws-cdk-lib)', () => {
  it('on random valid designs with hostile changes', () => {
    fc.assert(
      fc.property(validDesign(), fc.array(mutation, { minLength: 0, maxLength: 3 }), (design, changes) => {
        for (const change of changes) change(design);
        const result = generate(design, { outputs: [] });
        const ours = result.diagnostics.filter((d) => d.severity === 'error' && d.code?.startsWith('cdk/'));
        const outcome = cdkOutcome(design);
        // Without the harness's failSynthOnValidationErrors: false, a report with errors makes the
        // app throw ("Validation failed" …, "A copy of this report …"): its findings are validationErrors.
        const thrown =
          outcome.thrown !== undefined && !outcome.thrown.includes('A copy of this report can be found in')
            ? outcome.thrown
            : undefined;
        const report = outcome.validationErrors;
        const context = `design: ${JSON.stringify(design)}\nours: ${JSON.stringify(ours.map((d) => d.message))}\nCDK threw: ${JSON.stringify(outcome.thrown)}\nCDK report: ${JSON.stringify(report)}`;
        if (ours.length > 0) expect(result.template, context).toBeNull();
        if (thrown !== undefined) {
          expect(
            ours.some((d) => thrown.includes(d.message)),
            context,
          ).toBe(true);
        } else if (report.some((message) => message.startsWith('JSON parse error:'))) {
          // The validator cannot parse the template and reports only that; we report it too (and
          // what it would find once the text is fixed).
          expect(
            ours.map((d) => d.message),
            context,
          ).toEqual(expect.arrayContaining(report));
        } else if (report.length > 0) {
          // The same findings: each of ours is in the report, and each of the report's is ours.
          expect([...new Set(ours.map((d) => d.message))].sort(), context).toEqual(
            [...new Set(report)].sort(),
          );
        } else {
          expect(ours, context).toEqual([]);
        }
      }),
      { seed: 20260502, numRuns: 120, endOnFailure: true },
    );
  });
});
