/**
 * The CDK C# printer, as a CDK .NET developer writes it: props as object initializers
 * (`new LambdaIntegration(fn, new LambdaIntegrationOptions { … })`), PascalCase members
 * (`api.Root.ResourceForPath(…)`), arrays for lists and `Dictionary<string, T>` for maps, in the
 * brace style of `cdk init app --language csharp`.
 *
 * Map order: jsii's .NET runtime copies a dictionary into the JSON it sends to CDK in the order of
 * its `Keys` (jsii `FrameworkToJsiiConverter.TryConvertMap`), and a `Dictionary` filled by a
 * collection initializer enumerates in insertion order (true of every .NET implementation, though
 * the documentation leaves it unspecified), so the Deployment hash is the TypeScript app's.
 */
import type { Design } from '../design/types';
import { buildAppIr } from './buildIr';
import { T, typeNameOf, type Fqn } from './cdkNames';
import {
  ChunkCache,
  concat,
  conditionalGroup,
  group,
  hardline,
  ifBreak,
  indent,
  join,
  line,
  link,
  softline,
  type Doc,
} from './doc';
import { walkApp, type AppIr, type Expr, type Statement, type StructExpr, type TypeRef } from './ir';
import { quotedString, stringLines } from './javaStrings';
import { MODULE_NAMES, pascalMemberName } from './jsiiNames';
import {
  flatCall,
  huggedCall,
  isFilledLiteral,
  lines,
  printText,
  printWithLinks,
  statementLines,
  type PrintedCode,
  linkingPrinter,
} from './printing';

/** Each statement's text, laid out once per IR node (see statementLines). */
const statementTexts = new ChunkCache();

export const CSHARP_PRINT_WIDTH = 100;

function block(doc: Doc): Doc {
  return indent(indent(doc));
}

/** `Amazon.CDK.Environment` is written in full: `System.Environment` would be ambiguous beside it. */
function typeName(fqn: Fqn): string {
  return fqn === T.Environment ? 'Amazon.CDK.Environment' : typeNameOf(fqn);
}

function numberLiteral(value: number): string {
  return Object.is(value, -0) ? '-0.0' : String(value);
}

function stringLiteral(value: string): Doc {
  const pieces = stringLines(value, 'csharp');
  if (pieces.length === 1) return pieces[0];
  return concat(pieces[0], block(concat(...pieces.slice(1).map((p) => concat(hardline, '+ ', p)))));
}

function valueTypeName(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'number':
      return 'double';
    case 'boolean':
      return 'bool';
    case 'any':
      return 'object';
    case 'type':
      return typeName(type.fqn);
  }
}

/** `{ a, b }` after `new …`: flat, or the braces on their own lines (Allman style). */
function initializer(head: Doc, items: Doc[]): Doc {
  if (items.length === 0) return concat(head, ' { }');
  return concat(
    head,
    group(concat(line, '{', block(concat(line, join(concat(',', line), items), ifBreak(','))), line, '}')),
  );
}

/** `callee(args)`: flat; else the last initializer hugged; else one argument a line. */
function call(callee: Doc, args: Expr[]): Doc {
  if (args.length === 0) return concat(callee, '()');
  const printed = args.map(printExpr);
  const allBroken = group(
    concat(callee, '(', block(concat(softline, join(concat(',', line), printed))), ')'),
    { broken: true },
  );
  const flat = flatCall(callee, printed);
  if (!isFilledLiteral(args[args.length - 1])) return conditionalGroup([flat, allBroken]);
  return conditionalGroup([flat, huggedCall(callee, printed), allBroken]);
}

function structFields(struct: StructExpr): Doc[] {
  return struct.fields.map((field) =>
    link(
      field.path,
      concat(pascalMemberName(field.name), ' = ', printExpr.unlessSamePath(field.value, field.path)),
    ),
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
      return `${typeName(expr.type)}.${expr.member}`;
    case 'duration':
      return concat(`Duration.${pascalMemberName(expr.unit)}(`, numberLiteral(expr.amount), ')');
    case 'list':
      return expr.items.length === 0
        ? `new ${valueTypeName(expr.elementType)}[] { }`
        : initializer('new[]', expr.items.map(printExpr));
    case 'map':
      return initializer(
        `new Dictionary<string, ${valueTypeName(expr.valueType)}>`,
        expr.entries.map((entry) =>
          link(
            entry.path,
            concat(
              '{ ',
              quotedString(entry.key, 'csharp'),
              ', ',
              printExpr.unlessSamePath(entry.value, entry.path),
              ' }',
            ),
          ),
        ),
      );
    case 'struct':
      return initializer(`new ${typeName(expr.type)}`, structFields(expr));
    case 'ref':
      return expr.name;
    case 'scope':
      return 'this';
    case 'new':
      return call(`new ${typeName(expr.type)}`, expr.args);
    case 'staticCall':
      return call(`${typeName(expr.type)}.${pascalMemberName(expr.method)}`, expr.args);
    case 'staticProperty':
      return `${typeName(expr.type)}.${expr.property}`;
    case 'call':
      return call(concat(printExpr(expr.target), '.', pascalMemberName(expr.method)), expr.args);
    case 'property':
      return concat(printExpr(expr.target), '.', pascalMemberName(expr.property));
  }
}

function printStatement(statement: Statement): Doc {
  if (statement.kind === 'const') {
    return link(
      statement.path,
      concat(`var ${statement.name} = `, printExpr.unlessSamePath(statement.value, statement.path), ';'),
    );
  }
  return link(statement.path, concat(printExpr.unlessSamePath(statement.expr, statement.path), ';'));
}

/** `head`, then the body between braces on their own lines. */
function braced(head: Doc, body: Doc[]): Doc {
  return concat(head, hardline, '{', block(concat(hardline, lines(body))), hardline, '}');
}

/** What the program uses, found in one walk: whether it builds dictionaries, and the type names it refers to. */
interface CSharpUsage {
  dictionaries: boolean;
  /** The simple type names the program refers to, which the namespace must not shadow. */
  names: Set<string>;
}

function usageOf(ir: AppIr): CSharpUsage {
  const usage: CSharpUsage = {
    dictionaries: false,
    names: new Set(['Amazon', 'App', 'Constructs', 'Construct', 'Program', 'Stack', 'System']),
  };
  walkApp(ir, (expr) => {
    if (expr.kind === 'map') usage.dictionaries = true;
    if ('type' in expr && typeof expr.type === 'string') usage.names.add(typeNameOf(expr.type));
  });
  return usage;
}

function usings(ir: AppIr, usage: CSharpUsage, forApp: boolean): string[] {
  const namespaces = new Set<string>(['Amazon.CDK']);
  if (!forApp) {
    for (const module of ir.modules) namespaces.add(MODULE_NAMES[module].csharp);
    if (usage.dictionaries) namespaces.add('System.Collections.Generic');
  }
  return [...namespaces].sort().map((namespace) => `using ${namespace};`);
}

/** The namespace: the project name (`cdk init` names it so), unless it would shadow a type. */
export function csharpNamespace(ir: AppIr, usage: CSharpUsage = usageOf(ir)): string {
  const project = ir.stack.className.replace(/Stack$/, '');
  return usage.names.has(project) ? ir.stack.className : project;
}

function stackClass(ir: AppIr): Doc {
  const { className } = ir.stack;
  const constructor = braced(
    `internal ${className}(Construct scope, string id, IStackProps props = null) : base(scope, id, props)`,
    statementLines(ir.statements, printStatement, statementTexts),
  );
  return braced(`public class ${className} : Stack`, [constructor]);
}

function programClass(ir: AppIr): Doc {
  const { className, id, props } = ir.stack;
  const args: Expr[] = [{ kind: 'ref', name: 'app', resolved: true }, id, ...(props ? [props] : [])];
  const main = braced('public static void Main(string[] args)', [
    'var app = new App();',
    link(ir.stack.path, concat(call(`new ${className}`, args), ';')),
    'app.Synth();',
  ]);
  return braced('sealed class Program', [main]);
}

function file(usingLines: string[], namespace: string, classes: Doc[]): Doc {
  const members = classes.flatMap((doc, i) => (i === 0 ? [doc] : ['', doc]));
  return concat(lines([...usingLines, '', braced(`namespace ${namespace}`, members)]), hardline);
}

/** The files of a `cdk init app --language csharp` project: `Program.cs` and `<Name>Stack.cs`. */
export function printCSharpProjectFiles(ir: AppIr): { stack: string; program: string; namespace: string } {
  const usage = usageOf(ir);
  const namespace = csharpNamespace(ir, usage);
  return {
    stack: printText(() => file(usings(ir, usage, false), namespace, [stackClass(ir)]), CSHARP_PRINT_WIDTH),
    program: printText(
      () => file(usings(ir, usage, true), namespace, [programClass(ir)]),
      CSHARP_PRINT_WIDTH,
    ),
    namespace,
  };
}

function singleFile(ir: AppIr): Doc {
  const usage = usageOf(ir);
  return file(usings(ir, usage, false), csharpNamespace(ir, usage), [stackClass(ir), programClass(ir)]);
}

/** The app's C# in one file, with the spans each design path produced. */
export function printCSharpWithLinks(ir: AppIr): PrintedCode {
  return printWithLinks(singleFile(ir), CSHARP_PRINT_WIDTH);
}

/** The app's C# in one file (`files["cdk-csharp"]`): the stack class and `Program`. */
export function printCSharp(ir: AppIr): string {
  return printText(() => singleFile(ir), CSHARP_PRINT_WIDTH);
}

/** Design → CDK C# app. Never throws; an invalid design gives code that may not compile. */
export function generateCSharp(design: Design): string {
  return printCSharp(buildAppIr(design));
}
