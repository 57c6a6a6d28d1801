/**
 * Hand-made designs that probe the synthesizer's corners (test-only data, used by synthesize.test.ts
 * and the printer tests). Each is valid per the contract.
 */
import type { Design } from '../design/types';

const inline = "exports.handler = async (event) => ({ statusCode: 200, body: 'ok' });";

export const probeDesigns: Record<string, Design> = {
  everything: {
    version: 1,
    stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
    api: {
      id: 'Api',
      restApiName: 'pets',
      description: 'Pets API',
      stageName: 'v1',
      endpointTypes: ['REGIONAL'],
      binaryMediaTypes: ['image/png'],
      cloudWatchRole: true,
    },
    functions: [
      {
        id: 'Handler',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: { inline },
        functionName: 'pets-handler',
        memorySize: 256,
        timeout: { seconds: 10 },
      },
      {
        id: 'Other',
        runtime: 'python3.13',
        handler: 'index.handler',
        code: { inline: 'def handler(e, c):\n  return 1\n' },
      },
      { id: 'Legacy', importArn: 'arn:aws:lambda:eu-west-1:123456789012:function:legacy' },
    ],
    roles: [
      { id: 'InvokeRole', importArn: 'arn:aws:iam::123456789012:role/apigw-invoke' },
      {
        id: 'GatewayRole',
        assumedBy: 'apigateway.amazonaws.com',
        grantInvoke: ['Handler', 'Legacy', 'Other', 'Handler'],
      },
    ],
    vpcLinks: [{ id: 'Link', importId: 'a1b2c3' }],
    methods: [
      {
        path: '/pets/{petId}',
        httpMethod: 'GET',
        function: 'Handler',
        integration: {
          proxy: false,
          allowTestInvoke: true,
          scopePermissionToMethod: true,
          cacheKeyParameters: ['method.request.path.petId'],
          cacheNamespace: 'pets',
          contentHandling: 'CONVERT_TO_TEXT',
          credentialsRole: 'InvokeRole',
          integrationResponses: [
            {
              statusCode: '200',
              selectionPattern: '',
              contentHandling: 'CONVERT_TO_TEXT',
              responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
              responseTemplates: { 'application/json': "$input.json('$')" },
            },
            { selectionPattern: '.*Not found.*', statusCode: '404' },
          ],
          passthroughBehavior: 'WHEN_NO_TEMPLATES',
          requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
          requestTemplates: { 'application/json': '{ "id": "$input.params(\'petId\')" }' },
          timeout: { seconds: 2.5 },
        },
        options: {
          authorizationType: 'AWS_IAM',
          apiKeyRequired: true,
          operationName: 'GetPet',
          requestParameters: { 'method.request.path.petId': true },
          methodResponses: [
            {
              statusCode: '200',
              responseParameters: { 'method.response.header.Location': true },
              responseModels: { 'application/json': 'Empty' },
            },
            { statusCode: '404', responseModels: { 'application/json': 'Error' } },
          ],
        },
      },
      {
        path: '/',
        httpMethod: 'ANY',
        function: 'Legacy',
        integration: { credentialsPassthrough: true, connectionType: 'VPC_LINK', vpcLink: 'Link' },
      },
      {
        path: '/pets/{proxy+}',
        httpMethod: 'ANY',
        function: 'Other',
        integration: { responseTransferMode: 'STREAM', timeout: { minutes: 0.5 } },
      },
      {
        path: '/pets',
        httpMethod: 'POST',
        function: 'Handler',
        integration: { scopePermissionToMethod: false },
      },
      {
        path: '/pets',
        httpMethod: 'PUT',
        function: 'Handler',
        integration: {
          scopePermissionToMethod: false,
          allowTestInvoke: false,
          credentialsRole: 'GatewayRole',
        },
      },
      {
        path: '/pets/{petId}/toys',
        httpMethod: 'DELETE',
        function: 'Legacy',
        integration: { allowTestInvoke: false },
      },
    ],
  },
  noEnvImported: {
    version: 1,
    stack: { id: 'Imports' },
    api: { id: 'Gateway', stageName: '' },
    functions: [{ id: 'Legacy', importArn: 'arn:aws:lambda:us-east-1:111111111111:function:legacy:live' }],
    roles: [{ id: 'Caller', assumedBy: 'apigateway' }],
    methods: [
      { path: '/a/b/c', httpMethod: 'PATCH', function: 'Legacy', integration: { credentialsRole: 'Caller' } },
      { path: '/a', httpMethod: 'HEAD', function: 'Legacy', integration: { scopePermissionToMethod: false } },
    ],
  },
  explicitEmpties: {
    version: 1,
    stack: { id: 'Empties', env: { region: 'cn-north-1' } },
    api: { id: 'Api', binaryMediaTypes: [], endpointTypes: [], description: '', cloudWatchRole: false },
    functions: [{ id: 'Fn', runtime: 'python3.12', handler: 'app.handler', code: { inline: 'x' } }],
    methods: [
      {
        path: '/',
        httpMethod: 'GET',
        function: 'Fn',
        integration: {
          proxy: false,
          cacheKeyParameters: [],
          integrationResponses: [],
          requestParameters: {},
          requestTemplates: {},
          credentialsPassthrough: false,
        },
        options: { methodResponses: [], requestParameters: {}, operationName: '', apiKeyRequired: false },
      },
      {
        path: '/items',
        httpMethod: 'OPTIONS',
        function: 'Fn',
        integration: {
          proxy: false,
          integrationResponses: [{ statusCode: '200', responseParameters: {}, responseTemplates: {} }],
        },
        options: { methodResponses: [{ statusCode: '200', responseModels: {}, responseParameters: {} }] },
      },
    ],
  },
  oddStrings: {
    version: 1,
    stack: { id: 'Odd-Stack-1', env: { account: '000000000000', region: 'xx-nowhere-9' } },
    api: { id: 'Api Ünïcode #1', restApiName: 'yes', description: 'line one\nline two\n' },
    functions: [
      {
        id: 'Fn-ä/ö'.replace('/', '_'),
        runtime: 'nodejs20.x',
        handler: 'index.handler',
        code: { inline: '// é 😀 "quotes" \'single\'\n\texports.handler = async () => "\\u0000";\r\n' },
      },
    ],
    methods: [
      {
        path: '/yes/{on}/1:30/0x1F',
        httpMethod: 'POST',
        function: 'Fn-ä_ö',
        integration: {
          proxy: false,
          requestTemplates: {
            'application/json': '#set($x = "~")\n{"a": "$x"}\n\n',
            'text/plain': ' leading and trailing ',
            'application/xml': 'null',
          },
          integrationResponses: [
            {
              statusCode: '200',
              responseTemplates: { 'application/json': '2012-10-17', 'text/html': '<p>#: not a comment</p>' },
            },
          ],
        },
      },
    ],
  },
};
