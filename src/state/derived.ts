/**
 * Derived views of the store: everything here is the core's answer for the current design, memoized
 * on the inputs' identity so a component re-rendering does not re-run the core, and an edit runs
 * each core function at most once.
 */
import type { Design, Diagnostic, LambdaOutcome, MethodDesign, SampleDesign, SampleRequest } from '../core';
import type { GenerateResult, OutputKind } from '../core/outputs';
import {
  validateDesign,
  type CoreOutputs,
  type RenderInput,
  type RenderResult,
  type SimulationResult,
} from './core';
import type { SlowRender } from './offThread';
import { methodKey } from './designEdits';
import { getAt, parsePointer } from './pointer';
import type { AppState } from './store';

/** Remembers the last result for the last arguments (compared with ===). */
export function memoizeLast<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | undefined;
  let lastResult: R;
  return (...args: A) => {
    if (lastArgs && lastArgs.length === args.length && lastArgs.every((a, i) => a === args[i]))
      return lastResult;
    lastResult = f(...args);
    lastArgs = args;
    return lastResult;
  };
}

function internalError(what: string, error: unknown): Diagnostic {
  return {
    severity: 'error',
    message: `Internal error in ${what}: ${error instanceof Error ? error.message : String(error)}. Please report it with your design.`,
    code: 'studio/internal-error',
  };
}

const NO_FILES: readonly OutputKind[] = [];
const FILE_OF_TAB: Partial<Record<AppState['outputTab'], readonly OutputKind[]>> = {
  'cdk-typescript': ['cdk-typescript'],
  'cdk-python': ['cdk-python'],
  'cdk-java': ['cdk-java'],
  'cdk-csharp': ['cdk-csharp'],
  'cdk-go': ['cdk-go'],
  'cloudformation-json': ['cloudformation-json'],
  'cloudformation-yaml': ['cloudformation-yaml'],
  'openapi-json': ['openapi-json'],
  'openapi-yaml': ['openapi-yaml'],
  'sam-yaml': ['sam-yaml'],
};

/**
 * `undefined` while the core's output chunk is loading, or when it has no generate(). Only the
 * file the output pane shows is printed: a keystroke pays for one printer, not all of them.
 */
const generateMemo = memoizeLast(
  (
    outputs: CoreOutputs,
    design: Design,
    pathMetadata: boolean,
    files: readonly OutputKind[],
  ): GenerateResult | undefined => {
    const { generate } = outputs;
    if (!generate) return undefined;
    try {
      return generate(design, { pathMetadata, outputs: files });
    } catch (error) {
      return { diagnostics: [internalError('generate', error)], template: null, files: {} };
    }
  },
);
export const selectGenerated = (s: AppState) =>
  generateMemo(s.coreOutputs, s.design, s.pathMetadata, FILE_OF_TAB[s.outputTab] ?? NO_FILES);

const validateMemo = memoizeLast((design: Design): Diagnostic[] => {
  try {
    return validateDesign(design);
  } catch (error) {
    return [internalError('validateDesign', error)];
  }
});

/**
 * Keeps the previous array when the diagnostics did not change (most keystrokes), so everything
 * that shows them (fields, tree, Problems) can skip re-rendering.
 */
function stable<T>(): (next: T) => T {
  let last: T | undefined;
  let lastKey = '';
  return (next) => {
    const key = JSON.stringify(next);
    if (last !== undefined && key === lastKey) return last;
    last = next;
    lastKey = key;
    return next;
  };
}
const stableProblems = stable<Diagnostic[] | undefined>();
const problemsMemo = memoizeLast(
  (generated: GenerateResult | undefined, validation: Diagnostic[] | undefined): Diagnostic[] | undefined =>
    stableProblems(generated?.diagnostics ?? validation),
);
/** All diagnostics of the design (generate's when it exists, it includes validation); undefined before the core has either. */
export const selectProblems = (s: AppState) => {
  const generated = selectGenerated(s);
  return problemsMemo(generated, generated ? undefined : validateMemo(s.design));
};

export const selectSelectedMethod = (s: AppState): MethodDesign | undefined =>
  s.selection.kind === 'method' ? s.design.methods[s.selection.index] : undefined;

/** The method index a JSON pointer points into ("/methods/2/…" → 2). */
export function methodIndexOf(path: string | undefined): number | undefined {
  if (!path) return undefined;
  try {
    const [head, index] = parsePointer(path);
    return head === 'methods' && /^\d+$/.test(index ?? '') ? Number(index) : undefined;
  } catch {
    return undefined;
  }
}

/** The samples of a method and the chosen one (the first when none was chosen). */
export function samplesFor(design: Design, method: MethodDesign, chosen: Record<string, string>) {
  const key = methodKey(method);
  const samples = (design.samples ?? []).filter((s) => s.method === key);
  const selected = samples.find((s) => s.name === chosen[key]) ?? samples[0];
  return { key, samples, selected };
}

/** Sample request used when a method has no saved sample: the method and path, nothing else. */
export function defaultRequest(method: MethodDesign): SampleRequest {
  return { method: method.httpMethod, path: method.path };
}

const DEFAULT_OUTCOME: LambdaOutcome = { result: {} };

export interface RenderView {
  /** Where the template lives in the design, e.g. "/methods/0/integration/requestTemplates/application~1json". */
  path: string;
  phase: 'request' | 'response';
  contentType: string;
  sample?: SampleDesign;
  result?: RenderResult;
  /**
   * The template takes more than SYNC_RENDER_STEPS: it renders in a worker (`job`), and `result` is
   * empty until that answer (the store's `slowRender` with the same key) is there.
   */
  pending?: boolean;
  job?: { key: string; template: string; input: RenderInput };
}

/**
 * Evaluation steps a template may take on the page's thread, where it renders on every keystroke
 * (a few ms at most). Mapping templates need far fewer; one that needs more renders in a worker with
 * the engine's full budget (5,000,000 steps: about a second for a runaway loop).
 */
export const SYNC_RENDER_STEPS = 100_000;

/** Which template to render: the one the editor shows, else the selected method's first request template. */
export function currentTemplatePath(s: AppState): string | undefined {
  if (s.templatePath !== undefined && typeof getAt(s.design, s.templatePath) === 'string')
    return s.templatePath;
  if (s.selection.kind !== 'method') return undefined;
  const method = s.design.methods[s.selection.index];
  const first = Object.keys(method?.integration?.requestTemplates ?? {})[0];
  if (first === undefined) return undefined;
  return `/methods/${s.selection.index}/integration/requestTemplates/${first.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

function integrationResponseFrom(outcome: LambdaOutcome) {
  // A non-proxy Lambda integration sees the function's JSON result, or the error object for errors.
  const body = 'error' in outcome ? JSON.stringify(outcome.error) : JSON.stringify(outcome.result ?? null);
  return { statusCode: 200, body };
}

const renderMemo = memoizeLast(
  (
    outputs: CoreOutputs,
    design: Design,
    path: string | undefined,
    chosen: Record<string, string>,
    slow: SlowRender | undefined,
  ): RenderView | undefined => {
    const { renderTemplate } = outputs;
    if (path === undefined) return undefined;
    const segments = parsePointer(path);
    const method = design.methods[Number(segments[1])];
    const template = getAt(design, path);
    if (!method || typeof template !== 'string') return undefined;
    const phase = segments.includes('integrationResponses') ? 'response' : 'request';
    const { selected } = samplesFor(design, method, chosen);
    const request = selected?.request ?? defaultRequest(method);
    const view: RenderView = { path, phase, contentType: segments[segments.length - 1], sample: selected };
    if (!renderTemplate) return view;
    const input: RenderInput = {
      phase,
      request,
      ...(phase === 'response'
        ? { integrationResponse: integrationResponseFrom(selected?.lambda ?? DEFAULT_OUTCOME) }
        : {}),
    };
    try {
      view.result = renderTemplate(template, input, { limits: { maxSteps: SYNC_RENDER_STEPS } });
      if (view.result.failure?.kind === 'limit') {
        // Stopped by the small budget (or another limit): the worker's full render is the answer.
        const key = `${template}\u0000${JSON.stringify(input)}`;
        if (slow?.key === key) view.result = slow.result;
        else {
          view.pending = true;
          view.job = { key, template, input };
          view.result = { output: '', diagnostics: [] };
        }
      }
    } catch (error) {
      view.result = { output: '', diagnostics: [internalError('renderTemplate', error)] };
    }
    return view;
  },
);
export const selectRendered = (s: AppState) =>
  renderMemo(s.coreOutputs, s.design, currentTemplatePath(s), s.selectedSample, s.slowRender);

export interface SimulationView {
  method: string;
  sample?: SampleDesign;
  result?: SimulationResult;
  /** The answer for the current inputs is still being computed (off the page's thread); `result` is the last one. */
  pending?: boolean;
}
