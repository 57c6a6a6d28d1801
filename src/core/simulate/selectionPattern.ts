/**
 * selectionPattern is a java.util.regex pattern that must match the whole Lambda errorMessage
 * (Pattern.matches), with "." not matching line terminators. JavaScript's RegExp is close; this
 * translates the Java-only syntax people use in selection patterns and reports what it cannot.
 * Source: "Handle Lambda errors in API Gateway" and java.util.regex.Pattern's documentation.
 */

export type CompiledPattern = { regex: RegExp } | { error: string };

// Java's "." excludes \n, \r, \u0085, \u2028 and \u2029 unless DOTALL is on.
const JAVA_DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';

const POSIX_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
};

const HORIZONTAL_SPACE = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

interface Translation {
  source: string;
  flags: string;
}

/** Leading embedded flags such as (?i) or (?is); JavaScript takes them as RegExp flags. */
function leadingFlags(pattern: string): { rest: string; flags: string } | { error: string } {
  const match = /^\(\?([a-zA-Z]+)\)/.exec(pattern);
  if (!match) return { rest: pattern, flags: '' };
  let flags = '';
  for (const flag of match[1]) {
    if (flag === 'i' || flag === 's' || flag === 'm') flags += flags.includes(flag) ? '' : flag;
    else if (flag !== 'u' && flag !== 'd') return { error: `The embedded flag (?${flag}) is not supported` };
  }
  return { rest: pattern.slice(match[0].length), flags };
}

/** Translates one escape sequence starting at pattern[i] === '\\'; returns the text and its length. */
function translateEscape(pattern: string, i: number, inClass: boolean): [string, number] | { error: string } {
  const next = pattern[i + 1];
  if (next === undefined) return { error: 'The pattern ends with a lone backslash' };
  if (next === 'Q') {
    const end = pattern.indexOf('\\E', i + 2);
    const literal = pattern.slice(i + 2, end < 0 ? undefined : end);
    return [escapeLiteral(literal), (end < 0 ? pattern.length : end + 2) - i];
  }
  if (next === 'p' || next === 'P') {
    const match = /^\{(?:Is)?(\w+)\}/.exec(pattern.slice(i + 2));
    const range = match ? POSIX_CLASSES[match[1]] : undefined;
    if (!match || range === undefined)
      return { error: `The class \\${next}${match?.[0] ?? ''} is not supported` };
    const negate = next === 'P';
    if (inClass && negate) return { error: `\\P{${match[1]}} inside a character class is not supported` };
    return [inClass ? range : `[${negate ? '^' : ''}${range}]`, 2 + match[0].length];
  }
  if (next === 'h') return [inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`, 2];
  if (!inClass && next === 'A') return ['(?<![\\s\\S])', 2];
  if (!inClass && next === 'z') return ['(?![\\s\\S])', 2];
  if (!inClass && next === 'Z') return ['(?=[\\n\\r\\u0085\\u2028\\u2029]?(?![\\s\\S]))', 2];
  if (next === 'G' || next === 'R' || next === 'X') return { error: `\\${next} is not supported` };
  return [pattern.slice(i, i + 2), 2];
}

/** Translates the pattern body (after leading flags); handles classes, escapes, dots and possessives. */
function translateBody(pattern: string, dotAll: boolean): string | { error: string } {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length;) {
    const char = pattern[i];
    if (char === '\\') {
      const escape = translateEscape(pattern, i, inClass);
      if ('error' in escape) return escape;
      out += escape[0];
      i += escape[1];
      continue;
    }
    if (inClass) {
      if (char === '[' || pattern.startsWith('&&', i)) {
        return { error: 'Java character class unions and intersections ([a-z&&[^e]]) are not supported' };
      }
      if (char === ']') inClass = false;
      out += char;
      i += 1;
      continue;
    }
    if (char === '[') {
      inClass = true;
      out += char;
      // A "]" right after "[" or "[^" is a literal in Java.
      const start = pattern[i + 1] === '^' ? 2 : 1;
      if (pattern[i + start] === ']') {
        out += pattern.slice(i + 1, i + start) + '\\]';
        i += start + 1;
        continue;
      }
      i += 1;
      continue;
    }
    if (pattern.startsWith('(?>', i)) {
      // Atomic group: JavaScript has none; a plain group matches the same strings in nearly every case.
      out += '(?:';
      i += 3;
      continue;
    }
    if (char === '.') {
      out += dotAll ? '[\\s\\S]' : JAVA_DOT;
      i += 1;
      continue;
    }
    out += char;
    i += 1;
    // Possessive quantifiers (*+, ++, ?+, {n,m}+) become greedy ones.
    if ((char === '*' || char === '+' || char === '?' || char === '}') && pattern[i] === '+') i += 1;
  }
  return out;
}

function translate(pattern: string): Translation | { error: string } {
  const lead = leadingFlags(pattern);
  if ('error' in lead) return lead;
  const body = translateBody(lead.rest, lead.flags.includes('s'));
  if (typeof body !== 'string') return body;
  return { source: body, flags: lead.flags.replace('s', '') };
}

/** Compiles a Java selection pattern into a RegExp that only succeeds on a whole-string match. */
export function compileSelectionPattern(pattern: string): CompiledPattern {
  const translated = translate(pattern);
  if ('error' in translated) return translated;
  try {
    // Sticky from index 0 plus "nothing follows" is Pattern.matches(), whatever the m flag does to ^ and $.
    return { regex: new RegExp(`(?:${translated.source})(?![\\s\\S])`, `${translated.flags}y`) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function fullMatch(compiled: { regex: RegExp }, input: string): boolean {
  compiled.regex.lastIndex = 0;
  return compiled.regex.test(input);
}
