import { describe, expect, it } from 'vitest';
import { getAt, parentPointer, parsePointer, setAt } from './pointer';

describe('parsePointer', () => {
  it('unescapes ~1 and ~0 in that order', () => {
    expect(parsePointer('/a~1b/c~0d/~01')).toEqual(['a/b', 'c~d', '~1']);
    expect(parsePointer('')).toEqual([]);
  });
  it('rejects text that is not a pointer', () => {
    expect(() => parsePointer('methods/0')).toThrow('Not a JSON pointer');
  });
});

describe('getAt', () => {
  const doc = { methods: [{ integration: { requestTemplates: { 'application/json': 'x' } } }] };
  it('reads nested values and escaped keys', () => {
    expect(getAt(doc, '/methods/0/integration/requestTemplates/application~1json')).toBe('x');
  });
  it('returns undefined for missing steps and never follows the prototype', () => {
    expect(getAt(doc, '/methods/3/integration')).toBeUndefined();
    expect(getAt(doc, '/methods/0/constructor')).toBeUndefined();
    expect(getAt(doc, '/__proto__')).toBeUndefined();
  });
});

describe('setAt', () => {
  const doc = { a: { x: 1, y: 2 }, b: [1, 2, 3], c: { keep: true } };
  it('copies the path and shares the rest', () => {
    const next = setAt(doc, '/a/x', 5);
    expect(next).toEqual({ a: { x: 5, y: 2 }, b: [1, 2, 3], c: { keep: true } });
    expect(doc.a.x).toBe(1);
    expect(next.c).toBe(doc.c);
    expect(next.b).toBe(doc.b);
  });
  it('keeps the key order of maps when replacing a value', () => {
    expect(Object.keys(setAt(doc, '/a/x', 9).a)).toEqual(['x', 'y']);
  });
  it('removes keys and array elements for undefined', () => {
    expect(setAt(doc, '/a/x', undefined).a).toEqual({ y: 2 });
    expect(setAt(doc, '/b/1', undefined).b).toEqual([1, 3]);
  });
  it('appends with "-" and creates missing parents', () => {
    expect(setAt(doc, '/b/-', 4).b).toEqual([1, 2, 3, 4]);
    expect(setAt({}, '/m/0/name', 'n')).toEqual({ m: [{ name: 'n' }] });
  });
  it('stores a "__proto__" key as data instead of changing the prototype', () => {
    const next = setAt({ map: {} as Record<string, unknown> }, '/map/__proto__', 'value');
    expect(Object.getPrototypeOf(next.map)).toBe(Object.prototype);
    expect(Object.keys(next.map)).toEqual(['__proto__']);
    expect(JSON.stringify(next)).toBe('{"map":{"__proto__":"value"}}');
  });
  it('rejects indexes past the end', () => {
    expect(() => setAt(doc, '/b/7', 1)).toThrow('out of range');
  });
});

describe('parentPointer', () => {
  it('drops the last segment', () => {
    expect(parentPointer('/methods/0/integration')).toBe('/methods/0');
    expect(parentPointer('/methods')).toBe('');
    expect(parentPointer('')).toBeUndefined();
  });
});
