/**
 * The parsed form of a template. Every node keeps its source range (offsets into the template text) so
 * runtime problems become positioned diagnostics.
 */
import type { JBigInteger, JDouble } from './numbers';

export interface Range {
  start: number;
  end: number;
}

/** One link of a reference chain: `.name`, `.name(args)`, `[index]`. */
export type RefPart =
  | ({ t: 'prop'; name: string } & Range)
  | ({ t: 'method'; name: string; args: Expr[] } & Range)
  | ({ t: 'index'; arg: Expr } & Range);

/** `$name…` (ASTReference). */
export interface RefNode extends Range {
  /** normal `$a`, quiet `$!a`, formal `${a}`, runt: an identifier without `$` that the lexer let through. */
  kind: 'normal' | 'quiet' | 'formal' | 'runt' | 'slashbang';
  root: string;
  parts: RefPart[];
  /** An odd number of backslashes before `$`. */
  escaped: boolean;
  /** Half the leading backslashes, printed before the value. */
  escPrefix: string;
  /** `#` / `$` characters the lexer glued in front (`#$a` prints `#` then the value). */
  morePrefix: string;
  /** The reference as written (after the escape backslashes), printed when escaped or when a null is concatenated. */
  literal: string;
}

export type Expr =
  | ({ t: 'str'; value: string; literal: string } & Range)
  | ({ t: 'istr'; body: Stmt[]; trimLast: boolean; literal: string } & Range)
  | ({ t: 'int'; value: number | bigint | JBigInteger; literal: string } & Range)
  | ({ t: 'float'; value: JDouble; literal: string } & Range)
  | ({ t: 'bool'; value: boolean; literal: string } & Range)
  | ({ t: 'ref'; ref: RefNode; literal: string } & Range)
  | ({ t: 'range'; left: Expr; right: Expr; literal: string } & Range)
  | ({ t: 'list'; items: Expr[]; literal: string } & Range)
  | ({ t: 'map'; entries: Array<[Expr, Expr]>; literal: string } & Range)
  | ({ t: 'bin'; op: BinaryOp; left: Expr; right: Expr; literal: string } & Range)
  | ({ t: 'not'; operand: Expr; literal: string } & Range)
  | ({ t: 'group'; inner: Expr; literal: string } & Range)
  | ({ t: 'word'; name: string; literal: string } & Range);

export type BinaryOp =
  'or' | 'and' | 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge' | 'add' | 'sub' | 'mul' | 'div' | 'mod';

export type Stmt =
  | ({ t: 'text'; text: string } & Range)
  | ({ t: 'ref'; ref: RefNode } & Range)
  | ({ t: 'set'; left: RefNode; value: Expr } & Range)
  | ({ t: 'if'; branches: Array<{ cond: Expr; body: Stmt[] }>; otherwise: Stmt[] | null } & Range)
  | ({ t: 'foreach'; args: Expr[]; body: Stmt[]; nameEnd: number } & Range)
  | ({ t: 'define'; args: Expr[]; body: Stmt[]; nameEnd: number } & Range)
  | ({ t: 'macro'; args: Expr[]; body: Stmt[]; nameEnd: number } & Range)
  | ({ t: 'literal'; text: string } & Range)
  | ({ t: 'break'; args: Expr[] } & Range)
  | ({ t: 'stop' } & Range)
  | ({ t: 'evaluate'; args: Expr[]; nameEnd: number } & Range)
  | ({ t: 'include'; name: string; args: Expr[]; nameEnd: number } & Range)
  /** `#name(...)`: a macro call, or (when no macro has that name) its own text. */
  | ({
      t: 'call';
      name: string;
      args: Expr[];
      literal: string;
      body: Stmt[] | null;
      nameEnd: number;
    } & Range);

export interface Template {
  body: Stmt[];
  /** Macros defined anywhere in the template (Velocity registers them before rendering). */
  macros: Map<string, MacroDef>;
}

export interface MacroDef {
  name: string;
  params: string[];
  body: Stmt[];
  range: Range;
}
