/**
 * What the import dialog reads from a text: the core's importDesign (CloudFormation, SAM, OpenAPI),
 * and a design file of our own (what Save writes), so whatever is dropped on the page gets a useful
 * answer. Runs in the import worker (./importWorker.ts).
 */
import { validateDesign } from '../core/design/validate';
import { importDesign } from '../core/interop/importDesign';
import type { ImportPreview } from './importing';
import { readEnvelopeText } from './persistence';

/** Our own design file or autosave envelope: JSON with our keys at the top. */
function looksLikeDesignFile(text: string): boolean {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
    const keys = data as Record<string, unknown>;
    return keys.app === 'integration-studio' || ('methods' in keys && 'api' in keys && 'version' in keys);
  } catch {
    return false;
  }
}

/** The preview of an import: what the text is, the design it rebuilds, and what did not carry over. */
export function readImport(text: string): ImportPreview {
  const result = importDesign(text);
  if (result.kind !== undefined || result.syntax !== 'json' || !looksLikeDesignFile(text)) return result;
  const read = readEnvelopeText(text);
  if (read.kind !== 'ok') {
    const message = read.kind === 'unreadable' ? read.reason : 'The file is empty.';
    return { kind: 'design', syntax: 'json', diagnostics: [{ severity: 'error', message }], unmapped: [] };
  }
  // As importDesign does: what CDK or API Gateway would reject is said before the design replaces yours.
  const diagnostics = [...read.diagnostics, ...validateDesign(read.design)];
  return { kind: 'design', syntax: 'json', design: read.design, diagnostics, unmapped: [] };
}
