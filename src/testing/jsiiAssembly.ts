/**
 * Test-only: aws-cdk-lib's and constructs' jsii assemblies (the `.jsii` files every CDK language
 * binding is generated from), loaded once, with the lookups the name checks need: types, members
 * through base classes and interfaces, struct properties, initializer and method parameters.
 * aws-cdk-lib ships its assembly gzipped behind a `jsii/file-redirect` `.jsii` file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);

export interface JsiiTypeRef {
  fqn?: string;
  primitive?: string;
  collection?: { kind: 'array' | 'map'; elementtype: JsiiTypeRef };
  union?: { types: JsiiTypeRef[] };
}
export interface JsiiParameter {
  name: string;
  optional?: boolean;
  variadic?: boolean;
  type: JsiiTypeRef;
}
export interface JsiiProperty {
  name: string;
  static?: boolean;
  const?: boolean;
  optional?: boolean;
  type: JsiiTypeRef;
}
export interface JsiiMethod {
  name: string;
  static?: boolean;
  parameters?: JsiiParameter[];
  returns?: { type: JsiiTypeRef };
}
export interface JsiiType {
  fqn: string;
  kind: 'class' | 'interface' | 'enum';
  datatype?: boolean;
  base?: string;
  interfaces?: string[];
  initializer?: { parameters?: JsiiParameter[] };
  properties?: JsiiProperty[];
  methods?: JsiiMethod[];
  members?: Array<{ name: string }>;
}
interface RawAssembly {
  types: Record<string, JsiiType>;
  targets: Record<string, Record<string, string>>;
  submodules?: Record<string, { targets?: Record<string, Record<string, string>> }>;
}

function readAssembly(packageName: string): RawAssembly {
  const dir = dirname(require.resolve(`${packageName}/package.json`));
  const file = JSON.parse(readFileSync(join(dir, '.jsii'), 'utf8')) as RawAssembly & {
    schema?: string;
    filename?: string;
  };
  if (file.schema !== 'jsii/file-redirect') return file;
  return JSON.parse(gunzipSync(readFileSync(join(dir, file.filename ?? ''))).toString('utf8')) as RawAssembly;
}

export class JsiiAssembly {
  readonly types: Record<string, JsiiType>;
  /** jsii module prefix (`aws-cdk-lib.aws_apigateway`) by language target name. */
  readonly modules: Array<{ prefix: string; python?: string; java?: string; dotnet?: string }>;

  constructor() {
    const cdk = readAssembly('aws-cdk-lib');
    const constructs = readAssembly('constructs');
    this.types = { ...cdk.types, ...constructs.types };
    const targetsOf = (t: Record<string, Record<string, string>> | undefined) => ({
      python: t?.python?.module,
      java: t?.java?.package,
      dotnet: t?.dotnet?.namespace,
    });
    this.modules = [
      { prefix: 'aws-cdk-lib', ...targetsOf(cdk.targets) },
      { prefix: 'constructs', ...targetsOf(constructs.targets) },
      ...Object.entries(cdk.submodules ?? {}).map(([prefix, sub]) => ({ prefix, ...targetsOf(sub.targets) })),
    ];
  }

  type(fqn: string): JsiiType | undefined {
    return Object.prototype.hasOwnProperty.call(this.types, fqn) ? this.types[fqn] : undefined;
  }

  /** The type itself, then its base classes and interfaces (each once). */
  lineage(fqn: string): JsiiType[] {
    const seen = new Set<string>();
    const result: JsiiType[] = [];
    const visit = (name: string | undefined): void => {
      if (!name || seen.has(name)) return;
      seen.add(name);
      const type = this.type(name);
      if (!type) return;
      result.push(type);
      visit(type.base);
      type.interfaces?.forEach(visit);
    };
    visit(fqn);
    return result;
  }

  properties(fqn: string): JsiiProperty[] {
    return this.lineage(fqn).flatMap((t) => t.properties ?? []);
  }

  methods(fqn: string): JsiiMethod[] {
    return this.lineage(fqn).flatMap((t) => t.methods ?? []);
  }

  /** The jsii module prefix of a type in a language's module (`aws_cdk.aws_lambda` → `aws-cdk-lib.aws_lambda`). */
  modulePrefix(language: 'python' | 'java' | 'dotnet', name: string): string | undefined {
    return this.modules.find((m) => m[language] === name)?.prefix;
  }

  /** The struct type a construct's or method's trailing props parameter takes, if any. */
  trailingStruct(parameters: JsiiParameter[] | undefined): string | undefined {
    const last = parameters?.[parameters.length - 1];
    const fqn = last?.type.fqn;
    return fqn && this.type(fqn)?.datatype ? fqn : undefined;
  }
}

let loaded: JsiiAssembly | undefined;

/** The assemblies, parsed once per process (aws-cdk-lib's is ~50 MB of JSON). */
export function jsiiAssembly(): JsiiAssembly {
  loaded ??= new JsiiAssembly();
  return loaded;
}
