/**
 * A design's sample suite as a Vitest test file: one test per sample with an expectation, grouped
 * by method, each running the sample through the project's CLI (`integration-studio simulate`) or
 * its core (`simulate()`), so a suite built in the designer can guard the same design in CI.
 */
import type { Design, SampleDesign, SampleExpectation } from '../design/types';
import { isRunCodeOutcome } from '../design/types';
import { DEFAULT_LAMBDA_OUTCOME } from './run';

export type SuiteTarget =
  /** Runs `<command> simulate - ` with the one-sample design on standard input. */
  | { kind: 'cli'; command?: string }
  /** Imports `simulate` from this module (e.g. the path of the project's src/core). */
  | { kind: 'core'; importPath: string };

export interface ExportOptions {
  target: SuiteTarget;
  /** Only this method's samples ("GET /pets/{petId}"); all methods when left out. */
  method?: string;
}

const lit = (value: string) => JSON.stringify(value);

/** JSON as a TypeScript expression, indented to sit at `indent`. */
function json(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

function assertions(expect: SampleExpectation, indent: string): string[] {
  const lines: string[] = [];
  if (expect.status !== undefined) lines.push(`expect(response.status).toBe(${expect.status});`);
  if (expect.body !== undefined) lines.push(`expect(response.body).toBe(${lit(expect.body)});`);
  if (expect.bodyJson !== undefined) {
    lines.push(`expect(JSON.parse(response.body)).toEqual(${json(expect.bodyJson, indent)});`);
  }
  for (const [name, value] of Object.entries(expect.headers ?? {})) {
    lines.push(`expect(header(response, ${lit(name)})).toBe(${lit(value)});`);
  }
  return lines;
}

function sampleTest(sample: SampleDesign, index: number): string {
  const body = assertions(sample.expect ?? {}, '    ').map((line) => `    ${line}`);
  return [
    `  test(${lit(sample.name)}, async () => {`,
    `    const response = await run(${index});`,
    ...body,
    '  });',
  ].join('\n');
}

function cliRunner(command: string): string {
  return `const CLI = process.env.INTEGRATION_STUDIO_CLI ?? ${lit(command)};

/** The sample's simulated answer: \`integration-studio simulate -\` with a one-sample design on stdin. */
async function run(index: number): Promise<SimulatedResponse> {
  const sample = design.samples[index];
  const input = JSON.stringify({ ...design, samples: [sample] });
  const result = spawnSync(CLI, ['simulate', '-', '--sample', sample.name], { input, encoding: 'utf8' });
  if (result.error) throw result.error;
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as SimulatedResponse;
}`;
}

function coreRunner(): string {
  return `/** The sample's simulated answer from the core's simulate(). */
async function run(index: number): Promise<SimulatedResponse> {
  const sample = design.samples[index];
  const lambda = sample.lambda ?? ${JSON.stringify(DEFAULT_LAMBDA_OUTCOME)};
  const result = simulate(design as unknown as Design, sample.method, sample.request, lambda);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result;
}`;
}

/**
 * Why samples that run the function's code are not in the file: the CLI and simulate() cannot run
 * code (they answer simulate/code-not-run), so such a test could only fail, whatever the code does.
 */
function codeSamplesNote(left: SampleDesign[]): string[] {
  if (left.length === 0) return [];
  return [
    '//',
    "// Not exported: these samples run the function's code, which only Integration Studio runs (in a Web",
    '// Worker, with "Run all"); the CLI and simulate() cannot run it and would report simulate/code-not-run.',
    '// Give such a sample a result or an error instead of runCode to test it here.',
    ...left.map((s) => `//   - ${s.method}: ${JSON.stringify(s.name)}`),
  ];
}

/**
 * The test file's text. Samples without an expectation are left out (they would check nothing), and
 * so are samples that run the function's code (listed in a comment at the top: see codeSamplesNote).
 */
export function exportSuiteAsVitest(design: Design, options: ExportOptions): string {
  const checked = (design.samples ?? []).filter(
    (s) => (options.method === undefined || s.method === options.method) && s.expect !== undefined,
  );
  const samples = checked.filter((s) => !isRunCodeOutcome(s.lambda));
  const runCode = checked.filter((s) => isRunCodeOutcome(s.lambda));
  const exported = { ...design, samples };
  const byMethod = new Map<string, Array<{ sample: SampleDesign; index: number }>>();
  samples.forEach((sample, index) => {
    const list = byMethod.get(sample.method) ?? [];
    list.push({ sample, index });
    byMethod.set(sample.method, list);
  });
  const target = options.target;
  const imports =
    target.kind === 'cli'
      ? [
          "import { spawnSync } from 'node:child_process';",
          "import { describe, expect, test } from 'vitest';",
        ]
      : [
          "import { describe, expect, test } from 'vitest';",
          `import { simulate, type Design } from ${lit(target.importPath)};`,
        ];
  const suites = [...byMethod].map(([method, list]) =>
    [
      `describe(${lit(method)}, () => {`,
      list.map((s) => sampleTest(s.sample, s.index)).join('\n\n'),
      '});',
    ].join('\n'),
  );
  return [
    `// Sample suite of ${design.stack.id}, exported by Integration Studio.`,
    target.kind === 'cli'
      ? "// Each test runs one sample through `integration-studio simulate` (set INTEGRATION_STUDIO_CLI to\n// the CLI's path if it is not on PATH) and checks the expected method response."
      : "// Each test runs one sample through the core's simulate() and checks the expected method response.",
    ...codeSamplesNote(runCode),
    ...imports,
    '',
    'interface SimulatedResponse {',
    '  status: number;',
    '  headers: Record<string, string>;',
    '  body: string;',
    '}',
    '',
    `const design = ${json(exported, '')};`,
    '',
    target.kind === 'cli' ? cliRunner(target.command ?? 'integration-studio') : coreRunner(),
    '',
    '/** A response header by name, whatever its case. */',
    'function header(response: SimulatedResponse, name: string): string | undefined {',
    '  const key = Object.keys(response.headers).find((k) => k.toLowerCase() === name.toLowerCase());',
    '  return key === undefined ? undefined : response.headers[key];',
    '}',
    '',
    ...(suites.length > 0
      ? suites.flatMap((s) => [s, ''])
      : runCode.length > 0
        ? [
            "test.todo('give a sample a result or an error (not runCode) and an expected status or body');",
            '',
          ]
        : ["test.todo('give the samples an expected status or body');", '']),
  ].join('\n');
}
