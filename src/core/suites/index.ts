export { canonicalJson, checkExpectation, expectationFrom } from './check';
export type { ExpectationFailure, ObservedResponse, SampleCheck } from './check';
export { lineDiff, MAX_DIFF_LINES } from './lineDiff';
export type { DiffLine } from './lineDiff';
export { DEFAULT_LAMBDA_OUTCOME, runSample, runSampleWithRunner, runSuite, runSuiteWithRunner } from './run';
export type { SampleRun, SuiteProgress, SuiteRun, SuiteRunOptions } from './run';
export { exportSuiteAsVitest } from './exportVitest';
export type { ExportOptions, SuiteTarget } from './exportVitest';
