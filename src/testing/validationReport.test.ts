/**
 * The harness synthesizes with `@aws-cdk/core:failSynthOnValidationErrors: false`, so an app never
 * fails on CDK's template validation; `validationErrors(assemblyDir)` reads the findings from
 * validation-report.json instead. This checks, with the real aws-cdk CLI in a project with the
 * feature flags `cdk init` writes (`@aws-cdk/core:validateAgainstDefaultRules` among them), that
 * `cdk synth` exits 1 exactly when the report has error-level findings, and prints each of them.
 */
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../core/design/types';
import { generate } from '../core/generate';
import {
  cdkCliBin,
  cdkCliEnv,
  cdkInitContext,
  removeAssembly,
  synthTypeScriptAppToAssembly,
  validationErrors,
} from './cdkHarness';
import { designWith, firstMethod, nonProxyDesign } from './designMutations';

const nodeModules = join(dirname(dirname(cdkCliBin)), '..');

/** `cdk synth` of the app in a project whose cdk.json is what `cdk init` writes. */
function cliSynth(projectDir: string, source: string): { status: number | null; stderr: string } {
  const entry = join(projectDir, 'app.ts');
  writeFileSync(entry, source);
  buildSync({
    entryPoints: [entry],
    outfile: join(projectDir, 'app.js'),
    bundle: true,
    platform: 'node',
    packages: 'external',
    logLevel: 'silent',
  });
  // As in a user's shell: NODE_ENV=test (set by vitest) would make aws-cdk-lib throw the report instead.
  const env: Record<string, string | undefined> = { ...process.env, ...cdkCliEnv };
  delete env.NODE_ENV;
  const run = spawnSync(
    process.execPath,
    [cdkCliBin, 'synth', '--quiet', '--no-version-reporting', '--no-notices', '--no-color'],
    { cwd: projectDir, env, encoding: 'utf8' },
  );
  return { status: run.status, stderr: run.stderr };
}

const designs: Array<{ name: string; design: () => Design }> = [
  { name: 'a valid design', design: nonProxyDesign },
  {
    name: 'a content type without a letter or digit (F3002) and a repeated method response (F3037)',
    design: () => {
      const design = nonProxyDesign();
      firstMethod(design).integration!.requestTemplates = { '.': '{}' };
      firstMethod(design).options!.methodResponses = [{ statusCode: '200' }, { statusCode: '200' }];
      return design;
    },
  },
  {
    name: 'a lone surrogate (F1101)',
    design: () => designWith((d) => (d.api.description = 'pets \ud83d')),
  },
];

describe('validationErrors(assemblyDir) against the aws-cdk CLI', () => {
  let projectDir = '';
  beforeAll(() => {
    projectDir = mkdtempSync(join(tmpdir(), 'cdk-validate-'));
    symlinkSync(nodeModules, join(projectDir, 'node_modules'), 'dir');
    writeFileSync(
      join(projectDir, 'cdk.json'),
      JSON.stringify({ app: 'node app.js', context: cdkInitContext() }, undefined, 2),
    );
    expect(cdkInitContext()['@aws-cdk/core:validateAgainstDefaultRules']).toBe(true);
  });
  afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

  for (const { name, design } of designs) {
    it(`cdk synth fails exactly when the report has errors: ${name}`, () => {
      const source = generate(design()).files['cdk-typescript'] as string;
      const assembly = synthTypeScriptAppToAssembly(source, { pathMetadata: true });
      const errors = validationErrors(assembly.assemblyDir);
      removeAssembly(assembly.assemblyDir);

      const cli = cliSynth(projectDir, source);
      expect(cli.status, cli.stderr).toBe(errors.length > 0 ? 1 : 0);
      for (const error of errors) {
        expect(cli.stderr).toContain(`ERROR ${error.description} (CloudFormation Validate)`);
      }
      if (errors.length > 0) expect(cli.stderr).toContain('Synthesis finished with errors');
      // generate() refuses the same designs, with the report's text.
      const ours = generate(design()).diagnostics.filter((d) => d.severity === 'error');
      expect(ours.map((d) => d.message).sort()).toEqual(errors.map((e) => e.description).sort());
    });
  }
});
