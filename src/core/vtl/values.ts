/**
 * The Java-like value model the evaluator works on, and how Java prints and compares those values.
 *
 * null | String (JS string) | Boolean (JS boolean) | Integer/Long/BigInteger (JS number or bigint) |
 * Double (JDouble) | BigDecimal (JBigDecimal) | lists (JList) | maps (JMap) | host objects ($input, $util,
 * $foreach, #define blocks, map entries).
 */
import {
  JBigDecimal,
  JBigInteger,
  JDouble,
  compareNumbers,
  isJavaNumber,
  javaDoubleToString,
} from './numbers';

/**
 * Which Java class a list is: a Velocity list literal or range is a java.util.ArrayList (prints
 * `[a, b]`); a JSON array from $input.path / $util.parseJson is a net.minidev.json.JSONArray (prints
 * compact JSON); split() gives a String[] (prints `[Ljava.lang.String;@…`).
 */
export type ListKind = 'ArrayList' | 'JSONArray' | 'String[]' | 'Set';

/**
 * The parse a list or map came from, when that parse is cached between renders: any change to the
 * values marks it dirty, so the next render parses the payload afresh (as API Gateway does every time).
 */
export interface Owner {
  dirty: boolean;
  /** $input.json(path) texts of the clean document. */
  json: Map<string, string>;
}

/**
 * Where a JSON payload's list or map gets its contents on first use: a payload is read lazily, so a
 * template pays only for the parts it touches (see json.ts).
 */
export interface LazyContents {
  fillMap(index: number, owner: Owner | null): Map<Value, Value>;
  fillList(index: number, owner: Owner | null): Value[];
  /** The container's compact JSON straight from the source, or null when it must be built first. */
  json(index: number, depth: number, work: { n: number }): string | null;
}

export class JList {
  owner: Owner | null = null;
  /** Set while the items are still only in the JSON source. */
  lazy: LazyContents | null = null;
  lazyIndex = 0;
  private own: Value[];
  constructor(
    items: Value[],
    readonly kind: ListKind = 'ArrayList',
  ) {
    this.own = items;
  }

  get items(): Value[] {
    if (this.lazy !== null) {
      const lazy = this.lazy;
      this.lazy = null;
      this.own = lazy.fillList(this.lazyIndex, this.owner);
    }
    return this.own;
  }

  set items(items: Value[]) {
    this.lazy = null;
    this.own = items;
  }
}

/** Marks a list or map as changed (see Owner). */
export function touch(v: JList | JMap): void {
  if (v.owner) v.owner.dirty = true;
}

/** A java.util.LinkedHashMap: insertion order, keys compared with Java equals. */
export class JMap {
  owner: Owner | null = null;
  /** Set while the entries are still only in the JSON source. */
  lazy: LazyContents | null = null;
  lazyIndex = 0;
  private own: Map<Value, Value> | null;
  /**
   * API Gateway's `$context.authorizer.claims` on its own reads as null (documented), while its keys
   * are readable: a reference or expression that ends on such a map yields null.
   */
  nullWhenRead = false;
  /** null: the entries come from `lazy` (set right after). */
  constructor(entries?: Map<Value, Value> | null) {
    this.own = entries === undefined ? new Map() : entries;
  }

  get entries(): Map<Value, Value> {
    if (this.lazy !== null) {
      const lazy = this.lazy;
      this.lazy = null;
      this.own = lazy.fillMap(this.lazyIndex, this.owner);
    }
    return this.own as Map<Value, Value>;
  }

  /** The stored key equal (Java equals) to key, or undefined. */
  findKey(key: Value): Value | undefined {
    if (key === null || typeof key !== 'object') return this.entries.has(key) ? key : undefined;
    for (const k of this.entries.keys()) if (javaEquals(k, key)) return k;
    return undefined;
  }

  get(key: Value): Value {
    if (key === null || typeof key !== 'object') {
      const v = this.entries.get(key);
      return v === undefined ? null : v;
    }
    const k = this.findKey(key);
    return k === undefined ? null : (this.entries.get(k) ?? null);
  }

  has(key: Value): boolean {
    return this.findKey(key) !== undefined;
  }

  /** put: returns the previous value (null when none). */
  put(key: Value, value: Value): Value {
    if (this.owner) this.owner.dirty = true;
    if (key === null || typeof key !== 'object') {
      const old = this.entries.get(key);
      this.entries.set(key, value);
      return old === undefined ? null : old;
    }
    const k = this.findKey(key);
    if (k === undefined) {
      this.entries.set(key, value);
      return null;
    }
    const old = this.entries.get(k) ?? null;
    this.entries.set(k, value);
    return old;
  }

  remove(key: Value): Value {
    if (this.owner) this.owner.dirty = true;
    const k = this.findKey(key);
    if (k === undefined) return null;
    const old = this.entries.get(k) ?? null;
    this.entries.delete(k);
    return old;
  }
}

/** A size or work limit of ours was reached (printing, comparing or growing a value); the render stops. */
export class LimitExceeded extends Error {}

/** Characters any one printed value may take (beyond the output cap anyway). */
export const MAX_PRINT = 16 * 1024 * 1024;
/** Element comparisons one equals() may make (deeply shared structures are exponential). */
const MAX_COMPARISONS = 2_000_000;
/** Elements a list may hold. */
export const MAX_LIST = 2_000_000;

/** "No such property / method" (Velocity then yields null), distinct from a null result. */
export const NO_SUCH: unique symbol = Symbol('no such member');
export type Lookup = Value | typeof NO_SUCH;

/** An object of ours exposed to templates ($input, $util, $foreach, a #define block, a map entry). */
export abstract class HostObject {
  abstract readonly javaClass: string;
  /** `$obj.name` (a getter). */
  getProperty(_name: string): Lookup {
    return NO_SUCH;
  }
  /** `$obj.name(args)`; may throw JavaException. */
  invoke(_name: string, _args: Value[]): Lookup {
    return NO_SUCH;
  }
  /** What Velocity prints for it (Object.toString unless the class overrides it). */
  toJavaString(): string {
    return `${this.javaClass}@${identityHash(this.javaClass)}`;
  }
}

/** A Map.Entry from entrySet(): `.key`, `.value`, prints `k=v`. */
export class JMapEntry extends HostObject {
  readonly javaClass = 'java.util.LinkedHashMap$Entry';
  constructor(
    readonly map: JMap,
    readonly key: Value,
  ) {
    super();
  }
  get value(): Value {
    return this.map.get(this.key);
  }
  override getProperty(name: string): Lookup {
    if (name === 'key' || name === 'Key') return this.key;
    if (name === 'value' || name === 'Value') return this.value;
    return NO_SUCH;
  }
  override invoke(name: string, args: Value[]): Lookup {
    if (args.length === 0 && name === 'getKey') return this.key;
    if (args.length === 0 && name === 'getValue') return this.value;
    if (args.length === 1 && name === 'setValue') return this.map.put(this.key, args[0]);
    return NO_SUCH;
  }
  override toJavaString(): string {
    return `${javaToString(this.key)}=${javaToString(this.value)}`;
  }
}

export type Value =
  null | string | boolean | number | bigint | JBigInteger | JDouble | JBigDecimal | JList | JMap | HostObject;

function identityHash(seed: string): string {
  // Java prints an identity hash here; any stable hex keeps renders reproducible
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16);
}

/** The Java class name of a value (for `.class` and messages). */
export function javaClassOf(v: Value): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return 'java.lang.String';
    case 'boolean':
      return 'java.lang.Boolean';
    case 'number':
      return v >= -2147483648 && v <= 2147483647 ? 'java.lang.Integer' : 'java.lang.Long';
    case 'bigint':
      return 'java.lang.Long';
  }
  if (v instanceof JBigInteger) return 'java.math.BigInteger';
  if (v instanceof JDouble) return 'java.lang.Double';
  if (v instanceof JBigDecimal) return 'java.math.BigDecimal';
  if (v instanceof JList)
    return v.kind === 'JSONArray'
      ? 'net.minidev.json.JSONArray'
      : v.kind === 'String[]'
        ? '[Ljava.lang.String;'
        : v.kind === 'Set'
          ? 'java.util.LinkedHashMap$LinkedKeySet'
          : 'java.util.ArrayList';
  if (v instanceof JMap) return 'java.util.LinkedHashMap';
  return v.javaClass;
}

/** Elements one print may visit (nested shared structures grow exponentially). */
export const MAX_PRINT_NODES = 1_000_000;

/** value.toString() as Java prints it (null prints "null", as inside collections). */
export function javaToString(v: Value, seen?: Set<object>, work: { n: number } = { n: 0 }): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
    case 'number':
    case 'bigint':
      return String(v);
  }
  if (v instanceof JDouble) return javaDoubleToString(v.value);
  if (v instanceof JBigDecimal || v instanceof JBigInteger) return v.toString();
  if (v instanceof JList) {
    if (v.kind === 'JSONArray') return toJsonText(v);
    if (v.kind === 'String[]') return `[Ljava.lang.String;@${identityHash(String(v.items.length))}`;
    const s = seen ?? new Set<object>();
    s.add(v);
    let out = '[';
    const items = v.items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (++work.n > MAX_PRINT_NODES) throw new LimitExceeded('A value is too large to print');
      out += (i > 0 ? ', ' : '') + (x === v ? '(this Collection)' : javaToString(x, s, work));
      if (out.length > MAX_PRINT)
        throw new LimitExceeded('A value printed to more than 16 million characters');
    }
    s.delete(v);
    return out + ']';
  }
  if (v instanceof JMap) {
    const s = seen ?? new Set<object>();
    s.add(v);
    let out = '{';
    let first = true;
    for (const [k, x] of v.entries) {
      if (++work.n > MAX_PRINT_NODES) throw new LimitExceeded('A value is too large to print');
      out +=
        (first ? '' : ', ') +
        (k === v ? '(this Map)' : javaToString(k, s, work)) +
        '=' +
        (x === v ? '(this Map)' : javaToString(x, s, work));
      first = false;
      if (out.length > MAX_PRINT)
        throw new LimitExceeded('A value printed to more than 16 million characters');
    }
    s.delete(v);
    return out + '}';
  }
  return v.toJavaString();
}

/** Object.equals between two non-null values of the same family (Velocity's == after its class check). */
export function javaEquals(a: Value, b: Value, work: { n: number } = { n: 0 }): boolean {
  if (a === b) return true;
  if (++work.n > MAX_COMPARISONS) throw new LimitExceeded('Comparing these values takes too long');
  if (a === null || b === null) return false;
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  if (isJavaNumber(a) && isJavaNumber(b)) {
    // Integer.equals(Long) is false in Java, but both are one kind here; Double never equals an Integer
    const aDouble = a instanceof JDouble;
    const bDouble = b instanceof JDouble;
    if (aDouble !== bDouble) return false;
    if (aDouble && bDouble)
      return Object.is((a as JDouble).value, (b as JDouble).value) || a.value === b.value;
    if (a instanceof JBigDecimal || b instanceof JBigDecimal) {
      return (
        a instanceof JBigDecimal &&
        b instanceof JBigDecimal &&
        a.scale === b.scale &&
        a.unscaled === b.unscaled
      );
    }
    return compareNumbers(a, b) === 0;
  }
  if (a instanceof JList && b instanceof JList) {
    if (a.kind === 'String[]' || b.kind === 'String[]') return false;
    if ((a.kind === 'Set') !== (b.kind === 'Set')) return false;
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!javaEquals(a.items[i], b.items[i], work)) return false;
    return true;
  }
  if (a instanceof JMap && b instanceof JMap) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, v] of a.entries) {
      if (!b.has(k)) return false;
      if (!javaEquals(v, b.get(k), work)) return false;
    }
    return true;
  }
  return false;
}

/**
 * Whether Velocity's == uses equals() (one class assignable from the other) rather than toString().
 * JSONArray extends ArrayList, so a JSON array and a list literal compare with equals.
 */
export function sameJavaFamily(a: Value, b: Value): boolean {
  const ca = javaClassOf(a);
  const cb = javaClassOf(b);
  if (ca === cb) return true;
  if (a instanceof JList && b instanceof JList)
    return a.kind !== 'String[]' && b.kind !== 'String[]' && (a.kind === 'Set') === (b.kind === 'Set');
  return false;
}

// ---------- JSON, as json-smart writes it ----------

// eslint-disable-next-line no-control-regex
const NEEDS_JSON_ESCAPE = /["\\/\u0000-\u001f\u007f-\u009f\u2000-\u20ff]/;

/** json-smart's string escaping: `/` as `\/`, control and a few invisible ranges as \uXXXX (upper case). */
export function jsonQuote(s: string): string {
  if (!NEEDS_JSON_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20) {
      rep =
        c === 8 ? '\\b' : c === 9 ? '\\t' : c === 10 ? '\\n' : c === 12 ? '\\f' : c === 13 ? '\\r' : hex4(c);
    } else if (c === 0x22) rep = '\\"';
    else if (c === 0x5c) rep = '\\\\';
    else if (c === 0x2f) rep = '\\/';
    else if ((c >= 0x7f && c <= 0x9f) || (c >= 0x2000 && c <= 0x20ff)) rep = hex4(c);
    if (rep !== undefined) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return out + s.slice(start) + '"';
}

function hex4(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

/** JSONValue.toJSONString: compact JSON. */
export function toJsonText(v: Value): string {
  return writeJson(v, 0, { n: 0 });
}

function writeJson(v: Value, depth: number, work: { n: number }): string {
  if (depth > 1000) throw new LimitExceeded('A value nests too deeply to write as JSON');
  if (++work.n > MAX_PRINT_NODES) throw new LimitExceeded('A value is too large to write as JSON');
  if (v === null) return 'null';
  switch (typeof v) {
    case 'string':
      return jsonQuote(v);
    case 'boolean':
    case 'number':
    case 'bigint':
      return String(v);
  }
  if (v instanceof JDouble) return Number.isFinite(v.value) ? javaDoubleToString(v.value) : 'null';
  if (v instanceof JBigDecimal || v instanceof JBigInteger) return v.toString();
  if ((v instanceof JList || v instanceof JMap) && v.lazy !== null) {
    // straight from the JSON source when it can be (json.ts checks it writes what follows would)
    const text = v.lazy.json(v.lazyIndex, depth, work);
    if (text !== null) return text;
  }
  if (v instanceof JList) {
    let out = '[';
    const items = v.items;
    for (let i = 0; i < items.length; i++) {
      out += (i > 0 ? ',' : '') + writeJson(items[i], depth + 1, work);
      if (out.length > MAX_PRINT)
        throw new LimitExceeded('A value printed to more than 16 million characters');
    }
    return out + ']';
  }
  if (v instanceof JMap) {
    let out = '{';
    let first = true;
    v.entries.forEach((x, k) => {
      out +=
        (first ? '' : ',') +
        jsonQuote(k === null ? 'null' : typeof k === 'string' ? k : javaToString(k)) +
        ':' +
        writeJson(x, depth + 1, work);
      first = false;
    });
    return out + '}';
  }
  return jsonQuote(v.toJavaString());
}
