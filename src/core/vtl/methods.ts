/**
 * Java members of the values templates hold — String, List (ArrayList, JSONArray, String[], key sets),
 * Map, numbers, Boolean — with Velocity's lookup rules: a method applies only when every argument fits
 * its Java parameter type (an Integer fits `int`, a Long does not; null fits any object parameter, no
 * primitive one), otherwise Velocity finds no method and the expression is null. `$x.name` tries
 * `getName()`, then a map's `get("name")`, then `isName()`.
 */
import {
  INT_MAX,
  INT_MIN,
  JBigDecimal,
  JBigInteger,
  JDouble,
  JavaException,
  compareNumbers,
  isJavaNumber,
  toDouble,
} from './numbers';
import type { JavaNumber } from './numbers';
import { compileJavaRegex, javaReplace, javaSplit, looksCatastrophic, JavaRegexError } from './regex';
import {
  HostObject,
  JList,
  JMap,
  JMapEntry,
  LimitExceeded,
  MAX_LIST,
  NO_SUCH,
  javaClassOf,
  javaEquals,
  javaToString,
  touch,
} from './values';
import type { Lookup, Value } from './values';

/** A java.lang.Class (`$x.class`). */
export class JClass extends HostObject {
  readonly javaClass = 'java.lang.Class';
  constructor(readonly name: string) {
    super();
  }
  override toJavaString(): string {
    return (this.name.startsWith('[') ? 'class ' : 'class ') + this.name;
  }
  override getProperty(name: string): Lookup {
    if (name === 'name' || name === 'Name') return this.name;
    if (name === 'simpleName' || name === 'SimpleName')
      return this.name.slice(this.name.lastIndexOf('.') + 1);
    return NO_SUCH;
  }
  override invoke(name: string, args: Value[]): Lookup {
    if (args.length === 0 && name === 'getName') return this.name;
    if (args.length === 0 && name === 'getSimpleName') return this.name.slice(this.name.lastIndexOf('.') + 1);
    if (args.length === 0 && name === 'toString') return this.toJavaString();
    return NO_SUCH;
  }
}

/** Limits the methods enforce (string growth, regex cost), set by the evaluator. */
export interface MethodLimits {
  maxString: number;
  onRegexProblem: (message: string, unsupported: boolean) => never;
  onTooLarge: (what: string) => never;
}

const isInt = (v: Value): v is number => typeof v === 'number' && v >= INT_MIN && v <= INT_MAX;
const isStr = (v: Value): v is string => typeof v === 'string';
const strOrNull = (v: Value): v is string | null => v === null || typeof v === 'string';

function npe(): never {
  throw new JavaException('java.lang.NullPointerException', 'null argument');
}

function sioobe(msg: string): never {
  throw new JavaException('java.lang.StringIndexOutOfBoundsException', msg);
}

function ioobe(index: number, size: number): never {
  throw new JavaException(
    'java.lang.IndexOutOfBoundsException',
    `Index ${index} out of bounds for length ${size}`,
  );
}

/** Java String.hashCode. */
export function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/** String.trim: strips characters <= U+0020 at both ends (not Unicode spaces). */
function javaTrim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 32) a++;
  while (b > a && s.charCodeAt(b - 1) <= 32) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function regexFor(pattern: string, subject: string, limits: MethodLimits): RegExp {
  const re = compileJavaRegex(pattern);
  if (re instanceof JavaRegexError) return limits.onRegexProblem(re.message, re.unsupported);
  if (subject.length > 24 && looksCatastrophic(pattern))
    return limits.onRegexProblem(
      `The pattern ${JSON.stringify(pattern)} nests quantifiers and can take exponential time on long text; the simulator refuses to run it`,
      true,
    );
  return re;
}

function checkLength(s: string, limits: MethodLimits): string {
  if (s.length > limits.maxString) limits.onTooLarge('a string');
  return s;
}

function replaceLiteral(s: string, target: string, repl: string): string {
  if (target === '') {
    let out = repl;
    for (const ch of s) out += ch + repl;
    return out;
  }
  return s.split(target).join(repl);
}

function stringMethod(s: string, name: string, args: Value[], limits: MethodLimits): Lookup {
  const n = args.length;
  const a0 = args[0];
  const a1 = args[1];
  switch (name) {
    case 'length':
      return n === 0 ? s.length : NO_SUCH;
    case 'isEmpty':
      return n === 0 ? s.length === 0 : NO_SUCH;
    case 'toString':
    case 'intern':
      return n === 0 ? s : NO_SUCH;
    case 'hashCode':
      return n === 0 ? javaStringHash(s) : NO_SUCH;
    case 'toLowerCase':
      return n === 0 ? s.toLowerCase() : NO_SUCH;
    case 'toUpperCase':
      return n === 0 ? s.toUpperCase() : NO_SUCH;
    case 'trim':
      return n === 0 ? javaTrim(s) : NO_SUCH;
    case 'charAt':
      if (n !== 1 || !isInt(a0)) return NO_SUCH;
      if (a0 < 0 || a0 >= s.length) sioobe(`index ${a0}, length ${s.length}`);
      return s[a0];
    case 'codePointAt':
      if (n !== 1 || !isInt(a0)) return NO_SUCH;
      if (a0 < 0 || a0 >= s.length) sioobe(`index ${a0}, length ${s.length}`);
      return s.codePointAt(a0) as number;
    case 'substring': {
      if (n === 1 && isInt(a0)) {
        if (a0 < 0 || a0 > s.length) sioobe(`begin ${a0}, end ${s.length}, length ${s.length}`);
        return s.slice(a0);
      }
      if (n === 2 && isInt(a0) && isInt(a1)) {
        if (a0 < 0 || a1 > s.length || a0 > a1) sioobe(`begin ${a0}, end ${a1}, length ${s.length}`);
        return s.slice(a0, a1);
      }
      return NO_SUCH;
    }
    case 'indexOf':
    case 'lastIndexOf': {
      const last = name === 'lastIndexOf';
      let needle: string;
      if (n >= 1 && isStr(a0)) needle = a0;
      else if (n >= 1 && isInt(a0)) needle = String.fromCodePoint(Math.max(0, Math.min(a0, 0x10ffff)));
      else if (n >= 1 && a0 === null) return npe();
      else return NO_SUCH;
      if (n === 1) return last ? s.lastIndexOf(needle) : s.indexOf(needle);
      if (n === 2 && isInt(a1)) {
        if (last) return a1 < 0 ? -1 : s.lastIndexOf(needle, a1);
        return s.indexOf(needle, Math.max(0, a1));
      }
      return NO_SUCH;
    }
    case 'contains':
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      if (a0 === null) npe();
      return s.includes(a0);
    case 'startsWith':
      if (n === 1 && strOrNull(a0)) return a0 === null ? npe() : s.startsWith(a0);
      if (n === 2 && strOrNull(a0) && isInt(a1)) return a0 === null ? npe() : a1 >= 0 && s.startsWith(a0, a1);
      return NO_SUCH;
    case 'endsWith':
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      return a0 === null ? npe() : s.endsWith(a0);
    case 'equals':
      return n === 1 ? a0 === s : NO_SUCH;
    case 'equalsIgnoreCase':
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      return (
        a0 !== null &&
        a0.length === s.length &&
        (a0 === s || a0.toUpperCase() === s.toUpperCase() || a0.toLowerCase() === s.toLowerCase())
      );
    case 'compareTo':
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      return a0 === null ? npe() : compareStrings(s, a0);
    case 'compareToIgnoreCase':
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      return a0 === null
        ? npe()
        : compareStrings(s.toUpperCase().toLowerCase(), a0.toUpperCase().toLowerCase());
    case 'concat':
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      return a0 === null ? npe() : checkLength(s + a0, limits);
    case 'replace':
      if (n !== 2 || !strOrNull(a0) || !strOrNull(a1)) return NO_SUCH;
      if (a0 === null || a1 === null) npe();
      return checkLength(replaceLiteral(s, a0, a1), limits);
    case 'replaceAll':
    case 'replaceFirst': {
      if (n !== 2 || !strOrNull(a0) || !strOrNull(a1)) return NO_SUCH;
      if (a0 === null || a1 === null) npe();
      const re = regexFor(a0, s, limits);
      try {
        return checkLength(javaReplace(s, re, a1, name === 'replaceAll'), limits);
      } catch (e) {
        if (e instanceof JavaRegexError)
          throw new JavaException('java.lang.IllegalArgumentException', e.message);
        throw e;
      }
    }
    case 'matches': {
      if (n !== 1 || !strOrNull(a0)) return NO_SUCH;
      if (a0 === null) npe();
      return fullMatch(regexFor(a0, s, limits), s);
    }
    case 'split': {
      if (n < 1 || n > 2 || !strOrNull(a0) || (n === 2 && !isInt(a1))) return NO_SUCH;
      if (a0 === null) npe();
      const re = regexFor(a0, s, limits);
      return new JList(javaSplit(s, re, n === 2 ? (a1 as number) : 0), 'String[]');
    }
    case 'valueOf':
      return n === 1 ? (a0 === null ? 'null' : javaToString(a0)) : NO_SUCH;
    case 'getClass':
      return n === 0 ? new JClass('java.lang.String') : NO_SUCH;
    default:
      return NO_SUCH;
  }
}

/** String.matches: the whole string must match. */
const anchoredCache = new Map<RegExp, RegExp>();

/** String.matches: the whole string must match (sticky at 0, so (?m) anchors keep their meaning). */
function fullMatch(re: RegExp, s: string): boolean {
  let anchored = anchoredCache.get(re);
  if (!anchored) {
    anchored = new RegExp(`(?:${re.source})(?![\\s\\S])`, re.flags.replace('g', '') + 'y');
    if (anchoredCache.size > 500) anchoredCache.clear();
    anchoredCache.set(re, anchored);
  }
  anchored.lastIndex = 0;
  return anchored.test(s);
}

function listMethod(list: JList, name: string, args: Value[]): Lookup {
  const items = list.items;
  const n = args.length;
  const a0 = args[0];
  const a1 = args[1];
  const isArray = list.kind === 'String[]';
  const isSet = list.kind === 'Set';
  const mutate = (): void => {
    if (isArray || isSet)
      throw new JavaException(
        'java.lang.UnsupportedOperationException',
        `${javaClassOf(list)} cannot be modified here`,
      );
    touch(list);
  };
  switch (name) {
    case 'size':
      return n === 0 ? items.length : NO_SUCH;
    case 'isEmpty':
      return n === 0 ? items.length === 0 : NO_SUCH;
    case 'get':
      if (isSet || n !== 1 || !isInt(a0)) return NO_SUCH;
      if (a0 < 0 || a0 >= items.length) ioobe(a0, items.length);
      return items[a0];
    case 'contains':
      return n === 1 ? items.some((x) => (x === null ? a0 === null : javaEquals(x, a0))) : NO_SUCH;
    case 'indexOf':
      return isSet || n !== 1
        ? NO_SUCH
        : items.findIndex((x) => (x === null ? a0 === null : javaEquals(x, a0)));
    case 'lastIndexOf': {
      if (isSet || n !== 1) return NO_SUCH;
      for (let i = items.length - 1; i >= 0; i--)
        if (items[i] === null ? a0 === null : javaEquals(items[i], a0)) return i;
      return -1;
    }
    case 'add':
      if (n === 1) {
        mutate();
        items.push(a0);
        return true;
      }
      if (n === 2 && isInt(a0) && !isSet) {
        mutate();
        if (a0 < 0 || a0 > items.length) ioobe(a0, items.length);
        items.splice(a0, 0, a1);
        return VOID;
      }
      return NO_SUCH;
    case 'addAll': {
      const src = n === 1 ? a0 : a1;
      if (!(src instanceof JList) && src !== null) return NO_SUCH;
      if (src === null) return npe();
      mutate();
      if (items.length + src.items.length > MAX_LIST)
        throw new LimitExceeded(`A list grew past ${MAX_LIST.toLocaleString('en-US')} elements`);
      const copy = src.items.slice();
      if (n === 1) for (const x of copy) items.push(x);
      else if (n === 2 && isInt(a0)) {
        if (a0 < 0 || a0 > items.length) ioobe(a0, items.length);
        const tail = items.splice(a0);
        for (const x of copy) items.push(x);
        for (const x of tail) items.push(x);
      } else return NO_SUCH;
      return copy.length > 0;
    }
    case 'set':
      if (isSet || n !== 2 || !isInt(a0)) return NO_SUCH;
      if (list.kind === 'String[]' && !strOrNull(a1))
        throw new JavaException('java.lang.ArrayStoreException', javaClassOf(a1));
      if (a0 < 0 || a0 >= items.length) ioobe(a0, items.length);
      {
        touch(list);
        const old = items[a0];
        items[a0] = a1;
        return old;
      }
    case 'remove':
      if (n !== 1) return NO_SUCH;
      mutate();
      if (isInt(a0)) {
        if (a0 < 0 || a0 >= items.length) ioobe(a0, items.length);
        return items.splice(a0, 1)[0];
      } else {
        const i = items.findIndex((x) => (x === null ? a0 === null : javaEquals(x, a0)));
        if (i >= 0) items.splice(i, 1);
        return i >= 0;
      }
    case 'clear':
      if (n !== 0) return NO_SUCH;
      mutate();
      items.length = 0;
      return VOID;
    case 'subList': {
      if (isSet || n !== 2 || !isInt(a0) || !isInt(a1)) return NO_SUCH;
      if (a0 < 0 || a1 > items.length || a0 > a1) ioobe(a0 < 0 ? a0 : a1, items.length);
      return new JList(items.slice(a0, a1), 'ArrayList');
    }
    case 'containsAll':
      if (n !== 1 || !(a0 instanceof JList)) return NO_SUCH;
      return a0.items.every((y) => items.some((x) => (x === null ? y === null : javaEquals(x, y))));
    case 'toString':
      return n === 0 ? javaToString(list) : NO_SUCH;
    case 'toJSONString':
      return n === 0 && list.kind === 'JSONArray' ? javaToString(list) : NO_SUCH;
    case 'equals':
      return n === 1 ? a0 !== null && javaEquals(list, a0) : NO_SUCH;
    case 'hashCode':
      return n === 0 ? javaStringHash(javaToString(list)) : NO_SUCH;
    case 'getClass':
      return n === 0 ? new JClass(javaClassOf(list)) : NO_SUCH;
    default:
      return NO_SUCH;
  }
}

function mapMethod(map: JMap, name: string, args: Value[]): Lookup {
  const n = args.length;
  const a0 = args[0];
  const a1 = args[1];
  switch (name) {
    case 'get':
      return n === 1 ? map.get(a0) : NO_SUCH;
    case 'getOrDefault':
      return n === 2 ? (map.has(a0) ? map.get(a0) : a1) : NO_SUCH;
    case 'put':
      return n === 2 ? map.put(a0, a1) : NO_SUCH;
    case 'putIfAbsent': {
      if (n !== 2) return NO_SUCH;
      const old = map.get(a0);
      if (old === null) map.put(a0, a1);
      return old;
    }
    case 'putAll':
      if (n !== 1 || !(a0 instanceof JMap || a0 === null)) return NO_SUCH;
      if (a0 === null) npe();
      for (const [k, v] of Array.from(a0.entries)) map.put(k, v);
      return VOID;
    case 'remove':
      return n === 1 ? map.remove(a0) : NO_SUCH;
    case 'containsKey':
      return n === 1 ? map.has(a0) : NO_SUCH;
    case 'containsValue':
      if (n !== 1) return NO_SUCH;
      for (const v of map.entries.values()) if (v === null ? a0 === null : javaEquals(v, a0)) return true;
      return false;
    case 'keySet':
      return n === 0 ? new JList(Array.from(map.entries.keys()), 'Set') : NO_SUCH;
    case 'values':
      return n === 0 ? new JList(Array.from(map.entries.values()), 'Set') : NO_SUCH;
    case 'entrySet':
      return n === 0
        ? new JList(
            Array.from(map.entries.keys(), (k) => new JMapEntry(map, k)),
            'Set',
          )
        : NO_SUCH;
    case 'size':
      return n === 0 ? map.entries.size : NO_SUCH;
    case 'isEmpty':
      return n === 0 ? map.entries.size === 0 : NO_SUCH;
    case 'clear':
      if (n !== 0) return NO_SUCH;
      touch(map);
      map.entries.clear();
      return VOID;
    case 'toString':
      return n === 0 ? javaToString(map) : NO_SUCH;
    case 'equals':
      return n === 1 ? a0 !== null && javaEquals(map, a0) : NO_SUCH;
    case 'hashCode':
      return n === 0 ? javaStringHash(javaToString(map)) : NO_SUCH;
    case 'getClass':
      return n === 0 ? new JClass('java.util.LinkedHashMap') : NO_SUCH;
    default:
      return NO_SUCH;
  }
}

function parseJavaInt(s: string, long: boolean): number | bigint {
  if (!/^[+-]?\d+$/.test(s))
    throw new JavaException('java.lang.NumberFormatException', `For input string: "${s}"`);
  const v = BigInt(s);
  const [min, max] = long ? [-(2n ** 63n), 2n ** 63n - 1n] : [BigInt(INT_MIN), BigInt(INT_MAX)];
  if (v < min || v > max)
    throw new JavaException('java.lang.NumberFormatException', `For input string: "${s}"`);
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

function parseJavaDouble(s: string): JDouble {
  const t = javaTrim(s);
  if (!/^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)$/.test(t))
    throw new JavaException('java.lang.NumberFormatException', `For input string: "${s}"`);
  return new JDouble(t.includes('NaN') ? NaN : Number(t.replace(/[fFdD]$/, '')));
}

function numberMethod(v: JavaNumber, name: string, args: Value[]): Lookup {
  const n = args.length;
  const a0 = args[0];
  switch (name) {
    case 'toString':
      return n === 0 ? javaToString(v) : NO_SUCH;
    case 'intValue':
      if (n !== 0) return NO_SUCH;
      if (typeof v === 'number') return v | 0;
      if (typeof v === 'bigint') return Number(BigInt.asIntN(32, v));
      if (v instanceof JBigInteger) return Number(BigInt.asIntN(32, v.value));
      return Math.trunc(Math.max(INT_MIN, Math.min(INT_MAX, toDouble(v)))) || 0;
    case 'longValue':
      if (n !== 0) return NO_SUCH;
      if (typeof v === 'number') return v;
      if (typeof v === 'bigint' || v instanceof JBigInteger) {
        const w = BigInt.asIntN(64, typeof v === 'bigint' ? v : v.value);
        return w >= -9007199254740991n && w <= 9007199254740991n ? Number(w) : w;
      }
      return Math.trunc(toDouble(v)) || 0;
    case 'doubleValue':
      return n === 0 ? new JDouble(toDouble(v)) : NO_SUCH;
    case 'equals':
      return n === 1 ? a0 !== null && javaClassOf(a0) === javaClassOf(v) && javaEquals(v, a0) : NO_SUCH;
    case 'compareTo':
      if (n !== 1 || !isJavaNumber(a0) || javaClassOf(a0) !== javaClassOf(v)) return NO_SUCH;
      return compareNumbers(v, a0);
    case 'hashCode':
      return n === 0 ? javaStringHash(javaToString(v)) : NO_SUCH;
    case 'isNaN':
      return n === 0 && v instanceof JDouble ? Number.isNaN(v.value) : NO_SUCH;
    case 'isInfinite':
      return n === 0 && v instanceof JDouble ? !Number.isFinite(v.value) && !Number.isNaN(v.value) : NO_SUCH;
    // static helpers Velocity lets templates call through an instance
    case 'parseInt':
    case 'valueOf':
      if (n === 1 && isStr(a0) && typeof v === 'number') return parseJavaInt(a0, false);
      if (n === 1 && isStr(a0) && v instanceof JDouble) return parseJavaDouble(a0);
      return NO_SUCH;
    case 'parseLong':
      return n === 1 && isStr(a0) && typeof v !== 'object' ? parseJavaInt(a0, true) : NO_SUCH;
    case 'parseDouble':
      return n === 1 && isStr(a0) && v instanceof JDouble ? parseJavaDouble(a0) : NO_SUCH;
    case 'getClass':
      return n === 0 ? new JClass(javaClassOf(v)) : NO_SUCH;
    default:
      return NO_SUCH;
  }
}

function booleanMethod(b: boolean, name: string, args: Value[]): Lookup {
  const n = args.length;
  switch (name) {
    case 'toString':
      return n === 0 ? String(b) : NO_SUCH;
    case 'booleanValue':
      return n === 0 ? b : NO_SUCH;
    case 'equals':
      return n === 1 ? args[0] === b : NO_SUCH;
    case 'hashCode':
      return n === 0 ? (b ? 1231 : 1237) : NO_SUCH;
    case 'parseBoolean':
      return n === 1 && strOrNull(args[0]) ? args[0] !== null && args[0].toLowerCase() === 'true' : NO_SUCH;
    case 'getClass':
      return n === 0 ? new JClass('java.lang.Boolean') : NO_SUCH;
    default:
      return NO_SUCH;
  }
}

/** Marker for a void method: Velocity renders it as an empty string. */
export const VOID = '';

/** `$target.name(args)`; NO_SUCH when no method fits. May throw JavaException (the render fails). */
export function invokeMethod(target: Value, name: string, args: Value[], limits: MethodLimits): Lookup {
  if (target === null) return NO_SUCH;
  switch (typeof target) {
    case 'string':
      return stringMethod(target, name, args, limits);
    case 'boolean':
      return booleanMethod(target, name, args);
    case 'number':
    case 'bigint':
      return numberMethod(target, name, args);
  }
  if (target instanceof JList) return listMethod(target, name, args);
  if (target instanceof JMap) return mapMethod(target, name, args);
  if (target instanceof JDouble || target instanceof JBigDecimal || target instanceof JBigInteger)
    return numberMethod(target, name, args);
  const r = target.invoke(name, args);
  if (r !== NO_SUCH) return r;
  if (args.length === 0 && name === 'toString') return target.toJavaString();
  if (args.length === 0 && name === 'getClass') return new JClass(target.javaClass);
  return NO_SUCH;
}

/** `$target.name`: getName()/getname(), a map's get("name"), then isName(). */
export function getProperty(target: Value, name: string): Lookup {
  if (target === null) return NO_SUCH;
  if (name === 'class' || name === 'Class') return new JClass(javaClassOf(target));
  if (target instanceof JMap) return target.get(name);
  if (target instanceof HostObject) return target.getProperty(name);
  const boolProp = name === 'empty' || name === 'Empty';
  if (boolProp) {
    if (typeof target === 'string') return target.length === 0;
    if (target instanceof JList) return target.items.length === 0;
  }
  if (target instanceof JDouble && (name === 'naN' || name === 'NaN')) return Number.isNaN(target.value);
  if (target instanceof JDouble && (name === 'infinite' || name === 'Infinite'))
    return !Number.isFinite(target.value) && !Number.isNaN(target.value);
  return NO_SUCH;
}

/** `#set($target.name = value)`: a map's put; NO_SUCH when the target has no setter. */
export function setProperty(target: Value, name: string, value: Value): boolean {
  if (target instanceof JMap) {
    target.put(name, value);
    return true;
  }
  return false;
}
