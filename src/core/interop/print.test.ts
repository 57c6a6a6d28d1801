import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { validDesign } from '../../testing/arbitraries';
import { designToOpenApi } from './openapi/exportOpenApi';
import { printJson, printYaml } from './print';
import { designToSam } from './sam/exportSam';
import type { Value, ValueMap } from './source';

/** What printYaml printed before it moved to synth/yaml.ts: the yaml package, YAML 1.1, no `!!omap`. */
function yamlPackage(value: Value): string {
  return YAML.stringify(value, {
    version: '1.1',
    customTags: (tags) =>
      tags.filter((tag) => typeof tag !== 'object' || tag.tag !== 'tag:yaml.org,2002:omap'),
    lineWidth: 0,
    aliasDuplicateObjects: false,
  });
}

/** Strings YAML 1.1 readers take for other types, indicators, line breaks, odd characters. */
const TRICKY = [
  '',
  ' ',
  'yes',
  'No',
  'on',
  '~',
  'null',
  '0x1F',
  '012',
  '1:30',
  '1_000',
  '.inf',
  '2012-10-17',
  '- a',
  '? b',
  'a: b',
  'a #b',
  '#x',
  '&a',
  '*a',
  '!t',
  '|',
  '>',
  "'q'",
  '"q"',
  '%x',
  '@x',
  '`x',
  '---',
  '...',
  '<<',
  'a\nb',
  'a\n',
  '\n',
  ' lead',
  'trail ',
  'tab\tx',
  '\u0007',
  '\u0085',
  '\ud800',
  'é中🎉',
  '${Fn}',
  'arn:aws:lambda:us-east-1:123456789012:function:x',
  '200',
  '-0',
  '1e3',
];

const text = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 4 }),
  fc.string({
    unit: fc.constantFrom('a', ' ', '\n', ':', '#', '-', '"', "'", '\\'),
    minLength: 30,
    maxLength: 60,
  }),
);

const valueArb: fc.Arbitrary<Value> = fc.letrec<{ value: Value }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer({ min: -100000, max: 100000 }),
    fc.constantFrom(0, 1.5, 1e21, -2.25, 29000),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(text, tie('value')), { maxLength: 4 }).map((entries): ValueMap => new Map(entries)),
    // Plain objects: what an invalid design's values can put into an export.
    fc.dictionary(text, tie('value'), { maxKeys: 3 }) as unknown as fc.Arbitrary<Value>,
  ),
})).value;

const rootArb = fc.oneof(
  fc.array(fc.tuple(text, valueArb), { maxLength: 5 }).map((entries): ValueMap => new Map(entries)),
  fc.array(valueArb, { maxLength: 4 }),
);

describe('printYaml', () => {
  it('prints what the yaml package prints, on random Map trees', () => {
    fc.assert(
      fc.property(rootArb, (value) => {
        expect(printYaml(value)).toBe(yamlPackage(value));
      }),
      { numRuns: 2000, seed: 4242 },
    );
  });

  it('prints what the yaml package prints, on the OpenAPI and SAM exports of random designs', () => {
    fc.assert(
      fc.property(validDesign(), (design) => {
        const document = designToOpenApi(design).document;
        expect(printYaml(document)).toBe(yamlPackage(document));
        const template = designToSam(design).template;
        expect(printYaml(template)).toBe(yamlPackage(template));
      }),
      { numRuns: 60, seed: 77 },
    );
  });

  it('prints keys that are not strings as the yaml package does (exports of invalid designs)', () => {
    const value = new Map<unknown, unknown>([
      [-1e-323, 'a'],
      [undefined, 'b'],
      [true, new Map([[2, [1]]])],
    ]) as unknown as ValueMap;
    expect(printYaml(value)).toBe(yamlPackage(value));
  });

  it('keeps Map order, integer-like keys included', () => {
    const value: ValueMap = new Map<string, Value>([
      ['404', 'not found'],
      ['200', new Map<string, Value>([['b', 1]])],
    ]);
    expect(printYaml(value)).toBe('"404": not found\n"200":\n  b: 1\n');
  });
});

describe('printJson', () => {
  /** The same tree with plain objects: JSON.stringify's layout, where no key is integer-like. */
  const plain = (value: Value): unknown => {
    if (Array.isArray(value)) return value.map(plain);
    if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
    return value;
  };
  /** Maps without integer-like keys (which plain objects reorder), and no plain objects. */
  const noIntegerKeys = (value: Value): boolean => {
    if (Array.isArray(value)) return value.every(noIntegerKeys);
    if (value instanceof Map) {
      return [...value].every(([key, child]) => !/^(0|[1-9][0-9]*)$/.test(key) && noIntegerKeys(child));
    }
    return value === null || typeof value !== 'object';
  };

  it('prints JSON.stringify(…, 2) with a final line break', () => {
    fc.assert(
      fc.property(rootArb.filter(noIntegerKeys), (value) => {
        expect(printJson(value)).toBe(`${JSON.stringify(plain(value), null, 2)}\n`);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it('keeps Map order, integer-like keys included', () => {
    const value: ValueMap = new Map<string, Value>([
      ['404', 'not found'],
      ['200', new Map<string, Value>([['b', [1, 'x']]])],
      ['e', new Map()],
      ['l', []],
    ]);
    expect(printJson(value)).toBe(
      '{\n  "404": "not found",\n  "200": {\n    "b": [\n      1,\n      "x"\n    ]\n  },\n  "e": {},\n  "l": []\n}\n',
    );
  });
});
