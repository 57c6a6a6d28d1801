import type { Scenario } from '../types';

const code = `exports.handler = async (event) => {
  if (event.httpMethod === 'GET') {
    // A proxy response marks a base64 body as binary with isBase64Encoded.
    return {
      statusCode: 200,
      headers: { 'Content-Type': 'image/gif' },
      body: 'R0lGODlhAQABAAAAACw=',
      isBase64Encoded: true,
    };
  }
  // The custom integration hands over the upload as base64 text inside JSON.
  return { stored: event.fileName, base64Length: event.image.length };
};`;

// Base64 of the sample upload's bytes ("GIF89a"), as CONVERT_TO_TEXT produces it.
const UPLOAD_BASE64 = 'R0lGODlh';
const GIF_BASE64 = 'R0lGODlhAQABAAAAACw=';

export const binaryImage: Scenario = {
  id: 'binary-image',
  title: 'Binary images with contentHandling',
  summary: 'Upload an image through a custom integration (CONVERT_TO_TEXT) and serve one back as binary.',
  explanation:
    'Lambda only speaks JSON, so binary data must travel as base64 text. API Gateway decides what is ' +
    'binary by the API’s binaryMediaTypes: a request whose Content-Type is listed arrives as raw bytes. ' +
    'On the upload (a custom integration) contentHandling CONVERT_TO_TEXT base64-encodes those bytes, ' +
    'so the request template can put $input.body into a JSON string for the function. On the download ' +
    '(a proxy integration) the function returns base64 with isBase64Encoded true, and API Gateway sends ' +
    'bytes only when the client’s Accept header names a binary media type; otherwise the client gets ' +
    'the base64 text.',
  design: {
    version: 1,
    stack: { id: 'ImagesStack' },
    api: { id: 'ImagesApi', restApiName: 'images', binaryMediaTypes: ['image/gif', 'image/png'] },
    functions: [{ id: 'Images', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: code } }],
    methods: [
      {
        path: '/images',
        httpMethod: 'POST',
        function: 'Images',
        integration: {
          proxy: false,
          contentHandling: 'CONVERT_TO_TEXT',
          passthroughBehavior: 'NEVER',
          requestTemplates: {
            'image/gif': '{ "fileName": "$input.params(\'X-File-Name\')", "image": "$input.body" }',
          },
          integrationResponses: [{ statusCode: '200' }],
        },
        options: {
          requestParameters: { 'method.request.header.X-File-Name': false },
          methodResponses: [{ statusCode: '200' }],
        },
      },
      { path: '/images/{id}', httpMethod: 'GET', function: 'Images' },
    ],
    samples: [
      {
        name: 'upload a GIF',
        method: 'POST /images',
        request: {
          method: 'POST',
          path: '/images',
          headers: { 'Content-Type': 'image/gif', 'X-File-Name': 'dot.gif' },
          body: 'GIF89a',
        },
        lambda: { result: { stored: 'dot.gif', base64Length: UPLOAD_BASE64.length } },
        expect: { status: 200, bodyJson: { stored: 'dot.gif', base64Length: 8 } },
      },
      {
        name: 'download as image',
        method: 'GET /images/{id}',
        request: {
          method: 'GET',
          path: '/images/{id}',
          pathParameters: { id: 'dot' },
          headers: { Accept: 'image/gif' },
        },
        lambda: {
          result: {
            statusCode: 200,
            headers: { 'Content-Type': 'image/gif' },
            body: GIF_BASE64,
            isBase64Encoded: true,
          },
        },
        expect: { status: 200, body: GIF_BASE64, headers: { 'Content-Type': 'image/gif' } },
      },
      {
        name: 'download without Accept',
        method: 'GET /images/{id}',
        request: { method: 'GET', path: '/images/{id}', pathParameters: { id: 'dot' } },
        lambda: {
          result: {
            statusCode: 200,
            headers: { 'Content-Type': 'image/gif' },
            body: GIF_BASE64,
            isBase64Encoded: true,
          },
        },
        expect: { status: 200, body: GIF_BASE64 },
      },
    ],
  },
  outcomes: {
    'upload a GIF':
      '200: the function receives the upload as base64 ("R0lGODlh", 8 characters) inside JSON; see the Lambda event tab.',
    'download as image':
      '200 image/gif sent as bytes: Accept names a binary media type (shown here as base64).',
    'download without Accept':
      '200 with the base64 text itself: without a binary Accept type API Gateway does not decode it.',
  },
};
