import { describe, expect, it } from 'vitest';
import { mapFromRows, moveItem, reconcileRows, rowsFromMap, sameOrderedMap } from './orderedMap';

describe('ordered map rows', () => {
  it('round-trips a map in key order', () => {
    const map = {
      'integration.request.path.id': 'method.request.path.id',
      'integration.request.header.x': "'1'",
    };
    const rows = rowsFromMap(map);
    expect(rows.map((r) => r.key)).toEqual(Object.keys(map));
    const back = mapFromRows(rows);
    expect(Object.keys(back.map)).toEqual(Object.keys(map));
    expect(back.map).toEqual(map);
    expect(back.drafts.size).toBe(0);
  });

  it('leaves empty and repeated names out as drafts, first one wins', () => {
    const { map, drafts } = mapFromRows([
      { id: 1, key: 'a', value: '1' },
      { id: 2, key: '', value: '2' },
      { id: 3, key: 'a', value: '3' },
      { id: 4, key: 'b', value: '4' },
    ]);
    expect(map).toEqual({ a: '1', b: '4' });
    expect([...drafts.entries()]).toEqual([
      [2, 'empty'],
      [3, 'duplicate'],
    ]);
  });

  it('keeps a "__proto__" name as an own key', () => {
    const { map } = mapFromRows([{ id: 1, key: '__proto__', value: 'x' }]);
    expect(Object.keys(map)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
  });

  it('compares maps by order and values', () => {
    expect(sameOrderedMap({ a: 1, b: 2 }, { a: 1, b: 2 })).toBe(true);
    expect(sameOrderedMap({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameOrderedMap({ a: true }, { a: false })).toBe(false);
    expect(sameOrderedMap({}, undefined)).toBe(false);
    expect(sameOrderedMap(undefined, undefined)).toBe(true);
  });

  it('moves items and clamps the target', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 1, -5)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });

  it('keeps row ids by name across an outside change, new names get new ids, drafts go', () => {
    const before = [
      // Negative ids: never handed out by newRowId.
      { id: -1, key: 'application/json', value: '$input.body' },
      { id: -2, key: '', value: 'draft' },
      { id: -3, key: 'text/plain', value: 'x' },
    ];
    const after = reconcileRows(before, {
      'text/plain': 'y',
      'application/json': '$input.json("$")',
      'application/xml': '<a/>',
    });
    expect(after.map((r) => [r.key, r.value])).toEqual([
      ['text/plain', 'y'],
      ['application/json', '$input.json("$")'],
      ['application/xml', '<a/>'],
    ]);
    expect(after[0].id).toBe(-3);
    expect(after[1].id).toBe(-1);
    expect(after[2].id).toBeGreaterThan(0);
    expect(reconcileRows(before, undefined)).toEqual([]);
  });
});
