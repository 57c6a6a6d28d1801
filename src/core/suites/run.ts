/** "Run all": every sample of a design (or of one method) through the simulator, checked. */
import type { Design, LambdaOutcome, SampleDesign } from '../design/types';
import { isRunCodeOutcome } from '../design/types';
import {
  simulate,
  simulateWithRunner,
  type FunctionRun,
  type LambdaRunner,
  type SimulateResult,
} from '../simulate';
import { checkExpectation, type SampleCheck } from './check';

/** The outcome a sample without one is simulated with (as the designer does): an empty JSON object. */
export const DEFAULT_LAMBDA_OUTCOME: LambdaOutcome = { result: {} };

export interface SampleRun extends SampleCheck {
  /** Index in design.samples (for JSON pointers: /samples/N/expect). */
  index: number;
  sample: SampleDesign;
  result: SimulateResult;
}

export interface SuiteRun {
  runs: SampleRun[];
  passed: number;
  failed: number;
  /** Samples without an expectation (run, but nothing to check). */
  unchecked: number;
  /** Set when a run with a LambdaRunner was stopped before every sample ran (`runs` has those that did). */
  stopped?: boolean;
}

/** Where an asynchronous suite run is: `done` samples of `total` have run, `next` is about to. */
export interface SuiteProgress {
  done: number;
  total: number;
  next?: SampleDesign;
}

export interface SuiteRunOptions {
  /** Only this method's samples ("GET /pets/{petId}"). */
  method?: string;
  /** Called before each sample runs and once at the end. */
  onProgress?(progress: SuiteProgress): void;
  /** Asked before and after each sample: true stops the run (the sample then running is left out). */
  isStopped?(): boolean;
}

/** Simulates one sample and checks its expectation. A sample that runs code gets simulate/code-not-run. */
export function runSample(design: Design, sample: SampleDesign, index: number): SampleRun {
  const result = simulate(design, sample.method, sample.request, sample.lambda ?? DEFAULT_LAMBDA_OUTCOME);
  return { index, sample, result, ...checkExpectation(sample.expect, result) };
}

/**
 * The runner with the sample's `durationMs` as the least time each invocation takes (as the contract
 * says of `runCode`), whatever the runner measured.
 */
function withLeastDuration(runner: LambdaRunner, leastMs: number | undefined): LambdaRunner {
  if (leastMs === undefined) return runner;
  return {
    run: async (invocation): Promise<FunctionRun> => {
      const outcome = await runner.run(invocation);
      return { ...outcome, durationMs: Math.max(outcome.durationMs ?? 0, leastMs) };
    },
  };
}

/**
 * runSample, with a sample that runs the function's code (`{ "runCode": true }`) run by `runner`
 * (the app's Web Worker); other samples are simulated as runSample does.
 */
export async function runSampleWithRunner(
  design: Design,
  sample: SampleDesign,
  index: number,
  runner: LambdaRunner,
): Promise<SampleRun> {
  if (!isRunCodeOutcome(sample.lambda)) return runSample(design, sample, index);
  const result = await simulateWithRunner(
    design,
    sample.method,
    sample.request,
    withLeastDuration(runner, sample.lambda.durationMs),
  );
  return { index, sample, result, ...checkExpectation(sample.expect, result) };
}

function summarize(runs: SampleRun[]): SuiteRun {
  return {
    runs,
    passed: runs.filter((r) => r.checked && r.pass).length,
    failed: runs.filter((r) => r.checked && !r.pass).length,
    unchecked: runs.filter((r) => !r.checked).length,
  };
}

function selected(
  design: Design,
  method: string | undefined,
): Array<{ sample: SampleDesign; index: number }> {
  return (design.samples ?? [])
    .map((sample, index) => ({ sample, index }))
    .filter(({ sample }) => method === undefined || sample.method === method);
}

/** Runs the design's samples in order; only those of `method` ("GET /pets/{petId}") when given. */
export function runSuite(design: Design, method?: string): SuiteRun {
  return summarize(selected(design, method).map(({ sample, index }) => runSample(design, sample, index)));
}

/**
 * runSuite with the samples that run code run by `runner`, one sample after the other (a runner runs
 * one invocation at a time in the app). Reports progress, and stops when `isStopped` says so.
 */
export async function runSuiteWithRunner(
  design: Design,
  runner: LambdaRunner,
  options: SuiteRunOptions = {},
): Promise<SuiteRun> {
  const todo = selected(design, options.method);
  const runs: SampleRun[] = [];
  const stopped = () => options.isStopped?.() === true;
  for (const { sample, index } of todo) {
    if (stopped()) return { ...summarize(runs), stopped: true };
    options.onProgress?.({ done: runs.length, total: todo.length, next: sample });
    const run = await runSampleWithRunner(design, sample, index, runner);
    // A sample whose code was stopped did not answer: it is left out rather than shown as failed.
    if (stopped()) return { ...summarize(runs), stopped: true };
    runs.push(run);
  }
  options.onProgress?.({ done: runs.length, total: todo.length });
  return summarize(runs);
}
