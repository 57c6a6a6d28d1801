import { describe, expect, it } from 'vitest';
import oracle from './selectionPattern.java-oracle.json';
import { compileSelectionPattern, fullMatch } from './selectionPattern';

function matches(pattern: string, input: string): boolean {
  const compiled = compileSelectionPattern(pattern);
  if ('error' in compiled) throw new Error(compiled.error);
  const result = fullMatch(compiled, input);
  if (result === undefined) throw new Error(`pattern ${pattern} was not run on a long input`);
  return result;
}

describe('selectionPattern (Java regex, whole-string match)', () => {
  it('matches the whole string only, like Pattern.matches', () => {
    expect(matches('Not found.*', 'Not found: 7')).toBe(true);
    expect(matches('found', 'Not found: 7')).toBe(false);
    expect(matches('a|ab', 'ab')).toBe(true);
    expect(matches('.*\\[400\\].*', 'Bad input [400] given')).toBe(true);
  });

  it('does not let "." cross a newline (the doc note on ".+")', () => {
    expect(matches('.+', 'first line\nsecond line')).toBe(false);
    expect(matches('.*', 'a\rb')).toBe(false);
    expect(matches('.*', 'a\u0085b')).toBe(false);
    expect(matches('(?s).+', 'first line\nsecond line')).toBe(true);
    expect(matches('[\\s\\S]+', 'first line\nsecond line')).toBe(true);
  });

  it('".*" matches the empty string a successful invocation stands for', () => {
    expect(matches('.*', '')).toBe(true);
    expect(matches('.+', '')).toBe(false);
    expect(matches('2\\d{2}', '')).toBe(false);
  });

  it('translates Java-only syntax', () => {
    expect(matches('(?i)not found', 'NOT FOUND')).toBe(true);
    expect(matches('\\QPrice: $5.00\\E', 'Price: $5.00')).toBe(true);
    expect(matches('\\QPrice: $5.00\\E', 'Price: $5x00')).toBe(false);
    expect(matches('\\p{Alpha}+', 'abcXYZ')).toBe(true);
    expect(matches('\\p{Alpha}+', 'abc1')).toBe(false);
    expect(matches('[\\p{Digit}x]+', '12x3')).toBe(true);
    expect(matches('\\Aabc\\z', 'abc')).toBe(true);
    expect(matches('[]a]+', ']a]')).toBe(true);
    expect(matches('\\p{IsLatin}+', 'abc')).toBe(true);
  });

  it('reports patterns it cannot compile instead of throwing', () => {
    expect(compileSelectionPattern('(unclosed')).toHaveProperty('error');
    expect(compileSelectionPattern('abc\\')).toMatchObject({ unsupported: false });
    expect(compileSelectionPattern('a*+b')).toMatchObject({ unsupported: true });
    expect(compileSelectionPattern('(?>ab|a)c')).toMatchObject({ unsupported: true });
  });

  it('does not run a pattern with nested quantifiers on a long message', () => {
    const compiled = compileSelectionPattern('(a+)+b');
    if ('error' in compiled) throw new Error(compiled.error);
    expect(fullMatch(compiled, 'aab')).toBe(true);
    expect(fullMatch(compiled, 'a'.repeat(100))).toBeUndefined();
  });
});

describe('selectionPattern against java.util.regex (recorded oracle)', () => {
  const cases = oracle.cases as Array<[pattern: string, input: string, expected: 'true' | 'false' | 'ERR']>;

  it('has the recorded cases', () => {
    expect(cases.length).toBeGreaterThan(1000);
  });

  it('agrees with Pattern.matches on every pattern it compiles, and compiles all but a few', () => {
    const disagreements: string[] = [];
    const unsupported = new Set<string>();
    for (const [pattern, input, expected] of cases) {
      const compiled = compileSelectionPattern(pattern);
      if ('error' in compiled) {
        unsupported.add(pattern);
        continue;
      }
      const got = String(fullMatch(compiled, input));
      if (got !== expected)
        disagreements.push(`${JSON.stringify(pattern)} on ${JSON.stringify(input)}: ${got}`);
    }
    expect(disagreements).toEqual([]);
    expect([...unsupported].sort()).toEqual(['(?>ab|a)c', '.*(?m)x', '[a-z&&[^e]]+', '\\Gx', 'a*+b']);
  });
});
