/**
 * JSON reading as Jayway JsonPath's default provider does it (json-smart, MODE_PERMISSIVE): objects become
 * ordered maps, arrays JSON arrays, integers Integer/Long/BigInteger, decimals Double (BigDecimal past 18
 * characters). Permissive mode also takes single quotes, unquoted words, useless commas and trailing data;
 * text that is not JSON at all reads as one string, while text that starts like an object or array and
 * breaks off is an error (API Gateway answers 400 "Could not process payload").
 */
import { JBigDecimal, JDouble, integerFromText } from './numbers';
import { JList, JMap } from './values';
import type { Owner, Value } from './values';

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
    // json-smart reads a lone "-" as 0
    if (text === '-') return 0;
    return integerFromText(text);
  }

  private decimal(text: string): Value {
    if (text.length > 18) {
      const bd = JBigDecimal.parse(text);
      if (bd) return bd;
    }
    const d = Number(text);
    return Number.isNaN(d) ? text : new JDouble(d);
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
  return new Reader(text, owner).parse();
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
