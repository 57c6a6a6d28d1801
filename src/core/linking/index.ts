/**
 * Field ↔ output linking: which lines of the CDK code and which CloudFormation properties a design
 * value produces, and back from an output line to the design value. The code side uses the spans
 * the TypeScript printer records per design path (printTypeScriptWithLinks); the template side uses
 * the synthesizer's source map (template pointer → design pointer), refined below the mapped value
 * by matching keys (PascalCase in CloudFormation, camelCase in the design), and the printed
 * template's own positions (parsed with the yaml package, which reads the JSON printout too).
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { CodeLink } from '../codegen/doc';
import { pointerSegment } from '../diagnostics';
import { pointerSegments, valueAt } from '../design/edits';
import type { Design } from '../design/types';
import type { Json, JsonObject, Template } from '../synth/cfn';
import type { SourceMap } from '../synth/synthesize';

/** Lines, 1-based, both ends included. */
export interface LineRange {
  start: number;
  end: number;
}

const toPointer = (segments: readonly string[]) => segments.map((s) => '/' + pointerSegment(s)).join('');

function mergeRanges(ranges: LineRange[]): LineRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: LineRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

const within = (path: string, parent: string) => path === parent || path.startsWith(parent + '/');

// ---- CDK code ---------------------------------------------------------------------------------

/**
 * The code lines a design value produced: every span of the value and what is inside it. A value
 * nested below what the printer links (a Duration's unit) shows its parent's lines; a value the
 * design does not set has none.
 */
export function codeLinesForPath(links: readonly CodeLink[], design: Design, path: string): LineRange[] {
  if (valueAt(design, path) === undefined) return [];
  for (let p = path, depth = 0; p !== '' && depth < 3; p = p.slice(0, p.lastIndexOf('/')), depth += 1) {
    const found = links.filter((link) => within(link.path, p));
    if (found.length > 0) return mergeRanges(found.map((l) => ({ start: l.line, end: l.endLine })));
  }
  return [];
}

/** The design path of the innermost span covering a code line (for clicking a line). */
export function pathAtCodeLine(links: readonly CodeLink[], line: number): string | undefined {
  let best: CodeLink | undefined;
  for (const link of links) {
    if (link.line > line || link.endLine < line) continue;
    if (!best || link.end - link.start < best.end - best.start) best = link;
  }
  return best?.path;
}

// ---- CloudFormation ---------------------------------------------------------------------------

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const camel = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The source map plus what it leaves out: the Lambda::Permission resources a method's
 * LambdaIntegration creates belong to that method's allowTestInvoke (the test-invoke-stage one) and
 * scopePermissionToMethod (the others). A permission's logical ID starts with its method's, less
 * the method's 8-character hash (both are paths under the method's construct).
 */
export function linkingSourceMap(template: Template, sourceMap: SourceMap): SourceMap {
  const resources = (template.Resources ?? {}) as JsonObject;
  const methods: Array<{ prefix: string; path: string }> = [];
  for (const [logicalId, resource] of Object.entries(resources)) {
    const path = sourceMap[`/Resources/${pointerSegment(logicalId)}`];
    if (isObject(resource) && resource.Type === 'AWS::ApiGateway::Method' && path) {
      methods.push({ prefix: logicalId.slice(0, -8), path });
    }
  }
  const out: SourceMap = { ...sourceMap };
  for (const [logicalId, resource] of Object.entries(resources)) {
    if (!isObject(resource) || resource.Type !== 'AWS::Lambda::Permission') continue;
    const method = methods.find((m) => logicalId.startsWith(m.prefix + 'ApiPermission'));
    if (!method) continue;
    const test = JSON.stringify(resource.Properties ?? {}).includes('/test-invoke-stage/');
    out[`/Resources/${pointerSegment(logicalId)}`] =
      `${method.path}/integration/${test ? 'allowTestInvoke' : 'scopePermissionToMethod'}`;
  }
  return out;
}

/** Follows design segments into the template value, matching keys as they are or in PascalCase. */
function refineIntoTemplate(template: Template, pointer: string, rest: readonly string[]): string {
  const segments = pointerSegments(pointer);
  let value: Json | undefined = valueAt(template, pointer) as Json | undefined;
  for (const segment of rest) {
    if (Array.isArray(value) && /^\d+$/.test(segment) && Number(segment) < value.length) {
      segments.push(segment);
      value = value[Number(segment)];
    } else if (isObject(value) && Object.hasOwn(value, segment)) {
      segments.push(segment);
      value = value[segment];
    } else if (isObject(value) && Object.hasOwn(value, pascal(segment))) {
      segments.push(pascal(segment));
      value = value[pascal(segment)];
    } else break;
  }
  return toPointer(segments);
}

/** Template pointers of what a design value produced (most specific first). */
export function templatePointersForPath(template: Template, sourceMap: SourceMap, path: string): string[] {
  const entries = Object.entries(sourceMap);
  const direct = entries.filter(([, design]) => within(design, path)).map(([pointer]) => pointer);
  if (direct.length > 0) return direct;
  // Below a mapped value: the longest mapped ancestor, refined by the remaining segments.
  let best: [string, string] | undefined;
  for (const [pointer, design] of entries) {
    if (within(path, design) && (!best || design.length > best[1].length)) best = [pointer, design];
  }
  if (!best) return [];
  const rest = pointerSegments(path).slice(pointerSegments(best[1]).length);
  return [refineIntoTemplate(template, best[0], rest)];
}

/** The design value a template value came from: the deepest design path that exists. */
export function pathForTemplatePointer(
  template: Template,
  sourceMap: SourceMap,
  design: Design,
  pointer: string,
): string | undefined {
  const segments = pointerSegments(pointer);
  for (let length = segments.length; length > 0; length -= 1) {
    const mapped = sourceMap[toPointer(segments.slice(0, length))];
    if (mapped === undefined) continue;
    const path = pointerSegments(mapped);
    for (const segment of segments.slice(length)) {
      const here = valueAt(design, toPointer(path));
      if (Array.isArray(here) && /^\d+$/.test(segment) && Number(segment) < here.length) path.push(segment);
      else if (typeof here === 'object' && here !== null && Object.hasOwn(here, segment)) path.push(segment);
      else if (typeof here === 'object' && here !== null && Object.hasOwn(here, camel(segment)))
        path.push(camel(segment));
      else break;
    }
    return toPointer(path);
  }
  return undefined;
}

/**
 * The lines each JSON pointer occupies in a printed template (CloudFormation JSON or YAML): a
 * property from its key to the end of its value. Empty when the text cannot be parsed.
 */
export function templateLineIndex(text: string): Map<string, LineRange> {
  const index = new Map<string, LineRange>();
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  let document;
  try {
    document = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
  } catch {
    return index;
  }
  if (document.errors.length > 0) return index;
  const visit = (node: unknown, pointer: string, from: number | undefined) => {
    const range = (node as YamlNode | null)?.range;
    if (range) {
      // The end offset points past the value (often at the next line's start): step back one.
      const end = Math.max(range[0], range[1] - 1);
      index.set(pointer, { start: lineOf(from ?? range[0]), end: lineOf(end) });
    }
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        visit(pair.value, `${pointer}/${pointerSegment(key)}`, (pair.key as YamlNode | null)?.range?.[0]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, `${pointer}/${i}`, undefined));
    }
  };
  visit(document.contents, '', undefined);
  index.delete('');
  return index;
}

/** The lines of every pointer, merged. */
export function linesOfPointers(index: Map<string, LineRange>, pointers: readonly string[]): LineRange[] {
  return mergeRanges(pointers.flatMap((p) => (index.has(p) ? [index.get(p)!] : [])));
}

/** The innermost pointer whose lines cover `line` (ties go to the deeper pointer). */
export function pointerAtLine(index: Map<string, LineRange>, line: number): string | undefined {
  let best: [string, LineRange] | undefined;
  for (const [pointer, range] of index) {
    if (range.start > line || range.end < line) continue;
    const span = range.end - range.start;
    const bestSpan = best ? best[1].end - best[1].start : Infinity;
    if (!best || span < bestSpan || (span === bestSpan && pointer.length > best[0].length))
      best = [pointer, range];
  }
  return best?.[0];
}
