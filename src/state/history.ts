/**
 * Undo/redo over whole designs. Designs are immutable and share structure, so a history entry costs
 * only the objects an edit copied. Rapid edits to the same field (typing) coalesce into one entry.
 */
export interface History<T> {
  past: T[];
  future: T[];
  /** The field and time of the last recorded edit, for coalescing. */
  lastKey?: string;
  lastAt?: number;
}

/** Edits to the same field closer together than this become one undo step. */
export const COALESCE_MS = 1000;
/** Oldest entries are dropped beyond this. */
export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [] };
}

/**
 * Records that `previous` was replaced. `key` names the edited field (a JSON pointer); an edit with
 * the same key within COALESCE_MS of the last one extends that step instead of adding one.
 */
export function record<T>(
  history: History<T>,
  previous: T,
  key: string | undefined,
  now: number,
): History<T> {
  const coalesce =
    key !== undefined &&
    history.lastKey === key &&
    history.lastAt !== undefined &&
    now - history.lastAt < COALESCE_MS &&
    history.past.length > 0;
  if (coalesce) return { past: history.past, future: [], lastKey: key, lastAt: now };
  const past = [...history.past, previous];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [], lastKey: key, lastAt: now };
}

/** Steps back: the design to show and the new history, or undefined when there is nothing to undo. */
export function undo<T>(history: History<T>, current: T): { value: T; history: History<T> } | undefined {
  if (history.past.length === 0) return undefined;
  const value = history.past[history.past.length - 1];
  return { value, history: { past: history.past.slice(0, -1), future: [current, ...history.future] } };
}

export function redo<T>(history: History<T>, current: T): { value: T; history: History<T> } | undefined {
  if (history.future.length === 0) return undefined;
  const [value, ...future] = history.future;
  return { value, history: { past: [...history.past, current], future } };
}
