import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate } from '../generate';
import { loadFixture } from '../../testing/fixtures';
import { importDesign } from './importDesign';
import { DEFAULT_LIMITS } from './source';

function errorOf(text: string): string | undefined {
  const result = importDesign(text);
  expect(result.design).toBeUndefined();
  return result.diagnostics.find((d) => d.severity === 'error')?.message;
}

describe('importDesign on hostile or broken input', () => {
  it('refuses input over the size cap before reading it', () => {
    const text = `{"Resources": {}, "pad": "${'x'.repeat(DEFAULT_LIMITS.maxChars)}"}`;
    expect(errorOf(text)).toMatch(
      /^The input is too large: 5,000,\d{3} characters, at most 5,000,000 are accepted\.$/,
    );
  });

  it('stops a YAML alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    expect(errorOf(lines.join('\n'))).toMatch(/expands to more than 500,000 values/);
  });

  it('stops deep nesting in JSON and in YAML', () => {
    expect(errorOf('['.repeat(100_000) + ']'.repeat(100_000))).toBe(
      'The input is nested more than 128 levels deep.',
    );
    expect(errorOf('{"a":'.repeat(1000) + '1' + '}'.repeat(1000))).toBe(
      'The input is nested more than 128 levels deep.',
    );
    expect(errorOf(`Resources: ${'['.repeat(100_000)}`)).toMatch(
      /nested too deeply|nested more than 128 levels/,
    );
    const block = ['Resources:', ...Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 1)}k:`)].join(
      '\n',
    );
    expect(errorOf(block)).toBe('The input is nested more than 128 levels deep.');
  });

  it('refuses __proto__ keys, in JSON and YAML', () => {
    expect(errorOf('{"Resources": {"__proto__": {"polluted": true}}}')).toMatch(
      /The key "__proto__" is not accepted/,
    );
    expect(errorOf('Resources:\n  __proto__:\n    polluted: true\n')).toMatch(
      /The key "__proto__" is not accepted/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports where JSON and YAML break', () => {
    const json = importDesign('{\n  "Resources": {\n    "A": 1,\n  }\n}');
    expect(json.diagnostics[0]).toMatchObject({ severity: 'error', line: 4, column: 3 });
    expect(json.diagnostics[0].message).toMatch(/^The text is not valid JSON: /);
    const yaml = importDesign('Resources:\n  A: [1, 2\n');
    expect(yaml.diagnostics[0].message).toMatch(/^The text is neither valid JSON nor valid YAML: /);
    expect(yaml.diagnostics[0].line).toBeGreaterThan(0);
    expect(errorOf('{"a": 1, "a": 2}')).toBe('The key "a" appears twice in one object.');
  });

  it('says what the input is not', () => {
    expect(errorOf('')).toBe('The input is empty.');
    expect(errorOf('[1, 2]')).toBe('The input is not a JSON object or YAML mapping.');
    expect(errorOf('just text')).toBe('The input is not a JSON object or YAML mapping.');
    expect(errorOf('{"name": "x"}')).toMatch(/^The input is neither a CloudFormation template/);
    expect(errorOf('openapi: 2.5.0\npaths: {}')).toMatch(/OpenAPI 2.5.0 is not supported/);
    expect(errorOf('Resources:\n  T:\n    Type: AWS::S3::Bucket\n')).toMatch(/no AWS::ApiGateway::RestApi/);
    expect(errorOf('Resources:\n  A: !Unknown x\n')).toBe(
      'Unknown tag !Unknown: CloudFormation knows no such short form.',
    );
    expect(errorOf('\u0000\u0001\u0002')).toBeDefined();
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, {}, [], '\uFFFF'.repeat(10)]) {
      expect(() => importDesign(input as unknown as string)).not.toThrow();
      expect(importDesign(input as unknown as string).design).toBeUndefined();
    }
  });
});

describe('importDesign says what it read', () => {
  const files = generate(loadFixture('pets-basic')).files;
  const withoutCdkMarks = (json: string) => {
    const template = JSON.parse(json) as {
      Parameters?: Record<string, unknown>;
      Rules?: unknown;
      Resources: Record<string, { Metadata?: unknown }>;
    };
    delete template.Parameters;
    delete template.Rules;
    for (const resource of Object.values(template.Resources)) delete resource.Metadata;
    return JSON.stringify(template);
  };

  it('tells cdk synth output from other CloudFormation, and JSON from YAML', () => {
    expect(importDesign(files['cloudformation-json']!)).toMatchObject({ kind: 'cdk-synth', syntax: 'json' });
    expect(importDesign(files['cloudformation-yaml']!)).toMatchObject({ kind: 'cdk-synth', syntax: 'yaml' });
    const plain = importDesign(withoutCdkMarks(files['cloudformation-json']!));
    expect(plain).toMatchObject({ kind: 'cloudformation', syntax: 'json' });
    expect(plain.design).toBeDefined();
    const handWritten = readFileSync(new URL('./testing/handWritten.yaml', import.meta.url), 'utf8');
    expect(importDesign(handWritten)).toMatchObject({ kind: 'cloudformation', syntax: 'yaml' });
  });

  it('recognizes OpenAPI, Swagger and SAM', () => {
    expect(importDesign(files['openapi-json']!)).toMatchObject({ kind: 'openapi', syntax: 'json' });
    expect(importDesign(files['openapi-yaml']!)).toMatchObject({ kind: 'openapi', syntax: 'yaml' });
    expect(importDesign(files['sam-yaml']!)).toMatchObject({ kind: 'sam', syntax: 'yaml' });
    expect(importDesign('swagger: "2.0"\npaths: {}\n').kind).toBe('swagger');
  });

  it('keeps the kind when the document cannot be imported, and has none for what is not one', () => {
    const noApi = importDesign('Resources:\n  T:\n    Type: AWS::S3::Bucket\n');
    expect(noApi).toMatchObject({ kind: 'cloudformation', syntax: 'yaml' });
    expect(noApi.design).toBeUndefined();
    expect(importDesign('openapi: 2.5.0\npaths: {}').kind).toBe('openapi');
    const unknown = importDesign('{"name": "x"}');
    expect([unknown.kind, unknown.syntax]).toEqual([undefined, 'json']);
    const huge = importDesign('x'.repeat(DEFAULT_LIMITS.maxChars + 1));
    expect([huge.kind, huge.syntax]).toEqual([undefined, undefined]);
  });
});
