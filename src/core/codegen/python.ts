/**
 * The CDK Python printer: one complete app file (`app.py` with the stack class), as a CDK Python
 * developer writes it: `from aws_cdk import aws_apigateway as apigateway`, snake_case keyword
 * arguments (jsii lifts a trailing props struct into keyword arguments), nested structs as
 * `apigateway.IntegrationResponse(status_code=…)`, laid out the way Black formats it.
 *
 * Map order: dict literals keep insertion order (Python 3.7+) and jsii's Python runtime sends them
 * to CDK in that order (jsii `_kernel/__init__.py` `_make_reference_for_native`, then `json.dumps`
 * without `sort_keys`), so the Deployment hash is the TypeScript app's.
 */
import type { Design } from '../design/types';
import { buildAppIr } from './buildIr';
import { moduleOf, typeNameOf, type CdkModule, type Fqn } from './cdkNames';
import {
  ChunkCache,
  buildDoc,
  concat,
  group,
  hardline,
  ifBreak,
  indent,
  join,
  line,
  link,
  multilineText,
  softline,
  type Doc,
} from './doc';
import type { AppIr, Expr, Statement, StructExpr } from './ir';
import { pythonConstantName, pythonMemberName, snakeCaseOf } from './jsiiNames';
import { pythonString } from './pythonStrings';
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

/** Black's default line length. */
export const PYTHON_PRINT_WIDTH = 88;

const MODULE_ALIASES: Record<Exclude<CdkModule, 'constructs'>, string> = {
  core: 'cdk',
  aws_apigateway: 'apigateway',
  aws_iam: 'iam',
  aws_lambda: 'lambda_', // `lambda` is a keyword; the CDK docs write `lambda_`
};

/** Python indents by four spaces (doc.ts indents by two). */
function block(doc: Doc): Doc {
  return indent(indent(doc));
}

function typeName(fqn: Fqn): string {
  const module = moduleOf(fqn);
  return module === 'constructs' ? typeNameOf(fqn) : `${MODULE_ALIASES[module]}.${typeNameOf(fqn)}`;
}

function numberLiteral(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * Black's bracket layout: everything on one line; else, for call arguments, the contents on one
 * indented line; else one item a line with a trailing comma (a single item gets none). List and
 * dict literals of several items skip the middle step (Black's `should_split_line` for atoms).
 */
function bracketed(open: string, items: Doc[], close: string): Doc {
  if (items.length === 0) return open + close;
  if (items.length === 1) return group(concat(open, block(concat(softline, items[0])), softline, close));
  const separated = concat(join(concat(',', line), items), ifBreak(','));
  const contents = open === '(' ? group(separated) : separated;
  return group(concat(open, block(concat(softline, contents)), softline, close));
}

function callArgs(callee: Doc, args: Expr[]): Doc {
  const last = args[args.length - 1];
  // jsii lifts a trailing struct parameter into keyword arguments.
  const kwargs = last?.kind === 'struct' ? last : undefined;
  const positional = (kwargs ? args.slice(0, -1) : args).map(printExpr);
  const keywords = kwargs ? structFields(kwargs) : [];
  return concat(callee, bracketed('(', [...positional, ...keywords], ')'));
}

function structFields(struct: StructExpr): Doc[] {
  return struct.fields.map((field) =>
    link(
      field.path,
      concat(pythonMemberName(field.name), '=', printExpr.unlessSamePath(field.value, field.path)),
    ),
  );
}

const printExpr = linkingPrinter(printExprBody);

function printExprBody(expr: Expr): Doc {
  switch (expr.kind) {
    case 'string': {
      const literal = pythonString(expr.value);
      return literal.includes('\n') ? multilineText(literal) : literal;
    }
    case 'number':
      return numberLiteral(expr.value);
    case 'boolean':
      return expr.value ? 'True' : 'False';
    case 'null':
      return 'None';
    case 'enum':
      return `${typeName(expr.type)}.${pythonConstantName(expr.member)}`;
    case 'duration':
      return concat(`${typeName('aws-cdk-lib.Duration')}.${expr.unit}(`, numberLiteral(expr.amount), ')');
    case 'list':
      return bracketed('[', expr.items.map(printExpr), ']');
    case 'map':
      return bracketed(
        '{',
        expr.entries.map((entry) =>
          link(
            entry.path,
            concat(pythonString(entry.key), ': ', printExpr.unlessSamePath(entry.value, entry.path)),
          ),
        ),
        '}',
      );
    case 'struct':
      return concat(typeName(expr.type), bracketed('(', structFields(expr), ')'));
    case 'ref':
      return snakeCaseOf(expr.name);
    case 'scope':
      return 'self';
    case 'new':
      return callArgs(typeName(expr.type), expr.args);
    case 'staticCall':
      return callArgs(`${typeName(expr.type)}.${pythonMemberName(expr.method)}`, expr.args);
    case 'staticProperty':
      return `${typeName(expr.type)}.${pythonConstantName(expr.property)}`;
    case 'call':
      return callArgs(concat(printExpr(expr.target), '.', pythonMemberName(expr.method)), expr.args);
    case 'property':
      return concat(printExpr(expr.target), '.', pythonMemberName(expr.property));
  }
}

function printStatement(statement: Statement): Doc {
  if (statement.kind === 'const') {
    return link(
      statement.path,
      concat(`${snakeCaseOf(statement.name)} = `, printExpr.unlessSamePath(statement.value, statement.path)),
    );
  }
  return link(statement.path, printExpr.unlessSamePath(statement.expr, statement.path));
}

/** The import lines the stack module needs (isort order: `import` first, then `from`). */
function printImports(ir: AppIr): string[] {
  const imports = ['import aws_cdk as cdk'];
  for (const module of ir.modules) {
    if (module === 'core' || module === 'constructs') continue;
    imports.push(`from aws_cdk import ${module} as ${MODULE_ALIASES[module]}`);
  }
  imports.push('from constructs import Construct');
  return imports;
}

/** The stack class. */
export function printPythonStackClass(ir: AppIr): Doc {
  const init = concat(
    'def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:',
    block(
      concat(
        hardline,
        lines([
          'super().__init__(scope, construct_id, **kwargs)',
          '',
          ...statementLines(ir.statements, printStatement, statementTexts),
        ]),
      ),
    ),
  );
  return concat(`class ${ir.stack.className}(cdk.Stack):`, block(concat(hardline, init)));
}

/** `app = cdk.App()`, the stack, `app.synth()`. */
function printAppMain(ir: AppIr): Doc[] {
  const { className, id, props } = ir.stack;
  const stackArgs: Expr[] = [{ kind: 'ref', name: 'app', resolved: true }, id, ...(props ? [props] : [])];
  return ['app = cdk.App()', link(ir.stack.path, callArgs(className, stackArgs)), 'app.synth()'];
}

function printApp(ir: AppIr): Doc {
  return concat(
    lines([...printImports(ir), '', '', printPythonStackClass(ir), '', '', ...printAppMain(ir)]),
    hardline,
  );
}

/** The files of a `cdk init app --language python` project: the stack module and app.py. */
export function printPythonProjectFiles(ir: AppIr, stackModule: string): { stack: string; app: string } {
  return buildDoc(false, () => {
    const stack = concat(lines([...printImports(ir), '', '', printPythonStackClass(ir)]), hardline);
    const app = concat(
      lines([
        '#!/usr/bin/env python3',
        'import aws_cdk as cdk',
        '',
        `from ${stackModule}.${stackModule}_stack import ${ir.stack.className}`,
        '',
        '',
        ...printAppMain(ir),
      ]),
      hardline,
    );
    return { stack: renderText(stack, PYTHON_PRINT_WIDTH), app: renderText(app, PYTHON_PRINT_WIDTH) };
  });
}

/** The app's Python, with the spans each design path produced. */
export function printPythonWithLinks(ir: AppIr): PrintedCode {
  return printWithLinks(printApp(ir), PYTHON_PRINT_WIDTH);
}

/** The app's Python (`files["cdk-python"]`). */
export function printPython(ir: AppIr): string {
  return printText(() => printApp(ir), PYTHON_PRINT_WIDTH);
}

/** Design → CDK Python app. Never throws; an invalid design gives code that may not run. */
export function generatePython(design: Design): string {
  return printPython(buildAppIr(design));
}
