/**
 * Test-only: the jsii name check. Reads a generated CDK program's tree-sitter syntax tree, works out
 * the CDK type of each expression (variables, construct and struct creation, static and instance
 * members, method results) and checks that every class, static method, static property, enum
 * member, instance method, property, builder method, keyword argument and struct field it uses
 * exists in aws-cdk-lib's jsii assembly under that language's name, derived from the jsii name with
 * jsii's naming rules (src/core/codegen/jsiiNames.ts). Go calls must also pass every parameter.
 *
 * Returns what it checked (`uses`) and what it could not find (`errors`); a program whose CDK
 * references cannot be typed at all reports that too, so the check cannot pass by seeing nothing.
 */
import {
  goPackageOfSubmodule,
  javaGetterName,
  pascalMemberName,
  pythonConstantName,
  pythonMemberName,
} from '../core/codegen/jsiiNames';
import type { CodeLanguage, SyntaxNode } from './codeGrammars';
import {
  jsiiAssembly,
  type JsiiAssembly,
  type JsiiMethod,
  type JsiiProperty,
  type JsiiTypeRef,
} from './jsiiAssembly';

export interface NameCheckResult {
  uses: string[];
  errors: string[];
}

type Value =
  | { kind: 'type'; fqn: string }
  | { kind: 'instance'; fqn: string }
  | { kind: 'module'; prefix: string }
  /** Java: `X.Builder.create(…)` or `X.builder()` on the way to `.build()`. */
  | { kind: 'builder'; fqn: string; props: string }
  | undefined;

type MemberNaming = (jsiiName: string, member: JsiiProperty | JsiiMethod | { name: string }) => string;

const isConstant = (name: string): boolean => /^[A-Z0-9_]+$/.test(name);

/** How each language spells a jsii member (methods, properties, statics, enum members). */
const NAMING: Record<CodeLanguage, { method: MemberNaming; property: MemberNaming; field: MemberNaming }> = {
  typescript: { method: (n) => n, property: (n) => n, field: (n) => n },
  python: { method: pythonMemberName, property: pythonConstantName, field: pythonMemberName },
  java: {
    method: (n) => n,
    property: (n, m) => ('static' in m && m.static && isConstant(n) ? n : javaGetterName(n)),
    field: (n) => n,
  },
  csharp: {
    method: pascalMemberName,
    property: (n) => (isConstant(n) ? n : pascalMemberName(n)),
    field: pascalMemberName,
  },
  go: {
    method: pascalMemberName,
    property: (n) => (isConstant(n) ? n : pascalMemberName(n)),
    field: pascalMemberName,
  },
};

class Check {
  readonly uses: string[] = [];
  readonly errors: string[] = [];
  readonly env = new Map<string, Value>();
  readonly asm: JsiiAssembly = jsiiAssembly();

  constructor(readonly language: CodeLanguage) {}

  use(what: string): void {
    this.uses.push(what);
  }

  fail(node: SyntaxNode, what: string): void {
    this.errors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${what}`);
  }

  typeValue(node: SyntaxNode, fqn: string): Value {
    if (!this.asm.type(fqn)) {
      this.fail(node, `no type ${fqn}`);
      return undefined;
    }
    this.use(`type ${fqn}`);
    return { kind: 'type', fqn };
  }

  /** A static member: a static method, static property or enum member, by the language's name. */
  staticMember(node: SyntaxNode, fqn: string, name: string): { method?: JsiiMethod; value: Value } {
    const naming = NAMING[this.language];
    const type = this.asm.type(fqn);
    const member = type?.members?.find((m) => m.name === name);
    if (type?.kind === 'enum' && member) {
      this.use(`enum ${fqn}.${name}`);
      return { value: { kind: 'instance', fqn } };
    }
    const method = this.asm.methods(fqn).find((m) => m.static && naming.method(m.name, m) === name);
    if (method) {
      this.use(`static ${fqn}.${method.name}()`);
      return { method, value: returnValue(method.returns?.type) };
    }
    const property = this.asm.properties(fqn).find((p) => p.static && naming.property(p.name, p) === name);
    if (property) {
      this.use(`static ${fqn}.${property.name}`);
      return { value: returnValue(property.type) };
    }
    this.fail(node, `no static member ${name} on ${fqn}`);
    return { value: undefined };
  }

  instanceMember(node: SyntaxNode, fqn: string, name: string): { method?: JsiiMethod; value: Value } {
    const naming = NAMING[this.language];
    const method = this.asm.methods(fqn).find((m) => !m.static && naming.method(m.name, m) === name);
    if (method) {
      this.use(`method ${fqn}.${method.name}()`);
      return { method, value: returnValue(method.returns?.type) };
    }
    const property = this.asm.properties(fqn).find((p) => !p.static && naming.property(p.name, p) === name);
    if (property) {
      this.use(`property ${fqn}.${property.name}`);
      return { value: returnValue(property.type) };
    }
    this.fail(node, `no member ${name} on ${fqn}`);
    return { value: undefined };
  }

  /** A struct field (keyword argument, builder method, initializer member, literal key). */
  field(node: SyntaxNode, struct: string, name: string): JsiiProperty | undefined {
    const naming = NAMING[this.language];
    const property = this.asm.properties(struct).find((p) => naming.field(p.name, p) === name);
    if (!property) this.fail(node, `no field ${name} on ${struct}`);
    else this.use(`field ${struct}.${property.name}`);
    return property;
  }

  constructorOf(node: SyntaxNode, fqn: string): JsiiMethod | undefined {
    const type = this.asm.type(fqn);
    if (type?.kind !== 'class' || !type.initializer) {
      this.fail(node, `${fqn} cannot be constructed`);
      return undefined;
    }
    this.use(`new ${fqn}`);
    return { name: '<init>', parameters: type.initializer.parameters };
  }

  /** Go passes every parameter: the argument count must be the jsii parameter count. */
  arity(node: SyntaxNode, method: JsiiMethod, count: number): void {
    const expected = method.parameters?.length ?? 0;
    if (count !== expected) this.fail(node, `${method.name} takes ${expected} arguments, got ${count}`);
  }
}

function returnValue(type: JsiiTypeRef | undefined): Value {
  return type?.fqn ? { kind: 'instance', fqn: type.fqn } : undefined;
}

/** The struct type of a property (or of its list elements / map values), for nested literals. */
function structOf(check: Check, type: JsiiTypeRef | undefined): string | undefined {
  if (!type) return undefined;
  if (type.fqn) return check.asm.type(type.fqn)?.datatype ? type.fqn : undefined;
  return type.collection ? structOf(check, type.collection.elementtype) : undefined;
}

const field = (node: SyntaxNode, name: string): SyntaxNode | null => node.childForFieldName(name);
const named = (node: SyntaxNode): SyntaxNode[] =>
  node.namedChildren.filter((n): n is SyntaxNode => n !== null);

function walkChildren(node: SyntaxNode, visit: (node: SyntaxNode) => void): void {
  for (const child of named(node)) visit(child);
}

// ---------- Python ----------------------------------------------------------------------------

function checkPython(root: SyntaxNode, check: Check): void {
  const localClasses = new Set<string>();
  const kwargs = (args: SyntaxNode | null, struct: string | undefined): void => {
    for (const arg of args ? named(args) : []) {
      if (arg.type === 'keyword_argument') {
        const name = field(arg, 'name')?.text ?? '';
        if (struct) check.field(arg, struct, name);
        else check.fail(arg, `keyword argument ${name} where no props struct is taken`);
        expr(field(arg, 'value'));
      } else expr(arg);
    }
  };
  const expr = (node: SyntaxNode | null): Value => {
    if (!node) return undefined;
    switch (node.type) {
      case 'identifier':
        if (node.text === 'self') return { kind: 'instance', fqn: 'aws-cdk-lib.Stack' };
        return check.env.get(node.text);
      case 'attribute': {
        const object = expr(field(node, 'object'));
        const name = field(node, 'attribute')?.text ?? '';
        if (object?.kind === 'module') return check.typeValue(node, `${object.prefix}.${name}`);
        if (object?.kind === 'type') return check.staticMember(node, object.fqn, name).value;
        if (object?.kind === 'instance') return check.instanceMember(node, object.fqn, name).value;
        return undefined;
      }
      case 'call': {
        const fn = field(node, 'function');
        const args = field(node, 'arguments');
        if (fn?.type === 'identifier' && localClasses.has(fn.text)) {
          kwargs(args, 'aws-cdk-lib.StackProps');
          return undefined;
        }
        if (fn?.type === 'attribute') {
          const object = expr(field(fn, 'object'));
          const name = field(fn, 'attribute')?.text ?? '';
          if (object?.kind === 'type' || object?.kind === 'instance') {
            const member =
              object.kind === 'type'
                ? check.staticMember(fn, object.fqn, name)
                : check.instanceMember(fn, object.fqn, name);
            kwargs(args, check.asm.trailingStruct(member.method?.parameters));
            return member.value;
          }
          if (object?.kind === 'module') {
            const type = check.typeValue(fn, `${object.prefix}.${name}`);
            if (type?.kind !== 'type') return undefined;
            const isStruct = check.asm.type(type.fqn)?.datatype;
            const init = isStruct ? undefined : check.constructorOf(fn, type.fqn);
            kwargs(args, isStruct ? type.fqn : check.asm.trailingStruct(init?.parameters));
            return { kind: 'instance', fqn: type.fqn };
          }
        }
        walkChildren(node, (child) => void expr(child));
        return undefined;
      }
      default:
        walkChildren(node, (child) => void expr(child));
        return undefined;
    }
  };
  const statement = (node: SyntaxNode): void => {
    if (node.type === 'import_statement' || node.type === 'import_from_statement') {
      imports(node);
    } else if (node.type === 'class_definition') {
      localClasses.add(field(node, 'name')?.text ?? '');
      walkChildren(field(node, 'body') ?? node, statement);
    } else if (node.type === 'function_definition') {
      walkChildren(field(node, 'body') ?? node, statement);
    } else if (node.type === 'expression_statement' && named(node)[0]?.type === 'assignment') {
      const assignment = named(node)[0];
      check.env.set(field(assignment, 'left')?.text ?? '', expr(field(assignment, 'right')));
    } else {
      walkChildren(node, (child) => void expr(child));
    }
  };
  const imports = (node: SyntaxNode): void => {
    const from = node.type === 'import_from_statement' ? (field(node, 'module_name')?.text ?? '') : undefined;
    for (const alias of named(node).filter((n) => n.type === 'aliased_import' || n.type === 'dotted_name')) {
      if (alias.startIndex === field(node, 'module_name')?.startIndex) continue;
      const name = alias.type === 'aliased_import' ? (field(alias, 'name')?.text ?? '') : alias.text;
      const local = alias.type === 'aliased_import' ? (field(alias, 'alias')?.text ?? '') : name;
      const moduleName = from ? `${from}.${name}` : name;
      const prefix = check.asm.modulePrefix('python', moduleName);
      if (prefix) check.env.set(local, { kind: 'module', prefix });
      else if (from) {
        const modulePrefix = check.asm.modulePrefix('python', from);
        if (modulePrefix) check.env.set(local, check.typeValue(alias, `${modulePrefix}.${name}`));
        else check.fail(alias, `unknown module ${from}`);
      } else check.fail(alias, `unknown module ${moduleName}`);
    }
  };
  walkChildren(root, statement);
}

// ---------- Java ------------------------------------------------------------------------------

const JAVA_LOCAL_HELPERS = new Set(['linkedMap']);

function checkJava(root: SyntaxNode, check: Check): void {
  const types = new Map<string, string>();
  const expr = (node: SyntaxNode | null): Value => {
    if (!node) return undefined;
    switch (node.type) {
      case 'identifier': {
        if (check.env.has(node.text)) return check.env.get(node.text);
        const fqn = types.get(node.text);
        return fqn ? { kind: 'type', fqn } : undefined;
      }
      case 'this':
        return { kind: 'instance', fqn: 'aws-cdk-lib.Stack' };
      case 'field_access': {
        const object = field(node, 'object');
        const name = field(node, 'field')?.text ?? '';
        const value = expr(object);
        if (value?.kind === 'type' && name === 'Builder')
          return { kind: 'type', fqn: `${value.fqn}#Builder` };
        if (value?.kind === 'type') return check.staticMember(node, value.fqn, name).value;
        return undefined;
      }
      case 'object_creation_expression': {
        const typeName = field(node, 'type')?.text ?? '';
        const fqn = types.get(typeName);
        walkChildren(field(node, 'arguments') ?? node, (child) => void expr(child));
        if (!fqn) return undefined; // a local class (the stack) or a JDK type
        const init = check.constructorOf(node, fqn);
        if (init && check.asm.trailingStruct(init.parameters) === undefined) check.use(`new ${fqn}`);
        return { kind: 'instance', fqn };
      }
      case 'method_invocation': {
        const objectNode = field(node, 'object');
        const name = field(node, 'name')?.text ?? '';
        const args = field(node, 'arguments');
        const object = objectNode ? expr(objectNode) : undefined;
        walkChildren(args ?? node, (child) => void expr(child));
        if (!objectNode && JAVA_LOCAL_HELPERS.has(name)) return undefined;
        if (object?.kind === 'type' && object.fqn.endsWith('#Builder')) {
          const fqn = object.fqn.slice(0, -'#Builder'.length);
          const init = check.constructorOf(node, fqn);
          const props = check.asm.trailingStruct(init?.parameters);
          if (name !== 'create' || !props)
            check.fail(node, `${fqn}.Builder.${name} is not a construct builder`);
          return props ? { kind: 'builder', fqn, props } : undefined;
        }
        if (object?.kind === 'type' && name === 'builder') {
          if (!check.asm.type(object.fqn)?.datatype) check.fail(node, `${object.fqn} has no builder()`);
          else check.use(`builder ${object.fqn}`);
          return { kind: 'builder', fqn: object.fqn, props: object.fqn };
        }
        if (object?.kind === 'builder') {
          if (name === 'build') return { kind: 'instance', fqn: object.fqn };
          check.field(node, object.props, name);
          return object;
        }
        if (object?.kind === 'type') return check.staticMember(node, object.fqn, name).value;
        if (object?.kind === 'instance') return check.instanceMember(node, object.fqn, name).value;
        return undefined;
      }
      default:
        walkChildren(node, (child) => void expr(child));
        return undefined;
    }
  };
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'import_declaration') {
      const name = named(node).find((n) => n.type === 'scoped_identifier')?.text ?? '';
      const dot = name.lastIndexOf('.');
      const prefix = check.asm.modulePrefix('java', name.slice(0, dot));
      if (prefix) {
        const value = check.typeValue(node, `${prefix}.${name.slice(dot + 1)}`);
        if (value?.kind === 'type') types.set(name.slice(dot + 1), value.fqn);
      } else if (!name.startsWith('java.')) check.fail(node, `unknown package of ${name}`);
    } else if (node.type === 'local_variable_declaration') {
      const declarator = field(node, 'declarator');
      check.env.set(field(declarator ?? node, 'name')?.text ?? '', expr(field(declarator ?? node, 'value')));
      const declared = field(node, 'type')?.text ?? '';
      if (types.has(declared)) check.use(`type ${types.get(declared)}`);
    } else if (node.type === 'expression_statement') {
      walkChildren(node, (child) => void expr(child));
    } else {
      walkChildren(node, visit);
    }
  };
  walkChildren(root, visit);
}

// ---------- C# --------------------------------------------------------------------------------

function checkCSharp(root: SyntaxNode, check: Check): void {
  const namespaces: string[] = [];
  const resolveType = (node: SyntaxNode): string | undefined => {
    if (node.type === 'qualified_name') {
      const text = node.text;
      const dot = text.lastIndexOf('.');
      const prefix = check.asm.modulePrefix('dotnet', text.slice(0, dot));
      return prefix ? `${prefix}.${text.slice(dot + 1)}` : undefined;
    }
    if (node.type !== 'identifier') return undefined;
    for (const prefix of namespaces)
      if (check.asm.type(`${prefix}.${node.text}`)) return `${prefix}.${node.text}`;
    return undefined;
  };
  const initializer = (node: SyntaxNode | null, struct: string | undefined): void => {
    for (const item of node ? named(node) : []) {
      if (item.type === 'assignment_expression' && struct) {
        check.field(item, struct, field(item, 'left')?.text ?? '');
        expr(field(item, 'right'));
      } else expr(item);
    }
  };
  const expr = (node: SyntaxNode | null): Value => {
    if (!node) return undefined;
    switch (node.type) {
      case 'identifier': {
        if (check.env.has(node.text)) return check.env.get(node.text);
        const fqn = resolveType(node);
        return fqn ? check.typeValue(node, fqn) : undefined;
      }
      case 'this_expression':
      case 'this':
        return { kind: 'instance', fqn: 'aws-cdk-lib.Stack' };
      case 'member_access_expression': {
        const object = expr(field(node, 'expression'));
        const name = field(node, 'name')?.text ?? '';
        if (object?.kind === 'type') return check.staticMember(node, object.fqn, name).value;
        if (object?.kind === 'instance') return check.instanceMember(node, object.fqn, name).value;
        return undefined;
      }
      case 'invocation_expression': {
        const fn = field(node, 'function');
        walkChildren(field(node, 'arguments') ?? node, (child) => void expr(child));
        if (fn?.type !== 'member_access_expression') return undefined;
        const object = expr(field(fn, 'expression'));
        const name = field(fn, 'name')?.text ?? '';
        if (object?.kind === 'type') return check.staticMember(fn, object.fqn, name).value;
        if (object?.kind === 'instance') return check.instanceMember(fn, object.fqn, name).value;
        return undefined;
      }
      case 'object_creation_expression': {
        const typeNode = field(node, 'type');
        walkChildren(field(node, 'arguments') ?? node, (child) => {
          if (child.type === 'argument') walkChildren(child, (c) => void expr(c));
        });
        const fqn = typeNode ? resolveType(typeNode) : undefined;
        const init = field(node, 'initializer');
        if (!fqn) {
          initializer(init, undefined);
          return undefined;
        }
        check.typeValue(typeNode ?? node, fqn);
        const isStruct = check.asm.type(fqn)?.datatype;
        if (!isStruct) check.constructorOf(node, fqn);
        initializer(init, isStruct ? fqn : undefined);
        return { kind: 'instance', fqn };
      }
      default:
        walkChildren(node, (child) => void expr(child));
        return undefined;
    }
  };
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'using_directive') {
      const name = named(node)[0]?.text ?? '';
      const prefix = check.asm.modulePrefix('dotnet', name);
      if (prefix) namespaces.push(prefix);
      else if (!name.startsWith('System')) check.fail(node, `unknown namespace ${name}`);
    } else if (node.type === 'variable_declarator') {
      const nameStart = field(node, 'name')?.startIndex;
      const value = named(node).find((n) => n.startIndex !== nameStart);
      check.env.set(field(node, 'name')?.text ?? '', expr(value ?? null));
    } else if (node.type === 'expression_statement') {
      walkChildren(node, (child) => void expr(child));
    } else if (node.type === 'base_list') {
      for (const base of named(node)) {
        const fqn = resolveType(base);
        if (fqn) check.typeValue(base, fqn);
      }
    } else {
      walkChildren(node, visit);
    }
  };
  walkChildren(root, visit);
}

// ---------- Go --------------------------------------------------------------------------------

const GO_MODULE = 'github.com/aws/aws-cdk-go/awscdk/v2';

function checkGo(root: SyntaxNode, check: Check): void {
  const packages = new Map<string, string>();
  const typeOf = (pkg: string, name: string, node: SyntaxNode): string | undefined => {
    const prefix = packages.get(pkg);
    if (prefix === undefined) return undefined;
    const fqn = `${prefix}.${name}`;
    if (!check.asm.type(fqn)) {
      check.fail(node, `no type ${fqn}`);
      return undefined;
    }
    check.use(`type ${fqn}`);
    return fqn;
  };
  /** `pkg.Type`, `*pkg.Type`, `[]*pkg.Type`, `map[string]pkg.Type`: the CDK types named. */
  const typeExpr = (node: SyntaxNode | null): string | undefined => {
    if (!node) return undefined;
    if (node.type === 'qualified_type') {
      return typeOf(field(node, 'package')?.text ?? '', field(node, 'name')?.text ?? '', node);
    }
    let found: string | undefined;
    walkChildren(node, (child) => {
      found = typeExpr(child) ?? found;
    });
    return found;
  };
  const literal = (body: SyntaxNode | null, struct: string | undefined): void => {
    for (const element of body ? named(body) : []) {
      if (element.type === 'keyed_element') {
        const [key, value] = named(element);
        const keyText = key?.text ?? '';
        if (struct && !keyText.startsWith('"')) check.field(element, struct, keyText);
        expr(value ?? null);
      } else expr(element);
    }
  };
  const call = (node: SyntaxNode): Value => {
    const fn = field(node, 'function');
    const args = named(field(node, 'arguments') ?? node);
    args.forEach((arg) => void expr(arg));
    if (fn?.type !== 'selector_expression') return undefined;
    const operand = field(fn, 'operand');
    const name = field(fn, 'field')?.text ?? '';
    if (operand?.type === 'identifier' && packages.has(operand.text)) {
      if (packages.get(operand.text) === 'jsii') return undefined;
      if (name.startsWith('New')) {
        const fqn = typeOf(operand.text, name.slice(3), fn);
        const init = fqn ? check.constructorOf(fn, fqn) : undefined;
        if (init) check.arity(node, init, args.length);
        return fqn ? { kind: 'instance', fqn } : undefined;
      }
      const underscore = name.indexOf('_');
      const fqn = typeOf(operand.text, name.slice(0, underscore), fn);
      if (!fqn) return undefined;
      const member = check.staticMember(fn, fqn, name.slice(underscore + 1));
      if (member.method) check.arity(node, member.method, args.length);
      else if (args.length > 0) check.fail(node, `static property ${name} takes no arguments`);
      return member.value;
    }
    const object = expr(operand);
    if (object?.kind !== 'instance') return undefined;
    const member = check.instanceMember(fn, object.fqn, name);
    if (member.method) check.arity(node, member.method, args.length);
    return member.value;
  };
  const expr = (node: SyntaxNode | null): Value => {
    if (!node) return undefined;
    switch (node.type) {
      case 'identifier':
        return check.env.get(node.text);
      case 'call_expression':
        return call(node);
      case 'selector_expression': {
        const operand = field(node, 'operand');
        const name = field(node, 'field')?.text ?? '';
        if (operand?.type === 'identifier' && packages.has(operand.text)) {
          const underscore = name.indexOf('_');
          const fqn = typeOf(operand.text, name.slice(0, underscore), node);
          return fqn ? check.staticMember(node, fqn, name.slice(underscore + 1)).value : undefined;
        }
        return undefined;
      }
      case 'composite_literal': {
        const type = field(node, 'type');
        const fqn = typeExpr(type);
        const isStruct = type?.type === 'qualified_type' && fqn && check.asm.type(fqn)?.datatype;
        literal(field(node, 'body'), isStruct ? fqn : undefined);
        return fqn && isStruct ? { kind: 'instance', fqn } : undefined;
      }
      default:
        walkChildren(node, (child) => void expr(child));
        return undefined;
    }
  };
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'import_spec') {
      const path = JSON.parse(field(node, 'path')?.text ?? '""') as string;
      const alias =
        field(node, 'name')?.text ??
        path
          .split('/')
          .filter((p) => !/^v\d+$/.test(p))
          .pop() ??
        '';
      if (path === GO_MODULE) packages.set(alias, 'aws-cdk-lib');
      else if (path.startsWith(`${GO_MODULE}/`)) {
        const pkg = path.slice(GO_MODULE.length + 1);
        const prefix = check.asm.modules.find(
          (m) => m.prefix.startsWith('aws-cdk-lib.') && goPackageOfSubmodule(m.prefix.slice(12)) === pkg,
        )?.prefix;
        if (prefix) packages.set(alias, prefix);
        else check.fail(node, `unknown package ${path}`);
      } else if (path === 'github.com/aws/constructs-go/constructs/v10') packages.set(alias, 'constructs');
      else if (path === 'github.com/aws/jsii-runtime-go') packages.set(alias, 'jsii');
      else check.fail(node, `unknown import ${path}`);
    } else if (node.type === 'short_var_declaration') {
      const left = named(field(node, 'left') ?? node)[0]?.text ?? '';
      const right = named(field(node, 'right') ?? node)[0] ?? null;
      check.env.set(left, expr(right));
    } else if (node.type === 'expression_statement' || node.type === 'return_statement') {
      walkChildren(node, (child) => void expr(child));
    } else if (node.type === 'parameter_declaration') {
      typeExpr(field(node, 'type'));
    } else {
      walkChildren(node, visit);
    }
  };
  walkChildren(root, visit);
}

// ---------- TypeScript ------------------------------------------------------------------------

function checkTypeScript(root: SyntaxNode, check: Check): void {
  const objectLiteral = (node: SyntaxNode, struct: string | undefined): void => {
    for (const pair of named(node)) {
      if (pair.type !== 'pair') continue;
      const keyNode = field(pair, 'key');
      const key =
        keyNode?.type === 'string' ? JSON.parse(keyNode.text.replace(/^'|'$/g, '"')) : keyNode?.text;
      const value = field(pair, 'value');
      const property = struct ? check.field(pair, struct, String(key)) : undefined;
      valueFor(value, structOf(check, property?.type));
    }
  };
  /** A value where a type is known: an object literal of a struct, an array of them, anything else. */
  const valueFor = (node: SyntaxNode | null, struct: string | undefined): void => {
    if (!node) return;
    if (node.type === 'object') objectLiteral(node, struct);
    else if (node.type === 'array') named(node).forEach((item) => valueFor(item, struct));
    else expr(node);
  };
  const args = (node: SyntaxNode | null, parameters: JsiiMethod['parameters']): void => {
    const items = node ? named(node) : [];
    items.forEach((arg, i) => {
      const parameter = parameters?.[Math.min(i, (parameters?.length ?? 1) - 1)];
      valueFor(arg, structOf(check, parameter?.type));
    });
  };
  const expr = (node: SyntaxNode | null): Value => {
    if (!node) return undefined;
    switch (node.type) {
      case 'identifier':
        return check.env.get(node.text);
      case 'this':
        return { kind: 'instance', fqn: 'aws-cdk-lib.Stack' };
      case 'member_expression': {
        const object = expr(field(node, 'object'));
        const name = field(node, 'property')?.text ?? '';
        if (object?.kind === 'module') return check.typeValue(node, `${object.prefix}.${name}`);
        if (object?.kind === 'type') return check.staticMember(node, object.fqn, name).value;
        if (object?.kind === 'instance') return check.instanceMember(node, object.fqn, name).value;
        return undefined;
      }
      case 'new_expression': {
        const type = expr(field(node, 'constructor'));
        if (type?.kind !== 'type') {
          args(field(node, 'arguments'), undefined);
          return undefined;
        }
        const init = check.constructorOf(node, type.fqn);
        args(field(node, 'arguments'), init?.parameters);
        return { kind: 'instance', fqn: type.fqn };
      }
      case 'call_expression': {
        const fn = field(node, 'function');
        if (fn?.type !== 'member_expression') {
          args(field(node, 'arguments'), undefined);
          return undefined;
        }
        const object = expr(field(fn, 'object'));
        const name = field(fn, 'property')?.text ?? '';
        const member =
          object?.kind === 'type'
            ? check.staticMember(fn, object.fqn, name)
            : object?.kind === 'instance'
              ? check.instanceMember(fn, object.fqn, name)
              : undefined;
        args(field(node, 'arguments'), member?.method?.parameters);
        return member?.value;
      }
      default:
        walkChildren(node, (child) => void expr(child));
        return undefined;
    }
  };
  const visit = (node: SyntaxNode): void => {
    if (node.type === 'import_statement') {
      const source = JSON.parse((field(node, 'source')?.text ?? "''").replace(/^'|'$/g, '"')) as string;
      const prefix =
        source === 'aws-cdk-lib' || source === 'constructs'
          ? source
          : source.startsWith('aws-cdk-lib/')
            ? `aws-cdk-lib.${source.slice(12).replace(/-/g, '_')}`
            : undefined;
      if (!prefix) {
        check.fail(node, `unknown module ${source}`);
        return;
      }
      const clause = named(node).find((n) => n.type === 'import_clause');
      for (const part of clause ? named(clause) : []) {
        if (part.type === 'namespace_import') {
          check.env.set(named(part)[0]?.text ?? '', { kind: 'module', prefix });
        } else if (part.type === 'named_imports') {
          for (const spec of named(part)) {
            const name = field(spec, 'name')?.text ?? '';
            check.env.set(field(spec, 'alias')?.text ?? name, check.typeValue(spec, `${prefix}.${name}`));
          }
        }
      }
    } else if (node.type === 'variable_declarator') {
      check.env.set(field(node, 'name')?.text ?? '', expr(field(node, 'value')));
    } else if (node.type === 'expression_statement') {
      walkChildren(node, (child) => void expr(child));
    } else {
      walkChildren(node, visit);
    }
  };
  walkChildren(root, visit);
}

const CHECKERS: Record<CodeLanguage, (root: SyntaxNode, check: Check) => void> = {
  typescript: checkTypeScript,
  python: checkPython,
  java: checkJava,
  csharp: checkCSharp,
  go: checkGo,
};

/** Checks every CDK name a parsed program uses against the jsii assembly. */
export function checkCdkNames(language: CodeLanguage, root: SyntaxNode): NameCheckResult {
  const check = new Check(language);
  CHECKERS[language](root, check);
  if (!check.uses.some((use) => use.startsWith('new '))) {
    check.errors.push('the check found no CDK construct creation: the program was not understood');
  }
  return { uses: check.uses, errors: check.errors };
}
