import type { Diagnostic } from '../../core/diagnostics';

/** Monaco's MarkerSeverity values (editor.api: Hint 1, Info 2, Warning 4, Error 8). */
export const MARKER_SEVERITY = { error: 8, warning: 4, info: 2 } as const;

export interface MarkerData {
  severity: number;
  message: string;
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  source?: string;
  code?: string;
}

/**
 * Template diagnostics (1-based line/column) as Monaco markers. A diagnostic without an end marks the
 * word at its start (at least one character); one without a line marks the first line, so a problem
 * is never silently dropped. Positions are clamped to the text.
 */
export function diagnosticsToMarkers(diagnostics: readonly Diagnostic[], text: string): MarkerData[] {
  const lines = text.split(/\r\n|\r|\n/);
  const clampLine = (n: number) => Math.max(1, Math.min(lines.length, Math.floor(n)));
  const lineLength = (n: number) => lines[n - 1].length;
  return diagnostics.map((d) => {
    const startLineNumber = clampLine(d.line ?? 1);
    const startColumn = Math.max(1, Math.min(lineLength(startLineNumber) + 1, Math.floor(d.column ?? 1)));
    let endLineNumber = d.endLine !== undefined ? clampLine(d.endLine) : startLineNumber;
    let endColumn =
      d.endColumn !== undefined
        ? Math.max(1, Math.min(lineLength(endLineNumber) + 1, Math.floor(d.endColumn)))
        : 0;
    if (endLineNumber < startLineNumber || (endLineNumber === startLineNumber && endColumn <= startColumn)) {
      endLineNumber = startLineNumber;
      const rest = lines[startLineNumber - 1].slice(startColumn - 1);
      const word = /^[$#!{]*[\w.-]*/.exec(rest)?.[0] ?? '';
      endColumn = startColumn + Math.max(1, word.length);
      if (d.line === undefined) endColumn = lineLength(startLineNumber) + 1;
    }
    return {
      severity: MARKER_SEVERITY[d.severity],
      message: d.hint ? `${d.message}\n${d.hint}` : d.message,
      startLineNumber,
      startColumn,
      endLineNumber,
      endColumn: Math.max(endColumn, startColumn + 1),
      source: 'VTL',
      ...(d.code ? { code: d.code } : {}),
    };
  });
}
