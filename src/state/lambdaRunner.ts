/**
 * The app's LambdaRunner: runs a function's inline Node.js code in a dedicated Web Worker
 * (./lambdaWorker.ts, bundled by Vite: works offline) without network access, one fresh worker per
 * invocation. The worker is terminated when the handler is done, when the invocation's time limit
 * passes (the outcome then takes longer than the limit, which the core turns into Lambda's "Task
 * timed out after N.NN seconds" error or API Gateway's 504), or when the user stops it.
 */
import type { Design } from '../core/design/types';
import type { FunctionLogLine, FunctionRun, LambdaInvocation, LambdaRunner } from '../core/simulate';
import { isImportedFunction } from '../core/design/types';
import type { SandboxContext, SandboxOutcome, SandboxRequest } from './lambdaSandbox';
import type { LambdaWorkerMessage } from './lambdaWorker';
import LambdaWorker from './lambdaWorker?worker';

/** A worker that has not started the code after this long has failed to load. */
const START_TIMEOUT_MS = 15_000;

export const STOPPED_MESSAGE = "Stopped: the function's code was stopped before the handler finished.";

/** What a run needs to know besides the invocation; the worker and the clock can be replaced in tests. */
export interface WorkerRunnerOptions {
  design: Design;
  /** The sample's durationMs: the least time the invocation takes. */
  minDurationMs?: number;
  /** Called when the code starts and when it ends (progress in the UI). */
  onProgress?(state: { running: boolean; timeLimitMs: number; stop(): void }): void;
  createWorker?(): Worker;
  now?(): number;
}

function functionError(errorType: string, errorMessage: string): FunctionRun {
  return { error: { errorType, errorMessage } };
}

/** Why this invocation's code cannot run here, if it cannot. */
export function notRunnable(invocation: LambdaInvocation): FunctionRun | undefined {
  if (invocation.code === undefined || invocation.handler === undefined) {
    return functionError(
      'Studio.CodeNotAvailable',
      `The function ${invocation.functionId} is imported by its ARN: its code is not in the design, so it cannot ` +
        'run here. Give the sample a result or an error instead.',
    );
  }
  if (!invocation.runtime?.startsWith('nodejs')) {
    return functionError(
      'Studio.RuntimeNotSupported',
      `Only Node.js inline code runs in the simulator; the function ${invocation.functionId} uses ` +
        `${invocation.runtime ?? 'no runtime'}. Choose a nodejs runtime, or give the sample a result or an error.`,
    );
  }
  return undefined;
}

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : '00000000-0000-4000-8000-000000000000';
}

/** The context fields Lambda's Node.js runtime passes, for the design's function. */
export function sandboxContext(design: Design, functionId: string): SandboxContext {
  const fn = design.functions.find((f) => f.id === functionId);
  const region = design.stack.env?.region ?? 'us-east-1';
  const account = design.stack.env?.account ?? '123456789012';
  const created = fn && !isImportedFunction(fn) ? fn : undefined;
  // As the simulator names an unnamed function (core simulate/lambdaTarget.ts).
  const functionName = created?.functionName ?? `${design.stack.id}-${functionId}`;
  const today = new Date().toISOString().slice(0, 10).replace(/-/g, '/');
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${region}:${account}:function:${functionName}`,
    memoryLimitInMB: String(created?.memorySize ?? 128),
    awsRequestId: randomId(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${today}/[$LATEST]${randomId().replace(/-/g, '')}`,
    region,
  };
}

/** Runs one invocation in a fresh worker; settles within its time limit (once the code started). */
export function runInWorker(
  invocation: LambdaInvocation,
  options: WorkerRunnerOptions,
): Promise<FunctionRun> {
  const unavailable = notRunnable(invocation);
  if (unavailable) return Promise.resolve(unavailable);
  const now = options.now ?? (() => performance.now());
  const limit = invocation.timeLimitMs;
  const request: SandboxRequest = {
    code: invocation.code ?? '',
    handler: invocation.handler ?? '',
    event: invocation.event,
    context: sandboxContext(options.design, invocation.functionId),
    timeLimitMs: limit,
  };
  return new Promise<FunctionRun>((resolve) => {
    const functionLog: FunctionLogLine[] = [];
    let started: number | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let finished = false;
    let worker: Worker | undefined;
    const finish = (outcome: SandboxOutcome | FunctionRun, durationMs: number) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      worker?.terminate();
      const duration = Math.max(Math.ceil(durationMs), options.minDurationMs ?? 0);
      options.onProgress?.({ running: false, timeLimitMs: limit, stop });
      resolve({ ...outcome, durationMs: duration, functionLog });
    };
    const elapsed = () => (started === undefined ? 0 : now() - started);
    const stop = () => finish(functionError('Studio.Stopped', STOPPED_MESSAGE), elapsed());
    try {
      worker = (options.createWorker ?? (() => new LambdaWorker()))();
    } catch (error) {
      finish(
        functionError('Studio.WorkerFailed', `The function's worker could not start: ${String(error)}`),
        0,
      );
      return;
    }
    timer = setTimeout(
      () => finish(functionError('Studio.WorkerFailed', "The function's worker did not start."), 0),
      START_TIMEOUT_MS,
    );
    worker.onmessage = (event: MessageEvent<LambdaWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'started') {
        started = now();
        clearTimeout(timer);
        // Stopped at the limit: the outcome lasts longer than it, as the core expects of a timeout.
        timer = setTimeout(() => finish({ result: null }, limit + 1), limit);
        options.onProgress?.({ running: true, timeLimitMs: limit, stop });
      } else if (message.type === 'log') {
        functionLog.push({ level: message.level, message: message.message });
      } else {
        // A handler that answers after its time (a busy loop delays the timer) still timed out.
        const took = elapsed();
        finish(took > limit ? { result: null } : message.outcome, took > limit ? limit + 1 : took);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish(functionError('Runtime.Unknown', event.message || "The function's worker failed."), elapsed());
    };
    worker.postMessage(request);
  });
}

/** A LambdaRunner over runInWorker for one design. */
export function workerRunner(options: WorkerRunnerOptions): LambdaRunner {
  return { run: (invocation) => runInWorker(invocation, options) };
}
