/**
 * What gofmt does to the Go printer's layout beyond tab indentation (which doc.ts writes itself,
 * `render(…, { tabs: true })`, a tab per level of two columns): the alignment of keyed elements
 * (`Key:   value`) in multi-line composite literals.
 *
 * The alignment rule is go/printer's `exprList` (Go 1.19–1.24): consecutive single-line keyed
 * elements share a column; an element spanning lines stands alone; and where a key is longer than
 * 40 columns, alignment breaks when its size and the geometric mean of the keys above differ by a
 * factor of 2.5 or more.
 *
 * One pass over the lines with a stack of the open literals (the Go output of a 50-method design
 * has ~13k lines, formatted on every keystroke).
 */

/** What ends a stretch of code, an interpreted string or rune, or a comment: the next of these. */
const CODE_STOP = /["`'\n]|\/\//g;
const STRING_STOP = /[\\"\n]/g;
const RUNE_STOP = /[\\'\n]/g;

/**
 * Per line: whether the line starts inside a raw string literal (its text is the string's). A small
 * Go lexer (interpreted strings, runes, raw strings, line comments) that jumps from one character
 * that matters to the next.
 */
function rawContinuationLines(text: string): boolean[] {
  const result: boolean[] = [false];
  let i = 0;
  while (i < text.length) {
    CODE_STOP.lastIndex = i;
    const stop = CODE_STOP.exec(text);
    if (stop === null) break;
    i = stop.index;
    const char = stop[0];
    if (char === '\n') {
      result.push(false);
      i++;
    } else if (char === '`') {
      // A raw string: every line break inside it starts a continuation line.
      const close = text.indexOf('`', i + 1);
      const end = close < 0 ? text.length : close;
      for (let nl = text.indexOf('\n', i + 1); nl >= 0 && nl < end; nl = text.indexOf('\n', nl + 1)) {
        result.push(true);
      }
      i = end + 1;
    } else if (char === '//') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl; // the line break itself is read as code
    } else {
      // An interpreted string or a rune: ends at its quote or at the end of the line.
      const quoteStop = char === '"' ? STRING_STOP : RUNE_STOP;
      i++;
      for (;;) {
        quoteStop.lastIndex = i;
        const next = quoteStop.exec(text);
        if (next === null) {
          i = text.length;
          break;
        }
        if (next[0] === '\\') {
          i = next.index + 2; // the escaped character, whatever it is (a line break too)
          continue;
        }
        i = next[0] === '\n' ? next.index : next.index + 1;
        break;
      }
    }
  }
  return result;
}

/** The columns a line is indented by: a tab is `unit` columns (one level), a space one. */
function indentColumns(line: string, unit: number): number {
  let columns = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 0x09) columns += unit;
    else if (code === 0x20) columns += 1;
    else break;
  }
  return columns;
}

/** A keyed element's key at the start of a line: an identifier or an interpreted string. */
const KEY = /^(\s*)([A-Za-z_][A-Za-z0-9_]*|"(?:[^"\\]|\\.)*"): /;

interface Element {
  start: number;
  /** Single-line elements only: the key's width (0: unkeyed, or the element spans lines). */
  keySize: number;
  keyed: boolean;
}

/** go/printer `exprList`: where alignment sections start, for the elements of one literal. */
function sections(elements: Element[]): Element[][] {
  const result: Element[][] = [];
  let current: Element[] = [];
  let lnsum = 0;
  let count = 0;
  let size = 0;
  elements.forEach((element, i) => {
    const prevSize = size;
    size = element.keySize;
    let formfeed = true;
    if (prevSize > 0 && size > 0) {
      const smallSize = 40;
      if (count === 0 || (prevSize <= smallSize && size <= smallSize)) {
        formfeed = false;
      } else {
        const ratio = size / Math.exp(lnsum / count);
        formfeed = 2.5 * ratio <= 1 || 2.5 <= ratio;
      }
    }
    if (i > 0 && formfeed) {
      result.push(current);
      current = [];
      lnsum = 0;
      count = 0;
    }
    current.push(element);
    if (size > 0) {
      lnsum += Math.log(size);
      count++;
    }
  });
  if (current.length > 0) result.push(current);
  return result;
}

/** A composite literal whose `{` ends line `open`; its elements are the lines one unit deeper. */
interface OpenLiteral {
  /** The indentation of the statement the literal is in. */
  depth: number;
  elements: Element[];
}

/** Aligns the keys of one literal's single-line keyed elements; `end`: the line that closes it. */
function alignLiteral(lines: string[], literal: OpenLiteral, end: number): boolean {
  const { elements } = literal;
  if (elements.length < 2) return false;
  let changed = false;
  // An element spanning lines: its next line is deeper, or inside a raw string.
  elements.forEach((element, k) => {
    const next = k + 1 < elements.length ? elements[k + 1].start : end;
    if (next - element.start > 1) element.keySize = 0;
  });
  for (const section of sections(elements)) {
    if (section.length === 1) continue;
    let width = 0;
    for (const element of section) width = Math.max(width, element.keySize);
    for (const element of section) {
      if (!element.keyed || element.keySize === 0) continue;
      const match = KEY.exec(lines[element.start]);
      if (!match) continue;
      if (match[2].length === width) continue; // already one space after the colon
      lines[element.start] =
        `${match[1]}${match[2]}:` +
        ' '.repeat(width - match[2].length + 1) +
        lines[element.start].slice(match[0].length);
      changed = true;
    }
  }
  return changed;
}

/**
 * Aligns the values of keyed elements in place; returns whether any line changed. A literal
 * opens on a line ending in `{` (outside a raw string) and holds the lines below it that are
 * deeper than its statement; its elements are those exactly `unit` deeper. Literals nest with
 * strictly growing depth, so a stack finds every literal's elements and end in one pass.
 */
function align(lines: string[], raw: boolean[], indents: number[], unit: number): boolean {
  const open: OpenLiteral[] = [];
  let changed = false;
  let statementIndentation = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (!raw[i] && text.length > 0) {
      const indentation = indents[i];
      // Every literal this line is not deeper than ends here.
      while (open.length > 0 && indentation <= open[open.length - 1].depth) {
        if (alignLiteral(lines, open.pop() as OpenLiteral, i)) changed = true;
      }
      // An element of the literal one unit shallower (depths grow up the stack: one at most).
      for (let k = open.length - 1; k >= 0 && open[k].depth + unit >= indentation; k--) {
        if (open[k].depth + unit !== indentation) continue;
        const match = KEY.exec(text);
        open[k].elements.push({ start: i, keySize: match ? match[2].length : 0, keyed: match !== null });
        break;
      }
    }
    // A line that starts inside a raw string is indented as the line the string began on.
    if (!raw[i]) statementIndentation = indents[i];
    const endsInRawString = i + 1 < lines.length && raw[i + 1];
    if (text.endsWith('{') && !endsInRawString) open.push({ depth: statementIndentation, elements: [] });
  }
  while (open.length > 0) {
    if (alignLiteral(lines, open.pop() as OpenLiteral, lines.length)) changed = true;
  }
  return changed;
}

/** Aligns keyed elements as gofmt does, in Go code indented with tabs of `unit` columns. */
export function gofmtAlign(text: string, unit = 2): string {
  const lines = text.split('\n');
  const raw = rawContinuationLines(text);
  const indents = lines.map((line) => indentColumns(line, unit));
  return align(lines, raw, indents, unit) ? lines.join('\n') : text;
}
