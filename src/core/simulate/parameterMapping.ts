/**
 * requestParameters / responseParameters: "integration.request.header.X": "method.request.querystring.q"
 * and "method.response.header.X": "integration.response.body.id". A source that is absent maps to
 * nothing, except a body JSONPath, which maps to "" (the console logs "Location=" for it).
 * Source: "Parameter mapping source reference" in the API Gateway developer guide.
 */
import { bodyPathText, mappedValueText } from './jsonPath';
import { getAll, getLast, type MultiMap } from './multimap';
import type { MethodRequest } from './request';

export interface MappingInputs {
  /** Present for request mappings. */
  methodRequest?: MethodRequest;
  /** Present for response mappings. */
  integrationResponse?: { headers: MultiMap; body: string };
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

export type MappedValue = { values: string[] } | { missing: true } | { error: string };

export type RequestTarget = { location: 'path' | 'querystring' | 'header'; name: string };

export function parseRequestTarget(key: string): RequestTarget | undefined {
  const match = /^integration\.request\.(path|querystring|header)\.(.+)$/.exec(key);
  return match ? { location: match[1] as RequestTarget['location'], name: match[2] } : undefined;
}

export function parseResponseTarget(key: string): string | undefined {
  return /^method\.response\.header\.(.+)$/.exec(key)?.[1];
}

function fromBody(body: string | null | undefined, path: string | undefined): MappedValue {
  if (path === undefined) return { values: [body ?? ''] };
  const result = bodyPathText(body, path);
  return 'invalid' in result ? { error: result.invalid } : { values: [result.text] };
}

const present = (values: string[] | undefined): MappedValue =>
  values === undefined ? { missing: true } : { values };

function fromMethodRequest(request: MethodRequest, kind: string, name: string | undefined): MappedValue {
  if (kind === 'body') return fromBody(request.body, name);
  if (name === undefined) return { error: `method.request.${kind} needs a parameter name` };
  switch (kind) {
    case 'path':
      return present(name in request.pathParameters ? [request.pathParameters[name]] : undefined);
    case 'querystring':
      return present(optional(getLast(request.query, name, false)));
    case 'multivaluequerystring':
      return present(getAll(request.query, name, false));
    case 'header':
      return present(optional(getLast(request.headers, name, true)));
    case 'multivalueheader':
      return present(getAll(request.headers, name, true));
    default:
      return { error: `Unknown method request parameter type "${kind}"` };
  }
}

function fromIntegrationResponse(
  response: { headers: MultiMap; body: string },
  kind: string,
  name: string | undefined,
): MappedValue {
  if (kind === 'body') return fromBody(response.body, name);
  if (name === undefined) return { error: `integration.response.${kind} needs a header name` };
  if (kind === 'header') return present(optional(getLast(response.headers, name, true)));
  if (kind === 'multivalueheader') return present(getAll(response.headers, name, true));
  return { error: `Unknown integration response parameter type "${kind}"` };
}

const optional = (value: string | undefined) => (value === undefined ? undefined : [value]);

function fromContext(context: Record<string, unknown>, path: string): MappedValue {
  let value: unknown = context;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !(part in value)) return { missing: true };
    value = (value as Record<string, unknown>)[part];
  }
  if (value === null || value === undefined) return { missing: true };
  return { values: [mappedValueText(value)] };
}

/** Evaluates one mapping expression against the request or the integration response. */
export function evaluateMapping(expression: string, inputs: MappingInputs): MappedValue {
  const source = expression.trim();
  const literal = /^'(.*)'$/s.exec(source);
  if (literal) return { values: [literal[1]] };
  if (source.startsWith('stageVariables.')) {
    const name = source.slice('stageVariables.'.length);
    return present(optional(inputs.stageVariables[name]));
  }
  if (source.startsWith('context.')) return fromContext(inputs.context, source.slice('context.'.length));
  const request = /^method\.request\.(\w+)(?:\.(.+))?$/.exec(source);
  if (request) {
    if (!inputs.methodRequest) return { error: `${source} can only be used in integration request mappings` };
    return fromMethodRequest(inputs.methodRequest, request[1], request[2]);
  }
  const response = /^integration\.response\.(\w+)(?:\.(.+))?$/.exec(source);
  if (response) {
    if (!inputs.integrationResponse)
      return { error: `${source} can only be used in integration response mappings` };
    return fromIntegrationResponse(inputs.integrationResponse, response[1], response[2]);
  }
  return { error: `Invalid mapping expression specified: ${source}` };
}
