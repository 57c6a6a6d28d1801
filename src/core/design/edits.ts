/**
 * Edits of a design by JSON pointer (RFC 6901), as data: the advisor's fixes and the gallery's
 * "fix it" steps are lists of these, applied by the UI as one undoable step or by tests directly.
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

/** The value at `path`, or undefined when a step is missing. Never follows inherited properties. */
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

/** An own data property even for keys like `__proto__`. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
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
    if (rest.length === 0 && value === undefined) copy.splice(index, 1);
    else copy[index] = setIn(current[index], rest, value);
    return copy;
  }
  const source = isRecord(current) ? current : {};
  const copy: Record<string, unknown> = {};
  // Key by key, so map order (hashed by CDK into the Deployment's logical ID) is kept.
  for (const key of Object.keys(source)) {
    if (!(rest.length === 0 && value === undefined && key === head)) define(copy, key, source[key]);
  }
  if (rest.length === 0 && value === undefined) return copy;
  const child = hasOwn(source, head) ? source[head] : /^(\d+|-)$/.test(rest[0] ?? '') ? [] : {};
  define(copy, head, setIn(child, rest, value));
  return copy;
}

/** A copy of the design with every edit applied in order; the input is not changed. */
export function applyDesignEdits(design: Design, edits: readonly DesignEdit[]): Design {
  let next: unknown = design;
  for (const edit of edits) next = setIn(next, pointerSegments(edit.path), edit.value);
  return next as Design;
}
