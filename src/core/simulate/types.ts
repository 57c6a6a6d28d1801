/** The simulator's public types (contract: ../shared/design-format.md, `simulate`). */
import type { Diagnostic } from '../diagnostics';
import type { FunctionOutcome } from '../design/types';

/** The stages of a request, named as the console's Method Execution pane names them. */
export type StageName =
  'Method request' | 'Integration request' | 'Lambda' | 'Integration response' | 'Method response';

export interface SimulationStep {
  stage: StageName;
  /** Lines worded like the console's Test log (without the timestamps; see SimulateResult.log). */
  log: string[];
  /** Plain-language explanations of what the stage decided and why (not part of AWS's log). */
  notes?: string[];
  /** The data the stage produced (the normalized method request, the endpoint request, …). */
  data?: unknown;
}

export interface EndpointRequest {
  uri: string;
  headers: Record<string, string>;
  /** The integration request body: the mapped payload, the passed-through body or the proxy event. */
  body: string;
}

export interface SimulateResult {
  status: number;
  headers: Record<string, string>;
  /** Every header with all its values (a Lambda proxy response may set several). */
  multiValueHeaders: Record<string, string[]>;
  /** The method response body; base64 when isBase64Encoded (a binary response). */
  body: string;
  isBase64Encoded: boolean;
  steps: SimulationStep[];
  /** What the function receives (the proxy event, or the mapped payload parsed as JSON). */
  lambdaEvent?: unknown;
  /** The request API Gateway sends to Lambda, when it got that far. */
  endpointRequest?: EndpointRequest;
  /** The whole execution log as the console's Test prints it, timestamps included. */
  log: string;
  diagnostics: Diagnostic[];
}

export interface SimulateOptions {
  /**
   * Simulate the console's Test button (test-invoke-method) rather than a call to the deployed stage:
   * the function must then allow test invocations (`allowTestInvoke`).
   */
  testInvoke?: boolean;
}

/** What the Lambda stage hands to whoever runs the function's code (the UI's Web Worker). */
export interface LambdaInvocation {
  /** The event the handler receives (already parsed from the payload). */
  event: unknown;
  /** The exact invocation payload API Gateway sends. */
  payload: string;
  /** The design's function: its id, and for functions created in the stack their runtime, handler and code. */
  functionId: string;
  runtime?: string;
  handler?: string;
  code?: string;
  /** "RequestResponse" (the default), "Event" or "DryRun", from the X-Amz-Invocation-Type header. */
  invocationType: string;
  /**
   * How long the handler may run before API Gateway or Lambda gives up (the smaller of the function's
   * timeout and the integration timeout). A runner that stops the handler at this limit should return
   * an outcome whose durationMs exceeds it.
   */
  timeLimitMs: number;
}

/** One line the handler wrote to its log (console.log → INFO, console.warn → WARN, …). */
export interface FunctionLogLine {
  level: 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE';
  message: string;
}

/** What a runner reports: the function's outcome, and the lines its code logged (CloudWatch Logs in AWS). */
export type FunctionRun = FunctionOutcome & { functionLog?: FunctionLogLine[] };

/** Runs a function's handler for the simulator, e.g. in a Web Worker with no network. */
export interface LambdaRunner {
  /** Must settle within the invocation's timeLimitMs (plus a small margin) and should not reject. */
  run(invocation: LambdaInvocation): Promise<FunctionRun>;
}
