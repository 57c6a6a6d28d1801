/**
 * A small line-fitting layout engine for the code printers, in the style of Wadler's "prettier
 * printer" (the algorithm Prettier uses): a document of text, groups that print flat when they fit
 * the line and broken otherwise, indentation, and links that record which design path produced
 * which span of the output (for field ↔ output linking).
 *
 * Written here rather than taken from Prettier because Prettier's doc printer is not a public,
 * separately packaged API, and the whole of Prettier is far too big to run on every keystroke.
 *
 * Built for speed (the printers run on every keystroke, and a 50-method design prints ~10k lines):
 * every node is one class with the same fields, so the layout loops see one object shape; concat
 * merges adjacent strings and small nested concats; links are not built at all when the caller
 * does not want them (`buildDoc(false, …)`); the render stacks are preallocated and reused.
 */

import { remembered } from '../memo';

const CONCAT = 0;
const INDENT = 1;
const GROUP = 2;
/** Prints the first state that fits (`states[0]` flat, then the others; the last broken). */
const CONDITIONAL = 3;
/** A space (or nothing, when soft) in flat mode; a line break in break mode. */
const LINE = 4;
const HARDLINE = 5;
const IF_BREAK = 6;
const LINK = 7;
/** Text that spans lines: prints as it is, and breaks every group around it. */
const TEXT = 8;
/** A marker on the render stack: the end of the innermost open link's span. */
const LINK_END = 9;
/** A document built when the layout reaches it (see `deferred`). */
const DEFERRED = 10;

/**
 * One document node. `hard`: contains a hard line break (a hardline or multi-line text), which
 * breaks every group around it. `breaks`: contains anything that prints a line break even in flat
 * mode (hard, or a group marked broken); a node without it has a fixed flat `width`.
 */
class DocNode {
  /** DEFERRED: builds the document; the built document when fits() had to look into it. */
  build: (() => Doc) | null = null;
  built: Doc | null = null;
  /** DEFERRED chunk (see `cachedChunk`): where its text is remembered (one field: nodes stay small). */
  chunk: ChunkSpec | null = null;

  constructor(
    readonly kind: number,
    readonly hard: boolean,
    readonly breaks: boolean,
    /** Width printed flat (meaningful when `breaks` is false). */
    readonly width: number,
    /** CONCAT: the parts; CONDITIONAL: the states. */
    readonly parts: Doc[] | null,
    /** INDENT, GROUP, LINK: the contents; IF_BREAK: what prints broken; TEXT: the text. */
    readonly contents: Doc,
    /** IF_BREAK: what prints flat. */
    readonly flat: Doc,
    /** INDENT: columns; GROUP: 1 when marked broken; LINE: 1 when soft. */
    readonly amount: number,
    /** LINK: the design path. */
    readonly path: string,
  ) {}
}

export type Doc = string | DocNode;

function hasHard(doc: Doc): boolean {
  return typeof doc !== 'string' && doc.hard;
}

function hasBreaks(doc: Doc): boolean {
  return typeof doc !== 'string' && doc.breaks;
}

function widthOf(doc: Doc): number {
  return typeof doc === 'string' ? doc.length : doc.width;
}

/**
 * Text that spans lines (a template literal): it breaks every group around it, as a developer
 * would not squeeze other code onto the lines of a multi-line literal.
 */
export function multilineText(text: string): Doc {
  return new DocNode(TEXT, true, true, text.length, null, text, '', 0, '');
}

/** Nested concats up to this many parts are spliced into their parent (fewer nodes to walk). */
const SPLICE_LIMIT = 16;

function isSpliced(doc: Doc): boolean {
  return typeof doc !== 'string' && doc.kind === CONCAT && (doc.parts as Doc[]).length <= SPLICE_LIMIT;
}

/** `parts` with adjacent strings merged, empty strings dropped and small concats spliced in. */
function normalized(parts: Doc[]): Doc[] {
  const flat: Doc[] = [];
  let pending = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      pending += part;
    } else if (isSpliced(part)) {
      for (const inner of part.parts as Doc[]) {
        if (typeof inner === 'string') {
          pending += inner;
        } else {
          if (pending.length > 0) flat.push(pending);
          pending = '';
          flat.push(inner);
        }
      }
    } else {
      if (pending.length > 0) flat.push(pending);
      pending = '';
      flat.push(part);
    }
  }
  if (pending.length > 0) flat.push(pending);
  return flat;
}

/** A concat of `parts` (which it may keep: callers pass a fresh array). */
function concatOf(parts: Doc[]): Doc {
  let hard = false;
  let breaks = false;
  let width = 0;
  // Most concats are already normal: then `parts` is kept as it is (no second array).
  let normal = true;
  let previousIsString = false;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (typeof part === 'string') {
      width += part.length;
      if (previousIsString || part.length === 0) normal = false;
      previousIsString = true;
    } else {
      hard ||= part.hard;
      breaks ||= part.breaks;
      width += part.width;
      if (isSpliced(part)) normal = false;
      previousIsString = false;
    }
  }
  const flat = normal ? parts : normalized(parts);
  if (flat.length === 0) return '';
  if (flat.length === 1) return flat[0];
  return new DocNode(CONCAT, hard, breaks, width, flat, '', '', 0, '');
}

export function concat(...parts: Doc[]): Doc {
  return concatOf(parts);
}

/** Indents the lines `contents` breaks onto by `columns` (two by default). */
export function indent(contents: Doc, columns = 2): Doc {
  if (typeof contents !== 'string' && contents.kind === INDENT) {
    return new DocNode(
      INDENT,
      contents.hard,
      contents.breaks,
      contents.width,
      null,
      contents.contents,
      '',
      contents.amount + columns,
      '',
    );
  }
  return new DocNode(
    INDENT,
    hasHard(contents),
    hasBreaks(contents),
    widthOf(contents),
    null,
    contents,
    '',
    columns,
    '',
  );
}

/** Flat if it fits, else broken. A group with a hard line inside is always broken. */
export function group(contents: Doc, options: { broken?: boolean } = {}): Doc {
  const hard = hasHard(contents);
  const broken = options.broken === true || hard;
  return new DocNode(
    GROUP,
    hard,
    broken || hasBreaks(contents),
    widthOf(contents),
    null,
    contents,
    '',
    broken ? 1 : 0,
    '',
  );
}

export function conditionalGroup(states: Doc[]): Doc {
  return new DocNode(
    CONDITIONAL,
    states.every(hasHard),
    hasBreaks(states[0]),
    widthOf(states[0]),
    states,
    '',
    '',
    0,
    '',
  );
}

export const line: Doc = new DocNode(LINE, false, false, 1, null, '', '', 0, '');
export const softline: Doc = new DocNode(LINE, false, false, 0, null, '', '', 1, '');
export const hardline: Doc = new DocNode(HARDLINE, true, true, 0, null, '', '', 0, '');
const LINK_END_MARK = new DocNode(LINK_END, false, false, 0, null, '', '', 0, '');

export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return new DocNode(IF_BREAK, false, hasBreaks(flat), widthOf(flat), null, broken, flat, 0, '');
}

/** Whether link() builds link nodes (see buildDoc). */
let buildingLinks = true;

/**
 * Builds a document with `build`; with `trackLinks: false`, link() returns its contents as they
 * are, so a document printed without links has no link nodes to build and walk.
 */
export function buildDoc<T>(trackLinks: boolean, build: () => T): T {
  const outer = buildingLinks;
  buildingLinks = trackLinks;
  try {
    return build();
  } finally {
    buildingLinks = outer;
  }
}

/** Records the span `contents` prints to as produced by the design path `path`. */
export function link(path: string | undefined, contents: Doc): Doc {
  if (path === undefined || !buildingLinks) return contents;
  return new DocNode(
    LINK,
    hasHard(contents),
    hasBreaks(contents),
    widthOf(contents),
    null,
    contents,
    '',
    0,
    path,
  );
}

/**
 * A document built only when the layout reaches it, and garbage as soon as it is printed: a
 * statement of a long block is laid out while the next is not built yet, so the garbage collector
 * never copies a whole program's document. For a statement of a block only (a hard line before and
 * after it): it counts as hard, which is what its surroundings already are.
 */
export function deferred(build: () => Doc): Doc {
  // `amount`: whether links are built, as where the node was made (it is built later).
  const node = new DocNode(DEFERRED, true, true, 0, null, '', '', buildingLinks ? 1 : 0, '');
  node.build = build;
  return node;
}

/** What a deferred node prints (built once if fits() needs it before render does). */
function force(node: DocNode): Doc {
  if (node.built !== null) return node.built;
  return buildDoc(node.amount === 1, node.build as () => Doc);
}

/**
 * The laid-out text of chunks (one printer's statements), remembered per key object: a statement
 * prints the same text wherever the same IR node is laid out at the same indentation, so on a
 * keystroke only the statements that changed are laid out again (the IR reuses the node of an
 * unchanged statement, see buildIr.ts). Entries live as long as their key object (a WeakMap).
 */
export class ChunkCache {
  private texts = new WeakMap<object, Map<string, LaidOutChunk>>();

  /**
   * `finish`: what the printer does to a chunk's text after layout (gofmt's alignment); it gets
   * the chunk with its first line indented and must keep that indentation.
   */
  constructor(readonly finish: (text: string) => string = (text) => text) {
    remembered(this);
  }

  clear(): void {
    this.texts = new WeakMap();
  }

  get(key: object, variant: string): LaidOutChunk | undefined {
    return this.texts.get(key)?.get(variant);
  }

  set(key: object, variant: string, chunk: LaidOutChunk): void {
    let variants = this.texts.get(key);
    if (variants === undefined) this.texts.set(key, (variants = new Map()));
    variants.set(variant, chunk);
  }
}

/** Where a cached chunk's text is remembered: its cache, key object and variant. */
interface ChunkSpec {
  cache: ChunkCache;
  key: object;
  variant: string;
}

/** A chunk's text (its first line indented) and the column the layout ended in. */
interface LaidOutChunk {
  text: string;
  column: number;
}

/**
 * A deferred chunk (a statement of a block: a hard line before and after it) whose text is laid
 * out once per `key` object, `variant` (what else the printer's output for it depends on) and
 * indentation, and taken from `cache` afterwards. Only for text without links: with links it is
 * an ordinary deferred document, laid out every time.
 */
export function cachedChunk(cache: ChunkCache, key: object, variant: string, build: () => Doc): Doc {
  const node = deferred(build);
  if (!buildingLinks && typeof node !== 'string') node.chunk = { cache, key, variant };
  return node;
}

export function join(separator: Doc, docs: Doc[]): Doc {
  const parts: Doc[] = [];
  for (let i = 0; i < docs.length; i++) {
    if (i > 0) parts.push(separator);
    parts.push(docs[i]);
  }
  return concatOf(parts);
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

// Scratch stacks of fits(), reused (grown, never shrunk): it runs for every group that may break.
const fitsDocs: Doc[] = [];
const fitsModes: boolean[] = [];

/**
 * Whether the rest of the line fits in `width` columns: `doc` in its mode, then the commands
 * waiting on the render stack (`restModes`: indentation × 2 + 1 when broken), up to the first
 * line break.
 */
function fits(doc: Doc, broken: boolean, restDocs: Doc[], restModes: number[], width: number): boolean {
  const docs = fitsDocs;
  const modes = fitsModes;
  docs[0] = doc;
  modes[0] = broken;
  let top = 1;
  let restIndex = restDocs.length;
  let remaining = width;
  while (remaining >= 0) {
    let current: Doc;
    let inBreak: boolean;
    if (top > 0) {
      top--;
      current = docs[top];
      inBreak = modes[top];
    } else if (restIndex > 0) {
      restIndex--;
      current = restDocs[restIndex];
      inBreak = (restModes[restIndex] & 1) === 1;
    } else {
      return true;
    }
    if (typeof current === 'string') {
      const newline = current.indexOf('\n');
      if (newline >= 0) return remaining - newline >= 0;
      remaining -= current.length;
      continue;
    }
    switch (current.kind) {
      case LINK_END:
        continue;
      case LINE:
        if (inBreak) return true; // a line in break mode ends the line
        remaining -= current.amount === 1 ? 0 : 1;
        continue;
      case TEXT: {
        const text = current.contents as string;
        const newline = text.indexOf('\n');
        if (newline >= 0) return remaining - newline >= 0;
        remaining -= text.length;
        continue;
      }
    }
    if (!inBreak && !current.breaks) {
      remaining -= current.width;
      continue;
    }
    switch (current.kind) {
      case CONCAT: {
        const parts = current.parts as Doc[];
        for (let i = parts.length - 1; i >= 0; i--) {
          docs[top] = parts[i];
          modes[top] = inBreak;
          top++;
        }
        break;
      }
      case INDENT:
      case LINK:
        docs[top] = current.contents;
        modes[top] = inBreak;
        top++;
        break;
      case GROUP:
        docs[top] = current.contents;
        modes[top] = current.amount === 1 || inBreak;
        top++;
        break;
      case CONDITIONAL: {
        const states = current.parts as Doc[];
        docs[top] = inBreak ? states[states.length - 1] : states[0];
        modes[top] = inBreak;
        top++;
        break;
      }
      case HARDLINE:
        return true;
      case IF_BREAK:
        docs[top] = inBreak ? current.contents : current.flat;
        modes[top] = inBreak;
        top++;
        break;
      case DEFERRED:
        current.built ??= force(current);
        docs[top] = current.built;
        modes[top] = inBreak;
        top++;
        break;
    }
  }
  return false;
}

/** Indentation strings by width, built once: spaces, or a tab per two columns (gofmt's layout). */
const spaceIndents: string[] = [''];
const tabIndents: string[] = [''];
function indentation(cache: string[], columns: number): string {
  while (cache.length <= columns) {
    const n = cache.length;
    cache.push(cache === tabIndents ? '\t'.repeat(n >> 1) + ' '.repeat(n & 1) : ' '.repeat(n));
  }
  return cache[columns];
}

/**
 * Lays the document out in `width` columns; `trackLinks: false` skips recording link spans;
 * `tabs: true` indents with a tab per two columns, as gofmt indents Go (a tab per level).
 */
export function render(
  doc: Doc,
  width: number,
  options: { trackLinks?: boolean; tabs?: boolean } = {},
): Rendered {
  const indents = options.tabs === true ? tabIndents : spaceIndents;
  const { text, links } = layout(doc, width, options.trackLinks !== false, indents, 0);
  return { text, links };
}

/**
 * A cached chunk's text at `columns` of indentation, laid out on first use: by itself, as it would
 * be in place (a hard line before and after it: nothing around it shares its lines, so what fits
 * is the same). Undefined when the chunk cannot stand alone (it ends at the start of a line).
 */
function chunkAt(node: DocNode, columns: number, width: number, indents: string[]): LaidOutChunk | undefined {
  const spec = node.chunk as ChunkSpec;
  const { cache, key } = spec;
  const variant = `${spec.variant}|${columns}|${width}|${indents === tabIndents ? 't' : 's'}`;
  const cached = cache.get(key, variant);
  if (cached !== undefined) return cached;
  const laidOut = layout(force(node), width, false, indents, columns);
  if (laidOut.pendingIndent !== -1) return undefined;
  const text = cache.finish(laidOut.text);
  // Kept for many keystrokes: made one flat string now (reading a character does that in V8),
  // rather than a rope of the layout's small pieces that every later join walks through.
  text.charCodeAt(0);
  const chunk = { text, column: laidOut.column };
  cache.set(key, variant, chunk);
  return chunk;
}

/**
 * The layout loop: from a line start indented by `columns` (in break mode), the indentation of
 * that first line still to write. Also says where it ended (column, and the indentation still
 * pending when it ended at a line start), which cached chunks need.
 */
function layout(
  doc: Doc,
  width: number,
  trackLinks: boolean,
  indents: string[],
  columns: number,
): Rendered & { column: number; pendingIndent: number } {
  let out = '';
  const links: TextLink[] = [];
  const openLinks: TextLink[] = [];
  let column = columns;
  // Indentation is written with the next text, so blank lines carry no trailing spaces.
  let pendingIndent = columns;

  // The render stack, as parallel arrays: documents (or link ends) and, per document, its
  // indentation × 2 plus 1 in break mode.
  const docs: Doc[] = [doc];
  const modes: number[] = [columns * 2 + 1];
  while (docs.length > 0) {
    let current = docs.pop() as Doc;
    const mode = modes.pop() as number;
    if (typeof current !== 'string' && current.kind === TEXT) current = current.contents as string;
    if (typeof current === 'string') {
      if (current.length === 0) continue;
      if (pendingIndent > 0) out += indentation(indents, pendingIndent);
      pendingIndent = -1;
      out += current;
      const newline = current.lastIndexOf('\n');
      column = newline >= 0 ? current.length - newline - 1 : column + current.length;
      continue;
    }
    const inBreak = (mode & 1) === 1;
    switch (current.kind) {
      case LINK_END:
        (openLinks.pop() as TextLink).end = out.length;
        break;
      case CONCAT: {
        const parts = current.parts as Doc[];
        for (let i = parts.length - 1; i >= 0; i--) {
          docs.push(parts[i]);
          modes.push(mode);
        }
        break;
      }
      case INDENT:
        docs.push(current.contents);
        modes.push(mode + current.amount * 2);
        break;
      case GROUP: {
        const flat =
          current.amount === 0 && (!inBreak || fits(current.contents, false, docs, modes, width - column));
        docs.push(current.contents);
        modes.push(flat ? mode & ~1 : mode | 1);
        break;
      }
      case CONDITIONAL: {
        const states = current.parts as Doc[];
        let chosen: Doc;
        let chosenBreak = false;
        if (!inBreak) {
          chosen = states[0];
        } else if (!hasHard(states[0]) && fits(states[0], false, docs, modes, width - column)) {
          chosen = states[0];
        } else {
          // Like Prettier: the expanded states are tried in flat mode, where only their groups
          // marked broken break; the last state is the fallback, in break mode.
          let expanded: Doc | undefined;
          for (let i = 1; i < states.length - 1; i++) {
            if (fits(states[i], false, docs, modes, width - column)) {
              expanded = states[i];
              break;
            }
          }
          if (expanded !== undefined) {
            chosen = expanded;
          } else {
            chosen = states[states.length - 1];
            chosenBreak = true;
          }
        }
        docs.push(chosen);
        modes.push(chosenBreak ? mode | 1 : mode & ~1);
        break;
      }
      case LINE:
        if (inBreak) {
          out += '\n';
          column = mode >> 1;
          pendingIndent = column;
        } else if (current.amount === 0) {
          if (pendingIndent > 0) out += indentation(indents, pendingIndent);
          pendingIndent = -1;
          out += ' ';
          column += 1;
        }
        break;
      case HARDLINE:
        out += '\n';
        column = mode >> 1;
        pendingIndent = column;
        break;
      case IF_BREAK:
        docs.push(inBreak ? current.contents : current.flat);
        modes.push(mode);
        break;
      case DEFERRED: {
        // A cached chunk at the start of its line: its text as laid out before (or now).
        const chunk =
          current.chunk !== null && !trackLinks && pendingIndent === mode >> 1
            ? chunkAt(current, pendingIndent, width, indents)
            : undefined;
        if (chunk === undefined) {
          docs.push(force(current));
          modes.push(mode);
        } else if (chunk.text.length > 0) {
          out += chunk.text;
          column = chunk.column;
          pendingIndent = -1;
        }
        break;
      }
      case LINK: {
        if (trackLinks) {
          const start = out.length + Math.max(pendingIndent, 0);
          const span: TextLink = { path: current.path, start, end: start };
          links.push(span);
          openLinks.push(span);
          docs.push(LINK_END_MARK);
          modes.push(mode);
        }
        docs.push(current.contents);
        modes.push(mode);
        break;
      }
    }
  }
  return { text: out, links, column, pendingIndent };
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
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
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
