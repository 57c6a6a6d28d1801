import { describe, expect, it } from 'vitest';
import { generate } from '../core';
import { loadFixture } from '../testing/fixtures';
import { readImport } from './importRead';
import { designFileText, envelope } from './persistence';

describe('readImport (what the import dialog shows)', () => {
  const design = loadFixture('pets-basic');

  it('passes the core import through: kind, design, diagnostics and what was not imported', () => {
    const template = JSON.parse(generate(design).files['cloudformation-json']!) as {
      Resources: Record<string, unknown>;
    };
    template.Resources.Extra = { Type: 'AWS::S3::Bucket' };
    const preview = readImport(JSON.stringify(template));
    expect(preview).toMatchObject({ kind: 'cdk-synth', syntax: 'json' });
    expect(preview.design?.methods.map((m) => `${m.httpMethod} ${m.path}`)).toEqual(
      design.methods.map((m) => `${m.httpMethod} ${m.path}`),
    );
    expect(preview.unmapped).toEqual([
      'Resource Extra (AWS::S3::Bucket): not part of an API Gateway → Lambda design.',
    ]);
  });

  it('recognizes a design file of ours, bare or in the autosave envelope, with its validation', () => {
    expect(readImport(designFileText(design))).toEqual({
      kind: 'design',
      syntax: 'json',
      design,
      diagnostics: [],
      unmapped: [],
    });
    const saved = JSON.stringify(envelope(design, new Date(0)));
    expect(readImport(saved)).toMatchObject({ kind: 'design', design });
    const broken = { ...design, methods: [{ ...design.methods[0], function: 'Missing' }] };
    const preview = readImport(JSON.stringify(broken));
    expect(preview.design).toEqual(broken);
    expect(preview.diagnostics.find((d) => d.severity === 'error')?.path).toBe('/methods/0/function');
  });

  it('says why a design file of ours cannot be read, and leaves other JSON to the core', () => {
    const wrongVersion = readImport(JSON.stringify({ app: 'integration-studio', version: 9, design }));
    expect(wrongVersion.kind).toBe('design');
    expect(wrongVersion.design).toBeUndefined();
    expect(wrongVersion.diagnostics[0].message).toContain('format version 9');
    const other = readImport('{"name": "x"}');
    expect(other.kind).toBeUndefined();
    expect(other.diagnostics[0].message).toMatch(/^The input is neither a CloudFormation template/);
  });
});
