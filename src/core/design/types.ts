/**
 * The design document (contract v1, ../shared/design-format.md).
 *
 * Optional keys that are absent mean "not set", which is different from `false`, `[]` or `{}`:
 * CDK treats `credentialsPassthrough: false` differently from no value, and emits explicit empties.
 * Maps keep the order the user entered (CDK hashes that order into the Deployment's logical ID).
 */

/** A JSON object used as an ordered map. Key order is meaningful. */
export type OrderedMap<V> = Record<string, V>;

/** Exactly one unit; fractions allowed when the result is a whole number of milliseconds. */
export type Duration = { millis: number } | { seconds: number } | { minutes: number };

export type HttpMethod = 'ANY' | 'OPTIONS' | 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD';
export const HTTP_METHODS: readonly HttpMethod[] = [
  'ANY',
  'OPTIONS',
  'GET',
  'PUT',
  'POST',
  'DELETE',
  'PATCH',
  'HEAD',
];

export type ConnectionType = 'INTERNET' | 'VPC_LINK';
export type ContentHandling = 'CONVERT_TO_TEXT' | 'CONVERT_TO_BINARY';
export type PassthroughBehavior = 'WHEN_NO_MATCH' | 'WHEN_NO_TEMPLATES' | 'NEVER';
export type ResponseTransferMode = 'BUFFERED' | 'STREAM';
export type AuthorizationType = 'NONE' | 'AWS_IAM' | 'COGNITO_USER_POOLS' | 'CUSTOM';
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';

export interface StackEnv {
  account?: string;
  region?: string;
}

export interface StackDesign {
  /** Stack construct id, `^[A-Za-z][A-Za-z0-9-]*$`. */
  id: string;
  env?: StackEnv;
}

export interface ApiDesign {
  /** RestApi construct id. */
  id: string;
  restApiName?: string;
  description?: string;
  /** deployOptions.stageName; CDK's default is `prod`. */
  stageName?: string;
  endpointTypes?: EndpointType[];
  binaryMediaTypes?: string[];
  cloudWatchRole?: boolean;
}

export interface InlineCode {
  inline: string;
}

/** A function created in the stack. */
export interface CreatedFunctionDesign {
  id: string;
  runtime: string;
  handler: string;
  code: InlineCode;
  functionName?: string;
  memorySize?: number;
  /** Whole seconds. */
  timeout?: Duration;
}

/** A function imported by ARN (`lambda.Function.fromFunctionArn`). */
export interface ImportedFunctionDesign {
  id: string;
  importArn: string;
}

export type FunctionDesign = CreatedFunctionDesign | ImportedFunctionDesign;

export interface ImportedRoleDesign {
  id: string;
  importArn: string;
}

export interface CreatedRoleDesign {
  id: string;
  /** A service principal, e.g. `apigateway.amazonaws.com`. */
  assumedBy: string;
  /** Function ids, applied in list order with `fn.grantInvoke(role)`. */
  grantInvoke?: string[];
}

export type RoleDesign = ImportedRoleDesign | CreatedRoleDesign;

export interface VpcLinkDesign {
  id: string;
  /** `apigateway.VpcLink.fromVpcLinkId`. */
  importId: string;
}

export interface IntegrationResponseDesign {
  statusCode: string;
  selectionPattern?: string;
  contentHandling?: ContentHandling;
  responseParameters?: OrderedMap<string>;
  responseTemplates?: OrderedMap<string>;
}

/** LambdaIntegrationOptions, TypeScript prop names. References are ids into the design's lists. */
export interface IntegrationDesign {
  proxy?: boolean;
  allowTestInvoke?: boolean;
  scopePermissionToMethod?: boolean;
  cacheKeyParameters?: string[];
  cacheNamespace?: string;
  connectionType?: ConnectionType;
  contentHandling?: ContentHandling;
  credentialsPassthrough?: boolean;
  /** A roles[].id */
  credentialsRole?: string;
  integrationResponses?: IntegrationResponseDesign[];
  passthroughBehavior?: PassthroughBehavior;
  requestParameters?: OrderedMap<string>;
  requestTemplates?: OrderedMap<string>;
  responseTransferMode?: ResponseTransferMode;
  timeout?: Duration;
  /** A vpcLinks[].id */
  vpcLink?: string;
}

export type ResponseModelName = 'Empty' | 'Error';

export interface MethodResponseDesign {
  statusCode: string;
  responseParameters?: OrderedMap<boolean>;
  responseModels?: OrderedMap<ResponseModelName>;
}

/**
 * CDK's RequestValidatorOptions (`MethodOptions.requestValidatorOptions`): CDK creates an
 * AWS::ApiGateway::RequestValidator for the method. API Gateway enforces `required` request
 * parameters only through one with validateRequestParameters.
 */
export interface RequestValidatorOptionsDesign {
  requestValidatorName?: string;
  validateRequestBody?: boolean;
  validateRequestParameters?: boolean;
}

/** MethodOptions subset. */
export interface MethodOptionsDesign {
  authorizationType?: AuthorizationType;
  apiKeyRequired?: boolean;
  operationName?: string;
  requestParameters?: OrderedMap<boolean>;
  methodResponses?: MethodResponseDesign[];
  /** Optional extension of contract v1. */
  requestValidatorOptions?: RequestValidatorOptionsDesign;
}

export interface MethodDesign {
  /** Resource path; `/` is the root. No trailing slash. */
  path: string;
  /** Upper case after parsing. */
  httpMethod: HttpMethod;
  /** A functions[].id */
  function: string;
  integration?: IntegrationDesign;
  options?: MethodOptionsDesign;
}

export interface SampleRequest {
  method?: string;
  path?: string;
  pathParameters?: OrderedMap<string>;
  queryStringParameters?: OrderedMap<string>;
  multiValueQueryStringParameters?: OrderedMap<string[]>;
  headers?: OrderedMap<string>;
  multiValueHeaders?: OrderedMap<string[]>;
  body?: string | null;
  stageVariables?: OrderedMap<string>;
  /** Overrides of `$context` values (nested objects for identity, authorizer, …). */
  context?: Record<string, unknown>;
}

/** Optional facts about a sample invocation, shared by both outcomes. */
export interface LambdaOutcomeTiming {
  /**
   * How long the invocation takes, in milliseconds. Longer than the integration timeout gives API
   * Gateway's 504; longer than the function's own timeout gives Lambda's "Task timed out" error.
   */
  durationMs?: number;
}

/** What the function did: returned a result or failed with an error (as Lambda reports it). */
export type FunctionOutcome =
  | ({ result: unknown } & LambdaOutcomeTiming)
  | ({ error: { errorMessage: string; errorType?: string } } & LambdaOutcomeTiming);

/**
 * Extension of contract v1: the sample runs the function's own inline code (Node.js runtimes) instead
 * of stating its outcome. The app runs it in a Web Worker (a `LambdaRunner`); `simulate()` alone
 * cannot and says so. `durationMs`, when set, is the least time the invocation takes (what the code
 * cannot do here, e.g. a cold start or calls to other services).
 */
export interface RunCodeOutcome extends LambdaOutcomeTiming {
  runCode: true;
  result?: undefined;
  error?: undefined;
}

/** What a sample says the function does. */
export type LambdaOutcome = FunctionOutcome | RunCodeOutcome;

export function isRunCodeOutcome(outcome: LambdaOutcome | undefined): outcome is RunCodeOutcome {
  return outcome !== undefined && 'runCode' in outcome && outcome.runCode === true;
}

/**
 * What a sample is expected to produce (sample suites): each field set is compared with the
 * simulated method response; fields left out are not checked.
 */
export interface SampleExpectation {
  status?: number;
  /** The exact response body (base64 text when the response is binary). */
  body?: string;
  /** The body parsed as JSON equals this value (key order and spacing ignored). */
  bodyJson?: unknown;
  /** Response headers that must be present with these values (names case-insensitive). */
  headers?: OrderedMap<string>;
}

export interface SampleDesign {
  name: string;
  /** "GET /pets/{petId}" */
  method: string;
  request: SampleRequest;
  lambda?: LambdaOutcome;
  expect?: SampleExpectation;
}

export interface Design {
  version: 1;
  stack: StackDesign;
  api: ApiDesign;
  functions: FunctionDesign[];
  roles?: RoleDesign[];
  vpcLinks?: VpcLinkDesign[];
  methods: MethodDesign[];
  samples?: SampleDesign[];
}

export function isImportedFunction(fn: FunctionDesign): fn is ImportedFunctionDesign {
  return 'importArn' in fn && typeof (fn as ImportedFunctionDesign).importArn === 'string';
}

export function isImportedRole(role: RoleDesign): role is ImportedRoleDesign {
  return 'importArn' in role && typeof (role as ImportedRoleDesign).importArn === 'string';
}
