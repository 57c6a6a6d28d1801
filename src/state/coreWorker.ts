/**
 * The template engine and the simulator off the page's thread (./offThread.ts): a runaway template
 * runs until the engine's step budget stops it, about a second of CPU, and the page must keep
 * answering meanwhile. The same pure core as the page; one job at a time, stopped by terminating
 * the worker when a newer job makes it stale.
 */
import { simulate } from '../core/simulate';
import { renderTemplate } from '../core/vtl';
import type { CoreJob, CoreJobAnswer } from './offThread';

self.onmessage = (event: MessageEvent<{ id: number; job: CoreJob }>) => {
  const { id, job } = event.data;
  let answer: CoreJobAnswer;
  try {
    answer = {
      id,
      result:
        job.kind === 'render'
          ? renderTemplate(job.template, job.input)
          : simulate(job.design, job.method, job.request, job.lambda),
    };
  } catch (error) {
    answer = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
