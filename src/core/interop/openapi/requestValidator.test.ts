import { describe, expect, it } from 'vitest';
import type { Design, MethodDesign, RequestValidatorOptionsDesign } from '../../design/types';
import { importDesign } from '../importDesign';
import { printJson } from '../print';
import { designToOpenApi, REQUEST_VALIDATOR_NAMES } from './exportOpenApi';

function method(
  httpMethod: MethodDesign['httpMethod'],
  validator?: RequestValidatorOptionsDesign,
): MethodDesign {
  return {
    path: '/search',
    httpMethod,
    function: 'Fn',
    options: {
      requestParameters: { 'method.request.querystring.q': true },
      ...(validator ? { requestValidatorOptions: validator } : {}),
    },
  };
}

function design(methods: MethodDesign[]): Design {
  return {
    version: 1,
    stack: { id: 'S' },
    api: { id: 'Api' },
    functions: [{ id: 'Fn', importArn: 'arn:aws:lambda:eu-west-1:123456789012:function:fn' }],
    methods,
  };
}

function exported(d: Design): Record<string, unknown> {
  return JSON.parse(printJson(designToOpenApi(d).document)) as Record<string, unknown>;
}

function operationValidator(document: Record<string, unknown>, verb: string): unknown {
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;
  return paths['/search'][verb]['x-amazon-apigateway-request-validator'];
}

describe('OpenAPI export: x-amazon-apigateway-request-validators', () => {
  it('names each validator by its requestValidatorName and lets equal validators share one entry', () => {
    const document = exported(
      design([
        method('GET', { requestValidatorName: 'params-only', validateRequestParameters: true }),
        method('DELETE', { requestValidatorName: 'params-only', validateRequestParameters: true }),
        method('POST', {
          requestValidatorName: 'all',
          validateRequestBody: true,
          validateRequestParameters: true,
        }),
        method('PUT'),
      ]),
    );
    expect(document['x-amazon-apigateway-request-validators']).toEqual({
      'params-only': { validateRequestParameters: true },
      all: { validateRequestBody: true, validateRequestParameters: true },
    });
    expect(operationValidator(document, 'get')).toBe('params-only');
    expect(operationValidator(document, 'delete')).toBe('params-only');
    expect(operationValidator(document, 'post')).toBe('all');
    expect(operationValidator(document, 'put')).toBeUndefined();
    expect(document).not.toHaveProperty(REQUEST_VALIDATOR_NAMES);
  });

  it('keys a validator without a name, or whose name another validator took, and records its real name', () => {
    const document = exported(
      design([
        method('GET', {}),
        method('POST', { requestValidatorName: 'strict', validateRequestParameters: true }),
        method('PUT', { requestValidatorName: 'strict', validateRequestParameters: false }),
      ]),
    );
    expect(document['x-amazon-apigateway-request-validators']).toEqual({
      validator: {},
      strict: { validateRequestParameters: true },
      'strict-2': { validateRequestParameters: false },
    });
    expect(document[REQUEST_VALIDATOR_NAMES]).toEqual({ validator: null, 'strict-2': 'strict' });
    expect(operationValidator(document, 'put')).toBe('strict-2');
  });

  it('round-trips every combination exactly (name or none, each flag unset, true or false)', () => {
    const methods: MethodDesign[] = [];
    const verbs: Array<MethodDesign['httpMethod']> = [
      'GET',
      'PUT',
      'POST',
      'DELETE',
      'PATCH',
      'HEAD',
      'OPTIONS',
      'ANY',
    ];
    let i = 0;
    for (const validateRequestBody of [undefined, true, false]) {
      for (const validateRequestParameters of [undefined, true, false]) {
        const validator: RequestValidatorOptionsDesign = {};
        if (i % 3 === 1) validator.requestValidatorName = 'shared';
        if (i % 3 === 2) validator.requestValidatorName = '';
        if (validateRequestBody !== undefined) validator.validateRequestBody = validateRequestBody;
        if (validateRequestParameters !== undefined)
          validator.validateRequestParameters = validateRequestParameters;
        methods.push({ ...method(verbs[i % 8], validator), path: `/v${i}` });
        i += 1;
      }
    }
    const result = importDesign(printJson(designToOpenApi(design(methods)).document));
    expect(result.unmapped).toEqual([]);
    expect(result.design?.methods.map((m) => m.options?.requestValidatorOptions)).toEqual(
      methods.map((m) => m.options?.requestValidatorOptions),
    );
  });
});

describe('OpenAPI import: request validators of a document written elsewhere', () => {
  // Swagger 2.0 as API Gateway's developer guide shows validators: an API-wide default validator,
  // overridden by one operation.
  const swagger = {
    swagger: '2.0',
    info: { title: 'validated' },
    basePath: '/test',
    'x-amazon-apigateway-request-validators': {
      all: { validateRequestBody: true, validateRequestParameters: true },
      'params-only': { validateRequestBody: false, validateRequestParameters: true },
    },
    'x-amazon-apigateway-request-validator': 'params-only',
    paths: {
      '/validation': {
        get: {
          parameters: [{ name: 'q1', in: 'query', required: true, type: 'string' }],
          responses: { '200': { description: 'ok' } },
          'x-amazon-apigateway-integration': {
            type: 'aws_proxy',
            httpMethod: 'POST',
            uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
          },
        },
        post: {
          parameters: [{ name: 'h1', in: 'header', required: true, type: 'string' }],
          responses: { '200': { description: 'ok' } },
          'x-amazon-apigateway-request-validator': 'all',
          'x-amazon-apigateway-integration': {
            type: 'aws_proxy',
            httpMethod: 'POST',
            uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
          },
        },
        put: {
          responses: { '200': { description: 'ok' } },
          'x-amazon-apigateway-request-validator': 'missing',
          'x-amazon-apigateway-integration': {
            type: 'aws_proxy',
            httpMethod: 'POST',
            uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
          },
        },
      },
    },
  };
  const result = importDesign(JSON.stringify(swagger));
  const options = (verb: string) => result.design?.methods.find((m) => m.httpMethod === verb)?.options;

  it('gives an operation without its own validator the API-wide one, and an override its own', () => {
    expect(options('GET')?.requestValidatorOptions).toEqual({
      requestValidatorName: 'params-only',
      validateRequestBody: false,
      validateRequestParameters: true,
    });
    expect(options('POST')?.requestValidatorOptions).toEqual({
      requestValidatorName: 'all',
      validateRequestBody: true,
      validateRequestParameters: true,
    });
  });

  it('lists a validator name the document does not define', () => {
    expect(options('PUT')?.requestValidatorOptions).toBeUndefined();
    expect(result.unmapped).toEqual([
      'PUT /validation: request validator "missing" is not in x-amazon-apigateway-request-validators.',
    ]);
  });
});
