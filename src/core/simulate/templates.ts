/**
 * What the simulator needs from the VTL engine: render a mapping template against a sample request
 * (and, for responses, the integration response), read back `$context.requestOverride.*` /
 * `$context.responseOverride.*`, and the `$context` values templates see (the proxy event's
 * requestContext is built from the same values).
 */
import type { Diagnostic } from '../diagnostics';
import type { SampleRequest } from '../design/types';
import type { MultiMap } from './multimap';

export interface RequestOverride {
  header: MultiMap;
  querystring: MultiMap;
  path: Record<string, string>;
}

export interface ResponseOverride {
  /** The raw value the template set, if any; the simulator decides whether API Gateway accepts it. */
  status?: unknown;
  header: MultiMap;
}

export interface RenderedTemplate {
  output: string;
  diagnostics: Diagnostic[];
  /** True when rendering failed at run time (API Gateway then answers 500). */
  failed: boolean;
  requestOverride?: RequestOverride;
  responseOverride?: ResponseOverride;
}

export interface IntegrationResponseInput {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
}

export interface TemplateEngine {
  renderRequest(template: string, request: SampleRequest): RenderedTemplate;
  renderResponse(
    template: string,
    request: SampleRequest,
    integrationResponse: IntegrationResponseInput,
  ): RenderedTemplate;
  /** `$context` as templates see it for this request: realistic defaults under the request's overrides. */
  context(request: SampleRequest): Record<string, unknown>;
}
