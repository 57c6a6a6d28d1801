/**
 * CloudFormation resource-schema checks that `cdk synth` applies to the values of a design. A
 * `cdk init` project sets `@aws-cdk/core:validateAgainstDefaultRules`, so aws-cdk-lib validates the
 * template with CloudFormation Validate (@aws/cloudformation-validate, the resource provider
 * schemas CloudFormation publishes) and `cdk synth` fails on an error-level finding. The messages
 * are the finding's `description` in cdk.out/validation-report.json (and in the CLI's output):
 * the property path below `Properties`, ": ", then the validator's text.
 *
 * Schema facts used here (AWS::ApiGateway::Method, AWS::ApiGateway::RestApi):
 * - every map property (RequestParameters, RequestTemplates, ResponseParameters, ResponseTemplates,
 *   ResponseModels) has `patternProperties: {"[a-zA-Z0-9]+": …}` and no additional properties:
 *   a key without an ASCII letter or digit is refused (F3002);
 * - MethodResponses, IntegrationResponses, CacheKeyParameters, BinaryMediaTypes and
 *   EndpointConfiguration.Types have `uniqueItems` (F3037).
 */
import { pointer } from '../../diagnostics';
import type { Design, MethodDesign, OrderedMap } from '../types';
import type { Reporter } from './report';
import { entriesOf, quote } from './report';

/** The schemas' key pattern, unanchored as JSON Schema applies it. */
const MAP_KEY = /[a-zA-Z0-9]/;

/** F3002 for a map key the schema's patternProperties do not allow. */
export function additionalPropertyMessage(propertyPath: string, key: string): string {
  return `${propertyPath}.${key}: Additional properties are not allowed ('${key}' was unexpected)`;
}

/** F3037 for an array property with `uniqueItems`. */
export function notUniqueMessage(propertyPath: string): string {
  return `${propertyPath}: Array items are not unique`;
}

/**
 * JSON equality as JSON Schema's `uniqueItems` compares items: objects by their members whatever
 * their order, arrays item by item. Absent members (undefined) do not count, as CDK leaves them out.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  const present = (o: object) => Object.entries(o).filter(([, value]) => value !== undefined);
  const left = present(a);
  const right = new Map(present(b));
  if (left.length !== right.size) return false;
  return left.every(([key, value]) => right.has(key) && jsonEqual(value, right.get(key)));
}

/**
 * A cheap stand-in for an item: equal items have equal summaries, so only items with the same
 * summary are compared in full (most lists have none; they run every keystroke).
 */
function summary(item: unknown): string {
  if (typeof item !== 'object' || item === null) return `${typeof item}:${String(item)}`;
  const record = item as { statusCode?: unknown; selectionPattern?: unknown };
  return `${String(record.statusCode)}\n${String(record.selectionPattern)}`;
}

/** Index of the first item equal to an earlier one, or -1. */
function firstRepeat(items: readonly unknown[]): number {
  const seen = new Map<string, number[]>();
  for (let i = 0; i < items.length; i++) {
    const key = summary(items[i]);
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.some((j) => jsonEqual(items[i], items[j]))) return i;
      earlier.push(i);
    } else {
      seen.set(key, [i]);
    }
  }
  return -1;
}

/** CloudFormation's intrinsic function syntax: an object whose only key is Ref or Fn::Name. */
function isIntrinsicFunctionKey(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}

function checkKeys(
  map: OrderedMap<unknown> | undefined,
  propertyPath: string,
  at: (key: string) => string,
  report: Reporter,
): void {
  const keys = map ? Object.keys(map) : [];
  if (keys.length === 1 && isIntrinsicFunctionKey(keys[0])) {
    // CloudFormation evaluates such a map as the function (Ref AWS::NoValue even removes the
    // property); cdk synth's validation refuses some (with messages that depend on the function,
    // its argument and every logical ID of the template) and lets others through.
    report.error(
      'aws/intrinsic-function-key',
      at(keys[0]),
      `CloudFormation reads a map whose only key is ${quote(keys[0])} as the intrinsic function ${keys[0]}, so ${propertyPath} would not be this map.`,
      'Use the key API Gateway expects here (a content type or a parameter name), or add another entry.',
    );
  }
  for (const [key] of entriesOf(map)) {
    if (!MAP_KEY.test(key)) {
      report.error(
        'cdk/map-key-pattern',
        at(key),
        additionalPropertyMessage(propertyPath, key),
        `CloudFormation's schema allows only keys with a letter or digit here; ${quote(key)} has none.`,
      );
    }
  }
}

function checkUnique(
  items: readonly unknown[] | undefined,
  propertyPath: string,
  at: (index: number) => string,
  report: Reporter,
  what: string,
): void {
  if (!items || items.length < 2) return;
  const repeat = firstRepeat(items);
  if (repeat >= 0) {
    report.error(
      'cdk/unique-items',
      at(repeat),
      notUniqueMessage(propertyPath),
      `This ${what} repeats an earlier one exactly; CloudFormation's schema wants each once. Remove it.`,
    );
  }
}

/** The AWS::ApiGateway::Method properties a method's values flow into. */
function checkMethod(method: MethodDesign, index: number, report: Reporter): void {
  const at =
    (...segments: Array<string | number>) =>
    (last: string | number) =>
      pointer('methods', index, ...segments, last);
  const integration = method.integration;
  const options = method.options;

  checkKeys(options?.requestParameters, 'RequestParameters', at('options', 'requestParameters'), report);
  checkKeys(
    integration?.requestParameters,
    'Integration.RequestParameters',
    at('integration', 'requestParameters'),
    report,
  );
  checkKeys(
    integration?.requestTemplates,
    'Integration.RequestTemplates',
    at('integration', 'requestTemplates'),
    report,
  );
  (integration?.integrationResponses ?? []).forEach((response, j) => {
    const base = ['integration', 'integrationResponses', j] as const;
    const property = `Integration.IntegrationResponses.${j}`;
    checkKeys(
      response.responseParameters,
      `${property}.ResponseParameters`,
      at(...base, 'responseParameters'),
      report,
    );
    checkKeys(
      response.responseTemplates,
      `${property}.ResponseTemplates`,
      at(...base, 'responseTemplates'),
      report,
    );
  });
  (options?.methodResponses ?? []).forEach((response, j) => {
    const base = ['options', 'methodResponses', j] as const;
    checkKeys(
      response.responseModels,
      `MethodResponses.${j}.ResponseModels`,
      at(...base, 'responseModels'),
      report,
    );
    checkKeys(
      response.responseParameters,
      `MethodResponses.${j}.ResponseParameters`,
      at(...base, 'responseParameters'),
      report,
    );
  });

  // The design's models are the names of CDK's Model.EMPTY_MODEL / ERROR_MODEL ('Empty', 'Error'),
  // which are also their model ids in the template: items compare as the design has them.
  checkUnique(
    options?.methodResponses,
    'MethodResponses',
    at('options', 'methodResponses'),
    report,
    'method response',
  );
  checkUnique(
    integration?.integrationResponses,
    'Integration.IntegrationResponses',
    at('integration', 'integrationResponses'),
    report,
    'integration response',
  );
  checkUnique(
    integration?.cacheKeyParameters,
    'Integration.CacheKeyParameters',
    at('integration', 'cacheKeyParameters'),
    report,
    'cache key parameter',
  );
}

/** Schema checks of AWS::ApiGateway::RestApi and AWS::ApiGateway::Method values. */
export function checkTemplateSchema(design: Design, report: Reporter): void {
  const api = design.api;
  checkUnique(
    api.binaryMediaTypes,
    'BinaryMediaTypes',
    (i) => pointer('api', 'binaryMediaTypes', i),
    report,
    'binary media type',
  );
  checkUnique(
    api.endpointTypes,
    'EndpointConfiguration.Types',
    (i) => pointer('api', 'endpointTypes', i),
    report,
    'endpoint type',
  );
  design.methods.forEach((method, index) => checkMethod(method, index, report));
}
