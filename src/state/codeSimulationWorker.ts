/**
 * A simulation whose sample runs the function's code, off the page's thread (its templates may run
 * long, as in ./coreWorker.ts). The Lambda stage is handed back to the page (`invoke`), which runs the
 * code in its own worker (./lambdaRunner.ts) and answers with the outcome; then the flow completes.
 * One job per worker: ./codeSimulation.ts starts one and terminates it when done or no longer wanted.
 */
import type { Design, SampleRequest } from '../core/design/types';
import {
  simulateWithRunner,
  type FunctionRun,
  type LambdaInvocation,
  type SimulateResult,
} from '../core/simulate';

export type CodeSimulationRequest =
  | { type: 'simulate'; design: Design; method: string; request: SampleRequest }
  | { type: 'outcome'; run: FunctionRun };

export type CodeSimulationAnswer =
  | { type: 'invoke'; invocation: LambdaInvocation }
  | { type: 'result'; result: SimulateResult }
  | { type: 'error'; message: string };

const post = (answer: CodeSimulationAnswer) => self.postMessage(answer);
let waiting: ((run: FunctionRun) => void) | undefined;

self.onmessage = (event: MessageEvent<CodeSimulationRequest>) => {
  const message = event.data;
  if (message.type === 'outcome') {
    waiting?.(message.run);
    waiting = undefined;
    return;
  }
  const runner = {
    run: (invocation: LambdaInvocation) =>
      new Promise<FunctionRun>((resolve) => {
        waiting = resolve;
        post({ type: 'invoke', invocation });
      }),
  };
  simulateWithRunner(message.design, message.method, message.request, runner).then(
    (result) => post({ type: 'result', result }),
    (error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
