import type { MethodDesign } from '../../core/design/types';

/** Content types people most often map (datalist suggestions for template keys). */
export const COMMON_CONTENT_TYPES: readonly string[] = [
  'application/json',
  'application/xml',
  'application/x-www-form-urlencoded',
  'text/plain',
  'text/html',
  'multipart/form-data',
  'application/octet-stream',
];

/** `{petId}` and greedy `{proxy+}` names in a resource path, in order. */
export function pathParameterNames(path: string): string[] {
  const names: string[] = [];
  for (const match of path.matchAll(/\{([^{}+]+)\+?\}/g)) names.push(match[1]);
  return names;
}

/**
 * The method.request.* names this method declares (its options.requestParameters) plus one for each
 * path parameter of its resource path that is not declared yet — the sources an integration request
 * parameter or cache key can name.
 */
export function methodRequestNames(method: MethodDesign | undefined): string[] {
  if (!method) return [];
  const names: string[] = Object.keys(method.options?.requestParameters ?? {});
  for (const name of pathParameterNames(method.path ?? '')) {
    const full = `method.request.path.${name}`;
    if (!names.includes(full)) names.push(full);
  }
  return names;
}

/** Suggested names for method request parameters: path parameters, then common headers/querystrings. */
export function methodRequestParameterSuggestions(method: MethodDesign | undefined): string[] {
  const names = pathParameterNames(method?.path ?? '').map((n) => `method.request.path.${n}`);
  names.push('method.request.header.Authorization', 'method.request.header.Content-Type');
  names.push('method.request.querystring.');
  return names;
}

/** Integration request parameter names mirroring the method's declared ones (path → path, …). */
export function integrationRequestNameSuggestions(method: MethodDesign | undefined): string[] {
  return methodRequestNames(method).map((name) => name.replace(/^method\.request\./, 'integration.request.'));
}

/** Values for integration request parameters: method.request.* names, plus the context and stage forms. */
export function integrationRequestValueSuggestions(method: MethodDesign | undefined): string[] {
  return [...methodRequestNames(method), 'context.requestId', "'literal'"];
}

/** Values for integration response parameters. */
export const INTEGRATION_RESPONSE_VALUE_SUGGESTIONS: readonly string[] = [
  'integration.response.body',
  'integration.response.header.',
  "'*'",
];

/** Names for response parameters (method.response.header.*). */
export const RESPONSE_HEADER_SUGGESTIONS: readonly string[] = [
  'method.response.header.Content-Type',
  'method.response.header.Access-Control-Allow-Origin',
  'method.response.header.Location',
  'method.response.header.Cache-Control',
];

/** Status codes for a new integration / method response, skipping those already used. */
export function nextStatusCode(used: readonly string[]): string {
  for (const code of ['200', '400', '500', '201', '404', '403', '401', '502', '204']) {
    if (!used.includes(code)) return code;
  }
  return '200';
}
