import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { Json, JsonObject } from './cfn';
import { trickyStrings } from './probeDesigns';
import { toYaml, type YamlValue } from './yaml';

// The oracle: the yaml package (2.9.1, as bundled by the aws-cdk CLI) with the CLI's options.
function oracle(value: JsonObject | Json[]): string {
  return YAML.stringify(value, { schema: 'yaml-1.1', lineWidth: 0 });
}

const yamlOnlyStrings = ['lone \ud800 surrogate', '\udfff', 'pair \ud83d\ude00 ok'];
const allStrings = [...trickyStrings, ...yamlOnlyStrings];
const words = fc.constantFrom(...allStrings);
const chars = fc.constantFrom(
  'a',
  'Z',
  '0',
  '1',
  '9',
  ' ',
  '\t',
  '\n',
  '\r',
  ':',
  '#',
  '-',
  '?',
  "'",
  '"',
  '\\',
  '.',
  '%',
  '@',
  '`',
  '!',
  '&',
  '*',
  '|',
  '>',
  '[',
  ']',
  '{',
  '}',
  ',',
  '~',
  '<',
  'é',
  '😀',
  '\u0000',
  '\u0085',
  '\u2028',
);
const stringArb = fc.oneof(
  words,
  fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')),
  fc.array(chars, { minLength: 30, maxLength: 70 }).map((cs) => cs.join('')),
  fc.tuple(words, words).map(([a, b]) => a + b),
  fc.string(),
);
const jsonArb: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    stringArb,
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.constantFrom(0, -0, 1.5, 1e21, 29000),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(stringArb, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const rootArb = fc.oneof(
  fc.dictionary(stringArb, jsonArb, { maxKeys: 5 }),
  fc.array(jsonArb, { maxLength: 4 }),
);

describe('toYaml', () => {
  it('prints each tricky string as the yaml package does, as a value, a key and a sequence item', () => {
    for (const text of allStrings) {
      const doc = {
        Resources: { Value: text, Nested: { Deeper: [text, { [text]: text }] } },
        [text]: [text],
      };
      expect(toYaml(doc), JSON.stringify(text)).toBe(oracle(doc));
    }
  });

  it('prints keys longer than 1024 characters as explicit keys', () => {
    const doc = { ['k'.repeat(1030)]: { a: 1 }, ['j'.repeat(1030)]: 'v', ['i'.repeat(1030)]: ['x'] };
    expect(toYaml(doc)).toBe(oracle(doc));
  });

  it('prints empty collections, numbers, booleans and null as the yaml package does', () => {
    const doc = {
      a: {},
      b: [],
      c: [[], {}],
      d: 0,
      e: -0,
      f: 1.25,
      g: 1e21,
      h: true,
      i: false,
      j: null,
      k: [[1, 2], [3]],
    };
    expect(toYaml(doc)).toBe(oracle(doc));
  });

  it('matches the yaml package on random JSON values', () => {
    fc.assert(
      fc.property(rootArb, (value) => {
        expect(toYaml(value)).toBe(oracle(value));
      }),
      { numRuns: 3000, seed: 20240501 },
    );
  });

  it('prints Maps as ordered mappings, as the yaml package does with version 1.1 and no !!omap', () => {
    const interopOracle = (value: YamlValue) =>
      YAML.stringify(value, {
        version: '1.1',
        customTags: (tags) =>
          tags.filter((tag) => typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:omap'),
        lineWidth: 0,
        aliasDuplicateObjects: false,
      });
    const toMaps = (value: Json): YamlValue => {
      if (Array.isArray(value)) return value.map(toMaps);
      if (value === null || typeof value !== 'object') return value;
      return new Map(Object.entries(value).map(([key, child]) => [key, toMaps(child)]));
    };
    const ordered = new Map<string, YamlValue>([
      ['404', 'not found'],
      [
        '200',
        new Map<string, YamlValue>([
          ['b', 1],
          ['a', []],
          ['10', new Map()],
        ]),
      ],
      [
        'x',
        [
          new Map([
            ['2', 'two'],
            ['1', 'one'],
          ]),
        ],
      ],
    ]);
    expect(toYaml(ordered)).toBe(interopOracle(ordered));
    expect(toYaml(ordered).indexOf('404')).toBeLessThan(toYaml(ordered).indexOf('200'));
    fc.assert(
      fc.property(rootArb, (value) => {
        const mapped = toMaps(value) as Map<string, YamlValue> | YamlValue[];
        expect(toYaml(mapped)).toBe(interopOracle(mapped));
      }),
      { numRuns: 1000, seed: 99 },
    );
  });
});
