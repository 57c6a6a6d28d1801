import type { Scenario } from '../types';

const brokenCode = `exports.handler = async (event) => ({
  statusCode: 200,
  body: { greeting: 'Hello' }, // not a string: API Gateway cannot send an object
});`;

const fixedCode = `exports.handler = async (event) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ greeting: 'Hello' }),
});`;

export const why502: Scenario = {
  id: 'why-502',
  title: 'Why do I get 502? (malformed proxy response)',
  summary: 'Break it / fix it: a proxy function returns its body as an object and the client sees 502.',
  explanation:
    'With a proxy integration API Gateway trusts the function to return a complete HTTP answer: an ' +
    'object with statusCode, optional headers and multiValueHeaders, and body as a string (base64 with ' +
    'isBase64Encoded for binary). Anything else, such as a body that is an object, a missing ' +
    'statusCode or a thrown error, is a "Malformed Lambda proxy response" and the client gets 502 ' +
    '{"message": "Internal server error"} while the function itself looks successful in its own logs. ' +
    'The Simulation tab shows the line API Gateway logs. The fix is to JSON.stringify the body.',
  design: {
    version: 1,
    stack: { id: 'GreetStack' },
    api: { id: 'GreetApi', restApiName: 'greet' },
    functions: [
      { id: 'Greet', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: brokenCode } },
    ],
    methods: [{ path: '/greet', httpMethod: 'GET', function: 'Greet' }],
    samples: [
      {
        name: 'greet',
        method: 'GET /greet',
        request: { method: 'GET', path: '/greet' },
        lambda: { result: { statusCode: 200, body: { greeting: 'Hello' } } },
        expect: { status: 502, bodyJson: { message: 'Internal server error' } },
      },
    ],
  },
  outcomes: {
    greet:
      '502 {"message": "Internal server error"}: the body is an object, so the proxy response is malformed.',
  },
  fix: {
    label: 'Return the body as a string',
    explanation:
      'The function now returns body: JSON.stringify(...) with a Content-Type header; the sample’s ' +
      'Lambda result changes the same way, and the client gets 200 with the JSON.',
    edits: [
      { path: '/functions/0/code/inline', value: fixedCode },
      {
        path: '/samples/0/lambda',
        value: {
          result: {
            statusCode: 200,
            headers: { 'Content-Type': 'application/json' },
            body: '{"greeting":"Hello"}',
          },
        },
      },
      { path: '/samples/0/expect', value: { status: 200, bodyJson: { greeting: 'Hello' } } },
    ],
  },
};
