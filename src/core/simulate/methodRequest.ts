/**
 * Stage 1, method request: find the method the request reaches, normalize what the client sent and
 * log it as the console does ("Method request path: {petId=7}", …).
 */
import { pointer, type Diagnostic } from '../diagnostics';
import type { Design, MethodDesign, SampleRequest } from '../design/types';
import { gatewayError, type GatewayError } from './gatewayResponses';
import { javaMap, truncate } from './log';
import { getAll, getLast, joinedValues, mergeSingleAndMulti, type MultiMap } from './multimap';
import type { MethodRequest } from './request';
import {
  fillPath,
  findMethod,
  isTemplatePath,
  normalizePath,
  parseMethodKey,
  pathParameterNames,
  resourcePaths,
  routePath,
} from './routing';
import type { SimulationStep } from './types';

export type MethodRequestOutcome =
  | { ok: true; method: MethodDesign; methodIndex: number; request: MethodRequest; step: SimulationStep }
  | { ok: false; error: GatewayError; step: SimulationStep };

const VERBS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

function multiRecord(value: unknown): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value))
    if (Array.isArray(v)) out[k] = v.filter((x) => typeof x === 'string');
  return out;
}

/** The verb the client sends: the sample's, else the method key's; "ANY" is not a verb a client can send. */
function requestVerb(sample: SampleRequest, keyVerb: string | undefined, notes: string[]): string {
  const verb = (
    typeof sample.method === 'string' && sample.method.trim() !== '' ? sample.method : (keyVerb ?? 'GET')
  )
    .trim()
    .toUpperCase();
  if (verb !== 'ANY') return verb;
  notes.push(
    'A client cannot send "ANY"; the request is simulated as GET (set the sample\'s method to choose another verb).',
  );
  return 'GET';
}

interface Resolved {
  resourcePath: string;
  pathParameters: Record<string, string>;
  path: string;
}

/** Resolves the sample's path: a resource path with pathParameters, or a concrete path to route. */
function resolvePath(
  design: Design,
  rawPath: string,
  sample: SampleRequest,
  diagnostics: Diagnostic[],
): Resolved | undefined {
  const normalized = normalizePath(rawPath);
  const given = stringRecord(sample.pathParameters);
  if (isTemplatePath(normalized) || !routePath(design.methods, normalized)) {
    if (!resourcePaths(design.methods).includes(normalized)) return undefined;
    const pathParameters: Record<string, string> = {};
    for (const name of pathParameterNames(normalized)) {
      if (!(name in given)) {
        diagnostics.push({
          severity: 'warning',
          message: `The sample request has no value for the path parameter "${name}"; it is simulated as empty.`,
          code: 'simulate/missing-path-parameter',
        });
      }
      pathParameters[name] = given[name] ?? '';
    }
    return { resourcePath: normalized, pathParameters, path: fillPath(normalized, pathParameters) };
  }
  const routed = routePath(design.methods, normalized);
  if (!routed) return undefined;
  return { resourcePath: routed.resourcePath, pathParameters: routed.pathParameters, path: normalized };
}

function notFound(verb: string, path: string, notes: string[]): MethodRequestOutcome {
  notes.push(
    `No method of the API serves ${verb} ${path}. REST APIs answer 403 "Missing Authentication Token" both for ` +
      'a path no resource matches and for a verb the matched resource has no method for.',
  );
  const error = gatewayError('MISSING_AUTHENTICATION_TOKEN');
  return {
    ok: false,
    error,
    step: { stage: 'Method request', log: [], notes, data: { httpMethod: verb, path } },
  };
}

function methodRequestLog(request: MethodRequest, requestId: string): string[] {
  return [
    `Starting execution for request: ${requestId}`,
    `HTTP Method: ${request.httpMethod}, Resource Path: ${request.path}`,
    `Method request path: ${javaMap(request.pathParameters)}`,
    `Method request query string: ${javaMap(request.query)}`,
    `Method request headers: ${javaMap(joinedValues(request.headers))}`,
    `Method request body before transformations: ${truncate(request.body ?? '')}`,
  ];
}

/**
 * Required parameters (`method.request.querystring.q: true`) the request lacks or leaves blank, by
 * name. API Gateway checks that each is "included and not blank" (developer guide, "Request
 * validation for REST APIs"); header names are case-insensitive. Listed in the order of their keys
 * (headers, then path, then query string), as API Gateway's own sorted parameter map would list
 * them; the order across locations is not confirmed by a recorded response.
 */
export function missingRequiredParameters(method: MethodDesign, request: MethodRequest): string[] {
  const missing: Array<[key: string, name: string]> = [];
  for (const [key, required] of Object.entries(method.options?.requestParameters ?? {})) {
    const match =
      /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key);
    if (required !== true || !match) continue;
    const [, location, name] = match;
    const header = location.endsWith('header');
    const values =
      location === 'path'
        ? [request.pathParameters[name]]
        : (getAll(header ? request.headers : request.query, name, header) ?? []);
    const value = location.startsWith('multivalue')
      ? values.find((v) => v !== undefined && v.trim() !== '')
      : values[values.length - 1];
    if (value === undefined || value.trim() === '') missing.push([key, name]);
  }
  return missing.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, name]) => name);
}

/** API Gateway's message for missing required parameters (the 400 body's `message`). */
export function missingParametersMessage(missing: readonly string[]): string {
  return `Missing required request parameters: [${missing.join(', ')}]`;
}

/**
 * The execution log line of a failed parameter validation. The wording after the stage's request
 * lines is our best knowledge; no recorded test-invoke log of this case was available to compare.
 */
export function requestValidationFailedLog(message: string): string {
  return `Request validation failed for request: ${message}`;
}

/** Notes on required parameters and the method's validator when the request goes on. */
function requestValidationNotes(method: MethodDesign, missing: readonly string[]): string[] {
  const validator = method.options?.requestValidatorOptions;
  const notes: string[] = [];
  if (missing.length > 0) {
    const answer = `{"message": "${missingParametersMessage(missing)}"}`;
    notes.push(
      validator === undefined
        ? `Required request parameters are missing or blank: ${missing.join(', ')}. API Gateway enforces "required" ` +
            'only through a request validator, and this method has none (CDK attaches one only when requestValidator or ' +
            `requestValidatorOptions is set), so the request goes on. With a validator it would be answered 400 ${answer}.`
        : `Required request parameters are missing or blank: ${missing.join(', ')}. The method's request validator has ` +
            `validateRequestParameters ${validator.validateRequestParameters === false ? 'false' : 'unset (false)'}, so the ` +
            `request goes on. With validateRequestParameters true it would be answered 400 ${answer}.`,
    );
  }
  if (validator?.validateRequestBody === true) {
    notes.push(
      'validateRequestBody is true, but API Gateway validates a body only against the request model of its ' +
        'content type (requestModels), which design version 1 cannot set: no body is validated, here or on AWS.',
    );
  }
  return notes;
}

/**
 * With a request validator whose validateRequestParameters is true, a request missing a required
 * parameter is answered 400 before the integration (gateway response BAD_REQUEST_PARAMETERS).
 */
function validationError(method: MethodDesign, missing: readonly string[]): GatewayError | undefined {
  if (missing.length === 0 || method.options?.requestValidatorOptions?.validateRequestParameters !== true) {
    return undefined;
  }
  return gatewayError('BAD_REQUEST_PARAMETERS', missingParametersMessage(missing));
}

/** What a deployed stage checks before the integration and the console's Test skips. */
function accessNotes(method: MethodDesign, request: MethodRequest): string[] {
  const notes: string[] = [];
  if (method.options?.authorizationType === 'AWS_IAM' && !getLast(request.headers, 'Authorization', true)) {
    notes.push(
      'authorizationType is AWS_IAM: a deployed stage answers an unsigned request 403 {"message":"Missing ' +
        'Authentication Token"}. The simulation goes on as the console\'s Test does, which skips authorization.',
    );
  }
  if (method.options?.apiKeyRequired === true && !getLast(request.headers, 'x-api-key', true)) {
    notes.push(
      'apiKeyRequired is true: a deployed stage answers a request without an x-api-key header 403 ' +
        '{"message":"Forbidden"}. The simulation goes on as the console\'s Test does, which skips API keys.',
    );
  }
  return notes;
}

function buildRequest(verb: string, resolved: Resolved, sample: SampleRequest): MethodRequest {
  const query: MultiMap = mergeSingleAndMulti(
    stringRecord(sample.queryStringParameters),
    multiRecord(sample.multiValueQueryStringParameters),
    false,
  );
  const headers: MultiMap = mergeSingleAndMulti(
    stringRecord(sample.headers),
    multiRecord(sample.multiValueHeaders),
    true,
  );
  return {
    httpMethod: verb,
    resourcePath: resolved.resourcePath,
    path: resolved.path,
    pathParameters: resolved.pathParameters,
    query,
    headers,
    body: typeof sample.body === 'string' ? sample.body : null,
    stageVariables: stringRecord(sample.stageVariables),
  };
}

export function methodRequestStage(
  design: Design,
  methodKey: string,
  sample: SampleRequest,
  requestId: string,
  diagnostics: Diagnostic[],
): MethodRequestOutcome {
  const notes: string[] = [];
  const key = parseMethodKey(methodKey);
  if (!key) {
    diagnostics.push({
      severity: 'warning',
      message: `"${methodKey}" is not a method key like "GET /pets/{petId}"; the sample request's method and path are used.`,
      code: 'simulate/method-key',
    });
  }
  const verb = requestVerb(sample, key?.httpMethod, notes);
  if (!VERBS.includes(verb)) notes.push(`"${verb}" is not an HTTP method API Gateway serves.`);
  const rawPath =
    typeof sample.path === 'string' && sample.path.trim() !== '' ? sample.path : (key?.resourcePath ?? '/');
  const resolved = resolvePath(design, rawPath, sample, diagnostics);
  if (!resolved) return notFound(verb, normalizePath(rawPath), notes);
  const found = findMethod(design.methods, resolved.resourcePath, verb);
  if (!found) return notFound(verb, resolved.path, notes);
  const { method, index } = found;
  if (
    key &&
    (key.resourcePath !== normalizePath(method.path) ||
      (key.httpMethod !== method.httpMethod && key.httpMethod !== verb))
  ) {
    notes.push(
      `The request ${verb} ${resolved.path} reaches ${method.httpMethod} ${method.path}, not ${methodKey}.`,
    );
  }
  if (method.httpMethod === 'ANY') notes.push(`The ANY method of ${method.path} serves the ${verb} request.`);
  const request = buildRequest(verb, resolved, sample);
  const missing = missingRequiredParameters(method, request);
  const log = methodRequestLog(request, requestId);
  const data = {
    method: `${method.httpMethod} ${method.path}`,
    methodPointer: pointer('methods', index),
    request,
  };
  const invalid = validationError(method, missing);
  if (invalid) {
    notes.push(
      `The method's request validator has validateRequestParameters true and required request parameters are ` +
        `missing or blank (${missing.join(', ')}): API Gateway answers 400 before the integration.`,
      ...accessNotes(method, request),
    );
    const message = missingParametersMessage(missing);
    return {
      ok: false,
      error: invalid,
      step: { stage: 'Method request', log: [...log, requestValidationFailedLog(message)], notes, data },
    };
  }
  notes.push(...requestValidationNotes(method, missing), ...accessNotes(method, request));
  const step: SimulationStep = { stage: 'Method request', log, notes, data };
  return { ok: true, method, methodIndex: index, request, step };
}
