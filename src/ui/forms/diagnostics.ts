import type { Diagnostic } from '../../core/diagnostics';

/** Diagnostics whose path is exactly `path`. */
export function diagnosticsAt(diagnostics: readonly Diagnostic[], path: string): Diagnostic[] {
  return diagnostics.filter((d) => d.path === path);
}

/** Diagnostics at `path` or anywhere below it. */
export function diagnosticsWithin(diagnostics: readonly Diagnostic[], path: string): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.path !== undefined && (d.path === path || d.path.startsWith(path + '/')),
  );
}

/** The worst severity among `diagnostics`, if any. */
export function worstSeverity(diagnostics: readonly Diagnostic[]): Diagnostic['severity'] | undefined {
  if (diagnostics.some((d) => d.severity === 'error')) return 'error';
  if (diagnostics.some((d) => d.severity === 'warning')) return 'warning';
  if (diagnostics.length > 0) return 'info';
  return undefined;
}

/** "line 3, column 5: message" for template diagnostics, the bare message otherwise. */
export function describeDiagnostic(d: Diagnostic): string {
  const where =
    d.line !== undefined ? `line ${d.line}${d.column !== undefined ? `, column ${d.column}` : ''}: ` : '';
  return where + d.message + (d.hint ? ` — ${d.hint}` : '');
}

/**
 * Diagnostics under `prefix` whose path is not one that a field shows (`shown`), so the form can list
 * them at the top instead of dropping them.
 */
export function unclaimedDiagnostics(
  diagnostics: readonly Diagnostic[],
  prefix: string,
  shown: ReadonlySet<string>,
): Diagnostic[] {
  return diagnosticsWithin(diagnostics, prefix).filter((d) => !shown.has(d.path as string));
}
