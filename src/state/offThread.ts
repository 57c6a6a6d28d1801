/**
 * Core work that can take long, run in workers (./coreWorker.ts) so the page keeps answering: the
 * render of a template too slow to render per keystroke (the store renders every template on the
 * page's thread first with a small step budget, see `SYNC_RENDER_STEPS` in ./derived.ts), and the
 * simulations behind the lifecycle and the Simulation / Lambda event tabs (a simulation runs the
 * method's templates with the engine's full budget: a runaway one costs about a second).
 *
 * Each use has its own channel and worker: one job at a time, the newest waiting job replaces an
 * older waiting one (which resolves to `undefined`), and a running job that has become stale is
 * stopped by terminating its worker once it has run for `STALE_AFTER_MS`.
 */
import type { Design, LambdaOutcome, SampleRequest, SimulateResult } from '../core';
import type { RenderInput, RenderResult } from './core';
import { useAppStore } from './store';
import CoreWorker from './coreWorker?worker';

export type CoreJob =
  | { kind: 'render'; template: string; input: RenderInput }
  | { kind: 'simulate'; design: Design; method: string; request: SampleRequest; lambda: LambdaOutcome };

export type CoreJobAnswer = { id: number; result: unknown } | { id: number; error: string };

/** A stale job that ran this long is stopped; a shorter one is let finish (a new worker costs more). */
const STALE_AFTER_MS = 60;

interface Waiting {
  job: CoreJob;
  resolve(result: unknown): void;
}

class Channel {
  private worker: Worker | undefined;
  private running: (Waiting & { id: number; started: number }) | undefined;
  private waiting: Waiting | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;

  constructor(private readonly failed: (job: CoreJob, message: string) => unknown) {}

  /** Runs `job`; resolves to `undefined` when a newer job replaced it first. */
  run(job: CoreJob): Promise<unknown> {
    return new Promise((resolve) => {
      this.waiting?.resolve(undefined);
      this.waiting = { job, resolve };
      this.pump();
    });
  }

  /** Drops the waiting job and stops the running one (nothing is wanted from this channel now). */
  cancel(): void {
    clearTimeout(this.timer);
    this.waiting?.resolve(undefined);
    this.waiting = undefined;
    if (!this.running) return;
    this.stop();
    this.settle(undefined);
  }

  /** Starts the waiting job when the worker is free, or once the running job is stale and slow. */
  private pump(): void {
    clearTimeout(this.timer);
    const next = this.waiting;
    if (!next) return;
    if (this.running) {
      const age = performance.now() - this.running.started;
      if (age < STALE_AFTER_MS) {
        this.timer = setTimeout(() => this.pump(), STALE_AFTER_MS - age);
        return;
      }
      // Stale and slow: stop it rather than wait for it.
      this.stop();
      this.settle(undefined);
    }
    this.waiting = undefined;
    const id = ++this.seq;
    this.running = { ...next, id, started: performance.now() };
    try {
      this.worker ??= this.start();
      this.worker.postMessage({ id, job: next.job });
    } catch (error) {
      this.stop();
      this.settle(this.failed(next.job, error instanceof Error ? error.message : String(error)));
    }
  }

  private start(): Worker {
    const worker = new CoreWorker();
    worker.onmessage = (event: MessageEvent<CoreJobAnswer>) => {
      const answer = event.data;
      const running = this.running;
      if (!running || answer.id !== running.id) return;
      this.settle('error' in answer ? this.failed(running.job, answer.error) : answer.result);
      this.pump();
    };
    const broken = (message: string) => {
      const running = this.running;
      this.stop();
      if (running) this.settle(this.failed(running.job, message));
      this.pump();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      broken(event.message || 'the worker failed to load');
    };
    worker.onmessageerror = () => broken('its answer could not be read');
    return worker;
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  /** Ends the running job with `result`. */
  private settle(result: unknown): void {
    const done = this.running;
    this.running = undefined;
    done?.resolve(result);
  }
}

function internal(message: string) {
  return {
    severity: 'error' as const,
    message: `Internal error in the background worker: ${message}. Please report it with your design.`,
    code: 'studio/internal-error',
  };
}

/** The answer of a simulation whose worker failed: a 500 with the internal-error diagnostic. */
export function failedSimulation(message: string): SimulateResult {
  return {
    status: 500,
    headers: {},
    multiValueHeaders: {},
    body: '',
    isBase64Encoded: false,
    steps: [],
    log: '',
    diagnostics: [internal(message)],
  };
}

const failedJob = (job: CoreJob, message: string): RenderResult | SimulateResult =>
  job.kind === 'render' ? { output: '', diagnostics: [internal(message)] } : failedSimulation(message);

const channels = new Map<string, Channel>();
function channel(name: string): Channel {
  let found = channels.get(name);
  if (!found) channels.set(name, (found = new Channel(failedJob)));
  return found;
}

/** A slow template's full render, for ./derived.ts (`key` names the template and its input). */
export interface SlowRender {
  key: string;
  result: RenderResult;
}

/**
 * Renders a template the page's thread gave up on, with the engine's full budget, and puts the
 * answer in the store (`slowRender`), where the derived render view picks it up.
 */
export function renderSlowTemplate(key: string, template: string, input: RenderInput): void {
  void channel('render')
    .run({ kind: 'render', template, input })
    .then((result) => {
      if (result) useAppStore.setState({ slowRender: { key, result: result as RenderResult } });
    });
}

/** The template no longer needs the worker (it was fixed, or no template shows): stop its render. */
export function cancelSlowRender(): void {
  channels.get('render')?.cancel();
}

let lastSimulation:
  | { design: Design; method: string; request: SampleRequest; lambda: LambdaOutcome; result: SimulateResult }
  | undefined;

/**
 * The simulator's answer for a request, computed in the channel's worker (the lifecycle and the
 * output pane ask with different designs while typing, so each has its own). The last answer is
 * reused for the very same inputs. `undefined` when a newer request on the channel replaced this one.
 */
export async function simulateOffThread(
  channelName: string,
  design: Design,
  method: string,
  request: SampleRequest,
  lambda: LambdaOutcome,
): Promise<SimulateResult | undefined> {
  const last = lastSimulation;
  if (
    last &&
    last.design === design &&
    last.method === method &&
    last.request === request &&
    last.lambda === lambda
  )
    return last.result;
  const result = (await channel(`simulate:${channelName}`).run({
    kind: 'simulate',
    design,
    method,
    request,
    lambda,
  })) as SimulateResult | undefined;
  if (result) lastSimulation = { design, method, request, lambda, result };
  return result;
}
