/**
 * Velocity 1.7's grammar (productions and lookaheads as in its Parser.jjt) over our token manager, building
 * the AST the evaluator renders. Parse errors come back as positioned messages, never thrown.
 */
import type { BinaryOp, Expr, MacroDef, RefNode, RefPart, Stmt, Template } from './ast';
import { LexError, Lexer, S, T, tokenLiteral } from './lexer';
import type { Token } from './lexer';
import { JDouble, parseIntegerLiteral } from './numbers';

/** Binary operators by token, one map per precedence level, lowest first (|| && == < + *). */
const BINARY_LEVELS: ReadonlyArray<ReadonlyMap<number, BinaryOp>> = [
  new Map([[T.LOGICAL_OR, 'or']]),
  new Map([[T.LOGICAL_AND, 'and']]),
  new Map([
    [T.LOGICAL_EQUALS, 'eq'],
    [T.LOGICAL_NOT_EQUALS, 'ne'],
  ]),
  new Map([
    [T.LOGICAL_LT, 'lt'],
    [T.LOGICAL_GT, 'gt'],
    [T.LOGICAL_LE, 'le'],
    [T.LOGICAL_GE, 'ge'],
  ]),
  new Map([
    [T.PLUS, 'add'],
    [T.MINUS, 'sub'],
  ]),
  new Map([
    [T.MULTIPLY, 'mul'],
    [T.DIVIDE, 'div'],
    [T.MODULUS, 'mod'],
  ]),
];

export interface ParseProblem {
  message: string;
  start: number;
  end: number;
}

export interface ParseResult {
  template: Template | null;
  error: ParseProblem | null;
}

/** Velocity 1.7's built-in directives and whether each takes a block. */
const DIRECTIVES: Record<string, 'block' | 'line'> = {
  foreach: 'block',
  include: 'line',
  parse: 'line',
  macro: 'block',
  literal: 'block',
  evaluate: 'line',
  break: 'line',
  define: 'block',
  stop: 'line',
};

/** Deeper nesting than this is refused (no real template comes close; it keeps the stack safe). */
const MAX_NESTING = 150;

class ParseError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const TOKEN_NAMES: Record<number, string> = {
  [T.EOF]: 'end of template',
  [T.RPAREN]: '")"',
  [T.REFMOD2_RPAREN]: '")"',
  [T.LPAREN]: '"("',
  [T.END]: '#end',
  [T.ELSE_DIRECTIVE]: '#else',
  [T.ELSEIF_DIRECTIVE]: '#elseif',
  [T.EQUALS]: '"="',
  [T.RBRACKET]: '"]"',
  [T.INDEX_RBRACKET]: '"]"',
  [T.RCURLY]: '"}"',
  [T.RIGHT_CURLEY]: '"}"',
  [T.COLON]: '":"',
  [T.DOUBLEDOT]: '".."',
};

function describe(t: Token): string {
  if (t.kind === T.EOF) return 'the end of the template';
  const img = t.image.length > 20 ? t.image.slice(0, 20) + '…' : t.image;
  return JSON.stringify(img.replace(/\r?\n$/, ''));
}

/** One parse of one text (a template, or the inside of an interpolated string literal). */
class Parser {
  private readonly lexer: Lexer;
  private readonly buf: Token[] = [];
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly src: string,
    /** Offset of src within the whole template (for interpolated strings). */
    private readonly base: number,
    private readonly macros: Map<string, MacroDef>,
    /** Macro names defined so far (decides how `\#name` and `\\#name` escapes print). */
    private readonly macroNames: Set<string>,
  ) {
    this.lexer = new Lexer(src);
  }

  // ---------- token access ----------

  private la(k: number): Token {
    while (this.buf.length < this.pos + k) {
      try {
        this.buf.push(this.lexer.next());
      } catch (e) {
        if (e instanceof LexError)
          throw new ParseError(e.message, this.base + e.offset, this.base + e.offset + 1);
        throw e;
      }
    }
    return this.buf[this.pos + k - 1];
  }

  private kind(k = 1): number {
    return this.la(k).kind;
  }

  private consume(): Token {
    const t = this.la(1);
    this.pos++;
    return t;
  }

  private expect(kind: number, what?: string | (() => string)): Token {
    const t = this.la(1);
    if (t.kind !== kind)
      this.fail(t, (typeof what === 'function' ? what() : what) ?? TOKEN_NAMES[kind] ?? 'something else');
    this.pos++;
    return t;
  }

  private optional(kind: number): Token | null {
    if (this.kind() === kind) return this.consume();
    return null;
  }

  private fail(t: Token, expected: string): never {
    throw new ParseError(
      `Encountered ${describe(t)}; expected ${expected}`,
      this.base + t.start,
      this.base + Math.max(t.end, t.start + 1),
    );
  }

  private at(offset: number): number {
    return this.base + offset;
  }

  private enter(t: Token): void {
    if (++this.depth > MAX_NESTING)
      throw new ParseError(
        `Template nesting is deeper than ${MAX_NESTING} levels`,
        this.at(t.start),
        this.at(t.end),
      );
  }

  // ---------- statements ----------

  process(): Stmt[] {
    const body = this.statements();
    const t = this.la(1);
    if (t.kind !== T.EOF) {
      const what =
        t.kind === T.END
          ? 'an #end with no open #if, #foreach, #define or #macro'
          : t.kind === T.ELSE_DIRECTIVE || t.kind === T.ELSEIF_DIRECTIVE
            ? `${describe(t)} outside an #if`
            : describe(t);
      throw new ParseError(`Encountered ${what}`, this.at(t.start), this.at(Math.max(t.end, t.start + 1)));
    }
    return body;
  }

  private statements(): Stmt[] {
    const out: Stmt[] = [];
    for (;;) {
      const s = this.statement();
      if (s === undefined) return out;
      if (s === null) continue;
      // adjacent text renders as one piece
      const last = out[out.length - 1];
      if (s.t === 'text' && last !== undefined && last.t === 'text') {
        out[out.length - 1] = { t: 'text', text: last.text + s.text, start: last.start, end: s.end };
      } else out.push(s);
    }
  }

  /** One Statement(); undefined when the next token cannot start one, null for a statement that renders nothing. */
  private statement(): Stmt | null | undefined {
    const t = this.la(1);
    switch (t.kind) {
      case T.IF_DIRECTIVE:
        return this.ifStatement();
      case T.IDENTIFIER:
        return this.referenceStatement();
      case T.LCURLY:
        if (this.kind(2) === T.IDENTIFIER) return this.referenceStatement();
        return this.text(this.consume());
      case T.SINGLE_LINE_COMMENT_START: {
        this.consume();
        this.optional(T.SINGLE_LINE_COMMENT);
        return this.comment(t);
      }
      case T.MULTI_LINE_COMMENT:
      case T.FORMAL_COMMENT:
        this.consume();
        return this.comment(t);
      case T.TEXTBLOCK:
        this.consume();
        return { t: 'text', text: t.image.slice(3, -3), start: this.at(t.start), end: this.at(t.end) };
      case T.SET_DIRECTIVE:
        return this.setDirective();
      case T.ESCAPE_DIRECTIVE:
        this.consume();
        return {
          t: 'text',
          text: this.escapedDirective(t.image),
          start: this.at(t.start),
          end: this.at(t.end),
        };
      case T.DOUBLE_ESCAPE:
        return this.escape();
      case T.WORD:
      case T.BRACKETED_WORD:
        return this.directive();
      case T.TEXT:
      case T.DOT:
      case T.RPAREN:
      case T.LPAREN:
      case T.INTEGER_LITERAL:
      case T.FLOATING_POINT_LITERAL:
      case T.STRING_LITERAL:
      case T.ESCAPE:
      case T.RCURLY:
      case T.EMPTY_INDEX:
        return this.text(this.consume());
      default:
        return undefined;
    }
  }

  private text(t: Token): Stmt {
    return { t: 'text', text: tokenLiteral(t), start: this.at(t.start), end: this.at(t.end) };
  }

  /** ASTComment prints what the lexer glued before `##` / `#*` (e.g. the `$` of `$## note`). */
  private comment(t: Token): Stmt | null {
    const a = t.image.indexOf('##');
    const b = t.image.indexOf('#*');
    if (a < 0 && b < 0) return null;
    const text = t.image.slice(0, a < 0 ? b : a);
    return text === '' ? null : { t: 'text', text, start: this.at(t.start), end: this.at(t.end) };
  }

  private isDirectiveName(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(DIRECTIVES, name) || this.macroNames.has(name);
  }

  /** `\#if` prints `#if` for a known directive or macro; otherwise the backslash stays. */
  private escapedDirective(image: string): string {
    const last = image.lastIndexOf('\\');
    const directive = image.slice(last + 1);
    let tag = directive.slice(1);
    if (tag.startsWith('{')) tag = tag.slice(1, -1);
    const recognized =
      this.isDirectiveName(tag) ||
      tag === 'if' ||
      tag === 'end' ||
      tag === 'set' ||
      tag === 'else' ||
      tag === 'elseif';
    return recognized ? image.slice(0, Math.floor(last / 2)) + directive : image;
  }

  /** `\\` pairs: before a directive each pair prints one backslash, elsewhere two. */
  private escape(): Stmt {
    const first = this.la(1);
    let count = 0;
    let last = first;
    while (this.kind() === T.DOUBLE_ESCAPE) {
      last = this.consume();
      count++;
    }
    const next = this.la(1);
    let control =
      next.kind === T.IF_DIRECTIVE ||
      next.kind === T.ELSE_DIRECTIVE ||
      next.kind === T.ELSEIF_DIRECTIVE ||
      next.kind === T.END;
    if (!control && this.isDirectiveName(next.image.slice(1))) control = true;
    return {
      t: 'text',
      text: (control ? '\\' : '\\\\').repeat(count),
      start: this.at(first.start),
      end: this.at(last.end),
    };
  }

  private referenceStatement(): Stmt {
    const ref = this.reference();
    return { t: 'ref', ref, start: ref.start, end: ref.end };
  }

  private setDirective(): Stmt {
    const t = this.consume();
    this.enter(t);
    this.optional(T.WHITESPACE);
    if (this.kind() !== T.IDENTIFIER && this.kind() !== T.LCURLY)
      this.fail(this.la(1), 'a reference like $name');
    const left = this.reference();
    this.optional(T.WHITESPACE);
    this.expect(T.EQUALS);
    const value = this.expression();
    const close = this.expect(T.RPAREN);
    this.lexer.inSet = false;
    this.depth--;
    return { t: 'set', left, value, start: this.at(t.start), end: this.at(close.end) };
  }

  private ifStatement(): Stmt {
    const t = this.consume();
    this.enter(t);
    this.optional(T.WHITESPACE);
    this.expect(T.LPAREN);
    const branches: Array<{ cond: Expr; body: Stmt[] }> = [];
    const cond = this.expression();
    this.expect(T.RPAREN);
    branches.push({ cond, body: this.statements() });
    while (this.kind() === T.ELSEIF_DIRECTIVE) {
      this.consume();
      this.optional(T.WHITESPACE);
      this.expect(T.LPAREN);
      const c = this.expression();
      this.expect(T.RPAREN);
      branches.push({ cond: c, body: this.statements() });
    }
    let otherwise: Stmt[] | null = null;
    if (this.kind() === T.ELSE_DIRECTIVE) {
      this.consume();
      otherwise = this.statements();
    }
    const end = this.expect(T.END, () => `#end (for the #if at ${this.where(t)})`);
    this.depth--;
    return { t: 'if', branches, otherwise, start: this.at(t.start), end: this.at(end.end) };
  }

  private where(t: Token): string {
    const upTo = this.src.slice(0, t.start);
    const line = upTo.split('\n').length;
    return `line ${line}`;
  }

  private directive(): Stmt {
    const t = this.consume();
    const name = t.kind === T.BRACKETED_WORD ? t.image.slice(2, -1) : t.image.slice(1);
    const builtin = Object.prototype.hasOwnProperty.call(DIRECTIVES, name) ? DIRECTIVES[name] : undefined;
    const isMacroDef = name === 'macro';
    const isBlock = builtin === 'block' || (builtin === undefined && name.startsWith('@'));
    this.lexer.switchTo(S.DIRECTIVE);
    const startIdx = this.pos - 1;

    if (!this.lexer.isLeftParenthesis()) {
      if (isMacroDef)
        throw new ParseError(
          'A macro declaration requires at least a name argument',
          this.at(t.start),
          this.at(t.end),
        );
      this.lexer.stateStackPop();
      this.lexer.inDirective = false;
      return this.lineDirective(name, [], t, t, startIdx);
    }

    this.enter(t);
    this.optional(T.WHITESPACE);
    this.expect(T.LPAREN);
    const args: Expr[] = [];
    for (;;) {
      const k1 = this.kind();
      let go: boolean;
      if (k1 === T.WHITESPACE) {
        const k2 = this.kind(2);
        go = k2 === T.COMMA || startsDirectiveArg(k2);
      } else if (k1 === T.COMMA) {
        const k2 = this.kind(2);
        go = k2 === T.WHITESPACE || startsDirectiveArg(k2);
      } else go = startsDirectiveArg(k1);
      if (!go) break;
      this.optional(T.WHITESPACE);
      if (this.optional(T.COMMA)) this.optional(T.WHITESPACE);
      const arg = this.directiveArg();
      if (arg.t === 'word') {
        if (isMacroDef && args.length === 0) {
          // the macro name
        } else if (builtin !== undefined && !(name === 'foreach' && args.length === 1)) {
          throw new ParseError(`Invalid argument ${args.length} in directive #${name}`, arg.start, arg.end);
        }
      } else if (isMacroDef && args.length === 0) {
        throw new ParseError(
          'The first argument of #macro() must be the macro name, written without quotes',
          arg.start,
          arg.end,
        );
      }
      args.push(arg);
    }
    this.optional(T.WHITESPACE);
    const close = this.expect(T.RPAREN);

    if (!isBlock) {
      this.depth--;
      return this.lineDirective(name, args, t, close, startIdx);
    }

    if (isMacroDef) {
      // names must be known while the body is parsed (escapes of recursive calls)
      const macroName = args.length > 0 && args[0].t === 'word' ? args[0].name : '';
      if (macroName === '')
        throw new ParseError(
          'First argument to #macro() must be the macro name',
          this.at(t.start),
          this.at(close.end),
        );
      this.macroNames.add(macroName);
    }
    const body = this.statements();
    const end = this.expect(T.END, () => `#end (for the #${name} at ${this.where(t)})`);
    this.depth--;
    const range = { start: this.at(t.start), end: this.at(end.end) };
    const nameEnd = this.at(t.end);
    switch (name) {
      case 'foreach':
        return { t: 'foreach', args, body, nameEnd, ...range };
      case 'define':
        // Define.init: exactly one argument, the block's name
        if (args.length !== 1)
          throw new ParseError(
            '#define() takes exactly one argument, the block name: #define($name)',
            range.start,
            nameEnd,
          );
        return { t: 'define', args, body, nameEnd, ...range };
      case 'literal':
        return { t: 'literal', text: this.src.slice(close.end, end.start), ...range };
      case 'macro': {
        const macroName = (args[0] as { name: string }).name;
        const params = args
          .slice(1)
          .map((a) => (a.t === 'ref' ? a.ref.root : a.literal.replace(/^\$!?\{?/, '')));
        if (!this.macros.has(macroName)) this.macros.set(macroName, { name: macroName, params, body, range });
        return { t: 'macro', args, body, nameEnd, ...range };
      }
      default:
        return {
          t: 'call',
          name,
          args,
          literal: this.literalOf(startIdx, this.pos - 1),
          body,
          nameEnd,
          ...range,
        };
    }
  }

  private lineDirective(name: string, args: Expr[], first: Token, last: Token, startIdx: number): Stmt {
    const range = { start: this.at(first.start), end: this.at(last.end) };
    const nameEnd = this.at(first.end);
    switch (name) {
      case 'break':
        return { t: 'break', args, ...range };
      case 'stop':
        return { t: 'stop', ...range };
      case 'evaluate':
        // Evaluate.init: exactly one argument, a string literal or a reference
        if (args.length !== 1 || !(args[0].t === 'str' || args[0].t === 'istr' || args[0].t === 'ref'))
          throw new ParseError(
            '#evaluate() takes exactly one argument, a string literal or a reference',
            range.start,
            range.end,
          );
        return { t: 'evaluate', args, nameEnd, ...range };
      case 'include':
      case 'parse':
        return { t: 'include', name, args, nameEnd, ...range };
      default:
        if (DIRECTIVES[name] === 'block') {
          // a block directive written without parentheses renders nothing and takes no block
          return { t: 'call', name: `\u0000${name}`, args, literal: '', body: null, nameEnd, ...range };
        }
        return {
          t: 'call',
          name,
          args,
          literal: this.literalOf(startIdx, this.pos - 1),
          body: null,
          nameEnd,
          ...range,
        };
    }
  }

  /** A directive's own text (RuntimeMacro prints it when no macro has the name): token images, no specials. */
  private literalOf(fromIdx: number, toIdx: number): string {
    let s = '';
    for (let i = fromIdx; i <= toIdx; i++) s += this.buf[i].image;
    return s;
  }

  private directiveArg(): Expr {
    const t = this.la(1);
    if (t.kind === T.WORD) {
      this.consume();
      return { t: 'word', name: t.image, literal: t.image, start: this.at(t.start), end: this.at(t.end) };
    }
    return this.valueExpr(t.kind) ?? this.fail(t, 'a directive argument');
  }

  // ---------- references ----------

  private refExpr(): Expr {
    const ref = this.reference();
    return { t: 'ref', ref, literal: ref.literal, start: ref.start, end: ref.end };
  }

  /** Reference(): `$a`, `${a}`, `$a.b`, `$a.b(…)`, `$a[i]`, and the odd forms the lexer produces. */
  private reference(): RefNode {
    const first = this.consume();
    this.enter(first);
    const firstIdx = this.pos - 1;
    const formal = first.kind === T.LCURLY;
    const rootTok = formal ? this.expect(T.IDENTIFIER, 'a name') : first;
    const parts: RefPart[] = [];
    this.indexes(parts);
    while (this.kind() === T.DOT && this.kind(2) === T.IDENTIFIER) {
      const dot = this.consume();
      const id = this.consume();
      if (this.kind() === T.LPAREN && this.isMethodAhead()) {
        this.consume();
        const args: Expr[] = [];
        if (this.kind() !== T.REFMOD2_RPAREN) {
          args.push(this.parameter());
          while (this.optional(T.COMMA)) args.push(this.parameter());
        }
        const close = this.expect(T.REFMOD2_RPAREN);
        parts.push({ t: 'method', name: id.image, args, start: this.at(dot.start), end: this.at(close.end) });
      } else {
        parts.push({ t: 'prop', name: id.image, start: this.at(dot.start), end: this.at(id.end) });
      }
      this.indexes(parts);
    }
    if (formal) this.expect(T.RCURLY);
    const lastIdx = this.pos - 1;
    this.depth--;
    return this.makeRef(first, rootTok, parts, firstIdx, lastIdx);
  }

  /** LOOKAHEAD(3) Method(): IDENTIFIER LPAREN then a parameter or `)`. */
  private isMethodAhead(): boolean {
    const k = this.kind(2);
    return k === T.REFMOD2_RPAREN || startsParameter(k);
  }

  private indexes(parts: RefPart[]): void {
    while (this.kind() === T.INDEX_LBRACKET) {
      const open = this.consume();
      this.optional(T.WHITESPACE);
      const t = this.la(1);
      let arg: Expr;
      switch (t.kind) {
        case T.STRING_LITERAL:
          arg = this.stringLiteral();
          break;
        case T.INTEGER_LITERAL:
          arg = this.integerLiteral();
          break;
        case T.TRUE:
        case T.FALSE:
          arg = this.boolLiteral();
          break;
        case T.IDENTIFIER:
        case T.LCURLY:
          arg = this.refExpr();
          break;
        default:
          this.fail(t, 'an index: a number, a string or a reference');
      }
      this.optional(T.WHITESPACE);
      const close = this.expect(T.INDEX_RBRACKET);
      parts.push({ t: 'index', arg, start: this.at(open.start), end: this.at(close.end) });
    }
  }

  /** ASTReference.getRoot(): escapes, glued prefixes, quiet/formal/runt, the literal. */
  private makeRef(
    first: Token,
    rootTok: Token,
    parts: RefPart[],
    firstIdx: number,
    lastIdx: number,
  ): RefNode {
    let image = first.image;
    const range = { start: this.at(first.start), end: this.at(this.buf[lastIdx].end) };
    const literalWith = (img: string): string => {
      let s = '';
      let plain = img === first.image;
      for (let i = firstIdx; i <= lastIdx && plain; i++) if (this.buf[i].specials !== null) plain = false;
      // the common case: the reference as written in the source
      if (plain) return this.src.slice(first.start, this.buf[lastIdx].end);
      for (let i = firstIdx; i <= lastIdx; i++) {
        const tok = this.buf[i];
        s += i === firstIdx ? tokenLiteral({ ...tok, image: img }) : tokenLiteral(tok);
      }
      return s;
    };
    if (image.includes('\\!')) {
      return {
        kind: 'slashbang',
        root: image,
        parts,
        escaped: false,
        escPrefix: '',
        morePrefix: '',
        literal: literalWith(image),
        ...range,
      };
    }
    let escaped = false;
    let escPrefix = '';
    if (image.startsWith('\\')) {
      let i = 0;
      while (i < image.length && image[i] === '\\') i++;
      escaped = i % 2 !== 0;
      escPrefix = image.slice(0, Math.floor(i / 2));
      image = image.slice(i);
    }
    let morePrefix = '';
    const loc = image.lastIndexOf('$');
    if (loc > 0) {
      morePrefix = image.slice(0, loc);
      image = image.slice(loc);
    }
    const literal = literalWith(image);
    let kind: RefNode['kind'];
    let root: string;
    if (image.startsWith('$!')) {
      kind = 'quiet';
      root = image.startsWith('$!{') ? rootTok.image : image.slice(2);
    } else if (image === '${') {
      kind = 'formal';
      root = rootTok.image;
    } else if (image.startsWith('$')) {
      kind = 'normal';
      root = image.slice(1);
    } else {
      kind = 'runt';
      root = image;
    }
    return { kind, root, parts, escaped, escPrefix, morePrefix, literal, ...range };
  }

  // ---------- expressions ----------

  private expression(): Expr {
    const t = this.la(1);
    this.enter(t);
    const e = this.binaryExpr(0);
    this.depth--;
    return e;
  }

  private bin(op: BinaryOp, left: Expr, right: Expr): Expr {
    return {
      t: 'bin',
      op,
      left,
      right,
      start: left.start,
      end: right.end,
      literal: this.src.slice(left.start - this.base, right.end - this.base),
    };
  }

  /**
   * The binary operators from BINARY_LEVELS[level] on (lowest precedence first), each level
   * left-associative over the next one, the last over unary expressions.
   */
  private binaryExpr(level: number): Expr {
    if (level === BINARY_LEVELS.length) return this.unaryExpr();
    const operators = BINARY_LEVELS[level];
    let e = this.binaryExpr(level + 1);
    for (;;) {
      const op = operators.get(this.kind());
      if (op === undefined) return e;
      this.consume();
      e = this.bin(op, e, this.binaryExpr(level + 1));
    }
  }

  private unaryExpr(): Expr {
    const k1 = this.kind();
    if (k1 === T.LOGICAL_NOT || (k1 === T.WHITESPACE && this.kind(2) === T.LOGICAL_NOT)) {
      this.optional(T.WHITESPACE);
      const not = this.consume();
      this.enter(not);
      const operand = this.unaryExpr();
      this.depth--;
      return {
        t: 'not',
        operand,
        start: this.at(not.start),
        end: operand.end,
        literal: this.src.slice(not.start, operand.end - this.base),
      };
    }
    return this.primaryExpr();
  }

  private primaryExpr(): Expr {
    this.optional(T.WHITESPACE);
    const t = this.la(1);
    let e = this.valueExpr(t.kind);
    if (e === undefined) {
      if (t.kind !== T.LPAREN) this.fail(t, 'a value: a reference, a literal, a list, a map or "("');
      this.consume();
      const inner = this.expression();
      const close = this.expect(T.RPAREN);
      e = {
        t: 'group',
        inner,
        start: this.at(t.start),
        end: this.at(close.end),
        literal: this.src.slice(t.start, close.end),
      };
    }
    this.optional(T.WHITESPACE);
    return e;
  }

  /** Parameter(): method arguments and list/map entries (no operators allowed there). */
  private parameter(): Expr {
    this.optional(T.WHITESPACE);
    const t = this.la(1);
    const e = this.valueExpr(t.kind);
    if (e === undefined) {
      this.fail(t, 'a value (method arguments and list or map entries cannot hold operators)');
    }
    this.optional(T.WHITESPACE);
    return e;
  }

  /** A literal, list, range, map or reference starting with a token of this kind; undefined for others. */
  private valueExpr(kind: number): Expr | undefined {
    switch (kind) {
      case T.STRING_LITERAL:
        return this.stringLiteral();
      case T.IDENTIFIER:
      case T.LCURLY:
        return this.refExpr();
      case T.INTEGER_LITERAL:
        return this.integerLiteral();
      case T.LBRACKET:
        return this.isRangeAhead() ? this.integerRange() : this.objectArray();
      case T.FLOATING_POINT_LITERAL:
        return this.floatLiteral();
      case T.LEFT_CURLEY:
        return this.mapLiteral();
      case T.TRUE:
      case T.FALSE:
        return this.boolLiteral();
      default:
        return undefined;
    }
  }

  /** LOOKAHEAD( [ [WS] (Reference | IntegerLiteral) [WS] .. ): backtracks over the token buffer. */
  private isRangeAhead(): boolean {
    const save = this.pos;
    const depth = this.depth;
    try {
      this.consume();
      this.optional(T.WHITESPACE);
      const k = this.kind();
      if (k === T.INTEGER_LITERAL) this.consume();
      else if (k === T.IDENTIFIER || k === T.LCURLY) {
        if (k === T.LCURLY && this.kind(2) !== T.IDENTIFIER) return false;
        this.reference();
      } else return false;
      this.optional(T.WHITESPACE);
      return this.kind() === T.DOUBLEDOT;
    } catch (e) {
      if (e instanceof ParseError) return false;
      throw e;
    } finally {
      this.pos = save;
      this.depth = depth;
    }
  }

  private integerRange(): Expr {
    const open = this.consume();
    this.optional(T.WHITESPACE);
    const left = this.kind() === T.INTEGER_LITERAL ? this.integerLiteral() : this.refExpr();
    this.optional(T.WHITESPACE);
    this.expect(T.DOUBLEDOT);
    this.optional(T.WHITESPACE);
    const k = this.kind();
    const right =
      k === T.INTEGER_LITERAL
        ? this.integerLiteral()
        : k === T.IDENTIFIER || k === T.LCURLY
          ? this.refExpr()
          : this.fail(this.la(1), 'a number or a reference');
    this.optional(T.WHITESPACE);
    const close = this.expect(T.RBRACKET);
    return {
      t: 'range',
      left,
      right,
      start: this.at(open.start),
      end: this.at(close.end),
      literal: this.src.slice(open.start, close.end),
    };
  }

  private objectArray(): Expr {
    const open = this.consume();
    this.enter(open);
    const items: Expr[] = [];
    if (this.kind() !== T.RBRACKET) {
      items.push(this.parameter());
      while (this.optional(T.COMMA)) items.push(this.parameter());
    }
    const close = this.expect(T.RBRACKET);
    this.depth--;
    return {
      t: 'list',
      items,
      start: this.at(open.start),
      end: this.at(close.end),
      literal: this.src.slice(open.start, close.end),
    };
  }

  private mapLiteral(): Expr {
    const open = this.consume();
    this.enter(open);
    const entries: Array<[Expr, Expr]> = [];
    // LOOKAHEAD(2) Parameter() ':' — else only whitespace may stand between the braces
    const k1 = this.kind();
    const isEntry = startsValue(k1) || (k1 === T.WHITESPACE && startsValue(this.kind(2)));
    if (isEntry) {
      const key = this.parameter();
      this.expect(T.COLON);
      entries.push([key, this.parameter()]);
      while (this.optional(T.COMMA)) {
        const k = this.parameter();
        this.expect(T.COLON);
        entries.push([k, this.parameter()]);
      }
    } else this.optional(T.WHITESPACE);
    const t = this.la(1);
    if (t.kind !== T.RIGHT_CURLEY && t.kind !== T.RCURLY) this.fail(t, '"}"');
    this.consume();
    this.depth--;
    return {
      t: 'map',
      entries,
      start: this.at(open.start),
      end: this.at(t.end),
      literal: this.src.slice(open.start, t.end),
    };
  }

  private integerLiteral(): Expr {
    const t = this.consume();
    // the lexer can glue a `#` in front ("#1"): Java's Integer.parseInt then fails while the template loads
    if (!/^-?\d+$/.test(t.image))
      throw new ParseError(`Invalid number ${JSON.stringify(t.image)}`, this.at(t.start), this.at(t.end));
    return {
      t: 'int',
      value: parseIntegerLiteral(t.image),
      literal: t.image,
      start: this.at(t.start),
      end: this.at(t.end),
    };
  }

  private floatLiteral(): Expr {
    const t = this.consume();
    if (!/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t.image))
      throw new ParseError(`Invalid number ${JSON.stringify(t.image)}`, this.at(t.start), this.at(t.end));
    return {
      t: 'float',
      value: new JDouble(Number(t.image)),
      literal: t.image,
      start: this.at(t.start),
      end: this.at(t.end),
    };
  }

  private boolLiteral(): Expr {
    const t = this.consume();
    return {
      t: 'bool',
      value: t.kind === T.TRUE,
      literal: t.image,
      start: this.at(t.start),
      end: this.at(t.end),
    };
  }

  /**
   * ASTStringLiteral: `''`/`""` are quotes, `\uXXXX` is unescaped, other backslashes stay. A double-quoted
   * literal holding `$` or `#` is a template of its own, parsed with a space appended (Velocity's "MORE
   * kludge") that is cut from the result unless the text holds `##`.
   */
  private stringLiteral(): Expr {
    const t = this.consume();
    const img = t.image;
    const q = img[0];
    let inner = img.slice(1, -1);
    // \uXXXX is unescaped in double-quoted literals only; other backslashes stay
    if (q === '"') {
      inner = unescapeUnicode(inner);
      if (inner.includes('""')) inner = inner.split('""').join('"');
    } else if (inner.includes("''")) inner = inner.split("''").join("'");
    const range = { start: this.at(t.start), end: this.at(t.end) };
    const interpolate = q === '"' && (img.includes('$') || img.includes('#'));
    if (!interpolate) return { t: 'str', value: inner, literal: img, ...range };
    const hasLineComment = inner.includes('##');
    const nested = new Parser(
      hasLineComment ? inner : inner + ' ',
      // offsets inside the literal map back approximately (quote doubling and \u escapes shift them)
      this.base + t.start + 1,
      this.macros,
      this.macroNames,
    );
    nested.depth = this.depth;
    const body = nested.process();
    return { t: 'istr', body, trimLast: !hasLineComment, literal: img, ...range };
  }
}

function unescapeUnicode(s: string): string {
  if (!s.includes('\\u')) return s;
  return s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function startsDirectiveArg(k: number): boolean {
  return (
    k === T.IDENTIFIER ||
    k === T.LCURLY ||
    k === T.WORD ||
    k === T.STRING_LITERAL ||
    k === T.INTEGER_LITERAL ||
    k === T.LBRACKET ||
    k === T.FLOATING_POINT_LITERAL ||
    k === T.LEFT_CURLEY ||
    k === T.TRUE ||
    k === T.FALSE
  );
}

/** First tokens of Parameter() (its optional leading whitespace included). */
function startsParameter(k: number): boolean {
  return k === T.WHITESPACE || startsValue(k);
}

function startsValue(k: number): boolean {
  return (
    k === T.STRING_LITERAL ||
    k === T.INTEGER_LITERAL ||
    k === T.LBRACKET ||
    k === T.LEFT_CURLEY ||
    k === T.TRUE ||
    k === T.FALSE ||
    k === T.IDENTIFIER ||
    k === T.LCURLY ||
    k === T.FLOATING_POINT_LITERAL
  );
}

/** Parses a whole template. */
export function parseVtl(text: string): ParseResult {
  const macros = new Map<string, MacroDef>();
  const parser = new Parser(text, 0, macros, new Set());
  try {
    const body = parser.process();
    return { template: { body, macros }, error: null };
  } catch (e) {
    if (e instanceof ParseError)
      return { template: null, error: { message: e.message, start: e.start, end: e.end } };
    if (e instanceof RangeError) {
      // a stack overflow on pathological input: report it instead of crashing the caller
      return { template: null, error: { message: 'Template too deeply nested to parse', start: 0, end: 0 } };
    }
    throw e;
  }
}

/** Parses template text at run time (#evaluate), sharing the caller's macros. */
export function parseNested(text: string, macros: Map<string, MacroDef>): ParseResult {
  const parser = new Parser(text, 0, macros, new Set(macros.keys()));
  try {
    return { template: { body: parser.process(), macros }, error: null };
  } catch (e) {
    if (e instanceof ParseError)
      return { template: null, error: { message: e.message, start: e.start, end: e.end } };
    if (e instanceof RangeError)
      return { template: null, error: { message: 'Too deeply nested', start: 0, end: 0 } };
    throw e;
  }
}
