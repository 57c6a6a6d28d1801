/**
 * Autosave: the design in localStorage inside a versioned envelope. Anything that is not our
 * envelope (corrupt JSON, another app's data, a newer version, an invalid design) is reported with
 * its raw text so the user can download it: never dropped silently, never a blank page.
 */
import type { Design, Diagnostic } from '../core';
import { acceptDesign, summarizeErrors } from './acceptDesign';

export const APP_ID = 'integration-studio';
export const ENVELOPE_VERSION = 1;
export const STORAGE_KEY = 'integration-studio:design';
/** Where unreadable data is kept when the user starts fresh, so even that is not lost. */
export const BACKUP_KEY = 'integration-studio:unreadable-backup';

export interface SavedEnvelope {
  app: typeof APP_ID;
  version: typeof ENVELOPE_VERSION;
  savedAt: string;
  design: Design;
}

export type SavedDesign =
  | { kind: 'empty' }
  | { kind: 'ok'; design: Design; savedAt?: string; diagnostics: Diagnostic[]; raw: string }
  | { kind: 'unreadable'; raw: string; reason: string };

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

export function envelope(design: Design, now: Date): SavedEnvelope {
  return { app: APP_ID, version: ENVELOPE_VERSION, savedAt: now.toISOString(), design };
}

/** Reads an envelope (or, for files, a bare design) from text. */
export function readEnvelopeText(raw: string): SavedDesign {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      kind: 'unreadable',
      raw,
      reason: 'The saved data is not valid JSON (it may have been cut off or edited).',
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { kind: 'unreadable', raw, reason: 'The saved data is not an Integration Studio design.' };
  }
  const record = data as Record<string, unknown>;
  let candidate: unknown = data;
  let savedAt: string | undefined;
  if ('app' in record || 'savedAt' in record) {
    if (record.app !== APP_ID) {
      return { kind: 'unreadable', raw, reason: 'The saved data belongs to another application.' };
    }
    if (record.version !== ENVELOPE_VERSION) {
      return {
        kind: 'unreadable',
        raw,
        reason: `The saved data has format version ${JSON.stringify(record.version)}; this Integration Studio reads version ${ENVELOPE_VERSION}.`,
      };
    }
    candidate = record.design;
    savedAt = typeof record.savedAt === 'string' ? record.savedAt : undefined;
  }
  const accepted = acceptDesign(candidate);
  if (!accepted.design) {
    return {
      kind: 'unreadable',
      raw,
      reason: `The saved design is not valid: ${summarizeErrors(accepted.diagnostics)}`,
    };
  }
  return { kind: 'ok', design: accepted.design, savedAt, diagnostics: accepted.diagnostics, raw };
}

export function readSaved(storage: ReadableStorage): SavedDesign {
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' }; // storage disabled (privacy mode): nothing to restore, nothing lost
  }
  if (raw === null || raw === '') return { kind: 'empty' };
  return readEnvelopeText(raw);
}

/** Saves the design; returns a reason when the browser refuses (quota, disabled storage). */
export function writeSaved(storage: WritableStorage, design: Design, now: Date): string | undefined {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(envelope(design, now)));
    return undefined;
  } catch (error) {
    return `The design could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Moves unreadable data aside before starting fresh. */
export function backUpUnreadable(storage: Pick<Storage, 'setItem'>, raw: string): void {
  try {
    storage.setItem(BACKUP_KEY, raw);
  } catch {
    // Too large to copy: the user was offered the download.
  }
}

/** A debounced saver: `schedule` after each change, `flush` when the page is hidden. */
export function debounced(
  action: () => void,
  delayMs: number,
): { schedule(): void; flush(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, delayMs);
    },
    flush() {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      action();
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** The JSON a user downloads with "Save": the design itself, as the contract defines it. */
export function designFileText(design: Design): string {
  return JSON.stringify(design, null, 2) + '\n';
}
