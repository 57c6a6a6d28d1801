/**
 * Required request parameters and the method's request validator (options.requestValidatorOptions):
 * API Gateway answers 400 {"message": "Missing required request parameters: [q]"} before the
 * integration exactly when the method has a validator with validateRequestParameters true (API
 * Gateway developer guide, "Request validation for REST APIs" and its test walkthrough).
 */
import { describe, expect, it } from 'vitest';
import type {
  Design,
  MethodOptionsDesign,
  RequestValidatorOptionsDesign,
  SampleRequest,
} from '../design/types';
import { simulate } from './index';

function design(validator: RequestValidatorOptionsDesign | undefined, proxy = true): Design {
  const options: MethodOptionsDesign = {
    requestParameters: {
      'method.request.querystring.q': true,
      'method.request.header.X-Client': true,
      'method.request.querystring.page': false,
    },
    ...(validator ? { requestValidatorOptions: validator } : {}),
  };
  return {
    version: 1,
    stack: { id: 'S', env: { account: '123456789012', region: 'eu-west-1' } },
    api: { id: 'Api' },
    functions: [{ id: 'Fn', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: 'x' } }],
    methods: [{ path: '/search', httpMethod: 'GET', function: 'Fn', integration: { proxy }, options }],
  };
}

const KEY = 'GET /search';
const OK = { result: { statusCode: 200, body: 'found' } };
const COMPLETE: SampleRequest = { queryStringParameters: { q: 'cat' }, headers: { 'x-client': 'web' } };
const PARAMS_ONLY = { requestValidatorName: 'params-only', validateRequestParameters: true };

const logLines = (log: string) =>
  log
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.replace(/^.* UTC \d{4} : /, ''));

describe('request validation of required parameters', () => {
  it('answers 400 before the integration when a required parameter is missing', () => {
    const result = simulate(design(PARAMS_ONLY), KEY, { headers: { 'X-Client': 'web' } }, OK);
    expect(result.status).toBe(400);
    expect(result.body).toBe('{"message": "Missing required request parameters: [q]"}');
    expect(result.headers).toEqual({
      'Content-Type': 'application/json',
      'x-amzn-ErrorType': 'BadRequestException',
    });
    expect(result.lambdaEvent).toBeUndefined();
    expect(result.steps.map((s) => s.stage)).toEqual(['Method request', 'Method response']);
    const lines = logLines(result.log);
    expect(lines.slice(-3)).toEqual([
      'Method request body before transformations: ',
      'Request validation failed for request: Missing required request parameters: [q]',
      'Method completed with status: 400',
    ]);
    expect(lines).toContain('Method request query string: {}');
  });

  it('treats blank values as missing and lists every missing name, headers before the query string', () => {
    const result = simulate(
      design(PARAMS_ONLY),
      KEY,
      { queryStringParameters: { q: '  ' }, headers: { 'X-Client': '' } },
      OK,
    );
    expect(result.status).toBe(400);
    expect(result.body).toBe('{"message": "Missing required request parameters: [X-Client, q]"}');
  });

  it('passes a request with every required parameter (header names in any case), optional ones left out', () => {
    const result = simulate(design(PARAMS_ONLY), KEY, COMPLETE, OK);
    expect(result.status).toBe(200);
    expect(result.body).toBe('found');
    expect(result.steps[0].notes).toEqual([]);
  });

  it('validates with a non-proxy integration too, and in the console Test', () => {
    for (const proxy of [true, false]) {
      for (const testInvoke of [true, false]) {
        const result = simulate(design(PARAMS_ONLY, proxy), KEY, {}, OK, { testInvoke });
        expect(result.status).toBe(400);
        expect(result.body).toBe('{"message": "Missing required request parameters: [X-Client, q]"}');
      }
    }
  });

  it.each([
    ['without a validator', undefined, 'this method has none'],
    [
      'with validateRequestParameters false',
      { validateRequestParameters: false },
      'validateRequestParameters false',
    ],
    [
      'with validateRequestParameters unset',
      { validateRequestBody: false },
      'validateRequestParameters unset (false)',
    ],
  ])('goes on %s and says what a validator would answer', (_name, validator, wording) => {
    const result = simulate(design(validator), KEY, {}, OK);
    expect(result.status).toBe(200);
    const notes = result.steps[0].notes?.join(' ') ?? '';
    expect(notes).toContain(wording);
    expect(notes).toContain('{"message": "Missing required request parameters: [X-Client, q]"}');
    expect(result.log).not.toContain('Request validation failed');
  });

  it('says that validateRequestBody validates nothing without a request model, and lets any body through', () => {
    const result = simulate(
      design({ validateRequestBody: true, validateRequestParameters: true }),
      KEY,
      {
        ...COMPLETE,
        method: 'GET',
        headers: { 'X-Client': 'web', 'Content-Type': 'application/json' },
        body: '{',
      },
      OK,
    );
    expect(result.status).toBe(200);
    expect(result.steps[0].notes?.join(' ')).toContain('validateRequestBody is true');
    expect(result.steps[0].notes?.join(' ')).toContain('requestModels');
  });
});
