/** Reading inputs (files or standard input) and writing results for the CLI. */
import { readFileSync, statSync } from 'node:fs';
import type { Diagnostic } from '../src/core';

/** A problem with how the tool was called or with its input files: exit code 2. */
export class UsageError extends Error {}

/** Larger inputs are refused before reading (the core has its own, smaller limits). */
const MAX_INPUT_BYTES = 64 * 1024 * 1024;

let stdinText: string | undefined;

/** Reads a file, or standard input for "-". */
export function readText(path: string, what: string): string {
  if (path === '-') {
    if (stdinText === undefined) {
      try {
        stdinText = readFileSync(0, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${what} from standard input: ${(error as Error).message}`);
      }
    }
    return stdinText;
  }
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) throw new UsageError(`${what} ${path} is too large (${size} bytes)`);
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${what} ${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
}

/** Reads and parses a JSON input. */
export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `${what} ${path === '-' ? '(standard input)' : path} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** JSON for standard output: 2-space indentation and a final line break. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Diagnostics as lines for standard error: `error: message (at /methods/0)`, with the hint below. */
export function printDiagnostics(out: Output, diagnostics: readonly Diagnostic[], source?: string): void {
  for (const d of diagnostics) {
    const where =
      d.line !== undefined
        ? `${source ?? 'input'}:${d.line}${d.column !== undefined ? `:${d.column}` : ''}: `
        : source
          ? `${source}: `
          : '';
    const at = d.path ? ` (at ${d.path})` : '';
    out.stderr(`${where}${d.severity}: ${d.message}${at}\n`);
    if (d.hint) out.stderr(`  hint: ${d.hint}\n`);
  }
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
