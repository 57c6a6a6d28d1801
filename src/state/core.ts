/**
 * The store's one door to the core. The core's functions land one by one (parseDesign, generate,
 * renderTemplate, simulate); until one exists here its pane says "not available yet" instead of the
 * UI imitating it. Signatures are the contract's (../shared/design-format.md).
 */
import * as core from '../core';
import type { Design, Diagnostic, LambdaOutcome, SampleRequest } from '../core';
import type { GenerateOptions, GenerateResult } from '../core/outputs';

export interface RenderInput {
  phase?: 'request' | 'response';
  request: SampleRequest;
  integrationResponse?: { statusCode: number; headers?: Record<string, string>; body: string };
}
export interface RenderResult {
  output: string;
  diagnostics: Diagnostic[];
}
export interface SimulationResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  steps: Array<{ stage: string; log: string[]; data?: unknown }>;
  lambdaEvent?: unknown;
  diagnostics: Diagnostic[];
}

export interface CoreApi {
  parseDesign(input: unknown): { design?: Design; diagnostics: Diagnostic[] };
  validateDesign(design: Design): Diagnostic[];
  generate(design: Design, options?: GenerateOptions): GenerateResult;
  renderTemplate(template: string, input: RenderInput): RenderResult;
  simulate(design: Design, method: string, request: SampleRequest, lambda: LambdaOutcome): SimulationResult;
}

const available = core as unknown as Partial<CoreApi>;

function fn<K extends keyof CoreApi>(name: K): CoreApi[K] | undefined {
  const value = available[name];
  return typeof value === 'function' ? (value as CoreApi[K]) : undefined;
}

export const parseDesign = fn('parseDesign');
export const validateDesign = fn('validateDesign');
export const generate = fn('generate');
export const renderTemplate = fn('renderTemplate');
export const simulate = fn('simulate');
