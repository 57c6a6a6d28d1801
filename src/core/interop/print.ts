/**
 * Printing of order-keeping documents (`Map`-based `Value` trees) as JSON and YAML.
 *
 * Exported documents are built from `Map`s because plain objects move integer-like keys ("200",
 * "400") to the front, and the order of responses is part of what the design says.
 */
import { stringify } from 'yaml';
import { toYaml } from '../synth/yaml';
import type { Value, ValueMap } from './source';

/** A `Map` from entries, leaving out those whose value is `undefined`. */
export function entries(list: ReadonlyArray<readonly [string, Value | undefined]>): ValueMap {
  const map: ValueMap = new Map();
  for (const [key, value] of list) if (value !== undefined) map.set(key, value);
  return map;
}

/** An ordered string map from a plain record (the design's maps keep their own key order). */
export function fromRecord<T extends Value>(record: Record<string, T> | undefined): ValueMap | undefined {
  if (record === undefined) return undefined;
  return new Map(Object.entries(record));
}

/** JSON with 2-space indentation and a final line break, keys in map order. */
export function printJson(value: Value): string {
  return `${jsonText(value, '')}\n`;
}

// Built by appending to one string (a rope in V8), not by joining arrays of lines: a large
// OpenAPI document is printed on every keystroke.
function jsonText(value: Value, indent: string): string {
  if (value instanceof Map) {
    if (value.size === 0) return '{}';
    const inner = indent + '  ';
    let out = '{';
    let first = true;
    for (const [key, entry] of value) {
      out += `${first ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: ${jsonText(entry, inner)}`;
      first = false;
    }
    return `${out}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      out += `${i === 0 ? '\n' : ',\n'}${inner}${jsonText(value[i], inner)}`;
    }
    return `${out}\n${indent}]`;
  }
  return JSON.stringify(value);
}

/**
 * YAML, keys in map order, no line folding. Strings that a YAML 1.1 reader (CloudFormation's, many
 * OpenAPI tools') would take for another type are quoted: `"2012-10-17"`, `"yes"`, `"1:30"`.
 *
 * Printed by synth/yaml.ts, which prints exactly what the `yaml` package prints with these options
 * (print.test.ts compares them) but ~30x faster: the package builds a document tree first (~40 ms
 * for a 50-method design's OpenAPI document, on every keystroke). The exports of an invalid design
 * can hold what toYaml does not take (a key that is not a string); the package prints those.
 */
export function printYaml(value: ValueMap | Value[]): string {
  try {
    return toYaml(value);
  } catch {
    return stringify(value, {
      version: '1.1',
      // YAML 1.1 would write a Map as an ordered map (`!!omap`); a plain mapping keeps the order too.
      customTags: (tags) =>
        tags.filter((tag) => typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:omap'),
      lineWidth: 0,
      aliasDuplicateObjects: false,
    });
  }
}
