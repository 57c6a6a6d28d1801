/**
 * `method.request.body.<JSONPath>` / `integration.response.body.<JSONPath>` (the "$." is implied),
 * read with the core's JSONPath and JSON reader (vtl/: Jayway JsonPath over json-smart, as mapping
 * templates read bodies), so a mapping and `$input.json()` agree on what a path yields.
 * Source: "Parameter mapping source reference" (request-response-data-mappings).
 */
import { parseJsonPermissive } from '../vtl/json';
import { compilePath, InvalidPath, readPath } from '../vtl/jsonpath';
import { toJsonText, type Value } from '../vtl/values';

export type BodyPathResult = { text: string } | { invalid: string };

function parse(body: string): Value | undefined {
  try {
    return parseJsonPermissive(body);
  } catch {
    return undefined;
  }
}

/** A mapped value as text: a string as it is, anything else as compact JSON; nothing found is "". */
function valueText(value: Value): string {
  return typeof value === 'string' ? value : value === null ? '' : toJsonText(value);
}

export function bodyPathText(body: string | null | undefined, path: string): BodyPathResult {
  let compiled;
  try {
    compiled = compilePath(`$.${path.replace(/^\$\.?/, '')}`);
  } catch (error) {
    if (error instanceof InvalidPath)
      return { invalid: `Invalid JSONPath expression ${path}: ${error.message}` };
    return { invalid: `Invalid JSONPath expression ${path}` };
  }
  const doc = body === null || body === undefined || body.trim() === '' ? undefined : parse(body);
  if (doc === undefined) return { text: '' };
  try {
    return { text: valueText(readPath(doc, compiled)) };
  } catch {
    // PathNotFound, or a path that does not apply to this document.
    return { text: '' };
  }
}

/** A context or stage value as text: strings as they are, anything else as compact JSON. */
export function mappedValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value) ?? '';
}
