import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  compareStructFields,
  ENUM_MEMBERS,
  MODEL_MEMBERS,
  moduleOf,
  STRUCT_FIELDS,
  T,
  typeNameOf,
} from './cdkNames';

const require = createRequire(import.meta.url);

interface JsiiProperty {
  name: string;
  optional?: boolean;
  static?: boolean;
}
interface JsiiType {
  kind: 'class' | 'interface' | 'enum';
  datatype?: boolean;
  interfaces?: string[];
  properties?: JsiiProperty[];
  methods?: Array<{ name: string; static?: boolean }>;
  members?: Array<{ name: string }>;
  base?: string;
}

/** aws-cdk-lib's jsii assembly: the names every CDK language binding is generated from. */
function loadAssembly(): Record<string, JsiiType> {
  const dir = dirname(require.resolve('aws-cdk-lib/package.json'));
  const redirect = JSON.parse(readFileSync(join(dir, '.jsii'), 'utf8')) as { filename: string };
  const assembly = JSON.parse(gunzipSync(readFileSync(join(dir, redirect.filename))).toString('utf8')) as {
    types: Record<string, JsiiType>;
  };
  const constructs = JSON.parse(
    readFileSync(join(dirname(require.resolve('constructs/package.json')), '.jsii'), 'utf8'),
  ) as {
    types: Record<string, JsiiType>;
  };
  return { ...assembly.types, ...constructs.types };
}

const types = loadAssembly();

/** A struct's properties with those of the structs it extends. */
function structProperties(fqn: string): JsiiProperty[] {
  const type = types[fqn];
  return [...(type.properties ?? []), ...(type.interfaces ?? []).flatMap(structProperties)];
}

describe('cdkNames against the aws-cdk-lib jsii assembly', () => {
  it('names types that exist', () => {
    for (const fqn of Object.values(T)) expect(types[fqn], fqn).toBeDefined();
    expect(moduleOf(T.LambdaIntegration)).toBe('aws_apigateway');
    expect(moduleOf(T.Duration)).toBe('core');
    expect(moduleOf(T.Construct)).toBe('constructs');
    expect(typeNameOf(T.IFunction)).toBe('IFunction');
  });

  it('knows every struct field it emits, and whether jsii requires it', () => {
    for (const [fqn, fields] of Object.entries(STRUCT_FIELDS)) {
      expect(types[fqn].datatype, fqn).toBe(true);
      const properties = structProperties(fqn);
      for (const field of fields) {
        const property = properties.find((p) => p.name === field.name);
        expect(property, `${fqn}.${field.name}`).toBeDefined();
        expect(!property?.optional, `${fqn}.${field.name} required`).toBe(field.required);
      }
      // Every required field of the struct is one the printers can emit.
      const required = properties.filter((p) => !p.optional).map((p) => p.name);
      expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(required.sort());
    }
  });

  it('orders struct fields required first, then alphabetically (contract rule 2)', () => {
    const order = (fqn: string): string[] =>
      STRUCT_FIELDS[fqn].map((f) => f.name).sort((a, b) => compareStructFields(fqn, a, b));
    expect(order(T.IntegrationResponse)).toEqual([
      'statusCode',
      'contentHandling',
      'responseParameters',
      'responseTemplates',
      'selectionPattern',
    ]);
    expect(order(T.FunctionProps)).toEqual([
      'code',
      'handler',
      'runtime',
      'functionName',
      'memorySize',
      'timeout',
    ]);
    expect(order(T.MethodResponse)).toEqual(['statusCode', 'responseModels', 'responseParameters']);
    expect(order(T.LambdaIntegrationOptions)[0]).toBe('allowTestInvoke');
    expect(order(T.LambdaIntegrationOptions).at(-1)).toBe('vpcLink');
  });

  it('maps every CloudFormation enum value to the jsii member with that value', () => {
    const apigateway = require('aws-cdk-lib/aws-apigateway') as Record<string, Record<string, string>>;
    for (const [fqn, members] of Object.entries(ENUM_MEMBERS)) {
      const jsiiMembers = types[fqn].members?.map((m) => m.name) ?? [];
      expect(Object.values(members).sort(), fqn).toEqual([...jsiiMembers].sort());
      const runtimeEnum = apigateway[typeNameOf(fqn)];
      for (const [cfnValue, member] of Object.entries(members)) expect(runtimeEnum[member]).toBe(cfnValue);
    }
  });

  it('names Model statics that exist', () => {
    const model = types[T.Model].properties ?? [];
    for (const member of Object.values(MODEL_MEMBERS)) {
      expect(model.find((p) => p.name === member && p.static)).toBeDefined();
    }
  });
});
