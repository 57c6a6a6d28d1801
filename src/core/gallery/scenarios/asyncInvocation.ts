import type { Scenario } from '../types';

const code = `exports.handler = async (event) => {
  // Runs after API Gateway has already answered 202; its result goes nowhere.
  console.log('rendering report', event.reportId);
};`;

export const asyncInvocation: Scenario = {
  id: 'async-invocation',
  title: 'Asynchronous invocation (X-Amz-Invocation-Type: Event)',
  summary: 'Answer 202 at once and let the function run in the background.',
  explanation:
    'API Gateway normally waits for the function (RequestResponse). A custom integration can send Lambda ' +
    "the header X-Amz-Invocation-Type with the static value 'Event' (a requestParameters mapping): " +
    'Lambda then only queues the event and answers 202 with an empty body, and the function runs ' +
    'later, out of the 29-second window. The integration response is chosen as for a success, and its ' +
    'template can tell the client how to follow up, here with the request id. A proxy integration ' +
    'cannot do this: the empty 202 is not a valid proxy response, so the client would get 502.',
  design: {
    version: 1,
    stack: { id: 'ReportsStack' },
    api: { id: 'ReportsApi', restApiName: 'reports' },
    functions: [
      {
        id: 'RenderReport',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: { inline: code },
        timeout: { seconds: 300 },
      },
    ],
    methods: [
      {
        path: '/reports',
        httpMethod: 'POST',
        function: 'RenderReport',
        integration: {
          proxy: false,
          requestParameters: { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" },
          requestTemplates: { 'application/json': '{ "reportId": $input.json(\'$.reportId\') }' },
          integrationResponses: [
            {
              statusCode: '202',
              responseTemplates: {
                'application/json': '{ "accepted": true, "requestId": "$context.requestId" }',
              },
            },
          ],
        },
        options: { methodResponses: [{ statusCode: '202' }] },
      },
    ],
    samples: [
      {
        name: 'queue a report',
        method: 'POST /reports',
        request: {
          method: 'POST',
          path: '/reports',
          headers: { 'Content-Type': 'application/json' },
          body: '{"reportId": "r-2024-q4"}',
          context: { requestId: '5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' },
        },
        lambda: { result: null },
        expect: {
          status: 202,
          bodyJson: { accepted: true, requestId: '5e0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' },
        },
      },
    ],
  },
  outcomes: {
    'queue a report':
      '202 with { accepted, requestId }: Lambda answered 202 with no body, and the integration response template wrote the answer.',
  },
};
