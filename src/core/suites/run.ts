/** "Run all": every sample of a design (or of one method) through the simulator, checked. */
import type { Design, LambdaOutcome, SampleDesign } from '../design/types';
import { simulate, type SimulateResult } from '../simulate';
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
}

/** Simulates one sample and checks its expectation. */
export function runSample(design: Design, sample: SampleDesign, index: number): SampleRun {
  const result = simulate(design, sample.method, sample.request, sample.lambda ?? DEFAULT_LAMBDA_OUTCOME);
  return { index, sample, result, ...checkExpectation(sample.expect, result) };
}

/** Runs the design's samples in order; only those of `method` ("GET /pets/{petId}") when given. */
export function runSuite(design: Design, method?: string): SuiteRun {
  const runs: SampleRun[] = [];
  (design.samples ?? []).forEach((sample, index) => {
    if (method === undefined || sample.method === method) runs.push(runSample(design, sample, index));
  });
  return {
    runs,
    passed: runs.filter((r) => r.checked && r.pass).length,
    failed: runs.filter((r) => r.checked && !r.pass).length,
    unchecked: runs.filter((r) => !r.checked).length,
  };
}
