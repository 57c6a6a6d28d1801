import type { Design, Diagnostic } from '../core';
import { parseDesign } from './core';

/** The outcome of taking a design from outside (saved data, a share link, a file). */
export type Accepted =
  { design: Design; diagnostics: Diagnostic[] } | { design?: undefined; diagnostics: Diagnostic[] };

/**
 * Every design from outside goes through the core's parseDesign, so hostile or broken input can only
 * become diagnostics.
 */
export function acceptDesign(input: unknown): Accepted {
  try {
    const result = parseDesign(input);
    return result.design
      ? { design: result.design, diagnostics: result.diagnostics }
      : { diagnostics: result.diagnostics };
  } catch (error) {
    return {
      diagnostics: [{ severity: 'error', message: `The design could not be read: ${String(error)}` }],
    };
  }
}

/** One line for a message: the first error, or a count. */
export function summarizeErrors(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return 'unknown problem';
  const first = `${errors[0].path ? `${errors[0].path}: ` : ''}${errors[0].message}`;
  return errors.length === 1 ? first : `${first} (and ${errors.length - 1} more)`;
}

/** "2 warnings: /api/extra: … (and 1 more)" ("problems" when errors are among them), or undefined. */
export function summarizeWarnings(diagnostics: readonly Diagnostic[]): string | undefined {
  const warnings = diagnostics.filter((d) => d.severity !== 'info');
  if (warnings.length === 0) return undefined;
  const first = `${warnings[0].path ? `${warnings[0].path}: ` : ''}${warnings[0].message}`;
  const noun = warnings.every((d) => d.severity === 'warning') ? 'warning' : 'problem';
  const count = `${warnings.length} ${noun}${warnings.length === 1 ? '' : 's'}`;
  return warnings.length === 1
    ? `${count}: ${first}`
    : `${count}: ${first} (and ${warnings.length - 1} more)`;
}
