/**
 * The contract's example design (design-format.md) with every option the interop code maps set:
 * the parser's tests read it, the interop tests export and import it, and
 * interop/testing/contractExampleApp.ts writes it by hand as a CDK app. Test-only.
 */
import type { Design } from '../core/design/types';

export const contractExample: Design = {
  version: 1,
  stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
  api: {
    id: 'Api',
    restApiName: 'pets',
    description: 'Pets API',
    stageName: 'prod',
    endpointTypes: ['REGIONAL'],
    binaryMediaTypes: ['image/png'],
    cloudWatchRole: false,
  },
  functions: [
    {
      id: 'Handler',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      code: { inline: "exports.handler = async (event) => ({ statusCode: 200, body: 'ok' });" },
      functionName: 'pets-handler',
      memorySize: 256,
      timeout: { seconds: 10 },
    },
    { id: 'Legacy', importArn: 'arn:aws:lambda:eu-west-1:123456789012:function:legacy' },
  ],
  roles: [
    { id: 'InvokeRole', importArn: 'arn:aws:iam::123456789012:role/apigw-invoke' },
    { id: 'GatewayRole', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Handler'] },
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
          { statusCode: '404', selectionPattern: '.*not found.*' },
        ],
        passthroughBehavior: 'WHEN_NO_TEMPLATES',
        requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
        requestTemplates: { 'application/json': '{ "id": "$input.params(\'petId\')" }' },
        timeout: { seconds: 10 },
        vpcLink: 'Link',
      },
      options: {
        authorizationType: 'AWS_IAM',
        apiKeyRequired: true,
        operationName: 'GetPet',
        requestParameters: { 'method.request.path.petId': true, 'method.request.querystring.fields': false },
        methodResponses: [
          {
            statusCode: '404',
            responseModels: { 'application/json': 'Error' },
          },
          {
            statusCode: '200',
            responseParameters: { 'method.response.header.Location': true },
            responseModels: { 'application/json': 'Empty' },
          },
        ],
      },
    },
    {
      path: '/pets',
      httpMethod: 'POST',
      function: 'Legacy',
      integration: { credentialsPassthrough: true, timeout: { millis: 2500 } },
    },
    {
      path: '/pets/{petId}/{proxy+}',
      httpMethod: 'ANY',
      function: 'Handler',
      integration: { credentialsRole: 'GatewayRole', scopePermissionToMethod: false },
    },
  ],
};
