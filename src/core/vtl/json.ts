/**
 * JSON reading as Jayway JsonPath's default provider does it (json-smart, MODE_PERMISSIVE): objects become
 * ordered maps, arrays JSON arrays, integers Integer/Long/BigInteger, decimals Double (BigDecimal past 18
 * characters). Permissive mode also takes single quotes, unquoted words, useless commas and trailing data;
 * text that is not JSON at all reads as one string, while text that starts like an object or array and
 * breaks off is an error (API Gateway answers 400 "Could not process payload").
 */
import { JBigDecimal, JDouble, integerFromText, javaDoubleToString } from './numbers';
import { JList, JMap, MAX_PRINT, MAX_PRINT_NODES, jsonQuote, toJsonText } from './values';
import type { LazyContents, Owner, Value } from './values';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const EOI = -1;
const MAX_DEPTH = 2000;

/** Stop sets: which characters end an unquoted word in each position. */
const STOP_NONE = 0; // top level: only the end of input
const STOP_KEY = 1; // ':'
const STOP_VALUE = 2; // ',' '}'
const STOP_ARRAY = 3; // ',' ']'

function isStop(c: number, stop: number): boolean {
  if (c === EOI) return true;
  switch (stop) {
    case STOP_KEY:
      return c === 58;
    case STOP_VALUE:
      return c === 44 || c === 125;
    case STOP_ARRAY:
      return c === 44 || c === 93;
    default:
      return false;
  }
}

function integerValue(text: string): Value {
  // json-smart reads a lone "-" as 0
  if (text === '-') return 0;
  return integerFromText(text);
}

function decimalValue(text: string): Value {
  if (text.length > 18) {
    const bd = JBigDecimal.parse(text);
    if (bd) return bd;
  }
  const d = Number(text);
  return Number.isNaN(d) ? text : new JDouble(d);
}

class Reader {
  private pos = -1;
  private c = EOI;
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly owner: Owner | null,
  ) {}

  /** The current character (a call, so that type narrowing does not outlive read()). */
  private cur(): number {
    return this.c;
  }

  private read(): void {
    this.pos++;
    this.c = this.pos < this.s.length ? this.s.charCodeAt(this.pos) : EOI;
  }

  private fail(what: string): never {
    throw new JsonSyntaxError(what, Math.max(0, Math.min(this.pos, this.s.length)));
  }

  parse(): Value {
    this.read();
    // trailing data is accepted in permissive mode
    return this.readValue(STOP_NONE, true);
  }

  private skipSpace(): void {
    if (this.c > 32 || this.c === EOI) return;
    const src = this.s;
    let i = this.pos;
    let c = this.c;
    while (c !== EOI && c <= 32) {
      i++;
      c = i < src.length ? src.charCodeAt(i) : EOI;
    }
    this.pos = i;
    this.c = c;
  }

  private readValue(stop: number, top: boolean): Value {
    for (;;) {
      const c = this.c;
      switch (c) {
        case 32:
        case 13:
        case 10:
        case 9:
          this.read();
          continue;
        case 58:
        case 125:
        case 93:
          this.fail(`Unexpected character '${String.fromCharCode(c)}'`);
          break;
        case 123:
          return this.readObject();
        case 91:
          return this.readArray();
        case 34:
        case 39:
          return this.readString();
        case EOI:
          // an empty document reads as an empty unquoted word
          if (top) return '';
          this.fail('Unexpected end of JSON');
          break;
        case 110: {
          const w = this.readWord(stop);
          return w === 'null' ? null : w;
        }
        case 102: {
          const w = this.readWord(stop);
          return w === 'false' ? false : w;
        }
        case 116: {
          const w = this.readWord(stop);
          return w === 'true' ? true : w;
        }
        case 78: {
          const w = this.readWord(stop);
          return w === 'NaN' ? new JDouble(NaN) : w;
        }
        default:
          if ((c >= 48 && c <= 57) || c === 45) return this.readNumber(stop);
          return this.readWord(stop);
      }
    }
  }

  /** An unquoted word up to the stop characters, trimmed. */
  private readWord(stop: number): string {
    const start = this.pos;
    while (!isStop(this.c, stop)) this.read();
    return this.s.slice(start, this.pos).trim();
  }

  private readNumber(stop: number): Value {
    const src = this.s;
    const start = this.pos;
    let i = start + 1;
    let c = src.charCodeAt(i);
    while (c >= 48 && c <= 57) c = src.charCodeAt(++i);
    let kind = 0; // 0 integer, 1 decimal, 2 not a number
    if (c === 46) {
      kind = 1;
      c = src.charCodeAt(++i);
      while (c >= 48 && c <= 57) c = src.charCodeAt(++i);
    }
    if (c === 69 || c === 101) {
      kind = 1;
      c = src.charCodeAt(++i);
      if (c === 43 || c === 45 || (c >= 48 && c <= 57)) {
        c = src.charCodeAt(++i);
        while (c >= 48 && c <= 57) c = src.charCodeAt(++i);
      } else kind = 2;
    }
    const end = i;
    this.pos = i - 1;
    this.read();
    if (kind !== 2) {
      this.skipSpace();
      if (isStop(this.c, stop)) {
        const text = src.slice(start, end).trim();
        return kind === 0 ? this.integer(text) : this.decimal(text);
      }
    }
    // digits followed by more text: an unquoted word (json-smart's permissive reading)
    while (!isStop(this.c, stop)) this.read();
    return src.slice(start, this.pos).trim();
  }

  private integer(text: string): Value {
    return integerValue(text);
  }

  private decimal(text: string): Value {
    return decimalValue(text);
  }

  private readString(): string {
    const s = this.s;
    const quote = this.c;
    const start = this.pos + 1;
    // fast path: no escape and no control character before the closing quote
    const end = s.indexOf(quote === 34 ? '"' : "'", start);
    if (end >= 0) {
      let clean = true;
      for (let i = start; i < end; i++) {
        const c = s.charCodeAt(i);
        if (c === 92 || c < 32 || c === 127) {
          clean = false;
          break;
        }
      }
      if (clean) {
        this.pos = end;
        this.read();
        return s.slice(start, end);
      }
    }
    return this.readStringSlow(quote);
  }

  private readStringSlow(quote: number): string {
    const src = this.s;
    const n = src.length;
    let out = '';
    let i = this.pos + 1;
    let start = i;
    for (;;) {
      if (i >= n) {
        this.pos = n;
        this.c = EOI;
        this.fail('Unterminated string');
      }
      const c = src.charCodeAt(i);
      if (c === quote) {
        out += src.slice(start, i);
        this.pos = i;
        this.read();
        return out;
      }
      if (c === 92) {
        out += src.slice(start, i);
        i++;
        if (i >= n) {
          this.pos = n;
          this.c = EOI;
          this.fail('Unterminated string');
        }
        switch (src.charCodeAt(i)) {
          case 116:
            out += '\t';
            break;
          case 110:
            out += '\n';
            break;
          case 114:
            out += '\r';
            break;
          case 102:
            out += '\f';
            break;
          case 98:
            out += '\b';
            break;
          case 92:
            out += '\\';
            break;
          case 47:
            out += '/';
            break;
          case 39:
            out += "'";
            break;
          case 34:
            out += '"';
            break;
          case 117:
          case 120: {
            this.pos = i;
            out += this.readHex(src.charCodeAt(i) === 117 ? 4 : 2);
            i = this.pos;
            break;
          }
          default:
            // an unknown escape drops both characters
            break;
        }
        i++;
        start = i;
        continue;
      }
      if (c < 32 || c === 127) {
        // permissive mode ignores control characters inside strings
        out += src.slice(start, i);
        start = i + 1;
      }
      i++;
    }
  }

  private readHex(n: number): string {
    let v = 0;
    for (let i = 0; i < n; i++) {
      this.read();
      const c = this.c;
      let d: number;
      if (c >= 48 && c <= 57) d = c - 48;
      else if (c >= 65 && c <= 70) d = c - 55;
      else if (c >= 97 && c <= 102) d = c - 87;
      else this.fail(c === EOI ? 'Unexpected end of JSON' : 'Invalid unicode escape');
      v = v * 16 + d;
    }
    return String.fromCharCode(v);
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail('JSON nested too deeply');
  }

  private readArray(): JList {
    this.enter();
    const items: Value[] = [];
    this.read();
    for (;;) {
      const c = this.c;
      switch (c) {
        case 32:
        case 13:
        case 10:
        case 9:
          this.read();
          continue;
        case 93:
          this.depth--;
          this.read();
          {
            const list = new JList(items, 'JSONArray');
            list.owner = this.owner;
            return list;
          }
        case 58:
        case 125:
          this.fail(`Unexpected character '${String.fromCharCode(c)}'`);
          break;
        case 44:
          this.read();
          continue;
        case EOI:
          this.fail('Unexpected end of JSON');
          break;
        default:
          items.push(this.readValue(STOP_ARRAY, false));
          continue;
      }
    }
  }

  private readObject(): JMap {
    this.enter();
    const map = new JMap();
    map.owner = this.owner;
    let acceptData = true;
    for (;;) {
      this.read();
      const c = this.c;
      switch (c) {
        case 32:
        case 13:
        case 9:
        case 10:
          continue;
        case 58:
        case 93:
        case 91:
        case 123:
          this.fail(`Unexpected character '${String.fromCharCode(c)}'`);
          break;
        case 125:
          this.depth--;
          this.read();
          return map;
        case 44:
          acceptData = true;
          continue;
        case EOI:
          this.fail('Unexpected end of JSON');
          break;
        default: {
          let key: string;
          if (c === 34 || c === 39) key = this.readString();
          else key = this.readWord(STOP_KEY);
          if (!acceptData) this.fail(`Unexpected token ${key}`);
          this.skipSpace();
          if (this.cur() !== 58) this.fail(this.cur() === EOI ? 'Unexpected end of JSON' : "Expected ':'");
          this.read();
          if (this.cur() === EOI) this.fail('Unexpected end of JSON');
          const value = this.readValue(STOP_VALUE, false);
          map.entries.set(key, value);
          this.skipSpace();
          if (this.cur() === 125) {
            this.depth--;
            this.read();
            return map;
          }
          if (this.cur() === EOI) this.fail('Unexpected end of JSON');
          if (this.cur() === 44) acceptData = true;
          else this.fail(`Unexpected character '${String.fromCharCode(this.cur())}'`);
        }
      }
    }
  }
}

/** Parses text the way $input.path / $util.parseJson read it. Throws JsonSyntaxError. */
export function parseJsonPermissive(text: string, owner: Owner | null = null): Value {
  const lazy = LazyDocument.scan(text, owner);
  if (lazy !== null) return lazy;
  return new Reader(text, owner).parse();
}

/** The same reading with every value built at once (the reference the lazy reading is tested against). */
export function parseJsonEagerly(text: string, owner: Owner | null = null): Value {
  return new Reader(text, owner).parse();
}

// ---------- lazy reading ----------
//
// Most payloads are plain JSON and most templates read a few fields of them (or write them out whole with
// $input.json('$')). For those, one scan checks the whole text (a payload that does not parse must still
// fail) and records where each object and array starts and ends; their contents are built on first use,
// and $input.json of an untouched part is written from the source. The scan takes only a strict subset
// that the Reader above reads the same way (double-quoted strings, known escapes, plain numbers, true,
// false, null, no useless commas, blanks only between tokens); anything else is left to the Reader, so
// the values, the errors and their offsets are the Reader's.

const MAX_LAZY_DEPTH = 1000;

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Index of the closing quote of the string whose opening quote is at i, or -1 outside the subset. */
function stringEnd(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c === 34) return j;
    if (c === 92) {
      const e = s.charCodeAt(j + 1);
      if (e === 117) {
        if (!isHex(s.charCodeAt(j + 2)) || !isHex(s.charCodeAt(j + 3))) return -1;
        if (!isHex(s.charCodeAt(j + 4)) || !isHex(s.charCodeAt(j + 5))) return -1;
        j += 6;
      } else if (
        e === 110 ||
        e === 116 ||
        e === 114 ||
        e === 34 ||
        e === 92 ||
        e === 47 ||
        e === 98 ||
        e === 102 ||
        e === 39
      )
        j += 2;
      else return -1;
      continue;
    }
    if (c !== c) return -1; // the end of the text
    j++;
  }
}

/**
 * How json-smart writes the number token s[i, e) (c: its first character), or null when that is
 * the token as it stands.
 */
function rewrittenNumber(s: string, i: number, e: number, c: number): string | null {
  // an integer of up to 15 characters without a leading zero (or -0) is written as it stands
  let plain = e - i <= 15 && (c !== 48 || e === i + 1);
  if (plain && c === 45) plain = e > i + 1 && s.charCodeAt(i + 1) !== 48;
  // past the first character, only a fraction or an exponent brings a character other than a digit
  let decimal = false;
  for (let j = i + 1; j < e; j++) {
    const d = s.charCodeAt(j);
    if (d < 48 || d > 57) {
      decimal = true;
      plain = false;
      break;
    }
  }
  if (plain) return null;
  const text = s.slice(i, e);
  let written: string;
  if (decimal && text.length <= 18) {
    // a Double (BigDecimal past 18 characters), as decimalValue reads it and writeJson writes it
    const d = Number(text);
    written = Number.isFinite(d) ? javaDoubleToString(d) : 'null';
  } else written = toJsonText(decimal ? decimalValue(text) : integerValue(text));
  return written === text ? null : written;
}

/** End of the number at i (digits, fraction and exponent each with a digit), or -1. */
function numberEnd(s: string, i: number): number {
  let j = s.charCodeAt(i) === 45 ? i + 1 : i;
  let d = j;
  let c = s.charCodeAt(j);
  while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
  if (j === d) return -1;
  if (c === 46) {
    d = ++j;
    c = s.charCodeAt(j);
    while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
    if (j === d) return -1;
  }
  if (c === 69 || c === 101) {
    c = s.charCodeAt(++j);
    if (c === 43 || c === 45) c = s.charCodeAt(++j);
    d = j;
    while (c >= 48 && c <= 57) c = s.charCodeAt(++j);
    if (j === d) return -1;
  }
  return j;
}

/** End of true/false/null at i, or -1. */
function literalEnd(s: string, i: number, c: number): number {
  if (c === 116) return s.startsWith('true', i) ? i + 4 : -1;
  if (c === 102) return s.startsWith('false', i) ? i + 5 : -1;
  if (c === 110) return s.startsWith('null', i) ? i + 4 : -1;
  return -1;
}

/** The text of a string (quotes at i and end), as the Reader decodes it. */
function stringText(s: string, i: number, end: number): string {
  let clean = true;
  for (let j = i + 1; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 92 || c < 32 || c === 127) {
      clean = false;
      break;
    }
  }
  if (clean) return s.slice(i + 1, end);
  let out = '';
  let start = i + 1;
  for (let j = i + 1; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 92) {
      out += s.slice(start, j);
      const e = s.charCodeAt(j + 1);
      if (e === 117) {
        out += String.fromCharCode(parseInt(s.slice(j + 2, j + 6), 16));
        j += 5;
      } else {
        out +=
          e === 110
            ? '\n'
            : e === 116
              ? '\t'
              : e === 114
                ? '\r'
                : e === 98
                  ? '\b'
                  : e === 102
                    ? '\f'
                    : s[j + 1];
        j += 1;
      }
      start = j + 1;
    } else if (c < 32 || c === 127) {
      // permissive mode ignores control characters inside strings
      out += s.slice(start, j);
      start = j + 1;
    }
  }
  return out + s.slice(start, end);
}

/** Set by jsonStringEnd: whether json-smart writes the string exactly as it stands in the source. */
let stringAsIs = true;

/**
 * stringEnd for writing JSON: also tells (stringAsIs) whether the source form is json-smart's own, i.e.
 * nothing it escapes stands unescaped (`/`, control and a few invisible ranges) and every escape is one
 * it writes the same way (`\"` `\\` `\/` `\b` `\t` `\n` `\f` `\r`).
 */
function jsonStringEnd(s: string, i: number): number {
  let asIs = true;
  let j = i + 1;
  for (;;) {
    const c = s.charCodeAt(j);
    if (c > 47 && c < 92) {
      // digits, capitals and most punctuation: nothing to check
      j++;
      continue;
    }
    if (c === 34) break;
    if (c === 92) {
      const e = s.charCodeAt(j + 1);
      if (e === 34 || e === 92 || e === 47 || e === 110 || e === 116 || e === 114 || e === 98 || e === 102) {
        j += 2;
        continue;
      }
      stringAsIs = false;
      return stringEnd(s, i);
    }
    if (c !== c) return -1; // the end of the text
    if (c < 32 || c === 47 || (c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) asIs = false;
    j++;
  }
  stringAsIs = asIs;
  return j;
}

/**
 * `$input.json('$')` of a payload nothing has read yet, checked and written in one pass: what the lazy
 * scan and LazyDocument.json would give together, or null when the text is outside the scan's subset or
 * the writing needs the built values (a repeated key, a limit); the caller then goes the usual way.
 */
export function documentJson(s: string): string | null {
  return new OnePassWriter(s).write();
}

class OnePassWriter {
  private i = 0;
  private out = '';
  private run = 0;
  private nodes = 1; // the document itself, as writeJson counts it
  /** The keys of the open objects, one after another. */
  private readonly keys: string[] = [];
  private keyCount = 0;
  /** Per open container: where its keys begin in keys (-1 for an array). */
  private readonly firstKey: number[] = [];

  constructor(private readonly s: string) {}

  /** Skips blanks, leaving them out of the output. */
  private blanks(): number {
    const s = this.s;
    let i = this.i;
    let c = s.charCodeAt(i);
    if (!isBlank(c)) return c;
    this.out += s.slice(this.run, i);
    do c = s.charCodeAt(++i);
    while (isBlank(c));
    this.run = this.i = i;
    return c;
  }

  /** A string at i (key or value); false outside the subset. */
  private string(isKey: boolean): boolean {
    const s = this.s;
    const i = this.i;
    const q = jsonStringEnd(s, i);
    if (q < 0) return false;
    const asIs = stringAsIs;
    if (isKey) {
      const key = stringText(s, i, q);
      const from = this.firstKey[this.firstKey.length - 1];
      if (this.keyCount - from >= 64) return false;
      for (let k = from; k < this.keyCount; k++) if (this.keys[k] === key) return false;
      this.keys[this.keyCount++] = key;
    }
    if (!asIs) {
      this.out += s.slice(this.run, i) + jsonQuote(stringText(s, i, q));
      this.run = q + 1;
    }
    this.i = q + 1;
    return true;
  }

  /** `"key" :` and the blanks after it; false outside the subset. */
  private key(c: number): boolean {
    if (c !== 34 || !this.string(true)) return false;
    if (this.blanks() !== 58) return false;
    this.i++;
    this.blanks();
    return true;
  }

  private number(c: number): boolean {
    const s = this.s;
    const i = this.i;
    const e = numberEnd(s, i);
    if (e < 0) return false;
    const written = rewrittenNumber(s, i, e, c);
    if (written !== null) {
      this.out += s.slice(this.run, i) + written;
      this.run = e;
    }
    this.i = e;
    return true;
  }

  write(): string | null {
    const s = this.s;
    const firstKey = this.firstKey;
    let c = this.blanks();
    this.out = '';
    this.run = this.i;
    if (c !== 123 && c !== 91) return null;
    for (;;) {
      // a value starts at this.i
      if (c === 123 || c === 91) {
        if (firstKey.length >= MAX_LAZY_DEPTH) return null;
        if (firstKey.length > 0) this.nodes++;
        const inObject = c === 123;
        firstKey.push(inObject ? this.keyCount : -1);
        this.i++;
        c = this.blanks();
        if (c !== (inObject ? 125 : 93)) {
          if (inObject && !this.key(c)) return null;
          c = s.charCodeAt(this.i);
          continue;
        }
        // empty: closed below
      } else {
        this.nodes++;
        if (c === 34) {
          if (!this.string(false)) return null;
        } else if (c === 45 || (c >= 48 && c <= 57)) {
          if (!this.number(c)) return null;
        } else {
          const e = literalEnd(s, this.i, c);
          if (e < 0) return null;
          this.i = e;
        }
        c = this.blanks();
      }
      // after a value (or at the close of an empty container): a comma or closing brackets
      for (;;) {
        const from = firstKey[firstKey.length - 1];
        if (c === 44) {
          this.i++;
          c = this.blanks();
          if (from >= 0) {
            if (!this.key(c)) return null;
            c = s.charCodeAt(this.i);
          }
          break;
        }
        if (c !== (from >= 0 ? 125 : 93)) return null;
        firstKey.pop();
        if (from >= 0) this.keyCount = from;
        this.i++;
        if (firstKey.length === 0) {
          // trailing text after the document is ignored in permissive mode
          const out = this.out + s.slice(this.run, this.i);
          return this.nodes > MAX_PRINT_NODES || out.length > MAX_PRINT ? null : out;
        }
        c = this.blanks();
      }
    }
  }
}

class LazyDocument implements LazyContents {
  private constructor(
    private readonly s: string,
    /** Per object or array, in document order: where it opens, where it closes, the index after it. */
    private readonly starts: number[],
    private readonly ends: number[],
    private readonly after: number[],
  ) {}

  /** The root of the text read lazily, or null when the text is outside the subset. */
  static scan(s: string, owner: Owner | null): JMap | JList | null {
    let i = 0;
    while (isBlank(s.charCodeAt(i))) i++;
    const first = s.charCodeAt(i);
    if (first !== 123 && first !== 91) return null;
    const starts: number[] = [];
    const ends: number[] = [];
    const after: number[] = [];
    const open: number[] = [];
    let inObject = false;
    for (;;) {
      // a value starts at i
      let c = s.charCodeAt(i);
      if (c === 123 || c === 91) {
        if (open.length >= MAX_LAZY_DEPTH) return null;
        open.push(starts.length);
        starts.push(i);
        ends.push(0);
        after.push(0);
        inObject = c === 123;
        i++;
        while (isBlank((c = s.charCodeAt(i)))) i++;
        if (c !== (inObject ? 125 : 93)) {
          if (inObject) {
            i = LazyDocument.key(s, i);
            if (i < 0) return null;
          }
          continue;
        }
        // empty: closed below
      } else {
        if (c === 34) i = stringEnd(s, i) + 1;
        else if (c === 45 || (c >= 48 && c <= 57)) i = numberEnd(s, i);
        else i = literalEnd(s, i, c);
        if (i <= 0) return null;
        while (isBlank((c = s.charCodeAt(i)))) i++;
      }
      // after a value (or at the close of an empty container): a comma or closing brackets
      for (;;) {
        if (c === 44) {
          i++;
          while (isBlank(s.charCodeAt(i))) i++;
          if (inObject) {
            i = LazyDocument.key(s, i);
            if (i < 0) return null;
          }
          break;
        }
        if (c !== (inObject ? 125 : 93)) return null;
        const k = open.pop() as number;
        ends[k] = i;
        after[k] = starts.length;
        if (open.length === 0) {
          // trailing text after the document is ignored in permissive mode
          const doc = new LazyDocument(s, starts, ends, after);
          return first === 123 ? doc.map(0, owner) : doc.list(0, owner);
        }
        inObject = s.charCodeAt(starts[open[open.length - 1]]) === 123;
        i++;
        while (isBlank((c = s.charCodeAt(i)))) i++;
      }
    }
  }

  /** Past `"key" :` and the blanks after it, or -1. */
  private static key(s: string, i: number): number {
    if (s.charCodeAt(i) !== 34) return -1;
    let j = stringEnd(s, i);
    if (j < 0) return -1;
    j++;
    while (isBlank(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) !== 58) return -1;
    j++;
    while (isBlank(s.charCodeAt(j))) j++;
    return j;
  }

  private map(index: number, owner: Owner | null): JMap {
    const m = new JMap(null);
    m.owner = owner;
    m.lazyIndex = index;
    m.lazy = this;
    return m;
  }

  private list(index: number, owner: Owner | null): JList {
    const l = new JList([], 'JSONArray');
    l.owner = owner;
    l.lazyIndex = index;
    l.lazy = this;
    return l;
  }

  /** The value at i (a string, number or literal), and where it ends in this.pos. */
  private pos = 0;

  private leaf(i: number): Value {
    const s = this.s;
    const c = s.charCodeAt(i);
    if (c === 34) {
      const end = stringEnd(s, i);
      this.pos = end + 1;
      return stringText(s, i, end);
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const end = numberEnd(s, i);
      this.pos = end;
      const text = s.slice(i, end);
      for (let j = i; j < end; j++) {
        const d = s.charCodeAt(j);
        if (d === 46 || d === 69 || d === 101) return decimalValue(text);
      }
      return integerValue(text);
    }
    this.pos = literalEnd(s, i, c);
    return c === 116 ? true : c === 102 ? false : null;
  }

  /** The value at i; containers stay lazy (child is the index of the next container). */
  private value(i: number, child: number, owner: Owner | null): Value {
    const c = this.s.charCodeAt(i);
    if (c === 123 || c === 91) {
      this.pos = this.ends[child] + 1;
      return c === 123 ? this.map(child, owner) : this.list(child, owner);
    }
    return this.leaf(i);
  }

  fillMap(index: number, owner: Owner | null): Map<Value, Value> {
    const s = this.s;
    const entries = new Map<Value, Value>();
    let child = index + 1;
    let i = this.starts[index] + 1;
    for (;;) {
      let c = s.charCodeAt(i);
      while (isBlank(c)) c = s.charCodeAt(++i);
      if (c === 125) return entries;
      if (c === 44) {
        i++;
        continue;
      }
      const keyEnd = stringEnd(s, i);
      const key = stringText(s, i, keyEnd);
      i = keyEnd + 1;
      while (s.charCodeAt(i) !== 58) i++;
      i++;
      while (isBlank(s.charCodeAt(i))) i++;
      const v = this.value(i, child, owner);
      if (v instanceof JMap || v instanceof JList) child = this.after[child];
      i = this.pos;
      entries.set(key, v);
    }
  }

  fillList(index: number, owner: Owner | null): Value[] {
    const s = this.s;
    const items: Value[] = [];
    let child = index + 1;
    let i = this.starts[index] + 1;
    for (;;) {
      let c = s.charCodeAt(i);
      while (isBlank(c)) c = s.charCodeAt(++i);
      if (c === 93) return items;
      if (c === 44) {
        i++;
        continue;
      }
      const v = this.value(i, child, owner);
      if (v instanceof JMap || v instanceof JList) child = this.after[child];
      i = this.pos;
      items.push(v);
    }
  }

  /**
   * json-smart's compact JSON of the container, copied from the source where it already reads so
   * (blanks dropped, strings and numbers rewritten where needed). Null when an object repeats a key
   * (the built map keeps one entry) or a limit of writeJson could be reached: the caller then writes
   * the built values, with the same result or error.
   */
  json(index: number, depth: number, work: { n: number }): string | null {
    const s = this.s;
    const end = this.ends[index];
    let out = '';
    let run = this.starts[index];
    let nodes = 0;
    // the keys of the open objects, one after another; per open container where its keys begin (-1: array)
    const keys: string[] = [];
    let keyCount = 0;
    const firstKey: number[] = [];
    let inObject = false;
    let expectKey = false;
    let i = run;
    while (i <= end) {
      const c = s.charCodeAt(i);
      if (isBlank(c)) {
        out += s.slice(run, i);
        while (isBlank(s.charCodeAt(++i)));
        run = i;
        continue;
      }
      if (c === 123 || c === 91) {
        if (firstKey.length > 0) nodes++;
        if (depth + firstKey.length + 1 > MAX_LAZY_DEPTH) return null;
        inObject = c === 123;
        expectKey = inObject;
        firstKey.push(inObject ? keyCount : -1);
        i++;
        continue;
      }
      if (c === 125 || c === 93) {
        const from = firstKey.pop() as number;
        if (from >= 0) keyCount = from;
        inObject = firstKey.length > 0 && firstKey[firstKey.length - 1] >= 0;
        expectKey = false;
        i++;
        continue;
      }
      if (c === 44) {
        expectKey = inObject;
        i++;
        continue;
      }
      if (c === 58) {
        i++;
        continue;
      }
      if (c === 34) {
        const q = jsonStringEnd(s, i);
        const asIs = stringAsIs;
        if (expectKey) {
          const key = stringText(s, i, q);
          const from = firstKey[firstKey.length - 1];
          // a repeated key, or too many to compare pairwise: the built map writes it
          if (keyCount - from >= 64) return null;
          for (let k = from; k < keyCount; k++) if (keys[k] === key) return null;
          keys[keyCount++] = key;
          expectKey = false;
        } else nodes++;
        if (!asIs) {
          out += s.slice(run, i) + jsonQuote(stringText(s, i, q));
          run = q + 1;
        }
        i = q + 1;
        continue;
      }
      nodes++;
      if (c === 45 || (c >= 48 && c <= 57)) {
        const e = numberEnd(s, i);
        const written = rewrittenNumber(s, i, e, c);
        if (written !== null) {
          out += s.slice(run, i) + written;
          run = e;
        }
        i = e;
        continue;
      }
      i = literalEnd(s, i, c);
    }
    if (work.n + nodes > MAX_PRINT_NODES) return null;
    out += s.slice(run, end + 1);
    if (out.length > MAX_PRINT) return null;
    work.n += nodes;
    return out;
  }
}

/**
 * Strict JSON (RFC 8259) validation without building values: where the first error is, or null. Used to
 * warn when a template meant to produce JSON does not (API Gateway itself does not check).
 */
export function strictJsonError(text: string): { offset: number; message: string } | null {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };
  const fail = (message: string): never => {
    throw { offset: i, message };
  };
  const stack: number[] = [];
  const value = (): void => {
    ws();
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      if (stack.length > 10000) fail('nested too deeply');
      stack.push(c);
      i++;
      ws();
      if (text.charCodeAt(i) === (c === 123 ? 125 : 93)) {
        i++;
        stack.pop();
        return;
      }
      for (;;) {
        if (c === 123) {
          ws();
          if (text.charCodeAt(i) !== 34) fail('expected a property name in double quotes');
          string();
          ws();
          if (text.charCodeAt(i) !== 58) fail("expected ':'");
          i++;
        }
        value();
        ws();
        const d = text.charCodeAt(i);
        if (d === 44) {
          i++;
          ws();
          const e = text.charCodeAt(i);
          if (e === 125 || e === 93) fail('a dangling comma');
          continue;
        }
        if (d === (c === 123 ? 125 : 93)) {
          i++;
          stack.pop();
          return;
        }
        fail(c === 123 ? "expected ',' or '}'" : "expected ',' or ']'");
      }
    }
    if (c === 34) return string();
    if (c === 45 || (c >= 48 && c <= 57)) return number();
    if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else fail(i >= n ? 'unexpected end' : `unexpected ${JSON.stringify(text[i])}`);
  };
  const string = (): void => {
    i++;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 32) fail('a control character inside a string');
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a bad \\u escape');
          i += 6;
          continue;
        }
        if (e !== 34 && e !== 92 && e !== 47 && e !== 98 && e !== 102 && e !== 110 && e !== 114 && e !== 116)
          fail(`${JSON.stringify('\\' + (text[i + 1] ?? ''))} is not a JSON escape`);
        i += 2;
        continue;
      }
      i++;
    }
  };
  const digits = (): number => {
    const s = i;
    while (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i - s;
  };
  const number = (): void => {
    if (text.charCodeAt(i) === 45) i++;
    if (text.charCodeAt(i) === 48) i++;
    else if (digits() === 0) fail('a bad number');
    if (text.charCodeAt(i) === 46) {
      i++;
      if (digits() === 0) fail('a bad number');
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sgn = text.charCodeAt(i);
      if (sgn === 43 || sgn === 45) i++;
      if (digits() === 0) fail('a bad number');
    }
  };
  try {
    value();
    ws();
    if (i < n) fail('text after the JSON value');
    return null;
  } catch (e) {
    if (typeof e === 'object' && e !== null && 'offset' in e) return e as { offset: number; message: string };
    throw e;
  }
}
