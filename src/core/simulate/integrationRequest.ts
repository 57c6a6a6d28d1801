/**
 * Stage 2, integration request of a Lambda custom (non-proxy) integration: pick the request template
 * by Content-Type (none → application/json) under passthroughBehavior, convert the payload
 * (contentHandling), render the template, map requestParameters, then apply
 * $context.requestOverride.*, which comes last. Sources: "Integration passthrough behaviors",
 * "Content type conversions", "Use a mapping template to override … parameters".
 */
import type { Diagnostic } from '../diagnostics';
import { pointer } from '../diagnostics';
import type { MethodDesign, PassthroughBehavior, SampleRequest } from '../design/types';
import { endpointHeaders, endpointRequestLog, uriWithQuery } from './endpoint';
import { gatewayError, type GatewayError } from './gatewayResponses';
import { getLast, setAll, type MultiMap } from './multimap';
import { evaluateMapping, parseRequestTarget, type MappingInputs } from './parameterMapping';
import {
  convertRequestPayload,
  mediaTypeOf,
  methodRequestPayload,
  payloadText,
  type Payload,
} from './payload';
import type { MethodRequest } from './request';
import type { RequestOverride, TemplateEngine } from './templates';
import type { SimulationStep } from './types';

export type TemplateChoice =
  | { kind: 'template'; contentType: string; template: string }
  | { kind: 'passthrough'; reason: string }
  | { kind: 'reject'; reason: string };

/** Which request template applies, or whether the body passes through or is rejected with 415. */
export function selectRequestTemplate(
  templates: Record<string, string> | undefined,
  contentTypeHeader: string | undefined,
  behavior: PassthroughBehavior | undefined,
): TemplateChoice {
  const contentType = mediaTypeOf(contentTypeHeader) ?? 'application/json';
  const entries = Object.entries(templates ?? {}).filter(([, t]) => typeof t === 'string');
  const match = entries.find(([key]) => mediaTypeOf(key) === contentType);
  if (match) return { kind: 'template', contentType: match[0], template: match[1] };
  const passthrough = behavior ?? 'WHEN_NO_MATCH';
  const described =
    contentTypeHeader === undefined ? 'application/json (no Content-Type header)' : contentType;
  if (passthrough === 'WHEN_NO_MATCH') {
    return {
      kind: 'passthrough',
      reason: `No request template for ${described}; WHEN_NO_MATCH passes the body through.`,
    };
  }
  if (passthrough === 'WHEN_NO_TEMPLATES' && entries.length === 0) {
    return {
      kind: 'passthrough',
      reason: 'No request templates are defined; WHEN_NO_TEMPLATES passes the body through.',
    };
  }
  return {
    kind: 'reject',
    reason:
      passthrough === 'NEVER'
        ? `No request template for ${described} and passthroughBehavior is NEVER: API Gateway answers 415.`
        : `No request template for ${described}, and WHEN_NO_TEMPLATES rejects unmatched content types once any ` +
          'template is defined: API Gateway answers 415.',
  };
}

/** integration.request.* mappings, in the design's order. */
export function mapRequestParameters(
  method: MethodDesign,
  inputs: MappingInputs,
  methodIndex: number,
  diagnostics: Diagnostic[],
): { header: MultiMap; querystring: MultiMap; path: Record<string, string> } {
  const mapped = { header: [] as MultiMap, querystring: [] as MultiMap, path: {} as Record<string, string> };
  for (const [key, expression] of Object.entries(method.integration?.requestParameters ?? {})) {
    const target = parseRequestTarget(key);
    const where = pointer('methods', methodIndex, 'integration', 'requestParameters', key);
    const value = target
      ? evaluateMapping(String(expression), inputs)
      : { error: `Invalid mapping target ${key}` };
    if ('error' in value) {
      diagnostics.push({
        severity: 'error',
        message: value.error,
        path: where,
        code: 'simulate/mapping-expression',
      });
      continue;
    }
    if (!target || 'missing' in value) continue;
    if (target.location === 'path') mapped.path[target.name] = value.values.join(',');
    else if (target.location === 'header')
      mapped.header = setAll(mapped.header, target.name, value.values, true);
    else mapped.querystring = setAll(mapped.querystring, target.name, value.values, false);
  }
  return mapped;
}

function applyOverride(
  mapped: ReturnType<typeof mapRequestParameters>,
  override: RequestOverride | undefined,
): ReturnType<typeof mapRequestParameters> {
  if (!override) return mapped;
  let { header, querystring } = mapped;
  for (const [name, values] of override.header) header = setAll(header, name, values, true);
  for (const [name, values] of override.querystring) querystring = setAll(querystring, name, values, false);
  return { header, querystring, path: { ...mapped.path, ...override.path } };
}

export interface NonProxyRequestInput {
  method: MethodDesign;
  methodIndex: number;
  request: MethodRequest;
  sample: SampleRequest;
  context: Record<string, unknown>;
  binaryMediaTypes: string[];
  invocationUri: string;
  gatewayHeaders: MultiMap;
  engine: TemplateEngine;
  diagnostics: Diagnostic[];
}

export type IntegrationRequestOutcome =
  | {
      ok: true;
      uri: string;
      headers: MultiMap;
      payload: Payload;
      invocationType: string;
      requestOverride?: RequestOverride;
      step: SimulationStep;
    }
  | { ok: false; error: GatewayError; step: SimulationStep };

function failed(
  kind: 'UNSUPPORTED_MEDIA_TYPE' | 'API_CONFIGURATION_ERROR' | 'BAD_REQUEST_BODY',
  log: string[],
  notes: string[],
  message?: string,
) {
  return {
    ok: false as const,
    error: gatewayError(kind, message),
    step: { stage: 'Integration request' as const, log, notes },
  };
}

/** Renders the chosen template over the (converted) body; `failure` says why it could not. */
function transformBody(
  input: NonProxyRequestInput,
  choice: TemplateChoice,
  payload: Payload,
  notes: string[],
) {
  if (choice.kind !== 'template') return { payload, override: undefined, failure: undefined };
  notes.push(`The request template for ${choice.contentType} transforms the body.`);
  const sample = { ...input.sample, body: payloadText(payload) };
  const rendered = input.engine.renderRequest(choice.template, sample, choice.contentType);
  const where = pointer('methods', input.methodIndex, 'integration', 'requestTemplates', choice.contentType);
  input.diagnostics.push(...rendered.diagnostics.map((d) => ({ ...d, path: d.path ?? where })));
  if (rendered.failed) {
    return { payload, override: undefined, failure: rendered.failure ?? { kind: 'runtime', message: '' } };
  }
  return {
    payload: { kind: 'text', text: rendered.output } as Payload,
    override: rendered.requestOverride,
    failure: undefined,
  };
}

export function nonProxyIntegrationRequest(input: NonProxyRequestInput): IntegrationRequestOutcome {
  const { method, request } = input;
  const integration = method.integration ?? {};
  const notes: string[] = [];
  const contentType = getLast(request.headers, 'Content-Type', true);
  const choice = selectRequestTemplate(
    integration.requestTemplates,
    contentType,
    integration.passthroughBehavior,
  );
  if (choice.kind === 'reject') return failed('UNSUPPORTED_MEDIA_TYPE', [], [choice.reason]);
  if (choice.kind === 'passthrough') notes.push(choice.reason);
  const converted = convertRequestPayload(
    methodRequestPayload(request.body ?? '', contentType, input.binaryMediaTypes),
    integration.contentHandling,
  );
  if ('error' in converted) {
    return failed(
      'API_CONFIGURATION_ERROR',
      [`Execution failed due to configuration error: ${converted.error}`],
      ['contentHandling CONVERT_TO_BINARY needs a base64-encoded body.'],
    );
  }
  const transformed = transformBody(input, choice, converted.payload, notes);
  if (transformed.failure?.kind === 'invalid-payload') {
    return failed(
      'BAD_REQUEST_BODY',
      [],
      [
        `The request template reads the body as JSON, and it is not JSON (${transformed.failure.message}): API Gateway answers 400.`,
      ],
      'Could not process payload',
    );
  }
  if (transformed.failure) {
    return failed(
      'API_CONFIGURATION_ERROR',
      ['Execution failed due to configuration error: Unable to transform request'],
      [`The request template failed to render (${transformed.failure.message}); API Gateway answers 500.`],
    );
  }
  const inputs: MappingInputs = {
    methodRequest: request,
    context: input.context,
    stageVariables: request.stageVariables,
  };
  const mapped = applyOverride(
    mapRequestParameters(method, inputs, input.methodIndex, input.diagnostics),
    transformed.override,
  );
  if (Object.keys(mapped.path).length > 0) {
    notes.push('Path parameter mappings have no effect: the Lambda invocation URI has no path parameters.');
  }
  const uri = uriWithQuery(input.invocationUri, mapped.querystring);
  const headers = endpointHeaders(input.gatewayHeaders, mapped.header);
  const body = payloadText(transformed.payload);
  const invocationType = getLast(mapped.header, 'X-Amz-Invocation-Type', true)?.trim() || 'RequestResponse';
  const step: SimulationStep = {
    stage: 'Integration request',
    log: endpointRequestLog(uri, headers, body),
    notes,
    data: {
      proxy: false,
      template: choice.kind === 'template' ? choice.contentType : null,
      uri,
      headers,
      body,
    },
  };
  return {
    ok: true,
    uri,
    headers,
    payload: transformed.payload,
    invocationType,
    ...(transformed.override ? { requestOverride: transformed.override } : {}),
    step,
  };
}
