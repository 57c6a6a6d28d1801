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

/** How one UTF-16 unit is written inside a Python literal; undefined: as it is. */
function escapeUnit(code: number, quote: number, keepNewline: boolean): string | undefined {
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${hex(code, 4)}`; // a lone surrogate
  if (code === 0x0a && keepNewline) return undefined;
  if (SIMPLE[code] !== undefined) return SIMPLE[code];
  if (code === quote) return `\\${String.fromCharCode(quote)}`;
  if (code < 0x20 || code === 0x7f) return `\\x${hex(code, 2)}`;
  if (code >= 0x80 && code <= 0x9f) return `\\x${hex(code, 2)}`;
  return isInvisible(code) ? `\\u${hex(code, 4)}` : undefined;
}

/**
 * The body of a literal: each UTF-16 unit escaped as needed (a valid surrogate pair is one astral
 * code point, written raw). `quote`: the delimiter's code, or -1 in a triple-quoted literal, where
 * a `"` is escaped only when another `"` follows it or it ends the text. Text that needs no escape
 * is returned as it is (one pass, no copy: this runs per keystroke).
 */
function escapeBody(value: string, quote: number, triple: boolean): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // Printable ASCII other than \ " ' never needs an escape.
    if (code >= 0x20 && code < 0x7f && code !== 0x5c && code !== 0x22 && code !== 0x27) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    let escaped: string | undefined;
    if (triple && code === 0x22) {
      escaped = value.charCodeAt(i + 1) === 0x22 || i === value.length - 1 ? '\\"' : undefined;
    } else {
      escaped = escapeUnit(code, quote, triple);
    }
    if (escaped === undefined) continue;
    out += value.slice(start, i) + escaped;
    start = i + 1;
  }
  return start === 0 ? value : out + value.slice(start);
}

/** A one-line literal: double quotes (as Black writes them) unless single quotes need fewer escapes. */
export function pythonQuotedString(value: string): string {
  let doubles = 0;
  let singles = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22) doubles++;
    else if (code === 0x27) singles++;
  }
  const quote = doubles > singles ? "'" : '"';
  return quote + escapeBody(value, quote.charCodeAt(0), false) + quote;
}

/**
 * A triple-quoted literal for multi-line text, read as it is. A `"` is escaped where it would
 * otherwise close the literal: when another `"` follows it, or at the very end.
 */
export function pythonTripleQuotedString(value: string): string {
  return `"""${escapeBody(value, -1, true)}"""`;
}

/** The literal a Python developer would write: triple-quoted for multi-line text, else quoted. */
export function pythonString(value: string): string {
  return value.includes('\n') ? pythonTripleQuotedString(value) : pythonQuotedString(value);
}
