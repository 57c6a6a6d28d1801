import { simulate, type LambdaOutcome, type SampleRequest } from '../../src/core';
import { hasError, jsonText, printDiagnostics, readJson, UsageError, type Output } from '../io';
import { designSource, readDesign } from './validate';

export const simulateUsage = `integration-studio simulate <design.json | -> --method "GET /pets/{petId}" --request FILE --lambda FILE [--test-invoke]
integration-studio simulate <design.json | -> --sample NAME [--method ...] [--request FILE] [--lambda FILE]
  Runs a request through method request → integration request → Lambda → integration response →
  method response. --lambda holds the function's outcome: {"result": ...} or {"error": {"errorMessage", "errorType"?}}.
  stdout: {"status", "headers", "body", "steps", "lambdaEvent", ...} as JSON; diagnostics on stderr;
  exit 1 when a diagnostic is an error (a 4xx/5xx answer is a result, not an error).`;

export interface SimulateArgs {
  design: string;
  method?: string;
  request?: string;
  lambda?: string;
  sample?: string;
  testInvoke: boolean;
}

function isLambdaOutcome(value: unknown): value is LambdaOutcome {
  if (typeof value !== 'object' || value === null) return false;
  // A sample that runs the function's code: simulate() answers that only the app runs it.
  if ('result' in value || (value as { runCode?: unknown }).runCode === true) return true;
  const error = (value as { error?: unknown }).error;
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { errorMessage?: unknown }).errorMessage === 'string'
  );
}

export function simulateCommand(args: SimulateArgs, out: Output): number {
  const source = designSource(args.design);
  const design = readDesign(args.design, out);
  if (!design) return 1;
  const sample = args.sample !== undefined ? design.samples?.find((s) => s.name === args.sample) : undefined;
  if (args.sample !== undefined && !sample) {
    const names = (design.samples ?? []).map((s) => JSON.stringify(s.name)).join(', ') || 'none';
    throw new UsageError(`the design has no sample named ${JSON.stringify(args.sample)} (samples: ${names})`);
  }
  const method = args.method ?? sample?.method;
  if (!method) throw new UsageError('simulate needs --method "VERB /path" (or --sample NAME)');
  const request = (
    args.request !== undefined ? readJson(args.request, 'request') : (sample?.request ?? {})
  ) as SampleRequest;
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw new UsageError('the request must be a JSON object (a sample request)');
  }
  const lambda = args.lambda !== undefined ? readJson(args.lambda, 'Lambda outcome') : sample?.lambda;
  if (lambda === undefined)
    throw new UsageError('simulate needs --lambda FILE: {"result": ...} or {"error": {...}}');
  if (!isLambdaOutcome(lambda)) {
    throw new UsageError(
      'the Lambda outcome must be {"result": ...} or {"error": {"errorMessage": string, "errorType"?: string}}',
    );
  }
  const result = simulate(design, method, request, lambda, { testInvoke: args.testInvoke });
  // The design's own warnings were shown by validation; these are the run's.
  printDiagnostics(out, result.diagnostics, source);
  out.stdout(jsonText(result));
  return hasError(result.diagnostics) ? 1 : 0;
}
