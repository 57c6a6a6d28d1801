/**
 * The contract example (src/testing/contractExample.ts) written by hand as a CDK app, so the
 * importer is checked against what the real aws-cdk-lib synthesizes, independently of our codegen.
 * Struct fields are in jsii's order (required, then optional alphabetically), as every language's
 * CDK runtime passes them: CDK hashes the props as written into the Deployment's logical ID, so a
 * TypeScript app that writes them in another order gets another Deployment ID, which no design
 * (and so no import) reproduces. Test-only.
 */
export const contractExampleApp = `
import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'PetsStack', { env: { account: '123456789012', region: 'eu-west-1' } });
const handler = new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline("exports.handler = async (event) => ({ statusCode: 200, body: 'ok' });"),
  functionName: 'pets-handler',
  memorySize: 256,
  timeout: cdk.Duration.seconds(10),
});
const legacy = lambda.Function.fromFunctionArn(stack, 'Legacy', 'arn:aws:lambda:eu-west-1:123456789012:function:legacy');
const invokeRole = iam.Role.fromRoleArn(stack, 'InvokeRole', 'arn:aws:iam::123456789012:role/apigw-invoke');
const gatewayRole = new iam.Role(stack, 'GatewayRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
handler.grantInvoke(gatewayRole);
const link = apigateway.VpcLink.fromVpcLinkId(stack, 'Link', 'a1b2c3');
const api = new apigateway.RestApi(stack, 'Api', {
  restApiName: 'pets',
  description: 'Pets API',
  deployOptions: { stageName: 'prod' },
  endpointTypes: [apigateway.EndpointType.REGIONAL],
  binaryMediaTypes: ['image/png'],
  cloudWatchRole: false,
});
api.root.resourceForPath('/pets/{petId}').addMethod('GET', new apigateway.LambdaIntegration(handler, {
  proxy: false,
  allowTestInvoke: true,
  scopePermissionToMethod: true,
  cacheKeyParameters: ['method.request.path.petId'],
  cacheNamespace: 'pets',
  contentHandling: apigateway.ContentHandling.CONVERT_TO_TEXT,
  credentialsRole: invokeRole,
  integrationResponses: [
    {
      statusCode: '200',
      contentHandling: apigateway.ContentHandling.CONVERT_TO_TEXT,
      responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
      responseTemplates: { 'application/json': "$input.json('$')" },
      selectionPattern: '',
    },
    { statusCode: '404', selectionPattern: '.*not found.*' },
  ],
  passthroughBehavior: apigateway.PassthroughBehavior.WHEN_NO_TEMPLATES,
  requestParameters: { 'integration.request.path.petId': 'method.request.path.petId' },
  requestTemplates: { 'application/json': '{ "id": "$input.params(\\'petId\\')" }' },
  timeout: cdk.Duration.seconds(10),
  vpcLink: link,
}), {
  authorizationType: apigateway.AuthorizationType.IAM,
  apiKeyRequired: true,
  operationName: 'GetPet',
  requestParameters: { 'method.request.path.petId': true, 'method.request.querystring.fields': false },
  methodResponses: [
    { statusCode: '404', responseModels: { 'application/json': apigateway.Model.ERROR_MODEL } },
    {
      statusCode: '200',
      responseModels: { 'application/json': apigateway.Model.EMPTY_MODEL },
      responseParameters: { 'method.response.header.Location': true },
    },
  ],
});
api.root.resourceForPath('/pets').addMethod('POST', new apigateway.LambdaIntegration(legacy, {
  credentialsPassthrough: true,
  timeout: cdk.Duration.millis(2500),
}));
api.root.resourceForPath('/pets/{petId}/{proxy+}').addMethod('ANY', new apigateway.LambdaIntegration(handler, {
  credentialsRole: gatewayRole,
  scopePermissionToMethod: false,
}));
app.synth();
`;
