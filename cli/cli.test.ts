/**
 * The CLI as a process: built with esbuild from the same core (cli/build.mjs), run with Node,
 * checked on exit codes, stdout and stderr.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, importDesign } from '../src/core';
import { loadFixture } from '../src/testing/fixtures';
// @ts-expect-error -- a plain ES module without types (the build script).
import { buildCli } from './build.mjs';

let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-test-'));
  cli = await (buildCli as (outfile: string) => Promise<string>)(join(dir, 'integration-studio.cjs'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    input: stdin ?? '',
    encoding: 'utf8',
    cwd: dir,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const fixture = (name: string) => file(`${name}.json`, loadFixture(name));

describe('integration-studio', () => {
  it('prints usage; no command is wrong usage', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stderr: '' });
    expect(run(['--help']).stdout).toContain('render');
    expect(run([]).code).toBe(2);
    const unknown = run(['deploy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "deploy"');
    expect(run(['validate', '--bogus', 'x.json']).code).toBe(2);
  });

  describe('validate', () => {
    it('accepts a valid design', () => {
      const result = run(['validate', fixture('pets-basic')]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ valid: true, diagnostics: [] });
      expect(result.stderr).toBe('');
    });

    it('reports errors on stderr and exits 1', () => {
      const design = loadFixture('pets-basic');
      design.methods[0].function = 'Missing';
      const result = run(['validate', file('broken.json', design)]);
      expect(result.code).toBe(1);
      const out = JSON.parse(result.stdout) as {
        valid: boolean;
        diagnostics: Array<{ severity: string; path?: string }>;
      };
      expect(out.valid).toBe(false);
      const error = out.diagnostics.find((d) => d.severity === 'error');
      expect(error?.path).toBe('/methods/0/function');
      expect(result.stderr).toMatch(/error: .*\(at \/methods\/0\/function\)/);
    });

    it('reads standard input, and refuses what is not JSON with exit 2', () => {
      expect(run(['validate', '-'], JSON.stringify(loadFixture('pets-basic'))).code).toBe(0);
      expect(run(['validate'], JSON.stringify(loadFixture('pets-basic'))).code).toBe(0);
      const notJson = run(['validate', file('not.json', '{ nope')]);
      expect(notJson.code).toBe(2);
      expect(notJson.stderr).toContain('is not valid JSON');
      const missing = run(['validate', join(dir, 'absent.json')]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('no such file');
    });
  });

  describe('generate', () => {
    it('prints one chosen output exactly as the core generates it', () => {
      const design = loadFixture('multi-function-roles');
      const expected = generate(design).files;
      const path = fixture('multi-function-roles');
      for (const kind of ['cloudformation-yaml', 'openapi-json', 'sam-yaml', 'cdk-typescript'] as const) {
        const result = run(['generate', path, '--output', kind]);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(expected[kind]);
      }
    });

    it('prints several outputs as JSON, and honours --no-path-metadata', () => {
      const design = loadFixture('pets-basic');
      const result = run([
        'generate',
        fixture('pets-basic'),
        '-o',
        'cloudformation-json,openapi-yaml',
        '--no-path-metadata',
      ]);
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as { files: Record<string, string> };
      expect(Object.keys(out.files)).toEqual(['cloudformation-json', 'openapi-yaml']);
      expect(out.files['cloudformation-json']).toBe(
        generate(design, { pathMetadata: false }).files['cloudformation-json'],
      );
      expect(out.files['cloudformation-json']).not.toContain('aws:cdk:path');
    });

    it('writes a project folder', () => {
      const outDir = join(dir, 'project');
      const result = run(['generate', fixture('root-proxy-any'), '--out-dir', outDir]);
      expect(result.code).toBe(0);
      const design = loadFixture('root-proxy-any');
      const files = generate(design).files;
      const template = join(outDir, 'cloudformation', `${design.stack.id}.template.json`);
      expect(readFileSync(template, 'utf8')).toBe(files['cloudformation-json']);
      expect(readFileSync(join(outDir, 'sam', 'template.yaml'), 'utf8')).toBe(files['sam-yaml']);
      expect(readFileSync(join(outDir, 'openapi', 'openapi.yaml'), 'utf8')).toBe(files['openapi-yaml']);
      expect(existsSync(join(outDir, 'cdk', 'typescript', 'app.ts'))).toBe(true);
      expect(JSON.parse(readFileSync(join(outDir, 'design.json'), 'utf8'))).toEqual(design);
    });

    it('withholds the CloudFormation of a design with errors and exits 1', () => {
      const design = loadFixture('pets-basic');
      design.methods[0].function = 'Missing';
      const result = run(['generate', file('invalid.json', design), '-o', 'cloudformation-json']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('not generated because the design has errors: cloudformation-json');
      expect(run(['generate', fixture('pets-basic'), '-o', 'cobol']).code).toBe(2);
    });
  });

  describe('render', () => {
    const template = `{ "id": "$input.params('petId')", "name": $input.json('$.name') }`;
    const request = {
      method: 'POST',
      path: '/pets/{petId}',
      pathParameters: { petId: '7' },
      body: '{"name": "Rex"}',
    };

    it('renders a template against a request from files', () => {
      const result = run([
        'render',
        '--template',
        file('t.vtl', template),
        '--request',
        file('r.json', request),
      ]);
      expect(result).toEqual({ code: 0, stdout: '{ "id": "7", "name": "Rex" }', stderr: '' });
    });

    it('renders a job from standard input, in the response phase', () => {
      const job = {
        template: "#set($b = $input.path('$'))$b.message / $input.params('petId')",
        request,
        phase: 'response',
        integrationResponse: { statusCode: 200, body: '{"message": "created"}' },
      };
      const result = run(['render', '--json'], JSON.stringify(job));
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ output: 'created / 7', failure: null });
    });

    it('exits 1 with a positioned error when API Gateway would fail', () => {
      const result = run(['render', '-t', file('bad.vtl', '#if('), '-r', file('r.json', request)]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/bad\.vtl:1:\d+: error: /);
      expect(result.stderr).toContain('API Gateway would fail the request');
    });
  });

  describe('simulate', () => {
    const request = { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '7' } };

    it('runs a request through a method and prints the response and the steps', () => {
      const design = loadFixture('pets-basic');
      const lambda = { result: { id: '7', name: 'Rex' } };
      const result = run([
        'simulate',
        fixture('pets-basic'),
        '--method',
        'GET /pets/{petId}',
        '--request',
        file('get.json', request),
        '--lambda',
        file('ok.json', lambda),
      ]);
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as { status: number; steps: Array<{ stage: string }> };
      expect(out.steps.map((s) => s.stage)).toEqual([
        'Method request',
        'Integration request',
        'Lambda',
        'Integration response',
        'Method response',
      ]);
      expect(typeof out.status).toBe('number');
      expect(design.methods[0].path).toBe('/pets/{petId}');
    });

    it('runs a sample saved in the design', () => {
      const design = loadFixture('pets-basic');
      design.samples = [
        {
          name: 'lambda fails',
          method: 'GET /pets/{petId}',
          request,
          lambda: { error: { errorMessage: 'boom', errorType: 'Error' } },
        },
      ];
      const result = run(['simulate', file('with-samples.json', design), '--sample', 'lambda fails']);
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as {
        status: number;
        steps: Array<{ stage: string; log: string[] }>;
      };
      expect(out.status).toBeGreaterThanOrEqual(400);
      expect(out.steps.find((s) => s.stage === 'Lambda')?.log.join('\n')).toContain('boom');
    });

    it("says that a sample running the function's code runs only in the app", () => {
      const design = loadFixture('pets-basic');
      design.samples = [
        { name: 'code', method: 'GET /pets/{petId}', request: {}, lambda: { runCode: true } },
      ];
      const result = run(['simulate', file('run-code.json', design), '--sample', 'code']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain("This sample runs the function's code, which only the app runs");
      const out = JSON.parse(result.stdout) as { diagnostics: Array<{ code: string }> };
      expect(out.diagnostics.map((d) => d.code)).toContain('simulate/code-not-run');
    });

    it('says what is missing', () => {
      const result = run(['simulate', fixture('pets-basic'), '--method', 'GET /pets/{petId}']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('simulate needs --lambda');
      const noSample = run(['simulate', fixture('pets-basic'), '--sample', 'nope']);
      expect(noSample.code).toBe(2);
      expect(noSample.stderr).toContain('no sample named "nope"');
    });
  });

  describe('import', () => {
    it('rebuilds a design from CloudFormation YAML on standard input', () => {
      const design = loadFixture('pets-basic');
      const yaml = generate(design).files['cloudformation-yaml'] as string;
      const result = run(['import', '-'], yaml);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual(importDesign(yaml).design);
      expect(result.stderr).toBe('');
    });

    it('lists what it could not map, and fails on what is not a template', () => {
      const template = generate(loadFixture('pets-basic')).template as { Resources: Record<string, unknown> };
      template.Resources.Table = { Type: 'AWS::DynamoDB::Table', Properties: {} };
      const partial = run(['import', file('partial.json', template)]);
      expect(partial.code).toBe(0);
      expect(partial.stderr).toBe(
        'unmapped: Resource Table (AWS::DynamoDB::Table): not part of an API Gateway → Lambda design.\n',
      );
      expect(JSON.parse(partial.stdout).methods).toHaveLength(2);
      const empty = run(
        ['import', '-'],
        JSON.stringify({ Resources: { Api: { Type: 'AWS::ApiGateway::RestApi' } } }),
      );
      expect(empty.code).toBe(1);
      expect(empty.stderr).toContain("error: The REST API doesn't contain any methods");
      const garbage = run(['import', file('garbage.yaml', 'just: [text')]);
      expect(garbage.code).toBe(1);
      expect(garbage.stderr).toMatch(/error: /);
      expect(garbage.stdout).toBe('');
    });
  });
});
