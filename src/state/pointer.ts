/**
 * Reading and immutably updating a design by JSON pointer (RFC 6901), the same paths the core's
 * diagnostics carry ("/methods/0/integration/timeout"). Forms address their fields this way, so a
 * diagnostic's path, a form control's `data-path` and a store update all speak one language: the
 * core's own pointer functions (design/edits.ts), under the names the store and the UI use.
 */
export { pointerSegments as parsePointer, valueAt as getAt, setAt } from '../core/design/edits';

/** The pointer of the parent, or undefined for the document itself. */
export function parentPointer(path: string): string | undefined {
  if (path === '') return undefined;
  return path.slice(0, path.lastIndexOf('/'));
}
