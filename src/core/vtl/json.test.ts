/**
 * The lazy payload reading (scan, contents built on first use, $input.json written from the source) must
 * give exactly what the eager Reader gives: the same values in the same order, the same Java classes, the
 * same JSON and Java printing, the same errors at the same offsets. Seeded property tests over JSON-like
 * texts built to hit the edges (escapes, json-smart's escaped ranges, number forms, repeated keys, blanks,
 * permissive forms) and over mutations of them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, documentJson, parseJsonEagerly, parseJsonPermissive } from './json';
import { JList, JMap, javaClassOf, javaToString, toJsonText } from './values';
import type { Value } from './values';

/** Class and content, walking lists and maps in order (builds lazy contents as it goes). */
function dump(v: Value): unknown {
  if (v instanceof JList) return [javaClassOf(v), v.items.map(dump)];
  if (v instanceof JMap) return [javaClassOf(v), [...v.entries].map(([k, x]) => [dump(k), dump(x)])];
  return [javaClassOf(v), v === null ? null : javaToString(v)];
}

function outcome(read: (t: string) => Value, text: string): unknown {
  try {
    const json = toJsonText(read(text)); // untouched: written from the source when lazy
    const v = read(text);
    const shape = dump(v);
    return { json, javaString: javaToString(v), shape, jsonAfter: toJsonText(v) };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { error: e.message, offset: e.offset };
    return { thrown: String(e) };
  }
}

/** Also: one part read first, the rest written from the source. */
function partly(read: (t: string) => Value, text: string): unknown {
  try {
    const v = read(text);
    if (v instanceof JMap) {
      const first = [...v.entries.values()][0];
      return [first === undefined ? null : dump(first), toJsonText(v), javaToString(v)];
    }
    if (v instanceof JList) return [v.items.length > 0 ? dump(v.items[0]) : null, toJsonText(v)];
    return toJsonText(v);
  } catch (e) {
    return String(e);
  }
}

const blank = fc.constantFrom('', '', '', ' ', '\n', '\t', '\r\n  ', '\u0001');
const char = fc.oneof(
  fc.constantFrom('a', 'Z', ' ', '"', "'", '\\', '/', 'é', '\u0000', '\u001f', '\u007f', '\u0085', '\u009f'),
  fc.constantFrom(
    '\u2000',
    '\u2028',
    '\u20ac',
    '\u20ff',
    '\u2100',
    '\ud83d\ude00',
    '\ud800',
    '{',
    '}',
    ':',
    ',',
  ),
);
const escape = fc.constantFrom(
  '\\"',
  '\\\\',
  '\\/',
  '\\b',
  '\\f',
  '\\n',
  '\\r',
  '\\t',
  "\\'",
  '\\u0041',
  '\\u00e9',
  '\\u2028',
  '\\uD83D\\uDE00',
  '\\x41',
  '\\q',
  '\\u12',
);
const number = fc.oneof(
  fc.constantFrom('0', '-0', '7', '-12', '007', '1.5', '-0.0', '1.', '.5', '-', '1e5', '1E+2', '2e-3', '1e'),
  fc.constantFrom('123456789012345', '1234567890123456', '9223372036854775807', '9223372036854775808'),
  fc.constantFrom(
    '-9223372036854775809',
    '0.1',
    '100.0',
    '1.0E10',
    '1e400',
    '0.12345678901234567890',
    '3.14',
  ),
  fc.constantFrom('1.50', '0.10', '5.0', '1e0', '1.25E2', '-1.0', '10.000', '0.0001', '12345678.0', '0.001'),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map((d) => JSON.stringify(d)),
);
const word = fc.constantFrom('true', 'false', 'null', 'NaN', 'tru', 'nulls', 'abc', "'single'", 'true x');

function texts(strict: boolean): fc.Arbitrary<string> {
  const num = strict ? number.filter((n) => !['1.', '.5', '-', '1e'].includes(n)) : number;
  const text = strict ? char.filter((c) => c !== '\\') : char;
  const esc = strict ? escape.filter((e) => !/^\\(x|q|u12)/.test(e)) : escape;
  const gap = strict ? blank.filter((b) => !b.includes('\u0001')) : blank;
  const rawString = fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom('abc', 'x y', 'k') }, text, esc), {
      maxLength: 6,
    })
    .map((parts) => parts.join('').replace(/(?<!\\)"/g, '\\"'));
  const quoted = rawString.map((s) => `"${s}"`);
  const literal = strict ? fc.constantFrom('true', 'false', 'null') : word;
  const sep = strict ? fc.constant(',') : fc.constantFrom(',', ',', ',', ',,', ' ');
  const key = strict
    ? fc.oneof(quoted, fc.constantFrom('"a"', '"a"', '"b"', '"\\u0061"'))
    : fc.oneof(quoted, fc.constantFrom('"a"', '"a"', '"b"', 'k', "'q'"));
  return fc.letrec<{ v: string }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      quoted,
      num,
      literal,
      fc
        .array(fc.tuple(gap, tie('v'), gap), { maxLength: 4 })
        .chain((items) => sep.map((c) => '[' + items.map(([a, x, b]) => a + x + b).join(c) + ']')),
      fc
        .array(fc.tuple(key, gap, tie('v')), { maxLength: 4 })
        .chain((entries) =>
          sep.map((c) => '{' + entries.map(([k, b, x]) => `${k}${b}:${b}${x}`).join(c) + '}'),
        ),
    ),
  })).v;
}

const value = fc.oneof(texts(false), texts(true));
/** Documents of the subset the lazy scan takes, so that most runs go through it. */
const strictDocument = fc
  .tuple(texts(true), fc.constantFrom('"r"', '"s"'))
  .map(([t, k]) => `[${t}, {"r": ${t}, ${k}: [${t}]}]`);

const mutated = fc
  .tuple(value, fc.nat(), fc.constantFrom('', '}', ']', ',', '"', '\\', ':', ' ', 'x', '{', '['))
  .map(([text, at, insert]) => {
    const i = text.length === 0 ? 0 : at % text.length;
    return at % 2 === 0
      ? text.slice(0, i) + insert + text.slice(i + 1)
      : text.slice(0, i) + insert + text.slice(i);
  });

describe('lazy JSON reading', () => {
  it('reads every text exactly as the eager reader does', () => {
    fc.assert(
      fc.property(
        fc.oneof(value, mutated, strictDocument),
        blank,
        fc.constantFrom('', ' ', ' trailing', '}'),
        (text, a, b) => {
          const t = a + text + b;
          expect(outcome(parseJsonPermissive, t)).toEqual(outcome(parseJsonEagerly, t));
          expect(partly(parseJsonPermissive, t)).toEqual(partly(parseJsonEagerly, t));
          // written in one pass: what the eager reading writes, or null (then written the usual way)
          const once = documentJson(t);
          if (once !== null) expect(once).toBe((outcome(parseJsonEagerly, t) as { json: string }).json);
        },
      ),
      { seed: 20261127, numRuns: 4000 },
    );
  });

  it('reads JSON documents exactly as the eager reader does', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (v, pretty) => {
        const t = JSON.stringify(v, null, pretty ? 2 : undefined);
        const eager = outcome(parseJsonEagerly, t) as { json?: string };
        expect(outcome(parseJsonPermissive, t)).toEqual(eager);
        if (typeof v === 'object' && v !== null) expect(documentJson(t)).toBe(eager.json);
      }),
      { seed: 7, numRuns: 1500 },
    );
  });

  it('writes a document from the source without blanks, json-smart escaping and Java number forms', () => {
    const text = ` { "a" : [ 1 , 1.50 , 1e3 , -0 , 12345678901234567890 ] , "s" : "x/y \\u00e9 \\' \\" \u2028" , "a" : {} } `;
    expect(toJsonText(parseJsonPermissive(text))).toBe('{"a":{},"s":"x\\/y é \' \\" \\u2028"}');
    expect(documentJson(text)).toBe(null); // "a" repeats: the built map writes it
    expect(documentJson(text.replace('"a" : {}', '"b" : {}'))).toBe(
      '{"a":[1,1.5,1000.0,0,12345678901234567890],"s":"x\\/y é \' \\" \\u2028","b":{}}',
    );
    expect(toJsonText(parseJsonPermissive('[ 1 , 1.50 , 1e3 , -0 , 12345678901234567890, 007 ]'))).toBe(
      '[1,1.5,1000.0,0,12345678901234567890,7]',
    );
  });
});
