/**
 * Stages 3 and 6 of a Lambda proxy integration: the event API Gateway sends, and the checks it makes
 * on what the function returns. Anything but an object made only of statusCode, headers,
 * multiValueHeaders, body and isBase64Encoded (of the right types) is a "Malformed Lambda proxy
 * response": 502. Source: "Output format of a Lambda function for proxy integration"; value
 * coercions follow the Jackson defaults API Gateway's parser applies ("200" → 200, 5 → "5").
 */
import type { Diagnostic } from '../diagnostics';
import type { MethodDesign } from '../design/types';
import { base64Decode } from './bytes';
import { endpointHeaders, endpointRequestLog } from './endpoint';
import { getLast, setAll, type MultiMap } from './multimap';
import { mapRequestParameters } from './integrationRequest';
import { isBinaryMediaType, mediaTypeOf, text, type Payload } from './payload';
import { buildProxyEvent, type ProxyEvent } from './proxyEvent';
import type { MethodRequest } from './request';
import type { SimulationStep } from './types';

export interface ProxyRequestInput {
  method: MethodDesign;
  request: MethodRequest;
  context: Record<string, unknown>;
  binaryMediaTypes: string[];
  invocationUri: string;
  gatewayHeaders: MultiMap;
  methodIndex: number;
  diagnostics: Diagnostic[];
}

/**
 * Header mappings reach Lambda's Invoke call even on a proxy integration (the guide once documented
 * X-Amz-Invocation-Type: 'Event' for proxy integrations too); they never change the event.
 */
function mappedInvokeHeaders(input: ProxyRequestInput, notes: string[]): MultiMap {
  const parameters = input.method.integration?.requestParameters ?? {};
  if (Object.keys(parameters).length === 0) return [];
  const mapped = mapRequestParameters(
    input.method,
    { methodRequest: input.request, context: input.context, stageVariables: input.request.stageVariables },
    input.methodIndex,
    input.diagnostics,
  );
  notes.push(
    'requestParameters do not change the event of a proxy integration; header mappings only reach the Invoke call' +
      (mapped.header.length > 0 ? ` (${mapped.header.map(([name]) => name).join(', ')}).` : '.'),
  );
  return mapped.header;
}

export function proxyIntegrationRequest(input: ProxyRequestInput): {
  event: ProxyEvent;
  payload: string;
  uri: string;
  headers: MultiMap;
  invocationType: string;
  step: SimulationStep;
} {
  const event = buildProxyEvent(input.request, input.context, input.binaryMediaTypes);
  const payload = JSON.stringify(event);
  const notes = [
    'Lambda proxy integration: the whole request goes to the function as the event, untransformed.',
    "The event holds the sample's headers, as the console's Test sends them; a call to the deployed stage " +
      'also brings headers such as Host, X-Forwarded-For, X-Forwarded-Proto and X-Amzn-Trace-Id.',
  ];
  const integration = input.method.integration ?? {};
  if (integration.requestTemplates && Object.keys(integration.requestTemplates).length > 0) {
    notes.push('requestTemplates are ignored by a proxy integration.');
  }
  const mapped = mappedInvokeHeaders(input, notes);
  const headers = endpointHeaders(input.gatewayHeaders, mapped);
  const invocationType = getLast(mapped, 'X-Amz-Invocation-Type', true)?.trim() || 'RequestResponse';
  if (invocationType === 'Event') {
    notes.push(
      'X-Amz-Invocation-Type is Event: Lambda answers 202 with no body, which is not a proxy response, so ' +
        'the client gets 502. Asynchronous invocation is documented for custom (non-proxy) integrations.',
    );
  }
  if (integration.responseTransferMode === 'STREAM') {
    notes.push(
      'responseTransferMode is STREAM: the function streams its response to the client as it writes it; ' +
        'the simulation takes the sample result as the whole, buffered proxy response.',
    );
  }
  if (event.isBase64Encoded)
    notes.push('The Content-Type is one of binaryMediaTypes, so the body is base64-encoded.');
  return {
    event,
    payload,
    uri: input.invocationUri,
    headers,
    invocationType,
    step: {
      stage: 'Integration request',
      log: endpointRequestLog(input.invocationUri, headers, payload),
      notes,
      data: { proxy: true, event },
    },
  };
}

export interface ProxyResponse {
  statusCode: number;
  headers: MultiMap;
  payload: Payload;
}

export type ProxyValidation = { ok: true; response: ProxyResponse } | { ok: false; reason: string };

const ALLOWED_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as Jackson reads it into a String field; objects and arrays do not fit. */
function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function readStatus(value: unknown): number | string {
  if (value === undefined || value === null) return 200;
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)
        ? Number(value)
        : NaN;
  if (!Number.isFinite(number)) return `statusCode ${JSON.stringify(value)} is not a number`;
  const status = Math.trunc(number);
  return status >= 100 && status <= 599 ? status : `statusCode ${status} is not an HTTP status code`;
}

function readHeaders(value: unknown, multi: boolean, into: MultiMap): MultiMap | string {
  if (value === undefined || value === null) return into;
  const name = multi ? 'multiValueHeaders' : 'headers';
  if (!isObject(value)) return `${name} must be an object`;
  let headers = into;
  for (const [key, raw] of Object.entries(value)) {
    if (raw === null) continue;
    // Jackson does not take a single value for a list (ACCEPT_SINGLE_VALUE_AS_ARRAY is off by default).
    if (multi && !Array.isArray(raw)) return `${name}.${key} must be a list of strings`;
    const list = multi ? (raw as unknown[]) : [raw];
    const values = list.map(scalarText);
    if (values.some((v) => v === undefined))
      return `${name}.${key} must be ${multi ? 'a list of strings' : 'a string'}`;
    headers = setAll(headers, key, values as string[], true);
  }
  return headers;
}

function readBase64Flag(value: unknown): boolean | string {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return 'isBase64Encoded must be a boolean';
}

/** Validates the function's response payload (the text Lambda returned) as API Gateway does. */
export function validateProxyResponse(payloadText: string): ProxyValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payloadText);
  } catch {
    return { ok: false, reason: 'The response is not JSON.' };
  }
  if (!isObject(parsed)) return { ok: false, reason: 'The response must be a JSON object.' };
  const extra = Object.keys(parsed).filter((k) => !ALLOWED_KEYS.has(k));
  if (extra.length > 0)
    return { ok: false, reason: `Fields API Gateway does not accept: ${extra.join(', ')}.` };
  const status = readStatus(parsed.statusCode);
  if (typeof status === 'string') return { ok: false, reason: status };
  // The multi-value list wins for a header present in both (documented merge rule).
  const single = readHeaders(parsed.headers, false, []);
  if (typeof single === 'string') return { ok: false, reason: single };
  const headers = readHeaders(parsed.multiValueHeaders, true, single);
  if (typeof headers === 'string') return { ok: false, reason: headers };
  const base64 = readBase64Flag(parsed.isBase64Encoded);
  if (typeof base64 === 'string') return { ok: false, reason: base64 };
  const body = parsed.body === undefined || parsed.body === null ? '' : scalarText(parsed.body);
  if (body === undefined)
    return { ok: false, reason: 'body must be a string (JSON.stringify objects yourself).' };
  if (!base64) return { ok: true, response: { statusCode: status, headers, payload: text(body) } };
  const bytes = base64Decode(body);
  if (!bytes) return { ok: false, reason: 'isBase64Encoded is true but body is not base64.' };
  return { ok: true, response: { statusCode: status, headers, payload: { kind: 'binary', bytes } } };
}

/** Whether the client gets the decoded bytes: its first Accept type must be a binary media type. */
export function proxyResponseIsBinary(accept: string | undefined, binaryMediaTypes: string[]): boolean {
  return isBinaryMediaType(mediaTypeOf(accept), binaryMediaTypes);
}

export function proxyDiagnostics(reason: string): Diagnostic {
  return {
    severity: 'info',
    message: `Malformed Lambda proxy response: ${reason}`,
    code: 'simulate/malformed-proxy-response',
  };
}
