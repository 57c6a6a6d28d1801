/**
 * Safe reading of pasted CloudFormation / OpenAPI text (JSON or YAML) into an order-keeping tree.
 *
 * Why not `JSON.parse` / `yaml.parse`: object keys that look like integers ("200", "400") are
 * reordered by JavaScript objects, and the order of integration responses and of method responses
 * is meaningful (CDK hashes it into the Deployment's logical ID). So mappings become `Map`s.
 * JSON is read with jsonc-parser's event API (fast: the yaml parser needs seconds for a few MB of
 * JSON); YAML with the `yaml` package, whose node tree we walk ourselves to bound depth, alias
 * expansion and total size, and to turn CloudFormation's short-form tags (`!Ref`, `!GetAtt`,
 * `!Sub`, …) into their long form.
 */
import { printParseErrorCode, visit } from 'jsonc-parser';
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';

/** A parsed value. Mappings keep their source order. */
export type Value = null | boolean | number | string | Value[] | ValueMap;
export type ValueMap = Map<string, Value>;

export interface SourceLimits {
  /** Characters of input accepted. */
  maxChars: number;
  /** Nesting depth of mappings and sequences. */
  maxDepth: number;
  /** Values produced in total, aliases expanded (stops "billion laughs"). */
  maxValues: number;
}

export const DEFAULT_LIMITS: SourceLimits = { maxChars: 5_000_000, maxDepth: 128, maxValues: 500_000 };

export interface ParsedSource {
  value?: Value;
  /** What failed, in words, with a 1-based line and column where known. */
  error?: { message: string; line?: number; column?: number };
  /**
   * The source offset of the mappings and sequences near the top (a template's resources, a
   * document's paths), for diagnostics. Deeper ones are left out: a WeakMap entry per value costs
   * the garbage collector more than the whole parse.
   */
  offsets: WeakMap<object, number>;
  /** 1-based line and column of a source offset. */
  position(offset: number): { line: number; column: number };
}

/** CloudFormation short-form tags and the long form each stands for. */
const SHORT_FORM: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!ImportValue': 'Fn::ImportValue',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Transform': 'Fn::Transform',
  '!ForEach': 'Fn::ForEach',
};

/** Containers this deep or less keep their source offset (root 0, Resources 1, a resource 2). */
const OFFSET_DEPTH = 3;

/** Keys that would reach an object's prototype if copied carelessly; refused outright. */
const HOSTILE_KEYS = new Set(['__proto__']);

class SourceError extends Error {
  constructor(
    message: string,
    readonly offset?: number,
  ) {
    super(message);
  }
}

/** Parses JSON or YAML text. Never throws: every failure is returned as `error`. */
export function parseSource(text: string, limits: SourceLimits = DEFAULT_LIMITS): ParsedSource {
  const offsets = new WeakMap<object, number>();
  const position = (offset: number) => linePosition(typeof text === 'string' ? text : '', offset);
  const fail = (message: string, offset?: number): ParsedSource => {
    const pos = offset === undefined ? undefined : position(offset);
    return { error: { message, line: pos?.line, column: pos?.column }, offsets, position };
  };
  if (typeof text !== 'string') return fail('The input is not text.');
  if (text.length > limits.maxChars) {
    return fail(
      `The input is too large: ${text.length.toLocaleString('en-US')} characters, at most ` +
        `${limits.maxChars.toLocaleString('en-US')} are accepted.`,
    );
  }
  if (text.trim() === '') return fail('The input is empty.');

  try {
    const value = /^\s*[{[]/.test(text) ? readJson(text, limits, offsets) : readYaml(text, limits, offsets);
    return { value, offsets, position };
  } catch (error) {
    if (error instanceof SourceError) return fail(error.message, error.offset);
    return fail(describeCrash(error));
  }
}

/**
 * The yaml parser needs about a second per 100,000 levels of flow nesting (`[[[[…`) before our walk
 * can refuse them, so a cheap count of open brackets refuses absurd nesting first. Brackets inside
 * strings are counted too, which only matters for a thousand of them left open.
 */
const MAX_OPEN_BRACKETS = 1000;

function checkFlowNesting(text: string): void {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++open > MAX_OPEN_BRACKETS) throw new SourceError('The input is nested too deeply to read.', i);
    } else if ((c === 93 || c === 125) && open > 0) open--;
  }
}

function readYaml(text: string, limits: SourceLimits, offsets: WeakMap<object, number>): Value {
  checkFlowNesting(text);
  const doc = parseDocument(text, {
    // YAML 1.2 core schema: `2012-10-17` stays a string, as CloudFormation reads it.
    schema: 'core',
    // Checked by our walk in linear time (the package's own check is quadratic in a mapping's size).
    uniqueKeys: false,
    prettyErrors: false,
  });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    if (/call stack/i.test(first.message)) {
      throw new SourceError('The input is nested too deeply to read.', first.pos[0]);
    }
    throw new SourceError(
      `The text is neither valid JSON nor valid YAML: ${firstLine(first.message)}`,
      first.pos[0],
    );
  }
  return new Walker(doc, limits, offsets).toValue(doc.contents as Node | null, 0);
}

/** Reads JSON through jsonc-parser's events, building Maps in source order, within the limits. */
function readJson(text: string, limits: SourceLimits, offsets: WeakMap<object, number>): Value {
  type Frame = { container: Value[] | ValueMap; key?: string; keyOffset?: number };
  const stack: Frame[] = [];
  let root: Value | undefined;
  let produced = 0;
  const count = (offset: number) => {
    if (++produced > limits.maxValues) {
      throw new SourceError(
        `The input holds more than ${limits.maxValues.toLocaleString('en-US')} values.`,
        offset,
      );
    }
  };
  const add = (value: Value, offset: number) => {
    count(offset);
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      return;
    }
    if (Array.isArray(top.container)) {
      top.container.push(value);
      return;
    }
    const key = top.key as string;
    if (top.container.has(key))
      throw new SourceError(`The key "${key}" appears twice in one object.`, top.keyOffset);
    top.container.set(key, value);
  };
  const open = (container: Value[] | ValueMap, offset: number) => {
    add(container, offset);
    if (stack.length < OFFSET_DEPTH) offsets.set(container, offset);
    if (stack.length >= limits.maxDepth) {
      throw new SourceError(`The input is nested more than ${limits.maxDepth} levels deep.`, offset);
    }
    stack.push({ container });
  };
  visit(
    text,
    {
      onObjectBegin: (offset) => open(new Map(), offset),
      onArrayBegin: (offset) => open([], offset),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onObjectProperty: (property, offset) => {
        if (HOSTILE_KEYS.has(property)) {
          throw new SourceError(
            `The key "${property}" is not accepted (it could alter objects built from this input).`,
            offset,
          );
        }
        const top = stack[stack.length - 1];
        top.key = property;
        top.keyOffset = offset;
      },
      onLiteralValue: (value: unknown, offset) => add(scalarValue(value, offset), offset),
      onError: (error, offset) => {
        throw new SourceError(
          `The text is not valid JSON: ${describeJsonError(printParseErrorCode(error))}`,
          offset,
        );
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (root === undefined) throw new SourceError('The input holds no value.');
  return root;
}

function describeJsonError(code: string): string {
  // "CloseBraceExpected" → "close brace expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** 1-based line and column of an offset (computed only when a message needs it). */
export function linePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function describeCrash(error: unknown): string {
  if (error instanceof RangeError) {
    return 'The input is nested too deeply to read (it exhausted the parser).';
  }
  return `The input could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

class Walker {
  private produced = 0;
  private readonly aliasTargets = new WeakMap<object, Node | undefined>();

  constructor(
    private readonly doc: Document.Parsed,
    private readonly limits: SourceLimits,
    private readonly offsets: WeakMap<object, number>,
  ) {}

  toValue(node: Node | null, depth: number): Value {
    if (node === null || node === undefined) return null;
    if (++this.produced > this.limits.maxValues) {
      throw new SourceError(
        `The input expands to more than ${this.limits.maxValues.toLocaleString('en-US')} values ` +
          '(YAML aliases that multiply, or simply too much data).',
        node.range?.[0],
      );
    }
    if (depth > this.limits.maxDepth) {
      throw new SourceError(
        `The input is nested more than ${this.limits.maxDepth} levels deep.`,
        node.range?.[0],
      );
    }
    if (isAlias(node)) {
      // Resolving walks the document; cache it so repeated aliases stay linear.
      if (!this.aliasTargets.has(node))
        this.aliasTargets.set(node, node.resolve(this.doc) as Node | undefined);
      const target = this.aliasTargets.get(node);
      if (!target) throw new SourceError(`The alias *${node.source} has no anchor.`, node.range?.[0]);
      return this.toValue(target as Node, depth + 1);
    }
    const value = this.plain(node, depth);
    const tag = node.tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) return this.shortForm(tag, value, node);
    return value;
  }

  private plain(node: Node, depth: number): Value {
    if (isScalar(node)) return scalarValue(node.value, node.range?.[0]);
    if (isSeq(node)) {
      const list: Value[] = node.items.map((item) => this.toValue(item as Node, depth + 1));
      if (node.range && depth < OFFSET_DEPTH) this.offsets.set(list, node.range[0]);
      return list;
    }
    if (isMap(node)) {
      const map: ValueMap = new Map();
      for (const pair of node.items) {
        const keyNode = pair.key as Node | null;
        const key = this.toValue(keyNode, depth + 1);
        if (typeof key !== 'string' && typeof key !== 'number' && typeof key !== 'boolean') {
          throw new SourceError('A mapping key is not a plain string.', keyNode?.range?.[0]);
        }
        const name = String(key);
        if (HOSTILE_KEYS.has(name)) {
          throw new SourceError(
            `The key "${name}" is not accepted (it could alter objects built from this input).`,
            keyNode?.range?.[0],
          );
        }
        if (map.has(name))
          throw new SourceError(`The key "${name}" appears twice in one mapping.`, keyNode?.range?.[0]);
        map.set(name, this.toValue(pair.value as Node | null, depth + 1));
      }
      if (node.range && depth < OFFSET_DEPTH) this.offsets.set(map, node.range[0]);
      return map;
    }
    throw new SourceError('The input holds a YAML construct that is not supported here.', node.range?.[0]);
  }

  private shortForm(tag: string, value: Value, node: Node): Value {
    const longForm = SHORT_FORM[tag];
    if (!longForm) {
      throw new SourceError(`Unknown tag ${tag}: CloudFormation knows no such short form.`, node.range?.[0]);
    }
    if (longForm === 'Fn::GetAtt' && typeof value === 'string') {
      // `!GetAtt Handler.Arn` is `Fn::GetAtt: [Handler, Arn]`; the attribute may itself hold dots.
      const dot = value.indexOf('.');
      const parts = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
      return new Map<string, Value>([[longForm, parts]]);
    }
    return new Map<string, Value>([[longForm, value]]);
  }
}

function scalarValue(value: unknown, offset: number | undefined): Value {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number(value);
  throw new SourceError('A value of an unsupported kind was found.', offset);
}

// ——— reading helpers for the importers ———

export function isValueMap(value: Value | undefined): value is ValueMap {
  return value instanceof Map;
}

export function asMap(value: Value | undefined): ValueMap | undefined {
  return value instanceof Map ? value : undefined;
}

export function asList(value: Value | undefined): Value[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: Value | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string, or a number/boolean printed as CloudFormation would read it. */
export function asText(value: Value | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

export function asNumber(value: Value | undefined): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

export function asBoolean(value: Value | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** An ordered string map (`{ "a": "b" }`) as a plain object in source order; undefined when not one. */
export function asStringRecord(value: Value | undefined): Record<string, string> | undefined {
  const map = asMap(value);
  if (!map) return undefined;
  const out: Record<string, string> = {};
  for (const [key, entry] of map) {
    const text = asText(entry);
    if (text === undefined) return undefined;
    out[key] = text;
  }
  return out;
}

/** Converts a parsed value back to plain JSON (for messages and pass-through). */
export function toPlain(value: Value): unknown {
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of value) out[key] = toPlain(entry);
    return out;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

/** A short, single-line rendering of a value for messages. */
export function describeValue(value: Value | undefined, max = 120): string {
  const text = JSON.stringify(value === undefined ? null : toPlain(value)) ?? 'null';
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
