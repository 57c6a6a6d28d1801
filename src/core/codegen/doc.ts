/**
 * A small line-fitting layout engine for the code printers, in the style of Wadler's "prettier
 * printer" (the algorithm Prettier uses): a document of text, groups that print flat when they fit
 * the line and broken otherwise, indentation, and links that record which design path produced
 * which span of the output (for field ↔ output linking).
 *
 * Written here rather than taken from Prettier because Prettier's doc printer is not a public,
 * separately packaged API, and the whole of Prettier is far too big to run on every keystroke.
 */

export type Doc = string | DocNode;

/**
 * `hard`: contains a hard line break (a hardline or multi-line text), which breaks every group
 * around it. `breaks`: contains anything that prints a line break even in flat mode (hard, or a
 * group marked broken); a node without it has a fixed flat width.
 */
interface Flags {
  hard: boolean;
  breaks: boolean;
  /** Width printed flat (meaningful when `breaks` is false). */
  width: number;
}

type DocNode = Flags &
  (
    | { kind: 'concat'; parts: Doc[] }
    | { kind: 'indent'; contents: Doc }
    | { kind: 'group'; contents: Doc; broken: boolean }
    /** Prints the first state that fits (`states[0]` flat, then the others; the last broken). */
    | { kind: 'conditional'; states: Doc[] }
    /** A space (or nothing, when soft) in flat mode; a line break in break mode. */
    | { kind: 'line'; soft: boolean }
    | { kind: 'hardline' }
    | { kind: 'ifBreak'; broken: Doc; flat: Doc }
    | { kind: 'link'; path: string; contents: Doc }
  );

function hasHard(doc: Doc): boolean {
  return typeof doc !== 'string' && doc.hard;
}

function hasBreaks(doc: Doc): boolean {
  return typeof doc !== 'string' && doc.breaks;
}

function widthOf(doc: Doc): number {
  return typeof doc === 'string' ? doc.length : doc.width;
}

function sumWidths(docs: Doc[]): number {
  let width = 0;
  for (const doc of docs) width += widthOf(doc);
  return width;
}

/**
 * Text that spans lines (a template literal): it breaks every group around it, as a developer
 * would not squeeze other code onto the lines of a multi-line literal.
 */
export function multilineText(text: string): Doc {
  return { kind: 'concat', parts: [text], hard: true, breaks: true, width: text.length };
}

export function concat(...parts: Doc[]): Doc {
  return {
    kind: 'concat',
    parts,
    hard: parts.some(hasHard),
    breaks: parts.some(hasBreaks),
    width: sumWidths(parts),
  };
}

export function indent(contents: Doc): Doc {
  return {
    kind: 'indent',
    contents,
    hard: hasHard(contents),
    breaks: hasBreaks(contents),
    width: widthOf(contents),
  };
}

/** Flat if it fits, else broken. A group with a hard line inside is always broken. */
export function group(contents: Doc, options: { broken?: boolean } = {}): Doc {
  const hard = hasHard(contents);
  const broken = options.broken === true || hard;
  return {
    kind: 'group',
    contents,
    broken,
    hard,
    breaks: broken || hasBreaks(contents),
    width: widthOf(contents),
  };
}

export function conditionalGroup(states: Doc[]): Doc {
  return {
    kind: 'conditional',
    states,
    hard: states.every(hasHard),
    breaks: hasBreaks(states[0]),
    width: widthOf(states[0]),
  };
}

export const line: Doc = { kind: 'line', soft: false, hard: false, breaks: false, width: 1 };
export const softline: Doc = { kind: 'line', soft: true, hard: false, breaks: false, width: 0 };
export const hardline: Doc = { kind: 'hardline', hard: true, breaks: true, width: 0 };

export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return { kind: 'ifBreak', broken, flat, hard: false, breaks: hasBreaks(flat), width: widthOf(flat) };
}

/** Records the span `contents` prints to as produced by the design path `path`. */
export function link(path: string | undefined, contents: Doc): Doc {
  return path === undefined
    ? contents
    : {
        kind: 'link',
        path,
        contents,
        hard: hasHard(contents),
        breaks: hasBreaks(contents),
        width: widthOf(contents),
      };
}

export function join(separator: Doc, docs: Doc[]): Doc {
  const parts: Doc[] = [];
  docs.forEach((doc, i) => {
    if (i > 0) parts.push(separator);
    parts.push(doc);
  });
  return concat(...parts);
}

/** A span of printed text produced by a design path; offsets in UTF-16 code units. */
export interface TextLink {
  path: string;
  start: number;
  end: number;
}

export interface Rendered {
  text: string;
  links: TextLink[];
}

/** A marker on the render stack: the end of a link's span. */
interface LinkEnd {
  kind: 'linkEnd';
  span: TextLink;
}

/**
 * Whether the rest of the line fits in `width` columns: `doc` in its mode, then the commands
 * waiting on the render stack, up to the first line break.
 */
function fits(
  doc: Doc,
  broken: boolean,
  restDocs: Array<Doc | LinkEnd>,
  restBroken: boolean[],
  width: number,
): boolean {
  const docs: Doc[] = [doc];
  const modes: boolean[] = [broken];
  let restIndex = restDocs.length;
  let remaining = width;
  while (remaining >= 0) {
    let current: Doc | LinkEnd;
    let inBreak: boolean;
    if (docs.length > 0) {
      current = docs.pop() as Doc;
      inBreak = modes.pop() as boolean;
    } else if (restIndex > 0) {
      restIndex--;
      current = restDocs[restIndex];
      inBreak = restBroken[restIndex];
    } else {
      return true;
    }
    if (typeof current === 'string') {
      const newline = current.indexOf('\n');
      if (newline >= 0) return remaining - newline >= 0;
      remaining -= current.length;
      continue;
    }
    if (current.kind === 'linkEnd') continue;
    if (current.kind === 'line') {
      if (inBreak) return true; // a line in break mode ends the line
      remaining -= current.soft ? 0 : 1;
      continue;
    }
    if (!inBreak && !current.breaks) {
      remaining -= current.width;
      continue;
    }
    switch (current.kind) {
      case 'concat':
        for (let i = current.parts.length - 1; i >= 0; i--) {
          docs.push(current.parts[i]);
          modes.push(inBreak);
        }
        break;
      case 'indent':
      case 'link':
        docs.push(current.contents);
        modes.push(inBreak);
        break;
      case 'group':
        docs.push(current.contents);
        modes.push(current.broken || inBreak);
        break;
      case 'conditional':
        docs.push(inBreak ? current.states[current.states.length - 1] : current.states[0]);
        modes.push(inBreak);
        break;
      case 'hardline':
        return true;
      case 'ifBreak':
        docs.push(inBreak ? current.broken : current.flat);
        modes.push(inBreak);
        break;
    }
  }
  return false;
}

/** Lays the document out in `width` columns; `trackLinks: false` skips recording link spans. */
export function render(doc: Doc, width: number, options: { trackLinks?: boolean } = {}): Rendered {
  const trackLinks = options.trackLinks !== false;
  let out = '';
  const links: TextLink[] = [];
  let offset = 0;
  let column = 0;
  // Indentation is written with the next text, so blank lines carry no trailing spaces.
  let pendingIndent = -1;
  const write = (text: string): void => {
    if (text.length === 0) return;
    if (pendingIndent > 0) {
      out += ' '.repeat(pendingIndent);
      offset += pendingIndent;
    }
    pendingIndent = -1;
    out += text;
    offset += text.length;
    const newline = text.lastIndexOf('\n');
    column = newline >= 0 ? text.length - newline - 1 : column + text.length;
  };
  const newline = (indentation: number): void => {
    out += '\n';
    offset += 1;
    column = indentation;
    pendingIndent = indentation;
  };

  // The render stack, as parallel arrays: documents (or link ends), indentation, break mode.
  const docs: Array<Doc | LinkEnd> = [doc];
  const indents: number[] = [0];
  const modes: boolean[] = [true];
  const push = (next: Doc | LinkEnd, indentation: number, broken: boolean): void => {
    docs.push(next);
    indents.push(indentation);
    modes.push(broken);
  };
  while (docs.length > 0) {
    const current = docs.pop() as Doc | LinkEnd;
    const indentation = indents.pop() as number;
    const inBreak = modes.pop() as boolean;
    if (typeof current === 'string') {
      write(current);
      continue;
    }
    switch (current.kind) {
      case 'linkEnd':
        current.span.end = offset;
        break;
      case 'concat':
        for (let i = current.parts.length - 1; i >= 0; i--) push(current.parts[i], indentation, inBreak);
        break;
      case 'indent':
        push(current.contents, indentation + 2, inBreak);
        break;
      case 'group': {
        const flat =
          !current.broken && (!inBreak || fits(current.contents, false, docs, modes, width - column));
        push(current.contents, indentation, !flat);
        break;
      }
      case 'conditional': {
        if (!inBreak) {
          push(current.states[0], indentation, false);
          break;
        }
        if (!hasHard(current.states[0]) && fits(current.states[0], false, docs, modes, width - column)) {
          push(current.states[0], indentation, false);
          break;
        }
        // Like Prettier: the expanded states are tried in flat mode, where only their groups
        // marked broken break; the last state is the fallback, in break mode.
        const expanded = current.states
          .slice(1, -1)
          .find((state) => fits(state, false, docs, modes, width - column));
        if (expanded !== undefined) push(expanded, indentation, false);
        else push(current.states[current.states.length - 1], indentation, true);
        break;
      }
      case 'line':
        if (inBreak) newline(indentation);
        else write(current.soft ? '' : ' ');
        break;
      case 'hardline':
        newline(indentation);
        break;
      case 'ifBreak':
        push(inBreak ? current.broken : current.flat, indentation, inBreak);
        break;
      case 'link': {
        if (!trackLinks) {
          push(current.contents, indentation, inBreak);
          break;
        }
        const start = offset + Math.max(pendingIndent, 0);
        const span: TextLink = { path: current.path, start, end: start };
        links.push(span);
        push({ kind: 'linkEnd', span }, indentation, inBreak);
        push(current.contents, indentation, inBreak);
        break;
      }
    }
  }
  return { text: out, links };
}

/** A link with 1-based line and column positions, as editors (Monaco) address text. */
export interface CodeLink {
  /** JSON pointer into the design. */
  path: string;
  /** Offsets in UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Adds line/column positions to offset spans. */
export function withPositions(text: string, links: TextLink[]): CodeLink[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const position = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
  };
  return links.map((span) => {
    const start = position(span.start);
    const end = position(span.end);
    return { ...span, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  });
}
