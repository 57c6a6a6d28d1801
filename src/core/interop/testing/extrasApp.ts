/**
 * A CDK app with more than a design holds (an environment variable, a table the function may read,
 * CORS preflight methods, a request validator, an API key with a usage plan), to check that the
 * importer keeps the design part and lists the rest. Test-only.
 */
export const extrasApp = `
import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const app = new cdk.App();
const stack = new cdk.Stack(app, 'ExtrasStack');
const table = new dynamodb.Table(stack, 'Pets', { partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING } });
const handler = new lambda.Function(stack, 'Handler', {
  runtime: lambda.Runtime.NODEJS_22_X,
  handler: 'index.handler',
  code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "[]" });'),
  environment: { TABLE: table.tableName },
});
table.grantReadData(handler);
const api = new apigateway.RestApi(stack, 'Api', {
  defaultCorsPreflightOptions: { allowOrigins: ['https://example.com'] },
});
const validator = api.addRequestValidator('Validator', { validateRequestParameters: true });
api.root.addResource('pets').addMethod('GET', new apigateway.LambdaIntegration(handler), {
  requestValidator: validator,
  apiKeyRequired: true,
});
const plan = api.addUsagePlan('Plan', { apiStages: [{ stage: api.deploymentStage }] });
plan.addApiKey(api.addApiKey('Key'));
app.synth();
`;
