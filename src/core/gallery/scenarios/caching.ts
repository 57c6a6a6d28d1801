import type { Scenario } from '../types';

const code = `exports.handler = async (event) => ({ city: event.city, forecast: 'sunny', fetchedAt: Date.now() });`;

export const caching: Scenario = {
  id: 'caching-cache-key-parameters',
  title: 'Caching with cacheKeyParameters',
  summary: 'Make the query string part of the cache key, so each city is cached on its own.',
  explanation:
    'When a stage has a cache cluster, API Gateway keys cached answers by the method and resource path ' +
    'only, unless request parameters are added to the key. cacheKeyParameters lists them (they must be ' +
    'declared method request parameters); cacheNamespace groups the keys of methods that should share ' +
    'entries. Without the city in the key, the first city asked for would be served to everyone for ' +
    'the cache’s TTL. The cache itself is switched on per stage (deployOptions.cachingEnabled with a ' +
    'cacheClusterSize in CDK), which this design does not set: the simulator runs every request ' +
    'through to the function, as a stage without a cache would.',
  design: {
    version: 1,
    stack: { id: 'WeatherStack' },
    api: { id: 'WeatherApi', restApiName: 'weather' },
    functions: [{ id: 'Forecast', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/forecast',
        httpMethod: 'GET',
        function: 'Forecast',
        integration: {
          proxy: false,
          cacheKeyParameters: ['method.request.querystring.city'],
          cacheNamespace: 'forecast',
          requestTemplates: { 'application/json': '{ "city": "$input.params(\'city\')" }' },
          integrationResponses: [{ statusCode: '200' }],
        },
        options: {
          requestParameters: { 'method.request.querystring.city': true },
          methodResponses: [{ statusCode: '200' }],
        },
      },
    ],
    samples: [
      {
        name: 'Oslo',
        method: 'GET /forecast',
        request: { method: 'GET', path: '/forecast', queryStringParameters: { city: 'Oslo' } },
        lambda: { result: { city: 'Oslo', forecast: 'snow', fetchedAt: 1700000000000 } },
        expect: { status: 200, bodyJson: { city: 'Oslo', forecast: 'snow', fetchedAt: 1700000000000 } },
      },
      {
        name: 'Lima',
        method: 'GET /forecast',
        request: { method: 'GET', path: '/forecast', queryStringParameters: { city: 'Lima' } },
        lambda: { result: { city: 'Lima', forecast: 'sunny', fetchedAt: 1700000000000 } },
        expect: { status: 200, bodyJson: { city: 'Lima', forecast: 'sunny', fetchedAt: 1700000000000 } },
      },
    ],
  },
  outcomes: {
    Oslo: '200: the city reaches the function through the template; with a cache, Oslo gets its own entry.',
    Lima: '200 with Lima’s forecast, not Oslo’s: city is part of the cache key.',
  },
};
