import type { Scenario } from '../types';

const code = `exports.handler = async (event) =>
  event.preflight ? {} : { items: [{ id: 1, name: 'Teapot' }] };`;

const ORIGIN = "'https://shop.example.com'";

export const corsHeaders: Scenario = {
  id: 'cors-headers',
  title: 'CORS headers through responseParameters',
  summary: 'A non-proxy integration adds Access-Control-* headers with static response parameter mappings.',
  explanation:
    'A browser only lets a page read a cross-origin answer when it carries Access-Control-Allow-Origin, ' +
    'and it asks first with an OPTIONS "preflight" for anything beyond a simple GET. In a custom ' +
    'integration the function’s result is only the body: headers come from the integration response’s ' +
    'responseParameters, where a value in single quotes is a fixed string. Each header must also be ' +
    'declared in the method response, or the deployment is rejected. The OPTIONS method here answers ' +
    'the preflight with the allowed methods and headers. With a proxy integration none of this ' +
    'applies: the function must return the headers itself.',
  design: {
    version: 1,
    stack: { id: 'ShopStack' },
    api: { id: 'ShopApi', restApiName: 'shop' },
    functions: [{ id: 'Items', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/items',
        httpMethod: 'GET',
        function: 'Items',
        integration: {
          proxy: false,
          integrationResponses: [
            {
              statusCode: '200',
              responseParameters: { 'method.response.header.Access-Control-Allow-Origin': ORIGIN },
            },
          ],
        },
        options: {
          methodResponses: [
            {
              statusCode: '200',
              responseParameters: { 'method.response.header.Access-Control-Allow-Origin': true },
            },
          ],
        },
      },
      {
        path: '/items',
        httpMethod: 'OPTIONS',
        function: 'Items',
        integration: {
          proxy: false,
          requestTemplates: { 'application/json': '{ "preflight": true }' },
          integrationResponses: [
            {
              statusCode: '204',
              responseParameters: {
                'method.response.header.Access-Control-Allow-Origin': ORIGIN,
                'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS'",
                'method.response.header.Access-Control-Allow-Headers': "'Content-Type,Authorization'",
                'method.response.header.Access-Control-Max-Age': "'600'",
              },
              responseTemplates: { 'application/json': '' },
            },
          ],
        },
        options: {
          methodResponses: [
            {
              statusCode: '204',
              responseParameters: {
                'method.response.header.Access-Control-Allow-Origin': true,
                'method.response.header.Access-Control-Allow-Methods': true,
                'method.response.header.Access-Control-Allow-Headers': true,
                'method.response.header.Access-Control-Max-Age': true,
              },
            },
          ],
        },
      },
    ],
    samples: [
      {
        name: 'cross-origin GET',
        method: 'GET /items',
        request: { method: 'GET', path: '/items', headers: { Origin: 'https://shop.example.com' } },
        lambda: { result: { items: [{ id: 1, name: 'Teapot' }] } },
        expect: {
          status: 200,
          headers: { 'Access-Control-Allow-Origin': 'https://shop.example.com' },
          bodyJson: { items: [{ id: 1, name: 'Teapot' }] },
        },
      },
      {
        name: 'preflight',
        method: 'OPTIONS /items',
        request: {
          method: 'OPTIONS',
          path: '/items',
          headers: {
            Origin: 'https://shop.example.com',
            'Access-Control-Request-Method': 'GET',
            'Access-Control-Request-Headers': 'authorization',
          },
        },
        lambda: { result: {} },
        expect: {
          status: 204,
          body: '',
          headers: {
            'Access-Control-Allow-Origin': 'https://shop.example.com',
            'Access-Control-Allow-Methods': 'GET,OPTIONS',
            'Access-Control-Allow-Headers': 'Content-Type,Authorization',
          },
        },
      },
    ],
  },
  outcomes: {
    'cross-origin GET':
      '200 with Access-Control-Allow-Origin: https://shop.example.com, mapped from a quoted static value.',
    preflight:
      '204 with the Allow-Origin, Allow-Methods and Allow-Headers the browser asks for, and an empty body.',
  },
};
