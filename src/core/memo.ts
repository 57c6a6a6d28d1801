/**
 * Memoization by content, for work redone on every keystroke: the designer calls generate() with a
 * new design object each time, in which most parts equal the previous one's. A part's key is its
 * JSON text (with what JSON.stringify would lose kept apart: `undefined`, NaN, ±Infinity, -0,
 * bigints, functions), so equal parts share one result whichever object holds them, and a changed
 * part never gets a stale result. The most recently used entries are kept, at least `capacity`.
 */

/** Everything remembered across calls, so that it can all be forgotten at once. */
const memos = new Set<{ clear(): void }>();

/** Registers a cache that forgetMemoized() clears. */
export function remembered<T extends { clear(): void }>(memo: T): T {
  memos.add(memo);
  return memo;
}

/**
 * Forgets every memoized result: the next call computes everything again. For tests that compare
 * memoized output with output computed from nothing.
 */
export function forgetMemoized(): void {
  for (const memo of memos) memo.clear();
}

/** JSON.stringify's replacer: values JSON cannot hold become distinct marker strings. */
function exact(_key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'undefined':
      return '\u0000undefined';
    case 'number':
      if (!Number.isFinite(value)) return `\u0000${value}`;
      return Object.is(value, -0) ? '\u0000-0' : value;
    case 'bigint':
      return `\u0000${value}n`;
    case 'function':
    case 'symbol':
      return '\u0000not JSON';
    default:
      return value;
  }
}

/** The content key of a JSON value; undefined for a value that has none (a cycle, say). */
export function contentKey(value: unknown): string | undefined {
  try {
    return JSON.stringify(value, exact);
  } catch {
    return undefined;
  }
}

export class ContentMemo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private capacity: number) {
    remembered(this);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Room for at least `count` entries (a design with more parts than the capacity would thrash). */
  reserve(count: number): void {
    this.capacity = Math.max(this.capacity, count);
  }

  /** The result for `value` under `context` (what else the result depends on), built on a miss. */
  get(context: string, value: unknown, build: () => T): T {
    const content = contentKey(value);
    if (content === undefined) return build();
    const key = `${context}\u0001${content}`;
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Most recently used last: Map iteration order is insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const built = build();
    this.entries.set(key, built);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return built;
  }

  get size(): number {
    return this.entries.size;
  }
}
