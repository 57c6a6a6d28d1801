/**
 * Stage 5, integration response of a Lambda custom integration: select the integration response by
 * selectionPattern against the function's errorMessage (a success has none, so only patterns that
 * match the empty string — ".*" — catch it; the empty pattern is the default), map responseParameters,
 * convert the payload, render the response template chosen by Accept then application/json, and
 * apply $context.responseOverride.*. Source: "Handle Lambda errors in API Gateway".
 */
import { pointer, type Diagnostic } from '../diagnostics';
import type { IntegrationResponseDesign, MethodDesign, SampleRequest } from '../design/types';
import { gatewayError, type GatewayError } from './gatewayResponses';
import type { EndpointResponse } from './lambdaInvoke';
import { getLast, lastValues, setAll, type MultiMap } from './multimap';
import { evaluateMapping, parseResponseTarget } from './parameterMapping';
import {
  convertResponsePayload,
  isBinaryMediaType,
  mediaTypeOf,
  payloadText,
  text,
  type Payload,
} from './payload';
import type { MethodRequest } from './request';
import { compileSelectionPattern, fullMatch } from './selectionPattern';
import type { ResponseOverride, TemplateEngine } from './templates';
import type { SimulationStep } from './types';

export type Selection =
  | { kind: 'selected'; index: number; response: IntegrationResponseDesign; note: string }
  | { kind: 'none'; note: string };

/** Picks the integration response for a selection input (the errorMessage, or "" for a success). */
export function selectIntegrationResponse(
  responses: readonly IntegrationResponseDesign[],
  input: string,
  methodIndex: number,
  diagnostics: Diagnostic[],
): Selection {
  const matching: number[] = [];
  responses.forEach((response, index) => {
    const pattern = response.selectionPattern;
    if (pattern === undefined || pattern === '') return;
    const compiled = compileSelectionPattern(pattern);
    const where = pointer(
      'methods',
      methodIndex,
      'integration',
      'integrationResponses',
      index,
      'selectionPattern',
    );
    const matched = 'error' in compiled ? undefined : fullMatch(compiled, input);
    if ('error' in compiled || matched === undefined) {
      const why =
        'error' in compiled
          ? compiled.unsupported
            ? `uses Java regex syntax the simulator cannot run (${compiled.error})`
            : `is not a valid Java regular expression (${compiled.error})`
          : 'nests quantifiers and could take exponential time on this message, so the simulator does not run it';
      diagnostics.push({
        severity: 'error' in compiled && !compiled.unsupported ? 'error' : 'warning',
        message: `selectionPattern ${JSON.stringify(pattern)} ${why}; it is treated as not matching.`,
        path: where,
        code: 'simulate/selection-pattern',
      });
    } else if (matched) matching.push(index);
  });
  const subject =
    input === ''
      ? 'the empty error message of a successful invocation'
      : `errorMessage ${JSON.stringify(input)}`;
  if (matching.length > 0) {
    const index = matching[0];
    const others =
      matching.length > 1 ? ` (${matching.length - 1} later pattern(s) also match; the first one wins)` : '';
    const note = `selectionPattern ${JSON.stringify(responses[index].selectionPattern)} matches ${subject} as a whole${others}.`;
    return { kind: 'selected', index, response: responses[index], note };
  }
  const index = responses.findIndex((r) => r.selectionPattern === undefined || r.selectionPattern === '');
  if (index >= 0) {
    return {
      kind: 'selected',
      index,
      response: responses[index],
      note: `No selectionPattern matches ${subject}; the default integration response (${responses[index].statusCode}) applies.`,
    };
  }
  return {
    kind: 'none',
    note: `No selectionPattern matches ${subject} and there is no default integration response.`,
  };
}

/** The response template: the one for the client's Accept type, else application/json, else the first. */
export function selectResponseTemplate(
  templates: Record<string, string> | undefined,
  accept: string | undefined,
): { contentType: string; template: string } | undefined {
  const entries = Object.entries(templates ?? {}).filter(([, t]) => typeof t === 'string');
  if (entries.length === 0) return undefined;
  const wanted = mediaTypeOf(accept);
  const found =
    entries.find(([key]) => wanted !== undefined && mediaTypeOf(key) === wanted) ??
    entries.find(([key]) => mediaTypeOf(key) === 'application/json') ??
    entries[0];
  return { contentType: found[0], template: found[1] };
}

function declaredHeaders(method: MethodDesign, statusCode: string): Set<string> | undefined {
  const response = method.options?.methodResponses?.find((r) => r.statusCode === statusCode);
  if (!response) return undefined;
  return new Set(Object.keys(response.responseParameters ?? {}).map((k) => k.toLowerCase()));
}

function mapResponseParameters(
  input: IntegrationResponseInput,
  selected: { index: number; response: IntegrationResponseDesign },
): MultiMap {
  let headers: MultiMap = [];
  const declared = declaredHeaders(input.method, selected.response.statusCode);
  for (const [key, expression] of Object.entries(selected.response.responseParameters ?? {})) {
    const where = pointer(
      'methods',
      input.methodIndex,
      'integration',
      'integrationResponses',
      selected.index,
      'responseParameters',
      key,
    );
    const name = parseResponseTarget(key);
    const value = name
      ? evaluateMapping(String(expression), {
          integrationResponse: { headers: input.endpoint.headers, body: input.endpoint.body },
          context: input.context,
          stageVariables: input.request.stageVariables,
        })
      : { error: `Invalid response parameter ${key}: only method.response.header.* can be mapped` };
    if ('error' in value) {
      input.diagnostics.push({
        severity: 'error',
        message: value.error,
        path: where,
        code: 'simulate/mapping-expression',
      });
      continue;
    }
    if (name && declared && !declared.has(key.toLowerCase())) {
      input.diagnostics.push({
        severity: 'warning',
        message: `${key} is not declared in the method response ${selected.response.statusCode}; API Gateway rejects the mapping when deploying.`,
        path: where,
        code: 'simulate/undeclared-response-parameter',
      });
    }
    if (name && 'values' in value) headers = setAll(headers, name, [value.values.join(',')], true);
  }
  return headers;
}

/** A responseOverride.status API Gateway accepts: a whole number from 100 to 599. */
export function overrideStatus(raw: unknown): number | undefined {
  const number =
    typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(number) && number >= 100 && number <= 599 ? number : undefined;
}

export interface IntegrationResponseInput {
  method: MethodDesign;
  methodIndex: number;
  request: MethodRequest;
  sample: SampleRequest;
  context: Record<string, unknown>;
  endpoint: EndpointResponse;
  binaryMediaTypes: string[];
  engine: TemplateEngine;
  diagnostics: Diagnostic[];
}

export type IntegrationResponseOutcome =
  | {
      ok: true;
      status: number;
      headers: MultiMap;
      payload: Payload;
      contentType: string;
      step: SimulationStep;
    }
  | { ok: false; error: GatewayError; step: SimulationStep };

function configurationError(log: string, notes: string[]): IntegrationResponseOutcome {
  return {
    ok: false,
    error: gatewayError('API_CONFIGURATION_ERROR'),
    step: {
      stage: 'Integration response',
      log: [`Execution failed due to configuration error: ${log}`],
      notes,
    },
  };
}

function renderBody(
  input: IntegrationResponseInput,
  selected: { index: number; response: IntegrationResponseDesign },
  payload: Payload,
  notes: string[],
): { payload: Payload; contentType: string; override?: ResponseOverride } | undefined {
  const accept = getLast(input.request.headers, 'Accept', true);
  const choice = selectResponseTemplate(selected.response.responseTemplates, accept);
  if (!choice) {
    notes.push('No response template: the body passes through.');
    return { payload, contentType: 'application/json' };
  }
  notes.push(`The response template for ${choice.contentType} transforms the body.`);
  const rendered = input.engine.renderResponse(
    choice.template,
    input.sample,
    {
      statusCode: input.endpoint.status,
      headers: lastValues(input.endpoint.headers),
      body: payloadText(payload),
    },
    choice.contentType,
  );
  const where = pointer(
    'methods',
    input.methodIndex,
    'integration',
    'integrationResponses',
    selected.index,
    'responseTemplates',
    choice.contentType,
  );
  input.diagnostics.push(...rendered.diagnostics.map((d) => ({ ...d, path: d.path ?? where })));
  if (rendered.failed) {
    notes.push(`The response template failed to render: ${rendered.failure?.message ?? 'error'}.`);
    return undefined;
  }
  return {
    payload: text(rendered.output),
    contentType: choice.contentType,
    override: rendered.responseOverride,
  };
}

function statusOf(
  selected: IntegrationResponseDesign,
  override: ResponseOverride | undefined,
  notes: string[],
): number {
  const base = Number.parseInt(selected.statusCode, 10);
  const overridden = override?.status === undefined ? undefined : overrideStatus(override.status);
  if (override?.status !== undefined && overridden === undefined) {
    notes.push(
      `$context.responseOverride.status ${JSON.stringify(override.status)} is not a status code; it is ignored.`,
    );
  }
  if (overridden !== undefined)
    notes.push(`$context.responseOverride.status sets the status to ${overridden}.`);
  return overridden ?? (Number.isInteger(base) ? base : 500);
}

export function nonProxyIntegrationResponse(input: IntegrationResponseInput): IntegrationResponseOutcome {
  const integration = input.method.integration ?? {};
  const selectionInput = input.endpoint.functionError ? (input.endpoint.errorMessage ?? '') : '';
  const selection = selectIntegrationResponse(
    integration.integrationResponses ?? [],
    selectionInput,
    input.methodIndex,
    input.diagnostics,
  );
  if (selection.kind === 'none') {
    return configurationError(
      `No match for output mapping and no default output mapping configured. Endpoint Response Status Code: ${input.endpoint.status}`,
      [selection.note, 'API Gateway answers 500.'],
    );
  }
  const notes = [selection.note];
  const headers = mapResponseParameters(input, selection);
  const accept = getLast(input.request.headers, 'Accept', true);
  const acceptIsBinary = isBinaryMediaType(mediaTypeOf(accept), input.binaryMediaTypes);
  const converted = convertResponsePayload(
    text(input.endpoint.body),
    selection.response.contentHandling,
    acceptIsBinary,
  );
  if ('error' in converted)
    return configurationError(converted.error, [
      'The response body is not base64, so it cannot become binary.',
    ]);
  const rendered = renderBody(input, selection, converted.payload, notes);
  if (!rendered) return configurationError('Unable to transform response', notes);
  let finalHeaders = headers;
  for (const [name, values] of rendered.override?.header ?? [])
    finalHeaders = setAll(finalHeaders, name, values, true);
  const status = statusOf(selection.response, rendered.override, notes);
  const step: SimulationStep = {
    stage: 'Integration response',
    log: [],
    notes,
    data: { selected: selection.response.statusCode, selectionInput, headers: finalHeaders, status },
  };
  return {
    ok: true,
    status,
    headers: finalHeaders,
    payload: rendered.payload,
    contentType: rendered.contentType,
    step,
  };
}
