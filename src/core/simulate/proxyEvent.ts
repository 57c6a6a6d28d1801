/**
 * The Lambda proxy integration event, payload format 1.0, as a REST API sends it. Empty maps are
 * null, as recorded in test-invoke logs ("headers":null, "pathParameters":null, …); a body whose
 * Content-Type is one of the API's binaryMediaTypes arrives base64-encoded with isBase64Encoded true.
 * Source: "Input format of a Lambda function for proxy integration" (set-up-lambda-proxy-integrations).
 */
import { base64Encode, utf8Encode } from './bytes';
import { allValues, getLast, lastValues, type MultiMap } from './multimap';
import { isBinaryMediaType, mediaTypeOf } from './payload';
import type { MethodRequest } from './request';

export interface ProxyEvent {
  resource: string;
  path: string;
  httpMethod: string;
  headers: Record<string, string> | null;
  multiValueHeaders: Record<string, string[]> | null;
  queryStringParameters: Record<string, string> | null;
  multiValueQueryStringParameters: Record<string, string[]> | null;
  pathParameters: Record<string, string> | null;
  stageVariables: Record<string, string> | null;
  requestContext: Record<string, unknown>;
  body: string | null;
  isBase64Encoded: boolean;
}

const IDENTITY_KEYS = [
  'cognitoIdentityPoolId',
  'accountId',
  'cognitoIdentityId',
  'caller',
  'sourceIp',
  'principalOrgId',
  'accessKey',
  'cognitoAuthenticationType',
  'cognitoAuthenticationProvider',
  'userArn',
  'userAgent',
  'user',
];

// The order real events list requestContext's keys in (API Gateway may add keys; unknown ones follow).
const CONTEXT_KEYS = [
  'resourceId',
  'authorizer',
  'resourcePath',
  'httpMethod',
  'extendedRequestId',
  'requestTime',
  'path',
  'accountId',
  'protocol',
  'stage',
  'domainPrefix',
  'requestTimeEpoch',
  'requestId',
  'identity',
  'domainName',
  'deploymentId',
  'apiId',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** identity: every member real events list, null when unknown, then any other non-null member. */
function eventIdentity(value: unknown): Record<string, unknown> {
  const identity = isRecord(value) ? value : {};
  const out: Record<string, unknown> = {};
  for (const key of IDENTITY_KEYS) out[key] = identity[key] ?? null;
  for (const [key, member] of Object.entries(identity))
    if (!(key in out) && member !== null) out[key] = member;
  return out;
}

/**
 * requestContext: the `$context` members real REST API events carry, in their order ($context also
 * holds template-only members such as requestOverride); an authorizer only when the context has one.
 */
export function proxyRequestContext(context: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of CONTEXT_KEYS) {
    const value = context[key];
    if (value === undefined || (key === 'authorizer' && !isRecord(value))) continue;
    out[key] = key === 'identity' ? eventIdentity(value) : value;
  }
  return out;
}

const orNull = <T extends object>(value: T): T | null => (Object.keys(value).length === 0 ? null : value);

function eventBody(
  request: MethodRequest,
  binaryMediaTypes: string[],
): { body: string | null; isBase64Encoded: boolean } {
  if (request.body === null || request.body === '') return { body: null, isBase64Encoded: false };
  const contentType = getLast(request.headers, 'Content-Type', true);
  if (isBinaryMediaType(mediaTypeOf(contentType), binaryMediaTypes)) {
    return { body: base64Encode(utf8Encode(request.body)), isBase64Encoded: true };
  }
  return { body: request.body, isBase64Encoded: false };
}

const mapOf = (map: MultiMap) => ({ single: orNull(lastValues(map)), multi: orNull(allValues(map)) });

export function buildProxyEvent(
  request: MethodRequest,
  context: Record<string, unknown>,
  binaryMediaTypes: string[],
): ProxyEvent {
  const headers = mapOf(request.headers);
  const query = mapOf(request.query);
  return {
    resource: request.resourcePath,
    path: request.path,
    httpMethod: request.httpMethod,
    headers: headers.single,
    multiValueHeaders: headers.multi,
    queryStringParameters: query.single,
    multiValueQueryStringParameters: query.multi,
    pathParameters: orNull({ ...request.pathParameters }),
    stageVariables: orNull({ ...request.stageVariables }),
    requestContext: proxyRequestContext(context),
    ...eventBody(request, binaryMediaTypes),
  };
}
