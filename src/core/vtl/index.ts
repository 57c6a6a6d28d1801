/**
 * API Gateway mapping templates (VTL), rendered as API Gateway renders them.
 *
 *   const parsed = parseTemplate(text);                 // once per template text
 *   const r = renderParsed(parsed, { request, phase }); // per sample
 *   r.output, r.diagnostics, r.failure, r.overrides
 *
 * Depends on nothing in the core but diagnostics and the SampleRequest type, so it can be used alone.
 */
import type { Diagnostic } from '../diagnostics';
import type { Template } from './ast';
import type { SampleRequest } from '../design/types';
import { buildContext, buildVariables } from './context';
import type { RenderInput } from './context';
import { DEFAULT_LIMITS, RenderFailure, Renderer } from './evaluator';
import type { FailureKind, Limits } from './evaluator';
import { strictJsonError } from './json';
import { lintTemplate } from './lint';
import type { Lint } from './lint';
import { parseVtl } from './parser';
import { JBigDecimal, JBigInteger, JDouble } from './numbers';
import { JList, JMap, LimitExceeded, javaToString } from './values';
import type { Value } from './values';

export type { RenderInput } from './context';
export type { Limits } from './evaluator';
export { DEFAULT_LIMITS } from './evaluator';

/** API Gateway's limit on a mapping template. */
export const MAX_TEMPLATE_BYTES = 300 * 1024;

/** A template parsed once, rendered many times. */
export interface ParsedTemplate {
  readonly source: string;
  /** null when the template does not parse (or is too large). */
  readonly template: Template | null;
  /** Parse errors and static warnings (positions are 1-based, end exclusive). */
  readonly diagnostics: Diagnostic[];
  /** Static warnings that only apply to JSON output. */
  readonly jsonLints: Diagnostic[];
}

/** Why API Gateway would fail the request instead of using the output. */
export interface RenderFailureInfo {
  kind: 'parse' | FailureKind;
  message: string;
}

/** Ordered name → values (a list assigned to an override gives several values). */
export type OverrideValues = Array<[name: string, values: string[]]>;

/**
 * What `$context.requestOverride.*` / `$context.responseOverride.*` hold after the render (API Gateway
 * applies them once the whole template has rendered). `status` is the raw value the template set.
 */
export interface Overrides {
  request: { header: OverrideValues; querystring: OverrideValues; path: Record<string, string> };
  response: { header: OverrideValues; status?: number | string | boolean };
}

export interface RenderResult {
  /** The rendered text; after a failure, what was rendered before it (API Gateway would not send it). */
  output: string;
  diagnostics: Diagnostic[];
  /** Set when API Gateway would fail the request (parse error, runtime error, invalid payload, limits). */
  failure: RenderFailureInfo | null;
  overrides: Overrides;
}

export interface RenderOptions {
  limits?: Partial<Limits>;
}

/** Offset → 1-based line and column. */
function positioner(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | null = null;
  return (offset: number) => {
    if (starts === null) {
      starts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    }
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1 };
  };
}

function at(
  pos: (o: number) => { line: number; column: number },
  start: number,
  end: number,
): Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'> {
  const a = pos(start);
  const b = pos(Math.max(end, start + 1));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function lintDiagnostic(l: Lint, pos: (o: number) => { line: number; column: number }): Diagnostic {
  return { severity: 'warning', code: l.code, message: l.message, ...at(pos, l.start, l.end) };
}

/** Parses a template once: the result renders against any number of samples. */
export function parseTemplate(text: string): ParsedTemplate {
  const source = typeof text === 'string' ? text : String(text ?? '');
  const bytes = source.length > MAX_TEMPLATE_BYTES / 4 ? utf8Length(source) : 0;
  if (bytes > MAX_TEMPLATE_BYTES) {
    return {
      source,
      template: null,
      jsonLints: [],
      diagnostics: [
        {
          severity: 'error',
          code: 'vtl/template-too-large',
          message: `The template is ${Math.ceil(bytes / 1024)} KB; API Gateway accepts mapping templates up to 300 KB.`,
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const pos = positioner(source);
  let parsed: ReturnType<typeof parseVtl>;
  try {
    parsed = parseVtl(source);
  } catch (e) {
    // never throw: an unexpected failure of ours is reported like a parse error
    parsed = {
      template: null,
      error: {
        message: `Internal error while parsing: ${(e as Error)?.message ?? String(e)}`,
        start: 0,
        end: 0,
      },
    };
  }
  if (parsed.error || !parsed.template) {
    const e = parsed.error ?? { message: 'The template could not be parsed', start: 0, end: 0 };
    return {
      source,
      template: null,
      jsonLints: [],
      diagnostics: [{ severity: 'error', code: 'vtl/parse', message: e.message, ...at(pos, e.start, e.end) }],
    };
  }
  const lints = lintTemplate(parsed.template);
  return {
    source,
    template: parsed.template,
    diagnostics: lints.filter((l) => !l.jsonOnly).map((l) => lintDiagnostic(l, pos)),
    jsonLints: lints.filter((l) => l.jsonOnly).map((l) => lintDiagnostic(l, pos)),
  };
}

function emptyOverrides(): Overrides {
  return { request: { header: [], querystring: [], path: {} }, response: { header: [] } };
}

function overrideValues(v: Value): string[] {
  if (v instanceof JList) return v.items.map((x) => (x === null ? '' : javaToString(x)));
  return [javaToString(v)];
}

function readOverrides(context: JMap): Overrides {
  const o = emptyOverrides();
  const inner = (m: Value, key: string): JMap | null => {
    const x = m instanceof JMap ? m.get(key) : null;
    return x instanceof JMap ? x : null;
  };
  const multi = (m: JMap | null): OverrideValues => {
    const out: OverrideValues = [];
    if (m) for (const [k, v] of m.entries) if (v !== null) out.push([javaToString(k), overrideValues(v)]);
    return out;
  };
  const req = context.get('requestOverride');
  o.request.header = multi(inner(req, 'header'));
  o.request.querystring = multi(inner(req, 'querystring'));
  const path = inner(req, 'path');
  if (path)
    for (const [k, v] of path.entries) if (v !== null) o.request.path[javaToString(k)] = javaToString(v);
  const res = context.get('responseOverride');
  o.response.header = multi(inner(res, 'header'));
  if (res instanceof JMap && res.has('status')) {
    const s = res.get('status');
    if (s !== null) {
      const js = toJs(s);
      o.response.status =
        typeof js === 'number' || typeof js === 'string' || typeof js === 'boolean' ? js : javaToString(s);
    }
  }
  return o;
}

/** A template value as plain JSON-like JS (maps to objects, lists to arrays, numbers to numbers). */
export function toJs(v: Value): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof JDouble) return v.value;
  if (v instanceof JBigDecimal) return v.toNumber();
  if (v instanceof JBigInteger) return Number(v.value);
  if (v instanceof JList) return v.items.map(toJs);
  if (v instanceof JMap) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v.entries) o[javaToString(k)] = toJs(x);
    return o;
  }
  return v.toJavaString();
}

/** `$context` as a template sees it for this request (defaults under the sample's overrides), as plain JS. */
export function contextValues(request: SampleRequest): Record<string, unknown> {
  return toJs(buildContext(request ?? {})) as Record<string, unknown>;
}

function isJsonContentType(ct: string | undefined, output: string): boolean {
  if (ct === undefined) {
    for (let i = 0; i < output.length; i++) {
      const c = output.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) continue;
      return c === 123 || c === 91;
    }
    return false;
  }
  return /\bjson\b|\+json/i.test(ct);
}

/** Line and column of an offset in the output, for the JSON check. */
function outputPosition(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** The last output checked, and the answer (renders of the same sample repeat their output). */
let lastChecked: { output: string; result: Diagnostic | null } | null = null;

function jsonCheck(output: string): Diagnostic | null {
  if (lastChecked !== null && lastChecked.output === output)
    return lastChecked.result && { ...lastChecked.result };
  const result = checkJson(output);
  lastChecked = { output, result };
  return result;
}

function checkJson(output: string): Diagnostic | null {
  if (output.trim() === '') return null;
  try {
    // the native parser is the fast path; the scanner only runs to explain a failure
    JSON.parse(output);
    return null;
  } catch {
    // fall through
  }
  const e = strictJsonError(output);
  if (!e) return null;
  const where = `output ${outputPosition(output, e.offset)}`;
  if (e.message === 'a dangling comma')
    return {
      severity: 'warning',
      code: 'vtl/output-not-json',
      message: `The output is not valid JSON: a dangling comma before ${where} (often a #foreach that writes "," after every item; use #if($foreach.hasNext),#end).`,
    };
  if (e.message.includes("\\'"))
    return {
      severity: 'warning',
      code: 'vtl/output-not-json',
      message: `The output is not valid JSON: \\' at ${where} is not a JSON escape (from $util.escapeJavaScript? add .replaceAll("\\\\'","'")).`,
    };
  return {
    severity: 'warning',
    code: 'vtl/output-not-json',
    message: `The output is not valid JSON at ${where}: ${e.message}.`,
  };
}

/** Renders a parsed template against one sample. Never throws. */
export function renderParsed(
  parsed: ParsedTemplate,
  input: RenderInput,
  options: RenderOptions = {},
): RenderResult {
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (!parsed.template) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error');
    return {
      output: '',
      diagnostics,
      failure: {
        kind: first?.code === 'vtl/template-too-large' ? 'limit' : 'parse',
        message: first?.message ?? 'Invalid template',
      },
      overrides: emptyOverrides(),
    };
  }
  const pos = positioner(parsed.source);
  const limits: Limits = options.limits ? { ...DEFAULT_LIMITS, ...options.limits } : DEFAULT_LIMITS;
  let renderer: Renderer | null = null;
  let output: string;
  let failure: RenderFailureInfo | null = null;
  try {
    const vars = buildVariables(input ?? { request: {} });
    renderer = new Renderer(parsed.template, vars, limits);
    output = renderer.render();
  } catch (e) {
    output = renderer?.partial() ?? '';
    if (e instanceof RenderFailure) {
      failure = { kind: e.kind, message: e.message };
      diagnostics.push({
        severity: 'error',
        code: `vtl/${e.kind}`,
        message: e.message,
        ...(e.range ? at(pos, e.range.start, e.range.end) : {}),
      });
    } else if (e instanceof LimitExceeded) {
      failure = { kind: 'limit', message: e.message };
      diagnostics.push({ severity: 'error', code: 'vtl/limit', message: e.message });
    } else if (e instanceof RangeError) {
      failure = { kind: 'limit', message: 'The template recursed too deeply to render' };
      diagnostics.push({ severity: 'error', code: 'vtl/limit', message: failure.message });
    } else {
      const message = `Internal error while rendering: ${(e as Error)?.message ?? String(e)}`;
      failure = { kind: 'runtime', message };
      diagnostics.push({ severity: 'error', code: 'vtl/internal', message });
    }
  }
  if (renderer) {
    for (const n of renderer.notes)
      diagnostics.push({
        severity: n.severity,
        code: n.code,
        message: n.message,
        ...at(pos, n.range.start, n.range.end),
      });
  }
  const json = !failure && isJsonContentType(input?.contentType, output);
  if (json || input?.contentType === undefined) {
    if (json) diagnostics.push(...parsed.jsonLints);
  }
  if (json) {
    const d = jsonCheck(output);
    if (d) diagnostics.push(d);
  }
  if (!json) {
    // the map-printing warning is about JSON output
    for (let i = diagnostics.length - 1; i >= 0; i--)
      if (diagnostics[i].code === 'vtl/map-printed') diagnostics.splice(i, 1);
  }
  const overrides = renderer?.vars.contextBuilt ? readOverrides(renderer.vars.context) : emptyOverrides();
  return { output, diagnostics, failure, overrides };
}

/** Renders template text against one sample (parse included). Never throws. */
export function renderTemplate(template: string, input: RenderInput, options?: RenderOptions): RenderResult {
  return renderParsed(parseTemplate(template), input, options);
}
