/**
 * simulate(): API Gateway's request flow for one method of a design, offline — what the console's
 * Test button shows for a deployed API, for a design that has never been deployed.
 *
 * For real handler code (run by the UI in a Web Worker) the flow splits at the Lambda call:
 *   const prepared = prepareSimulation(design, 'GET /pets/{petId}', request);
 *   const result = prepared.done ? prepared.result : completeSimulation(prepared, await run(prepared.invocation));
 * or, with a LambdaRunner, simply `await simulateWithRunner(design, method, request, runner)`.
 */
import type { Diagnostic } from '../diagnostics';
import type { Design, FunctionOutcome, LambdaOutcome, SampleRequest } from '../design/types';
import { isRunCodeOutcome } from '../design/types';
import { validateDesign } from '../design/validate';
import { completeFlow, prepareFlow, type FlowState } from './flow';
import { gatewayError } from './gatewayResponses';
import { executionLog } from './log';
import { vtlTemplateEngine } from './vtlEngine';
import type { FunctionRun, LambdaInvocation, LambdaRunner, SimulateOptions, SimulateResult } from './types';

export type {
  EndpointRequest,
  FunctionLogLine,
  FunctionRun,
  LambdaInvocation,
  LambdaRunner,
  SimulateOptions,
  SimulateResult,
  SimulationStep,
  StageName,
} from './types';

/** The first half of a simulation: final already, or waiting for the function's outcome. */
export type PreparedSimulation =
  { done: true; result: SimulateResult } | { done: false; invocation: LambdaInvocation; state: FlowState };

function internalFailure(error: unknown): SimulateResult {
  const answer = gatewayError('API_CONFIGURATION_ERROR');
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: answer.status,
    headers: answer.headers,
    multiValueHeaders: Object.fromEntries(Object.entries(answer.headers).map(([k, v]) => [k, [v]])),
    body: answer.body,
    isBase64Encoded: false,
    steps: [],
    log: executionLog('unknown', 0, []),
    diagnostics: [
      { severity: 'error', message: `The simulator failed: ${message}`, code: 'simulate/internal-error' },
    ],
  };
}

/**
 * Adds what validateDesign finds wrong with the design (errors only: warnings are in the Problems
 * list already), since a design with errors cannot be deployed as simulated. The simulator's own
 * diagnostics for the same place are dropped in favour of validation's.
 */
function withDesignDiagnostics(design: Design, result: SimulateResult): SimulateResult {
  const errors = validateDesign(design).filter((d) => d.severity === 'error');
  if (errors.length === 0) return result;
  const covered = new Set(errors.map((d) => d.path));
  const own = result.diagnostics.filter((d: Diagnostic) => d.path === undefined || !covered.has(d.path));
  return { ...result, diagnostics: [...errors, ...own] };
}

function guarded<T>(run: () => T, fallback: (error: unknown) => T): T {
  try {
    return run();
  } catch (error) {
    return fallback(error);
  }
}

/** Runs the request up to the Lambda invocation. Never throws. */
export function prepareSimulation(
  design: Design,
  method: string,
  request: SampleRequest,
  options: SimulateOptions = {},
): PreparedSimulation {
  return guarded(
    () => {
      const prepared = prepareFlow(design, method, request ?? {}, vtlTemplateEngine, options);
      return prepared.done
        ? { done: true, result: withDesignDiagnostics(design, prepared.result) }
        : prepared;
    },
    (error) => ({ done: true, result: internalFailure(error) }),
  );
}

/** Goes on from the function's outcome to the method response. Never throws. */
export function completeSimulation(prepared: PreparedSimulation, outcome: FunctionRun): SimulateResult {
  if (prepared.done) return prepared.result;
  return guarded(
    () =>
      withDesignDiagnostics(
        prepared.state.design,
        completeFlow(prepared.state, outcome ?? { result: null }, vtlTemplateEngine),
      ),
    internalFailure,
  );
}

/** Why simulate() cannot run a sample's code (`{ "runCode": true }`): only a LambdaRunner can. */
export const CODE_NOT_RUN_MESSAGE =
  "This sample runs the function's code, which only the app runs (in a Web Worker, without network); " +
  'simulate() without a LambdaRunner cannot run it, so the function is taken to fail with this message.';

function codeNotRun(prepared: PreparedSimulation, durationMs: number | undefined): SimulateResult {
  const outcome: FunctionOutcome = {
    error: { errorMessage: CODE_NOT_RUN_MESSAGE, errorType: 'Studio.CodeNotRun' },
    ...(durationMs === undefined ? {} : { durationMs }),
  };
  const result = completeSimulation(prepared, outcome);
  if (prepared.done) return result;
  return {
    ...result,
    steps: result.steps.map((step) =>
      step.stage === 'Lambda' ? { ...step, notes: [CODE_NOT_RUN_MESSAGE, ...(step.notes ?? [])] } : step,
    ),
    diagnostics: [
      ...result.diagnostics,
      {
        severity: 'error',
        message: CODE_NOT_RUN_MESSAGE,
        hint: 'Open the design in the app to run the code, or give the sample a result or an error.',
        code: 'simulate/code-not-run',
      },
    ],
  };
}

/**
 * The whole flow over a given Lambda outcome (a sample's result or error). Synchronous; never throws.
 * A sample that runs the function's code (`{ "runCode": true }`) needs simulateWithRunner.
 */
export function simulate(
  design: Design,
  method: string,
  request: SampleRequest,
  lambda: LambdaOutcome,
  options: SimulateOptions = {},
): SimulateResult {
  const prepared = prepareSimulation(design, method, request, options);
  if (isRunCodeOutcome(lambda)) return codeNotRun(prepared, lambda.durationMs);
  return completeSimulation(prepared, lambda);
}

/** The whole flow with the function's code run by a LambdaRunner (e.g. a Web Worker). */
export async function simulateWithRunner(
  design: Design,
  method: string,
  request: SampleRequest,
  runner: LambdaRunner,
  options: SimulateOptions = {},
): Promise<SimulateResult> {
  const prepared = prepareSimulation(design, method, request, options);
  if (prepared.done) return prepared.result;
  let outcome: FunctionRun;
  try {
    outcome = await runner.run(prepared.invocation);
  } catch (error) {
    outcome = {
      error: {
        errorMessage: error instanceof Error ? error.message : String(error),
        errorType: 'Runtime.Unknown',
      },
    };
  }
  return completeSimulation(prepared, outcome);
}
