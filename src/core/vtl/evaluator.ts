/**
 * Renders a parsed template as Velocity 1.7 does under API Gateway: null references print nothing,
 * `==` treats null as "" (the one recorded AWS customisation), `#set` to null keeps the old value,
 * `#foreach` stops after 1000 iterations, macros take arguments by name, `#define` blocks render
 * late-bound. Every node has a source range, so runtime failures become positioned diagnostics.
 * Hard limits (steps, output size, string size, macro depth) keep any template finite.
 */
import type { Expr, MacroDef, Range, RefNode, RefPart, Stmt, Template } from './ast';
import { InvalidPayload } from './context';
import type { Variables } from './context';
import { getProperty, invokeMethod, setProperty, VOID } from './methods';
import type { MethodLimits } from './methods';
import { APPSYNC_ONLY_UTIL_NAMES } from './catalog';
import {
  JavaException,
  add,
  compareNumbers,
  divide,
  intValue,
  isJavaNumber,
  modulo,
  multiply,
  subtract,
} from './numbers';
import { parseNested } from './parser';
import {
  HostObject,
  JList,
  JMap,
  NO_SUCH,
  javaClassOf,
  javaEquals,
  javaToString,
  sameJavaFamily,
  touch,
} from './values';
import type { Lookup, Value } from './values';

export interface Limits {
  /** Evaluation steps (statements, expressions, loop turns, method calls) before the render is stopped. */
  maxSteps: number;
  /** Characters of output. */
  maxOutput: number;
  /** Characters of any one string the template builds. */
  maxString: number;
  /** #foreach turns (API Gateway: 1000). */
  maxLoops: number;
  /** Macro call depth (Velocity's velocimacro.max.depth: 20). */
  maxMacroDepth: number;
  /** Elements of an integer range [a..b]. */
  maxRange: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxSteps: 5_000_000,
  maxOutput: 10 * 1024 * 1024,
  maxString: 10 * 1024 * 1024,
  maxLoops: 1000,
  maxMacroDepth: 20,
  maxRange: 1_000_000,
};

export type FailureKind = 'runtime' | 'invalid-payload' | 'limit';

/** Why a render stopped: API Gateway fails the request in each case. */
export class RenderFailure extends Error {
  constructor(
    message: string,
    readonly kind: FailureKind,
    readonly range: Range | null,
  ) {
    super(message);
  }
}

export interface RuntimeNote {
  severity: 'warning' | 'info';
  message: string;
  range: Range;
  code: string;
}

class BreakSignal {
  constructor(readonly target: ForeachScope | null) {}
}
class StopSignal {}

/** `$foreach` inside a loop. */
export class ForeachScope extends HostObject {
  readonly javaClass = 'org.apache.velocity.runtime.directive.ForeachScope';
  index = -1;
  hasNext = false;
  constructor(readonly parent: Value) {
    super();
  }
  override getProperty(name: string): Lookup {
    switch (name) {
      case 'index':
      case 'Index':
        return this.index;
      case 'count':
      case 'Count':
        return this.index + 1;
      case 'hasNext':
      case 'HasNext':
        return this.hasNext;
      case 'first':
      case 'First':
        return this.index === 0;
      case 'last':
      case 'Last':
        return !this.hasNext;
      case 'parent':
      case 'Parent':
        return this.parent;
      case 'topmost':
      case 'Topmost': {
        let top: Value = this.parent;
        if (!(top instanceof ForeachScope)) return this;
        while (top instanceof ForeachScope && top.parent instanceof ForeachScope) top = top.parent;
        return top;
      }
      default:
        return NO_SUCH;
    }
  }
  override invoke(name: string, args: Value[]): Lookup {
    if (args.length !== 0) return NO_SUCH;
    switch (name) {
      case 'getIndex':
        return this.index;
      case 'getCount':
        return this.index + 1;
      case 'hasNext':
      case 'getHasNext':
        return this.hasNext;
      case 'isFirst':
        return this.index === 0;
      case 'isLast':
        return !this.hasNext;
      case 'getParent':
        return this.parent;
      case 'stop':
        throw new BreakSignal(this);
      default:
        return NO_SUCH;
    }
  }
}

/** A `#define` block: renders its body each time it is used (Velocity's Block.Reference, max depth 2). */
class BlockRef extends HostObject {
  readonly javaClass = 'org.apache.velocity.runtime.directive.Block$Reference';
  depth = 0;
  constructor(
    readonly body: Stmt[],
    readonly frame: Frame | null,
    readonly renderer: Renderer,
  ) {
    super();
  }
  /** Renders into the current output; false past the depth limit. */
  renderInto(frame: Frame | null): boolean {
    this.depth++;
    if (this.depth > 2) {
      this.depth--;
      return false;
    }
    try {
      this.renderer.renderBlockCatchingBreak(this.body, frame);
    } finally {
      this.depth--;
    }
    return true;
  }
  override toJavaString(): string {
    const s = this.renderer.capture(() => this.renderInto(this.frame));
    return s.ok ? s.text : (null as unknown as string);
  }
}

interface MacroArg {
  expr: Expr;
  frame: Frame | null;
}

interface Frame {
  locals: Map<string, Value>;
  args: Map<string, MacroArg>;
  parent: Frame | null;
  depth: number;
  macro: string;
}

const FOREACH = 'foreach';

/** What methods need to know about the limits (one per Limits object, shared by renders). */
const methodLimitsFor = new WeakMap<Limits, MethodLimits>();

function methodLimits(limits: Limits): MethodLimits {
  let m = methodLimitsFor.get(limits);
  if (!m) {
    m = {
      maxString: limits.maxString,
      onRegexProblem: (message, unsupported) => {
        throw new JavaException(
          unsupported ? 'unsupported' : 'java.util.regex.PatternSyntaxException',
          message,
        );
      },
      onTooLarge: (what) => {
        throw new RenderFailure(
          `The template built ${what} longer than ${limits.maxString} characters`,
          'limit',
          null,
        );
      },
    };
    methodLimitsFor.set(limits, m);
  }
  return m;
}

export class Renderer {
  private out = '';
  private steps = 0;
  readonly notes: RuntimeNote[] = [];
  private noted: Set<string> | null = null;
  private readonly globals = new Map<string, Value>();
  private readonly methodLimits: MethodLimits;
  private evaluateDepth = 0;
  /** Whether $context / $stageVariables were looked up (or assigned) already. */
  private contextDone = false;
  private stageVariablesDone = false;

  constructor(
    private readonly template: Template,
    readonly vars: Variables,
    private readonly limits: Limits,
  ) {
    this.globals.set('input', vars.input);
    this.globals.set('util', vars.util);
    this.methodLimits = methodLimits(limits);
  }

  /** Renders the template; returns the output so far and throws RenderFailure on failure (output kept in partial()). */
  render(): string {
    try {
      this.renderBlock(this.template.body, null);
    } catch (e) {
      if (e instanceof StopSignal || e instanceof BreakSignal) return this.out;
      throw e;
    }
    return this.out;
  }

  /** Output rendered before a failure. */
  partial(): string {
    return this.out;
  }

  private note(severity: RuntimeNote['severity'], code: string, message: string, range: Range): void {
    const key = `${code}@${range.start}`;
    this.noted ??= new Set();
    if (this.noted.has(key)) return;
    this.noted.add(key);
    this.notes.push({ severity, code, message, range });
  }

  private step(range: Range | null): void {
    if (++this.steps > this.limits.maxSteps) {
      throw new RenderFailure(
        `The template did not finish within ${this.limits.maxSteps.toLocaleString('en-US')} evaluation steps (a runaway loop or recursion?)`,
        'limit',
        range,
      );
    }
  }

  private write(s: string, range: Range | null): void {
    this.out += s;
    if (this.out.length > this.limits.maxOutput) {
      throw new RenderFailure(
        `The output passed ${this.limits.maxOutput.toLocaleString('en-US')} characters (API Gateway's payload limit is 10 MB)`,
        'limit',
        range,
      );
    }
  }

  /** Renders fn's output into a string (interpolated literals, #define blocks as values). */
  capture(fn: () => boolean | void): { ok: boolean; text: string } {
    const saved = this.out;
    this.out = '';
    try {
      const ok = fn();
      return { ok: ok !== false, text: this.out };
    } finally {
      this.out = saved;
    }
  }

  // ---------- variables ----------

  private lookup(name: string, frame: Frame | null): Value {
    for (let f = frame; f !== null; f = f.parent) {
      const v = f.locals.get(name);
      if (v !== undefined && v !== null) return v;
      const a = f.args.get(name);
      if (a !== undefined) return this.evalExpr(a.expr, a.frame);
    }
    const g = this.globals.get(name);
    if (g !== undefined) return g;
    return this.lazyGlobal(name) ?? null;
  }

  /** $context and $stageVariables, built on first use. */
  private lazyGlobal(name: string): Value | undefined {
    let v: Value;
    if (name === 'context') {
      if (this.contextDone) return undefined;
      this.contextDone = true;
      v = this.vars.context;
    } else if (name === 'stageVariables') {
      if (this.stageVariablesDone) return undefined;
      this.stageVariablesDone = true;
      v = this.vars.stageVariables;
    } else return undefined;
    this.globals.set(name, v);
    return v;
  }

  /** context.put: into every macro frame and the template's variables (Velocity's default global scope). */
  private put(name: string, value: Value | undefined, frame: Frame | null): void {
    if (name === 'context') this.contextDone = true;
    else if (name === 'stageVariables') this.stageVariablesDone = true;
    for (let f = frame; f !== null; f = f.parent) {
      if (value === undefined) f.locals.delete(name);
      else f.locals.set(name, value);
    }
    if (value === undefined) this.globals.delete(name);
    else this.globals.set(name, value);
  }

  /** The raw stored value (for saving and restoring around #foreach). */
  private raw(name: string, frame: Frame | null): Value | undefined {
    for (let f = frame; f !== null; f = f.parent) {
      const v = f.locals.get(name);
      if (v !== undefined) return v;
    }
    return this.globals.get(name) ?? this.lazyGlobal(name);
  }

  // ---------- statements ----------

  renderBlockCatchingBreak(body: Stmt[], frame: Frame | null): void {
    try {
      this.renderBlock(body, frame);
    } catch (e) {
      if (e instanceof BreakSignal && e.target === null) return;
      throw e;
    }
  }

  private renderBlock(body: Stmt[], frame: Frame | null): void {
    for (let i = 0; i < body.length; i++) {
      const s = body[i];
      switch (s.t) {
        case 'text':
          this.write(s.text, s);
          break;
        case 'ref':
          this.step(s);
          this.renderRef(s.ref, frame);
          break;
        default:
          this.step(s);
          this.renderStmt(s, frame);
      }
    }
  }

  private renderStmt(s: Stmt, frame: Frame | null): void {
    switch (s.t) {
      case 'set':
        return this.doSet(s.left, s.value, frame, s);
      case 'if': {
        for (const b of s.branches) {
          if (this.evalBool(b.cond, frame)) {
            this.renderBlock(b.body, frame);
            return;
          }
        }
        if (s.otherwise) this.renderBlock(s.otherwise, frame);
        return;
      }
      case 'foreach':
        return this.foreach(s.args, s.body, frame, s);
      case 'define': {
        const a = s.args[0];
        if (s.args.length !== 1 || a === undefined)
          throw new RenderFailure('#define needs exactly one argument: #define($name)', 'runtime', {
            start: s.start,
            end: s.nameEnd,
          });
        const key = a.t === 'ref' ? a.ref.root : a.literal.replace(/^\$!?\{?/, '');
        this.put(key, new BlockRef(s.body, frame, this), frame);
        return;
      }
      case 'macro':
        return;
      case 'literal':
        this.write(s.text, s);
        return;
      case 'break': {
        let target: ForeachScope | null = null;
        if (s.args.length > 0) {
          const v = this.evalExpr(s.args[0], frame);
          if (v instanceof ForeachScope) target = v;
        }
        throw new BreakSignal(target);
      }
      case 'stop':
        throw new StopSignal();
      case 'evaluate':
        return this.evaluate(s.args, frame, s);
      case 'include':
        throw new RenderFailure(
          `#${s.name} loads another template file; API Gateway mapping templates have none`,
          'runtime',
          { start: s.start, end: s.nameEnd },
        );
      case 'call':
        return this.call(s, frame);
      case 'text':
      case 'ref':
        return;
    }
  }

  private renderRef(ref: RefNode, frame: Frame | null): void {
    if (ref.kind === 'runt') {
      this.write(ref.root, ref);
      return;
    }
    if (ref.kind === 'slashbang') return;
    const value = this.evalRef(ref, frame);
    if (ref.escaped) {
      let literal = ref.literal;
      if (frame !== null && ref.kind === 'normal' && ref.parts.length === 0) {
        const a = frame.args.get(ref.root);
        if (a) literal = a.expr.literal;
      }
      this.write(value === null ? ref.escPrefix + '\\' + literal : ref.escPrefix + literal, ref);
      return;
    }
    if (value === null) {
      this.write(ref.escPrefix + ref.morePrefix, ref);
      return;
    }
    if (value instanceof BlockRef) {
      this.write(ref.escPrefix + ref.morePrefix, ref);
      if (value.renderInto(frame)) return;
      // past the depth limit Velocity prints the reference as written
      this.write(ref.kind === 'quiet' ? '' : ref.literal, ref);
      return;
    }
    if (value instanceof JMap) {
      this.note(
        'warning',
        'vtl/map-printed',
        `${ref.literal} is a map: it prints as {key=value, …}, not JSON. Use $input.json('…') to write JSON.`,
        ref,
      );
    }
    this.write(ref.escPrefix + ref.morePrefix + javaToString(value), ref);
  }

  /** The value of a reference chain; null as soon as a link is null. */
  private evalRef(ref: RefNode, frame: Frame | null): Value {
    if (ref.kind === 'runt' || ref.kind === 'slashbang') return null;
    let v = this.lookup(ref.root, frame);
    const parts = ref.parts;
    for (let i = 0; i < parts.length && v !== null; i++) v = this.applyPart(v, parts[i], ref, frame);
    if (v instanceof JMap && v.nullWhenRead) return null;
    return v;
  }

  private applyPart(target: Value, part: RefPart, ref: RefNode, frame: Frame | null): Value {
    switch (part.t) {
      case 'prop': {
        const r = getProperty(target, part.name);
        return r === NO_SUCH ? null : r;
      }
      case 'method': {
        this.step(part);
        const args: Value[] = [];
        for (const a of part.args) {
          const v = this.evalExpr(a, frame);
          args.push(v instanceof JMap && v.nullWhenRead ? null : v);
        }
        let r: Lookup;
        try {
          r = invokeMethod(target, part.name, args, this.methodLimits);
        } catch (e) {
          throw this.methodFailure(e, target, part, ref);
        }
        if (r === NO_SUCH) {
          this.noMethod(target, part, ref);
          return null;
        }
        return r;
      }
      case 'index': {
        let arg = this.evalExpr(part.arg, frame);
        if (typeof arg === 'number' && arg < 0 && target instanceof JList && target.kind !== 'Set')
          arg = target.items.length + arg;
        if (target instanceof JMap) return target.get(arg);
        if (
          target instanceof JList &&
          target.kind !== 'Set' &&
          typeof arg === 'number' &&
          arg >= -2147483648 &&
          arg <= 2147483647
        ) {
          if (arg < 0 || arg >= target.items.length)
            throw new RenderFailure(
              `${ref.literal}: index ${javaToString(this.evalExpr(part.arg, frame))} is out of bounds for a list of ${target.items.length} (Velocity fails the render)`,
              'runtime',
              part,
            );
          return target.items[arg];
        }
        return null;
      }
    }
  }

  private noMethod(target: Value, part: RefPart & { t: 'method' }, ref: RefNode): void {
    if (target === this.vars.util && APPSYNC_ONLY_UTIL_NAMES.has(part.name)) {
      // `$util.toJson(…)` written out is already reported by the static lint
      if (ref.root === 'util' && ref.parts[0] === part) return;
      this.note(
        'warning',
        'vtl/appsync-only',
        `$util.${part.name} is an AppSync helper; API Gateway's $util has no ${part.name}() and renders nothing here.`,
        part,
      );
      return;
    }
    const kind =
      target instanceof JList
        ? target.kind === 'String[]'
          ? 'an array (String[] from split)'
          : target.kind === 'Set'
            ? 'a set'
            : 'a list'
        : target instanceof JMap
          ? 'a map'
          : typeof target === 'string'
            ? 'a string'
            : isJavaNumber(target)
              ? 'a number'
              : javaClassOf(target);
    this.note(
      'warning',
      'vtl/no-such-method',
      `${ref.literal}: ${kind} has no method ${part.name}() taking ${part.args.length} argument${part.args.length === 1 ? '' : 's'} of these types; Velocity renders nothing.`,
      part,
    );
  }

  private methodFailure(e: unknown, target: Value, part: RefPart, ref: RefNode): unknown {
    // underline the reference up to the failing call
    const range = { start: ref.start, end: part.end };
    if (e instanceof InvalidPayload) {
      return new RenderFailure(
        `The payload is not valid JSON (${e.message} at character ${e.offset + 1}): API Gateway answers 400 {"message": "Could not process payload"}`,
        'invalid-payload',
        range,
      );
    }
    if (e instanceof JavaException) {
      if (e.javaClass === 'unsupported') return new RenderFailure(e.message, 'runtime', range);
      const name = part.t === 'method' ? part.name : '';
      return new RenderFailure(
        `${ref.literal}: calling ${name}() on ${javaClassOf(target)} threw ${e.javaClass}: ${e.message} (API Gateway fails the request)`,
        'runtime',
        range,
      );
    }
    return e;
  }

  private doSet(left: RefNode, expr: Expr, frame: Frame | null, at: Range): void {
    let value = this.evalExpr(expr, frame);
    if (value instanceof JMap && value.nullWhenRead) value = null;
    if (value === null) {
      // directive.set.null.allowed=false: the target keeps its value
      if (left.parts.length === 0 && this.lookup(left.root, frame) !== null)
        this.note(
          'info',
          'vtl/set-null-keeps-value',
          `The value is null, so ${left.literal} keeps its previous value (Velocity does not assign null).`,
          at,
        );
      return;
    }
    if (left.parts.length === 0) {
      this.put(left.root, value, frame);
      return;
    }
    let target = this.lookup(left.root, frame);
    const last = left.parts.length - 1;
    for (let i = 0; i < last && target !== null; i++)
      target = this.applyPart(target, left.parts[i], left, frame);
    if (target === null) return;
    const part = left.parts[last];
    if (part.t === 'index') {
      let arg = this.evalExpr(part.arg, frame);
      if (typeof arg === 'number' && arg < 0 && target instanceof JList && target.kind !== 'Set')
        arg = target.items.length + arg;
      if (
        target instanceof JList &&
        target.kind !== 'Set' &&
        typeof arg === 'number' &&
        arg >= -2147483648 &&
        arg <= 2147483647
      ) {
        if (arg < 0 || arg >= target.items.length)
          throw new RenderFailure(
            `${left.literal}: index ${arg} is out of bounds for a list of ${target.items.length} (Velocity fails the render)`,
            'runtime',
            part,
          );
        touch(target);
        target.items[arg] = value;
        return;
      }
      if (target instanceof JMap) target.put(arg, value);
      return;
    }
    setProperty(target, part.name, value);
  }

  private foreach(args: Expr[], body: Stmt[], frame: Frame | null, at: Stmt & { nameEnd: number }): void {
    const children = args.length;
    if (children < 2) {
      throw new RenderFailure('#foreach needs the form #foreach($item in $list)', 'runtime', {
        start: at.start,
        end: at.nameEnd,
      });
    }
    if (children === 2) return; // the list argument is the block itself: nothing to iterate
    const first = args[0];
    const key = first.t === 'ref' ? first.ref.root : first.literal.slice(1);
    const listValue = this.evalExpr(args[2], frame);
    let items: Value[] | null = null;
    let source: JList | null = null;
    if (listValue instanceof JList) {
      items = listValue.items;
      source = listValue;
    } else if (listValue instanceof JMap) items = Array.from(listValue.entries.values());
    if (items === null) return;
    const bodyNodes = args.length > 3 ? null : body;

    const savedItem = this.raw(key, frame);
    const savedCount = this.raw('velocityCount', frame);
    const savedHasNext = this.raw('velocityHasNext', frame);
    const savedScope = this.raw(FOREACH, frame);
    const scope = new ForeachScope(savedScope === undefined ? null : savedScope);
    this.put(FOREACH, scope, frame);
    const startLength = items.length;
    let counter = 1;
    try {
      for (let i = 0; ; i++) {
        if (source && source.items.length !== startLength) {
          // Java's list iterator: hasNext() is cursor != size, next() then fails on a changed list
          if (i === source.items.length) break;
          throw new RenderFailure(
            'The list changed while #foreach was iterating over it (Java throws ConcurrentModificationException)',
            'runtime',
            args[2],
          );
        }
        if (i >= items.length) break;
        this.step(at);
        const hasNext = i + 1 < items.length;
        this.put('velocityCount', counter, frame);
        this.put('velocityHasNext', hasNext, frame);
        const item = items[i];
        this.put(key, item === null ? undefined : item, frame);
        scope.index++;
        scope.hasNext = hasNext;
        try {
          if (bodyNodes) this.renderBlock(bodyNodes, frame);
          else if (args[3].t === 'ref') this.renderRef(args[3].ref, frame);
        } catch (e) {
          if (e instanceof BreakSignal && (e.target === null || e.target === scope)) break;
          throw e;
        }
        counter++;
        if (counter - 1 >= this.limits.maxLoops && i + 1 < items.length) {
          this.note(
            'warning',
            'vtl/foreach-limit',
            `#foreach stopped after ${this.limits.maxLoops} iterations, as API Gateway does (the list has ${items.length}).`,
            { start: at.start, end: at.nameEnd },
          );
          break;
        }
      }
    } finally {
      this.put('velocityCount', savedCount, frame);
      this.put('velocityHasNext', savedHasNext, frame);
      this.put(key, savedItem === null ? undefined : savedItem, frame);
      this.put(FOREACH, savedScope === null ? undefined : savedScope, frame);
    }
  }

  private call(s: Stmt & { t: 'call' }, frame: Frame | null): void {
    if (s.name.startsWith('\u0000')) {
      throw new RenderFailure(`#${s.name.slice(1)} needs its arguments in parentheses`, 'runtime', {
        start: s.start,
        end: s.nameEnd,
      });
    }
    const isBlock = s.name.startsWith('@');
    const name = isBlock ? s.name.slice(1) : s.name;
    const macro: MacroDef | undefined = this.template.macros.get(name);
    if (!macro) {
      this.write(s.literal, s);
      return;
    }
    const depth = (frame?.depth ?? 0) + 1;
    if (depth > this.limits.maxMacroDepth) {
      const chain: string[] = [];
      for (let f = frame; f !== null; f = f.parent) chain.push(f.macro);
      throw new RenderFailure(
        `Macro calls nest deeper than ${this.limits.maxMacroDepth} (${chain.reverse().concat(name).slice(0, 6).join(' → ')}…): Velocity fails with MacroOverflowException`,
        'runtime',
        { start: s.start, end: s.nameEnd },
      );
    }
    const callFrame: Frame = { locals: new Map(), args: new Map(), parent: frame, depth, macro: name };
    for (let i = 0; i < macro.params.length && i < s.args.length; i++) {
      const arg = s.args[i];
      // ProxyVMContext: constants are evaluated once; references, strings, lists, maps and ranges by name
      if (arg.t === 'int' || arg.t === 'float' || arg.t === 'bool' || arg.t === 'word') {
        const v = this.evalExpr(arg, frame);
        if (v !== null) callFrame.locals.set(macro.params[i], v);
      } else callFrame.args.set(macro.params[i], { expr: arg, frame });
    }
    if (isBlock && s.body) callFrame.locals.set('bodyContent', new BlockRef(s.body, frame, this));
    try {
      this.renderBlock(macro.body, callFrame);
    } catch (e) {
      if (e instanceof BreakSignal && e.target === null) return;
      throw e;
    }
  }

  private evaluate(args: Expr[], frame: Frame | null, at: Stmt & { nameEnd: number }): void {
    if (args.length !== 1)
      throw new RenderFailure('#evaluate takes exactly one argument', 'runtime', {
        start: at.start,
        end: at.nameEnd,
      });
    const v = this.evalExpr(args[0], frame);
    if (v === null) return;
    if (this.evaluateDepth >= 10)
      throw new RenderFailure('#evaluate nests deeper than 10 levels', 'limit', at);
    const text = javaToString(v);
    const parsed = parseNested(text, this.template.macros);
    if (parsed.error)
      throw new RenderFailure(
        `#evaluate could not parse its text: ${parsed.error.message}`,
        'runtime',
        args[0],
      );
    this.evaluateDepth++;
    try {
      this.renderBlockCatchingBreak(parsed.template?.body ?? [], frame);
    } finally {
      this.evaluateDepth--;
    }
  }

  // ---------- expressions ----------

  evalExpr(e: Expr, frame: Frame | null): Value {
    switch (e.t) {
      case 'str':
        return e.value;
      case 'int':
      case 'float':
      case 'bool':
        return e.value;
      case 'ref':
        return this.evalRef(e.ref, frame);
      case 'istr': {
        this.step(e);
        const r = this.capture(() => this.renderBlock(e.body, frame));
        const s = e.trimLast && r.text.length > 0 ? r.text.slice(0, -1) : r.text;
        if (s.length > this.limits.maxString) this.methodLimits.onTooLarge('a string');
        return s;
      }
      case 'range':
        return this.range(e, frame);
      case 'list': {
        const items: Value[] = [];
        for (const x of e.items) {
          const v = this.evalExpr(x, frame);
          items.push(v instanceof JMap && v.nullWhenRead ? null : v);
        }
        return new JList(items, 'ArrayList');
      }
      case 'map': {
        const m = new JMap();
        for (const [k, v] of e.entries) m.put(this.evalExpr(k, frame), this.evalExpr(v, frame));
        return m;
      }
      case 'group':
        return this.evalExpr(e.inner, frame);
      case 'not':
        return !this.evalBool(e.operand, frame);
      case 'word':
        return null;
      case 'bin':
        this.step(e);
        switch (e.op) {
          case 'or':
          case 'and':
          case 'eq':
          case 'ne':
          case 'lt':
          case 'gt':
          case 'le':
          case 'ge':
            return this.evalBool(e, frame);
          default:
            return this.math(e, frame);
        }
    }
  }

  /** Velocity's evaluate(): only references, booleans, comparisons and logic can be true. */
  evalBool(e: Expr, frame: Frame | null): boolean {
    switch (e.t) {
      case 'ref': {
        const v = this.evalRef(e.ref, frame);
        if (v === null) return false;
        if (typeof v === 'boolean') return v;
        if (v instanceof BlockRef) return v.toJavaString() !== null;
        return true;
      }
      case 'bool':
        return e.value;
      case 'group':
        return this.evalBool(e.inner, frame);
      case 'not':
        return !this.evalBool(e.operand, frame);
      case 'bin':
        switch (e.op) {
          case 'or':
            return this.evalBool(e.left, frame) || this.evalBool(e.right, frame);
          case 'and':
            return this.evalBool(e.left, frame) && this.evalBool(e.right, frame);
          case 'eq':
            return this.equals(this.evalExpr(e.left, frame), this.evalExpr(e.right, frame));
          case 'ne':
            return !this.equals(this.evalExpr(e.left, frame), this.evalExpr(e.right, frame));
          case 'lt':
          case 'gt':
          case 'le':
          case 'ge': {
            const l = this.evalExpr(e.left, frame);
            const r = this.evalExpr(e.right, frame);
            if (!isJavaNumber(l) || !isJavaNumber(r)) return false;
            const c = compareNumbers(l, r);
            return e.op === 'lt' ? c < 0 : e.op === 'gt' ? c > 0 : e.op === 'le' ? c <= 0 : c >= 0;
          }
          default:
            return false;
        }
      default:
        return false;
    }
  }

  /** `==` as API Gateway evaluates it: a null side compares as "" (recorded AWS behaviour), else Velocity 1.7's rules. */
  private equals(l: Value, r: Value): boolean {
    if (l instanceof JMap && l.nullWhenRead) l = null;
    if (r instanceof JMap && r.nullWhenRead) r = null;
    if (l === null || r === null) {
      const ls = l === null ? '' : this.str(l);
      const rs = r === null ? '' : this.str(r);
      return ls !== null && rs !== null && ls === rs;
    }
    if (isJavaNumber(l) && isJavaNumber(r)) return compareNumbers(l, r) === 0;
    if (sameJavaFamily(l, r)) return javaEquals(l, r);
    const ls = this.str(l);
    const rs = this.str(r);
    if (ls === null || rs === null) return ls === rs;
    return ls === rs;
  }

  private str(v: Value): string | null {
    if (v instanceof BlockRef) return v.toJavaString();
    return javaToString(v);
  }

  private math(e: Expr & { t: 'bin' }, frame: Frame | null): Value {
    const l = this.evalExpr(e.left, frame);
    const r = this.evalExpr(e.right, frame);
    if (e.op === 'add' && (typeof l === 'string' || typeof r === 'string')) {
      // ASTAddNode: string concatenation, a null side printing as its source text
      const ls = l === null ? e.left.literal : this.str(l);
      const rs = r === null ? e.right.literal : this.str(r);
      const s = String(ls) + String(rs);
      if (s.length > this.limits.maxString) this.methodLimits.onTooLarge('a string');
      return s;
    }
    if (!isJavaNumber(l) || !isJavaNumber(r)) return null;
    switch (e.op) {
      case 'add':
        return add(l, r);
      case 'sub':
        return subtract(l, r);
      case 'mul':
        return multiply(l, r);
      case 'div':
        return divide(l, r);
      case 'mod':
        try {
          return modulo(l, r);
        } catch (x) {
          if (x instanceof JavaException) throw new RenderFailure(`${e.literal}: ${x.message}`, 'runtime', e);
          throw x;
        }
      default:
        return null;
    }
  }

  private range(e: Expr & { t: 'range' }, frame: Frame | null): Value {
    const l = this.evalExpr(e.left, frame);
    const r = this.evalExpr(e.right, frame);
    if (!isJavaNumber(l) || !isJavaNumber(r)) return null;
    const a = intValue(l);
    const b = intValue(r);
    const n = Math.abs(a - b) + 1;
    if (n > this.limits.maxRange)
      throw new RenderFailure(
        `The range ${e.literal} has ${n.toLocaleString('en-US')} elements; the simulator stops at ${this.limits.maxRange.toLocaleString('en-US')}`,
        'limit',
        e,
      );
    this.steps += Math.floor(n / 8);
    this.step(e);
    const items: Value[] = new Array(n);
    const d = a <= b ? 1 : -1;
    for (let i = 0, v = a; i < n; i++, v += d) items[i] = v;
    return new JList(items, 'ArrayList');
  }
}

export { VOID };
