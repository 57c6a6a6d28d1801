/**
 * JSONPath as Jayway JsonPath 2.0.0 (API Gateway's `$input.path` / `$input.json`) evaluates it.
 *
 * Behaviour recorded from that version (differential tests in jsonpath.test.ts and the oracle fixtures):
 * a definite path with no match is "not found"; a missing property or index aborts the whole read
 * (also after `.*` on an object, a slice or a filter), except under an array wildcard `[*]`, which skips
 * the elements it cannot follow; negative single indexes are not supported; `[?(…)]` filters compare
 * numbers numerically when the value read is a number and as text otherwise; `..` scans depth first.
 */
import { compileJavaRegex } from './regex';
import { JBigDecimal, isJavaNumber } from './numbers';
import { JList, JMap, javaToString } from './values';
import type { Value } from './values';

/** No result for a definite path (Jayway's PathNotFoundException): $input.path gives null, $input.json `""`. */
export class PathNotFound extends Error {}
/** A path Jayway rejects (InvalidPathException and friends): the render fails. */
export class InvalidPath extends Error {}

type Token =
  | { t: 'prop'; names: string[] }
  | { t: 'index'; indexes: number[] }
  | { t: 'slice'; from: number | null; to: number | null }
  | { t: 'wildcard' }
  | { t: 'scan' }
  | { t: 'filter'; pred: Pred };

type Operand = { t: 'path'; root: '@' | '$'; tokens: Token[] } | { t: 'literal'; text: string };

type Pred =
  | { t: 'and' | 'or'; left: Pred; right: Pred }
  | { t: 'not'; inner: Pred }
  | { t: 'exists'; path: Operand }
  | { t: 'cmp'; op: string; left: Operand; right: Operand }
  | { t: 'regex'; left: Operand; regex: RegExp };

export interface CompiledPath {
  tokens: Token[];
  definite: boolean;
}

const cache = new Map<string, CompiledPath | InvalidPath>();

export function compilePath(path: string): CompiledPath {
  const hit = cache.get(path);
  if (hit instanceof InvalidPath) throw hit;
  if (hit) return hit;
  let result: CompiledPath | InvalidPath;
  try {
    result = compile(path);
  } catch (e) {
    if (!(e instanceof InvalidPath)) throw e;
    result = e;
  }
  if (cache.size > 500) cache.clear();
  cache.set(path, result);
  if (result instanceof InvalidPath) throw result;
  return result;
}

function compile(raw: string): CompiledPath {
  if (raw === '') throw new InvalidPath('path can not be null or empty');
  let path = raw.trim();
  if (!path.startsWith('$') && !path.startsWith('@')) path = '$.' + path;
  const p = new PathReader(path, 1);
  const tokens = p.tokens(false);
  if (tokens.length > 0 && tokens[tokens.length - 1].t === 'scan')
    throw new InvalidPath('A path can not end with a scan.');
  // a property token is definite even with several names (it then yields one map)
  const definite = tokens.every((t) => t.t === 'prop' || (t.t === 'index' && t.indexes.length === 1));
  return { tokens, definite };
}

class PathReader {
  constructor(
    private readonly s: string,
    public i: number,
  ) {}

  private fail(msg: string): never {
    throw new InvalidPath(msg);
  }

  /** Reads path tokens until the end (or, inside a filter, until an operator or `)`). */
  tokens(inFilter: boolean): Token[] {
    const out: Token[] = [];
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '.') {
        if (s[this.i + 1] === '.') {
          out.push({ t: 'scan' });
          this.i += 2;
          if (s[this.i] === '[') continue;
          if (this.i >= s.length) break;
          if (s[this.i] === '*') {
            this.i++;
            out.push({ t: 'wildcard' });
            continue;
          }
          out.push({ t: 'prop', names: [this.name(inFilter)] });
          continue;
        }
        this.i++;
        if (this.i >= s.length) this.fail("Path must not end with a '.'");
        if (s[this.i] === ' ') this.fail('Space not allowed in path');
        if (s[this.i] === '*') {
          this.i++;
          out.push({ t: 'wildcard' });
          continue;
        }
        if (s[this.i] === '[') continue;
        out.push({ t: 'prop', names: [this.name(inFilter)] });
      } else if (c === '[') {
        out.push(this.bracket());
      } else if (inFilter) {
        break;
      } else if (c === ' ') {
        this.fail('Space not allowed in path');
      } else {
        this.fail(`Could not analyze path component: ${s.slice(this.i)}`);
      }
    }
    return out;
  }

  private name(inFilter: boolean): string {
    const s = this.s;
    const start = this.i;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === '.' || c === '[') break;
      if (
        inFilter &&
        (c === ' ' || c === ')' || c === '=' || c === '!' || c === '<' || c === '>' || c === '&' || c === '|')
      )
        break;
      if (!inFilter && c === ' ') this.fail('Space not allowed in path');
      this.i++;
    }
    const name = s.slice(start, this.i);
    if (name === '') this.fail(`Could not analyze path component: ${s.slice(start)}`);
    return name;
  }

  private bracket(): Token {
    const s = this.s;
    const close = this.findClose(this.i);
    if (close < 0) this.fail(`Could not analyze path component: ${s.slice(this.i)}`);
    const inner = s.slice(this.i + 1, close).trim();
    const start = this.i;
    this.i = close + 1;
    if (inner === '*') return { t: 'wildcard' };
    if (inner.startsWith('?')) {
      const m = /^\?\s*\(([\s\S]*)\)$/.exec(inner);
      if (!m) throw new InvalidPath(`Could not parse filter: ${s.slice(start, close + 1)}`);
      return { t: 'filter', pred: parseFilter(m[1]) };
    }
    if (inner.startsWith("'")) {
      const names: string[] = [];
      const re = /\s*'((?:[^'\\]|\\.)*)'\s*(,|$)/y;
      let at = 0;
      while (at < inner.length) {
        re.lastIndex = at;
        const m = re.exec(inner);
        if (!m) this.fail(`Could not parse property: [${inner}]`);
        names.push(m[1].replace(/\\(.)/g, '$1'));
        at = re.lastIndex;
      }
      return { t: 'prop', names };
    }
    if (inner.includes(':')) {
      const [a, b] = inner.split(':');
      const from = a.trim() === '' ? null : parseIndex(a);
      const to = b === undefined || b.trim() === '' ? null : parseIndex(b);
      return { t: 'slice', from, to };
    }
    if (inner === '') this.fail('Could not analyze path component: []');
    return { t: 'index', indexes: inner.split(',').map(parseIndex) };
  }

  /** The `]` closing the bracket at i (quotes and nested brackets inside filters skipped). */
  private findClose(i: number): number {
    const s = this.s;
    let depth = 0;
    let quote = '';
    for (let j = i; j < s.length; j++) {
      const c = s[j];
      if (quote) {
        if (c === '\\') j++;
        else if (c === quote) quote = '';
        continue;
      }
      if (c === "'") quote = c;
      else if (c === '[') depth++;
      else if (c === ']') {
        depth--;
        if (depth === 0) return j;
      }
    }
    return -1;
  }
}

function parseIndex(text: string): number {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) throw new InvalidPath(`Could not parse index: ${t}`);
  return parseInt(t, 10);
}

// ---------- filters ----------

function parseFilter(text: string): Pred {
  const f = new FilterReader(text);
  const p = f.or();
  f.skipSpace();
  if (!f.done()) throw new InvalidPath(`Could not parse filter: ${text}`);
  return p;
}

class FilterReader {
  private i = 0;
  constructor(private readonly s: string) {}

  done(): boolean {
    return this.i >= this.s.length;
  }

  skipSpace(): void {
    while (this.s[this.i] === ' ') this.i++;
  }

  or(): Pred {
    let left = this.and();
    for (;;) {
      this.skipSpace();
      if (this.s.startsWith('||', this.i)) {
        this.i += 2;
        left = { t: 'or', left, right: this.and() };
      } else return left;
    }
  }

  private and(): Pred {
    let left = this.unary();
    for (;;) {
      this.skipSpace();
      if (this.s.startsWith('&&', this.i)) {
        this.i += 2;
        left = { t: 'and', left, right: this.unary() };
      } else return left;
    }
  }

  private unary(): Pred {
    this.skipSpace();
    if (this.s[this.i] === '!') {
      this.i++;
      return { t: 'not', inner: this.unary() };
    }
    if (this.s[this.i] === '(') {
      this.i++;
      const p = this.or();
      this.skipSpace();
      if (this.s[this.i] !== ')') throw new InvalidPath('Unbalanced parenthesis in filter');
      this.i++;
      return p;
    }
    const left = this.operand();
    this.skipSpace();
    const m = /^(==|!=|<=|>=|=~|<|>)/.exec(this.s.slice(this.i));
    if (!m) {
      if (left.t !== 'path') throw new InvalidPath(`Could not parse filter near ${this.s.slice(this.i)}`);
      return { t: 'exists', path: left };
    }
    this.i += m[1].length;
    this.skipSpace();
    if (m[1] === '=~') {
      const rm = /^\/((?:[^/\\]|\\.)*)\/([a-z]*)/.exec(this.s.slice(this.i));
      if (!rm) throw new InvalidPath('Expected a /regex/ after =~');
      this.i += rm[0].length;
      const flags = rm[2].includes('i') ? 'i' : '';
      const compiled = compileJavaRegex(rm[1], flags);
      if (!(compiled instanceof RegExp)) throw new InvalidPath(compiled.message);
      return { t: 'regex', left, regex: compiled };
    }
    const right = this.operand();
    return { t: 'cmp', op: m[1], left, right };
  }

  private operand(): Operand {
    this.skipSpace();
    const s = this.s;
    const c = s[this.i];
    if (c === '@' || c === '$') {
      this.i++;
      const r = new PathReader(s, this.i);
      const tokens = r.tokens(true);
      this.i = r.i;
      return { t: 'path', root: c, tokens };
    }
    if (c === "'") {
      const end = s.indexOf("'", this.i + 1);
      if (end < 0) throw new InvalidPath('Unterminated string in filter');
      const text = s.slice(this.i, end + 1);
      this.i = end + 1;
      return { t: 'literal', text };
    }
    const start = this.i;
    while (this.i < s.length && !/[\s)&|=!<>]/.test(s[this.i])) this.i++;
    if (this.i === start) throw new InvalidPath(`Could not parse filter near ${s.slice(start)}`);
    return { t: 'literal', text: s.slice(start, this.i) };
  }
}

// ---------- evaluation ----------

const NOTHING = Symbol('nothing');
type Read = Value | typeof NOTHING;

class Evaluation {
  readonly results: Value[] = [];
  constructor(
    readonly root: Value,
    /** Whether the whole path is definite (a missing property inside it then aborts the read). */
    readonly definite: boolean,
  ) {}
}

/** Reads a compiled path. Definite paths give the single value (PathNotFound when missing); others a JSON array. */
export function readPath(doc: Value, path: CompiledPath): Value {
  if (doc === null) throw new InvalidPath('json object can not be null');
  const ev = new Evaluation(doc, path.definite);
  walk(path.tokens, 0, doc, ev);
  if (path.definite) {
    if (ev.results.length === 0) throw new PathNotFound('No results for path');
    return ev.results[0];
  }
  return new JList(ev.results, 'JSONArray');
}

function walk(tokens: Token[], i: number, model: Value, ev: Evaluation): void {
  if (i >= tokens.length) {
    ev.results.push(model);
    return;
  }
  const tok = tokens[i];
  switch (tok.t) {
    case 'prop':
      return property(tokens, i, tok.names, model, ev);
    case 'index':
      if (!checkArray(model, tok)) return;
      for (const idx of tok.indexes) element(tokens, i, model as JList, idx, ev);
      return;
    case 'slice': {
      if (!checkArray(model, tok)) return;
      const len = (model as JList).items.length;
      let from: number;
      let to: number;
      if (tok.from !== null && tok.to === null) {
        from = tok.from < 0 ? Math.max(0, len + tok.from) : tok.from;
        to = len;
      } else if (tok.from === null) {
        to = tok.to === null ? len : tok.to < 0 ? len + tok.to : Math.min(len, tok.to);
        from = 0;
      } else {
        from = tok.from;
        to = Math.min(len, tok.to as number);
        if (from >= to || len === 0) return;
      }
      for (let k = from; k < to; k++) element(tokens, i, model as JList, k, ev);
      return;
    }
    case 'wildcard':
      if (model instanceof JMap) {
        for (const v of model.entries.values()) walk(tokens, i + 1, v, ev);
      } else if (model instanceof JList) {
        for (let k = 0; k < model.items.length; k++) {
          try {
            walk(tokens, i + 1, model.items[k], ev);
          } catch (e) {
            if (!(e instanceof PathNotFound)) throw e;
          }
        }
      }
      return;
    case 'scan':
      return scan(tokens, i + 1, model, ev);
    case 'filter':
      if (model instanceof JMap) {
        if (accepts(tok.pred, model, ev)) walk(tokens, i + 1, model, ev);
      } else if (model instanceof JList) {
        for (let k = 0; k < model.items.length; k++) {
          if (accepts(tok.pred, model.items[k], ev)) walk(tokens, i + 1, model.items[k], ev);
        }
      } else {
        throw new InvalidPath(
          `Filter: ${'[?]'} can not be applied to primitives. Current context is: ${model === null ? 'null' : javaToString(model)}`,
        );
      }
      return;
  }
}

function property(tokens: Token[], i: number, names: string[], model: Value, ev: Evaluation): void {
  const isLeaf = i === tokens.length - 1;
  if (!(model instanceof JMap)) {
    throw new PathNotFound(`Expected to find an object with property ${names.join(',')}`);
  }
  if (names.length > 1 && !isLeaf) throw new InvalidPath('Multi properties can only be used as path leafs');
  if (names.length === 1) {
    if (!model.has(names[0])) {
      // a missing leaf aborts the read; a missing step inside an indefinite path only ends that branch
      if (isLeaf || ev.definite) throw new PathNotFound(`No results for property ${names[0]}`);
      return;
    }
    walk(tokens, i + 1, model.get(names[0]), ev);
    return;
  }
  // several properties (a leaf): a map of those present
  const m = new JMap();
  for (const n of names) if (model.has(n)) m.put(n, model.get(n));
  walk(tokens, i + 1, m, ev);
}

/** An index or a slice needs an array: null is "not found", anything else a broken path. */
function checkArray(model: Value, tok: Token): boolean {
  if (model === null) throw new PathNotFound('The path is null');
  if (!(model instanceof JList)) {
    const what = tok.t === 'index' ? `[${tok.indexes.join(',')}]` : '[:]';
    throw new InvalidPath(
      `Filter: ${what} can only be applied to arrays. Current context is: ${javaToString(model)}`,
    );
  }
  return true;
}

function element(tokens: Token[], i: number, model: JList, idx: number, ev: Evaluation): void {
  if (idx < 0 || idx >= model.items.length) throw new PathNotFound('Index out of bounds');
  walk(tokens, i + 1, model.items[idx], ev);
}

/** `..`: depth-first; the next token applies wherever its kind of container is found. */
function scan(tokens: Token[], i: number, model: Value, ev: Evaluation): void {
  const pt = tokens[i];
  const isLeaf = i === tokens.length - 1;
  const matches = (m: Value): boolean => {
    switch (pt.t) {
      case 'prop':
        return m instanceof JMap && pt.names.every((n) => m.has(n));
      case 'index':
      case 'slice':
        return m instanceof JList;
      case 'filter':
        return m instanceof JList || m instanceof JMap;
      default:
        return true;
    }
  };
  const visit = (m: Value): void => {
    if (m instanceof JMap) {
      if (matches(m)) walk(tokens, i, m, ev);
      for (const v of m.entries.values()) visit(v);
    } else if (m instanceof JList) {
      if (matches(m)) {
        if (isLeaf) walk(tokens, i, m, ev);
        else for (const e of m.items) walk(tokens, i + 1, e, ev);
      }
      for (const e of m.items) visit(e);
    }
  };
  visit(model);
}

function accepts(pred: Pred, item: Value, ev: Evaluation): boolean {
  switch (pred.t) {
    case 'and':
      return accepts(pred.left, item, ev) && accepts(pred.right, item, ev);
    case 'or':
      return accepts(pred.left, item, ev) || accepts(pred.right, item, ev);
    case 'not':
      return !accepts(pred.inner, item, ev);
    case 'exists': {
      const v = operandValue(pred.path, item, ev);
      return v !== NOTHING && v !== null;
    }
    case 'regex': {
      const v = operandValue(pred.left, item, ev);
      if (v === NOTHING || !(typeof v === 'string' || isJavaNumber(v))) return false;
      const re = pred.regex;
      re.lastIndex = 0;
      const m = re.exec(javaToString(v));
      return m !== null && m.index === 0 && m[0].length === javaToString(v).length;
    }
    case 'cmp':
      return compare(pred.op, operandValue(pred.left, item, ev), pred.right, item, ev);
  }
}

function operandValue(op: Operand, item: Value, ev: Evaluation): Read {
  if (op.t === 'literal') return op.text;
  const start = op.root === '@' ? item : ev.root;
  const sub = new Evaluation(ev.root, true);
  try {
    walk(op.tokens, 0, start, sub);
  } catch (e) {
    if (e instanceof PathNotFound) return NOTHING;
    throw e;
  }
  const definite = op.tokens.every((t) => (t.t === 'prop' ? t.names.length === 1 : t.t === 'index'));
  if (definite) return sub.results.length > 0 ? sub.results[0] : NOTHING;
  return new JList(sub.results, 'JSONArray');
}

/** A literal on the right of a comparison: 'quoted' text, null, or the text as written (numbers stay text). */
function literalValue(text: string): Value {
  if (text === 'null') return null;
  return text.length >= 2 && text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1) : text;
}

class NotComparable extends Error {}

function toDecimal(v: Value): JBigDecimal {
  const text = javaToString(v).trim();
  const bd = v instanceof JBigDecimal ? v : JBigDecimal.parse(text);
  if (!bd)
    throw new InvalidPath(
      `NumberFormatException: Character ${text[0] ?? ''} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`,
    );
  return bd;
}

function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * Jayway 2.0.0's safeCompare(value, expected): nulls first; text with text by UTF-16 order; a number with a
 * number or with text as BigDecimals (text that is not a number fails the read); booleans with booleans or
 * with text read as Boolean.valueOf; anything else (maps, lists) cannot be compared (the filter is false).
 */
function safeCompare(left: Value, right: Value): number {
  const ln = left === null;
  const rn = right === null;
  if (ln && rn) return 0;
  if (ln) return -1;
  if (rn) return 1;
  const ls = typeof left === 'string';
  const rs = typeof right === 'string';
  if (ls && rs) return compareText(left, right);
  const lnum = isJavaNumber(left);
  const rnum = isJavaNumber(right);
  if ((lnum || ls) && (rnum || rs)) return compareDecimals(toDecimal(left), toDecimal(right));
  const lb = typeof left === 'boolean';
  const rb = typeof right === 'boolean';
  if ((lb || ls) && (rb || rs) && (lb || rb)) {
    const a = lb ? left : (left as string).toLowerCase() === 'true';
    const b = rb ? right : (right as string).toLowerCase() === 'true';
    return a === b ? 0 : a ? 1 : -1;
  }
  throw new NotComparable();
}

function compare(op: string, left: Read, right: Operand, item: Value, ev: Evaluation): boolean {
  if (left === NOTHING) return false;
  const r = right.t === 'literal' ? literalValue(right.text) : operandValue(right, item, ev);
  if (r === NOTHING) return false;
  let c: number;
  try {
    c = safeCompare(left, r);
  } catch (e) {
    if (e instanceof NotComparable) return false;
    throw e;
  }
  switch (op) {
    case '==':
      return c === 0;
    case '!=':
      return c !== 0;
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function compareDecimals(a: JBigDecimal, b: JBigDecimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.withScale(scale);
  const y = b.withScale(scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The shape of a read for the diagnostics: whether a path is indefinite. */
export function isDefinitePath(path: string): boolean {
  try {
    return compilePath(path).definite;
  } catch {
    return true;
  }
}
