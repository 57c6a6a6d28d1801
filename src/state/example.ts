import type { Design } from '../core';

/**
 * The design a first-time visitor sees: a non-proxy GET /pets/{petId} that maps the path parameter
 * into the Lambda payload, passes results through as 200 and maps "Not found" errors to 404.
 */
export function exampleDesign(): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack' },
    api: { id: 'PetsApi', restApiName: 'pets' },
    functions: [
      {
        id: 'GetPetFunction',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: {
          inline:
            "exports.handler = async (event) => {\n  if (event.petId === '0') throw new Error('Not found: ' + event.petId);\n  return { id: event.petId, name: 'Rex' };\n};",
        },
      },
    ],
    methods: [
      {
        path: '/pets/{petId}',
        httpMethod: 'GET',
        function: 'GetPetFunction',
        integration: {
          proxy: false,
          requestTemplates: { 'application/json': '{ "petId": "$input.params(\'petId\')" }' },
          integrationResponses: [
            { statusCode: '200' },
            {
              statusCode: '404',
              selectionPattern: 'Not found.*',
              responseTemplates: {
                'application/json':
                  '{ "message": "$util.escapeJavaScript($input.path(\'$.errorMessage\'))" }',
              },
            },
          ],
        },
        options: {
          requestParameters: { 'method.request.path.petId': true },
          methodResponses: [{ statusCode: '200' }, { statusCode: '404' }],
        },
      },
    ],
    samples: [
      {
        name: 'found',
        method: 'GET /pets/{petId}',
        request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '7' } },
        lambda: { result: { id: '7', name: 'Rex' } },
      },
      {
        name: 'not found',
        method: 'GET /pets/{petId}',
        request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '0' } },
        lambda: { error: { errorMessage: 'Not found: 0', errorType: 'Error' } },
      },
    ],
  };
}
