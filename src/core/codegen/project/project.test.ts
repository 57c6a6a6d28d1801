import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../design/types';
import { generate } from '../../generate';
import { validDesign } from '../../../testing/arbitraries';
import { cdkInitContext, synthTypeScriptApp } from '../../../testing/cdkHarness';
import { loadParsers, parseProgram, type CodeLanguage } from '../../../testing/codeGrammars';
import { fixtureNames, loadFixture } from '../../../testing/fixtures';
import { CDK_INIT_FEATURE_FLAGS } from './featureFlags';
import { CDK_VERSIONS, PROJECT_LANGUAGES, projectFiles, type ProjectFiles } from './projectFiles';
import { projectZip } from './projectZip';

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string =>
  (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/** The project's bin/ entry bundled with its lib/ modules (CDK itself stays external), as tsx runs it. */
async function bundleTypeScriptProject(files: ProjectFiles): Promise<string> {
  const bin = Object.keys(files).find((path) => path.startsWith('bin/')) ?? '';
  const project: Plugin = {
    name: 'project-files',
    setup(build) {
      build.onResolve({ filter: /^\.\.\/lib\// }, (args) => ({
        path: `${args.path.slice(3)}.ts`,
        namespace: 'project',
      }));
      build.onLoad({ filter: /.*/, namespace: 'project' }, (args) => ({
        contents: files[args.path],
        loader: 'ts',
      }));
    },
  };
  const result = await build({
    stdin: { contents: files[bin], loader: 'ts', sourcefile: bin },
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    external: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs'],
    plugins: [project],
    logLevel: 'silent',
  });
  // Node skips a file's hashbang line; a Function body (the harness) cannot.
  return result.outputFiles[0].text.replace(/^#!.*\n/, '');
}

describe('the downloadable TypeScript project', () => {
  const designs: Array<[string, Design]> = [
    ...fixtureNames().map((name): [string, Design] => [name, loadFixture(name)]),
    ...fc
      .sample(validDesign(), { numRuns: 20, seed: 6061 })
      .map((d, i): [string, Design] => [`random-${i}`, d]),
  ];

  it.each(designs)(
    '%s: bin/ and lib/ synthesize with aws-cdk-lib to the template generate() shows',
    async (_, design) => {
      const expected = generate(design).template;
      expect(expected).not.toBeNull();
      const files = projectFiles(design, 'typescript');
      const template = synthTypeScriptApp(await bundleTypeScriptProject(files), { pathMetadata: true });
      expect(template).toEqual(expected);
    },
  );

  it('has the files cdk init gives, pinned to the versions the template was checked against', () => {
    const files = projectFiles(loadFixture('pets-basic'), 'typescript');
    expect(Object.keys(files).sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'bin/pets.ts',
        'cdk.json',
        'lib/pets-stack.ts',
        'package.json',
        'tsconfig.json',
      ].sort(),
    );
    const pkg = JSON.parse(files['package.json']) as Record<string, Record<string, string>>;
    expect(pkg.dependencies).toEqual({
      'aws-cdk-lib': versionOf('aws-cdk-lib'),
      constructs: versionOf('constructs'),
    });
    expect(pkg.devDependencies['aws-cdk']).toBe(versionOf('aws-cdk'));
    expect(files['README.md']).toContain('`cdk synth`');
    expect(files['README.md']).toContain('`cdk deploy`');
  });
});

describe('project files in every language', () => {
  it('pin the versions installed here', () => {
    expect(CDK_VERSIONS.awsCdkLib).toBe(versionOf('aws-cdk-lib'));
    expect(CDK_VERSIONS.constructs).toBe(versionOf('constructs'));
    expect(CDK_VERSIONS.awsCdkCli).toBe(versionOf('aws-cdk'));
  });

  it('write the feature flags cdk init writes to cdk.json (read from the installed aws-cdk CLI)', () => {
    expect(CDK_INIT_FEATURE_FLAGS).toEqual(cdkInitContext());
    expect(Object.keys(CDK_INIT_FEATURE_FLAGS)).toEqual(Object.keys(cdkInitContext()));
    for (const language of PROJECT_LANGUAGES) {
      const config = JSON.parse(projectFiles(loadFixture('pets-basic'), language)['cdk.json']) as {
        app: string;
        context: unknown;
      };
      expect(config.context, language).toEqual(cdkInitContext());
      expect(config.app, language).toMatch(/\S/);
    }
  });

  it('lay out each language as cdk init does', () => {
    const design = loadFixture('pets-basic');
    expect(Object.keys(projectFiles(design, 'python')).sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'app.py',
        'cdk.json',
        'pets/__init__.py',
        'pets/pets_stack.py',
        'requirements.txt',
      ].sort(),
    );
    expect(Object.keys(projectFiles(design, 'java')).sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'cdk.json',
        'pom.xml',
        'src/main/java/com/myorg/PetsApp.java',
        'src/main/java/com/myorg/PetsStack.java',
      ].sort(),
    );
    expect(Object.keys(projectFiles(design, 'csharp')).sort()).toEqual(
      [
        '.gitignore',
        'README.md',
        'cdk.json',
        'src/Pets/Pets.csproj',
        'src/Pets/PetsStack.cs',
        'src/Pets/Program.cs',
      ].sort(),
    );
    expect(Object.keys(projectFiles(design, 'go')).sort()).toEqual(
      ['.gitignore', 'README.md', 'cdk.json', 'go.mod', 'main.go'].sort(),
    );
    expect(projectFiles(design, 'python')['app.py']).toContain('from pets.pets_stack import PetsStack');
    expect(projectFiles(design, 'go')['README.md']).toContain('logical ID');
  });

  describe('source files parse with their grammars', () => {
    let parsers: Awaited<ReturnType<typeof loadParsers>>;
    beforeAll(async () => {
      parsers = await loadParsers();
    });
    const grammarOf: Record<string, CodeLanguage> = {
      ts: 'typescript',
      py: 'python',
      java: 'java',
      cs: 'csharp',
      go: 'go',
    };
    it.each(fixtureNames())('%s', (name) => {
      for (const language of PROJECT_LANGUAGES) {
        for (const [path, text] of Object.entries(projectFiles(loadFixture(name), language))) {
          const grammar = grammarOf[path.slice(path.lastIndexOf('.') + 1)];
          if (!grammar) continue;
          expect(parseProgram(parsers, grammar, text).errors, `${language} ${path}\n${text}`).toEqual([]);
        }
      }
    });
  });

  it('zip into one folder, reproducibly', () => {
    const design = loadFixture('pets-basic');
    for (const language of PROJECT_LANGUAGES) {
      const zip = projectZip(design, language);
      expect(zip.fileName).toBe(`pets-${language}.zip`);
      const unzipped = unzipSync(zip.bytes);
      const files = projectFiles(design, language);
      expect(Object.keys(unzipped).sort()).toEqual(
        Object.keys(files)
          .map((p) => `pets-${language}/${p}`)
          .sort(),
      );
      for (const [path, text] of Object.entries(files))
        expect(strFromU8(unzipped[`pets-${language}/${path}`])).toBe(text);
      expect(projectZip(design, language).bytes).toEqual(zip.bytes);
    }
  });
});
