/**
 * Design → IR. Total: any input, valid or not, gives an IR (dangling references become unresolved
 * refs, values of the wrong type are kept as literals), because the code panes show code for
 * designs the user is still fixing. Only what the design sets is emitted; explicit `false`, `[]`
 * and `{}` are kept.
 */
import { pointer } from '../diagnostics';
import { runtimeMember } from '../design/runtimes';
import type { Design } from '../design/types';
import {
  compareStructFields,
  ENUM_MEMBERS,
  MODEL_MEMBERS,
  MODULE_ORDER,
  T,
  type CdkModule,
  type Fqn,
} from './cdkNames';
import { ContentMemo } from '../memo';
import { NameAllocator, stackClassNameOf } from './identifiers';
import {
  type AppIr,
  type DesignPath,
  type Expr,
  type ListExpr,
  type MapEntry,
  type MapExpr,
  type RefExpr,
  type Statement,
  type StringExpr,
  type StructExpr,
  type StructField,
  type TypeRef,
} from './ir';

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

/** Own property only: a JSON `__proto__` key is data, and `Object.prototype` is never read. */
function own(object: JsonObject, key: string): Json {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

const ANY: TypeRef = { kind: 'any' };
const STRING: TypeRef = { kind: 'string' };
const BOOLEAN: TypeRef = { kind: 'boolean' };
const typeRef = (fqn: Fqn): TypeRef => ({ kind: 'type', fqn });

// ---------- literal values -------------------------------------------------------------------

/** Nesting beyond this in a bad value prints as `null`: printing must not overflow the stack. */
const MAX_LITERAL_DEPTH = 64;

function depthOf(path: DesignPath): number {
  let depth = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) depth++;
  return depth;
}

/** Any JSON value as it is: what an invalid design holds where a typed value belongs. */
function literal(value: Json, path: DesignPath): Expr {
  if (typeof value === 'object' && value !== null && depthOf(path) > MAX_LITERAL_DEPTH) {
    return { kind: 'null', path };
  }
  if (typeof value === 'string') return { kind: 'string', value, path };
  if (typeof value === 'number') return { kind: 'number', value, path };
  if (typeof value === 'boolean') return { kind: 'boolean', value, path };
  if (Array.isArray(value)) {
    return {
      kind: 'list',
      elementType: ANY,
      items: value.map((item, i) => literal(item, `${path}/${i}`)),
      path,
    };
  }
  if (isObject(value)) return mapOf(value, path, ANY, literal);
  return { kind: 'null', path };
}

function string(value: Json, path: DesignPath): Expr {
  return typeof value === 'string' ? { kind: 'string', value, path } : literal(value, path);
}

function boolean(value: Json, path: DesignPath): Expr {
  return typeof value === 'boolean' ? { kind: 'boolean', value, path } : literal(value, path);
}

function number(value: Json, path: DesignPath): Expr {
  return typeof value === 'number' ? { kind: 'number', value, path } : literal(value, path);
}

function listOf(
  value: Json,
  path: DesignPath,
  elementType: TypeRef,
  item: (value: Json, path: DesignPath) => Expr,
): Expr {
  if (!Array.isArray(value)) return literal(value, path);
  const items = value.map((v, i) => item(v, pointerChild(path, i)));
  return { kind: 'list', elementType, items, path } satisfies ListExpr;
}

function mapOf(
  value: JsonObject,
  path: DesignPath,
  valueType: TypeRef,
  entry: (value: Json, path: DesignPath) => Expr,
): MapExpr {
  const entries: MapEntry[] = [];
  for (const key of Object.keys(value)) {
    const entryPath = pointerChild(path, key);
    entries.push({ key, value: entry(value[key], entryPath), path: entryPath });
  }
  return { kind: 'map', valueType, entries, path };
}

function mapOrLiteral(
  valueType: TypeRef,
  entry: (value: Json, path: DesignPath) => Expr,
): (value: Json, path: DesignPath) => Expr {
  return (value, path) => (isObject(value) ? mapOf(value, path, valueType, entry) : literal(value, path));
}

function pointerChild(path: DesignPath, segment: string | number): DesignPath {
  // Most segments need no RFC 6901 escaping; skip the work for them (this runs per keystroke).
  return typeof segment === 'number' || (segment.indexOf('~') < 0 && segment.indexOf('/') < 0)
    ? `${path}/${segment}`
    : path + pointer(segment);
}

/** An enum member by its CloudFormation value; an unknown value stays a string literal. */
function enumOf(type: Fqn): (value: Json, path: DesignPath) => Expr {
  return (value, path) => {
    const members = ENUM_MEMBERS[type];
    if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(members, value)) {
      return { kind: 'enum', type, member: members[value], value, path };
    }
    return literal(value, path);
  };
}

const DURATION_UNITS = ['millis', 'seconds', 'minutes'] as const;

/** `{ "seconds": 10 }` → `Duration.seconds(10)`, in the unit the user chose. */
function duration(value: Json, path: DesignPath): Expr {
  if (isObject(value)) {
    const unit = DURATION_UNITS.find((u) => own(value, u) !== undefined);
    const amount = unit && own(value, unit);
    if (unit && typeof amount === 'number') return { kind: 'duration', unit, amount, path };
  }
  return literal(value, path);
}

function responseModel(value: Json, path: DesignPath): Expr {
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(MODEL_MEMBERS, value)) {
    return { kind: 'staticProperty', type: T.Model, property: MODEL_MEMBERS[value], path };
  }
  return literal(value, path);
}

// ---------- structs ----------------------------------------------------------------------------

type FieldConverter = (value: Json, path: DesignPath) => Expr;

/** A struct of the fields the design sets, in jsii order. */
function struct(
  type: Fqn,
  source: JsonObject,
  path: DesignPath,
  converters: Record<string, FieldConverter>,
): StructExpr {
  const fields: StructField[] = [];
  for (const name of Object.keys(converters)) {
    const value = own(source, name);
    if (value === undefined) continue;
    const fieldPath = pointerChild(path, name);
    fields.push({ name, value: converters[name](value, fieldPath), path: fieldPath });
  }
  fields.sort((a, b) => compareStructFields(type, a.name, b.name));
  return { kind: 'struct', type, fields, path };
}

function structOrLiteral(
  type: Fqn,
  converters: Record<string, FieldConverter>,
): (value: Json, path: DesignPath) => Expr {
  return (value, path) => (isObject(value) ? struct(type, value, path, converters) : literal(value, path));
}

// ---------- references -------------------------------------------------------------------------

/** Variable names of the constructs the design declares, by design id. */
class Scope {
  readonly names = new NameAllocator();
  readonly functions = new Map<string, string>();
  readonly roles = new Map<string, string>();
  readonly vpcLinks = new Map<string, string>();

  constructor() {
    this.names.reserve('api');
  }

  declare(table: Map<string, string>, id: Json, fallback: string, suffix: string): string {
    const name = this.names.allocate(typeof id === 'string' ? id : '', fallback, suffix);
    if (typeof id === 'string' && !table.has(id)) table.set(id, name);
    return name;
  }

  /** What a reference resolves to: the variable names of every declared id. */
  fingerprint(): string {
    return JSON.stringify([[...this.functions], [...this.roles], [...this.vpcLinks]]);
  }

  ref(table: Map<string, string>, id: Json, path: DesignPath, fallback: string): RefExpr | Expr {
    if (typeof id !== 'string') return literal(id, path);
    const name = table.get(id);
    if (name) return { kind: 'ref', name, resolved: true, path };
    // A dangling reference: print a name for it anyway; the code will not compile.
    return { kind: 'ref', name: new NameAllocator().allocate(id, fallback, ''), resolved: false, path };
  }
}

// ---------- the program ------------------------------------------------------------------------

const scopeExpr: Expr = { kind: 'scope' };

function constructId(id: Json, path: DesignPath): Expr {
  return string(id, path);
}

/** The id a design entry (function, role, VPC link) declares. */
function idOf(entry: Json): Json {
  return isObject(entry) ? own(entry, 'id') : undefined;
}

/** `const name = new lambda.Function(…)` (or `Function.fromFunctionArn(…)`) for function `index`. */
function functionStatement(fn: Json, index: number, name: string): Statement {
  const path = pointer('functions', index);
  const source = isObject(fn) ? fn : {};
  const id = own(source, 'id');
  const importArn = own(source, 'importArn');
  if (typeof importArn === 'string') {
    return {
      kind: 'const',
      section: 'functions',
      name,
      type: T.IFunction,
      value: {
        kind: 'staticCall',
        type: T.Function,
        method: 'fromFunctionArn',
        args: [scopeExpr, constructId(id, `${path}/id`), string(importArn, `${path}/importArn`)],
        path,
      },
      path,
    };
  }
  const props = struct(T.FunctionProps, source, path, {
    code: (code, codePath) => {
      if (!isObject(code) || own(code, 'inline') === undefined) return literal(code, codePath);
      return {
        kind: 'staticCall',
        type: T.Code,
        method: 'fromInline',
        args: [string(own(code, 'inline'), `${codePath}/inline`)],
        path: codePath,
      };
    },
    handler: string,
    runtime: (runtime, runtimePath) => {
      if (typeof runtime !== 'string') return literal(runtime, runtimePath);
      const member = runtimeMember(runtime);
      if (member) return { kind: 'staticProperty', type: T.Runtime, property: member, path: runtimePath };
      return { kind: 'new', type: T.Runtime, args: [string(runtime, runtimePath)], path: runtimePath };
    },
    functionName: string,
    memorySize: number,
    timeout: duration,
  });
  return {
    kind: 'const',
    section: 'functions',
    name,
    type: T.Function,
    value: { kind: 'new', type: T.Function, args: [scopeExpr, constructId(id, `${path}/id`), props], path },
    path,
  };
}

function roleStatements(scope: Scope, role: Json, index: number, name: string): Statement[] {
  const path = pointer('roles', index);
  const source = isObject(role) ? role : {};
  const id = own(source, 'id');
  const importArn = own(source, 'importArn');
  if (typeof importArn === 'string') {
    const value: Expr = {
      kind: 'staticCall',
      type: T.Role,
      method: 'fromRoleArn',
      args: [scopeExpr, constructId(id, `${path}/id`), string(importArn, `${path}/importArn`)],
      path,
    };
    return [{ kind: 'const', section: 'roles', name, type: T.IRole, value, path }];
  }
  const props = struct(T.RoleProps, source, path, {
    assumedBy: (principal, principalPath) => ({
      kind: 'new',
      type: T.ServicePrincipal,
      args: [string(principal, principalPath)],
      path: principalPath,
    }),
  });
  const statements: Statement[] = [
    {
      kind: 'const',
      section: 'roles',
      name,
      type: T.Role,
      value: { kind: 'new', type: T.Role, args: [scopeExpr, constructId(id, `${path}/id`), props], path },
      path,
    },
  ];
  // fn.grantInvoke(role) right after the role, in list order (contract rule 6).
  arrayOf(own(source, 'grantInvoke')).forEach((functionId, j) => {
    const grantPath = `${path}/grantInvoke/${j}`;
    statements.push({
      kind: 'expression',
      section: 'roles',
      expr: {
        kind: 'call',
        target: scope.ref(scope.functions, functionId, grantPath, 'fn'),
        targetType: T.IFunction,
        method: 'grantInvoke',
        args: [{ kind: 'ref', name, resolved: true }],
        path: grantPath,
      },
      path: grantPath,
    });
  });
  return statements;
}

function vpcLinkStatement(link: Json, index: number, name: string): Statement {
  const path = pointer('vpcLinks', index);
  const source = isObject(link) ? link : {};
  const id = own(source, 'id');
  return {
    kind: 'const',
    section: 'vpcLinks',
    name,
    type: T.IVpcLink,
    value: {
      kind: 'staticCall',
      type: T.VpcLink,
      method: 'fromVpcLinkId',
      args: [scopeExpr, constructId(id, `${path}/id`), string(own(source, 'importId'), `${path}/importId`)],
      path,
    },
    path,
  };
}

function apiStatement(api: Json): Statement {
  const path = '/api';
  const source = isObject(api) ? api : {};
  const props = struct(T.RestApiProps, source, path, {
    binaryMediaTypes: (v, p) => listOf(v, p, STRING, string),
    cloudWatchRole: boolean,
    description: string,
    endpointTypes: (v, p) => listOf(v, p, typeRef(T.EndpointType), enumOf(T.EndpointType)),
    restApiName: string,
  });
  // deployOptions.stageName is the design's api.stageName.
  const stageName = own(source, 'stageName');
  if (stageName !== undefined) {
    const stagePath = `${path}/stageName`;
    const deployOptions: StructExpr = {
      kind: 'struct',
      type: T.StageOptions,
      fields: [{ name: 'stageName', value: string(stageName, stagePath), path: stagePath }],
      path: stagePath,
    };
    props.fields.push({ name: 'deployOptions', value: deployOptions, path: stagePath });
    props.fields.sort((a, b) => compareStructFields(T.RestApiProps, a.name, b.name));
  }
  const args: Expr[] = [scopeExpr, constructId(own(source, 'id'), `${path}/id`)];
  if (props.fields.length > 0) args.push(props);
  return {
    kind: 'const',
    section: 'api',
    name: 'api',
    type: T.RestApi,
    value: { kind: 'new', type: T.RestApi, args, path },
    path,
  };
}

function integrationOptions(scope: Scope): Record<string, FieldConverter> {
  return {
    allowTestInvoke: boolean,
    cacheKeyParameters: (v, p) => listOf(v, p, STRING, string),
    cacheNamespace: string,
    connectionType: enumOf(T.ConnectionType),
    contentHandling: enumOf(T.ContentHandling),
    credentialsPassthrough: boolean,
    credentialsRole: (v, p) => scope.ref(scope.roles, v, p, 'role'),
    integrationResponses: (v, p) =>
      listOf(
        v,
        p,
        typeRef(T.IntegrationResponse),
        structOrLiteral(T.IntegrationResponse, {
          statusCode: string,
          contentHandling: enumOf(T.ContentHandling),
          responseParameters: mapOrLiteral(STRING, string),
          responseTemplates: mapOrLiteral(STRING, string),
          selectionPattern: string,
        }),
      ),
    passthroughBehavior: enumOf(T.PassthroughBehavior),
    proxy: boolean,
    requestParameters: mapOrLiteral(STRING, string),
    requestTemplates: mapOrLiteral(STRING, string),
    responseTransferMode: enumOf(T.ResponseTransferMode),
    scopePermissionToMethod: boolean,
    timeout: duration,
    vpcLink: (v, p) => scope.ref(scope.vpcLinks, v, p, 'vpcLink'),
  };
}

const methodOptions: Record<string, FieldConverter> = {
  apiKeyRequired: boolean,
  authorizationType: enumOf(T.AuthorizationType),
  methodResponses: (v, p) =>
    listOf(
      v,
      p,
      typeRef(T.MethodResponse),
      structOrLiteral(T.MethodResponse, {
        statusCode: string,
        responseModels: mapOrLiteral(typeRef(T.IModel), responseModel),
        responseParameters: mapOrLiteral(BOOLEAN, boolean),
      }),
    ),
  operationName: string,
  requestParameters: mapOrLiteral(BOOLEAN, boolean),
  requestValidatorOptions: structOrLiteral(T.RequestValidatorOptions, {
    requestValidatorName: string,
    validateRequestBody: boolean,
    validateRequestParameters: boolean,
  }),
};

/** `api.root.resourceForPath(path).addMethod(verb, new LambdaIntegration(fn, {…}), {…})` */
function methodStatement(scope: Scope, method: Json, index: number): Statement {
  const path = pointer('methods', index);
  const source = isObject(method) ? method : {};
  const api: Expr = { kind: 'ref', name: 'api', resolved: true };
  const root: Expr = { kind: 'property', target: api, targetType: T.RestApi, property: 'root' };
  const resourcePath = own(source, 'path');
  // The root is `api.root` itself (resourceForPath('/') returns it), as a CDK user writes it.
  const resource: Expr =
    resourcePath === '/'
      ? { ...root, path: `${path}/path` }
      : {
          kind: 'call',
          target: root,
          targetType: T.IResource,
          method: 'resourceForPath',
          args: [string(resourcePath, `${path}/path`)],
        };

  const integrationArgs: Expr[] = [
    scope.ref(scope.functions, own(source, 'function'), `${path}/function`, 'fn'),
  ];
  const integration = own(source, 'integration');
  if (integration !== undefined) {
    const integrationPath = `${path}/integration`;
    const options = isObject(integration)
      ? struct(T.LambdaIntegrationOptions, integration, integrationPath, integrationOptions(scope))
      : literal(integration, integrationPath);
    if (options.kind !== 'struct' || options.fields.length > 0) integrationArgs.push(options);
  }
  const args: Expr[] = [
    string(own(source, 'httpMethod'), `${path}/httpMethod`),
    { kind: 'new', type: T.LambdaIntegration, args: integrationArgs, path: `${path}/integration` },
  ];
  const options = own(source, 'options');
  if (options !== undefined) {
    const optionsPath = `${path}/options`;
    const optionsExpr = isObject(options)
      ? struct(T.MethodOptions, options, optionsPath, methodOptions)
      : literal(options, optionsPath);
    if (optionsExpr.kind !== 'struct' || optionsExpr.fields.length > 0) args.push(optionsExpr);
  }
  return {
    kind: 'expression',
    section: 'methods',
    expr: {
      kind: 'call',
      target: resource,
      targetType: resourcePath === '/' ? T.IResource : T.Resource,
      method: 'addMethod',
      args,
      path,
    },
    path,
  };
}

function stackOf(design: JsonObject): AppIr['stack'] {
  const path = '/stack';
  const stack = isObject(own(design, 'stack')) ? (own(design, 'stack') as JsonObject) : {};
  const stackId = own(stack, 'id');
  const id: StringExpr = {
    kind: 'string',
    value: typeof stackId === 'string' ? stackId : '',
    path: `${path}/id`,
  };
  const env = own(stack, 'env');
  const props =
    env === undefined
      ? undefined
      : struct(T.StackProps, stack, path, {
          env: structOrLiteral(T.Environment, { account: string, region: string }),
        });
  return { className: stackClassNameOf(id.value), id, props, path };
}

/**
 * The modules the program uses. Decided by the statement sections (the stack, App, Duration and
 * RestApi are always there; lambda comes with functions, iam with roles) rather than by walking
 * the tree: this runs on every keystroke. ir.test.ts checks it against a walk of the tree.
 */
function modulesOf(statements: Statement[]): CdkModule[] {
  const used = new Set<CdkModule>(['core', 'aws_apigateway', 'constructs']);
  for (const statement of statements) {
    if (statement.section === 'functions') used.add('aws_lambda');
    if (statement.section === 'roles') used.add('aws_iam');
  }
  return MODULE_ORDER.filter((module) => used.has(module));
}

/**
 * Statements built before, by what they were built from: the design entry's content, its index and
 * what else its statement reads (its variable name; the names references resolve to). An entry the
 * user did not touch keeps its IR node, so the printers reuse its laid-out text (ChunkCache). IR
 * nodes are never changed once built, which makes sharing them safe. The bound keeps memory small
 * (a 50-method design's statements with their five printed texts are a few MB): 128 statements, or
 * two designs' worth when a design has more (buildAppIr reserves that), enough for typing and undo.
 */
const builtStatements = new ContentMemo<Statement>(128);
const builtRoleStatements = new ContentMemo<Statement[]>(64);

/** The program for a design, in the contract's construction order (rule 1). Never throws. */
export function buildAppIr(design: Design): AppIr {
  const source: JsonObject = isObject(design as Json) ? (design as unknown as JsonObject) : {};
  const scope = new Scope();
  const functions = arrayOf(own(source, 'functions'));
  const roles = arrayOf(own(source, 'roles'));
  const vpcLinks = arrayOf(own(source, 'vpcLinks'));
  const methods = arrayOf(own(source, 'methods'));
  builtStatements.reserve(2 * (functions.length + vpcLinks.length + methods.length + 1));
  builtRoleStatements.reserve(2 * roles.length);

  const statements: Statement[] = [];
  functions.forEach((fn, i) => {
    const name = scope.declare(scope.functions, idOf(fn), 'fn', 'Fn');
    statements.push(builtStatements.get(`function ${i} ${name}`, fn, () => functionStatement(fn, i, name)));
  });
  // A role's statements read the function names (fn.grantInvoke(role)).
  const functionNames = scope.fingerprint();
  roles.forEach((role, i) => {
    const name = scope.declare(scope.roles, idOf(role), 'role', 'Role');
    const context = `role ${i} ${name} ${functionNames}`;
    statements.push(...builtRoleStatements.get(context, role, () => roleStatements(scope, role, i, name)));
  });
  vpcLinks.forEach((link, i) => {
    const name = scope.declare(scope.vpcLinks, idOf(link), 'vpcLink', 'VpcLink');
    statements.push(builtStatements.get(`vpcLink ${i} ${name}`, link, () => vpcLinkStatement(link, i, name)));
  });
  const api = own(source, 'api');
  statements.push(builtStatements.get('api', api, () => apiStatement(api)));
  const names = scope.fingerprint();
  methods.forEach((method, i) => {
    statements.push(
      builtStatements.get(`method ${i} ${names}`, method, () => methodStatement(scope, method, i)),
    );
  });
  return { modules: modulesOf(statements), stack: stackOf(source), statements };
}
