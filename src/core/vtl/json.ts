/**
 * JSON reading as Jayway JsonPath's default provider does it (json-smart, MODE_PERMISSIVE): objects become
 * ordered maps, arrays JSON arrays, integers Integer/Long/BigInteger, decimals Double (BigDecimal past 18
 * characters). Permissive mode also takes single quotes, unquoted words, useless commas and trailing data;
 * text that is not JSON at all reads as one string, while text that starts like an object or array and
 * breaks off is an error (API Gateway answers 400 "Could not process payload").
 */
import { JBigDecimal, JDouble, integerFromText } from './numbers';
import { JList, JMap } from './values';
import type { Value } from './values';

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

  constructor(private readonly s: string) {}

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
    while (this.c !== EOI && this.c <= 32) this.read();
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
    const start = this.pos;
    const isDigit = (): boolean => this.c >= 48 && this.c <= 57;
    const asWord = (): string => {
      while (!isStop(this.c, stop)) this.read();
      return this.s.slice(start, this.pos).trim();
    };
    const followedByJunk = (): boolean => {
      this.skipSpace();
      return !isStop(this.c, stop);
    };
    this.read();
    while (isDigit()) this.read();
    if (this.c !== 46 && this.c !== 69 && this.c !== 101) {
      const end = this.pos;
      if (followedByJunk()) return asWord();
      return this.integer(this.s.slice(start, end).trim());
    }
    if (this.c === 46) {
      this.read();
      while (isDigit()) this.read();
    }
    if (this.c !== 69 && this.c !== 101) {
      const end = this.pos;
      if (followedByJunk()) return asWord();
      return this.decimal(this.s.slice(start, end).trim());
    }
    this.read();
    if (this.cur() === 43 || this.cur() === 45 || isDigit()) {
      this.read();
      while (isDigit()) this.read();
      const end = this.pos;
      if (followedByJunk()) return asWord();
      return this.decimal(this.s.slice(start, end).trim());
    }
    return asWord();
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
    const quote = this.c;
    let out = '';
    let start = this.pos + 1;
    for (;;) {
      this.read();
      const c = this.c;
      if (c === EOI) this.fail('Unterminated string');
      if (c === quote) {
        out += this.s.slice(start, this.pos);
        this.read();
        return out;
      }
      if (c === 92) {
        out += this.s.slice(start, this.pos);
        this.read();
        switch (this.c) {
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
            out += this.readHex(4);
            break;
          case 120:
            out += this.readHex(2);
            break;
          case EOI:
            this.fail('Unterminated string');
            break;
          default:
            // an unknown escape drops both characters
            break;
        }
        start = this.pos + 1;
        continue;
      }
      if (c < 32 || c === 127) {
        // permissive mode ignores control characters inside strings
        out += this.s.slice(start, this.pos);
        start = this.pos + 1;
      }
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
          return new JList(items, 'JSONArray');
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
          map.put(key, value);
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
export function parseJsonPermissive(text: string): Value {
  return new Reader(text).parse();
}
