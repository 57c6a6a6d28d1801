/**
 * Java regular expressions (java.util.regex, as String.replaceAll / matches / split use them) translated
 * to JavaScript RegExp where the two agree. Where Java's meaning differs, the translation spells Java's
 * meaning out (`\s` is ASCII-only, `.` also stops at U+0085, `$` matches before a final line break, `{`
 * that is not a quantifier is an error); Java features JavaScript cannot express (possessive quantifiers,
 * atomic groups, class unions and intersections, inline flags mid-pattern, `\G`) are refused with a clear
 * message instead of being guessed. Written by hand: no library translates Java's dialect.
 */

export class JavaRegexError extends Error {
  constructor(
    message: string,
    /** true: valid Java that we cannot run (our limitation); false: Java itself rejects the pattern. */
    readonly unsupported: boolean,
  ) {
    super(message);
  }
}

const LINE_TERMINATORS = '\\n\\r\\u0085\\u2028\\u2029';
const JAVA_SPACE = ' \\t\\n\\u000B\\f\\r';

const POSIX: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\u0000-\\u007F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\u0000-\\u001F\\u007F',
  XDigit: '0-9a-fA-F',
  Space: JAVA_SPACE,
  javaLowerCase: '\\p{Ll}',
  javaUpperCase: '\\p{Lu}',
  javaWhitespace:
    JAVA_SPACE + '\\u001C-\\u001F\\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000',
  javaLetter: '\\p{L}',
  javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '\\p{L}\\p{Nd}',
  javaAlphabetic: '\\p{Alphabetic}',
};

/** Unicode general categories by their short names, as `\p{Lu}` and `\p{IsLu}` take them. */
export const UNICODE_GENERAL_CATEGORIES: ReadonlySet<string> = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(
    ' ',
  ),
);
const SCRIPTS = new Set([
  'Latin',
  'Greek',
  'Cyrillic',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Devanagari',
  'Armenian',
  'Georgian',
]);

/** Class content (inside `[...]`) for a `\p{…}` name, or null. */
function propertyClass(name: string): string | null {
  if (Object.prototype.hasOwnProperty.call(POSIX, name)) return POSIX[name];
  let n = name;
  if (n.startsWith('Is')) n = n.slice(2);
  if (n.startsWith('general_category=') || n.startsWith('gc=')) n = n.slice(n.indexOf('=') + 1);
  if (UNICODE_GENERAL_CATEGORIES.has(n)) return `\\p{${n}}`;
  if (n === 'Alphabetic' || n === 'Letter') return n === 'Letter' ? '\\p{L}' : '\\p{Alphabetic}';
  if (n === 'Uppercase' || n === 'Lowercase' || n === 'White_Space' || n === 'Punctuation')
    return n === 'Punctuation' ? '\\p{P}' : `\\p{${n}}`;
  if (n.startsWith('script=') || n.startsWith('sc=')) n = n.slice(n.indexOf('=') + 1);
  if (SCRIPTS.has(n)) return `\\p{Script=${n}}`;
  return null;
}

function hex4(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

/** A literal character, escaped so it means itself in a `u`-mode RegExp (inside a class when inClass). */
function lit(ch: string, inClass = false): string {
  const c = ch.charCodeAt(0);
  if (ch.length > 1) return ch; // a surrogate pair: one code point in u mode
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return ch;
  if ('^$\\.*+?()[]{}|/'.includes(ch) || (inClass && ch === '-')) return '\\' + ch;
  if (c < 32 || c > 126) return hex4(c);
  return ch;
}

interface Flags {
  i: boolean;
  s: boolean;
  m: boolean;
  x: boolean;
  d: boolean;
}

class Translator {
  private i = 0;
  private groupCount = 0;
  private readonly totalGroups: number;
  private readonly names = new Set<string>();
  out = '';

  constructor(
    private readonly p: string,
    private readonly flags: Flags,
  ) {
    this.totalGroups = countGroups(p);
  }

  private err(msg: string): never {
    throw new JavaRegexError(`${msg} near index ${this.i}\n${this.p}`, false);
  }

  private unsupported(what: string): never {
    throw new JavaRegexError(
      `${what} (Java regex) has no JavaScript equivalent; the simulator cannot run this pattern`,
      true,
    );
  }

  translate(): string {
    this.sequence(false);
    if (this.i < this.p.length) this.err("Unmatched closing ')'");
    return this.out;
  }

  /** A sequence of alternatives up to `)` (when nested) or the end. */
  private sequence(nested: boolean): void {
    // where the last atom starts in `out` (-1: none yet), and whether it already has a quantifier
    let atomStart = -1;
    let quantified = false;
    const p = this.p;
    const atom = (text: string): void => {
      atomStart = this.out.length;
      quantified = false;
      this.out += text;
    };
    while (this.i < p.length) {
      const c = p[this.i];
      if (
        this.flags.x &&
        (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\u000B')
      ) {
        this.i++;
        continue;
      }
      if (this.flags.x && c === '#') {
        while (this.i < p.length && p[this.i] !== '\n') this.i++;
        continue;
      }
      switch (c) {
        case ')':
          if (!nested) this.err("Unmatched closing ')'");
          return;
        case '|':
          this.out += '|';
          this.i++;
          atomStart = -1;
          continue;
        case '(': {
          const start = this.out.length;
          this.group();
          atomStart = start;
          quantified = false;
          continue;
        }
        case '[': {
          const start = this.out.length;
          const cls = this.charClass();
          this.out += cls;
          atomStart = start;
          quantified = false;
          continue;
        }
        case '.':
          this.i++;
          atom(this.flags.s ? '[\\s\\S]' : this.flags.d ? '[^\\n]' : `[^${LINE_TERMINATORS}]`);
          continue;
        case '^':
          // Java lets a quantifier follow an anchor; a group keeps that valid in JS
          this.i++;
          atom('(?:^)');
          continue;
        case '$':
          this.i++;
          atom(
            this.flags.m
              ? '(?:$)'
              : this.flags.d
                ? '(?:(?=\\n?(?![\\s\\S])))'
                : `(?:(?=(?:\\r\\n|[${LINE_TERMINATORS}])?(?![\\s\\S])))`,
          );
          continue;
        case '*':
        case '+':
        case '?':
          if (atomStart < 0 || quantified) this.err(`Dangling meta character '${c}'`);
          this.i++;
          this.out += c;
          this.quantifierSuffix();
          quantified = true;
          continue;
        case '{': {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(this.i));
          if (!m) this.err('Illegal repetition');
          if (m[3] !== undefined && m[3] !== '' && parseInt(m[3], 10) < parseInt(m[1], 10))
            this.err('Illegal repetition range');
          this.i += m[0].length;
          // Java accepts {n} with nothing before it or after a quantifier: it then repeats the empty string
          if (atomStart < 0 || quantified) {
            atomStart = this.out.length;
            this.out += '(?:)';
          }
          this.out += m[0];
          this.quantifierSuffix();
          quantified = true;
          continue;
        }
        case '\\': {
          const start = this.out.length;
          if (this.escape()) {
            atomStart = start;
            quantified = false;
          }
          continue;
        }
        default: {
          const cp = p.codePointAt(this.i) as number;
          const ch = String.fromCodePoint(cp);
          this.i += ch.length;
          atom(lit(ch));
        }
      }
    }
    if (nested) this.err('Unclosed group');
  }

  private quantifierSuffix(): void {
    const c = this.p[this.i];
    if (c === '?') {
      this.out += '?';
      this.i++;
    } else if (c === '+') this.unsupported('A possessive quantifier (*+, ++, ?+)');
  }

  private group(): void {
    const p = this.p;
    this.i++;
    if (p[this.i] !== '?') {
      this.groupCount++;
      this.out += '(';
      this.sequence(true);
      this.expectClose();
      return;
    }
    const rest = p.slice(this.i);
    let m: RegExpExecArray | null;
    let wrap = false;
    if (rest.startsWith('?:')) {
      this.out += '(?:';
      this.i += 2;
    } else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      // Java may quantify a lookaround; JS (u mode) only a group around it
      this.out += '(?:(' + rest.slice(0, 2);
      this.i += 2;
      wrap = true;
    } else if (rest.startsWith('?<=') || rest.startsWith('?<!')) {
      this.out += '(?:(' + rest.slice(0, 3);
      this.i += 3;
      wrap = true;
    } else if ((m = /^\?<([a-zA-Z][a-zA-Z0-9]*)>/.exec(rest))) {
      this.groupCount++;
      this.names.add(m[1]);
      this.out += `(?<${m[1]}>`;
      this.i += m[0].length;
    } else if (rest.startsWith('?>')) {
      this.unsupported('An atomic group (?>…)');
    } else if ((m = /^\?([idmsuxU-]+)([:)])/.exec(rest))) {
      this.unsupported(`The inline flag group (${m[0]}… in the middle of a pattern`);
    } else {
      this.err('Unknown inline modifier');
    }
    this.sequence(true);
    this.expectClose();
    if (wrap) this.out += ')';
  }

  private expectClose(): void {
    if (this.p[this.i] !== ')') this.err('Unclosed group');
    this.i++;
    this.out += ')';
  }

  /** An escape outside a class; returns whether a quantifier may follow. */
  private escape(): boolean {
    const p = this.p;
    const c = p[this.i + 1];
    if (c === undefined) this.err('Unexpected internal error');
    this.i += 2;
    switch (c) {
      case 'd':
      case 'D':
      case 'w':
      case 'W':
        this.out += '\\' + c;
        return true;
      case 's':
        this.out += `[${JAVA_SPACE}]`;
        return true;
      case 'S':
        this.out += `[^${JAVA_SPACE}]`;
        return true;
      case 'h':
        this.out += '[ \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]';
        return true;
      case 'H':
        this.out += '[^ \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000]';
        return true;
      case 'v':
        this.out += '[\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]';
        return true;
      case 'V':
        this.out += '[^\\n\\u000B\\f\\r\\u0085\\u2028\\u2029]';
        return true;
      case 'R':
        this.out += '(?:\\r\\n|[\\n\\u000B\\f\\r\\u0085\\u2028\\u2029])';
        return true;
      case 'b':
      case 'B':
        this.out += '(?:\\' + c + ')';
        return true;
      case 'A':
        this.out += '(?:(?<![\\s\\S]))';
        return true;
      case 'z':
        this.out += '(?:(?![\\s\\S]))';
        return true;
      case 'Z':
        this.out += `(?:(?=(?:\\r\\n|[${LINE_TERMINATORS}])?(?![\\s\\S])))`;
        return true;
      case 'G':
        this.unsupported('\\G');
        break;
      case 'X':
        this.unsupported('\\X');
        break;
      case 'Q': {
        const end = p.indexOf('\\E', this.i);
        const text = end < 0 ? p.slice(this.i) : p.slice(this.i, end);
        this.i = end < 0 ? p.length : end + 2;
        for (const ch of text) this.out += lit(ch);
        return text.length > 0;
      }
      case 'E':
        return false;
      case 'k': {
        const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(p.slice(this.i));
        if (!m) this.err("\\k is not followed by '<' for named capturing group");
        this.i += m[0].length;
        this.out += `\\k<${m[1]}>`;
        return true;
      }
      case 'p':
      case 'P': {
        const content = this.property(c);
        this.out += `[${c === 'P' ? '^' : ''}${content}]`;
        return true;
      }
      default:
        if (c >= '1' && c <= '9') {
          let n = c.charCodeAt(0) - 48;
          while (this.i < p.length && p[this.i] >= '0' && p[this.i] <= '9') {
            const next = n * 10 + (p.charCodeAt(this.i) - 48);
            if (next > this.totalGroups) break;
            n = next;
            this.i++;
          }
          // a reference to a group that does not exist never matches in Java
          this.out += n > this.totalGroups ? '(?!)' : `\\${n}(?:)`;
          return true;
        }
        this.out += this.singleCharEscape(c);
        return true;
    }
    return true;
  }

  /** Escapes that stand for one character (shared by classes). */
  private singleCharEscape(c: string, inClass = false): string {
    const p = this.p;
    switch (c) {
      case 't':
        return '\\t';
      case 'n':
        return '\\n';
      case 'r':
        return '\\r';
      case 'f':
        return '\\f';
      case 'a':
        return '\\u0007';
      case 'e':
        return '\\u001B';
      case '0': {
        const m = /^([0-3][0-7]{2}|[0-7]{1,2})/.exec(p.slice(this.i));
        if (!m) this.err('Illegal octal escape sequence');
        this.i += m[0].length;
        return hex4(parseInt(m[0], 8));
      }
      case 'x': {
        if (p[this.i] === '{') {
          const end = p.indexOf('}', this.i);
          const h = end < 0 ? '' : p.slice(this.i + 1, end);
          if (!/^[0-9a-fA-F]{1,6}$/.test(h)) this.err('Illegal hexadecimal escape sequence');
          this.i = end + 1;
          return lit(String.fromCodePoint(parseInt(h, 16)), inClass);
        }
        const h = p.slice(this.i, this.i + 2);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) this.err('Illegal hexadecimal escape sequence');
        this.i += 2;
        return hex4(parseInt(h, 16));
      }
      case 'u': {
        const h = p.slice(this.i, this.i + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(h)) this.err('Illegal Unicode escape sequence');
        this.i += 4;
        return hex4(parseInt(h, 16));
      }
      case 'c': {
        const ch = p[this.i];
        if (ch === undefined) this.err('Illegal control escape sequence');
        this.i++;
        return hex4(ch.charCodeAt(0) ^ 64);
      }
      default:
        if (/[a-zA-Z]/.test(c)) this.err('Illegal/unsupported escape sequence');
        return lit(c, inClass);
    }
  }

  private property(c: string): string {
    const p = this.p;
    let name: string;
    if (p[this.i] === '{') {
      const end = p.indexOf('}', this.i);
      if (end < 0) this.err('Unclosed character family');
      name = p.slice(this.i + 1, end);
      this.i = end + 1;
    } else {
      name = p[this.i] ?? '';
      this.i++;
    }
    const content = propertyClass(name);
    if (content === null) {
      if (name.startsWith('In')) this.unsupported(`The Unicode block \\${c}{${name}}`);
      this.err(`Unknown character property name {${name}}`);
    }
    return content;
  }

  /** `[...]`: returns the JS class. */
  private charClass(): string {
    const p = this.p;
    this.i++;
    let out = '[';
    if (p[this.i] === '^') {
      out += '^';
      this.i++;
    }
    let first = true;
    for (;;) {
      if (this.i >= p.length) this.err('Unclosed character class');
      const c = p[this.i];
      if (c === ']' && !first) {
        this.i++;
        return out + ']';
      }
      first = false;
      if (c === '[') this.unsupported('A character class union [a[b]]');
      if (c === '&' && p[this.i + 1] === '&') this.unsupported('A character class intersection [a&&b]');
      if (this.flags.x && /\s/.test(c)) {
        this.i++;
        continue;
      }
      if (c === '\\') {
        const e = p[this.i + 1];
        if (e === undefined) this.err('Unclosed character class');
        this.i += 2;
        if ('dDwW'.includes(e)) out += '\\' + e;
        else if (e === 's') out += JAVA_SPACE;
        else if (e === 'S') out += '\\S';
        else if (e === 'h') out += ' \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
        else if (e === 'v') out += '\\n\\u000B\\f\\r\\u0085\\u2028\\u2029';
        else if (e === 'p') out += this.property('p');
        else if (e === 'P') {
          const content = this.property('P');
          if (content.startsWith('\\p{') && !content.includes(']')) out += '\\P' + content.slice(2);
          else this.unsupported('A negated POSIX class \\P{…} inside [ ]');
        } else if (e === 'Q') {
          const end = p.indexOf('\\E', this.i);
          const text = end < 0 ? p.slice(this.i) : p.slice(this.i, end);
          this.i = end < 0 ? p.length : end + 2;
          for (const ch of text) out += lit(ch, true);
        } else if (
          e === 'b' ||
          e === 'B' ||
          e === 'A' ||
          e === 'z' ||
          e === 'Z' ||
          e === 'G' ||
          e === 'R' ||
          e === 'X'
        )
          this.err('Illegal/unsupported escape sequence');
        else out += this.singleCharEscape(e, true);
        continue;
      }
      const cp = p.codePointAt(this.i) as number;
      const ch = String.fromCodePoint(cp);
      this.i += ch.length;
      if (ch === '-') {
        // a range dash stays a dash; a leading or trailing one is literal
        const prevIsStart = out.endsWith('[') || out.endsWith('[^');
        out += prevIsStart || p[this.i] === ']' ? '\\-' : '-';
        continue;
      }
      out += lit(ch, true);
    }
  }
}

/** Number of capturing groups (for Java's greedy backreference digits). */
function countGroups(p: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      if (p[i + 1] === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        i = end < 0 ? p.length : end + 1;
      } else i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && (p[i + 1] !== '?' || (p[i + 2] === '<' && p[i + 3] !== '=' && p[i + 3] !== '!')))
      n++;
  }
  return n;
}

const cache = new Map<string, RegExp | JavaRegexError>();

/**
 * Compiles a Java pattern to a JS RegExp (global, unicode). extraFlags: 'i' for a case-insensitive
 * filter regex. Returns the error instead of throwing.
 */
export function compileJavaRegex(pattern: string, extraFlags = ''): RegExp | JavaRegexError {
  const key = extraFlags + '\u0000' + pattern;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let result: RegExp | JavaRegexError;
  try {
    const flags: Flags = { i: extraFlags.includes('i'), s: false, m: false, x: false, d: false };
    let body = pattern;
    const lead = /^\(\?([idmsuxU]+)\)/.exec(body);
    if (lead) {
      for (const f of lead[1]) {
        if (f === 'i') flags.i = true;
        else if (f === 's') flags.s = true;
        else if (f === 'm') flags.m = true;
        else if (f === 'x') flags.x = true;
        else if (f === 'd') flags.d = true;
      }
      body = body.slice(lead[0].length);
    }
    const src = new Translator(body, flags).translate();
    try {
      result = new RegExp(src, 'gu' + (flags.i ? 'i' : '') + (flags.m ? 'm' : ''));
    } catch (e) {
      result = new JavaRegexError(`Pattern not supported by the simulator: ${(e as Error).message}`, true);
    }
  } catch (e) {
    if (!(e instanceof JavaRegexError)) throw e;
    result = e;
  }
  if (cache.size > 500) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * A pattern whose nested quantifiers take exponential time on a failing subject: a repeated group whose
 * body is itself one repeated atom, maybe followed by one optional atom (`(a+)+`, `(\\w*)*`, `(\\w+\\s?)*`).
 * JavaScript cannot stop a running RegExp, so such a pattern is refused on subjects long enough to hang.
 */
export function looksCatastrophic(pattern: string): boolean {
  const atom = String.raw`(?:\[(?:[^\]\\]|\\.)*\]|\\.|[^()\\|[\]])`;
  const re = new RegExp(
    String.raw`\((?:\?:)?${atom}(?:[*+]|\{\d+,\})\??(?:${atom}[*?]?)?\)(?:[*+]|\{\d+,\})`,
  );
  return re.test(pattern);
}

/** Java's Matcher.appendReplacement rules for `$n`, `${name}` and `\x` in a replacement. */
export function javaReplacement(replacement: string, m: RegExpExecArray): string {
  if (!replacement.includes('$') && !replacement.includes('\\')) return replacement;
  const groupCount = m.length - 1;
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw new JavaRegexError('character to be escaped is missing', false);
      out += replacement[i];
    } else if (c === '$') {
      i++;
      if (i >= replacement.length)
        throw new JavaRegexError('Illegal group reference: group index is missing', false);
      if (replacement[i] === '{') {
        const end = replacement.indexOf('}', i);
        const name = end < 0 ? '' : replacement.slice(i + 1, end);
        if (!/^[a-zA-Z][a-zA-Z0-9]*$/.test(name))
          throw new JavaRegexError("named capturing group is missing trailing '}'", false);
        if (!m.groups || !(name in m.groups)) throw new JavaRegexError(`No group with name {${name}}`, false);
        out += m.groups[name] ?? '';
        i = end;
        continue;
      }
      const d = replacement.charCodeAt(i) - 48;
      if (d < 0 || d > 9) throw new JavaRegexError('Illegal group reference', false);
      let ref = d;
      if (ref > groupCount) throw new JavaRegexError(`No group ${ref}`, false);
      while (i + 1 < replacement.length) {
        const nd = replacement.charCodeAt(i + 1) - 48;
        if (nd < 0 || nd > 9) break;
        const next = ref * 10 + nd;
        if (next > groupCount) break;
        ref = next;
        i++;
      }
      out += m[ref] ?? '';
    } else out += c;
  }
  return out;
}

/** String.replaceAll / replaceFirst. */
export function javaReplace(subject: string, re: RegExp, replacement: string, all: boolean): string {
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  for (;;) {
    const m = re.exec(subject);
    if (!m) break;
    out += subject.slice(last, m.index) + javaReplacement(replacement, m);
    last = m.index + m[0].length;
    if (!all) break;
    if (m[0].length === 0) {
      // Java moves on one character after an empty match (and copies it)
      if (re.lastIndex >= subject.length + 1) break;
      if (m.index >= subject.length) break;
      const cp = subject.codePointAt(m.index) as number;
      const step = cp > 0xffff ? 2 : 1;
      out += subject.slice(m.index, m.index + step);
      last = m.index + step;
      re.lastIndex = last;
    }
  }
  return out + subject.slice(last);
}

/** String.split(regex, limit) with Java 8+ rules (no leading empty string for a zero-width match at 0). */
export function javaSplit(subject: string, re: RegExp, limit: number): string[] {
  const list: string[] = [];
  let index = 0;
  const limited = limit > 0;
  re.lastIndex = 0;
  let found = false;
  for (;;) {
    const m = re.exec(subject);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    if (m[0].length === 0) re.lastIndex = start + ((subject.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
    if (!limited || list.length < limit - 1) {
      if (index === 0 && start === 0 && start === end) continue;
      found = true;
      list.push(subject.slice(index, start));
      index = end;
    } else break;
  }
  if (!found && index === 0) return [subject];
  if (!limited || list.length < limit) list.push(subject.slice(index));
  let size = list.length;
  if (limit === 0) while (size > 0 && list[size - 1] === '') size--;
  return list.slice(0, size);
}
