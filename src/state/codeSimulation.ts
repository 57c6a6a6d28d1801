/**
 * Simulations of samples that run the function's code (`lambda: { "runCode": true }`): the flow runs
 * in ./codeSimulationWorker.ts and the code in ./lambdaRunner.ts's worker. Callers (the lifecycle and
 * the output pane, each on its own channel) asking for the very same inputs share one run; a run no
 * channel wants any more is stopped (both workers terminated). `useCodeRun` tells the UI whether code
 * is running, with a way to stop it.
 */
import { create } from 'zustand';
import type { Design, LambdaOutcome, RunCodeOutcome, SampleRequest } from '../core/design/types';
import { isRunCodeOutcome } from '../core/design/types';
import type { SimulateResult } from '../core/simulate';
import type { CodeSimulationAnswer, CodeSimulationRequest } from './codeSimulationWorker';
import { runInWorker } from './lambdaRunner';
import { failedSimulation, simulateOffThread } from './offThread';
import CodeSimulationWorker from './codeSimulationWorker?worker';

export interface CodeRunState {
  /** Set while a function's code runs: its time limit, when it started (performance.now()), and Stop. */
  running?: { timeLimitMs: number; startedAt: number; stop(): void };
}

export const useCodeRun = create<CodeRunState>(() => ({}));

interface Inputs {
  design: Design;
  method: string;
  request: SampleRequest;
  lambda: RunCodeOutcome;
}

interface Run {
  inputs: Inputs;
  holders: Set<string>;
  promise: Promise<SimulateResult | undefined>;
  cancel(): void;
}

const active = new Set<Run>();
let last: { inputs: Inputs; result: SimulateResult } | undefined;

const same = (a: Inputs, b: Inputs) =>
  a.design === b.design && a.method === b.method && a.request === b.request && a.lambda === b.lambda;

function start(inputs: Inputs): Run {
  let worker: Worker | undefined;
  let stopCode: (() => void) | undefined;
  let settle: (result: SimulateResult | undefined) => void = () => {};
  const promise = new Promise<SimulateResult | undefined>((resolve) => (settle = resolve));
  const end = (result: SimulateResult | undefined) => {
    worker?.terminate();
    worker = undefined;
    active.delete(run);
    if (stopCode) useCodeRun.setState({ running: undefined });
    settle(result);
  };
  const run: Run = {
    inputs,
    holders: new Set(),
    promise,
    cancel: () => {
      stopCode?.();
      end(undefined);
    },
  };
  active.add(run);
  try {
    worker = new CodeSimulationWorker();
  } catch (error) {
    end(failedSimulation(String(error)));
    return run;
  }
  const send = (message: CodeSimulationRequest) => worker?.postMessage(message);
  worker.onmessage = (event: MessageEvent<CodeSimulationAnswer>) => {
    const answer = event.data;
    if (answer.type === 'result') end(answer.result);
    else if (answer.type === 'error') end(failedSimulation(answer.message));
    else {
      void runInWorker(answer.invocation, {
        design: inputs.design,
        minDurationMs: inputs.lambda.durationMs,
        onProgress: ({ running, timeLimitMs, stop }) => {
          stopCode = stop;
          useCodeRun.setState({
            running: running ? { timeLimitMs, startedAt: performance.now(), stop } : undefined,
          });
        },
      }).then((outcome) => send({ type: 'outcome', run: outcome }));
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    end(failedSimulation(event.message || 'the worker failed to load'));
  };
  send({ type: 'simulate', design: inputs.design, method: inputs.method, request: inputs.request });
  return run;
}

/** Lets go of what `channel` asked for before; runs nobody wants any more are stopped. */
function release(channel: string): void {
  for (const run of [...active]) {
    run.holders.delete(channel);
    if (run.holders.size === 0) run.cancel();
  }
}

/**
 * The simulation of a sample that runs the function's code; `undefined` when a newer request on the
 * same channel replaced this one first. The last answer is reused for the very same inputs.
 */
export async function simulateWithCode(
  channel: string,
  design: Design,
  method: string,
  request: SampleRequest,
  lambda: RunCodeOutcome,
): Promise<SimulateResult | undefined> {
  const inputs: Inputs = { design, method, request, lambda };
  if (last && same(last.inputs, inputs)) {
    release(channel);
    return last.result;
  }
  let run = [...active].find((r) => same(r.inputs, inputs));
  if (!run?.holders.has(channel)) release(channel);
  run ??= start(inputs);
  run.holders.add(channel);
  const result = await run.promise;
  if (result) last = { inputs, result };
  return result;
}

/** Stops the running code, if any: the simulation completes with a "Stopped" function error. */
export function stopCode(): void {
  useCodeRun.getState().running?.stop();
}

/**
 * A sample's simulation off the page's thread, whatever its Lambda outcome: a stated result or error
 * in ./offThread.ts's worker, the function's code here. Either way the channel's earlier code run is
 * let go (a sample switched away from running code stops its run).
 */
export function simulateSample(
  channel: string,
  design: Design,
  method: string,
  request: SampleRequest,
  lambda: LambdaOutcome,
): Promise<SimulateResult | undefined> {
  if (isRunCodeOutcome(lambda)) return simulateWithCode(channel, design, method, request, lambda);
  release(channel);
  return simulateOffThread(channel, design, method, request, lambda);
}
