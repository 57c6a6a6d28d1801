/**
 * Python 3 string literals for user text. Evaluating the literal gives back the same text: jsii's
 * Python runtime sends it to CDK as JSON (`json.dumps`, ASCII-escaped), and JavaScript reads the
 * same UTF-16 code units back, lone surrogates included (Python strings may hold them).
 * Readable non-ASCII stays raw (Python source is UTF-8); control, invisible and bidi characters
 * and lone surrogates are escaped.
 */
import { escapeUnits, hex, isInvisible, plainAscii, quoteWithFewerEscapes } from './escapes';

/** Printable ASCII other than \ " ' never needs an escape. */
const PLAIN = plainAscii('\\"\'');

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

/** A triple-quoted literal's `quote` (see escapeUnit). */
const TRIPLE = -1;

/**
 * How one UTF-16 unit is written inside a literal delimited by `quote` (its code, or TRIPLE);
 * undefined: as it is. In a triple-quoted literal a line feed stays a real line break, and a `"` is
 * escaped only when another `"` follows it or it ends the text (where it would close the literal).
 */
function escapeUnit(value: string, i: number, code: number, quote: number): string | undefined {
  if (quote === TRIPLE && code === 0x22) {
    return value.charCodeAt(i + 1) === 0x22 || i === value.length - 1 ? '\\"' : undefined;
  }
  if (code >= 0xd800 && code <= 0xdfff) return `\\u${hex(code, 4)}`; // a lone surrogate
  if (code === 0x0a && quote === TRIPLE) return undefined;
  if (SIMPLE[code] !== undefined) return SIMPLE[code];
  if (code === quote) return `\\${String.fromCharCode(quote)}`;
  if (code < 0x20 || code === 0x7f) return `\\x${hex(code, 2)}`;
  if (code >= 0x80 && code <= 0x9f) return `\\x${hex(code, 2)}`;
  return isInvisible(code) ? `\\u${hex(code, 4)}` : undefined;
}

/** A one-line literal: double quotes (as Black writes them) unless single quotes need fewer escapes. */
export function pythonQuotedString(value: string): string {
  const quote = quoteWithFewerEscapes(value, '"');
  return quote + escapeUnits(value, PLAIN, escapeUnit, quote.charCodeAt(0)) + quote;
}

/**
 * A triple-quoted literal for multi-line text, read as it is. A `"` is escaped where it would
 * otherwise close the literal: when another `"` follows it, or at the very end.
 */
export function pythonTripleQuotedString(value: string): string {
  return `"""${escapeUnits(value, PLAIN, escapeUnit, TRIPLE)}"""`;
}

/** The literal a Python developer would write: triple-quoted for multi-line text, else quoted. */
export function pythonString(value: string): string {
  return value.includes('\n') ? pythonTripleQuotedString(value) : pythonQuotedString(value);
}
