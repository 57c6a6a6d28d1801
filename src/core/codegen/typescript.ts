/**
 * The CDK TypeScript printer: one complete app file, as a CDK developer writes it (the layout of a
 * `cdk init` project's stack and bin files in one file, `app.synth()` at the end).
 */
import type { Design } from '../design/types';
import { buildAppIr } from './buildIr';
import { moduleOf, typeNameOf, type CdkModule, type Fqn } from './cdkNames';
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
  multilineText,
  softline,
  type Doc,
} from './doc';
import type { AppIr, Expr, Statement } from './ir';
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
import { propertyKey, quotedStringLiteral, stringLiteral } from './typescriptStrings';

/** Each statement's text, laid out once per IR node (see statementLines). */
const statementTexts = new ChunkCache();

/** Print width of the generated code (Prettier's default is 80; CDK code reads better a bit wider). */
export const TYPESCRIPT_PRINT_WIDTH = 100;

const MODULE_IMPORTS: Record<Exclude<CdkModule, 'constructs'>, { alias: string; from: string }> = {
  core: { alias: 'cdk', from: 'aws-cdk-lib' },
  aws_apigateway: { alias: 'apigateway', from: 'aws-cdk-lib/aws-apigateway' },
  aws_iam: { alias: 'iam', from: 'aws-cdk-lib/aws-iam' },
  aws_lambda: { alias: 'lambda', from: 'aws-cdk-lib/aws-lambda' },
};

/** `apigateway.LambdaIntegration`, `cdk.Duration`, `Construct`. */
function typeName(fqn: Fqn): string {
  const module = moduleOf(fqn);
  return module === 'constructs' ? typeNameOf(fqn) : `${MODULE_IMPORTS[module].alias}.${typeNameOf(fqn)}`;
}

function numberLiteral(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function bracketed(open: string, items: Doc[], close: string, spaced: boolean): Doc {
  if (items.length === 0) return open + close;
  const edge = spaced ? line : softline;
  return group(concat(open, indent(concat(edge, join(concat(',', line), items))), ifBreak(','), edge, close));
}

/** `callee(args)`: flat; else the last argument hugged (`f(a, {` … `})`); else one argument a line. */
function call(callee: Doc, args: Expr[]): Doc {
  if (args.length === 0) return concat(callee, '()');
  const printed = args.map(printExpr);
  const allBroken = concat(
    callee,
    '(',
    indent(concat(softline, join(concat(',', line), printed))),
    ifBreak(','),
    softline,
    ')',
  );
  const last = args[args.length - 1];
  // A multi-line template literal as last argument stays on the call's line: `fromInline(\`…`.
  if (last.kind === 'string' && last.value.includes('\n')) {
    return flatCall(callee, printed);
  }
  // Prettier hugs a last object or array literal.
  if (!isFilledLiteral(last)) return group(allBroken);
  return conditionalGroup([
    flatCall(callee, printed),
    huggedCall(callee, printed),
    group(allBroken, { broken: true }),
  ]);
}

const printExpr = linkingPrinter(printExprBody);

function printExprBody(expr: Expr): Doc {
  switch (expr.kind) {
    case 'string':
      return expr.value.includes('\n') ? multilineText(stringLiteral(expr.value)) : stringLiteral(expr.value);
    case 'number':
      return numberLiteral(expr.value);
    case 'boolean':
      return String(expr.value);
    case 'null':
      return 'null';
    case 'enum':
      return `${typeName(expr.type)}.${expr.member}`;
    case 'duration':
      return concat(`${typeName('aws-cdk-lib.Duration')}.${expr.unit}(`, numberLiteral(expr.amount), ')');
    case 'list':
      return bracketed('[', expr.items.map(printExpr), ']', false);
    case 'map':
      return bracketed(
        '{',
        expr.entries.map((entry) =>
          link(
            entry.path,
            concat(propertyKey(entry.key), ': ', printExpr.unlessSamePath(entry.value, entry.path)),
          ),
        ),
        '}',
        true,
      );
    case 'struct':
      return bracketed(
        '{',
        expr.fields.map((field) =>
          link(field.path, concat(field.name, ': ', printExpr.unlessSamePath(field.value, field.path))),
        ),
        '}',
        true,
      );
    case 'ref':
      return expr.name;
    case 'scope':
      return 'this';
    case 'new':
      return call(`new ${typeName(expr.type)}`, expr.args);
    case 'staticCall':
      return call(`${typeName(expr.type)}.${expr.method}`, expr.args);
    case 'staticProperty':
      return `${typeName(expr.type)}.${expr.property}`;
    case 'call':
      return call(concat(printExpr(expr.target), '.', expr.method), expr.args);
    case 'property':
      return concat(printExpr(expr.target), '.', expr.property);
  }
}

function printStatement(statement: Statement): Doc {
  if (statement.kind === 'const') {
    return link(
      statement.path,
      concat(`const ${statement.name} = `, printExpr.unlessSamePath(statement.value, statement.path), ';'),
    );
  }
  return link(statement.path, concat(printExpr.unlessSamePath(statement.expr, statement.path), ';'));
}

function printImports(ir: AppIr): Doc[] {
  const lines: Doc[] = [];
  for (const module of ir.modules) {
    if (module === 'constructs') continue;
    const { alias, from } = MODULE_IMPORTS[module];
    lines.push(`import * as ${alias} from ${quotedStringLiteral(from)};`);
  }
  lines.push(`import { Construct } from 'constructs';`);
  return lines;
}

function printApp(ir: AppIr): Doc {
  const { className, id, props } = ir.stack;
  const constructor = concat(
    'constructor(scope: Construct, id: string, props?: cdk.StackProps) {',
    indent(
      concat(
        hardline,
        lines([
          'super(scope, id, props);',
          '',
          ...statementLines(ir.statements, printStatement, statementTexts),
        ]),
      ),
    ),
    hardline,
    '}',
  );
  const stackClass = concat(
    `export class ${className} extends cdk.Stack {`,
    indent(concat(hardline, constructor)),
    hardline,
    '}',
  );
  const stackArgs: Expr[] = [{ kind: 'ref', name: 'app', resolved: true }, id, ...(props ? [props] : [])];
  const main = link(ir.stack.path, concat(call(`new ${className}`, stackArgs), ';'));
  return concat(
    lines([...printImports(ir), '', stackClass, '', 'const app = new cdk.App();', main, 'app.synth();']),
    hardline,
  );
}

export type { PrintedCode };

/** The app's TypeScript, with the spans each design path produced. */
export function printTypeScriptWithLinks(ir: AppIr): PrintedCode {
  return printWithLinks(printApp(ir), TYPESCRIPT_PRINT_WIDTH);
}

/** The app's TypeScript (`files["cdk-typescript"]`). */
export function printTypeScript(ir: AppIr): string {
  return printText(() => printApp(ir), TYPESCRIPT_PRINT_WIDTH);
}

/** Design → CDK TypeScript app. Never throws; an invalid design gives code that may not compile. */
export function generateTypeScript(design: Design): string {
  return printTypeScript(buildAppIr(design));
}
