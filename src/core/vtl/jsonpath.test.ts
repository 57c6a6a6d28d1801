import { describe, expect, it } from 'vitest';
import { parseJsonPermissive, JsonSyntaxError } from './json';
import { InvalidPath, PathNotFound, compilePath, readPath } from './jsonpath';
import { JList, javaClassOf, toJsonText } from './values';
import type { Value, JMap } from './values';

const store = parseJsonPermissive(
  JSON.stringify({
    store: {
      book: [
        { cat: 'ref', author: 'Nigel', title: 'S', price: 8.95 },
        { cat: 'fic', author: 'Evelyn', title: 'W', price: 12.99, isbn: '0-1' },
        { cat: 'fic', author: 'Herman', title: 'M', isbn: '0-5', price: 8.99, tags: ['a', 'b'] },
      ],
      bicycle: { color: 'red', price: 19.95 },
    },
    expensive: 10,
    n: null,
    arr: [1, 2, 3, 4, 5],
  }),
);

function read(path: string, doc: Value = store): string {
  try {
    return toJsonText(readPath(doc, compilePath(path)));
  } catch (e) {
    if (e instanceof PathNotFound) return 'NOT FOUND';
    if (e instanceof InvalidPath) return 'INVALID';
    throw e;
  }
}

describe('Jayway JsonPath 2.0.0', () => {
  it.each([
    ['$.store.book[0].author', '"Nigel"'],
    ['$.store.book[*].author', '["Nigel","Evelyn","Herman"]'],
    ['$..author', '["Nigel","Evelyn","Herman"]'],
    ['$..price', '[8.95,12.99,8.99,19.95]'],
    ['$.store.book[0,1].title', '["S","W"]'],
    ['$.store.book[:2].title', '["S","W"]'],
    ['$.store.book[-2:].title', '["W","M"]'],
    ['$.store.book[?(@.isbn)].title', '["W","M"]'],
    ['$.store.book[?(@.price < 10)].title', '["S","M"]'],
    ['$.store.book[?(@.price < $.expensive)].title', '["S","M"]'],
    ["$.store.book[?(@.cat == 'fic' && @.price > 10)].title", '["W"]'],
    ["$.store.book[?(@.cat == 'ref' || @.price > 10)].title", '["S","W"]'],
    ['$.store.book[?(@.author =~ /.*el.*/i)].title', '["S","W"]'],
    ["$['store']['bicycle']", '{"color":"red","price":19.95}'],
    [
      "$.store.book[*]['author','title']",
      '[{"author":"Nigel","title":"S"},{"author":"Evelyn","title":"W"},{"author":"Herman","title":"M"}]',
    ],
    ['store.bicycle.color', '"red"'],
    ['$.n', 'null'],
    ['$.arr[1:10]', '[2,3,4,5]'],
    ['$.store.book[*].isbn', '["0-1","0-5"]'],
  ])('%s → %s', (path, expected) => {
    expect(read(path)).toBe(expected);
  });

  it('finds nothing for missing keys, out-of-range and negative single indexes, or steps through null', () => {
    for (const p of ['$.nope', '$.arr[10]', '$.store.book[-1]', '$.n.x', '$.arr.x', '$.*.color'])
      expect(read(p), p).toBe('NOT FOUND');
  });

  it('gives an empty list for an indefinite path that matches nothing', () => {
    expect(read('$..nope')).toBe('[]');
    expect(read('$.price[*]', parseJsonPermissive('{}'))).toBe('[]');
  });

  it('rejects index on objects, filters on primitives, non-leaf multi properties and empty paths', () => {
    expect(read('$[0]')).toBe('INVALID');
    expect(read('$.expensive[?(@.a)]')).toBe('INVALID');
    expect(read("$['store','expensive'].x")).toBe('INVALID');
    expect(() => compilePath('')).toThrow(InvalidPath);
    expect(() => compilePath('$..')).toThrow(InvalidPath);
  });

  it('compares in filters as Jayway 2.0.0 does (numbers as decimals, text by code units, booleans via valueOf)', () => {
    const doc = parseJsonPermissive('[{"p":1},{"p":"1"},{"p":1.0},{"p":false},{"p":"x"},{"p":{}}]');
    expect(read('$[?(@.p == 1)]', doc)).toBe('[{"p":1},{"p":"1"},{"p":1.0},{"p":false}]');
    expect(read('$[?(@.p > 0)]', doc)).toBe('[{"p":1},{"p":"1"},{"p":1.0},{"p":"x"}]');
  });

  it('returns live values: maps, JSON arrays, numbers', () => {
    const v = readPath(store, compilePath('$.store.book'));
    expect(v).toBeInstanceOf(JList);
    expect(javaClassOf(v)).toBe('net.minidev.json.JSONArray');
    expect(javaClassOf(readPath(store, compilePath('$.store')))).toBe('java.util.LinkedHashMap');
  });
});

describe('json-smart permissive reading', () => {
  it.each([
    ['{"a":1} trailing', '{"a":1}'],
    ["{'a':'b'}", '{"a":"b"}'],
    ['{a:b}', '{"a":"b"}'],
    ['{"a":[1,,2,]}', '{"a":[1,2]}'],
    ['{"a":01}', '{"a":1}'],
    ['{"a":1e5}', '{"a":100000.0}'],
    ['{"a":12345678901234567890}', '{"a":12345678901234567890}'],
    ['{"a":1.2345678901234567890}', '{"a":1.2345678901234567890}'],
    ['abc', '"abc"'],
    ['a=b&c=d', '"a=b&c=d"'],
    ['-', '0'],
    ['', '""'],
  ])('%s reads as %s', (text, json) => {
    expect(toJsonText(parseJsonPermissive(text))).toBe(json);
  });

  it('fails on text that starts like JSON and breaks off', () => {
    for (const t of ['{"a" 1}', '{"a":[1,2}', '[1,2', '{"a":"x', '{"a":}'])
      expect(() => parseJsonPermissive(t), t).toThrow(JsonSyntaxError);
  });

  it('keeps object keys in document order', () => {
    const m = parseJsonPermissive('{"z":1,"a":2,"10":3}') as JMap;
    expect([...m.entries.keys()]).toEqual(['z', 'a', '10']);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    expect(() => parseJsonPermissive('['.repeat(100000))).toThrow(JsonSyntaxError);
  });
});
