import { describe, expect, it } from 'vitest';
import { LexError, Lexer, S, T, specialText, tokenLiteral } from './lexer';
import type { Token } from './lexer';

/** Lexes text the way the parser drives it for these simple inputs (a directive word switches to DIRECTIVE). */
function lex(text: string): Token[] {
  const lx = new Lexer(text);
  const out: Token[] = [];
  for (;;) {
    const t = lx.next();
    out.push(t);
    if (t.kind === T.EOF) return out;
    if (t.kind === T.WORD) lx.switchTo(S.DIRECTIVE);
  }
}

const kinds = (text: string) => lex(text).map((t) => t.kind);
const images = (text: string) => lex(text).map((t) => t.image);

describe('Velocity token manager', () => {
  it('reads text, references and their MORE prefixes as single tokens', () => {
    expect(images('a $x b')).toEqual(['a ', '$x', ' b', '']);
    expect(kinds('a $x b')).toEqual([T.TEXT, T.IDENTIFIER, T.TEXT, T.EOF]);
    expect(images('$!x')).toEqual(['$!x', '']);
    expect(images('${x}')).toEqual(['${', 'x', '}', '']);
    expect(images('\\\\$x')).toEqual(['\\\\$x', '']);
  });

  it('takes only `$!` as DOLLARBANG (Velocity 1.7), so `$#` starts a directive', () => {
    expect(kinds('$#if')).toEqual([T.IF_DIRECTIVE, T.EOF]);
    expect(images('$#if')).toEqual(['$#if', '']);
  });

  it('lets a directive closing parenthesis eat blanks and one newline', () => {
    const toks = lex('#set($a = 1)  \nb');
    const rparen = toks.find((t) => t.kind === T.RPAREN);
    expect(rparen?.image).toBe(')  \n');
    expect(toks[toks.length - 2].image).toBe('b');
  });

  it('lets #set eat the blanks before it only where it starts a token', () => {
    expect(images('  #set($a = 1)')[0]).toBe('  #set(');
    expect(images('x  #set($a = 1)')[0]).toBe('x  ');
  });

  it('ends #end and #else with their blanks and one newline', () => {
    const toks = lex('#if(true)x#else \ny#end\t\nz');
    expect(toks.find((t) => t.kind === T.ELSE_DIRECTIVE)?.image).toBe('#else \n');
    expect(toks.find((t) => t.kind === T.END)?.image).toBe('#end\t\n');
  });

  it('turns a terminator into a special token whose `$` and `#` come back as text', () => {
    const toks = lex('a $ b');
    expect(toks[1].kind).toBe(T.TEXT);
    expect(toks[1].specials).toEqual(['$ ']);
    expect(tokenLiteral(toks[1])).toBe('$ b');
    expect(specialText(['# ', '\\\\$x'])).toBe('#\\\\$');
  });

  it('reads a DOT only before a letter, so `$x.` keeps its dot as text', () => {
    expect(kinds('$x.y')).toEqual([T.IDENTIFIER, T.DOT, T.IDENTIFIER, T.EOF]);
    const toks = lex('$x. y');
    expect(toks.map((t) => t.image)).toEqual(['$x', '. y', '']);
  });

  it('gives identifiers their hyphens', () => {
    expect(images('$c-1')).toEqual(['$c-1', '']);
  });

  it('reads doubled quotes inside string literals, with longest match', () => {
    const toks = lex('#set($s = "a""b")');
    expect(toks.find((t) => t.kind === T.STRING_LITERAL)?.image).toBe('"a""b"');
    const single = lex("#set($s = 'it''s')");
    expect(single.find((t) => t.kind === T.STRING_LITERAL)?.image).toBe("'it''s'");
  });

  it('splits `1..3` into an integer, a double dot and an integer', () => {
    const toks = lex('#set($r = [1..3])');
    expect(toks.filter((t) => t.kind === T.INTEGER_LITERAL).map((t) => t.image)).toEqual(['1', '3']);
    expect(toks.some((t) => t.kind === T.DOUBLEDOT)).toBe(true);
  });

  it('reads `-3` as one literal, so `5-3` is two integers', () => {
    const toks = lex('#set($n = 5-3)');
    expect(toks.filter((t) => t.kind === T.INTEGER_LITERAL).map((t) => t.image)).toEqual(['5', '-3']);
  });

  it('skips comments and keeps text blocks whole', () => {
    expect(kinds('a## note\nb')).toEqual([
      T.TEXT,
      T.SINGLE_LINE_COMMENT_START,
      T.SINGLE_LINE_COMMENT,
      T.TEXT,
      T.EOF,
    ]);
    expect(kinds('#* x *#y')).toEqual([T.MULTI_LINE_COMMENT, T.TEXT, T.EOF]);
    expect(images('#[[ $x ]]#')).toEqual(['#[[ $x ]]#', '']);
  });

  it('fails with a positioned lexical error on a dangling `$` or `#`', () => {
    expect(() => lex('cost: $')).toThrow(LexError);
    try {
      lex('abc #');
    } catch (e) {
      expect((e as LexError).offset).toBe(5);
    }
  });

  it('reads escaped directives as one token', () => {
    expect(kinds('\\#if')).toEqual([T.ESCAPE_DIRECTIVE, T.EOF]);
    expect(kinds('\\\\#if(true)')[0]).toBe(T.DOUBLE_ESCAPE);
  });
});
