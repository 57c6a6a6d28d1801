/**
 * The runner's side of a code run, with a stand-in for the Web Worker (the real one runs in
 * e2e/lambda-code.spec.ts): when the time limit starts, what a timeout, Stop, a late answer and a
 * function that cannot run give, and that the worker is always terminated.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Design } from '../core/design/types';
import type { LambdaInvocation } from '../core/simulate';
import type { SandboxRequest } from './lambdaSandbox';
import { runInWorker, sandboxContext, STOPPED_MESSAGE, type WorkerRunnerOptions } from './lambdaRunner';
import type { LambdaWorkerMessage } from './lambdaWorker';

class FakeWorker {
  onmessage: ((event: MessageEvent<LambdaWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: SandboxRequest[] = [];
  terminated = false;
  postMessage(request: SandboxRequest) {
    this.received.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  send(message: LambdaWorkerMessage) {
    this.onmessage?.({ data: message } as MessageEvent<LambdaWorkerMessage>);
  }
}

const design: Design = {
  version: 1,
  stack: { id: 'PetsStack', env: { account: '111122223333', region: 'eu-west-1' } },
  api: { id: 'Api' },
  functions: [
    { id: 'Pets', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: 'x' }, memorySize: 256 },
    { id: 'Py', runtime: 'python3.12', handler: 'index.handler', code: { inline: 'x' } },
    { id: 'Old', importArn: 'arn:aws:lambda:eu-west-1:111122223333:function:old' },
  ],
  methods: [],
};

const invocation: LambdaInvocation = {
  event: { petId: '7' },
  payload: '{"petId":"7"}',
  functionId: 'Pets',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: 'exports.handler = async () => 1;',
  invocationType: 'RequestResponse',
  timeLimitMs: 1000,
};

let clock = 0;
let worker: FakeWorker;
const options = (extra: Partial<WorkerRunnerOptions> = {}): WorkerRunnerOptions => ({
  design,
  createWorker: () => (worker = new FakeWorker()) as unknown as Worker,
  now: () => clock,
  ...extra,
});

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

describe('runInWorker', () => {
  it('sends the code, handler, event and a Lambda context; returns the outcome with the log and duration', async () => {
    const run = runInWorker(invocation, options());
    expect(worker.received).toEqual([
      {
        code: invocation.code,
        handler: 'index.handler',
        event: { petId: '7' },
        timeLimitMs: 1000,
        context: expect.objectContaining({
          functionName: 'PetsStack-Pets',
          invokedFunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:PetsStack-Pets',
          memoryLimitInMB: '256',
          logGroupName: '/aws/lambda/PetsStack-Pets',
          region: 'eu-west-1',
        }),
      },
    ]);
    worker.send({ type: 'started' });
    worker.send({ type: 'log', level: 'INFO', message: 'hello' });
    clock = 42.3;
    worker.send({ type: 'done', outcome: { result: { ok: true } } });
    await expect(run).resolves.toEqual({
      result: { ok: true },
      durationMs: 43,
      functionLog: [{ level: 'INFO', message: 'hello' }],
    });
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker at the time limit, counted from when the code starts: the outcome outlasts the limit', async () => {
    const run = runInWorker(invocation, options());
    await vi.advanceTimersByTimeAsync(5000); // loading the worker does not count
    worker.send({ type: 'started' });
    worker.send({ type: 'log', level: 'WARN', message: 'before the loop' });
    await vi.advanceTimersByTimeAsync(999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(run).resolves.toEqual({
      result: null,
      durationMs: 1001,
      functionLog: [{ level: 'WARN', message: 'before the loop' }],
    });
    expect(worker.terminated).toBe(true);
  });

  it('an answer that arrives after the limit (the timer was held up) is still a timeout', async () => {
    const run = runInWorker(invocation, options());
    worker.send({ type: 'started' });
    clock = 1500;
    worker.send({ type: 'done', outcome: { result: 'too late' } });
    await expect(run).resolves.toMatchObject({ result: null, durationMs: 1001 });
  });

  it('Stop ends the run with a Stopped function error; the sample durationMs is a lower bound', async () => {
    const progress: boolean[] = [];
    let stop = () => {};
    const run = runInWorker(
      invocation,
      options({
        minDurationMs: 250,
        onProgress: (state) => {
          progress.push(state.running);
          stop = state.stop;
        },
      }),
    );
    worker.send({ type: 'started' });
    clock = 10;
    stop();
    await expect(run).resolves.toEqual({
      error: { errorType: 'Studio.Stopped', errorMessage: STOPPED_MESSAGE },
      durationMs: 250,
      functionLog: [],
    });
    expect(progress).toEqual([true, false]);
    expect(worker.terminated).toBe(true);
  });

  it('a worker that never starts fails after a while instead of hanging', async () => {
    const run = runInWorker(invocation, options());
    await vi.advanceTimersByTimeAsync(15_000);
    await expect(run).resolves.toMatchObject({ error: { errorType: 'Studio.WorkerFailed' } });
  });

  it('runs no worker for a function whose code cannot run here', async () => {
    const create = vi.fn();
    await expect(
      runInWorker(
        { ...invocation, functionId: 'Py', runtime: 'python3.12' },
        options({ createWorker: create }),
      ),
    ).resolves.toEqual({
      error: {
        errorType: 'Studio.RuntimeNotSupported',
        errorMessage:
          'Only Node.js inline code runs in the simulator; the function Py uses python3.12. Choose a nodejs runtime, or give the sample a result or an error.',
      },
    });
    await expect(
      runInWorker(
        { ...invocation, functionId: 'Old', runtime: undefined, handler: undefined, code: undefined },
        options({ createWorker: create }),
      ),
    ).resolves.toMatchObject({ error: { errorType: 'Studio.CodeNotAvailable' } });
    expect(create).not.toHaveBeenCalled();
  });
});

describe('sandboxContext', () => {
  it('names the function as the simulator does, with CDK defaults', () => {
    const context = sandboxContext({ ...design, stack: { id: 'S' } }, 'Py');
    expect(context).toMatchObject({
      functionName: 'S-Py',
      functionVersion: '$LATEST',
      memoryLimitInMB: '128',
      region: 'us-east-1',
    });
    expect(context.awsRequestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
