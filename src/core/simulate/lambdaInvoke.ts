/**
 * Stage 4, Lambda: what Lambda's Invoke API answers API Gateway for the sample outcome, including
 * timeouts (the integration's → 504, the function's own → a "Task timed out" function error),
 * asynchronous invocation (X-Amz-Invocation-Type: Event → 202 and an empty body) and payloads Lambda
 * refuses (not JSON → 400 → API Gateway's 500).
 */
import type { FunctionOutcome } from '../design/types';
import { utf8Encode } from './bytes';
import { javaMap, truncate } from './log';
import { joinedValues, type MultiMap } from './multimap';
import { runtimeFamily, serializeError, serializeResult } from './serialization';

export interface EndpointResponse {
  status: number;
  headers: MultiMap;
  body: string;
  /** Set when the function failed ("Unhandled"). */
  functionError?: string;
  /** The function's errorMessage, when it failed. */
  errorMessage?: string;
}

export type InvocationResult =
  | { kind: 'response'; response: EndpointResponse; log: string[]; notes: string[] }
  /** The integration timed out: API Gateway answers 504. */
  | { kind: 'timeout'; log: string[]; notes: string[] }
  /**
   * Lambda refused the call. A payload that is not JSON is the client's fault: API Gateway answers
   * 400 with Lambda's message (clientMessage); any other refusal is a configuration error, 500.
   */
  | { kind: 'refused'; log: string[]; notes: string[]; clientMessage?: string };

export interface InvocationInput {
  payload: string;
  invocationType: string;
  runtime?: string;
  functionTimeoutMs?: number;
  integrationTimeoutMs: number;
  outcome: FunctionOutcome;
  lambdaRequestId: string;
  traceId: string;
  epochMillis: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The HTTP Date header form: "Tue, 12 Oct 2021 21:10:00 GMT". */
export function httpDate(epochMillis: number): string {
  const d = new Date(Number.isFinite(epochMillis) ? epochMillis : 0);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`
  );
}

function responseHeaders(input: InvocationInput, body: string, functionError: string | undefined): MultiMap {
  const headers: MultiMap = [
    ['Date', [httpDate(input.epochMillis)]],
    ['Content-Type', ['application/json']],
    ['Content-Length', [String(utf8Encode(body).length)]],
    ['Connection', ['keep-alive']],
    ['x-amzn-RequestId', [input.lambdaRequestId]],
  ];
  if (functionError) headers.push(['X-Amz-Function-Error', [functionError]]);
  if (input.invocationType === 'RequestResponse') {
    headers.push(['x-amzn-Remapped-Content-Length', ['0']], ['X-Amz-Executed-Version', ['$LATEST']]);
  }
  headers.push(['X-Amzn-Trace-Id', [`root=${input.traceId};sampled=0`]]);
  return headers;
}

function responseLog(response: EndpointResponse, latencyMs: number): string[] {
  return [
    `Received response. Status: ${response.status}, Integration latency: ${latencyMs} ms`,
    `Endpoint response headers: ${javaMap(joinedValues(response.headers))}`,
    `Endpoint response body before transformations: ${truncate(response.body)}`,
  ];
}

function refused(status: number, message: string, lambdaRequestId: string, note: string): InvocationResult {
  return {
    kind: 'refused',
    log: [
      `Lambda invocation failed with status: ${status}. Lambda request id: ${lambdaRequestId}`,
      `Execution failed due to configuration error: ${message}`,
    ],
    notes: [note],
  };
}

/** Recorded on real APIs: the client receives {"message": "Could not parse request body into json: …"}. */
function notJson(message: string, lambdaRequestId: string): InvocationResult {
  return {
    kind: 'refused',
    log: [`Lambda invocation failed with status: 400. Lambda request id: ${lambdaRequestId}`],
    notes: [
      'Lambda accepts only a JSON payload and this one is not JSON (a passed-through body, or a template whose ' +
        'output is not JSON): Lambda refuses it, and API Gateway answers 400 with its message.',
    ],
    clientMessage: message,
  };
}

const EXPECTING = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/** What Jackson says about the first thing that is wrong, for the two cases people hit. */
function jacksonReason(payload: string): string {
  const trimmed = payload.trimStart();
  const token = /^[A-Za-z_][\w-]*/.exec(trimmed)?.[0];
  if (token && !['true', 'false', 'null'].includes(token))
    return `Unrecognized token '${token}': was expecting ${EXPECTING}`;
  const first = trimmed[0] ?? '';
  if (!/[[{"\-0-9tfn]/.test(first)) {
    return `Unexpected character ('${first}' (code ${first.codePointAt(0) ?? 0})): expected a valid value ${EXPECTING}`;
  }
  return 'Unexpected character or end-of-input in the JSON payload';
}

/** Why Lambda cannot read the payload, in the words of its JSON parser (Jackson); undefined when it can. */
export function payloadParseError(payload: string): string | undefined {
  if (payload.trim() === '') return undefined;
  try {
    JSON.parse(payload);
    return undefined;
  } catch {
    return `Could not parse request body into json: Could not parse payload into json: ${jacksonReason(payload)}`;
  }
}

function timedOutError(timeoutMs: number, lambdaRequestId: string) {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${lambdaRequestId} Error: Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`,
  };
}

function functionResponse(input: InvocationInput, latencyMs: number, timedOut: boolean): InvocationResult {
  const family = runtimeFamily(input.runtime);
  const outcome = input.outcome;
  const error =
    timedOut && input.functionTimeoutMs !== undefined
      ? timedOutError(input.functionTimeoutMs, input.lambdaRequestId)
      : 'error' in outcome
        ? outcome.error
        : undefined;
  const body = error
    ? serializeError(error, family, input.lambdaRequestId)
    : serializeResult('result' in outcome ? outcome.result : undefined, family);
  const functionError = error ? 'Unhandled' : undefined;
  const response: EndpointResponse = {
    status: 200,
    headers: responseHeaders(input, body, functionError),
    body,
    ...(error ? { functionError, errorMessage: String(error.errorMessage) } : {}),
  };
  const notes = timedOut
    ? [`The function ran longer than its own timeout (${input.functionTimeoutMs} ms), so Lambda stopped it.`]
    : [];
  return { kind: 'response', response, log: responseLog(response, latencyMs), notes };
}

function emptyResponse(input: InvocationInput, status: number, note: string): InvocationResult {
  const response: EndpointResponse = { status, headers: responseHeaders(input, '', undefined), body: '' };
  return { kind: 'response', response, log: responseLog(response, 0), notes: [note] };
}

export function invokeLambda(input: InvocationInput): InvocationResult {
  const parseError = payloadParseError(input.payload);
  if (parseError) return notJson(parseError, input.lambdaRequestId);
  if (input.invocationType === 'Event') {
    return emptyResponse(
      input,
      202,
      'X-Amz-Invocation-Type is Event: Lambda queues the event and answers 202 at once; the function runs later ' +
        'and its result is never seen by API Gateway.',
    );
  }
  if (input.invocationType === 'DryRun') {
    return emptyResponse(
      input,
      204,
      'X-Amz-Invocation-Type is DryRun: Lambda only checks the call and runs nothing.',
    );
  }
  if (input.invocationType !== 'RequestResponse') {
    return refused(
      400,
      `1 validation error detected: Value '${input.invocationType}' at 'invocationType' failed to satisfy ` +
        'constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]',
      input.lambdaRequestId,
      'X-Amz-Invocation-Type must be Event, RequestResponse or DryRun.',
    );
  }
  const duration = Math.max(0, input.outcome.durationMs ?? 0);
  const fnLimit = input.functionTimeoutMs ?? Infinity;
  if (duration > Math.min(fnLimit, input.integrationTimeoutMs) && input.integrationTimeoutMs <= fnLimit) {
    return {
      kind: 'timeout',
      log: ['Execution failed due to a timeout error'],
      notes: [
        `The invocation takes ${duration} ms, longer than the integration timeout of ${input.integrationTimeoutMs} ms; ` +
          'API Gateway stops waiting and answers 504.',
      ],
    };
  }
  const timedOut = duration > fnLimit;
  return functionResponse(input, timedOut ? fnLimit : duration, timedOut);
}
