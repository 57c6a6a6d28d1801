import { describe, expect, it } from 'vitest';
import type { Design, MethodDesign } from '../design/types';
import { invokeLambda, payloadParseError, type InvocationInput } from './lambdaInvoke';
import { checkInvokePermission, durationMs, invocationUri, lambdaTarget } from './lambdaTarget';
import { pythonJson, serializeError, serializeResult } from './serialization';

const base: InvocationInput = {
  payload: '{"a":1}',
  invocationType: 'RequestResponse',
  runtime: 'nodejs22.x',
  functionTimeoutMs: 3000,
  integrationTimeoutMs: 29000,
  outcome: { result: { ok: true } },
  lambdaRequestId: 'lambda-1',
  traceId: '1-00000000-abc',
  epochMillis: Date.UTC(2024, 0, 2, 3, 4, 5),
};

describe('serialization by runtime', () => {
  it('writes Node.js results with JSON.stringify and Python ones with json.dumps defaults', () => {
    expect(serializeResult({ a: [1, 'é/'] }, 'node')).toBe('{"a":[1,"é/"]}');
    expect(serializeResult(undefined, 'node')).toBe('null');
    expect(pythonJson({ a: [1, 'é/"\n'], b: null, c: true })).toBe(
      '{"a": [1, "\\u00e9/\\"\\n"], "b": null, "c": true}',
    );
  });

  it('writes errors in the runtime shape', () => {
    expect(serializeError({ errorMessage: 'boom' }, 'node', 'id')).toBe(
      '{"errorType":"Error","errorMessage":"boom"}',
    );
    expect(serializeError({ errorMessage: 'boom', errorType: 'ValueError' }, 'python', 'id')).toBe(
      '{"errorMessage": "boom", "errorType": "ValueError", "requestId": "id", "stackTrace": []}',
    );
  });
});

describe('Lambda invocation', () => {
  it('answers 200 with the serialized result and logs the response', () => {
    const result = invokeLambda(base);
    expect(result.kind).toBe('response');
    if (result.kind !== 'response') return;
    expect(result.response).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(result.log[0]).toBe('Received response. Status: 200, Integration latency: 0 ms');
    expect(result.log[1]).toContain(
      'Date=Tue, 02 Jan 2024 03:04:05 GMT, Content-Type=application/json, Content-Length=11',
    );
    expect(result.log[2]).toBe('Endpoint response body before transformations: {"ok":true}');
  });

  it('marks a function error as Unhandled', () => {
    const result = invokeLambda({
      ...base,
      outcome: { error: { errorMessage: 'Not found: 7', errorType: 'NotFound' } },
    });
    expect(result).toMatchObject({
      kind: 'response',
      response: {
        functionError: 'Unhandled',
        errorMessage: 'Not found: 7',
        body: '{"errorType":"NotFound","errorMessage":"Not found: 7"}',
      },
    });
  });

  it('times out: the integration timeout first gives 504, the function timeout first gives a function error', () => {
    expect(
      invokeLambda({ ...base, functionTimeoutMs: 60000, outcome: { result: 1, durationMs: 30000 } }),
    ).toMatchObject({
      kind: 'timeout',
      log: ['Execution failed due to a timeout error'],
    });
    const fnTimeout = invokeLambda({ ...base, outcome: { result: 1, durationMs: 5000 } });
    expect(fnTimeout).toMatchObject({ kind: 'response', response: { functionError: 'Unhandled' } });
    expect(fnTimeout.kind === 'response' && fnTimeout.response.errorMessage).toBe(
      'RequestId: lambda-1 Error: Task timed out after 3.00 seconds',
    );
    expect(invokeLambda({ ...base, outcome: { result: 1, durationMs: 2999 } })).toMatchObject({
      kind: 'response',
    });
  });

  it('answers an asynchronous invocation with 202 and no body', () => {
    const result = invokeLambda({
      ...base,
      invocationType: 'Event',
      outcome: { result: 1, durationMs: 999999 },
    });
    expect(result).toMatchObject({ kind: 'response', response: { status: 202, body: '' } });
  });

  it('refuses a payload that is not JSON, and an unknown invocation type', () => {
    expect(payloadParseError('<a>1</a>')).toContain("Unexpected character ('<' (code 60))");
    expect(payloadParseError('')).toBeUndefined();
    expect(payloadParseError('token=abc&x=1')).toBe(
      "Could not parse request body into json: Could not parse payload into json: Unrecognized token 'token': was " +
        "expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    );
    expect(invokeLambda({ ...base, payload: '<a>1</a>' })).toMatchObject({
      kind: 'refused',
      log: ['Lambda invocation failed with status: 400. Lambda request id: lambda-1'],
      clientMessage: expect.stringContaining('Could not parse request body into json'),
    });
    const invalidType = invokeLambda({ ...base, invocationType: 'Later' });
    expect(invalidType).toMatchObject({ kind: 'refused' });
    expect(invalidType).not.toHaveProperty('clientMessage');
  });
});

const fnCreated = {
  id: 'Fn',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: { inline: '' },
  timeout: { seconds: 10 },
};
const fnImported = { id: 'Legacy', importArn: 'arn:aws:lambda:eu-west-1:111122223333:function:legacy' };
const method = (fn: string, integration: MethodDesign['integration'] = {}): MethodDesign => ({
  path: '/',
  httpMethod: 'GET',
  function: fn,
  integration,
});
const designWith = (extra: Partial<Design>): Design => ({
  version: 1,
  stack: { id: 'PetsStack' },
  api: { id: 'Api' },
  functions: [fnCreated, fnImported],
  methods: [],
  ...extra,
});
const defaults = { region: 'us-east-1', account: '123456789012' };

describe('the Lambda target and its permissions', () => {
  it('builds the invocation URI', () => {
    const target = lambdaTarget(designWith({}), method('Legacy'), defaults);
    expect(target && invocationUri(target)).toBe(
      'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:legacy/invocations',
    );
    expect(lambdaTarget(designWith({}), method('Fn'), defaults)).toMatchObject({
      arn: 'arn:aws:lambda:us-east-1:123456789012:function:PetsStack-Fn',
      timeoutMs: 10000,
    });
    expect(durationMs({ minutes: 0.5 })).toBe(30000);
  });

  const check = (design: Design, m: MethodDesign, testInvoke = false) =>
    checkInvokePermission(design, m, lambdaTarget(design, m, defaults)!, { testInvoke });

  it('lets a created function be invoked (CDK adds the permission)', () => {
    expect(check(designWith({}), method('Fn')).ok).toBe(true);
    expect(check(designWith({}), method('Fn', { allowTestInvoke: false }), true)).toMatchObject({
      ok: false,
    });
  });

  it('refuses an imported function in an env-less or other-account stack', () => {
    expect(check(designWith({}), method('Legacy'))).toMatchObject({
      ok: false,
      logLine: 'Execution failed due to configuration error: Invalid permissions on Lambda function',
    });
    expect(
      check(designWith({ stack: { id: 'S', env: { account: '999999999999' } } }), method('Legacy')).ok,
    ).toBe(false);
    expect(
      check(designWith({ stack: { id: 'S', env: { account: '111122223333' } } }), method('Legacy')).ok,
    ).toBe(true);
  });

  it('checks a credentials role created in the stack', () => {
    const roles = [
      { id: 'Good', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Legacy'] },
      { id: 'NoGrant', assumedBy: 'apigateway.amazonaws.com' },
      { id: 'WrongTrust', assumedBy: 'lambda.amazonaws.com', grantInvoke: ['Legacy'] },
    ];
    const design = designWith({ roles });
    expect(check(design, method('Legacy', { credentialsRole: 'Good' })).ok).toBe(true);
    expect(check(design, method('Legacy', { credentialsRole: 'NoGrant' })).ok).toBe(false);
    expect(check(design, method('Legacy', { credentialsRole: 'WrongTrust' }))).toMatchObject({
      ok: false,
      logLine: expect.stringContaining('API Gateway does not have permission to assume the provided role'),
    });
  });
});
