/**
 * A syntax check for java.util.regex.Pattern, the regex flavour of an integration response's
 * selectionPattern. Written by hand because no JavaScript library parses Java's dialect, and
 * JavaScript's RegExp accepts and rejects different things: Java rejects a lone `{` ("Illegal
 * repetition"), knows possessive quantifiers (`a*+`), atomic groups, inline flags `(?i)`, `\Q…\E`,
 * `\p{javaLowerCase}`, `\h`, `\R`, `\X`, `\G`, `\Z`, class intersections `[a-z&&[^e]]`.
 *
 * It checks syntax only (what `Pattern.compile` rejects), with Java's description of the first
 * error (PatternSyntaxException.getDescription) and its index.
 */
import { UNICODE_GENERAL_CATEGORIES } from '../../vtl/regex';

export interface JavaRegexError {
  description: string;
  index: number;
}

const FLAG_CHARS = 'idmsuxUc';
/** Escapes of letters Java defines; any other ASCII letter after `\` is an error. */
const LETTER_ESCAPES = new Set('tnrfaedDsSwWhHvVRXbBAGZzQEpPkcxuN0'.split(''));
/** Property names \p{…} accepts without a prefix (POSIX classes and java.lang.Character ones). */
const PROPERTY_NAMES = new Set([
  'Lower',
  'Upper',
  'ASCII',
  'Alpha',
  'Digit',
  'Alnum',
  'Punct',
  'Graph',
  'Print',
  'Blank',
  'Cntrl',
  'XDigit',
  'Space',
  'javaLowerCase',
  'javaUpperCase',
  'javaWhitespace',
  'javaMirrored',
  'javaAlphabetic',
  'javaIdeographic',
  'javaTitleCase',
  'javaDigit',
  'javaDefined',
  'javaLetter',
  'javaLetterOrDigit',
  'javaJavaIdentifierStart',
  'javaJavaIdentifierPart',
  'javaUnicodeIdentifierStart',
  'javaUnicodeIdentifierPart',
  'javaIdentifierIgnorable',
  'javaSpaceChar',
  'javaISOControl',
  'all',
  'LC',
  'LD',
  ...UNICODE_GENERAL_CATEGORIES,
]);
/** Binary properties after `Is` (\p{IsAlphabetic}); scripts and blocks are accepted by shape. */
const BINARY_PROPERTIES = new Set([
  'ALPHABETIC',
  'IDEOGRAPHIC',
  'LETTER',
  'LOWERCASE',
  'UPPERCASE',
  'TITLECASE',
  'PUNCTUATION',
  'CONTROL',
  'WHITE_SPACE',
  'WHITESPACE',
  'DIGIT',
  'HEX_DIGIT',
  'HEXDIGIT',
  'JOIN_CONTROL',
  'NONCHARACTER_CODE_POINT',
  'ASSIGNED',
  'EMOJI',
  'EMOJI_PRESENTATION',
  'EMOJI_MODIFIER',
  'EMOJI_MODIFIER_BASE',
  'EMOJI_COMPONENT',
  'EXTENDED_PICTOGRAPHIC',
  'ALNUM',
  'GRAPH',
  'PRINT',
  'BLANK',
  'WORD',
]);

class Failure extends Error {
  constructor(
    readonly description: string,
    readonly index: number,
  ) {
    super(description);
  }
}

class Parser {
  private pos = 0;
  private groupNames = new Set<string>();
  private groupCount = 0;
  private comments = false;

  constructor(private readonly source: string) {}

  parse(): void {
    this.alternation();
    if (this.pos < this.source.length) {
      // Only an unmatched ')' stops the top-level alternation early.
      throw new Failure("Unmatched closing ')'", this.pos - 1 < 0 ? 0 : this.pos - 1);
    }
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.pos + offset];
  }

  private fail(description: string, index = this.pos): never {
    throw new Failure(description, index);
  }

  private alternation(): void {
    this.sequence();
    while (this.peek() === '|') {
      this.pos += 1;
      this.sequence();
    }
  }

  private sequence(): void {
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') return;
      const quantifiable = this.atom();
      this.quantifiers(quantifiable);
    }
  }

  /** One atom; returns whether a quantifier may follow it. */
  private atom(): boolean {
    const c = this.peek() as string;
    switch (c) {
      case '(':
        this.group();
        return true;
      case '[':
        this.pos += 1;
        this.characterClass();
        return true;
      case '\\':
        return this.escape(false);
      case '*':
      case '+':
      case '?':
        return this.fail(`Dangling meta character '${c}'`);
      case '{':
        return this.fail('Illegal repetition');
      case '^':
      case '$':
        this.pos += 1;
        return true;
      case '#':
        if (this.comments) {
          while (this.peek() !== undefined && this.peek() !== '\n') this.pos += 1;
          return false;
        }
        this.pos += 1;
        return true;
      default:
        this.pos += c.length;
        return !(this.comments && /\s/.test(c));
    }
  }

  private quantifiers(quantifiable: boolean): void {
    const c = this.peek();
    if (c !== '*' && c !== '+' && c !== '?' && c !== '{') return;
    if (!quantifiable) {
      if (c === '{') this.fail('Illegal repetition');
      this.fail(`Dangling meta character '${c}'`);
    }
    if (c === '{') this.counted();
    else this.pos += 1;
    const modifier = this.peek();
    if (modifier === '?' || modifier === '+') this.pos += 1;
    const after = this.peek();
    if (after === '*' || after === '+' || after === '?') this.fail(`Dangling meta character '${after}'`);
    if (after === '{') this.fail('Illegal repetition');
  }

  private counted(): void {
    const start = this.pos;
    this.pos += 1;
    const min = this.digits();
    if (min === undefined) this.fail('Illegal repetition', start);
    let max = min;
    if (this.peek() === ',') {
      this.pos += 1;
      max = this.digits() ?? Infinity;
    }
    if (this.peek() !== '}') this.fail('Unclosed counted closure');
    this.pos += 1;
    if (max < min) this.fail('Illegal repetition range', start);
  }

  private digits(): number | undefined {
    const start = this.pos;
    while (this.peek() !== undefined && /[0-9]/.test(this.peek() as string)) this.pos += 1;
    return this.pos === start ? undefined : Number(this.source.slice(start, this.pos));
  }

  private group(): void {
    this.pos += 1;
    if (this.peek() === '?') {
      this.pos += 1;
      const kind = this.peek();
      if (kind === ':' || kind === '=' || kind === '!' || kind === '>') {
        this.pos += 1;
      } else if (kind === '<') {
        this.pos += 1;
        const next = this.peek();
        if (next === '=' || next === '!') {
          this.pos += 1;
        } else {
          const name = this.groupName();
          if (this.groupNames.has(name)) this.fail(`Named capturing group <${name}> is already defined`);
          this.groupNames.add(name);
          this.groupCount += 1;
        }
      } else if (kind !== undefined && (FLAG_CHARS.includes(kind) || kind === '-')) {
        // Inline flags: (?idmsux-idmsux) or (?idmsux-idmsux:X)
        let negative = false;
        for (;;) {
          const f = this.peek();
          if (f === undefined) this.fail('Unknown inline modifier');
          if (f === ')') {
            this.pos += 1;
            return;
          }
          if (f === ':') {
            this.pos += 1;
            break;
          }
          if (f === '-' && !negative) negative = true;
          else if (!FLAG_CHARS.includes(f)) this.fail('Unknown inline modifier');
          else if (f === 'x') this.comments = !negative;
          this.pos += 1;
        }
      } else {
        this.fail('Unknown inline modifier');
      }
    } else {
      this.groupCount += 1;
    }
    this.alternation();
    if (this.peek() !== ')') this.fail('Unclosed group', this.source.length);
    this.pos += 1;
  }

  private groupName(): string {
    const start = this.pos;
    if (!/[A-Za-z]/.test(this.peek() ?? ''))
      this.fail('capturing group name does not start with a Latin letter');
    while (/[A-Za-z0-9]/.test(this.peek() ?? '')) this.pos += 1;
    if (this.peek() !== '>') this.fail("named capturing group is missing trailing '>'");
    const name = this.source.slice(start, this.pos);
    this.pos += 1;
    return name;
  }

  /** After `[`: a class, possibly negated, with ranges, nested classes and `&&` intersections. */
  private characterClass(): void {
    if (this.peek() === '^') this.pos += 1;
    let first = true;
    let previous: number | undefined; // code point of a single character that may start a range
    for (;;) {
      const c = this.peek();
      if (c === undefined) this.fail('Unclosed character class', this.source.length - 1);
      if (c === ']' && !first) {
        this.pos += 1;
        return;
      }
      first = false;
      if (c === '[') {
        this.pos += 1;
        this.characterClass();
        previous = undefined;
        continue;
      }
      if (c === '&' && this.peek(1) === '&') {
        this.pos += 2;
        previous = undefined;
        continue;
      }
      if (c === '-' && previous !== undefined && this.peek(1) !== undefined && this.peek(1) !== ']') {
        const rangeStart = this.pos;
        this.pos += 1;
        if (this.peek() === '[') this.fail('Illegal character range', rangeStart);
        const end = this.classCharacter();
        if (end === undefined) this.fail('Illegal character range', rangeStart);
        if (end < previous) this.fail('Illegal character range', rangeStart);
        previous = undefined;
        continue;
      }
      previous = this.classCharacter();
    }
  }

  /** One class member; returns its code point when it is a single character. */
  private classCharacter(): number | undefined {
    const c = this.peek() as string;
    if (c === '\\') {
      const start = this.pos;
      const single = this.escape(true);
      if (!single) return undefined;
      return this.lastEscapeCodePoint ?? this.source.codePointAt(start + 1);
    }
    const codePoint = this.source.codePointAt(this.pos) as number;
    this.pos += codePoint > 0xffff ? 2 : 1;
    return codePoint;
  }

  private lastEscapeCodePoint: number | undefined;

  /**
   * An escape at `\`. Returns, outside a class, whether a quantifier may follow; inside a class,
   * whether it stands for a single character (then `lastEscapeCodePoint` holds it when known).
   */
  private escape(inClass: boolean): boolean {
    const backslash = this.pos;
    this.pos += 1;
    this.lastEscapeCodePoint = undefined;
    const c = this.peek();
    if (c === undefined) this.fail('Unexpected internal error', this.source.length);
    this.pos += 1;
    if (/[0-9]/.test(c)) {
      if (c === '0') {
        const start = this.pos;
        while (this.pos - start < 3 && /[0-7]/.test(this.peek() ?? '')) this.pos += 1;
        if (this.pos === start) this.fail('Illegal octal escape sequence');
        this.lastEscapeCodePoint = parseInt(this.source.slice(start, this.pos), 8);
        return true;
      }
      if (inClass) this.fail('Illegal/unsupported escape sequence', backslash + 1);
      return true; // a back reference
    }
    if (!/[A-Za-z]/.test(c)) {
      this.lastEscapeCodePoint = this.source.codePointAt(this.pos - 1);
      return true;
    }
    if (!LETTER_ESCAPES.has(c)) this.fail('Illegal/unsupported escape sequence', backslash + 1);
    switch (c) {
      case 't':
        this.lastEscapeCodePoint = 9;
        return true;
      case 'n':
        this.lastEscapeCodePoint = 10;
        return true;
      case 'r':
        this.lastEscapeCodePoint = 13;
        return true;
      case 'f':
        this.lastEscapeCodePoint = 12;
        return true;
      case 'a':
        this.lastEscapeCodePoint = 7;
        return true;
      case 'e':
        this.lastEscapeCodePoint = 27;
        return true;
      case 'c': {
        const control = this.peek();
        if (control === undefined) this.fail('Illegal control escape sequence');
        this.pos += 1;
        this.lastEscapeCodePoint = (control.codePointAt(0) as number) ^ 64;
        return true;
      }
      case 'x':
        this.lastEscapeCodePoint = this.hexEscape();
        return true;
      case 'u': {
        const hex = this.source.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Illegal Unicode escape sequence');
        this.pos += 4;
        this.lastEscapeCodePoint = parseInt(hex, 16);
        return true;
      }
      case 'N': {
        if (this.peek() !== '{') this.fail('Illegal character name escape sequence');
        const close = this.source.indexOf('}', this.pos);
        if (close === -1) this.fail('Unclosed character name escape sequence');
        this.pos = close + 1;
        return true;
      }
      case 'p':
      case 'P':
        this.property();
        return !inClass;
      case 'Q': {
        const end = this.source.indexOf('\\E', this.pos);
        this.pos = end === -1 ? this.source.length : end + 2;
        return !inClass || end - backslash > 2;
      }
      case 'E':
        return !inClass;
      case 'k': {
        if (inClass) this.fail('Illegal/unsupported escape sequence', backslash + 1);
        if (this.peek() !== '<') this.fail("\\k is not followed by '<' for named capturing group");
        this.pos += 1;
        const name = this.groupName();
        if (!this.groupNames.has(name)) this.fail(`named capturing group <${name}> does not exist`);
        return true;
      }
      case 'b':
        if (inClass) this.fail('Illegal/unsupported escape sequence', backslash + 1);
        if (this.peek() === '{') {
          if (this.source.slice(this.pos, this.pos + 3) !== '{g}') this.fail('Unknown boundary type');
          this.pos += 3;
        }
        return false;
      case 'B':
      case 'A':
      case 'G':
      case 'Z':
      case 'z':
        if (inClass) this.fail('Illegal/unsupported escape sequence', backslash + 1);
        return false;
      case 'R':
      case 'X':
        if (inClass) this.fail('Illegal/unsupported escape sequence', backslash + 1);
        return true;
      default:
        // d D s S w W h H v V: predefined classes.
        return !inClass;
    }
  }

  private hexEscape(): number {
    if (this.peek() === '{') {
      const close = this.source.indexOf('}', this.pos);
      const hex = close === -1 ? '' : this.source.slice(this.pos + 1, close);
      if (!/^[0-9a-fA-F]+$/.test(hex)) this.fail('Unclosed hexadecimal escape sequence');
      const value = parseInt(hex, 16);
      if (value > 0x10ffff) this.fail('Hexadecimal codepoint is too big');
      this.pos = close + 1;
      return value;
    }
    const hex = this.source.slice(this.pos, this.pos + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail('Illegal hexadecimal escape sequence');
    this.pos += 2;
    return parseInt(hex, 16);
  }

  private property(): void {
    let name: string;
    if (this.peek() === '{') {
      const close = this.source.indexOf('}', this.pos);
      if (close === -1) this.fail('Unclosed character family');
      name = this.source.slice(this.pos + 1, close);
      this.pos = close + 1;
    } else {
      const single = this.peek();
      if (single === undefined) this.fail('Illegal character family');
      name = single;
      this.pos += 1;
    }
    if (!isKnownProperty(name)) this.fail(`Unknown character property name {${name}}`);
  }
}

function isKnownProperty(name: string): boolean {
  if (PROPERTY_NAMES.has(name)) return true;
  const equals = name.indexOf('=');
  if (equals !== -1) {
    const key = name.slice(0, equals);
    const value = name.slice(equals + 1);
    return /^(sc|script|blk|block|gc|general_category)$/.test(key) && /^[A-Za-z0-9_ -]+$/.test(value);
  }
  if (name.startsWith('Is')) {
    const rest = name.slice(2);
    return PROPERTY_NAMES.has(rest) || BINARY_PROPERTIES.has(rest.toUpperCase()) || /^[A-Za-z_]+$/.test(rest);
  }
  if (name.startsWith('In')) return /^[A-Za-z0-9_ -]+$/.test(name.slice(2));
  return false;
}

/** Checks `pattern` as `java.util.regex.Pattern.compile` would; undefined when it compiles. */
export function checkJavaRegex(pattern: string): JavaRegexError | undefined {
  try {
    new Parser(pattern).parse();
    return undefined;
  } catch (error) {
    if (error instanceof Failure) return { description: error.description, index: error.index };
    return { description: String(error), index: 0 };
  }
}

/** Java's PatternSyntaxException message: description, index, the pattern and a caret. */
export function javaRegexErrorMessage(pattern: string, error: JavaRegexError): string {
  const caret = error.index >= 0 ? `\n${' '.repeat(error.index)}^` : '';
  return `${error.description}${error.index >= 0 ? ` near index ${error.index}` : ''}\n${pattern}${caret}`;
}
