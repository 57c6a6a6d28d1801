import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { propertyKey, quotedStringLiteral, stringLiteral, templateStringLiteral } from './typescriptStrings';

/** Evaluates a JavaScript expression (the printed literal), as the generated app's runtime would. */
function evaluate(expression: string): unknown {
  return new Function(`"use strict"; return (${expression});`)() as unknown;
}

/** The TypeScript parser's diagnostics for `const x = <literal>;`: the literal must be valid TS. */
function syntaxErrors(expression: string): string[] {
  const file = ts.createSourceFile('x.ts', `const x = ${expression};\n`, ts.ScriptTarget.ES2022, true);
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const nasty = [
  '',
  "it's",
  'say "hi"',
  `both ' and "`,
  'back\\slash',
  'dollar ${brace} and `tick`',
  "$input.json('$')",
  'line\nbreak',
  'crlf\r\nline',
  'tab\there',
  'nul\u0000after0',
  'del\u007f c1\u0085',
  'ls\u2028ps\u2029',
  'bidi\u202eevil\u2066',
  'bom\ufeff zwj\u200d',
  'lone high \ud800 x',
  'lone low \udc00 x',
  'trailing high \udbff',
  'emoji 🎉 and 中文 café',
  '</script><!--',
  '\\u0041 not an escape',
  '`${`',
  '\\${',
  '\n',
  '\\',
];

describe('TypeScript string literals', () => {
  it.each(nasty)('round-trips %j in every form', (value) => {
    for (const literal of [quotedStringLiteral(value), templateStringLiteral(value), stringLiteral(value)]) {
      expect(syntaxErrors(literal)).toEqual([]);
      expect(evaluate(literal)).toBe(value);
    }
  });

  it('round-trips arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme-composite' }), (a, b) => {
        for (const value of [a, b, a + '\n' + b]) {
          expect(evaluate(quotedStringLiteral(value))).toBe(value);
          expect(evaluate(templateStringLiteral(value))).toBe(value);
        }
      }),
      { numRuns: 500, seed: 20240601 },
    );
  });

  it('keeps quoted literals on one line and free of raw control or invisible characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const literal = quotedStringLiteral(value);
        const raw = [...literal].filter((c) => {
          const code = c.charCodeAt(0);
          return code < 0x20 || (code >= 0x7f && code <= 0x9f) || /[\u2028\u2029\u202a-\u202e\ufeff]/.test(c);
        });
        expect(raw).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('writes what a developer would: single quotes, double when shorter, template for lines', () => {
    expect(stringLiteral('index.handler')).toBe("'index.handler'");
    expect(stringLiteral("it's")).toBe(`"it's"`);
    expect(stringLiteral(`'a' "b" 'c'`)).toBe(`"'a' \\"b\\" 'c'"`);
    expect(stringLiteral('#set($x = 1)\n{ "x": $x }')).toBe('`#set($x = 1)\n{ "x": $x }`');
    expect(stringLiteral('a\nb ${c} `d`')).toBe('`a\nb \\${c} \\`d\\``');
    expect(stringLiteral('café 🎉')).toBe("'café 🎉'");
    expect(stringLiteral('a\u2028b')).toBe("'a\\u2028b'");
    expect(stringLiteral('\ud800')).toBe("'\\uD800'");
    expect(stringLiteral('a\u0000b')).toBe("'a\\x00b'");
  });
});

describe('TypeScript property keys', () => {
  it('quotes only what needs it, and computes __proto__', () => {
    expect(propertyKey('proxy')).toBe('proxy');
    expect(propertyKey('application/json')).toBe("'application/json'");
    expect(propertyKey('method.request.path.petId')).toBe("'method.request.path.petId'");
    expect(propertyKey('200')).toBe("'200'");
    expect(propertyKey('__proto__')).toBe("['__proto__']");
    expect(propertyKey("it's\n")).toBe(`"it's\\n"`);
  });

  it('builds objects whose own keys are exactly the given keys, in order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.string({ unit: 'binary' }), fc.constant('__proto__')), { maxLength: 6 }),
        (keys) => {
          const source = `({ ${keys.map((k, i) => `${propertyKey(k)}: ${i}`).join(', ')} })`;
          const object = evaluate(source) as Record<string, number>;
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
          const expected = Object.fromEntries(keys.map((k, i) => [k, i]));
          expect(Object.entries(object)).toEqual(Object.entries(expected));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
