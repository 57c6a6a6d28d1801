import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkJavaRegex, javaRegexErrorMessage } from './javaRegex';

/**
 * Expected results are java.util.regex.Pattern's (Java 17), written down from its documented syntax
 * and PatternSyntaxException descriptions; no JVM runs here.
 */
describe('checkJavaRegex', () => {
  const valid = [
    '',
    '.*Not Found.*',
    '4\\d{2}',
    '.*\\[400\\].*',
    '(\\n|.)+',
    '^\\[Error\\] .*',
    'a*+b++c?+', // possessive quantifiers
    'a*?b+?', // lazy
    '(?i)not found', // inline flag
    '(?i:abc)|(?-i)x',
    '(?<code>\\d{3}) \\k<code>',
    '(?>atomic)',
    '(?<=a)b(?<!c)',
    '\\Qa.b*c\\E',
    '\\p{javaLowerCase}+\\p{IsAlphabetic}\\p{InGreek}\\p{Lu}\\P{L}\\pL',
    '[a-z&&[^aeiou]]',
    '[\\w.-]+@[\\w-]+',
    '\\h\\H\\v\\R\\X\\G\\Z\\z\\A',
    '\\x{1F600}\\x41\\u0041\\0101\\cA\\t\\e',
    'a{2,}b{0,3}c{5}',
    '[]a]',
    '}',
    ']',
    '[{]',
    '\\{',
    'x{1}+',
  ];
  for (const pattern of valid) {
    it(`accepts ${JSON.stringify(pattern)}`, () => expect(checkJavaRegex(pattern)).toBeUndefined());
  }

  const invalid: Array<[string, string]> = [
    ['{', 'Illegal repetition'],
    ['a{', 'Illegal repetition'],
    ['{"error"}', 'Illegal repetition'],
    ['*abc', "Dangling meta character '*'"],
    ['a**', "Dangling meta character '*'"],
    ['+', "Dangling meta character '+'"],
    ['?x', "Dangling meta character '?'"],
    ['(abc', 'Unclosed group'],
    ['abc)', "Unmatched closing ')'"],
    ['[abc', 'Unclosed character class'],
    ['[z-a]', 'Illegal character range'],
    ['a{3,1}', 'Illegal repetition range'],
    ['a{1', 'Unclosed counted closure'],
    ['\\y', 'Illegal/unsupported escape sequence'],
    ['\\p{Foo}', 'Unknown character property name {Foo}'],
    ['(?Q)', 'Unknown inline modifier'],
    ['\\k<missing>', 'named capturing group <missing> does not exist'],
    ['(?<a>x)(?<a>y)', 'Named capturing group <a> is already defined'],
    ['\\xZZ', 'Illegal hexadecimal escape sequence'],
    ['\\u12', 'Illegal Unicode escape sequence'],
  ];
  for (const [pattern, description] of invalid) {
    it(`rejects ${JSON.stringify(pattern)}: ${description}`, () => {
      expect(checkJavaRegex(pattern)?.description).toBe(description);
    });
  }

  it('formats the error like PatternSyntaxException.getMessage', () => {
    const error = checkJavaRegex('*abc');
    expect(error).toBeDefined();
    expect(javaRegexErrorMessage('*abc', error!)).toBe("Dangling meta character '*' near index 0\n*abc\n^");
  });

  it('terminates and never throws on arbitrary input (seeded)', () => {
    const regexish = fc.string({
      unit: fc.constantFrom(...'ab(){}[]*+?|\\^$.-&<>=!:,0123456789pPkQEexuciN'.split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(fc.oneof(regexish, fc.string({ maxLength: 40 })), (pattern) => {
        const result = checkJavaRegex(pattern);
        expect(result === undefined || typeof result.description === 'string').toBe(true);
      }),
      { seed: 7, numRuns: 3000 },
    );
  });
});
