import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateTypeScript } from './codegen/typescript';
import type { Design } from './design/types';
import { generate, OUTPUT_PRINTERS } from './generate';
import { printCloudFormationJson, printCloudFormationYaml } from './synth/print';
import { probeDesigns } from './synth/probeDesigns';
import { synthesize } from './synth/synthesize';
import { fixtureNames, loadFixture } from '../testing/fixtures';

const valid = probeDesigns.everything;

describe('generate', () => {
  it('returns the template and every file for a valid design', () => {
    const result = generate(valid);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const template = synthesize(valid, { pathMetadata: true });
    expect(result.template).toEqual(template);
    expect(result.files['cloudformation-json']).toBe(printCloudFormationJson(template));
    expect(result.files['cloudformation-yaml']).toBe(printCloudFormationYaml(template));
    expect(result.files['cdk-typescript']).toBe(generateTypeScript(valid));
    expect(Object.keys(result.files)).toEqual(OUTPUT_PRINTERS.map((printer) => printer.kind));
  });

  it('prints only the files asked for, with the same diagnostics and template', () => {
    const all = generate(valid);
    const some = generate(valid, { outputs: ['cloudformation-yaml'] });
    expect(Object.keys(some.files)).toEqual(['cloudformation-yaml']);
    expect(some.files['cloudformation-yaml']).toBe(all.files['cloudformation-yaml']);
    expect(some.template).toEqual(all.template);
    expect(some.diagnostics).toEqual(all.diagnostics);
    expect(generate(valid, { outputs: [] }).files).toEqual({});
  });

  it('turns path metadata off when asked, and only then', () => {
    const withMetadata = generate(valid, {}).template as Record<string, unknown>;
    const without = generate(valid, { pathMetadata: false }).template as Record<string, unknown>;
    expect(JSON.stringify(withMetadata)).toContain('aws:cdk:path');
    expect(JSON.stringify(without)).not.toContain('aws:cdk:path');
    expect(without).toEqual(synthesize(valid, { pathMetadata: false }));
  });

  it.each(fixtureNames())(
    'fixture %s: a template when no error, the CloudFormation files with it',
    (name) => {
      const result = generate(loadFixture(name));
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      expect(errors).toEqual([]);
      expect(result.template).not.toBeNull();
      expect(result.files['cloudformation-yaml']).toBeDefined();
    },
  );

  it('keeps producing the template when there are only warnings', () => {
    const design: Design = structuredClone(probeDesigns.everything);
    design.methods[0].integration = { ...design.methods[0].integration, timeout: { seconds: 60 } };
    const result = generate(design);
    expect(result.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
    expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(false);
    expect(result.template).not.toBeNull();
  });

  it('gives errors, no template and no CloudFormation files for a design with dangling references', () => {
    const design: Design = structuredClone(probeDesigns.everything);
    design.methods[0].function = 'Nowhere';
    design.methods[1].integration = { vpcLink: 'NoLink', credentialsRole: 'NoRole' };
    const result = generate(design);
    expect(result.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThanOrEqual(3);
    expect(result.diagnostics.every((d) => typeof d.message === 'string' && d.message.length > 0)).toBe(true);
    expect(result.template).toBeNull();
    expect(result.files['cloudformation-json']).toBeUndefined();
    expect(result.files['cloudformation-yaml']).toBeUndefined();
  });

  it('reports what CDK would refuse while synthesizing as an error, without a template', () => {
    const design: Design = structuredClone(probeDesigns.reservedIds);
    design.methods[1].path = '/items/Default';
    const result = generate(design);
    expect(result.template).toBeNull();
    expect(result.files['cloudformation-yaml']).toBeUndefined();
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toContain(
      "section 'Resources' already contains 'items07D08F4B'",
    );
  });

  it('never throws, whatever it is given', () => {
    const junk: unknown[] = [
      undefined,
      null,
      0,
      'design',
      [],
      {},
      { version: 1 },
      { version: 1, methods: null },
    ];
    for (const input of junk) {
      const result = generate(input as Design);
      expect(result.template).toBeNull();
      expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('never throws on designs with random parts replaced', () => {
    const base = JSON.stringify(probeDesigns.everything);
    const paths = collectPaths(JSON.parse(base) as unknown);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          const design = JSON.parse(base) as Design;
          for (const [path, value] of edits) setAt(design, path, value);
          const result = generate(design);
          expect(Array.isArray(result.diagnostics)).toBe(true);
          if (result.diagnostics.some((d) => d.severity === 'error')) {
            expect(result.template).toBeNull();
            expect(result.files['cloudformation-json']).toBeUndefined();
          } else {
            expect(result.files['cloudformation-json']).toBeDefined();
          }
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});

function collectPaths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index): [number, unknown] => [index, item])
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, child]) => collectPaths(child, [...prefix, key]))];
}

function setAt(root: unknown, path: Array<string | number>, value: unknown): void {
  if (path.length === 0) return;
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (next === null || typeof next !== 'object') return;
    target = next as Record<string | number, unknown>;
  }
  target[path[path.length - 1]] = value;
}
