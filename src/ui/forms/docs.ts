/**
 * Short help for every form field, in our own words, with the value that applies when the field is
 * not set. Defaults are those of aws-cdk-lib's LambdaIntegrationOptions / MethodOptions
 * (aws-apigateway/lib/integration.d.ts, integrations/lambda.d.ts, method.d.ts) and API Gateway's.
 */
export interface FieldDoc {
  /** Words before the property name in the label: "Allow test invoke" → "Allow test invoke (allowTestInvoke)". */
  title: string;
  doc: string;
  /** What applies when the field is not set. */
  default: string;
}

export const FIELD_DOCS = {
  path: {
    title: 'Resource path',
    doc: 'Where the method lives, from the API root, e.g. /pets/{petId}. Curly braces mark path parameters.',
    default: 'required',
  },
  httpMethod: {
    title: 'HTTP method',
    doc: 'The verb this method answers. ANY matches every verb not defined separately on the resource.',
    default: 'required',
  },
  function: {
    title: 'Lambda function',
    doc: 'The function API Gateway invokes for this method.',
    default: 'required',
  },
  proxy: {
    title: 'Proxy integration',
    doc: 'On: the function gets the whole request as an event and returns the whole HTTP response. Off: mapping templates shape the request and response.',
    default: 'true',
  },
  allowTestInvoke: {
    title: 'Allow test invoke',
    doc: "Also grants the console's Test button (the test-invoke-stage) permission to call the function.",
    default: 'true',
  },
  scopePermissionToMethod: {
    title: 'Scope permission to method',
    doc: 'Limit the invoke permission to this method and path. Off: one permission for every method and path of the API.',
    default: 'true',
  },
  cacheKeyParameters: {
    title: 'Cache key parameters',
    doc: 'Request parameters whose values become part of the cache key when stage caching is on.',
    default: 'none',
  },
  cacheNamespace: {
    title: 'Cache namespace',
    doc: 'Groups cache entries; methods with the same namespace share cached responses.',
    default: 'the resource id',
  },
  connectionType: {
    title: 'Connection type',
    doc: 'How API Gateway reaches the back end: over the internet or through a VPC link.',
    default: 'VPC_LINK when a VPC link is set, else INTERNET',
  },
  contentHandling: {
    title: 'Content handling',
    doc: 'Converts the request payload between binary and base64 text before it reaches the integration.',
    default: 'pass the payload through unchanged',
  },
  credentialsPassthrough: {
    title: 'Credentials passthrough',
    doc: "Call the back end with the caller's own IAM identity. Cannot be combined with a credentials role.",
    default: 'caller identity not passed',
  },
  credentialsRole: {
    title: 'Credentials role',
    doc: 'An IAM role API Gateway assumes to invoke the function, instead of a resource-based permission.',
    default: 'no role assumed',
  },
  integrationResponses: {
    title: 'Integration responses',
    doc: 'Map what the function returned (or the error it raised) to a method response: status code, headers and body template.',
    default: 'none',
  },
  passthroughBehavior: {
    title: 'Passthrough behavior',
    doc: 'What happens to a request whose Content-Type has no mapping template: pass it through, reject it with 415, or pass it only when there are no templates at all.',
    default: 'WHEN_NO_MATCH',
  },
  integrationRequestParameters: {
    title: 'Integration request parameters',
    doc: 'Values sent to the back end: integration.request.(header|querystring|path).name ← method.request.… or a quoted literal.',
    default: 'none',
  },
  requestTemplates: {
    title: 'Request templates',
    doc: 'VTL mapping templates by request Content-Type; the result is the payload the function receives.',
    default: 'none',
  },
  responseTransferMode: {
    title: 'Response transfer mode',
    doc: 'BUFFERED sends the response when it is complete; STREAM sends it to the client as it arrives.',
    default: 'BUFFERED',
  },
  timeout: {
    title: 'Timeout',
    doc: 'How long API Gateway waits for the integration, from 50 ms. Above 29 s needs a quota increase.',
    default: '29 s',
  },
  vpcLink: {
    title: 'VPC link',
    doc: 'The VPC link used when the connection type is VPC_LINK.',
    default: 'none',
  },
  statusCode: {
    title: 'Status code',
    doc: 'The HTTP status code of this response.',
    default: 'required',
  },
  selectionPattern: {
    title: 'Selection pattern',
    doc: 'A regular expression matched against the Lambda error message (errorMessage); the response without a pattern is the default one. An empty pattern is also the default.',
    default: 'not set: the default response',
  },
  integrationResponseContentHandling: {
    title: 'Content handling',
    doc: 'Converts the response payload between binary and base64 text.',
    default: 'pass the payload through unchanged',
  },
  integrationResponseParameters: {
    title: 'Response parameters',
    doc: 'Headers of the method response: method.response.header.Name ← integration.response.header.…, integration.response.body.… or a quoted literal.',
    default: 'none',
  },
  responseTemplates: {
    title: 'Response templates',
    doc: 'VTL mapping templates by Content-Type that turn the function result into the response body.',
    default: 'none: the result passes through',
  },
  authorizationType: {
    title: 'Authorization type',
    doc: 'Who may call the method: anyone (NONE) or callers signing with IAM (AWS_IAM).',
    default: 'NONE',
  },
  apiKeyRequired: {
    title: 'API key required',
    doc: 'Callers must send a valid x-api-key header from a usage plan.',
    default: 'false',
  },
  operationName: {
    title: 'Operation name',
    doc: 'A friendly name for the method, used by generated SDKs.',
    default: 'none',
  },
  methodRequestParameters: {
    title: 'Method request parameters',
    doc: 'Parameters the method declares: method.request.(header|querystring|path).name, each required or optional.',
    default: 'none',
  },
  requestValidatorOptions: {
    title: 'Request validator',
    doc: 'CDK creates an AWS::ApiGateway::RequestValidator for this method. API Gateway enforces required request parameters only with one that validates them.',
    default: 'none: required parameters are not enforced',
  },
  requestValidatorName: {
    title: 'Validator name',
    doc: "The RequestValidator's name in API Gateway.",
    default: 'none',
  },
  validateRequestBody: {
    title: 'Validate request body',
    doc: 'Checks the body against the request model of its content type; design version 1 sets no request models, so no body is checked.',
    default: 'false',
  },
  validateRequestParameters: {
    title: 'Validate request parameters',
    doc: 'Answers 400 "Missing required request parameters: […]" when a required path, query string or header parameter is missing or blank.',
    default: 'false',
  },
  methodResponses: {
    title: 'Method responses',
    doc: 'The responses the method may return; an integration response can only use a status code declared here.',
    default: 'none',
  },
  methodResponseParameters: {
    title: 'Response parameters',
    doc: 'Headers the method response may carry (method.response.header.Name), each required or optional.',
    default: 'none',
  },
  responseModels: {
    title: 'Response models',
    doc: 'The model describing the body for each Content-Type: Empty or Error.',
    default: 'none',
  },
} satisfies Record<string, FieldDoc>;

export type FieldDocKey = keyof typeof FIELD_DOCS;

/** Label text with the CDK property name as a whole word, e.g. "Allow test invoke (allowTestInvoke)". */
export function fieldLabel(title: string, property: string): string {
  return `${title} (${property})`;
}

/**
 * The props that name a field: its title and doc, its design path and its property (the path's last
 * segment, as CDK spells it). Inside a list item the item's title comes first ("Method response 1
 * status code").
 */
export function fieldNaming(
  doc: FieldDoc,
  path: string,
  itemTitle?: string,
): { title: string; property: string; doc: FieldDoc; path: string } {
  return {
    title: itemTitle === undefined ? doc.title : `${itemTitle} ${doc.title.toLowerCase()}`,
    property: path.slice(path.lastIndexOf('/') + 1),
    doc,
    path,
  };
}
