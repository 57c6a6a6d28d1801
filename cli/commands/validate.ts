import { parseDesign, validateDesign, type Design, type Diagnostic } from '../../src/core';
import { hasError, jsonText, printDiagnostics, readJson, type Output } from '../io';

/** Parses a design file and runs the full validation, as the app does. */
export function loadDesign(path: string): { design?: Design; diagnostics: Diagnostic[] } {
  const parsed = parseDesign(readJson(path, 'design'));
  if (!parsed.design) return parsed;
  return { design: parsed.design, diagnostics: [...parsed.diagnostics, ...validateDesign(parsed.design)] };
}

/** The name diagnostics give the design file: none for stdin (`-`). */
export function designSource(path: string): string | undefined {
  return path === '-' ? undefined : path;
}

/** The design at `path` when it can be read; otherwise undefined, after printing why (exit 1). */
export function readDesign(path: string, out: Output): Design | undefined {
  const loaded = loadDesign(path);
  if (!loaded.design) printDiagnostics(out, loaded.diagnostics, designSource(path));
  return loaded.design;
}

export const validateUsage = `integration-studio validate <design.json | ->
  Checks a design as the app does: its shape, and what CDK or API Gateway would reject.
  stdout: {"valid": boolean, "diagnostics": [...]}; diagnostics also on stderr; exit 1 on any error.`;

export function validateCommand(args: { design: string }, out: Output): number {
  const { diagnostics } = loadDesign(args.design);
  printDiagnostics(out, diagnostics, designSource(args.design));
  out.stdout(jsonText({ valid: !hasError(diagnostics), diagnostics }));
  return hasError(diagnostics) ? 1 : 0;
}
