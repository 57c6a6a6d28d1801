import type { Scenario } from '../types';

const code = `exports.handler = async (event) => ({
  statusCode: 200,
  body: JSON.stringify({ q: event.queryStringParameters?.q ?? null }),
});`;

const requireQ = { 'method.request.querystring.q': true };

export const requiredParameters: Scenario = {
  id: 'required-parameters-validator',
  title: 'Required parameters need a request validator (requestValidatorOptions)',
  summary: 'The same required query string parameter, enforced by one method and only declared by the other.',
  explanation:
    'Marking a method request parameter as required (method.request.querystring.q: true) only declares it. ' +
    'API Gateway enforces it through a request validator attached to the method, and only when that ' +
    'validator has validateRequestParameters set. Both methods here require q. GET /search has ' +
    'requestValidatorOptions with validateRequestParameters, so CDK creates an ' +
    'AWS::ApiGateway::RequestValidator for it and API Gateway itself answers a request without q with 400 ' +
    '"Missing required request parameters: [q]": the function is never called. GET /search-unchecked has ' +
    'no validator, so the same request reaches the function, which has to cope with the missing value.',
  design: {
    version: 1,
    stack: { id: 'SearchStack' },
    api: { id: 'SearchApi', restApiName: 'search' },
    functions: [{ id: 'Search', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/search',
        httpMethod: 'GET',
        function: 'Search',
        options: {
          requestParameters: requireQ,
          requestValidatorOptions: { requestValidatorName: 'params-only', validateRequestParameters: true },
        },
      },
      {
        path: '/search-unchecked',
        httpMethod: 'GET',
        function: 'Search',
        options: { requestParameters: requireQ },
      },
    ],
    samples: [
      {
        name: 'with q',
        method: 'GET /search',
        request: { method: 'GET', path: '/search', queryStringParameters: { q: 'cats' } },
        lambda: { result: { statusCode: 200, body: '{"q":"cats"}' } },
        expect: { status: 200, bodyJson: { q: 'cats' } },
      },
      {
        name: 'without q',
        method: 'GET /search',
        request: { method: 'GET', path: '/search' },
        lambda: { result: { statusCode: 200, body: '{"q":null}' } },
        expect: { status: 400, bodyJson: { message: 'Missing required request parameters: [q]' } },
      },
      {
        name: 'without q, no validator',
        method: 'GET /search-unchecked',
        request: { method: 'GET', path: '/search-unchecked' },
        lambda: { result: { statusCode: 200, body: '{"q":null}' } },
        expect: { status: 200, bodyJson: { q: null } },
      },
    ],
  },
  outcomes: {
    'with q': '200: q is there, the validator lets the request through and the function answers with it.',
    'without q':
      '400 "Missing required request parameters: [q]": the validator checks parameters, so API Gateway answers before the function.',
    'without q, no validator':
      '200: this method has no validator, so "required" is not checked and the function gets no q.',
  },
};
