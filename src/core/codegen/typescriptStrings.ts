/**
 * TypeScript string literals and property keys for user text. Every string round-trips exactly:
 * evaluating the literal gives back the same UTF-16 code units, lone surrogates included.
 * Readable non-ASCII (é, 中, emoji) stays raw; what a reader could not see or that would change the
 * program (line terminators, control and bidi characters, lone surrogates) is escaped.
 */

/** Characters escaped as `\uXXXX` although they are legal raw: invisible or reordering text. */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad || // soft hyphen
    code === 0x061c || // Arabic letter mark
    (code >= 0x200b && code <= 0x200f) || // zero-width space/joiners, LRM, RLM
    code === 0x2028 || // line separator (a line terminator in older engines and in source maps)
    code === 0x2029 || // paragraph separator
    (code >= 0x202a && code <= 0x202e) || // bidi embeddings and overrides ("Trojan Source")
    (code >= 0x2060 && code <= 0x2069) || // word joiner, invisible operators, bidi isolates
    code === 0xfeff // byte order mark
  );
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x5c: '\\\\',
};

function hex(code: number, digits: number): string {
  return code.toString(16).toUpperCase().padStart(digits, '0');
}

/** How one UTF-16 unit is written inside a literal delimited by `quote`; undefined: as it is. */
function escapeUnit(value: string, i: number, code: number, quote: "'" | '"' | '`'): string | undefined {
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${hex(code, 4)}`; // a lone surrogate
  if (code === quote.charCodeAt(0)) return '\\' + quote;
  if (quote === '`' && code === 0x0a) return undefined;
  if (code === 0x24) return quote === '`' && value.charCodeAt(i + 1) === 0x7b ? '\\$' : undefined;
  if (SIMPLE_ESCAPES[code] !== undefined) return SIMPLE_ESCAPES[code];
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${hex(code, 2)}`;
  return isInvisible(code) ? `\\u${hex(code, 4)}` : undefined;
}

/**
 * Escapes `value` for the body of a literal delimited by `quote`: backslash, the quote, control
 * and invisible characters, lone surrogates (a valid pair is an astral character such as an emoji,
 * kept). In a template literal (`` ` ``) a line feed stays a real line break and `${` is escaped.
 * Text that needs no escape is returned as it is (one pass, no copy: this runs per keystroke).
 */
function escapeBody(value: string, quote: "'" | '"' | '`'): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // Printable ASCII other than \ ' " ` $ never needs an escape.
    if (
      code >= 0x20 &&
      code < 0x7f &&
      code !== 0x5c &&
      code !== 0x27 &&
      code !== 0x22 &&
      code !== 0x60 &&
      code !== 0x24
    ) {
      continue;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a surrogate pair: an astral character such as an emoji
        continue;
      }
    }
    const escaped = escapeUnit(value, i, code, quote);
    if (escaped === undefined) continue;
    out += value.slice(start, i) + escaped;
    start = i + 1;
  }
  return start === 0 ? value : out + value.slice(start);
}

/**
 * A quoted literal on one line: single quotes, or double quotes when that needs fewer escapes
 * (Prettier's rule with `singleQuote: true`).
 */
export function quotedStringLiteral(value: string): string {
  let singles = 0;
  let doubles = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x27) singles++;
    else if (code === 0x22) doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  return quote + escapeBody(value, quote) + quote;
}

/** A template literal: multi-line text (inline code, mapping templates) reads as it is. */
export function templateStringLiteral(value: string): string {
  return '`' + escapeBody(value, '`') + '`';
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
