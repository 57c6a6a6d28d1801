/**
 * The pass every string-literal printer (TypeScript, Python, Java, C#, Go) makes over user text:
 * one walk over the UTF-16 units where printable ASCII without a special meaning and valid
 * surrogate pairs (astral characters such as emoji) stay as they are, and each language says how
 * any other unit is written. Text that needs no escape is returned as it is (no copy: this runs
 * per keystroke).
 */

/**
 * Invisible or reordering characters, escaped although every one of the languages accepts them raw:
 * soft hyphen, Arabic letter mark, zero-width space and joiners, LRM and RLM, line and paragraph
 * separators, bidi embeddings and overrides ("Trojan Source"), word joiner, invisible operators,
 * bidi isolates, byte order mark.
 */
export function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff
  );
}

/** `code` in `digits` hexadecimal digits, lower case unless `upper`. */
export function hex(code: number, digits: number, upper = false): string {
  const text = code.toString(16).padStart(digits, '0');
  return upper ? text.toUpperCase() : text;
}

/** Per ASCII code, 1 where the unit never needs an escape: printable, and not one of `special`. */
export function plainAscii(special: string): Uint8Array {
  const plain = new Uint8Array(0x80);
  for (let code = 0x20; code < 0x7f; code++) plain[code] = 1;
  for (let i = 0; i < special.length; i++) plain[special.charCodeAt(i)] = 0;
  return plain;
}

/**
 * How the unit `code` at `value[i]` is written (undefined: as it is). `context`: what the caller
 * passed to `escapeUnits` (the literal's quote, for instance). Lone surrogates come here too.
 */
export type UnitEscape = (value: string, i: number, code: number, context: number) => string | undefined;

/** `value` with every unit that is not plain written as `escapeUnit` says. */
export function escapeUnits(
  value: string,
  plain: Uint8Array,
  escapeUnit: UnitEscape,
  context: number,
): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x80 && plain[code] === 1) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++; // a surrogate pair: an astral character, written raw
        continue;
      }
    }
    const escaped = escapeUnit(value, i, code, context);
    if (escaped === undefined) continue;
    out += value.slice(start, i) + escaped;
    start = i + 1;
  }
  return start === 0 ? value : out + value.slice(start);
}

/**
 * The quote for a one-line literal: `preferred`, unless the text holds more of it than of the
 * other quote (then the other needs fewer escapes). Prettier's rule, and Black's.
 */
export function quoteWithFewerEscapes(value: string, preferred: "'" | '"'): "'" | '"' {
  let single = 0;
  let double = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x27) single++;
    else if (code === 0x22) double++;
  }
  if (preferred === "'") return single > double ? '"' : "'";
  return double > single ? "'" : '"';
}
