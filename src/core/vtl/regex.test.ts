import { describe, expect, it } from 'vitest';
import { JavaRegexError, compileJavaRegex, javaReplace, javaSplit, looksCatastrophic } from './regex';
import { renderTemplate } from './index';

function re(p: string): RegExp {
  const r = compileJavaRegex(p);
  if (!(r instanceof RegExp)) throw r;
  return r;
}

describe('Java regex translated to JS', () => {
  it('keeps Java meanings that differ from JS: \\s is ASCII, `.` stops at U+0085, `$` matches before a final newline', () => {
    expect(javaReplace('a\u00a0b', re('\\s'), '_', true)).toBe('a\u00a0b');
    expect(javaReplace('a\u0085b', re('.'), '_', true)).toBe('_\u0085_');
    expect(javaReplace('ab\n', re('$'), '!', true)).toBe('ab!\n!');
  });

  it('treats `{` that is not a quantifier as an error, and {n} after nothing as repeating the empty string', () => {
    expect(compileJavaRegex('{')).toBeInstanceOf(JavaRegexError);
    expect(compileJavaRegex('a{x}')).toBeInstanceOf(JavaRegexError);
    expect(javaReplace('a{1}b', re('{1}'), '-', true)).toBe('-a-{-1-}-b-');
  });

  it('lets a quantifier follow an anchor', () => {
    expect(javaReplace('abc', re('^*a'), 'X', true)).toBe('Xbc');
  });

  it('rejects dangling quantifiers like Java', () => {
    const e = compileJavaRegex('*a');
    expect(e).toBeInstanceOf(JavaRegexError);
    expect((e as JavaRegexError).unsupported).toBe(false);
    expect((e as JavaRegexError).message).toMatch(/Dangling meta character '\*'/);
  });

  it('refuses valid Java it cannot run, saying so', () => {
    for (const p of ['a++', '(?>a)', '[a[b]]', '[a&&b]', 'a(?i)b', '\\G']) {
      const e = compileJavaRegex(p);
      expect(e, p).toBeInstanceOf(JavaRegexError);
      expect((e as JavaRegexError).unsupported, p).toBe(true);
    }
  });

  it('supports inline flags at the start, named groups, \\Q…\\E and POSIX classes', () => {
    expect(javaReplace('AbC', re('(?i)[a-c]'), 'x', true)).toBe('xxx');
    expect(javaReplace('x1y2', re('(?<d>\\d)'), '[${d}]', true)).toBe('x[1]y[2]');
    expect(javaReplace('a.b', re('\\Q.\\E'), '-', true)).toBe('a-b');
    expect(javaReplace('café', re('\\p{Alpha}'), 'a', true)).toBe('aaaé');
  });

  it('applies Java replacement syntax: $n with greedy digits, \\ escapes, errors for bad references', () => {
    expect(javaReplace('2024-01-15', re('(\\d{4})-(\\d{2})-(\\d{2})'), '$3/$2/$1', true)).toBe('15/01/2024');
    expect(javaReplace('ab', re('(a)'), '$10', true)).toBe('a0b');
    expect(javaReplace('ab', re('a'), '\\$', true)).toBe('$b');
    expect(() => javaReplace('ab', re('a'), '$', true)).toThrow(JavaRegexError);
    expect(() => javaReplace('ab', re('(a)'), '$2', true)).toThrow(/No group 2/);
  });

  it('splits as String.split does: trailing empty strings dropped unless the limit is negative', () => {
    expect(javaSplit(',a,,b,,', re(','), 0)).toEqual(['', 'a', '', 'b']);
    expect(javaSplit('a.b', re('.'), 0)).toEqual([]);
    expect(javaSplit('abc', re(''), 0)).toEqual(['a', 'b', 'c']);
    expect(javaSplit(',a,,b,,', re(','), -1)).toEqual(['', 'a', '', 'b', '', '']);
    expect(javaSplit('aXbXc', re('X'), 2)).toEqual(['a', 'bXc']);
    expect(javaSplit('aaa', re('(?:ab)*'), -1)).toEqual(['a', 'a', 'a', '']);
  });

  it('replaces empty matches between every character, as Java does', () => {
    expect(javaReplace('abc', re(''), '-', true)).toBe('-a-b-c-');
    expect(javaReplace('aaa', re('a*'), 'X', true)).toBe('XX');
  });

  it('refuses nested repetition that would backtrack exponentially on a long subject, and only that', () => {
    expect(['(a+)+b', '(\\w*)*', '(\\w+\\s?)*x', '(?:\\d+)+'].map(looksCatastrophic)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['(\\s*,\\s*)+', '(ab)+', '(a|b)+', 'a+b+', '(x+y+)+'].map(looksCatastrophic)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    const r = renderTemplate('#set($s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")$s.matches("(a+)+b")', {
      request: {},
    });
    expect(r.failure?.message).toMatch(/exponential/);
    expect(
      renderTemplate('#set($s = "a , b ,, c")$s.replaceAll("(\\s*,\\s*)+", ",")', { request: {} }).output,
    ).toBe('a,b,c');
  });
});
