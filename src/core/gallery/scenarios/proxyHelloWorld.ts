import type { Scenario } from '../types';

const code = `exports.handler = async (event) => {
  const name = (event.queryStringParameters || {}).name || 'world';
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'text/plain' },
    body: \`Hello, \${name}!\`,
  };
};`;

export const proxyHelloWorld: Scenario = {
  id: 'proxy-hello-world',
  title: 'Proxy hello world',
  summary: 'The smallest useful API: every request goes to the function, which answers it whole.',
  explanation:
    'With a Lambda proxy integration (the default of LambdaIntegration), API Gateway does no mapping ' +
    'at all: it packs the whole request (path, query string, headers, body) into one event and the ' +
    'function returns the whole HTTP answer as { statusCode, headers, body }. Nothing sits between ' +
    'the two, so there are no templates or integration responses to set. Open the Lambda event tab to ' +
    'see what the function receives, and try the sample without a name.',
  design: {
    version: 1,
    stack: { id: 'HelloStack' },
    api: { id: 'HelloApi', restApiName: 'hello' },
    functions: [
      { id: 'HelloFunction', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } },
    ],
    methods: [{ path: '/hello', httpMethod: 'GET', function: 'HelloFunction' }],
    samples: [
      {
        name: 'with a name',
        method: 'GET /hello',
        request: { method: 'GET', path: '/hello', queryStringParameters: { name: 'Ada' } },
        lambda: {
          result: { statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: 'Hello, Ada!' },
        },
        expect: { status: 200, body: 'Hello, Ada!', headers: { 'Content-Type': 'text/plain' } },
      },
      {
        name: 'without a name',
        method: 'GET /hello',
        request: { method: 'GET', path: '/hello' },
        lambda: {
          result: { statusCode: 200, headers: { 'Content-Type': 'text/plain' }, body: 'Hello, world!' },
        },
        expect: { status: 200, body: 'Hello, world!' },
      },
    ],
  },
  outcomes: {
    'with a name': '200 "Hello, Ada!": the query string reaches the function in event.queryStringParameters.',
    'without a name':
      '200 "Hello, world!": with no query string, event.queryStringParameters is null, so the function falls back.',
  },
};
