/**
 * The exported suite is a real Vitest file: it type-checks with the TypeScript compiler and, run by
 * Vitest in a child process against this repository's CLI (built with cli/build.mjs) and core,
 * passes; a wrong expectation makes it fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDesignEdits } from '../design/edits';
import type { Design } from '../design/types';
import { scenarioById } from '../gallery';
// @ts-expect-error -- a plain ES module without types (the build script).
import { buildCli } from '../../../cli/build.mjs';
import { exportSuiteAsVitest } from '.';

const repo = resolve(import.meta.dirname, '../../..');
const vitestBin = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
let dir = '';
let cli = '';

beforeAll(async () => {
  // Inside the repository (node_modules is ignored by git) so `vitest` resolves from the test file.
  const cache = join(repo, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  dir = mkdtempSync(join(cache, 'suite-export-'));
  writeFileSync(join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.ts'] } };\n");
  cli = await (buildCli as (outfile: string) => Promise<string>)(join(dir, 'integration-studio.cjs'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function typecheck(files: string[]): Record<string, string[]> {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    allowImportingTsExtensions: true,
  });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  return Object.fromEntries(
    files.map((file) => [
      file,
      diagnostics
        .filter((d) => d.file?.fileName === file)
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    ]),
  );
}

interface JsonReport {
  testResults: Array<{
    name: string;
    assertionResults: Array<{ title: string; status: string; failureMessages: string[] }>;
  }>;
}

/** Runs Vitest once over the exported files (a child process, as a user's CI would). */
function runVitest(files: string[]): JsonReport {
  const report = join(dir, 'report.json');
  spawnSync(
    process.execPath,
    [vitestBin, 'run', '--root', dir, '--reporter', 'json', '--outputFile', report, ...files],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, INTEGRATION_STUDIO_CLI: cli, CI: 'true', FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  return JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
}

const outcomes = (report: JsonReport, file: string) =>
  report.testResults
    .find((r) => r.name === file)
    ?.assertionResults.map((a) => [a.title, a.status, a.failureMessages.join('').split('\n')[0]]);

/** The design with one more sample, which runs the function's code and expects status 200. */
const withCodeSample = (design: Design): Design => ({
  ...design,
  samples: [
    ...(design.samples ?? []),
    { ...design.samples![0], name: 'runs code', lambda: { runCode: true }, expect: { status: 200 } },
  ],
});

describe('exportSuiteAsVitest', () => {
  const scenario = scenarioById('lambda-errors-to-status-codes')!;

  it('writes one test per expected sample, grouped by method, with the expected values', () => {
    const text = exportSuiteAsVitest(scenario.design, { target: { kind: 'cli' } });
    expect(text).toContain('describe("GET /pets/{petId}", () => {');
    expect(text.match(/^ {2}test\(/gm)).toHaveLength(4);
    expect(text).toContain('expect(response.status).toBe(404);');
    expect(text).toContain('process.env.INTEGRATION_STUDIO_CLI ?? "integration-studio"');
    const none = exportSuiteAsVitest({ ...scenario.design, samples: [] }, { target: { kind: 'cli' } });
    expect(none).toContain('test.todo(');
  });

  it("leaves out samples that run the function's code, and says so at the top of the file", () => {
    const first = scenario.design.samples![0];
    const design = {
      ...scenario.design,
      samples: [
        ...scenario.design.samples!,
        { ...first, name: 'real code', lambda: { runCode: true as const } },
      ],
    };
    const text = exportSuiteAsVitest(design, { target: { kind: 'cli' } });
    expect(text.match(/^ {2}test\(/gm)).toHaveLength(4);
    expect(text).not.toContain('test("real code"');
    expect(text).not.toContain('"name": "real code"');
    const note = text.split('\n').filter((line) => line.startsWith('//'));
    expect(note).toContain(`//   - ${first.method}: "real code"`);
    expect(note.join('\n')).toContain(
      'the CLI and simulate() cannot run it and would report simulate/code-not-run',
    );
    const only = exportSuiteAsVitest(
      { ...design, samples: [design.samples.at(-1)!] },
      { target: { kind: 'cli' } },
    );
    expect(only).toContain("test.todo('give a sample a result or an error (not runCode)");
  });

  it('type-checks, and run by Vitest passes against this repository’s CLI and core; a wrong expectation fails', () => {
    const cliPass = join(dir, 'cli-pass.test.ts');
    writeFileSync(
      cliPass,
      // A sample that runs code is left out, so the file still passes.
      exportSuiteAsVitest(withCodeSample(scenarioById('cors-headers')!.design), { target: { kind: 'cli' } }),
    );
    const cliFail = join(dir, 'cli-fail.test.ts');
    const wrong = applyDesignEdits(scenario.design, [{ path: '/samples/2/expect/status', value: 410 }]);
    writeFileSync(
      cliFail,
      exportSuiteAsVitest(wrong, { target: { kind: 'cli' }, method: 'GET /pets/{petId}' }),
    );
    const core = join(dir, 'core.test.ts');
    const importPath = join(repo, 'src', 'core', 'index.ts');
    writeFileSync(core, exportSuiteAsVitest(scenario.design, { target: { kind: 'core', importPath } }));
    expect(typecheck([cliPass, cliFail, core])).toEqual({ [cliPass]: [], [cliFail]: [], [core]: [] });

    const report = runVitest([cliPass, cliFail, core]);
    expect(outcomes(report, cliPass)).toEqual([
      ['cross-origin GET', 'passed', ''],
      ['preflight', 'passed', ''],
    ]);
    expect(outcomes(report, cliFail)).toEqual([
      ['found', 'passed', ''],
      ['bad id', 'passed', ''],
      ['not found', 'failed', 'AssertionError: expected 404 to be 410 // Object.is equality'],
      ['crash', 'passed', ''],
    ]);
    expect(outcomes(report, core)?.map(([title, status]) => [title, status])).toEqual([
      ['found', 'passed'],
      ['bad id', 'passed'],
      ['not found', 'passed'],
      ['crash', 'passed'],
    ]);
  });
});
