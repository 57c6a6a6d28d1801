/**
 * The simulator's TemplateEngine over the core's VTL engine: templates are parsed once per text
 * (a small cache, since the UI re-simulates on every keystroke) and rendered per request.
 */
import type { Diagnostic } from '../diagnostics';
import type { SampleRequest } from '../design/types';
import { contextValues, parseTemplate, renderParsed, type ParsedTemplate, type RenderResult } from '../vtl';
import type { IntegrationResponseInput, RenderedTemplate, TemplateEngine } from './templates';

const CACHE_SIZE = 64;
const cache = new Map<string, ParsedTemplate>();

function parsed(text: string): ParsedTemplate {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const fresh = parseTemplate(text);
  cache.set(text, fresh);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return fresh;
}

function toRendered(result: RenderResult): RenderedTemplate {
  const diagnostics: Diagnostic[] = result.diagnostics;
  return {
    output: result.output,
    diagnostics,
    failed: result.failure !== null,
    ...(result.failure ? { failure: result.failure } : {}),
    requestOverride: {
      header: result.overrides.request.header,
      querystring: result.overrides.request.querystring,
      path: result.overrides.request.path,
    },
    responseOverride: {
      header: result.overrides.response.header,
      ...(result.overrides.response.status === undefined ? {} : { status: result.overrides.response.status }),
    },
  };
}

export const vtlTemplateEngine: TemplateEngine = {
  renderRequest(template: string, request: SampleRequest, contentType?: string): RenderedTemplate {
    return toRendered(renderParsed(parsed(template), { phase: 'request', request, contentType }));
  },
  renderResponse(
    template: string,
    request: SampleRequest,
    integrationResponse: IntegrationResponseInput,
    contentType?: string,
  ): RenderedTemplate {
    return toRendered(
      renderParsed(parsed(template), { phase: 'response', request, integrationResponse, contentType }),
    );
  },
  context(request: SampleRequest): Record<string, unknown> {
    return contextValues(request);
  },
};
