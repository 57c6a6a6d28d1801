/**
 * The code-generation IR: a small, language-neutral model of the CDK program a design describes.
 * Every printer (TypeScript, Python, Java, C#, Go) prints this, and field ↔ output linking uses the
 * design paths (JSON pointers) its nodes carry.
 *
 * Names are jsii's: types are jsii fully qualified names, struct fields and methods are jsii
 * (TypeScript) names; each printer converts them to its language's conventions.
 */
import type { CdkModule, Fqn } from './cdkNames';

export type { Fqn } from './cdkNames';

/** A JSON pointer into the design, e.g. `/methods/0/integration/timeout`. */
export type DesignPath = string;

/** The static type of a value, as typed languages need it (map values, list elements, variables). */
export type TypeRef =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  /** A value of unknown type (from an invalid design). */
  | { kind: 'any' }
  | { kind: 'type'; fqn: Fqn };

export interface NodeBase {
  /** Where in the design the node came from; absent for code the design does not spell out. */
  path?: DesignPath;
}

export interface StringExpr extends NodeBase {
  kind: 'string';
  value: string;
}
export interface NumberExpr extends NodeBase {
  kind: 'number';
  value: number;
}
export interface BooleanExpr extends NodeBase {
  kind: 'boolean';
  value: boolean;
}
export interface NullExpr extends NodeBase {
  kind: 'null';
}
/** An enum member: `apigateway.AuthorizationType.IAM` whose CloudFormation value is `AWS_IAM`. */
export interface EnumExpr extends NodeBase {
  kind: 'enum';
  type: Fqn;
  member: string;
  /** The CloudFormation value, as the design holds it. */
  value: string;
}
/** `Duration.seconds(10)`: the unit the user chose, never converted. */
export interface DurationExpr extends NodeBase {
  kind: 'duration';
  unit: 'millis' | 'seconds' | 'minutes';
  amount: number;
}
export interface ListExpr extends NodeBase {
  kind: 'list';
  elementType: TypeRef;
  items: Expr[];
}
export interface MapEntry extends NodeBase {
  key: string;
  value: Expr;
}
/** A string-keyed map; entries in the design's order (CDK hashes that order). */
export interface MapExpr extends NodeBase {
  kind: 'map';
  valueType: TypeRef;
  entries: MapEntry[];
}
export interface StructField extends NodeBase {
  /** jsii (TypeScript) property name, e.g. `statusCode`. */
  name: string;
  value: Expr;
}
/** A jsii struct (data type); fields in jsii's order: required first, then optional, alphabetical. */
export interface StructExpr extends NodeBase {
  kind: 'struct';
  type: Fqn;
  fields: StructField[];
}
/** A variable declared by a `const` statement (or one the design names but never declares). */
export interface RefExpr extends NodeBase {
  kind: 'ref';
  name: string;
  /** False when the design refers to an id that does not exist: the code will not compile. */
  resolved: boolean;
}
/** The construct scope of the stack's constructor: `this` / `self`. */
export interface ScopeExpr extends NodeBase {
  kind: 'scope';
}
/** `new Type(args)`; for constructs the first two args are the scope and the construct id. */
export interface NewExpr extends NodeBase {
  kind: 'new';
  type: Fqn;
  args: Expr[];
}
/** `Type.method(args)`, e.g. `Code.fromInline('…')`, `Function.fromFunctionArn(this, 'Id', arn)`. */
export interface StaticCallExpr extends NodeBase {
  kind: 'staticCall';
  type: Fqn;
  method: string;
  args: Expr[];
}
/** `Type.PROPERTY`, e.g. `Runtime.NODEJS_22_X`, `Model.EMPTY_MODEL`. */
export interface StaticPropertyExpr extends NodeBase {
  kind: 'staticProperty';
  type: Fqn;
  property: string;
}
/** `target.method(args)` on an instance, e.g. `resource.addMethod('GET', …)`. */
export interface CallExpr extends NodeBase {
  kind: 'call';
  target: Expr;
  /** The target's static type, for languages that need it (e.g. Go method sets). */
  targetType: Fqn;
  method: string;
  args: Expr[];
}
/** `target.property` on an instance, e.g. `api.root`. */
export interface PropertyExpr extends NodeBase {
  kind: 'property';
  target: Expr;
  targetType: Fqn;
  property: string;
}

export type Expr =
  | StringExpr
  | NumberExpr
  | BooleanExpr
  | NullExpr
  | EnumExpr
  | DurationExpr
  | ListExpr
  | MapExpr
  | StructExpr
  | RefExpr
  | ScopeExpr
  | NewExpr
  | StaticCallExpr
  | StaticPropertyExpr
  | CallExpr
  | PropertyExpr;

/** The part of the program a statement belongs to; printers separate sections with a blank line. */
export type Section = 'functions' | 'roles' | 'vpcLinks' | 'api' | 'methods';

/** `const name = value;` */
export interface ConstStatement extends NodeBase {
  kind: 'const';
  section: Section;
  /** A camelCase identifier, unique in the program and no keyword or builtin of any CDK language. */
  name: string;
  /** The variable's static type (e.g. IFunction for an imported function). */
  type: Fqn;
  value: Expr;
}

/** An expression evaluated for its effect: `fn.grantInvoke(role);`, `….addMethod(…);` */
export interface ExpressionStatement extends NodeBase {
  kind: 'expression';
  section: Section;
  expr: Expr;
}

export type Statement = ConstStatement | ExpressionStatement;

export interface AppIr {
  /** The jsii modules the program uses, in MODULE_ORDER (`core` and `constructs` always). */
  modules: CdkModule[];
  stack: {
    /** The Stack subclass: PascalCase of `stack.id`, ending in `Stack`. */
    className: string;
    /** The stack's construct id (`stack.id`). */
    id: StringExpr;
    /** `StackProps` with `env`, when the design sets `stack.env`. */
    props?: StructExpr;
    path: DesignPath;
  };
  /** The body of the stack's constructor, in the contract's construction order (rule 1). */
  statements: Statement[];
}

/** Calls `visit` for every expression in the tree, parents before children. */
export function walkExpr(expr: Expr, visit: (expr: Expr) => void): void {
  // Plain loops: the printers walk a large program on every keystroke.
  visit(expr);
  switch (expr.kind) {
    case 'list':
      for (const item of expr.items) walkExpr(item, visit);
      break;
    case 'map':
      for (const entry of expr.entries) walkExpr(entry.value, visit);
      break;
    case 'struct':
      for (const field of expr.fields) walkExpr(field.value, visit);
      break;
    case 'new':
    case 'staticCall':
      for (const arg of expr.args) walkExpr(arg, visit);
      break;
    case 'call':
      walkExpr(expr.target, visit);
      for (const arg of expr.args) walkExpr(arg, visit);
      break;
    case 'property':
      walkExpr(expr.target, visit);
      break;
    default:
      break;
  }
}

/** Every expression of the program, including the stack instantiation's props. */
export function walkApp(ir: AppIr, visit: (expr: Expr) => void): void {
  walkExpr(ir.stack.id, visit);
  if (ir.stack.props) walkExpr(ir.stack.props, visit);
  for (const statement of ir.statements) {
    walkExpr(statement.kind === 'const' ? statement.value : statement.expr, visit);
  }
}

export { buildAppIr } from './buildIr';
