/**
 * Import of a CloudFormation template (`cdk synth` output included), a SAM template or an OpenAPI
 * document: the core's importDesign runs in a worker (./importWorker.ts) so a large input never
 * freezes the page, a newer input cancels an older one, and a reading that takes too long is
 * stopped with a clear message. Accepting the result replaces the design as one undoable step.
 */
import type { Design, Diagnostic, ImportKind } from '../core';
import { useAppStore } from './store';
import ImportWorker from './importWorker?worker';

/** What a reading gave: the core's ImportResult, or `kind: 'design'` for a design file of ours. */
export interface ImportPreview {
  design?: Design;
  diagnostics: Diagnostic[];
  unmapped: string[];
  kind?: ImportKind | 'design';
  syntax?: 'json' | 'yaml';
}

export interface ImportRequest {
  id: number;
  text: string;
}

/** Files larger than this are refused before they are read (the core accepts 5,000,000 characters). */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;
/** A reading still running after this long is stopped (the core's own limits end far sooner). */
export const IMPORT_TIMEOUT_MS = 30_000;

/** What each kind is called in the dialog. */
export const IMPORT_KIND_NAMES: Record<NonNullable<ImportPreview['kind']>, string> = {
  'cdk-synth': 'CloudFormation template from cdk synth',
  cloudformation: 'CloudFormation template',
  sam: 'SAM template',
  openapi: 'OpenAPI 3 document',
  swagger: 'Swagger 2.0 document',
  design: 'Integration Studio design file',
};

function failed(message: string): ImportPreview {
  return { diagnostics: [{ severity: 'error', message }], unmapped: [] };
}

let worker: Worker | undefined;
interface Pending {
  id: number;
  /** Resolves the reader's promise; `undefined` when the reading was cancelled. */
  resolve(preview: ImportPreview | undefined): void;
  timer: ReturnType<typeof setTimeout>;
}

let pending: Pending | undefined;
let seq = 0;

function stopWorker(): void {
  worker?.terminate();
  worker = undefined;
}

function settle(preview: ImportPreview | undefined): void {
  if (!pending) return;
  const { resolve, timer } = pending;
  clearTimeout(timer);
  pending = undefined;
  resolve(preview);
}

function startWorker(): Worker {
  const started = new ImportWorker();
  started.onmessage = (event: MessageEvent<{ id: number; preview: ImportPreview }>) => {
    if (pending && event.data.id === pending.id) settle(event.data.preview);
  };
  started.onerror = (event) => {
    event.preventDefault();
    stopWorker();
    settle(failed(`The import could not run: ${event.message || 'the import worker failed to load'}.`));
  };
  return started;
}

/**
 * Reads `text` in the worker. A reading still in progress is cancelled (its worker is stopped: a
 * stale multi-megabyte parse must not delay the new one) and resolves to `undefined`.
 */
export function readImportText(text: string): Promise<ImportPreview | undefined> {
  cancelImportReading();
  const id = ++seq;
  return new Promise<ImportPreview | undefined>((resolve) => {
    const timer = setTimeout(() => {
      stopWorker();
      settle(
        failed(
          `Reading the input took longer than ${IMPORT_TIMEOUT_MS / 1000} seconds and was stopped. Is it really a template?`,
        ),
      );
    }, IMPORT_TIMEOUT_MS);
    pending = { id, resolve, timer };
    try {
      worker ??= startWorker();
      worker.postMessage({ id, text } satisfies ImportRequest);
    } catch (error) {
      stopWorker();
      settle(failed(`The import could not run: ${error instanceof Error ? error.message : String(error)}.`));
    }
  });
}

/** Stops a reading in progress (the dialog closed). */
export function cancelImportReading(): void {
  if (!pending) return;
  stopWorker();
  settle(undefined);
}

/** Replaces the design with an imported one: one undoable step, as opening a file or a scenario. */
export function acceptImport(design: Design, what: string): void {
  const state = useAppStore.getState();
  state.replaceDesign(design);
  state.notify('info', `Imported ${what}. Undo brings back your previous design.`);
}
