/** A problem found in a design or a template. Never thrown: always returned as data. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** JSON pointer into the design, e.g. "/methods/0/integration/timeout". */
  path?: string;
  /** 1-based position in a template. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** A short hint on how to fix it, where we know one. */
  hint?: string;
  /** A stable code for the rule, e.g. "cdk/credentials-role-with-passthrough". */
  code?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Encodes one JSON-pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  const text = String(segment);
  // Most segments (indices, field names) need no escaping: skip the two replacements, which every
  // keystroke's validation and synthesis would otherwise pay for each of thousands of paths.
  if (text.indexOf('~') < 0 && text.indexOf('/') < 0) return text;
  return text.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON pointer from segments: pointer('methods', 0, 'integration') → "/methods/0/integration". */
export function pointer(...segments: Array<string | number>): string {
  let path = '';
  for (const segment of segments) path += '/' + pointerSegment(segment);
  return path;
}
