/**
 * The ordered key–value editors work on rows; the design holds a JSON object whose key order is the
 * row order (CDK hashes that order into the Deployment's logical ID). A row whose name is empty or
 * repeats an earlier name is a draft: it stays on screen and is left out of the object until fixed.
 */

export interface MapRow<V> {
  id: number;
  key: string;
  value: V;
}

let nextRowId = 1;
export function newRowId(): number {
  return nextRowId++;
}

export function rowsFromMap<V>(map: Record<string, V> | undefined): MapRow<V>[] {
  if (!map) return [];
  return Object.keys(map).map((key) => ({ id: newRowId(), key, value: map[key] }));
}

/**
 * Rows for `map` after an outside change (another editor, undo), keeping the id of the earlier row
 * with the same name: React then updates that row in place instead of replacing it (typing a
 * template in the VTL editor rebuilt the form's template row, its textarea and buttons, on every
 * keystroke). Draft rows of the earlier state are dropped, as the map does not hold them.
 */
export function reconcileRows<V>(
  previous: readonly MapRow<V>[],
  map: Record<string, V> | undefined,
): MapRow<V>[] {
  if (!map) return [];
  const idByKey = new Map<string, number>();
  for (const row of previous) if (row.key !== '' && !idByKey.has(row.key)) idByKey.set(row.key, row.id);
  return Object.keys(map).map((key) => ({ id: idByKey.get(key) ?? newRowId(), key, value: map[key] }));
}

/** The object the rows stand for, in row order, and which rows were left out as drafts. */
export function mapFromRows<V>(rows: readonly MapRow<V>[]): {
  map: Record<string, V>;
  drafts: Map<number, 'empty' | 'duplicate'>;
} {
  const map: Record<string, V> = {};
  const drafts = new Map<number, 'empty' | 'duplicate'>();
  const seen = new Set<string>();
  for (const row of rows) {
    if (row.key === '') {
      drafts.set(row.id, 'empty');
      continue;
    }
    if (seen.has(row.key)) {
      drafts.set(row.id, 'duplicate');
      continue;
    }
    seen.add(row.key);
    // defineProperty keeps a "__proto__" name an ordinary own key instead of changing the prototype.
    Object.defineProperty(map, row.key, {
      value: row.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { map, drafts };
}

/** Same keys, same order, same values (values compared by JSON text). */
export function sameOrderedMap<V>(
  a: Record<string, V> | undefined,
  b: Record<string, V> | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ak = Object.keys(a);
  const bk = Object.keys(b);
  if (ak.length !== bk.length) return false;
  for (let i = 0; i < ak.length; i++) {
    if (ak[i] !== bk[i]) return false;
    if (JSON.stringify(a[ak[i]]) !== JSON.stringify(b[bk[i]])) return false;
  }
  return true;
}

/** A copy of `items` with the item at `from` moved to `to` (clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = items.slice();
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return copy;
}
