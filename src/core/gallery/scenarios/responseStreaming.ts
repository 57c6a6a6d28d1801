import type { Scenario } from '../types';

const code = `exports.handler = awslambda.streamifyResponse(async (event, responseStream) => {
  responseStream = awslambda.HttpResponseStream.from(responseStream, {
    statusCode: 200,
    headers: { 'Content-Type': 'text/plain' },
  });
  for (const word of ['streamed', 'word', 'by', 'word']) {
    responseStream.write(word + '\\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  responseStream.end();
});`;

export const responseStreaming: Scenario = {
  id: 'response-streaming',
  title: 'Response streaming',
  summary: 'responseTransferMode STREAM: the client receives the answer while the function writes it.',
  explanation:
    'By default API Gateway buffers: it waits for the whole function result, which must fit in 10 MB ' +
    'and arrive within the integration timeout. With responseTransferMode STREAM, API Gateway calls ' +
    'Lambda’s InvokeWithResponseStream (the integration URI ends in /response-streaming-invocations) ' +
    'and forwards bytes as the function writes them, so the first bytes arrive sooner and long or large ' +
    'answers become possible. It works only with proxy integrations, and the handler must be written ' +
    'for streaming (awslambda.streamifyResponse). The simulator shows the final answer as one buffered ' +
    'response; the CloudFormation tab shows the different URI.',
  design: {
    version: 1,
    stack: { id: 'StreamStack' },
    api: { id: 'StreamApi', restApiName: 'stream' },
    functions: [{ id: 'Words', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/words',
        httpMethod: 'GET',
        function: 'Words',
        integration: { proxy: true, responseTransferMode: 'STREAM' },
      },
    ],
    samples: [
      {
        name: 'stream words',
        method: 'GET /words',
        request: { method: 'GET', path: '/words' },
        lambda: {
          result: {
            statusCode: 200,
            headers: { 'Content-Type': 'text/plain' },
            body: 'streamed\nword\nby\nword\n',
          },
        },
        expect: {
          status: 200,
          body: 'streamed\nword\nby\nword\n',
          headers: { 'Content-Type': 'text/plain' },
        },
      },
    ],
  },
  outcomes: {
    'stream words':
      '200 text/plain: the words arrive one by one on a real stage; the simulation shows them together.',
  },
};
