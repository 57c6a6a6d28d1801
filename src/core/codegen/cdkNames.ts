/**
 * What the code printers need to know about aws-cdk-lib's jsii API: type names, enum members,
 * Lambda runtimes and struct fields. Checked against aws-cdk-lib's `.jsii` assembly and classes
 * in cdkNames.test.ts, so a CDK upgrade that renames anything fails a test.
 */

/** A jsii fully qualified type name, e.g. `aws-cdk-lib.aws_apigateway.LambdaIntegration`. */
export type Fqn = string;

/** The jsii submodules (and the `constructs` library) the generated programs use. */
export type CdkModule = 'core' | 'aws_apigateway' | 'aws_iam' | 'aws_lambda' | 'constructs';

/** Fixed import order in every language: core first, then services alphabetically, constructs last. */
export const MODULE_ORDER: readonly CdkModule[] = [
  'core',
  'aws_apigateway',
  'aws_iam',
  'aws_lambda',
  'constructs',
];

export const T = {
  App: 'aws-cdk-lib.App',
  Stack: 'aws-cdk-lib.Stack',
  StackProps: 'aws-cdk-lib.StackProps',
  Environment: 'aws-cdk-lib.Environment',
  Duration: 'aws-cdk-lib.Duration',
  Construct: 'constructs.Construct',
  Function: 'aws-cdk-lib.aws_lambda.Function',
  FunctionProps: 'aws-cdk-lib.aws_lambda.FunctionProps',
  IFunction: 'aws-cdk-lib.aws_lambda.IFunction',
  Code: 'aws-cdk-lib.aws_lambda.Code',
  Runtime: 'aws-cdk-lib.aws_lambda.Runtime',
  Role: 'aws-cdk-lib.aws_iam.Role',
  RoleProps: 'aws-cdk-lib.aws_iam.RoleProps',
  IRole: 'aws-cdk-lib.aws_iam.IRole',
  ServicePrincipal: 'aws-cdk-lib.aws_iam.ServicePrincipal',
  RestApi: 'aws-cdk-lib.aws_apigateway.RestApi',
  RestApiProps: 'aws-cdk-lib.aws_apigateway.RestApiProps',
  StageOptions: 'aws-cdk-lib.aws_apigateway.StageOptions',
  EndpointType: 'aws-cdk-lib.aws_apigateway.EndpointType',
  VpcLink: 'aws-cdk-lib.aws_apigateway.VpcLink',
  IVpcLink: 'aws-cdk-lib.aws_apigateway.IVpcLink',
  IResource: 'aws-cdk-lib.aws_apigateway.IResource',
  Resource: 'aws-cdk-lib.aws_apigateway.Resource',
  Method: 'aws-cdk-lib.aws_apigateway.Method',
  LambdaIntegration: 'aws-cdk-lib.aws_apigateway.LambdaIntegration',
  LambdaIntegrationOptions: 'aws-cdk-lib.aws_apigateway.LambdaIntegrationOptions',
  IntegrationResponse: 'aws-cdk-lib.aws_apigateway.IntegrationResponse',
  MethodOptions: 'aws-cdk-lib.aws_apigateway.MethodOptions',
  MethodResponse: 'aws-cdk-lib.aws_apigateway.MethodResponse',
  RequestValidatorOptions: 'aws-cdk-lib.aws_apigateway.RequestValidatorOptions',
  IModel: 'aws-cdk-lib.aws_apigateway.IModel',
  Model: 'aws-cdk-lib.aws_apigateway.Model',
  AuthorizationType: 'aws-cdk-lib.aws_apigateway.AuthorizationType',
  ConnectionType: 'aws-cdk-lib.aws_apigateway.ConnectionType',
  ContentHandling: 'aws-cdk-lib.aws_apigateway.ContentHandling',
  PassthroughBehavior: 'aws-cdk-lib.aws_apigateway.PassthroughBehavior',
  ResponseTransferMode: 'aws-cdk-lib.aws_apigateway.ResponseTransferMode',
} as const satisfies Record<string, Fqn>;

/** The module a type belongs to: `aws-cdk-lib.aws_lambda.Function` → `aws_lambda`. */
export function moduleOf(fqn: Fqn): CdkModule {
  if (fqn.startsWith('constructs.')) return 'constructs';
  const parts = fqn.split('.');
  return parts.length > 2 ? (parts[1] as CdkModule) : 'core';
}

/** The simple type name: `aws-cdk-lib.aws_lambda.Function` → `Function`. */
export function typeNameOf(fqn: Fqn): string {
  return fqn.slice(fqn.lastIndexOf('.') + 1);
}

/**
 * CloudFormation value → jsii enum member, per enum type (contract rule 7: designs hold the
 * CloudFormation values; CDK's member names differ, e.g. AWS_IAM is AuthorizationType.IAM).
 */
export const ENUM_MEMBERS: Readonly<Record<Fqn, Readonly<Record<string, string>>>> = {
  [T.AuthorizationType]: { NONE: 'NONE', AWS_IAM: 'IAM', CUSTOM: 'CUSTOM', COGNITO_USER_POOLS: 'COGNITO' },
  [T.ConnectionType]: { INTERNET: 'INTERNET', VPC_LINK: 'VPC_LINK' },
  [T.ContentHandling]: { CONVERT_TO_BINARY: 'CONVERT_TO_BINARY', CONVERT_TO_TEXT: 'CONVERT_TO_TEXT' },
  [T.PassthroughBehavior]: {
    WHEN_NO_MATCH: 'WHEN_NO_MATCH',
    NEVER: 'NEVER',
    WHEN_NO_TEMPLATES: 'WHEN_NO_TEMPLATES',
  },
  [T.ResponseTransferMode]: { BUFFERED: 'BUFFERED', STREAM: 'STREAM' },
  [T.EndpointType]: { EDGE: 'EDGE', REGIONAL: 'REGIONAL', PRIVATE: 'PRIVATE' },
};

/** Response model names of the design → `apigateway.Model` static members. */
export const MODEL_MEMBERS: Readonly<Record<string, string>> = {
  Empty: 'EMPTY_MODEL',
  Error: 'ERROR_MODEL',
};

/** A struct field the printers may emit: its jsii name and whether jsii marks it required. */
export interface StructFieldInfo {
  name: string;
  required: boolean;
}

function fields(required: string[], optional: string[]): StructFieldInfo[] {
  return [
    ...required.map((name) => ({ name, required: true })),
    ...optional.map((name) => ({ name, required: false })),
  ];
}

/**
 * The struct fields the generated programs may set, per struct type (inherited fields included).
 * Only a subset of each struct: what designs can express.
 */
export const STRUCT_FIELDS: Readonly<Record<Fqn, readonly StructFieldInfo[]>> = {
  [T.StackProps]: fields([], ['env']),
  [T.Environment]: fields([], ['account', 'region']),
  [T.FunctionProps]: fields(['code', 'handler', 'runtime'], ['functionName', 'memorySize', 'timeout']),
  [T.RoleProps]: fields(['assumedBy'], []),
  [T.RestApiProps]: fields(
    [],
    ['binaryMediaTypes', 'cloudWatchRole', 'deployOptions', 'description', 'endpointTypes', 'restApiName'],
  ),
  [T.StageOptions]: fields([], ['stageName']),
  [T.LambdaIntegrationOptions]: fields(
    [],
    [
      'allowTestInvoke',
      'cacheKeyParameters',
      'cacheNamespace',
      'connectionType',
      'contentHandling',
      'credentialsPassthrough',
      'credentialsRole',
      'integrationResponses',
      'passthroughBehavior',
      'proxy',
      'requestParameters',
      'requestTemplates',
      'responseTransferMode',
      'scopePermissionToMethod',
      'timeout',
      'vpcLink',
    ],
  ),
  [T.IntegrationResponse]: fields(
    ['statusCode'],
    ['contentHandling', 'responseParameters', 'responseTemplates', 'selectionPattern'],
  ),
  [T.MethodOptions]: fields(
    [],
    [
      'apiKeyRequired',
      'authorizationType',
      'methodResponses',
      'operationName',
      'requestParameters',
      'requestValidatorOptions',
    ],
  ),
  [T.RequestValidatorOptions]: fields(
    [],
    ['requestValidatorName', 'validateRequestBody', 'validateRequestParameters'],
  ),
  [T.MethodResponse]: fields(['statusCode'], ['responseModels', 'responseParameters']),
};

/**
 * jsii's order of struct fields, which every language's CDK runtime hands to CDK (contract rule 2):
 * required fields first, then optional ones, each group alphabetical.
 */
export function compareStructFields(type: Fqn, a: string, b: string): number {
  const known = STRUCT_FIELDS[type] ?? [];
  const required = (name: string): number => (known.find((f) => f.name === name)?.required ? 0 : 1);
  return required(a) - required(b) || (a < b ? -1 : a > b ? 1 : 0);
}
