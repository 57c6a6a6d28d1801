/**
 * The Velocity 1.7 token manager, rebuilt from the behaviour of its grammar (Parser.jjt): lexical states
 * with a state stack and parenthesis counts, longest match with ties going to the rule defined first,
 * MORE tokens that prefix the next token, and "special" tokens (reference and directive terminators)
 * whose `$`/`#` characters reappear in the text that follows. API Gateway's whitespace rules (a
 * directive's `)` eats one newline, `#set` eats the indentation before it, `$x.` prints a dot…) are all
 * consequences of these rules, so reproducing them is how the output matches byte for byte.
 */

/** Lexical states. */
export const S = {
  DEFAULT: 0,
  PRE_DIRECTIVE: 1,
  DIRECTIVE: 2,
  REFERENCE: 3,
  REFMODIFIER: 4,
  REFMOD2: 5,
  REFINDEX: 6,
  IN_SINGLE_LINE_COMMENT: 7,
  IN_FORMAL_COMMENT: 8,
  IN_MULTI_LINE_COMMENT: 9,
  IN_TEXTBLOCK: 10,
} as const;

/** Token kinds, numbered in the grammar's definition order (which breaks ties between equal-length matches). */
export const T = {
  EOF: 0,
  INDEX_LBRACKET: 1,
  INDEX_RBRACKET: 2,
  LBRACKET: 3,
  RBRACKET: 4,
  COMMA: 5,
  DOUBLEDOT: 6,
  COLON: 7,
  LEFT_CURLEY: 8,
  RIGHT_CURLEY: 9,
  LPAREN: 10,
  RPAREN: 11,
  REFMOD2_RPAREN: 12,
  ESCAPE_DIRECTIVE: 13,
  SET_DIRECTIVE: 14,
  DOLLAR: 15,
  DOLLARBANG: 16,
  TEXTBLOCK_START: 17,
  FORMAL_COMMENT_START: 18,
  MULTI_LINE_COMMENT_START: 19,
  HASH: 20,
  SINGLE_LINE_COMMENT_START: 21,
  DOUBLE_ESCAPE: 22,
  ESCAPE: 23,
  TEXT: 24,
  SINGLE_LINE_COMMENT: 25,
  FORMAL_COMMENT: 26,
  MULTI_LINE_COMMENT: 27,
  TEXTBLOCK: 28,
  SKIP_CHAR: 29,
  TEXTBLOCK_CHAR: 30,
  WHITESPACE: 31,
  STRING_LITERAL: 32,
  TRUE: 33,
  FALSE: 34,
  MINUS: 36,
  PLUS: 37,
  MULTIPLY: 38,
  DIVIDE: 39,
  MODULUS: 40,
  LOGICAL_AND: 41,
  LOGICAL_OR: 42,
  LOGICAL_LT: 43,
  LOGICAL_LE: 44,
  LOGICAL_GT: 45,
  LOGICAL_GE: 46,
  LOGICAL_EQUALS: 47,
  LOGICAL_NOT_EQUALS: 48,
  LOGICAL_NOT: 49,
  EQUALS: 50,
  END: 51,
  IF_DIRECTIVE: 52,
  ELSEIF_DIRECTIVE: 53,
  ELSE_DIRECTIVE: 54,
  INTEGER_LITERAL: 55,
  FLOATING_POINT_LITERAL: 56,
  WORD: 57,
  BRACKETED_WORD: 58,
  IDENTIFIER: 59,
  DOT: 60,
  LCURLY: 61,
  RCURLY: 62,
  REFERENCE_TERMINATOR: 63,
  DIRECTIVE_TERMINATOR: 64,
  EMPTY_INDEX: 65,
} as const;

export interface Token {
  kind: number;
  /** The token text, MORE prefix included (some actions rewrite it, as Velocity's do). */
  image: string;
  /** Source offsets of the whole image. */
  start: number;
  end: number;
  /** Images of the special tokens (terminators) just before this token, in order. */
  specials: string[] | null;
}

/** A lexical error, positioned (Velocity reports it as a TokenMgrError and the template does not render). */
export class LexError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MORE = 1;
const SKIP = 2;
const SPECIAL = 3;
const TOKEN = 0;

function category(kind: number): number {
  if ((kind >= T.DOLLAR && kind <= T.HASH) || kind === T.TEXTBLOCK_CHAR) return MORE;
  if (kind === T.SKIP_CHAR) return SKIP;
  if (kind === T.REFERENCE_TERMINATOR || kind === T.DIRECTIVE_TERMINATOR) return SPECIAL;
  return TOKEN;
}

const MORE_RULES = [
  T.DOLLAR,
  T.DOLLARBANG,
  T.TEXTBLOCK_START,
  T.FORMAL_COMMENT_START,
  T.MULTI_LINE_COMMENT_START,
  T.HASH,
];
const OPERATORS = [
  T.MINUS,
  T.PLUS,
  T.MULTIPLY,
  T.DIVIDE,
  T.MODULUS,
  T.LOGICAL_AND,
  T.LOGICAL_OR,
  T.LOGICAL_LT,
  T.LOGICAL_LE,
  T.LOGICAL_GT,
  T.LOGICAL_GE,
  T.LOGICAL_EQUALS,
  T.LOGICAL_NOT_EQUALS,
  T.LOGICAL_NOT,
  T.EQUALS,
];

/** The rules active in each lexical state, in definition order. */
const STATE_RULES: number[][] = [
  // DEFAULT
  [
    T.ESCAPE_DIRECTIVE,
    T.SET_DIRECTIVE,
    ...MORE_RULES,
    T.SINGLE_LINE_COMMENT_START,
    T.DOUBLE_ESCAPE,
    T.ESCAPE,
    T.TEXT,
    T.EMPTY_INDEX,
  ],
  // PRE_DIRECTIVE
  [
    ...MORE_RULES,
    T.SINGLE_LINE_COMMENT_START,
    T.END,
    T.IF_DIRECTIVE,
    T.ELSEIF_DIRECTIVE,
    T.ELSE_DIRECTIVE,
    T.INTEGER_LITERAL,
    T.FLOATING_POINT_LITERAL,
    T.WORD,
    T.BRACKETED_WORD,
    T.DIRECTIVE_TERMINATOR,
  ],
  // DIRECTIVE
  [
    T.LBRACKET,
    T.RBRACKET,
    T.COMMA,
    T.DOUBLEDOT,
    T.COLON,
    T.LEFT_CURLEY,
    T.RIGHT_CURLEY,
    T.LPAREN,
    T.RPAREN,
    ...MORE_RULES,
    T.SINGLE_LINE_COMMENT_START,
    T.WHITESPACE,
    T.STRING_LITERAL,
    T.TRUE,
    T.FALSE,
    ...OPERATORS,
    T.INTEGER_LITERAL,
    T.FLOATING_POINT_LITERAL,
    T.WORD,
    T.BRACKETED_WORD,
  ],
  // REFERENCE
  [
    T.INDEX_LBRACKET,
    T.SET_DIRECTIVE,
    ...MORE_RULES,
    T.SINGLE_LINE_COMMENT_START,
    T.TRUE,
    T.FALSE,
    T.IDENTIFIER,
    T.DOT,
    T.LCURLY,
    T.RCURLY,
    T.REFERENCE_TERMINATOR,
    T.EMPTY_INDEX,
  ],
  // REFMODIFIER
  [
    T.INDEX_LBRACKET,
    T.LPAREN,
    T.SET_DIRECTIVE,
    ...MORE_RULES,
    T.TRUE,
    T.FALSE,
    T.IDENTIFIER,
    T.DOT,
    T.LCURLY,
    T.RCURLY,
    T.REFERENCE_TERMINATOR,
  ],
  // REFMOD2
  [
    T.LBRACKET,
    T.RBRACKET,
    T.COMMA,
    T.DOUBLEDOT,
    T.COLON,
    T.LEFT_CURLEY,
    T.RIGHT_CURLEY,
    T.REFMOD2_RPAREN,
    T.SET_DIRECTIVE,
    ...MORE_RULES,
    T.WHITESPACE,
    T.STRING_LITERAL,
    T.TRUE,
    T.FALSE,
    T.INTEGER_LITERAL,
    T.FLOATING_POINT_LITERAL,
    T.IDENTIFIER,
    T.DOT,
  ],
  // REFINDEX
  [
    T.INDEX_RBRACKET,
    ...MORE_RULES,
    T.WHITESPACE,
    T.STRING_LITERAL,
    T.TRUE,
    T.FALSE,
    T.INTEGER_LITERAL,
    T.FLOATING_POINT_LITERAL,
  ],
  // IN_SINGLE_LINE_COMMENT
  [...MORE_RULES, T.SINGLE_LINE_COMMENT, T.SKIP_CHAR],
  // IN_FORMAL_COMMENT
  [...MORE_RULES, T.FORMAL_COMMENT, T.SKIP_CHAR],
  // IN_MULTI_LINE_COMMENT
  [...MORE_RULES, T.MULTI_LINE_COMMENT, T.SKIP_CHAR],
  // IN_TEXTBLOCK
  [...MORE_RULES, T.TEXTBLOCK, T.TEXTBLOCK_CHAR],
];

const CH_TAB = 9;
const CH_LF = 10;
const CH_CR = 13;
const CH_SPACE = 32;
const CH_BANG = 33;
const CH_QUOTE = 34;
const CH_HASH = 35;
const CH_DOLLAR = 36;
const CH_APOS = 39;
const CH_LPAREN = 40;
const CH_RPAREN = 41;
const CH_STAR = 42;
const CH_DOT = 46;
const CH_LBRACKET = 91;
const CH_BACKSLASH = 92;
const CH_RBRACKET = 93;
const CH_LCURLY = 123;
const CH_RCURLY = 125;

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
/** DIRECTIVE_CHAR: letters, digits, `_`, `@`. */
function isDirectiveChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95 || c === 64;
}
/** IDENTIFIER_CHAR: letters, digits, `-`, `_`. */
function isIdentifierChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 45 || c === 95;
}

interface SavedState {
  lparen: number;
  rparen: number;
  state: number;
}

export class Lexer {
  private pos = 0;
  state: number = S.DEFAULT;
  private stack: SavedState[] = [];
  private lparen = 0;
  private rparen = 0;
  inComment = false;
  inSet = false;
  inDirective = false;

  constructor(private readonly src: string) {}

  /** Offset of the next unread character. */
  get offset(): number {
    return this.pos;
  }

  switchTo(state: number): void {
    this.state = state;
  }

  /** stateStackPop(): back to the state below; false when the stack was empty (then DEFAULT). */
  stateStackPop(): boolean {
    const s = this.stack.pop();
    if (!s) {
      this.lparen = 0;
      this.state = S.DEFAULT;
      return false;
    }
    this.lparen = s.lparen;
    this.rparen = s.rparen;
    this.state = s.state;
    return true;
  }

  private stateStackPush(): void {
    this.stack.push({ lparen: this.lparen, rparen: this.rparen, state: this.state });
    this.lparen = 0;
  }

  /** The parser's isLeftParenthesis(): is the next non-blank character a `(`? */
  isLeftParenthesis(): boolean {
    const s = this.src;
    for (let i = this.pos; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === CH_LPAREN) return true;
      if (c !== CH_SPACE && c !== CH_LF && c !== CH_CR && c !== CH_TAB) return false;
    }
    return false;
  }

  /** The next token, with the special tokens before it. Throws LexError. */
  next(): Token {
    const src = this.src;
    let specials: string[] | null = null;
    let more = '';
    let moreStart = -1;
    for (;;) {
      if (this.pos >= src.length) {
        if (more !== '')
          throw new LexError(`Lexical error: unexpected end of template after "${more}"`, this.pos);
        return { kind: T.EOF, image: '', start: src.length, end: src.length, specials };
      }
      const start = this.pos;
      const kind = this.longestMatch(start);
      const len = this.matchLen;
      if (kind < 0) {
        throw new LexError(
          `Lexical error: unexpected ${describeChar(src.charCodeAt(start))}${more ? ` after "${more}"` : ''}`,
          start,
        );
      }
      this.pos = start + len;
      let image = src.slice(start, start + len);
      image = this.action(kind, image);
      const cat = category(kind);
      if (cat === MORE) {
        if (moreStart < 0) moreStart = start;
        more += image;
        continue;
      }
      if (cat === SKIP) {
        more = '';
        moreStart = -1;
        continue;
      }
      if (cat === SPECIAL) {
        (specials ??= []).push(more + image);
        more = '';
        moreStart = -1;
        continue;
      }
      return { kind, image: more + image, start: moreStart < 0 ? start : moreStart, end: this.pos, specials };
    }
  }

  /** Applies the rule's lexical action; returns the (possibly rewritten) image of the matched text. */
  private action(kind: number, image: string): string {
    switch (kind) {
      case T.INDEX_LBRACKET:
        this.stateStackPush();
        this.state = S.REFINDEX;
        break;
      case T.INDEX_RBRACKET:
        this.stateStackPop();
        break;
      case T.LPAREN:
        if (!this.inComment) this.lparen++;
        if (this.state === S.REFMODIFIER) this.state = S.REFMOD2;
        break;
      case T.RPAREN:
        this.rparenHandler();
        break;
      case T.REFMOD2_RPAREN:
        this.state = S.REFERENCE;
        break;
      case T.SET_DIRECTIVE:
        if (!this.inComment) {
          this.inDirective = true;
          this.stateStackPush();
          this.inSet = true;
          this.state = S.DIRECTIVE;
          this.lparen++;
        }
        break;
      case T.DOLLAR:
      case T.DOLLARBANG:
        if (!this.inComment) {
          if (this.state === S.REFERENCE) this.stateStackPop();
          this.stateStackPush();
          this.state = S.REFERENCE;
        }
        break;
      case T.TEXTBLOCK_START:
        if (!this.inComment) {
          this.inComment = true;
          this.stateStackPush();
          this.state = S.IN_TEXTBLOCK;
        }
        break;
      case T.FORMAL_COMMENT_START:
        if (!this.inComment) {
          this.pos--;
          image = image.slice(0, -1);
          this.inComment = true;
          this.stateStackPush();
          this.state = S.IN_FORMAL_COMMENT;
        }
        break;
      case T.MULTI_LINE_COMMENT_START:
        if (!this.inComment) {
          this.inComment = true;
          this.stateStackPush();
          this.state = S.IN_MULTI_LINE_COMMENT;
        }
        break;
      case T.HASH:
        if (!this.inComment) {
          if (this.state === S.REFERENCE || this.state === S.REFMODIFIER) this.stateStackPop();
          this.inDirective = true;
          this.stateStackPush();
          this.state = S.PRE_DIRECTIVE;
        }
        break;
      case T.SINGLE_LINE_COMMENT_START:
        if (!this.inComment) {
          if (this.state === S.REFERENCE) this.stateStackPop();
          this.inComment = true;
          this.stateStackPush();
          this.state = S.IN_SINGLE_LINE_COMMENT;
        }
        break;
      case T.SINGLE_LINE_COMMENT:
      case T.FORMAL_COMMENT:
      case T.MULTI_LINE_COMMENT:
      case T.TEXTBLOCK:
        this.inComment = false;
        this.stateStackPop();
        break;
      case T.STRING_LITERAL:
        if (this.state === S.DIRECTIVE && !this.inSet && this.lparen === 0) this.stateStackPop();
        break;
      case T.END:
      case T.ELSE_DIRECTIVE:
        this.inDirective = false;
        this.stateStackPop();
        break;
      case T.IF_DIRECTIVE:
      case T.ELSEIF_DIRECTIVE:
        this.state = S.DIRECTIVE;
        break;
      case T.INTEGER_LITERAL:
        if (image.endsWith('..')) {
          this.pos -= 2;
          image = image.slice(0, -2);
        }
        if (this.lparen === 0 && !this.inSet && this.state !== S.REFMOD2 && this.state !== S.REFINDEX)
          this.stateStackPop();
        break;
      case T.FLOATING_POINT_LITERAL:
        if (this.lparen === 0 && !this.inSet && this.state !== S.REFMOD2) this.stateStackPop();
        break;
      case T.DOT:
        this.pos--;
        image = '.';
        this.state = S.REFMODIFIER;
        break;
      case T.RCURLY:
        this.stateStackPop();
        break;
      case T.REFERENCE_TERMINATOR:
        this.pos--;
        this.stateStackPop();
        break;
      case T.DIRECTIVE_TERMINATOR:
        this.pos--;
        this.inDirective = false;
        this.stateStackPop();
        break;
    }
    return image;
  }

  /** Drops down to the state below the one a `)` closes. */
  private rparenHandler(): void {
    let closed = this.inComment;
    while (!closed) {
      if (this.lparen > 0) {
        if (this.lparen === this.rparen + 1) this.stateStackPop();
        else this.rparen++;
        closed = true;
      } else if (!this.stateStackPop()) break;
    }
  }

  /** Length of the last longestMatch. */
  private matchLen = 0;

  /** Kind of the longest match at p in the current state (first rule wins ties), -1 if none; its length in matchLen. */
  private longestMatch(p: number): number {
    const c = this.src.charCodeAt(p);
    const rules = DISPATCH[this.state][c < 128 ? c : 128];
    let bestKind = -1;
    let bestLen = 0;
    for (let i = 0; i < rules.length; i++) {
      const kind = rules[i];
      const len = this.matchLength(kind, p);
      if (len > bestLen) {
        bestLen = len;
        bestKind = kind;
      }
    }
    this.matchLen = bestLen;
    return bestKind;
  }

  private matchLength(kind: number, p: number): number {
    const s = this.src;
    const c = s.charCodeAt(p);
    switch (kind) {
      case T.INDEX_LBRACKET:
      case T.LBRACKET:
        return c === CH_LBRACKET ? 1 : 0;
      case T.INDEX_RBRACKET:
      case T.RBRACKET:
        return c === CH_RBRACKET ? 1 : 0;
      case T.COMMA:
        return c === 44 ? 1 : 0;
      case T.DOUBLEDOT:
        return c === CH_DOT && s.charCodeAt(p + 1) === CH_DOT ? 2 : 0;
      case T.COLON:
        return c === 58 ? 1 : 0;
      case T.LEFT_CURLEY:
      case T.LCURLY:
        return c === CH_LCURLY ? 1 : 0;
      case T.RIGHT_CURLEY:
      case T.RCURLY:
        return c === CH_RCURLY ? 1 : 0;
      case T.LPAREN:
        return c === CH_LPAREN ? 1 : 0;
      case T.RPAREN:
        return c === CH_RPAREN ? 1 + this.blankThenNewline(p + 1) : 0;
      case T.REFMOD2_RPAREN:
        return c === CH_RPAREN ? 1 : 0;
      case T.ESCAPE_DIRECTIVE: {
        if (c !== CH_BACKSLASH) return 0;
        let i = p;
        while (s.charCodeAt(i) === CH_BACKSLASH) i++;
        if ((i - p) % 2 === 0 || s.charCodeAt(i) !== CH_HASH) return 0;
        const w = Math.max(this.wordLength(i + 1), this.bracketedWordLength(i + 1));
        return w > 0 ? i + 1 + w - p : 0;
      }
      case T.SET_DIRECTIVE: {
        if (c !== CH_SPACE && c !== CH_TAB && c !== CH_HASH) return 0;
        let i = p;
        while (s.charCodeAt(i) === CH_SPACE || s.charCodeAt(i) === CH_TAB) i++;
        if (s.startsWith('#set', i)) i += 4;
        else if (s.startsWith('#{set}', i)) i += 6;
        else return 0;
        while (s.charCodeAt(i) === CH_SPACE) i++;
        return s.charCodeAt(i) === CH_LPAREN ? i + 1 - p : 0;
      }
      case T.DOLLAR: {
        let i = p;
        while (s.charCodeAt(i) === CH_BACKSLASH) i++;
        return s.charCodeAt(i) === CH_DOLLAR ? i + 1 - p : 0;
      }
      case T.DOLLARBANG: {
        let i = p;
        while (s.charCodeAt(i) === CH_BACKSLASH) i++;
        if (s.charCodeAt(i) !== CH_DOLLAR) return 0;
        i++;
        while (s.charCodeAt(i) === CH_BACKSLASH) i++;
        // Velocity 1.7: `$!` only (later versions also take `$#`)
        return s.charCodeAt(i) === CH_BANG ? i + 1 - p : 0;
      }
      case T.TEXTBLOCK_START:
        return c === CH_HASH && s.charCodeAt(p + 1) === CH_LBRACKET && s.charCodeAt(p + 2) === CH_LBRACKET
          ? 3
          : 0;
      case T.FORMAL_COMMENT_START:
        return c === CH_HASH &&
          s.charCodeAt(p + 1) === CH_STAR &&
          s.charCodeAt(p + 2) === CH_STAR &&
          p + 3 < s.length &&
          s.charCodeAt(p + 3) !== CH_HASH
          ? 4
          : 0;
      case T.MULTI_LINE_COMMENT_START:
        return c === CH_HASH && s.charCodeAt(p + 1) === CH_STAR ? 2 : 0;
      case T.HASH:
        return c === CH_HASH ? 1 : 0;
      case T.SINGLE_LINE_COMMENT_START:
        return c === CH_HASH && s.charCodeAt(p + 1) === CH_HASH ? 2 : 0;
      case T.DOUBLE_ESCAPE:
        return c === CH_BACKSLASH && s.charCodeAt(p + 1) === CH_BACKSLASH ? 2 : 0;
      case T.ESCAPE:
        return c === CH_BACKSLASH ? 1 : 0;
      case T.TEXT: {
        let i = p;
        for (; i < s.length; i++) {
          const d = s.charCodeAt(i);
          if (d === CH_DOLLAR || d === CH_HASH || d === CH_BACKSLASH) break;
        }
        return i - p;
      }
      case T.SINGLE_LINE_COMMENT:
        if (c === CH_CR) return s.charCodeAt(p + 1) === CH_LF ? 2 : 1;
        return c === CH_LF ? 1 : 0;
      case T.FORMAL_COMMENT:
      case T.MULTI_LINE_COMMENT:
        return c === CH_STAR && s.charCodeAt(p + 1) === CH_HASH ? 2 : 0;
      case T.TEXTBLOCK:
        return c === CH_RBRACKET && s.charCodeAt(p + 1) === CH_RBRACKET && s.charCodeAt(p + 2) === CH_HASH
          ? 3
          : 0;
      case T.SKIP_CHAR:
      case T.TEXTBLOCK_CHAR:
      case T.REFERENCE_TERMINATOR:
      case T.DIRECTIVE_TERMINATOR:
        return p < s.length ? 1 : 0;
      case T.WHITESPACE: {
        let i = p;
        for (; i < s.length; i++) {
          const d = s.charCodeAt(i);
          if (d !== CH_SPACE && d !== CH_TAB && d !== CH_LF && d !== CH_CR) break;
        }
        return i - p;
      }
      case T.STRING_LITERAL:
        return c === CH_QUOTE || c === CH_APOS ? this.stringLiteralLength(p, c) : 0;
      case T.TRUE:
        return s.startsWith('true', p) ? 4 : 0;
      case T.FALSE:
        return s.startsWith('false', p) ? 5 : 0;
      case T.MINUS:
        return c === 45 ? 1 : 0;
      case T.PLUS:
        return c === 43 ? 1 : 0;
      case T.MULTIPLY:
        return c === CH_STAR ? 1 : 0;
      case T.DIVIDE:
        return c === 47 ? 1 : 0;
      case T.MODULUS:
        return c === 37 ? 1 : 0;
      case T.LOGICAL_AND:
        return s.startsWith('&&', p) ? 2 : s.startsWith('and', p) ? 3 : 0;
      case T.LOGICAL_OR:
        return s.startsWith('||', p) ? 2 : s.startsWith('or', p) ? 2 : 0;
      case T.LOGICAL_LT:
        return c === 60 ? 1 : s.startsWith('lt', p) ? 2 : 0;
      case T.LOGICAL_LE:
        return s.startsWith('<=', p) || s.startsWith('le', p) ? 2 : 0;
      case T.LOGICAL_GT:
        return c === 62 ? 1 : s.startsWith('gt', p) ? 2 : 0;
      case T.LOGICAL_GE:
        return s.startsWith('>=', p) || s.startsWith('ge', p) ? 2 : 0;
      case T.LOGICAL_EQUALS:
        return s.startsWith('==', p) || s.startsWith('eq', p) ? 2 : 0;
      case T.LOGICAL_NOT_EQUALS:
        return s.startsWith('!=', p) || s.startsWith('ne', p) ? 2 : 0;
      case T.LOGICAL_NOT:
        return c === CH_BANG ? 1 : s.startsWith('not', p) ? 3 : 0;
      case T.EQUALS:
        return c === 61 ? 1 : 0;
      case T.END:
        if (s.startsWith('end', p)) return 3 + this.blankThenNewline(p + 3);
        if (s.startsWith('{end}', p)) return 5 + this.blankThenNewline(p + 5);
        return 0;
      case T.IF_DIRECTIVE:
        return s.startsWith('if', p) ? 2 : s.startsWith('{if}', p) ? 4 : 0;
      case T.ELSEIF_DIRECTIVE:
        return s.startsWith('elseif', p) ? 6 : s.startsWith('{elseif}', p) ? 8 : 0;
      case T.ELSE_DIRECTIVE:
        if (s.startsWith('else', p)) return 4 + this.blankThenNewline(p + 4);
        if (s.startsWith('{else}', p)) return 6 + this.blankThenNewline(p + 6);
        return 0;
      case T.INTEGER_LITERAL: {
        let i = p;
        if (c === 45) i++;
        const d0 = i;
        while (isDigit(s.charCodeAt(i))) i++;
        if (i === d0) return 0;
        if (s.charCodeAt(i) === CH_DOT && s.charCodeAt(i + 1) === CH_DOT) i += 2;
        return i - p;
      }
      case T.FLOATING_POINT_LITERAL:
        return this.floatLength(p);
      case T.WORD:
        return this.wordLength(p);
      case T.BRACKETED_WORD:
        return this.bracketedWordLength(p);
      case T.IDENTIFIER: {
        if (!(isLetter(c) || c === 95)) return 0;
        let i = p + 1;
        while (isIdentifierChar(s.charCodeAt(i))) i++;
        return i - p;
      }
      case T.DOT:
        return c === CH_DOT && isLetter(s.charCodeAt(p + 1)) ? 2 : 0;
      case T.EMPTY_INDEX:
        if (c !== CH_DOLLAR) return 0;
        {
          const d = s.charCodeAt(p + 1);
          if (d === CH_LBRACKET || d === CH_DOT) return 2;
          if (d === CH_BANG && s.charCodeAt(p + 2) === CH_LBRACKET) return 3;
          if (d === CH_BACKSLASH && s.charCodeAt(p + 2) === CH_BANG && s.charCodeAt(p + 3) === CH_LBRACKET)
            return 4;
        }
        return 0;
    }
    return 0;
  }

  /** Length of `( " " | "\t" )* ( "\n" | "\r" | "\r\n" )` at p, or 0. */
  private blankThenNewline(p: number): number {
    const s = this.src;
    let i = p;
    while (s.charCodeAt(i) === CH_SPACE || s.charCodeAt(i) === CH_TAB) i++;
    const c = s.charCodeAt(i);
    if (c === CH_LF) return i + 1 - p;
    if (c === CH_CR) return (s.charCodeAt(i + 1) === CH_LF ? i + 2 : i + 1) - p;
    return 0;
  }

  private wordLength(p: number): number {
    const s = this.src;
    const c = s.charCodeAt(p);
    if (!(isLetter(c) || c === 95 || c === 64)) return 0;
    let i = p + 1;
    while (isDirectiveChar(s.charCodeAt(i))) i++;
    return i - p;
  }

  private bracketedWordLength(p: number): number {
    const s = this.src;
    if (s.charCodeAt(p) !== CH_LCURLY) return 0;
    const c = s.charCodeAt(p + 1);
    if (!(isLetter(c) || c === 95)) return 0;
    let i = p + 2;
    while (isDirectiveChar(s.charCodeAt(i))) i++;
    return s.charCodeAt(i) === CH_RCURLY ? i + 1 - p : 0;
  }

  /**
   * A quoted literal: any character but the quote, or the quote doubled. With longest match the literal
   * ends at the last quote that can close it: an odd run of quotes closes at its last quote; an even
   * run may close at its second-to-last quote or continue.
   */
  private stringLiteralLength(p: number, quote: number): number {
    const s = this.src;
    let best = 0;
    let i = p + 1;
    while (i < s.length) {
      if (s.charCodeAt(i) !== quote) {
        i++;
        continue;
      }
      let j = i;
      while (j < s.length && s.charCodeAt(j) === quote) j++;
      const run = j - i;
      if (run % 2 === 1) return j - p;
      best = j - 1 - p;
      i = j;
    }
    return best;
  }

  private floatLength(p: number): number {
    const s = this.src;
    let i = p;
    if (s.charCodeAt(i) === 45) i++;
    const intStart = i;
    while (isDigit(s.charCodeAt(i))) i++;
    const intDigits = i - intStart;
    let best = 0;
    if (s.charCodeAt(i) === CH_DOT) {
      let j = i + 1;
      while (isDigit(s.charCodeAt(j))) j++;
      const fracDigits = j - i - 1;
      if (intDigits > 0 || fracDigits > 0) {
        const e = this.exponentLength(j);
        best = j + e - p;
      }
    } else if (intDigits > 0) {
      const e = this.exponentLength(i);
      if (e > 0) best = i + e - p;
    }
    return best;
  }

  private exponentLength(p: number): number {
    const s = this.src;
    const c = s.charCodeAt(p);
    if (c !== 101 && c !== 69) return 0;
    let i = p + 1;
    if (s.charCodeAt(i) === 43 || s.charCodeAt(i) === 45) i++;
    const d = i;
    while (isDigit(s.charCodeAt(i))) i++;
    return i > d ? i - p : 0;
  }
}

/** Whether a rule's match can start with character c (c = 128: any non-ASCII character). */
function canStartWith(kind: number, c: number): boolean {
  const ch = c < 128 ? String.fromCharCode(c) : '\u0080';
  const letter = /[a-zA-Z]/.test(ch);
  const digit = /[0-9]/.test(ch);
  switch (kind) {
    case T.INDEX_LBRACKET:
    case T.LBRACKET:
      return ch === '[';
    case T.INDEX_RBRACKET:
    case T.RBRACKET:
    case T.TEXTBLOCK:
      return ch === ']';
    case T.COMMA:
      return ch === ',';
    case T.DOUBLEDOT:
    case T.DOT:
      return ch === '.';
    case T.COLON:
      return ch === ':';
    case T.LEFT_CURLEY:
    case T.LCURLY:
    case T.BRACKETED_WORD:
      return ch === '{';
    case T.RIGHT_CURLEY:
    case T.RCURLY:
      return ch === '}';
    case T.LPAREN:
      return ch === '(';
    case T.RPAREN:
    case T.REFMOD2_RPAREN:
      return ch === ')';
    case T.ESCAPE_DIRECTIVE:
    case T.DOUBLE_ESCAPE:
    case T.ESCAPE:
      return ch === '\\';
    case T.SET_DIRECTIVE:
      return ch === ' ' || ch === '\t' || ch === '#';
    case T.DOLLAR:
    case T.DOLLARBANG:
      return ch === '\\' || ch === '$';
    case T.TEXTBLOCK_START:
    case T.FORMAL_COMMENT_START:
    case T.MULTI_LINE_COMMENT_START:
    case T.HASH:
    case T.SINGLE_LINE_COMMENT_START:
      return ch === '#';
    case T.TEXT:
      return ch !== '$' && ch !== '#' && ch !== '\\';
    case T.SINGLE_LINE_COMMENT:
      return ch === '\n' || ch === '\r';
    case T.FORMAL_COMMENT:
    case T.MULTI_LINE_COMMENT:
    case T.MULTIPLY:
      return ch === '*';
    case T.SKIP_CHAR:
    case T.TEXTBLOCK_CHAR:
    case T.REFERENCE_TERMINATOR:
    case T.DIRECTIVE_TERMINATOR:
      return true;
    case T.WHITESPACE:
      return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
    case T.STRING_LITERAL:
      return ch === '"' || ch === "'";
    case T.TRUE:
      return ch === 't';
    case T.FALSE:
      return ch === 'f';
    case T.MINUS:
      return ch === '-';
    case T.PLUS:
      return ch === '+';
    case T.DIVIDE:
      return ch === '/';
    case T.MODULUS:
      return ch === '%';
    case T.LOGICAL_AND:
      return ch === '&' || ch === 'a';
    case T.LOGICAL_OR:
      return ch === '|' || ch === 'o';
    case T.LOGICAL_LT:
    case T.LOGICAL_LE:
      return ch === '<' || ch === 'l';
    case T.LOGICAL_GT:
    case T.LOGICAL_GE:
      return ch === '>' || ch === 'g';
    case T.LOGICAL_EQUALS:
      return ch === '=' || ch === 'e';
    case T.LOGICAL_NOT_EQUALS:
    case T.LOGICAL_NOT:
      return ch === '!' || ch === 'n';
    case T.EQUALS:
      return ch === '=';
    case T.END:
    case T.ELSEIF_DIRECTIVE:
    case T.ELSE_DIRECTIVE:
      return ch === 'e' || ch === '{';
    case T.IF_DIRECTIVE:
      return ch === 'i' || ch === '{';
    case T.INTEGER_LITERAL:
      return ch === '-' || digit;
    case T.FLOATING_POINT_LITERAL:
      return ch === '-' || ch === '.' || digit;
    case T.WORD:
      return letter || ch === '_' || ch === '@';
    case T.IDENTIFIER:
      return letter || ch === '_';
    case T.EMPTY_INDEX:
      return ch === '$';
    default:
      return true;
  }
}

/** For each lexical state and first character (128: non-ASCII), the rules that can match, in order. */
const DISPATCH: number[][][] = STATE_RULES.map((rules) =>
  Array.from({ length: 129 }, (_, c) => rules.filter((k) => canStartWith(k, c))),
);

function describeChar(c: number): string {
  if (c === CH_LF) return 'newline';
  if (c === CH_CR) return 'carriage return';
  if (c === CH_TAB) return 'tab';
  return `"${String.fromCharCode(c)}"`;
}

/**
 * NodeUtils.specialText: of the special tokens before a token, only `#` and `$` characters (and `\…\$`
 * runs) are rendered; everything else in them was pushed back and is part of the token itself.
 */
export function specialText(specials: readonly string[]): string {
  let sb = '';
  for (const st of specials) {
    for (let i = 0; i < st.length; i++) {
      const c = st.charCodeAt(i);
      if (c === CH_HASH || c === CH_DOLLAR) sb += st[i];
      if (c === CH_BACKSLASH) {
        let ok = true;
        let term = false;
        let j = i;
        for (; ok && j < st.length; j++) {
          const cc = st.charCodeAt(j);
          if (cc === CH_BACKSLASH) continue;
          else if (cc === CH_DOLLAR) {
            term = true;
            ok = false;
          } else ok = false;
        }
        if (term) {
          sb += st.slice(i, j);
          i = j;
        }
      }
    }
  }
  return sb;
}

/** NodeUtils.tokenLiteral: the token's image with its special text in front. */
export function tokenLiteral(t: Token): string {
  if (t.kind === T.MULTI_LINE_COMMENT) return '';
  const sp = t.specials;
  if (sp === null || sp[sp.length - 1].startsWith('##')) return t.image;
  return specialText(sp) + t.image;
}
