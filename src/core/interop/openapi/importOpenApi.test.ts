import { describe, expect, it } from 'vitest';
import { importDesign } from '../importDesign';

/** The shape API Gateway's own "Export as OpenAPI 3 + API Gateway extensions" gives. */
const consoleExport = {
  openapi: '3.0.1',
  info: { title: 'PetStore', version: '2026-11-01T10:00:00Z' },
  servers: [
    {
      url: 'https://abc123.execute-api.us-east-1.amazonaws.com/{basePath}',
      variables: { basePath: { default: 'v1' } },
    },
  ],
  paths: {
    '/pets': {
      post: {
        requestBody: {
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          required: true,
        },
        responses: {
          '201': {
            description: '201 response',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
          },
        },
        security: [{ sigv4: [] }],
        'x-amazon-apigateway-integration': {
          type: 'aws_proxy',
          httpMethod: 'POST',
          uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:CreatePet/invocations',
          passthroughBehavior: 'when_no_match',
          timeoutInMillis: 29000,
        },
      },
      options: {
        responses: { '200': { description: '200 response' } },
        'x-amazon-apigateway-integration': {
          type: 'mock',
          requestTemplates: { 'application/json': '{"statusCode": 200}' },
          responses: { default: { statusCode: '200' } },
        },
      },
    },
    '/pets/{petId}': {
      get: {
        operationId: 'GetPet',
        parameters: [
          { name: 'petId', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'tag', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: '200 response',
            headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Empty' } } },
          },
          '500': {
            description: '500 response',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
        security: [{ api_key: [] }, { sigv4: [] }],
        'x-amazon-apigateway-integration': {
          type: 'aws',
          httpMethod: 'POST',
          uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:GetPet/invocations',
          credentials: 'arn:aws:iam::123456789012:role/ApiGatewayInvoke',
          requestParameters: { 'integration.request.header.X-Trace': 'method.request.header.X-Trace' },
          requestTemplates: { 'application/json': '{"id": "$input.params(\'petId\')"}' },
          responses: {
            '.*Error.*': { statusCode: '500' },
            default: {
              statusCode: '200',
              responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
            },
          },
          passthroughBehavior: 'when_no_templates',
          contentHandling: 'CONVERT_TO_TEXT',
          cacheNamespace: 'pets',
          cacheKeyParameters: ['method.request.path.petId'],
        },
      },
    },
  },
  components: {
    schemas: {
      Empty: { title: 'Empty Schema', type: 'object' },
      Error: { title: 'Error Schema', type: 'object', properties: { message: { type: 'string' } } },
      Pet: { type: 'object', properties: { name: { type: 'string' } } },
    },
    securitySchemes: {
      api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
      sigv4: {
        type: 'apiKey',
        name: 'Authorization',
        in: 'header',
        'x-amazon-apigateway-authtype': 'awsSigv4',
      },
    },
  },
  'x-amazon-apigateway-binary-media-types': ['image/png'],
};

describe('importDesign on OpenAPI documents from elsewhere', () => {
  it('reads an API Gateway console export (OpenAPI 3)', () => {
    const result = importDesign(JSON.stringify(consoleExport));
    expect(result.design).toEqual({
      version: 1,
      stack: { id: 'ImportedStack', env: { region: 'us-east-1' } },
      api: { id: 'Api', restApiName: 'PetStore', stageName: 'v1', binaryMediaTypes: ['image/png'] },
      functions: [
        { id: 'CreatePet', importArn: 'arn:aws:lambda:us-east-1:123456789012:function:CreatePet' },
        { id: 'GetPet', importArn: 'arn:aws:lambda:us-east-1:123456789012:function:GetPet' },
      ],
      roles: [{ id: 'ApiGatewayInvoke', importArn: 'arn:aws:iam::123456789012:role/ApiGatewayInvoke' }],
      methods: [
        {
          path: '/pets',
          httpMethod: 'POST',
          function: 'CreatePet',
          integration: { passthroughBehavior: 'WHEN_NO_MATCH', timeout: { seconds: 29 } },
          options: {
            authorizationType: 'AWS_IAM',
            methodResponses: [{ statusCode: '201', responseModels: {} }],
          },
        },
        {
          path: '/pets/{petId}',
          httpMethod: 'GET',
          function: 'GetPet',
          integration: {
            proxy: false,
            cacheKeyParameters: ['method.request.path.petId'],
            cacheNamespace: 'pets',
            contentHandling: 'CONVERT_TO_TEXT',
            credentialsRole: 'ApiGatewayInvoke',
            requestParameters: { 'integration.request.header.X-Trace': 'method.request.header.X-Trace' },
            requestTemplates: { 'application/json': `{"id": "$input.params('petId')"}` },
            passthroughBehavior: 'WHEN_NO_TEMPLATES',
            integrationResponses: [
              { statusCode: '500', selectionPattern: '.*Error.*' },
              {
                statusCode: '200',
                responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
              },
            ],
          },
          options: {
            operationName: 'GetPet',
            requestParameters: {
              'method.request.path.petId': true,
              'method.request.multivaluequerystring.tag': false,
              'method.request.header.X-Trace': true,
            },
            apiKeyRequired: true,
            methodResponses: [
              {
                statusCode: '200',
                responseParameters: { 'method.response.header.Access-Control-Allow-Origin': false },
                responseModels: { 'application/json': 'Empty' },
              },
              { statusCode: '500', responseModels: { 'application/json': 'Error' } },
            ],
          },
        },
      ],
    });
    expect(result.unmapped).toEqual([
      'POST /pets: response 201 schema for application/json {"$ref":"#/components/schemas/Pet"} (only the built-in Empty and Error models are part of the design).',
      'POST /pets: the request body schema (request models are not part of the design).',
      'OPTIONS /pets: a MOCK integration, not a Lambda integration.',
      'GET /pets/{petId}: alternative security requirements after the first.',
    ]);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('reads Swagger 2.0 with the same extensions', () => {
    const swagger = {
      swagger: '2.0',
      info: { title: 'legacy', version: '1' },
      host: 'abc123.execute-api.eu-west-1.amazonaws.com',
      basePath: '/prod',
      paths: {
        '/items/{id}': {
          get: {
            parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
            responses: {
              '200': {
                description: 'ok',
                schema: { $ref: '#/definitions/Empty' },
                headers: { ETag: { type: 'string' } },
              },
            },
            security: [{ sigv4: [] }],
            'x-amazon-apigateway-integration': {
              type: 'AWS_PROXY',
              httpMethod: 'POST',
              uri: 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:items/invocations',
            },
          },
        },
      },
      securityDefinitions: {
        sigv4: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authtype': 'awsSigv4',
        },
      },
      definitions: { Empty: { type: 'object' } },
    };
    const result = importDesign(JSON.stringify(swagger));
    expect(result.unmapped).toEqual([]);
    expect(result.design?.api).toEqual({ id: 'Api', restApiName: 'legacy' });
    expect(result.design?.methods).toEqual([
      {
        path: '/items/{id}',
        httpMethod: 'GET',
        function: 'items',
        options: {
          authorizationType: 'AWS_IAM',
          requestParameters: { 'method.request.path.id': true },
          methodResponses: [
            {
              statusCode: '200',
              responseParameters: { 'method.response.header.ETag': false },
              responseModels: { 'application/json': 'Empty' },
            },
          ],
        },
      },
    ]);
  });

  it('lists authorizers and operations without an integration', () => {
    const document = {
      openapi: '3.0.3',
      info: { title: 'auth', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: { '200': { description: 'ok' } },
            security: [{ cognito: [] }],
            'x-amazon-apigateway-integration': {
              type: 'aws_proxy',
              httpMethod: 'POST',
              uri: 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:a/invocations',
            },
          },
          put: { responses: { '200': { description: 'ok' } } },
          patch: {
            responses: { '200': { description: 'ok' } },
            'x-amazon-apigateway-integration': {
              type: 'http_proxy',
              httpMethod: 'PATCH',
              uri: 'https://example.com',
            },
          },
        },
      },
      components: {
        securitySchemes: {
          cognito: {
            type: 'apiKey',
            name: 'Authorization',
            in: 'header',
            'x-amazon-apigateway-authtype': 'cognito_user_pools',
          },
        },
      },
    };
    const result = importDesign(JSON.stringify(document));
    expect(result.unmapped).toEqual([
      'Security scheme cognito: authorizers are not part of design version 1.',
      'GET /a: security requirement cognito.',
      'PUT /a: no x-amazon-apigateway-integration.',
      'PATCH /a: a HTTP_PROXY integration, not a Lambda integration.',
    ]);
    expect(result.design?.methods.map((m) => `${m.httpMethod} ${m.path}`)).toEqual(['GET /a']);
  });
});
