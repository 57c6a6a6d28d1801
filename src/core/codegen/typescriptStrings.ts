/**
 * TypeScript string literals and property keys for user text. Every string round-trips exactly:
 * evaluating the literal gives back the same UTF-16 code units, lone surrogates included.
 * Readable non-ASCII (é, 中, emoji) stays raw; what a reader could not see or that would change the
 * program (line terminators, control and bidi characters, lone surrogates) is escaped.
 */

import { escapeUnits, hex, isInvisible, plainAscii, quoteWithFewerEscapes } from './escapes';

/** Printable ASCII other than \ ' " ` $ never needs an escape. */
const PLAIN = plainAscii('\\\'"`$');

const SIMPLE_ESCAPES: Record<number, string> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x5c: '\\\\',
};

const BACKQUOTE = 0x60;

/**
 * How one UTF-16 unit is written inside a literal delimited by the quote `quote` (its code);
 * undefined: as it is. Backslash, the quote, control and invisible characters and lone surrogates
 * are escaped; in a template literal a line feed stays a real line break and `${` is escaped.
 */
function escapeUnit(value: string, i: number, code: number, quote: number): string | undefined {
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${hex(code, 4, true)}`; // a lone surrogate
  if (code === quote) return '\\' + String.fromCharCode(quote);
  if (quote === BACKQUOTE && code === 0x0a) return undefined;
  if (code === 0x24) return quote === BACKQUOTE && value.charCodeAt(i + 1) === 0x7b ? '\\$' : undefined;
  if (SIMPLE_ESCAPES[code] !== undefined) return SIMPLE_ESCAPES[code];
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${hex(code, 2, true)}`;
  return isInvisible(code) ? `\\u${hex(code, 4, true)}` : undefined;
}

/**
 * A quoted literal on one line: single quotes, or double quotes when that needs fewer escapes
 * (Prettier's rule with `singleQuote: true`).
 */
export function quotedStringLiteral(value: string): string {
  const quote = quoteWithFewerEscapes(value, "'");
  return quote + escapeUnits(value, PLAIN, escapeUnit, quote.charCodeAt(0)) + quote;
}

/** A template literal: multi-line text (inline code, mapping templates) reads as it is. */
export function templateStringLiteral(value: string): string {
  return '`' + escapeUnits(value, PLAIN, escapeUnit, BACKQUOTE) + '`';
}

/** The literal a CDK developer would write: a template literal for multi-line text, else quoted. */
export function stringLiteral(value: string): string {
  return value.includes('\n') ? templateStringLiteral(value) : quotedStringLiteral(value);
}

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * An object literal key for `key`: bare when it is an identifier name, else quoted. `__proto__`
 * is computed (`['__proto__']`): as a plain or quoted key it would set the object's prototype
 * instead of creating an entry.
 */
export function propertyKey(key: string): string {
  if (key === '__proto__') return `[${quotedStringLiteral(key)}]`;
  return IDENTIFIER_NAME.test(key) ? key : quotedStringLiteral(key);
}
