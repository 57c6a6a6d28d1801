/**
 * Warnings found by reading a parsed template (no sample needed): the traps users hit with API Gateway
 * templates — unknown `$context` keys, AppSync-only `$util` helpers, `escapeJavaScript` output put into
 * JSON without turning `\'` back into `'`.
 */
import type { Expr, RefNode, Stmt, Template } from './ast';
import { APPSYNC_ONLY_UTIL, APPSYNC_ONLY_UTIL_NAMES, CONTEXT_ROOT } from './catalog';
import type { VtlMember } from './catalog';

export interface Lint {
  code: 'vtl/unknown-context-key' | 'vtl/appsync-only' | 'vtl/escapejavascript-in-json';
  message: string;
  start: number;
  end: number;
  /** Only relevant when the output is JSON. */
  jsonOnly?: boolean;
}

function member(members: VtlMember[] | undefined, name: string): VtlMember | undefined {
  return members?.find((m) => m.name === name);
}

function checkContext(ref: RefNode, out: Lint[]): void {
  let node: VtlMember = CONTEXT_ROOT;
  let path = '$context';
  for (const part of ref.parts) {
    if (part.t !== 'prop' && part.t !== 'method') return;
    if (part.t === 'method') {
      // map methods (get, keySet, …) are fine; `$context.get('x')` is not checked
      return;
    }
    if (node.openEnded) return;
    const next = member(node.members, part.name);
    if (!next) {
      out.push({
        code: 'vtl/unknown-context-key',
        message: `${path} has no key "${part.name}" in API Gateway; it renders nothing.${suggest(part.name, node.members)}`,
        start: part.start,
        end: part.end,
      });
      return;
    }
    path += '.' + part.name;
    node = next;
    if (node.kind !== 'object') return;
  }
}

function suggest(name: string, members: VtlMember[] | undefined): string {
  if (!members) return '';
  const lower = name.toLowerCase();
  const hit = members.find((m) => m.name.toLowerCase() === lower);
  return hit ? ` Did you mean "${hit.name}"? Keys are case-sensitive.` : '';
}

function checkUtil(ref: RefNode, out: Lint[]): void {
  const first = ref.parts[0];
  if (!first || first.t === 'index') return;
  if (APPSYNC_ONLY_UTIL_NAMES.has(first.name)) {
    const h = APPSYNC_ONLY_UTIL.find((x) => x.name === first.name);
    out.push({
      code: 'vtl/appsync-only',
      message: `$util.${first.name} exists only in AppSync resolvers; API Gateway's $util has escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode and base64Decode, so this renders nothing.${h ? ` Instead: ${h.instead}.` : ''}`,
      start: first.start,
      end: first.end,
    });
    return;
  }
  if (first.t === 'method' && first.name === 'escapeJavaScript') {
    const restoresQuote = ref.parts
      .slice(1)
      .some((p) => p.t === 'method' && (p.name === 'replaceAll' || p.name === 'replace'));
    if (!restoresQuote)
      out.push({
        code: 'vtl/escapejavascript-in-json',
        message:
          '$util.escapeJavaScript turns \' into \\\', which is not valid inside a JSON string. Append .replaceAll("\\\\\'","\'") when the result goes into JSON.',
        start: first.start,
        end: first.end,
        jsonOnly: true,
      });
  }
}

function visitRef(ref: RefNode, out: Lint[]): void {
  if (ref.kind === 'runt' || ref.kind === 'slashbang' || ref.escaped) return;
  if (ref.root === 'context') checkContext(ref, out);
  else if (ref.root === 'util') checkUtil(ref, out);
  for (const p of ref.parts) {
    if (p.t === 'method') for (const a of p.args) visitExpr(a, out);
    else if (p.t === 'index') visitExpr(p.arg, out);
  }
}

function visitExpr(e: Expr, out: Lint[]): void {
  switch (e.t) {
    case 'ref':
      return visitRef(e.ref, out);
    case 'istr':
      return visitStmts(e.body, out);
    case 'range':
      visitExpr(e.left, out);
      return visitExpr(e.right, out);
    case 'list':
      for (const x of e.items) visitExpr(x, out);
      return;
    case 'map':
      for (const [k, v] of e.entries) {
        visitExpr(k, out);
        visitExpr(v, out);
      }
      return;
    case 'bin':
      visitExpr(e.left, out);
      return visitExpr(e.right, out);
    case 'not':
      return visitExpr(e.operand, out);
    case 'group':
      return visitExpr(e.inner, out);
    default:
      return;
  }
}

function visitStmts(body: Stmt[], out: Lint[]): void {
  for (const s of body) {
    switch (s.t) {
      case 'ref':
        visitRef(s.ref, out);
        break;
      case 'set':
        visitRef(s.left, out);
        visitExpr(s.value, out);
        break;
      case 'if':
        for (const b of s.branches) {
          visitExpr(b.cond, out);
          visitStmts(b.body, out);
        }
        if (s.otherwise) visitStmts(s.otherwise, out);
        break;
      case 'foreach':
      case 'define':
      case 'macro':
        for (const a of s.args) visitExpr(a, out);
        visitStmts(s.body, out);
        break;
      case 'call':
      case 'evaluate':
      case 'break':
        for (const a of s.args) visitExpr(a, out);
        if (s.t === 'call' && s.body) visitStmts(s.body, out);
        break;
      default:
        break;
    }
  }
}

/** Static warnings for a parsed template, in source order. */
export function lintTemplate(template: Template): Lint[] {
  const out: Lint[] = [];
  visitStmts(template.body, out);
  return out.sort((a, b) => a.start - b.start);
}
