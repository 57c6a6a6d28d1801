/**
 * Ordered multi-value maps: request headers and query strings as API Gateway holds them.
 * Header names compare case-insensitively; query string names do not.
 */

export type MultiMap = Array<[name: string, values: string[]]>;

function sameName(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

export function findEntry(map: MultiMap, name: string, caseInsensitive: boolean) {
  return map.find(([key]) => sameName(key, name, caseInsensitive));
}

/** All values of a name, or undefined when absent. */
export function getAll(map: MultiMap, name: string, caseInsensitive: boolean): string[] | undefined {
  return findEntry(map, name, caseInsensitive)?.[1];
}

/** The last value of a name: API Gateway's single-value view keeps the last one. */
export function getLast(map: MultiMap, name: string, caseInsensitive: boolean): string | undefined {
  const values = getAll(map, name, caseInsensitive);
  return values && values.length > 0 ? values[values.length - 1] : undefined;
}

/** Replaces (or appends) an entry, keeping the position and spelling of an existing one. */
export function setAll(map: MultiMap, name: string, values: string[], caseInsensitive: boolean): MultiMap {
  const index = map.findIndex(([key]) => sameName(key, name, caseInsensitive));
  if (index < 0) return [...map, [name, values]];
  return map.map((entry, i) => (i === index ? [entry[0], values] : entry));
}

/**
 * Merges a single-value and a multi-value map the way the proxy event documents it: a name present in
 * both takes the multi-value list. Names keep the order they first appear in (single-value map first).
 */
export function mergeSingleAndMulti(
  single: Record<string, string> | undefined,
  multi: Record<string, string[]> | undefined,
  caseInsensitive: boolean,
): MultiMap {
  let map: MultiMap = [];
  for (const [name, value] of Object.entries(single ?? {})) {
    if (typeof value === 'string') map = setAll(map, name, [value], caseInsensitive);
  }
  for (const [name, values] of Object.entries(multi ?? {})) {
    if (Array.isArray(values)) map = setAll(map, name, values.map(String), caseInsensitive);
  }
  return map;
}

export function lastValues(map: MultiMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of map) if (values.length > 0) out[name] = values[values.length - 1];
  return out;
}

export function allValues(map: MultiMap): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of map) out[name] = [...values];
  return out;
}

/** Comma-joined values, as API Gateway shows a multi-value header in its logs. */
export function joinedValues(map: MultiMap): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of map) out[name] = values.join(',');
  return out;
}
