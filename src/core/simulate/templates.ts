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
  /** True when API Gateway would fail the request instead of using the output. */
  failed: boolean;
  /**
   * Why: "invalid-payload" when the body the template reads is not JSON (API Gateway answers 400
   * "Could not process payload" for a request), else a parse, run-time or limit failure (500).
   */
  failure?: { kind: string; message: string };
  requestOverride?: RequestOverride;
  responseOverride?: ResponseOverride;
}

export interface IntegrationResponseInput {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
}

export interface TemplateEngine {
  /** contentType: the template's key, which turns on JSON checks of the output. */
  renderRequest(template: string, request: SampleRequest, contentType?: string): RenderedTemplate;
  renderResponse(
    template: string,
    request: SampleRequest,
    integrationResponse: IntegrationResponseInput,
    contentType?: string,
  ): RenderedTemplate;
  /** `$context` as templates see it for this request: realistic defaults under the request's overrides. */
  context(request: SampleRequest): Record<string, unknown>;
}
