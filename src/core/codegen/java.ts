/**
 * The CDK Java printer, as a CDK Java developer writes it: constructs with props through their
 * builders (`LambdaIntegration.Builder.create(fn)….build()`), structs through `X.builder()`
 * (`MethodOptions.builder()`), properties through getters (`api.getRoot().resourceForPath(…)`),
 * one import per type (a single-type import also shadows `java.lang.Runtime`).
 *
 * Map order: jsii's Java runtime serializes a map with Jackson in the map's iteration order
 * (jsii `JsiiObjectMapper`, no ORDER_MAP_ENTRIES_BY_KEYS). `Map.of` with several entries has an
 * unspecified order that changes from one JVM run to the next, so maps of two or more entries are
 * built insertion-ordered (`LinkedHashMap`), which gives the TypeScript app's Deployment hash.
 */
import type { Design } from '../design/types';
import { buildAppIr } from './buildIr';
import { T, typeNameOf, moduleOf, type Fqn } from './cdkNames';
import {
  ChunkCache,
  buildDoc,
  concat,
  group,
  hardline,
  indent,
  join,
  line,
  link,
  softline,
  type Doc,
} from './doc';
import { walkApp, type AppIr, type Expr, type Statement, type StructExpr } from './ir';
import { stringLines, quotedString } from './javaStrings';
import { javaGetterName, MODULE_NAMES } from './jsiiNames';
import {
  lines,
  linkingPrinter,
  printWithLinks,
  printText,
  renderText,
  statementLines,
  type PrintedCode,
} from './printing';

/** Each statement's text, laid out once per IR node (see statementLines). */
const statementTexts = new ChunkCache();

export const JAVA_PRINT_WIDTH = 100;

/** The package `cdk init app --language java` uses. */
export const JAVA_PACKAGE = 'com.myorg';

/** One block level: four spaces (doc.ts indents by two). */
function block(doc: Doc): Doc {
  return indent(indent(doc));
}

/** A continuation line: eight spaces. */
function continuation(doc: Doc): Doc {
  return block(block(doc));
}

function numberLiteral(value: number): string {
  if (Object.is(value, -0)) return '-0.0';
  if (Number.isInteger(value) && Math.abs(value) <= 2147483647) return String(value);
  if (Number.isSafeInteger(value)) return `${value}L`;
  const text = String(value);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function stringLiteral(value: string): Doc {
  const pieces = stringLines(value, 'java');
  if (pieces.length === 1) return pieces[0];
  // Hard line breaks: the expressions around a multi-line text break too.
  return concat(pieces[0], continuation(concat(...pieces.slice(1).map((p) => concat(hardline, '+ ', p)))));
}

/** `callee(a, b)`, or one argument a line when it does not fit. */
function call(callee: Doc, args: Doc[]): Doc {
  if (args.length === 0) return concat(callee, '()');
  return group(concat(callee, '(', continuation(concat(softline, join(concat(',', line), args))), ')'));
}

/** `head` then `.step(…)` calls, one a line when the chain does not fit. */
function chain(head: Doc, steps: Doc[]): Doc {
  return group(concat(head, continuation(concat(...steps.map((step) => concat(softline, step))))));
}

function builderSteps(struct: StructExpr): Doc[] {
  return struct.fields.map((field) =>
    link(field.path, concat(`.${field.name}(`, printExpr.unlessSamePath(field.value, field.path), ')')),
  );
}

const printExpr = linkingPrinter(printExprBody);

function printExprBody(expr: Expr): Doc {
  switch (expr.kind) {
    case 'string':
      return stringLiteral(expr.value);
    case 'number':
      return numberLiteral(expr.value);
    case 'boolean':
      return String(expr.value);
    case 'null':
      return 'null';
    case 'enum':
      return `${typeNameOf(expr.type)}.${expr.member}`;
    case 'duration':
      return concat(`Duration.${expr.unit}(`, numberLiteral(expr.amount), ')');
    case 'list':
      return call('List.of', expr.items.map(printExpr));
    case 'map': {
      const entries = expr.entries.map((entry) => ({
        key: quotedString(entry.key, 'java'),
        value: printExpr.unlessSamePath(entry.value, entry.path),
        path: entry.path,
      }));
      if (entries.length <= 1) {
        return call(
          'Map.of',
          entries.flatMap((e) => [link(e.path, e.key), e.value]),
        );
      }
      return call(
        'linkedMap',
        entries.map((e) => link(e.path, call('Map.entry', [e.key, e.value]))),
      );
    }
    case 'struct':
      return chain(`${typeNameOf(expr.type)}.builder()`, [...builderSteps(expr), '.build()']);
    case 'ref':
      return expr.name;
    case 'scope':
      return 'this';
    case 'new': {
      const last = expr.args[expr.args.length - 1];
      if (last?.kind === 'struct') {
        const head = call(`${typeNameOf(expr.type)}.Builder.create`, expr.args.slice(0, -1).map(printExpr));
        return link(last.path, chain(head, [...builderSteps(last), '.build()']));
      }
      return call(`new ${typeNameOf(expr.type)}`, expr.args.map(printExpr));
    }
    case 'staticCall':
      return call(`${typeNameOf(expr.type)}.${expr.method}`, expr.args.map(printExpr));
    case 'staticProperty':
      return `${typeNameOf(expr.type)}.${expr.property}`;
    case 'call':
      return call(concat(printExpr(expr.target), '.', expr.method), expr.args.map(printExpr));
    case 'property':
      return concat(printExpr(expr.target), '.', javaGetterName(expr.property), '()');
  }
}

function printStatement(statement: Statement): Doc {
  if (statement.kind === 'const') {
    return link(
      statement.path,
      concat(
        `${typeNameOf(statement.type)} ${statement.name} = `,
        printExpr.unlessSamePath(statement.value, statement.path),
        ';',
      ),
    );
  }
  return link(statement.path, concat(printExpr.unlessSamePath(statement.expr, statement.path), ';'));
}

/** A Java type's fully qualified name: `software.amazon.awscdk.services.lambda.Function`. */
export function javaQualifiedName(fqn: Fqn): string {
  return `${MODULE_NAMES[moduleOf(fqn)].java}.${typeNameOf(fqn)}`;
}

/** What the printed code uses, found in one walk of the program. */
interface JavaUsage {
  /** The CDK types the code names (a construct's props struct is hidden by its builder). */
  types: Set<Fqn>;
  /** Whether it builds a map of two or more entries (with the `linkedMap` helper). */
  linkedMap: boolean;
  list: boolean;
  map: boolean;
}

function usageOf(ir: AppIr): JavaUsage {
  const usage: JavaUsage = { types: new Set<Fqn>(), linkedMap: false, list: false, map: false };
  const { types } = usage;
  const builderProps = new Set<Expr>();
  walkApp(ir, (expr) => {
    if (expr.kind === 'list') usage.list = true;
    if (expr.kind === 'map') {
      usage.map = true;
      if (expr.entries.length > 1) usage.linkedMap = true;
    }
    if (expr.kind === 'new' && expr.args[expr.args.length - 1]?.kind === 'struct') {
      builderProps.add(expr.args[expr.args.length - 1]);
    }
    if (expr.kind === 'struct' && builderProps.has(expr)) return;
    if (expr.kind === 'enum' || expr.kind === 'struct' || expr.kind === 'new') types.add(expr.type);
    if (expr.kind === 'staticCall' || expr.kind === 'staticProperty') types.add(expr.type);
    if (expr.kind === 'duration') types.add(T.Duration);
  });
  for (const statement of ir.statements) if (statement.kind === 'const') types.add(statement.type);
  return usage;
}

function collectionImports(usage: JavaUsage): string[] {
  return [
    ...(usage.linkedMap ? ['java.util.LinkedHashMap'] : []),
    ...(usage.list ? ['java.util.List'] : []),
    ...(usage.map ? ['java.util.Map'] : []),
  ];
}

function importLines(qualified: string[]): string[] {
  return [...new Set(qualified)].sort().map((name) => `import ${name};`);
}

/** `head {`, the body a block deeper, `}`. */
function braced(head: string, body: Doc[]): Doc {
  return concat(head, ' {', block(concat(hardline, lines(body))), hardline, '}');
}

const LINKED_MAP_HELPER: Doc[] = [
  '/** A map that keeps its entries in this order: CDK hashes map order into the Deployment ID. */',
  '@SafeVarargs',
  braced('private static <V> Map<String, V> linkedMap(final Map.Entry<String, V>... entries)', [
    'final Map<String, V> map = new LinkedHashMap<>();',
    braced('for (final Map.Entry<String, V> entry : entries)', [
      'map.put(entry.getKey(), entry.getValue());',
    ]),
    'return map;',
  ]),
];

function printStackClass(ir: AppIr, usage: JavaUsage, visibility: 'public ' | ''): Doc {
  const { className } = ir.stack;
  const body = statementLines(ir.statements, printStatement, statementTexts);
  const members: Doc[] = [
    braced(`public ${className}(final Construct scope, final String id)`, ['this(scope, id, null);']),
    '',
    braced(`public ${className}(final Construct scope, final String id, final StackProps props)`, [
      'super(scope, id, props);',
      '',
      ...body,
    ]),
    ...(usage.linkedMap ? ['', ...LINKED_MAP_HELPER] : []),
  ];
  return braced(`${visibility}class ${className} extends Stack`, members);
}

function printMainClass(ir: AppIr, appClassName: string): Doc {
  const { className, id, props } = ir.stack;
  const stackArgs = [printExpr(id), ...(props ? [printExpr(props)] : [])];
  const main = lines([
    'App app = new App();',
    '',
    link(ir.stack.path, concat(call(`new ${className}`, ['app', ...stackArgs]), ';')),
    '',
    'app.synth();',
  ]);
  return braced(`public final class ${appClassName}`, [
    braced('public static void main(final String[] args)', [main]),
  ]);
}

/** The class with `main` (`cdk init`'s `<Name>App`). */
export function javaAppClassName(ir: AppIr): string {
  return `${ir.stack.className.replace(/Stack$/, '')}App`;
}

interface JavaFiles {
  stack: Doc;
  app: Doc;
  single: Doc;
}

function printFiles(ir: AppIr): JavaFiles {
  const usage = usageOf(ir);
  const stackClass = printStackClass(ir, usage, 'public ');
  const singleStackClass = printStackClass(ir, usage, '');
  const appClassName = javaAppClassName(ir);
  const mainClass = printMainClass(ir, appClassName);
  const { types } = usage;
  const stackImports = importLines([
    ...[...types].map(javaQualifiedName),
    javaQualifiedName(T.Stack),
    javaQualifiedName(T.StackProps),
    javaQualifiedName(T.Construct),
    ...collectionImports(usage),
  ]);
  const appTypes = [T.App, ...(ir.stack.props ? [T.StackProps, T.Environment] : [])];
  const appImports = importLines(appTypes.map(javaQualifiedName));
  const header = [`package ${JAVA_PACKAGE};`, ''];
  const singleImports = importLines([
    ...[...types, ...appTypes].map(javaQualifiedName),
    javaQualifiedName(T.Stack),
    javaQualifiedName(T.StackProps),
    javaQualifiedName(T.Construct),
    ...collectionImports(usage),
  ]);
  return {
    stack: concat(lines([...header, ...stackImports, '', stackClass]), hardline),
    app: concat(lines([...header, ...appImports, '', mainClass]), hardline),
    single: concat(lines([...header, ...singleImports, '', mainClass, '', singleStackClass]), hardline),
  };
}

/** The files of a `cdk init app --language java` project: `<Name>App.java` and `<Name>Stack.java`. */
export function printJavaProjectFiles(ir: AppIr): { stack: string; app: string; appClassName: string } {
  const files = buildDoc(false, () => printFiles(ir));
  return {
    stack: renderText(files.stack, JAVA_PRINT_WIDTH),
    app: renderText(files.app, JAVA_PRINT_WIDTH),
    appClassName: javaAppClassName(ir),
  };
}

/** The app's Java in one file, with the spans each design path produced. */
export function printJavaWithLinks(ir: AppIr): PrintedCode {
  return printWithLinks(printFiles(ir).single, JAVA_PRINT_WIDTH);
}

/** The app's Java in one file (`files["cdk-java"]`): the public `<Name>App` and the stack class. */
export function printJava(ir: AppIr): string {
  return printText(() => printFiles(ir).single, JAVA_PRINT_WIDTH);
}

/** Design → CDK Java app. Never throws; an invalid design gives code that may not compile. */
export function generateJava(design: Design): string {
  return printJava(buildAppIr(design));
}
