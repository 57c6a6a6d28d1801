/**
 * Reading and immutably updating a design by JSON pointer (RFC 6901), the same paths the
 * diagnostics carry ("/methods/0/integration/timeout"). The advisor's fixes and the gallery's
 * "fix it" steps are lists of edits by pointer, applied by the UI as one undoable step or by tests
 * directly; the store and the forms address their fields with the same functions (src/state/pointer).
 */
import type { Design } from './types';

export interface DesignEdit {
  /** JSON pointer into the design, e.g. "/methods/0/integration/passthroughBehavior". */
  path: string;
  /** The new value; `undefined` removes the key (or the array element). */
  value: unknown;
}

/** Splits a JSON pointer into unescaped segments ("" is the whole document). */
export function pointerSegments(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`Not a JSON pointer: ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** The value at `path`, or undefined when any step is missing. Never follows inherited properties. */
export function valueAt(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const segment of pointerSegments(path)) {
    if (Array.isArray(current)) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= current.length) return undefined;
      current = current[index];
    } else if (isRecord(current) && hasOwn(current, segment)) {
      current = current[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

/**
 * Defines an own, enumerable property: plain assignment of a key such as `__proto__` would change
 * the object's prototype instead of storing data.
 */
function defineData(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setIn(current: unknown, segments: string[], value: unknown): unknown {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(current)) {
    const index = head === '-' ? current.length : Number(head);
    if (!Number.isInteger(index) || index < 0 || index > current.length) {
      throw new Error(`Array index out of range: ${head}`);
    }
    const copy = current.slice();
    if (rest.length === 0 && value === undefined) {
      copy.splice(index, 1);
    } else {
      copy[index] = setIn(current[index], rest, value);
    }
    return copy;
  }
  const source = isRecord(current) ? current : {};
  if (rest.length === 0 && value === undefined) {
    if (!hasOwn(source, head)) return current;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(source)) if (key !== head) defineData(copy, key, source[key]);
    return copy;
  }
  // Copying key by key keeps the user's map order, which CDK hashes into the Deployment id.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) defineData(copy, key, source[key]);
  const child = hasOwn(source, head) ? source[head] : rest.length > 0 && /^(\d+|-)$/.test(rest[0]) ? [] : {};
  defineData(copy, head, setIn(child, rest, value));
  return copy;
}

/**
 * Returns a copy of `root` with `value` at `path`; objects and arrays on the way are copied, the
 * rest is shared. `undefined` removes the key (or the array element); removing what is not there
 * changes nothing. "-" appends to an array. Missing parents are created (an array when the next
 * segment is an index).
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setIn(root, pointerSegments(path), value) as T;
}

/** A copy of the design with every edit applied in order; the input is not changed. */
export function applyDesignEdits(design: Design, edits: readonly DesignEdit[]): Design {
  let next = design;
  for (const edit of edits) next = setAt(next, edit.path, edit.value);
  return next;
}
