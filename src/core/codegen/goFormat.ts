/**
 * What gofmt does to the Go printer's layout: tabs for indentation and the alignment of keyed
 * elements (`Key:   value`) in multi-line composite literals. The printer lays the code out with
 * doc.ts (two spaces a level); this pass turns that into gofmt's output.
 *
 * The alignment rule is go/printer's `exprList` (Go 1.19–1.24): consecutive single-line keyed
 * elements share a column; an element spanning lines stands alone; and where a key is longer than
 * 40 columns, alignment breaks when its size and the geometric mean of the keys above differ by a
 * factor of 2.5 or more.
 */

/** Per line: whether the line starts inside a raw string literal (its text is the string's). */
function rawContinuationLines(text: string): boolean[] {
  const result: boolean[] = [false];
  let state: 'code' | 'string' | 'raw' | 'rune' | 'comment' = 'code';
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      if (state === 'comment' || state === 'string' || state === 'rune') state = 'code';
      result.push(state === 'raw');
      continue;
    }
    switch (state) {
      case 'code':
        if (char === '"') state = 'string';
        else if (char === '`') state = 'raw';
        else if (char === "'") state = 'rune';
        else if (char === '/' && text[i + 1] === '/') state = 'comment';
        break;
      case 'string':
      case 'rune':
        if (char === '\\') i++;
        else if ((char === '"' && state === 'string') || (char === "'" && state === 'rune')) state = 'code';
        break;
      case 'raw':
        if (char === '`') state = 'code';
        break;
      case 'comment':
        break;
    }
  }
  return result;
}

function leadingSpaces(line: string): number {
  let n = 0;
  while (n < line.length && line[n] === ' ') n++;
  return n;
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

/** Whether line `i` ends inside a raw string (the next line continues it). */
function endsInRawString(lines: string[], raw: boolean[], i: number): boolean {
  return i + 1 < lines.length && raw[i + 1];
}

/** Aligns the values of keyed elements in place (lines still indented with spaces). */
function align(lines: string[], raw: boolean[], unit: number): void {
  let statementIndentation = 0;
  for (let open = 0; open < lines.length; open++) {
    // A line that starts inside a raw string is indented as the line the string began on.
    if (!raw[open]) statementIndentation = leadingSpaces(lines[open]);
    if (!lines[open].endsWith('{') || endsInRawString(lines, raw, open)) continue;
    const depth = statementIndentation;
    const elements: Element[] = [];
    let i = open + 1;
    for (; i < lines.length; i++) {
      if (raw[i]) continue;
      const indentation = leadingSpaces(lines[i]);
      if (lines[i].length === 0) continue;
      if (indentation <= depth) break;
      if (indentation === depth + unit) {
        const match = KEY.exec(lines[i]);
        elements.push({ start: i, keySize: match ? match[2].length : 0, keyed: match !== null });
      }
    }
    // An element spanning lines: its next line is deeper, or inside a raw string.
    elements.forEach((element, k) => {
      const end = k + 1 < elements.length ? elements[k + 1].start : i;
      if (end - element.start > 1) element.keySize = 0;
    });
    for (const section of sections(elements)) {
      const width = Math.max(...section.map((e) => (e.keySize > 0 ? e.keySize : 0)));
      for (const element of section) {
        if (!element.keyed || element.keySize === 0 || section.length === 1) continue;
        const match = KEY.exec(lines[element.start]);
        if (!match) continue;
        const head = `${match[1]}${match[2]}:`;
        lines[element.start] =
          head + ' '.repeat(width - match[2].length + 1) + lines[element.start].slice(match[0].length);
      }
    }
  }
}

/** Turns two-space indentation into tabs and aligns keyed elements, as gofmt prints Go. */
export function gofmtLayout(text: string, unit = 2): string {
  const lines = text.split('\n');
  const raw = rawContinuationLines(text);
  align(lines, raw, unit);
  return lines
    .map((line, i) => {
      if (raw[i]) return line;
      const spaces = leadingSpaces(line);
      return '\t'.repeat(Math.floor(spaces / unit)) + ' '.repeat(spaces % unit) + line.slice(spaces);
    })
    .join('\n');
}
