/**
 * `generate --out-dir DIR --project LANGUAGE` as a process: the runnable CDK project of the app's
 * "Download project" written into a folder. The TypeScript project's bin/ and lib/ files, bundled
 * from the folder as `tsx` runs them, synthesize with the real aws-cdk-lib to generate().template.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/core';
import { PROJECT_LANGUAGES, projectFiles } from '../src/core/codegen/project/projectFiles';
import { synthTypeScriptApp } from '../src/testing/cdkHarness';
import { loadFixture } from '../src/testing/fixtures';
// @ts-expect-error -- a plain ES module without types (the build script).
import { buildCli } from './build.mjs';

let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-project-'));
  cli = await (buildCli as (outfile: string) => Promise<string>)(join(dir, 'integration-studio.cjs'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function designFile(name: string, design: unknown): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(design));
  return path;
}

/** Every file under `root`, as paths relative to it with `/`. */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => statSync(join(root, path)).isFile())
    .map((path) => relative(root, join(root, path)).split('\\').join('/'))
    .sort();
}

/** The project's bin/ entry bundled from disk with its lib/ modules, CDK itself left external. */
async function bundleFromDisk(projectDir: string): Promise<string> {
  const bin = filesUnder(projectDir).find((path) => path.startsWith('bin/'));
  expect(bin).toBeDefined();
  const result = await build({
    entryPoints: [join(projectDir, bin!)],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    external: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs'],
    logLevel: 'silent',
  });
  // Node skips a file's hashbang line; the harness runs the text as a function body, which cannot.
  return result.outputFiles[0].text.replace(/^#!.*\n/, '');
}

describe('generate --project', () => {
  it.each(['pets-basic', 'multi-function-roles'])(
    '%s: the TypeScript project written to disk synthesizes with aws-cdk-lib to the template generate() shows',
    async (name) => {
      const design = loadFixture(name);
      const outDir = join(dir, `${name}-typescript`);
      const result = run([
        'generate',
        designFile(name, design),
        '--out-dir',
        outDir,
        '--project',
        'typescript',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      const expectedFiles = projectFiles(design, 'typescript');
      const summary = JSON.parse(result.stdout) as { outDir: string; project: string; written: string[] };
      expect(summary).toMatchObject({ outDir, project: 'typescript', diagnostics: [] });
      expect([...summary.written].sort()).toEqual(Object.keys(expectedFiles).sort());
      expect(filesUnder(outDir)).toEqual(Object.keys(expectedFiles).sort());
      const template = synthTypeScriptApp(await bundleFromDisk(outDir), { pathMetadata: true });
      expect(template).toEqual(generate(design).template);
    },
  );

  it('writes each language the files of its Download project zip', () => {
    const design = loadFixture('pets-basic');
    const path = designFile('pets', design);
    for (const language of PROJECT_LANGUAGES) {
      const outDir = join(dir, `pets-${language}`);
      const result = run(['generate', path, '--out-dir', outDir, '--project', language]);
      expect(result.code, result.stderr).toBe(0);
      const expected = projectFiles(design, language);
      expect(filesUnder(outDir), language).toEqual(Object.keys(expected).sort());
      for (const [file, text] of Object.entries(expected))
        expect(readFileSync(join(outDir, file), 'utf8'), `${language} ${file}`).toBe(text);
    }
    expect(filesUnder(join(dir, 'pets-go'))).toContain('go.mod');
    expect(filesUnder(join(dir, 'pets-python'))).toContain('pets/pets_stack.py');
  });

  it('writes nothing for a design with errors and exits 1', () => {
    const design = loadFixture('pets-basic');
    design.methods[0].function = 'Missing';
    const outDir = join(dir, 'invalid-project');
    const result = run(['generate', designFile('invalid', design), '--out-dir', outDir, '--project', 'go']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: .*\(at \/methods\/0\/function\)/);
    expect(result.stderr).toContain('no project written because the design has errors');
    expect(JSON.parse(result.stdout)).toMatchObject({ project: 'go', written: [] });
    expect(existsSync(outDir)).toBe(false);
  });

  it('is wrong usage without --out-dir, with --output, or with an unknown language (exit 2)', () => {
    const path = designFile('usage', loadFixture('pets-basic'));
    const noDir = run(['generate', path, '--project', 'python']);
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('--project needs --out-dir');
    const withOutput = run([
      'generate',
      path,
      '--out-dir',
      join(dir, 'x'),
      '--project',
      'java',
      '-o',
      'cdk-java',
    ]);
    expect(withOutput.code).toBe(2);
    expect(withOutput.stderr).toContain('leave out --output');
    const cobol = run(['generate', path, '--out-dir', join(dir, 'y'), '--project', 'cobol']);
    expect(cobol.code).toBe(2);
    expect(cobol.stderr).toContain(
      'unknown project language "cobol"; choose from typescript, python, java, csharp, go',
    );
    expect(existsSync(join(dir, 'x'))).toBe(false);
    expect(existsSync(join(dir, 'y'))).toBe(false);
    expect(run(['generate', '--help']).stdout).toContain('--project LANGUAGE');
  });
});
