import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design, IntegrationDesign, MethodOptionsDesign } from '../core/design/types';
import { validDesign } from './arbitraries';

// The identity suite relies on this sample covering the whole contract: check that it does.
const designs: Design[] = fc.sample(validDesign(), { numRuns: 200, seed: 20261127 });
const methods = designs.flatMap((d) => d.methods);
const integrations = methods.flatMap((m) => (m.integration ? [m.integration] : []));
const options = methods.flatMap((m) => (m.options ? [m.options] : []));

function states<T extends object>(objects: T[], key: keyof T): Set<string> {
  return new Set(objects.map((o) => (key in o ? JSON.stringify(o[key]) : 'unset')));
}

describe('validDesign() covers the contract', () => {
  it('sets every integration option, and leaves each unset too', () => {
    const keys: Array<keyof IntegrationDesign> = [
      'proxy',
      'allowTestInvoke',
      'scopePermissionToMethod',
      'cacheKeyParameters',
      'cacheNamespace',
      'connectionType',
      'contentHandling',
      'credentialsPassthrough',
      'credentialsRole',
      'integrationResponses',
      'passthroughBehavior',
      'requestParameters',
      'requestTemplates',
      'responseTransferMode',
      'timeout',
    ];
    for (const key of keys) {
      expect(
        integrations.some((i) => key in i),
        key,
      ).toBe(true);
      expect(
        integrations.some((i) => !(key in i)),
        key,
      ).toBe(true);
    }
    expect(integrations.some((i) => Object.keys(i).length === 0)).toBe(true);
    expect(methods.some((m) => m.integration === undefined)).toBe(true);
  });

  it('uses every state of the three-state booleans and every enum value', () => {
    for (const key of ['proxy', 'allowTestInvoke', 'scopePermissionToMethod'] as const) {
      expect(states(integrations, key)).toEqual(new Set(['unset', 'true', 'false']));
    }
    expect(states(integrations, 'credentialsPassthrough')).toEqual(new Set(['unset', 'true', 'false']));
    expect(states(options, 'apiKeyRequired')).toEqual(new Set(['unset', 'true', 'false']));
    expect(states(integrations, 'passthroughBehavior')).toEqual(
      new Set(['unset', '"WHEN_NO_MATCH"', '"WHEN_NO_TEMPLATES"', '"NEVER"']),
    );
    expect(states(integrations, 'contentHandling')).toEqual(
      new Set(['unset', '"CONVERT_TO_TEXT"', '"CONVERT_TO_BINARY"']),
    );
    expect(states(integrations, 'responseTransferMode')).toEqual(
      new Set(['unset', '"BUFFERED"', '"STREAM"']),
    );
    expect(states(options, 'authorizationType')).toEqual(new Set(['unset', '"NONE"', '"AWS_IAM"']));
    const responses = integrations.flatMap((i) => i.integrationResponses ?? []);
    expect(states(responses, 'contentHandling').size).toBe(3);
    expect(states(responses, 'selectionPattern').has('""')).toBe(true);
    const models = options
      .flatMap((o) => o.methodResponses ?? [])
      .flatMap((r) => Object.values(r.responseModels ?? {}));
    expect(new Set(models)).toEqual(new Set(['Empty', 'Error']));
    expect(new Set(methods.map((m) => m.httpMethod)).size).toBe(8);
  });

  it('draws request validators with every name and flag state, the empty one included', () => {
    const validators = options.flatMap((o) => (o.requestValidatorOptions ? [o.requestValidatorOptions] : []));
    expect(states(validators, 'validateRequestBody')).toEqual(new Set(['unset', 'true', 'false']));
    expect(states(validators, 'validateRequestParameters')).toEqual(new Set(['unset', 'true', 'false']));
    expect(states(validators, 'requestValidatorName').has('unset')).toBe(true);
    expect(states(validators, 'requestValidatorName').has('""')).toBe(true);
    expect(validators.some((v) => Object.keys(v).length === 0)).toBe(true);
  });

  it('uses every duration unit, fractions included', () => {
    const timeouts = integrations.flatMap((i) => (i.timeout ? [i.timeout] : []));
    for (const unit of ['millis', 'seconds', 'minutes']) {
      expect(timeouts.some((t) => unit in t)).toBe(true);
    }
    expect(timeouts.some((t) => Object.values(t).some((v: number) => !Number.isInteger(v)))).toBe(true);
  });

  it('sets every method option and keeps explicit empties', () => {
    const keys: Array<keyof MethodOptionsDesign> = [
      'authorizationType',
      'apiKeyRequired',
      'operationName',
      'requestParameters',
      'methodResponses',
      'requestValidatorOptions',
    ];
    for (const key of keys)
      expect(
        options.some((o) => key in o),
        key,
      ).toBe(true);
    expect(options.some((o) => Object.keys(o).length === 0)).toBe(true);
    expect(options.some((o) => JSON.stringify(o.requestParameters) === '{}')).toBe(true);
    expect(integrations.some((i) => JSON.stringify(i.cacheKeyParameters) === '[]')).toBe(true);
    expect(integrations.some((i) => JSON.stringify(i.integrationResponses) === '[]')).toBe(true);
    expect(designs.some((d) => JSON.stringify(d.api.binaryMediaTypes) === '[]')).toBe(true);
  });

  it('varies the stack, the API and the functions and roles around the methods', () => {
    const envs = new Set(designs.map((d) => Object.keys(d.stack.env ?? {}).join('+') || 'none'));
    expect(envs).toEqual(new Set(['none', 'account', 'region', 'account+region']));
    for (const key of [
      'restApiName',
      'description',
      'stageName',
      'endpointTypes',
      'binaryMediaTypes',
      'cloudWatchRole',
    ] as const) {
      expect(
        designs.some((d) => key in d.api),
        key,
      ).toBe(true);
    }
    const functions = designs.flatMap((d) => d.functions);
    expect(functions.some((f) => 'importArn' in f)).toBe(true);
    for (const key of ['functionName', 'memorySize', 'timeout'] as const) {
      expect(
        functions.some((f) => key in f),
        key,
      ).toBe(true);
    }
    const roles = designs.flatMap((d) => d.roles ?? []);
    expect(roles.some((r) => 'importArn' in r)).toBe(true);
    expect(roles.some((r) => 'assumedBy' in r && (r.grantInvoke ?? []).length > 1)).toBe(true);
    expect(designs.some((d) => (d.vpcLinks ?? []).length > 0)).toBe(true);
    expect(methods.some((m) => m.path === '/')).toBe(true);
    expect(methods.some((m) => m.path.endsWith('{proxy+}'))).toBe(true);
    expect(designs.some((d) => d.functions.some((f) => /[^\x20-\x7e]/.test(f.id)))).toBe(true);
  });
});
