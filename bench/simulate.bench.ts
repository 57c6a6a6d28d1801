/**
 * simulate() (issue 4): median and p95 of a whole request flow, as the UI runs it on every keystroke,
 * for a Lambda proxy method and for a custom integration with request and response templates. Beside
 * it, its parts (the two halves around the Lambda call, design validation) and the peer it builds on:
 * renderTemplate() rendering the same two templates on their own.
 */
import type { Design, SampleRequest } from '../src/core/design/types';
import { validateDesign } from '../src/core/design/validate';
import { completeSimulation, prepareSimulation, simulate } from '../src/core/simulate';
import { renderTemplate } from '../src/core/vtl';
import { measure, printTable } from './stats';

const REQUEST_TEMPLATE = `#set($body = $input.path('$'))
{
  "petId": "$input.params('petId')",
  "name": "$util.escapeJavaScript($body.name)",
  "tags": $input.json('$.tags'),
  "headers": {
#foreach($h in $input.params().header.keySet())
    "$h": "$util.escapeJavaScript($input.params().header.get($h))"#if($foreach.hasNext),#end
#end
  }
}`;
const RESPONSE_TEMPLATE = `#set($r = $input.path('$'))
#if($r.error != "")#set($context.responseOverride.status = 400)#end
{"id": "$r.id", "name": "$r.name", "count": $r.tags.size()}`;

const design: Design = {
  version: 1,
  stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
  api: { id: 'Api', binaryMediaTypes: ['image/png'] },
  functions: [
    {
      id: 'Handler',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      code: { inline: 'exports.handler = async () => ({})' },
    },
  ],
  methods: [
    { path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler' },
    {
      path: '/pets/{petId}',
      httpMethod: 'PUT',
      function: 'Handler',
      integration: {
        proxy: false,
        requestTemplates: { 'application/json': REQUEST_TEMPLATE },
        requestParameters: { 'integration.request.header.X-Trace': 'method.request.header.X-Trace' },
        integrationResponses: [
          { statusCode: '200', responseTemplates: { 'application/json': RESPONSE_TEMPLATE } },
          { statusCode: '404', selectionPattern: 'Not found.*' },
        ],
      },
      options: {
        requestParameters: { 'method.request.header.X-Trace': false },
        methodResponses: [{ statusCode: '200' }, { statusCode: '400' }, { statusCode: '404' }],
      },
    },
  ],
};

const request: SampleRequest = {
  path: '/pets/{petId}',
  pathParameters: { petId: '7' },
  queryStringParameters: { q: 'cat' },
  headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Trace': 'abc' },
  body: JSON.stringify({ name: 'Rex "the dog"', tags: ['a', 'b', 'c'] }),
};
const proxyOutcome = { result: { statusCode: 200, headers: { 'X-Id': '7' }, body: '{"id":"7"}' } };
const customOutcome = { result: { id: '7', name: 'Rex', tags: [1, 2, 3], error: '' } };

const prepared = prepareSimulation(design, 'PUT /pets/{petId}', { ...request, method: 'PUT' });

printTable([
  measure('simulate(): Lambda proxy', () => simulate(design, 'GET /pets/{petId}', request, proxyOutcome), {
    runs: 2000,
  }),
  measure(
    'simulate(): custom, 2 templates',
    () => simulate(design, 'PUT /pets/{petId}', { ...request, method: 'PUT' }, customOutcome),
    { runs: 2000 },
  ),
  measure(
    '  prepareSimulation (to the Lambda event)',
    () => prepareSimulation(design, 'PUT /pets/{petId}', { ...request, method: 'PUT' }),
    { runs: 2000 },
  ),
  measure('  completeSimulation (from the outcome)', () => completeSimulation(prepared, customOutcome), {
    runs: 2000,
  }),
  measure('  validateDesign', () => validateDesign(design), { runs: 2000 }),
  measure(
    'peer renderTemplate: the request template',
    () => renderTemplate(REQUEST_TEMPLATE, { request: { ...request, method: 'PUT' } }),
    { runs: 2000 },
  ),
  measure(
    'peer renderTemplate: the response template',
    () =>
      renderTemplate(RESPONSE_TEMPLATE, {
        phase: 'response',
        request,
        integrationResponse: { statusCode: 200, body: JSON.stringify(customOutcome.result) },
      }),
    { runs: 2000 },
  ),
]);
