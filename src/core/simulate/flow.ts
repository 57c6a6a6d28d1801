/**
 * The request lifecycle, stage by stage: method request → integration request → Lambda →
 * integration response → method response. Split in two at the Lambda call so a caller can run real
 * handler code (a Web Worker) in between: prepareFlow() goes up to the Lambda event,
 * completeFlow() goes on from the function's outcome.
 */
import type { Diagnostic } from '../diagnostics';
import type { Design, MethodDesign, SampleRequest } from '../design/types';
import { isImportedFunction } from '../design/types';
import { effectiveProxy, effectiveStageName } from '../design/defaults';
import { gatewayEndpointHeaders, type RequestIds } from './endpoint';
import { gatewayError, type GatewayError } from './gatewayResponses';
import { nonProxyIntegrationRequest } from './integrationRequest';
import { nonProxyIntegrationResponse } from './integrationResponse';
import { invokeLambda, payloadParseError, type EndpointResponse } from './lambdaInvoke';
import {
  checkInvokePermission,
  integrationTimeoutMs,
  invocationUri,
  lambdaTarget,
  type LambdaTarget,
} from './lambdaTarget';
import { executionLog, truncate } from './log';
import { methodRequestStage } from './methodRequest';
import { gatewayErrorResponse, methodResponse, type FinalResponse } from './methodResponse';
import { base64Encode } from './bytes';
import { allValues, getLast, joinedValues, lastValues } from './multimap';
import { payloadText } from './payload';
import {
  proxyDiagnostics,
  proxyIntegrationRequest,
  proxyResponseIsBinary,
  validateProxyResponse,
} from './proxyIntegration';
import type { MethodRequest } from './request';
import { derivedId, traceIdFor } from './ids';
import type { TemplateEngine } from './templates';
import type {
  EndpointRequest,
  FunctionRun,
  LambdaInvocation,
  SimulateOptions,
  SimulateResult,
  SimulationStep,
} from './types';

/** Everything the second half needs; plain data. */
export interface FlowState {
  design: Design;
  method: MethodDesign;
  methodIndex: number;
  request: MethodRequest;
  sample: SampleRequest;
  context: Record<string, unknown>;
  target: LambdaTarget;
  ids: RequestIds;
  proxy: boolean;
  invocation: LambdaInvocation;
  endpointRequest: EndpointRequest;
  /** Notes for the Lambda step gathered before the call (who may invoke the function). */
  lambdaNotes: string[];
  steps: SimulationStep[];
  diagnostics: Diagnostic[];
}

export type PreparedFlow =
  /** The request never reaches the function (403, 415, missing permission, …): the result is final. */
  | { done: true; result: SimulateResult }
  /** The function is to be invoked with `invocation`; then call completeFlow with its outcome. */
  | { done: false; invocation: LambdaInvocation; state: FlowState };

const DEFAULT_REGION = 'us-east-1';
const DEFAULT_ACCOUNT = '123456789012';

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function requestIdsOf(context: Record<string, unknown>): RequestIds {
  const requestId = str(context.requestId, 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
  const epoch = typeof context.requestTimeEpoch === 'number' ? context.requestTimeEpoch : 0;
  return {
    requestId,
    apiId: str(context.apiId, 'abc123defg'),
    stage: str(context.stage, 'prod'),
    epochMillis: epoch,
    traceId: traceIdFor(requestId, epoch),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `$context` values the design (or the console's Test) decides: the stage, the account and region,
 * and for test-invoke-method the values it is known to use. The VTL engine derives resourcePath,
 * httpMethod and path from the request and gives everything else its defaults.
 */
function derivedContext(design: Design, request: MethodRequest, apiId: string, testInvoke: boolean) {
  const env = design.stack.env ?? {};
  const derived: Record<string, unknown> = { stage: effectiveStageName(design.api.stageName) };
  if (env.account) derived.accountId = env.account;
  if (env.region) derived.domainName = `${apiId}.execute-api.${env.region}.amazonaws.com`;
  if (!testInvoke) return derived;
  return {
    ...derived,
    stage: 'test-invoke-stage',
    path: request.path,
    domainPrefix: 'testPrefix',
    domainName: 'testPrefix.testDomainName',
    identity: {
      sourceIp: 'test-invoke-source-ip',
      apiKey: 'test-invoke-api-key',
      apiKeyId: 'test-invoke-api-key-id',
    },
  };
}

/** The sample as templates see it once the method is known; the sample's own context wins. */
function effectiveSample(
  design: Design,
  request: MethodRequest,
  sample: SampleRequest,
  apiId: string,
  testInvoke: boolean,
): SampleRequest {
  const derived = derivedContext(design, request, apiId, testInvoke);
  const user = isRecord(sample.context) ? sample.context : {};
  const identity = {
    ...(isRecord(derived.identity) ? derived.identity : {}),
    ...(isRecord(user.identity) ? user.identity : {}),
  };
  return {
    method: request.httpMethod,
    path: request.resourcePath,
    pathParameters: { ...request.pathParameters },
    queryStringParameters: lastValues(request.query),
    multiValueQueryStringParameters: allValues(request.query),
    headers: lastValues(request.headers),
    multiValueHeaders: allValues(request.headers),
    body: request.body,
    stageVariables: { ...request.stageVariables },
    context: { ...derived, ...user, ...(Object.keys(identity).length > 0 ? { identity } : {}) },
  };
}

function finish(
  steps: SimulationStep[],
  final: FinalResponse,
  ids: RequestIds,
  diagnostics: Diagnostic[],
  extra: { lambdaEvent?: unknown; endpointRequest?: EndpointRequest } = {},
): SimulateResult {
  const allSteps = [...steps, final.step];
  return {
    status: final.status,
    headers: final.headers,
    multiValueHeaders: final.multiValueHeaders,
    body: final.body,
    isBase64Encoded: final.isBase64Encoded,
    steps: allSteps,
    ...('lambdaEvent' in extra ? { lambdaEvent: extra.lambdaEvent } : {}),
    ...(extra.endpointRequest ? { endpointRequest: extra.endpointRequest } : {}),
    log: executionLog(
      ids.requestId,
      ids.epochMillis,
      allSteps.flatMap((s) => s.log),
    ),
    diagnostics,
  };
}

function failWith(
  steps: SimulationStep[],
  error: GatewayError,
  ids: RequestIds,
  diagnostics: Diagnostic[],
  endpointRequest?: EndpointRequest,
): PreparedFlow {
  return {
    done: true,
    result: finish(steps, gatewayErrorResponse(error), ids, diagnostics, { endpointRequest }),
  };
}

function functionOf(target: LambdaTarget) {
  return isImportedFunction(target.fn)
    ? {}
    : { runtime: target.fn.runtime, handler: target.fn.handler, code: target.fn.code?.inline };
}

function parsedEvent(payload: string): unknown {
  if (payload.trim() === '') return {};
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}

/** The first half: from the client's request up to the Lambda invocation. */
export function prepareFlow(
  design: Design,
  methodKey: string,
  sample: SampleRequest,
  engine: TemplateEngine,
  options: SimulateOptions = {},
): PreparedFlow {
  const diagnostics: Diagnostic[] = [];
  const steps: SimulationStep[] = [];
  const firstContext = engine.context({
    ...sample,
    context: typeof sample.context === 'object' ? sample.context : {},
  });
  let ids = requestIdsOf(firstContext);
  const matched = methodRequestStage(design, methodKey, sample, ids.requestId, diagnostics);
  steps.push(matched.step);
  if (!matched.ok) return failWith(steps, matched.error, ids, diagnostics);
  const { method, methodIndex, request } = matched;
  const effective = effectiveSample(design, request, sample, ids.apiId, options.testInvoke === true);
  const context = engine.context(effective);
  ids = requestIdsOf(context);
  const defaults = {
    region: design.stack.env?.region ?? DEFAULT_REGION,
    account: str(context.accountId, DEFAULT_ACCOUNT),
  };
  const target = lambdaTarget(design, method, defaults);
  if (!target) {
    diagnostics.push({
      severity: 'error',
      message: `The method's function "${method.function}" is not in functions[]`,
      path: `/methods/${methodIndex}/function`,
      code: 'simulate/unknown-function',
    });
    return failWith(steps, gatewayError('API_CONFIGURATION_ERROR'), ids, diagnostics);
  }
  const state = {
    design,
    method,
    methodIndex,
    request,
    sample: effective,
    context,
    target,
    ids,
    steps,
    diagnostics,
  };
  return effectiveProxy(method.integration)
    ? prepareProxy(state, engine, options)
    : prepareNonProxy(state, engine, options);
}

type PartialState = Omit<FlowState, 'proxy' | 'invocation' | 'endpointRequest' | 'lambdaNotes'>;

function binaryMediaTypes(design: Design): string[] {
  return Array.isArray(design.api.binaryMediaTypes) ? design.api.binaryMediaTypes : [];
}

function prepareProxy(state: PartialState, engine: TemplateEngine, options: SimulateOptions): PreparedFlow {
  const built = proxyIntegrationRequest({
    method: state.method,
    request: state.request,
    context: state.context,
    binaryMediaTypes: binaryMediaTypes(state.design),
    invocationUri: invocationUri(state.target),
    gatewayHeaders: gatewayEndpointHeaders(state.target, state.ids, state.request),
    methodIndex: state.methodIndex,
    diagnostics: state.diagnostics,
  });
  state.steps.push(built.step);
  const endpointRequest = { uri: built.uri, headers: joinedValues(built.headers), body: built.payload };
  return toInvocation(
    state,
    engine,
    options,
    true,
    built.event,
    built.payload,
    built.invocationType,
    endpointRequest,
  );
}

function prepareNonProxy(
  state: PartialState,
  engine: TemplateEngine,
  options: SimulateOptions,
): PreparedFlow {
  const built = nonProxyIntegrationRequest({
    method: state.method,
    methodIndex: state.methodIndex,
    request: state.request,
    sample: state.sample,
    context: state.context,
    binaryMediaTypes: binaryMediaTypes(state.design),
    invocationUri: invocationUri(state.target),
    gatewayHeaders: gatewayEndpointHeaders(state.target, state.ids, state.request),
    engine,
    diagnostics: state.diagnostics,
  });
  state.steps.push(built.step);
  if (!built.ok) return failWith(state.steps, built.error, state.ids, state.diagnostics);
  const payload = payloadText(built.payload);
  const endpointRequest = { uri: built.uri, headers: joinedValues(built.headers), body: payload };
  return toInvocation(
    state,
    engine,
    options,
    false,
    parsedEvent(payload),
    payload,
    built.invocationType,
    endpointRequest,
  );
}

/**
 * The lines the handler logged, when its code ran (a LambdaRunner). In AWS they go to the function's
 * CloudWatch Logs stream, not to API Gateway's log: they are marked "Function log:" here.
 */
function functionLogStep(lines: FunctionRun['functionLog']) {
  if (lines === undefined) return { log: [], notes: [], data: {} };
  return {
    log: lines.map((line) => `Function log: ${line.level} ${truncate(line.message)}`),
    notes: [
      lines.length === 0
        ? "The function's code ran and logged nothing."
        : `The function's code ran and logged ${lines.length === 1 ? '1 line' : `${lines.length} lines`} ` +
          '("Function log:"); in AWS they go to its CloudWatch Logs stream, not to API Gateway\'s log.',
    ],
    data: { functionLog: lines },
  };
}

function lambdaStep(log: string[], notes: string[], data?: unknown): SimulationStep {
  return { stage: 'Lambda', log, notes, ...(data === undefined ? {} : { data }) };
}

function toInvocation(
  state: PartialState,
  engine: TemplateEngine,
  options: SimulateOptions,
  proxy: boolean,
  event: unknown,
  payload: string,
  invocationType: string,
  endpointRequest: EndpointRequest,
): PreparedFlow {
  const { design, method, target, ids, steps, diagnostics } = state;
  const permission = checkInvokePermission(design, method, target, options);
  if (!permission.ok) {
    steps.push(lambdaStep([permission.logLine], permission.notes));
    return failWith(steps, gatewayError('API_CONFIGURATION_ERROR'), ids, diagnostics, endpointRequest);
  }
  const timeout = integrationTimeoutMs(method);
  const invocation: LambdaInvocation = {
    event,
    payload,
    functionId: target.functionId,
    ...functionOf(target),
    invocationType,
    timeLimitMs: Math.min(timeout, target.timeoutMs ?? Infinity),
  };
  const flow: FlowState = { ...state, proxy, invocation, endpointRequest, lambdaNotes: permission.notes };
  // Lambda refuses a payload that is not JSON, and a DryRun or invalid invocation type runs nothing.
  const runs =
    !payloadParseError(payload) && (invocationType === 'RequestResponse' || invocationType === 'Event');
  if (!runs) return { done: true, result: completeFlow(flow, { result: null }, engine) };
  return { done: false, invocation, state: flow };
}

/** The second half: from the function's outcome to the method response. */
export function completeFlow(state: FlowState, run: FunctionRun, engine: TemplateEngine): SimulateResult {
  const { functionLog, ...outcome } = run;
  const logged = functionLogStep(functionLog);
  const steps = [...state.steps];
  const diagnostics = [...state.diagnostics];
  const { target, ids, method } = state;
  const lambdaRequestId = derivedId(ids.requestId, 'lambda');
  const invoked = invokeLambda({
    payload: state.invocation.payload,
    invocationType: state.invocation.invocationType,
    runtime: target.runtime,
    functionTimeoutMs: target.timeoutMs,
    integrationTimeoutMs: integrationTimeoutMs(method),
    outcome,
    lambdaRequestId,
    traceId: ids.traceId,
    epochMillis: ids.epochMillis,
  });
  const permissionNotes = state.lambdaNotes;
  const ran = invoked.kind !== 'refused' && state.invocation.invocationType !== 'DryRun';
  const extra = {
    endpointRequest: state.endpointRequest,
    ...(ran ? { lambdaEvent: state.invocation.event } : {}),
  };
  if (invoked.kind === 'timeout') {
    steps.push(
      lambdaStep([...logged.log, ...invoked.log], [...permissionNotes, ...invoked.notes, ...logged.notes], {
        outcome,
        ...logged.data,
      }),
    );
    return finish(steps, gatewayErrorResponse(gatewayError('INTEGRATION_TIMEOUT')), ids, diagnostics, extra);
  }
  if (invoked.kind === 'refused') {
    steps.push(lambdaStep(invoked.log, [...permissionNotes, ...invoked.notes]));
    const answer =
      invoked.clientMessage === undefined
        ? gatewayError('API_CONFIGURATION_ERROR')
        : gatewayError('BAD_REQUEST_BODY', invoked.clientMessage);
    return finish(steps, gatewayErrorResponse(answer), ids, diagnostics, extra);
  }
  const response = invoked.response;
  const log = [...invoked.log];
  if (response.functionError) {
    log.push(
      `Lambda execution failed with status 200 due to customer function error: ${response.errorMessage ?? ''}. ` +
        `Lambda request id: ${lambdaRequestId}`,
    );
  }
  steps.push(
    lambdaStep([...logged.log, ...log], [...permissionNotes, ...invoked.notes, ...logged.notes], {
      outcome,
      response: { ...response, headers: allValues(response.headers) },
      ...logged.data,
    }),
  );
  const final = state.proxy
    ? proxyResponseStage(state, response, steps, diagnostics)
    : nonProxyResponseStage(state, response, steps, diagnostics, engine);
  return finish(steps, final, ids, diagnostics, extra);
}

function proxyResponseStage(
  state: FlowState,
  response: EndpointResponse,
  steps: SimulationStep[],
  diagnostics: Diagnostic[],
): FinalResponse {
  if (response.functionError) {
    steps.push({
      stage: 'Integration response',
      log: [],
      notes: ['With a proxy integration, a function error is answered 502 whatever the error says.'],
    });
    return gatewayErrorResponse(gatewayError('INTEGRATION_FAILURE'));
  }
  if (response.status !== 200) {
    const reason = `Lambda answered ${response.status} with an empty body (asynchronous or dry-run invocation).`;
    return malformed(steps, diagnostics, reason);
  }
  const validated = validateProxyResponse(response.body);
  if (!validated.ok) return malformed(steps, diagnostics, validated.reason);
  const accept = getLast(state.request.headers, 'Accept', true);
  let payload = validated.response.payload;
  const notes = ['The function returned a valid proxy response; API Gateway passes it on.'];
  if (payload.kind === 'binary' && !proxyResponseIsBinary(accept, binaryMediaTypes(state.design))) {
    notes.push("The client's Accept type is not one of binaryMediaTypes, so it receives the base64 text.");
    // The function's body was base64; re-encoding the decoded bytes gives that text back.
    payload = { kind: 'text', text: base64Encode(payload.bytes) };
  }
  steps.push({
    stage: 'Integration response',
    log: [],
    notes,
    data: { statusCode: validated.response.statusCode },
  });
  return methodResponse(
    validated.response.statusCode,
    validated.response.headers,
    payload,
    'application/json',
    state.ids.traceId,
  );
}

function malformed(steps: SimulationStep[], diagnostics: Diagnostic[], reason: string): FinalResponse {
  steps.push({
    stage: 'Integration response',
    log: ['Execution failed due to configuration error: Malformed Lambda proxy response'],
    notes: [reason],
  });
  diagnostics.push(proxyDiagnostics(reason));
  return gatewayErrorResponse(gatewayError('INTEGRATION_FAILURE'));
}

function nonProxyResponseStage(
  state: FlowState,
  response: EndpointResponse,
  steps: SimulationStep[],
  diagnostics: Diagnostic[],
  engine: TemplateEngine,
): FinalResponse {
  const outcome = nonProxyIntegrationResponse({
    method: state.method,
    methodIndex: state.methodIndex,
    request: state.request,
    sample: state.sample,
    context: state.context,
    endpoint: response,
    binaryMediaTypes: binaryMediaTypes(state.design),
    engine,
    diagnostics,
  });
  steps.push(outcome.step);
  if (!outcome.ok) return gatewayErrorResponse(outcome.error);
  return methodResponse(
    outcome.status,
    outcome.headers,
    outcome.payload,
    outcome.contentType,
    state.ids.traceId,
  );
}
