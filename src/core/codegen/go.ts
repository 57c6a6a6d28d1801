/**
 * The CDK Go printer, as a CDK Go developer writes it: `awsapigateway.NewLambdaIntegration(fn,
 * &awsapigateway.LambdaIntegrationOptions{…})`, values wrapped with `jsii.String/Bool/Number`,
 * statics as `awscdk.Duration_Seconds(jsii.Number(10))` and `awslambda.Runtime_NODEJS_22_X()`,
 * getters as `api.Root()`, every optional parameter passed (`nil`), formatted as gofmt does.
 *
 * Map order: jsii's Go runtime copies every map and struct into a Go map (jsii-runtime-go
 * `internal/kernel/conversions.go` `CastPtrToRef`, `api.WireMap`) and encodes it with
 * `encoding/json`, which writes map keys sorted. So CDK receives every map sorted by key, and
 * where the design's order differs, the Go app's Deployment gets another logical ID than the
 * TypeScript app's (see `goMapOrderNotes`).
 */
import type { Design } from '../design/types';
import { buildAppIr } from './buildIr';
import { STRUCT_FIELDS, T, moduleOf, typeNameOf, type Fqn } from './cdkNames';
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
import { escapeUnits, hex, isInvisible, plainAscii } from './escapes';
import { gofmtAlign } from './goFormat';
import { walkApp, type AppIr, type Expr, type Statement, type StructExpr, type TypeRef } from './ir';
import { MODULE_NAMES, pascalMemberName } from './jsiiNames';
import {
  flatCall,
  huggedCall,
  isFilledLiteral,
  lines,
  linkingPrinter,
  printText,
  statementLines,
} from './printing';

export const GO_PRINT_WIDTH = 100;

/**
 * The number of parameters of the CDK functions the programs call where the IR may pass fewer
 * (Go has no optional parameters: the rest are `nil`). Checked against the jsii assembly.
 */
export const GO_PARAMETER_COUNTS: Readonly<Record<string, number>> = {
  [`${T.ServicePrincipal}#<init>`]: 2,
  [`${T.RestApi}#<init>`]: 3,
  [`${T.LambdaIntegration}#<init>`]: 2,
  [`${T.Runtime}#<init>`]: 3,
  [`${T.Role}#fromRoleArn`]: 4,
  [`${T.IResource}#addMethod`]: 3,
  [`${T.Resource}#addMethod`]: 3,
};

function packageOf(fqn: Fqn): string {
  return MODULE_NAMES[moduleOf(fqn)].goPackage;
}

function typeName(fqn: Fqn): string {
  return `${packageOf(fqn)}.${typeNameOf(fqn)}`;
}

const isStruct = (fqn: Fqn): boolean => Object.prototype.hasOwnProperty.call(STRUCT_FIELDS, fqn);

/** The Go type of a list element or map value: `*string`, `*awsapigateway.IntegrationResponse`. */
function goType(type: TypeRef): string {
  switch (type.kind) {
    case 'string':
      return '*string';
    case 'number':
      return '*float64';
    case 'boolean':
      return '*bool';
    case 'any':
      return 'interface{}';
    case 'type':
      return isStruct(type.fqn) ? `*${typeName(type.fqn)}` : typeName(type.fqn);
  }
}

function numberLiteral(value: number): string {
  return Object.is(value, -0) ? '-0.0' : String(value);
}

/** Printable ASCII other than \ and " never needs an escape. */
const PLAIN = plainAscii('\\"');

const GO_ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

function escapeUnit(_value: string, _i: number, code: number): string | undefined {
  const escaped = GO_ESCAPES[code];
  if (escaped !== undefined) return escaped;
  if (code < 0x20 || code === 0x7f) return `\\x${hex(code, 2)}`;
  if ((code >= 0x80 && code <= 0x9f) || isInvisible(code)) return `\\u${hex(code, 4)}`;
  if (code >= 0xd800 && code <= 0xdfff) return '\\ufffd';
  return undefined;
}

/**
 * An interpreted string literal. Go strings are UTF-8: a lone surrogate has no encoding, and
 * `encoding/json` would send U+FFFD for it anyway, so it is written as `\uFFFD`.
 */
export function goQuotedString(value: string): string {
  return `"${escapeUnits(value, PLAIN, escapeUnit, 0)}"`;
}

/**
 * A raw string for multi-line text, when it can say the text exactly: no backquote, no carriage
 * return (the compiler drops those from raw strings), nothing invisible or unencodable.
 */
function canBeRaw(value: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what rules a raw string out
  return !/[`\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(
    value,
  );
}

function stringLiteral(value: string): Doc {
  if (value.includes('\n') && canBeRaw(value)) return multilineText(`\`${value}\``);
  return goQuotedString(value);
}

function wrapped(helper: string, literal: Doc): Doc {
  return concat(`jsii.${helper}(`, literal, ')');
}

/** `&pkg.Type{…}`, `&[]T{…}`, `&map[string]T{…}`: flat, or one element a line. */
function composite(head: string, items: Doc[]): Doc {
  if (items.length === 0) return `${head}{}`;
  return group(
    concat(head, '{', indent(concat(softline, join(concat(',', line), items), ifBreak(','))), softline, '}'),
  );
}

/** `callee(args)`: flat; else the last composite literal hugged; else one argument a line. */
function call(callee: Doc, args: Expr[], parameterCount = args.length): Doc {
  const printed = args.map(printValue);
  while (printed.length < parameterCount) printed.push('nil');
  if (printed.length === 0) return concat(callee, '()');
  const allBroken = group(
    concat(callee, '(', indent(concat(softline, join(concat(',', line), printed), ',')), softline, ')'),
    { broken: true },
  );
  const flat = flatCall(callee, printed);
  const last = printed.length === args.length ? args[args.length - 1] : undefined;
  if (!isFilledLiteral(last)) return conditionalGroup([flat, allBroken]);
  return conditionalGroup([flat, huggedCall(callee, printed), allBroken]);
}

function structFields(struct: StructExpr): Doc[] {
  return struct.fields.map((field) =>
    link(
      field.path,
      concat(pascalMemberName(field.name), ': ', printValue.unlessSamePath(field.value, field.path)),
    ),
  );
}

/** An expression where a jsii value is expected: primitives wrapped in `jsii.String(…)` & co. */
const printValue = linkingPrinter(printValueBody);

function printValueBody(expr: Expr): Doc {
  switch (expr.kind) {
    case 'string':
      return wrapped('String', stringLiteral(expr.value));
    case 'number':
      return wrapped('Number', numberLiteral(expr.value));
    case 'boolean':
      return wrapped('Bool', String(expr.value));
    case 'null':
      return 'nil';
    case 'enum':
      return `${typeName(expr.type)}_${expr.member}`;
    case 'duration':
      return concat(
        `awscdk.Duration_${pascalMemberName(expr.unit)}(`,
        wrapped('Number', numberLiteral(expr.amount)),
        ')',
      );
    case 'list':
      return composite(`&[]${goType(expr.elementType)}`, expr.items.map(printValue));
    case 'map':
      return composite(
        `&map[string]${goType(expr.valueType)}`,
        expr.entries.map((entry) =>
          link(
            entry.path,
            concat(goQuotedString(entry.key), ': ', printValue.unlessSamePath(entry.value, entry.path)),
          ),
        ),
      );
    case 'struct':
      return composite(`&${typeName(expr.type)}`, structFields(expr));
    case 'ref':
      return expr.name;
    case 'scope':
      return 'stack';
    case 'new':
      return call(
        `${packageOf(expr.type)}.New${typeNameOf(expr.type)}`,
        expr.args,
        parameterCount(expr.type, '<init>', expr.args),
      );
    case 'staticCall':
      return call(
        `${typeName(expr.type)}_${pascalMemberName(expr.method)}`,
        expr.args,
        parameterCount(expr.type, expr.method, expr.args),
      );
    case 'staticProperty':
      return `${typeName(expr.type)}_${expr.property}()`;
    case 'call':
      return call(
        concat(printValue(expr.target), '.', pascalMemberName(expr.method)),
        expr.args,
        parameterCount(expr.targetType, expr.method, expr.args),
      );
    case 'property':
      return concat(printValue(expr.target), '.', pascalMemberName(expr.property), '()');
  }
}

function parameterCount(type: Fqn, method: string, args: Expr[]): number {
  return Math.max(GO_PARAMETER_COUNTS[`${type}#${method}`] ?? 0, args.length);
}

/** The variables the program reads: Go rejects a declared variable nobody uses. */
function usedNames(ir: AppIr): Set<string> {
  const used = new Set<string>();
  walkApp(ir, (expr) => {
    if (expr.kind === 'ref') used.add(expr.name);
  });
  return used;
}

function printStatement(statement: Statement, used: Set<string>): Doc {
  if (statement.kind === 'const') {
    const value = printValue.unlessSamePath(statement.value, statement.path);
    return link(statement.path, used.has(statement.name) ? concat(`${statement.name} := `, value) : value);
  }
  return link(statement.path, printValue.unlessSamePath(statement.expr, statement.path));
}

function braced(head: string, body: Doc[]): Doc {
  return concat(head, ' {', indent(concat(hardline, lines(body))), hardline, '}');
}

function imports(ir: AppIr): Doc {
  const paths = [
    ...ir.modules.map((module) => MODULE_NAMES[module].goPath),
    'github.com/aws/jsii-runtime-go',
  ];
  const specs = [...new Set(paths)].sort().map((path) => `"${path}"`);
  return concat('import (', indent(concat(hardline, lines(specs))), hardline, ')');
}

/** `NewXxxStack`: the function that builds the stack. */
export function goStackFunctionName(ir: AppIr): string {
  return `New${ir.stack.className}`;
}

/**
 * Each statement's text, laid out once per IR node and aligned as gofmt aligns it: a composite
 * literal opened in a statement closes in it, so a statement aligns the same alone as in place.
 */
const statementTexts = new ChunkCache((text) => gofmtAlign(text));

function stackFunctionOf(ir: AppIr, texts: ChunkCache): Doc {
  const used = usedNames(ir);
  const body: Doc[] = [
    'stack := awscdk.NewStack(scope, &id, props)',
    '',
    ...statementLines(
      ir.statements,
      (statement) => printStatement(statement, used),
      texts,
      (statement) => (statement.kind === 'const' && used.has(statement.name) ? 'used' : ''),
    ),
    '',
    'return stack',
  ];
  return braced(
    `func ${goStackFunctionName(ir)}(scope constructs.Construct, id string, props *awscdk.StackProps) awscdk.Stack`,
    body,
  );
}

function mainOf(ir: AppIr): Doc {
  const { id, props } = ir.stack;
  const stackCall = link(
    ir.stack.path,
    call(
      goStackFunctionName(ir),
      [
        { kind: 'ref', name: 'app', resolved: true },
        { kind: 'ref', name: goQuotedString(id.value), resolved: true, path: id.path },
        ...(props ? [props] : []),
      ],
      3,
    ),
  );
  return braced('func main()', [
    'defer jsii.Close()',
    '',
    'app := awscdk.NewApp(nil)',
    '',
    stackCall,
    '',
    'app.Synth(nil)',
  ]);
}

/**
 * The app's Go (`files["cdk-go"]`, the project's `<name>.go`): the package clause, imports and
 * stack function, then `main`. gofmt's alignment is done per statement (statementTexts) and for
 * `main` alone: the stack function's own lines are statements, never keyed elements, so nothing
 * else in it aligns.
 */
export function printGo(ir: AppIr): string {
  const main = gofmtAlign(printText(() => mainOf(ir), GO_PRINT_WIDTH, true));
  return `${printHead(ir, statementTexts)}\n\n${main}\n`;
}

function printHead(ir: AppIr, texts: ChunkCache): string {
  const head = () => lines(['package main', '', imports(ir), '', stackFunctionOf(ir, texts)]);
  return printText(head, GO_PRINT_WIDTH, true);
}

/** Statement texts without gofmt's alignment (for printGoAlignedAtOnce). */
const unalignedTexts = new ChunkCache();

/**
 * The same program aligned as one text, as gofmt sees it (tests check that printGo's statement by
 * statement alignment agrees).
 */
export function printGoAlignedAtOnce(ir: AppIr): string {
  const main = printText(() => mainOf(ir), GO_PRINT_WIDTH, true);
  return gofmtAlign(`${printHead(ir, unalignedTexts)}\n\n${main}\n`);
}

/** Design → CDK Go app. Never throws; an invalid design gives code that may not compile. */
export function generateGo(design: Design): string {
  return printGo(buildAppIr(design));
}
