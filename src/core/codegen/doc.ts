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

type DocNode =
  | { kind: 'concat'; parts: Doc[]; hard: boolean }
  | { kind: 'indent'; contents: Doc; hard: boolean }
  | { kind: 'group'; contents: Doc; broken: boolean; hard: boolean }
  /** Prints the first state that fits (`states[0]` flat, then each state in break mode). */
  | { kind: 'conditional'; states: Doc[]; hard: boolean }
  /** A space (or nothing, when soft) in flat mode; a line break in break mode. */
  | { kind: 'line'; soft: boolean; hard: false }
  | { kind: 'hardline'; hard: true }
  | { kind: 'ifBreak'; broken: Doc; flat: Doc; hard: boolean }
  | { kind: 'link'; path: string; contents: Doc; hard: boolean };

function hasHard(doc: Doc): boolean {
  return typeof doc !== 'string' && doc.hard;
}

/**
 * Text that spans lines (a template literal): it breaks every group around it, as a developer
 * would not squeeze other code onto the lines of a multi-line literal.
 */
export function multilineText(text: string): Doc {
  return { kind: 'concat', parts: [text], hard: true };
}

export function concat(...parts: Doc[]): Doc {
  return { kind: 'concat', parts, hard: parts.some(hasHard) };
}

export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents, hard: hasHard(contents) };
}

/** Flat if it fits, else broken. A group with a hard line inside is always broken. */
export function group(contents: Doc, options: { broken?: boolean } = {}): Doc {
  const hard = hasHard(contents);
  return { kind: 'group', contents, broken: options.broken === true || hard, hard };
}

export function conditionalGroup(states: Doc[]): Doc {
  return { kind: 'conditional', states, hard: states.every(hasHard) };
}

export const line: Doc = { kind: 'line', soft: false, hard: false };
export const softline: Doc = { kind: 'line', soft: true, hard: false };
export const hardline: Doc = { kind: 'hardline', hard: true };

export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return { kind: 'ifBreak', broken, flat, hard: false };
}

/** Records the span `contents` prints to as produced by the design path `path`. */
export function link(path: string | undefined, contents: Doc): Doc {
  return path === undefined ? contents : { kind: 'link', path, contents, hard: hasHard(contents) };
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

type Mode = 'flat' | 'break';
type Command = { indent: number; mode: Mode; doc: Doc } | { linkEnd: TextLink };

/** Whether the rest of the line (from `next`, then `rest`) fits in `width` columns. */
function fits(next: Command, rest: Command[], width: number): boolean {
  const stack: Command[] = [next];
  let restIndex = rest.length;
  let remaining = width;
  while (remaining >= 0) {
    const command = stack.pop() ?? (restIndex > 0 ? rest[--restIndex] : undefined);
    if (command === undefined) return true;
    if ('linkEnd' in command) continue;
    const { mode, doc } = command;
    if (typeof doc === 'string') {
      const newline = doc.indexOf('\n');
      if (newline >= 0) return remaining - newline >= 0;
      remaining -= doc.length;
      continue;
    }
    switch (doc.kind) {
      case 'concat':
        for (let i = doc.parts.length - 1; i >= 0; i--) stack.push({ ...command, doc: doc.parts[i] });
        break;
      case 'indent':
      case 'link':
        stack.push({ ...command, doc: doc.contents });
        break;
      case 'group':
        stack.push({ ...command, mode: doc.broken ? 'break' : mode, doc: doc.contents });
        break;
      case 'conditional':
        stack.push({ ...command, doc: mode === 'break' ? doc.states[doc.states.length - 1] : doc.states[0] });
        break;
      case 'line':
        if (mode === 'break') return true;
        remaining -= doc.soft ? 0 : 1;
        break;
      case 'hardline':
        return true;
      case 'ifBreak':
        stack.push({ ...command, doc: mode === 'break' ? doc.broken : doc.flat });
        break;
    }
  }
  return false;
}

/** Lays the document out in `width` columns. */
export function render(doc: Doc, width: number): Rendered {
  const out: string[] = [];
  const links: TextLink[] = [];
  let offset = 0;
  let column = 0;
  const write = (text: string): void => {
    if (text.length === 0) return;
    out.push(text);
    offset += text.length;
    const newline = text.lastIndexOf('\n');
    column = newline >= 0 ? text.length - newline - 1 : column + text.length;
  };
  const newline = (indentation: number): void => {
    // No trailing whitespace: drop spaces written just before the break.
    while (out.length > 0 && / +$/.test(out[out.length - 1])) {
      const last = out.pop() as string;
      const trimmed = last.replace(/ +$/, '');
      offset -= last.length - trimmed.length;
      if (trimmed.length > 0) {
        out.push(trimmed);
        break;
      }
    }
    for (let i = links.length - 1; i >= 0 && links[i].start > offset; i--) links[i].start = offset;
    write('\n' + ' '.repeat(indentation));
  };

  const commands: Command[] = [{ indent: 0, mode: 'break', doc }];
  while (commands.length > 0) {
    const command = commands.pop() as Command;
    if ('linkEnd' in command) {
      command.linkEnd.end = offset;
      continue;
    }
    const { indent: indentation, mode, doc: current } = command;
    if (typeof current === 'string') {
      write(current);
      continue;
    }
    switch (current.kind) {
      case 'concat':
        for (let i = current.parts.length - 1; i >= 0; i--) {
          commands.push({ indent: indentation, mode, doc: current.parts[i] });
        }
        break;
      case 'indent':
        commands.push({ indent: indentation + 2, mode, doc: current.contents });
        break;
      case 'group': {
        const flat: Command = { indent: indentation, mode: 'flat', doc: current.contents };
        const useFlat = !current.broken && (mode === 'flat' || fits(flat, commands, width - column));
        commands.push(useFlat ? flat : { indent: indentation, mode: 'break', doc: current.contents });
        break;
      }
      case 'conditional': {
        if (mode === 'flat') {
          commands.push({ indent: indentation, mode: 'flat', doc: current.states[0] });
          break;
        }
        const flat: Command = { indent: indentation, mode: 'flat', doc: current.states[0] };
        if (!hasHard(current.states[0]) && fits(flat, commands, width - column)) {
          commands.push(flat);
          break;
        }
        // Like Prettier: the expanded states are tried in flat mode, where only their groups
        // marked broken break; the last state is the fallback, in break mode.
        const expanded = current.states
          .slice(1, -1)
          .map((state): Command => ({ indent: indentation, mode: 'flat', doc: state }))
          .find((state) => fits(state, commands, width - column));
        const last = current.states[current.states.length - 1];
        commands.push(expanded ?? { indent: indentation, mode: 'break', doc: last });
        break;
      }
      case 'line':
        if (mode === 'flat') write(current.soft ? '' : ' ');
        else newline(indentation);
        break;
      case 'hardline':
        newline(indentation);
        break;
      case 'ifBreak':
        commands.push({ indent: indentation, mode, doc: mode === 'break' ? current.broken : current.flat });
        break;
      case 'link': {
        const span: TextLink = { path: current.path, start: offset, end: offset };
        links.push(span);
        commands.push({ linkEnd: span });
        commands.push({ indent: indentation, mode, doc: current.contents });
        break;
      }
    }
  }
  return { text: out.join(''), links };
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
