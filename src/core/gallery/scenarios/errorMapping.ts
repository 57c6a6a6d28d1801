import type { Scenario } from '../types';

const code = `exports.handler = async (event) => {
  if (!/^[0-9]+$/.test(event.petId)) throw new Error('BadRequest: petId must be a number');
  if (event.petId === '0') throw new Error('NotFound: no pet ' + event.petId);
  return { id: event.petId, name: 'Rex' };
};`;

const errorTemplate = `{ "message": $input.json('$.errorMessage') }`;

export const errorMapping: Scenario = {
  id: 'lambda-errors-to-status-codes',
  title: 'Lambda errors → 400 / 404 / 500',
  summary: 'selectionPattern regexes turn the function’s error messages into HTTP status codes.',
  explanation:
    'In a custom integration a thrown error does not make an HTTP error by itself: Lambda still answers ' +
    'API Gateway with 200, plus the error as JSON. API Gateway then matches each integration ' +
    'response’s selectionPattern (a Java regular expression that must match the whole errorMessage) ' +
    'and uses the first that matches; the one without a pattern is the default, used for successes. ' +
    'Here messages starting with "BadRequest:" become 400, "NotFound:" 404, and anything else that is ' +
    'an error 500 with a neutral message, so stack details never reach the client. Each error status ' +
    'also needs a method response.',
  design: {
    version: 1,
    stack: { id: 'PetsErrorsStack' },
    api: { id: 'PetsApi', restApiName: 'pets-errors' },
    functions: [{ id: 'GetPet', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/pets/{petId}',
        httpMethod: 'GET',
        function: 'GetPet',
        integration: {
          proxy: false,
          requestTemplates: { 'application/json': '{ "petId": "$input.params(\'petId\')" }' },
          integrationResponses: [
            { statusCode: '200' },
            {
              statusCode: '400',
              selectionPattern: 'BadRequest: .*',
              responseTemplates: { 'application/json': errorTemplate },
            },
            {
              statusCode: '404',
              selectionPattern: 'NotFound: .*',
              responseTemplates: { 'application/json': errorTemplate },
            },
            {
              statusCode: '500',
              selectionPattern: '(?s)(?!BadRequest: |NotFound: ).+',
              responseTemplates: { 'application/json': '{ "message": "Something went wrong" }' },
            },
          ],
        },
        options: {
          requestParameters: { 'method.request.path.petId': true },
          methodResponses: [
            { statusCode: '200' },
            { statusCode: '400', responseModels: { 'application/json': 'Error' } },
            { statusCode: '404', responseModels: { 'application/json': 'Error' } },
            { statusCode: '500', responseModels: { 'application/json': 'Error' } },
          ],
        },
      },
    ],
    samples: [
      {
        name: 'found',
        method: 'GET /pets/{petId}',
        request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '7' } },
        lambda: { result: { id: '7', name: 'Rex' } },
        expect: { status: 200, bodyJson: { id: '7', name: 'Rex' } },
      },
      {
        name: 'bad id',
        method: 'GET /pets/{petId}',
        request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: 'seven' } },
        lambda: { error: { errorMessage: 'BadRequest: petId must be a number', errorType: 'Error' } },
        expect: { status: 400, bodyJson: { message: 'BadRequest: petId must be a number' } },
      },
      {
        name: 'not found',
        method: 'GET /pets/{petId}',
        request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '0' } },
        lambda: { error: { errorMessage: 'NotFound: no pet 0', errorType: 'Error' } },
        expect: { status: 404, bodyJson: { message: 'NotFound: no pet 0' } },
      },
      {
        name: 'crash',
        method: 'GET /pets/{petId}',
        request: { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '8' } },
        lambda: {
          error: {
            errorMessage: "Cannot read properties of undefined (reading 'name')",
            errorType: 'TypeError',
          },
        },
        expect: { status: 500, bodyJson: { message: 'Something went wrong' } },
      },
    ],
  },
  outcomes: {
    found:
      '200: a success has an empty error message, which no pattern matches, so the default response applies.',
    'bad id': '400: "BadRequest: .*" matches the whole error message.',
    'not found': '404: "NotFound: .*" matches; the template copies the message into the body.',
    crash: '500: only the catch-all pattern matches; its template hides the TypeError from the client.',
  },
};
