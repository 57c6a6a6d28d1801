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

/**
 * What may need escaping: backslash, quotes, `$`, control and invisible characters, surrogates
 * (a valid pair is kept, a lone half escaped). Text without any of these is returned as it is.
 */
const SPECIAL =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds to escape
  /[\\'"`$\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/**
 * Escapes `value` for the body of a literal delimited by `quote`. In a template literal (`` ` ``)
 * a line feed stays a real line break and `${` is escaped.
 */
function escapeBody(value: string, quote: "'" | '"' | '`'): string {
  return value.replace(SPECIAL, (match: string, offset: number) => {
    if (match.length === 2) return match; // a surrogate pair: an astral character such as an emoji
    const code = match.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return `\\u${hex(code, 4)}`; // a lone surrogate
    if (match === quote) return '\\' + match;
    if (quote === '`' && code === 0x0a) return '\n';
    if (match === '$') return quote === '`' && value[offset + 1] === '{' ? '\\$' : '$';
    if (match === "'" || match === '"' || match === '`') return match;
    if (SIMPLE_ESCAPES[code] !== undefined) return SIMPLE_ESCAPES[code];
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `\\x${hex(code, 2)}`;
    return isInvisible(code) ? `\\u${hex(code, 4)}` : match;
  });
}

/**
 * A quoted literal on one line: single quotes, or double quotes when that needs fewer escapes
 * (Prettier's rule with `singleQuote: true`).
 */
export function quotedStringLiteral(value: string): string {
  let singles = 0;
  let doubles = 0;
  for (const char of value) {
    if (char === "'") singles++;
    else if (char === '"') doubles++;
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
