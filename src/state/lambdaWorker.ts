/**
 * The Web Worker a function's inline code runs in (./lambdaRunner.ts starts one per invocation and
 * terminates it when the handler is done or its time is up). The page sends one SandboxRequest;
 * the worker answers `started`, then the handler's log lines, then `done`.
 */
import { errorOutcome, runInSandbox, type SandboxMessage, type SandboxRequest } from './lambdaSandbox';

export type LambdaWorkerMessage = SandboxMessage | { type: 'started' };

const post = (message: LambdaWorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<SandboxRequest>) => {
  post({ type: 'started' });
  runInSandbox(event.data, self as unknown as Record<string, unknown>, post).catch((error: unknown) =>
    post({ type: 'done', outcome: errorOutcome(error) }),
  );
};
