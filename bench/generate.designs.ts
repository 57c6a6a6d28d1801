/** The designs bench/generate.bench.ts measures (also handy for profiling). */
import type { Design, IntegrationResponseDesign, MethodDesign } from '../src/core/design/types';

/** What a user typically designs: a few methods on two resources, one function, one template. */
export const typical: Design = {
  version: 1,
  stack: { id: 'PetsStack' },
  api: { id: 'Api', restApiName: 'pets' },
  functions: [
    {
      id: 'Handler',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      code: { inline: "exports.handler = async (event) => ({ statusCode: 200, body: 'ok' });" },
    },
  ],
  methods: [
    { path: '/pets', httpMethod: 'GET', function: 'Handler' },
    { path: '/pets', httpMethod: 'POST', function: 'Handler' },
    {
      path: '/pets/{petId}',
      httpMethod: 'GET',
      function: 'Handler',
      integration: {
        proxy: false,
        requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
        requestTemplates: { 'application/json': '{ "id": "$input.params(\'petId\')" }' },
        integrationResponses: [
          { statusCode: '200' },
          { statusCode: '404', selectionPattern: '.*Not found.*' },
        ],
      },
      options: {
        requestParameters: { 'method.request.path.petId': true },
        methodResponses: [{ statusCode: '200' }, { statusCode: '404' }],
      },
    },
    { path: '/pets/{petId}', httpMethod: 'DELETE', function: 'Handler' },
  ],
};

export function largeDesign(methods: number, responsesPerMethod: number): Design {
  const statuses = ['200', '201', '202', '204', '400', '401', '403', '404', '409', '500'];
  const methodList: MethodDesign[] = [];
  for (let i = 0; i < methods; i++) {
    const used = statuses.slice(0, responsesPerMethod);
    const integrationResponses: IntegrationResponseDesign[] = used.map((statusCode, r) => ({
      statusCode,
      ...(r === 0 ? {} : { selectionPattern: `.*\\[${statusCode}\\].*` }),
      responseParameters: { 'method.response.header.X-Request-Id': 'context.requestId' },
      responseTemplates: {
        'application/json': `#set($body = $input.path('$'))\n{\n  "status": ${statusCode},\n  "item": $input.json('$.item${i}')\n}\n`,
      },
    }));
    methodList.push({
      path: `/resources/r${i}/{id}`,
      httpMethod: 'POST',
      function: i % 2 === 0 ? 'Handler' : 'Other',
      integration: {
        proxy: false,
        requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
        requestTemplates: { 'application/json': `{ "id": "$input.params('id')", "n": ${i} }` },
        integrationResponses,
        timeout: { seconds: 10 },
      },
      options: {
        requestParameters: { 'method.request.path.id': true },
        methodResponses: used.map((statusCode) => ({
          statusCode,
          responseParameters: { 'method.response.header.X-Request-Id': true },
          responseModels: { 'application/json': 'Empty' as const },
        })),
      },
    });
  }
  return {
    ...typical,
    functions: [
      ...typical.functions,
      {
        id: 'Other',
        runtime: 'python3.13',
        handler: 'index.handler',
        code: { inline: 'def handler(e, c):\n  return 1\n' },
      },
    ],
    methods: methodList,
  };
}

/** 50 methods with 10 integration responses each. */
export const large = largeDesign(50, 10);
