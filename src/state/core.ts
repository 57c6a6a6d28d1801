/**
 * The store's one door to the core. Design parsing and validation load with the page (restoring a
 * saved design needs them before the first paint); the output functions (generate, renderTemplate,
 * simulate: CloudFormation synthesis, five code printers, the VTL engine, the simulator) come in a
 * separate chunk fetched right after, so the first view does not wait for them. An output function
 * the core does not export stays undefined and its pane says so instead of the UI imitating it.
 * Signatures are the contract's (../shared/design-format.md).
 */
import type { Design, Diagnostic, LambdaOutcome, SampleRequest } from '../core';
import { parseDesign as coreParseDesign } from '../core/design/parse';
import { validateDesign as coreValidateDesign } from '../core/design/validate';
import type { GenerateOptions, GenerateResult } from '../core/outputs';

export interface RenderInput {
  phase?: 'request' | 'response';
  request: SampleRequest;
  integrationResponse?: { statusCode: number; headers?: Record<string, string>; body: string };
}
export interface RenderResult {
  output: string;
  diagnostics: Diagnostic[];
  /** Why the render stopped, when it did ("limit": one of the engine's limits, e.g. its step budget). */
  failure?: { kind: string; message: string };
}
/** The VTL engine's limits a caller may lower (src/core/vtl/evaluator.ts `Limits`). */
export interface RenderOptions {
  limits?: { maxSteps?: number };
}
export interface SimulationResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Each stage's console-style log, and plain-language notes on what it decided. */
  steps: Array<{ stage: string; log: string[]; notes?: string[]; data?: unknown }>;
  lambdaEvent?: unknown;
  diagnostics: Diagnostic[];
}

export interface CoreApi {
  parseDesign(input: unknown): { design?: Design; diagnostics: Diagnostic[] };
  validateDesign(design: Design): Diagnostic[];
  generate(design: Design, options?: GenerateOptions): GenerateResult;
  renderTemplate(template: string, input: RenderInput, options?: RenderOptions): RenderResult;
  simulate(design: Design, method: string, request: SampleRequest, lambda: LambdaOutcome): SimulationResult;
}

export const parseDesign: CoreApi['parseDesign'] = coreParseDesign;
export const validateDesign: CoreApi['validateDesign'] = coreValidateDesign;

/** The lazily loaded output functions; each undefined while the core does not export it. */
export interface CoreOutputs {
  generate?: CoreApi['generate'];
  renderTemplate?: CoreApi['renderTemplate'];
  simulate?: CoreApi['simulate'];
}

function pick(module: Record<string, unknown>): CoreOutputs {
  const fn = <K extends keyof CoreOutputs>(name: K) =>
    typeof module[name] === 'function' ? (module[name] as CoreOutputs[K]) : undefined;
  return { generate: fn('generate'), renderTemplate: fn('renderTemplate'), simulate: fn('simulate') };
}

let loading: Promise<CoreOutputs> | undefined;

/** Fetches the output chunk once; later calls share the same promise. */
export function loadCoreOutputs(): Promise<CoreOutputs> {
  loading ??= import('../core').then((module) => pick(module as unknown as Record<string, unknown>));
  return loading;
}
