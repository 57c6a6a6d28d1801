import type { Diagnostic } from '../../diagnostics';

/** Collects diagnostics for one run of the rules. Rules never throw: they report. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];

  error(code: string, path: string, message: string, hint?: string): void {
    this.push('error', code, path, message, hint);
  }

  warning(code: string, path: string, message: string, hint?: string): void {
    this.push('warning', code, path, message, hint);
  }

  info(code: string, path: string, message: string, hint?: string): void {
    this.push('info', code, path, message, hint);
  }

  private push(
    severity: Diagnostic['severity'],
    code: string,
    path: string,
    message: string,
    hint: string | undefined,
  ): void {
    const diagnostic: Diagnostic = { severity, code, path, message };
    if (hint !== undefined) diagnostic.hint = hint;
    this.diagnostics.push(diagnostic);
  }
}

/** `JSON.stringify` for short values quoted in messages. */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** True when `key` is an own property of `object` (never follows the prototype chain). */
export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** The entries of an ordered map that may be absent. */
export function entriesOf<V>(map: Record<string, V> | undefined): Array<[string, V]> {
  return map ? Object.entries(map) : [];
}
