/**
 * Java and C# string literals for user text. Both languages hold strings as UTF-16, so every
 * string round-trips exactly, lone surrogates included (`\uD800`).
 *
 * Java trap: the compiler turns `\uXXXX` into its character before it reads the source (JLS 3.3),
 * inside string literals too, so `\u000A` would end the literal and `\u0022` would close it. These
 * printers escape line breaks, quotes and backslashes with their short escapes and use `\uXXXX`
 * only for characters that are harmless raw. A backslash in the user's text is doubled, and a
 * `\u` preceded by an odd number of backslashes is not a Unicode escape, so user text can never
 * form one.
 */
import { escapeUnits, hex, isInvisible, plainAscii, type UnitEscape } from './escapes';

/** Printable ASCII other than \ and " never needs an escape. */
const PLAIN = plainAscii('\\"');

/** Short escapes both languages share. */
const SHARED_ESCAPES: Record<number, string> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

/** C# also has `\0`, `\a` and `\v`; Java has no such escapes (its `\uXXXX` covers them). */
const CSHARP_ESCAPES: Record<number, string> = { ...SHARED_ESCAPES, 0x00: '\\0', 0x07: '\\a', 0x0b: '\\v' };

export type CLikeLanguage = 'java' | 'csharp';

/** A unit with no short escape: `\uXXXX` for control, invisible and lone surrogate units. */
function unicodeEscape(code: number): string | undefined {
  const escaped =
    code < 0x20 || (code >= 0x7f && code <= 0x9f) || isInvisible(code) || (code >= 0xd800 && code <= 0xdfff);
  return escaped ? `\\u${hex(code, 4, true)}` : undefined;
}

const UNIT_ESCAPES: Record<CLikeLanguage, UnitEscape> = {
  java: (_value, _i, code) => SHARED_ESCAPES[code] ?? unicodeEscape(code),
  csharp: (_value, _i, code) => CSHARP_ESCAPES[code] ?? unicodeEscape(code),
};

/** A double-quoted literal on one line. */
export function quotedString(value: string, language: CLikeLanguage): string {
  return `"${escapeUnits(value, PLAIN, UNIT_ESCAPES[language], 0)}"`;
}

/**
 * Multi-line text as the pieces of a concatenation, one per line of the text, each ending with its
 * `\n`: `"line 1\n" + "line 2"` reads as the text does, in both languages and every version.
 */
export function stringLines(value: string, language: CLikeLanguage): string[] {
  const literals: string[] = [];
  let start = 0;
  for (let end = value.indexOf('\n'); end >= 0; end = value.indexOf('\n', start)) {
    literals.push(quotedString(value.slice(start, end + 1), language));
    start = end + 1;
  }
  // The text after the last line break, unless it is empty (then the text ended with one).
  if (start < value.length || literals.length === 0) {
    literals.push(quotedString(value.slice(start), language));
  }
  return literals;
}
