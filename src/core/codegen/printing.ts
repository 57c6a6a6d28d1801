/**
 * What the language printers share: the constructor body's statements, lines, the call layouts
 * they have in common, and printing a document to text (with or without its links).
 */
import {
  buildDoc,
  cachedChunk,
  concat,
  deferred,
  group,
  hardline,
  join,
  link,
  render,
  withPositions,
  type ChunkCache,
  type CodeLink,
  type Doc,
} from './doc';
import type { Expr, Statement } from './ir';

export interface PrintedCode {
  code: string;
  /** Which design path produced which span of `code` (for field ↔ output linking). */
  links: CodeLink[];
}

/** One document a line. */
export function lines(docs: Doc[]): Doc {
  return join(hardline, docs);
}

/**
 * The stack's statements, a blank line between sections (functions, roles, the API, methods), each
 * built only when the layout reaches it (see `deferred`). With a `cache`, a statement's text is
 * laid out once per IR node and `variant` (what else `print` reads), and reused while the IR
 * reuses the node (see `cachedChunk`).
 */
export function statementLines(
  statements: Statement[],
  print: (statement: Statement) => Doc,
  cache?: ChunkCache,
  variant: (statement: Statement) => string = () => '',
): Doc[] {
  const body: Doc[] = [];
  statements.forEach((statement, i) => {
    if (i > 0 && statement.section !== statements[i - 1].section) body.push('');
    const build = () => print(statement);
    body.push(cache ? cachedChunk(cache, statement, variant(statement), build) : deferred(build));
  });
  return body;
}

/** An expression printer that links what it prints to the expression's design path. */
export interface LinkingPrinter {
  (expr: Expr): Doc;
  /**
   * A value whose path is that of what holds it (a field, map entry or statement): printed
   * without its own link, as the holder links the whole `key: value` once.
   */
  unlessSamePath(value: Expr, path: string | undefined): Doc;
}

/** The linking printer over `printBody`, which prints an expression itself (without its link). */
export function linkingPrinter(printBody: (expr: Expr) => Doc): LinkingPrinter {
  const print = (expr: Expr): Doc => link(expr.path, printBody(expr));
  print.unlessSamePath = (value: Expr, path: string | undefined): Doc =>
    value.path !== undefined && value.path === path ? printBody(value) : print(value);
  return print;
}

/** A literal with something in it (struct, map, list): what a call hugs as its last argument. */
export function isFilledLiteral(expr: Expr | undefined): boolean {
  return (
    (expr?.kind === 'struct' && expr.fields.length > 0) ||
    (expr?.kind === 'map' && expr.entries.length > 0) ||
    (expr?.kind === 'list' && expr.items.length > 0)
  );
}

/** `callee(a, b)` on one line. */
export function flatCall(callee: Doc, args: Doc[]): Doc {
  return concat(callee, '(', join(', ', args), ')');
}

/** `callee(a, {` … `})`: the arguments on the call's line, the last one broken (hugged). */
export function huggedCall(callee: Doc, args: Doc[]): Doc {
  return concat(
    callee,
    '(',
    ...args.slice(0, -1).flatMap((arg) => [arg, ', ']),
    group(args[args.length - 1], { broken: true }),
    ')',
  );
}

/** A document's text without links (what `files[…]` hold); `tabs`: gofmt's indentation. */
export function renderText(doc: Doc, width: number, tabs = false): string {
  return render(doc, width, { trackLinks: false, tabs }).text;
}

/** The text of the document `build` makes, built without link nodes. */
export function printText(build: () => Doc, width: number, tabs = false): string {
  return renderText(buildDoc(false, build), width, tabs);
}

/** A document's text with the spans each design path produced. */
export function printWithLinks(doc: Doc, width: number): PrintedCode {
  const rendered = render(doc, width);
  return { code: rendered.text, links: withPositions(rendered.text, rendered.links) };
}
