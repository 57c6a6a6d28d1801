/**
 * Python 3 string literals for user text. Evaluating the literal gives back the same text: jsii's
 * Python runtime sends it to CDK as JSON (`json.dumps`, ASCII-escaped), and JavaScript reads the
 * same UTF-16 code units back, lone surrogates included (Python strings may hold them).
 * Readable non-ASCII stays raw (Python source is UTF-8); control, invisible and bidi characters
 * and lone surrogates are escaped.
 */

function hex(code: number, digits: number): string {
  return code.toString(16).padStart(digits, '0');
}

/** Invisible or reordering characters, escaped although Python accepts them raw. */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

const SIMPLE: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x5c: '\\\\',
};

/** One UTF-16 unit (or a surrogate pair) as it appears inside a Python literal. */
function escapeChar(char: string, quote: string, keepNewline: boolean): string {
  if (char.length === 2) return char; // a surrogate pair: one astral code point, written raw
  const code = char.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${hex(code, 4)}`;
  if (char === '\n' && keepNewline) return '\n';
  if (SIMPLE[code] !== undefined) return SIMPLE[code];
  if (char === quote) return `\\${quote}`;
  if (code < 0x20 || code === 0x7f) return `\\x${hex(code, 2)}`;
  if (code >= 0x80 && code <= 0x9f) return `\\x${hex(code, 2)}`;
  return isInvisible(code) ? `\\u${hex(code, 4)}` : char;
}

/** UTF-16 units, keeping valid surrogate pairs together and lone surrogates apart. */
function units(value: string): string[] {
  return value.match(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g) ?? [];
}

/** A one-line literal: double quotes (as Black writes them) unless single quotes need fewer escapes. */
export function pythonQuotedString(value: string): string {
  let doubles = 0;
  let singles = 0;
  for (const char of value) {
    if (char === '"') doubles++;
    else if (char === "'") singles++;
  }
  const quote = doubles > singles ? "'" : '"';
  return (
    quote +
    units(value)
      .map((c) => escapeChar(c, quote, false))
      .join('') +
    quote
  );
}

/**
 * A triple-quoted literal for multi-line text, read as it is. A `"` is escaped where it would
 * otherwise close the literal: when another `"` follows it, or at the very end.
 */
export function pythonTripleQuotedString(value: string): string {
  const parts = units(value);
  const body = parts
    .map((char, i) => {
      if (char !== '"') return escapeChar(char, '', true);
      return parts[i + 1] === '"' || i === parts.length - 1 ? '\\"' : '"';
    })
    .join('');
  return `"""${body}"""`;
}

/** The literal a Python developer would write: triple-quoted for multi-line text, else quoted. */
export function pythonString(value: string): string {
  return value.includes('\n') ? pythonTripleQuotedString(value) : pythonQuotedString(value);
}
