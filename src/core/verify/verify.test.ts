import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulate } from '..';
import { scenarioById } from '../gallery';
import {
  compareLogs,
  javaMapEntries,
  parseExecutionLog,
  parseTestInvokeOutput,
  shellQuote,
  summarize,
  testInvokeCommand,
} from '.';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-'));
  // A stand-in `aws` that prints the arguments the shell gave it, one JSON array per call.
  const fake = join(dir, 'aws');
  writeFileSync(
    fake,
    `#!/usr/bin/env node
const args = process.argv.slice(2);
if (args[1] === 'get-resources') { process.stdout.write('res123\\n'); }
else { process.stdout.write(JSON.stringify(args)); }
`,
  );
  chmodSync(fake, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a POSIX shell makes of a command line (the real oracle for quoting). */
function shell(command: string): string {
  const result = spawnSync('/bin/sh', ['-c', command], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${dir}:${process.env.PATH}` },
  });
  expect(result.stderr).toBe('');
  return result.stdout;
}

describe('shellQuote', () => {
  it('gives /bin/sh back every string as one word', () => {
    const words = [
      'plain',
      '',
      "it's",
      'a b',
      '$HOME `id` $(id)',
      '"quoted" \\ back',
      'new\nline',
      'ünï©ødé',
      "''",
      '{"a":"it\'s"}',
    ];
    for (const word of words) {
      expect(shell(`printf '%s' ${shellQuote(word)}`)).toBe(word);
    }
    expect(shellQuote('/pets/7')).toBe('/pets/7');
    expect(shellQuote('/pets/7?q=a&b')).toBe("'/pets/7?q=a&b'");
  });
});

describe('testInvokeCommand', () => {
  const scenario = scenarioById('lambda-errors-to-status-codes')!;
  const sample = scenario.design.samples![2];

  it('is the exact command for the sample', () => {
    const command = testInvokeCommand({
      design: scenario.design,
      method: sample.method,
      request: {
        ...sample.request,
        queryStringParameters: { q: 'a b', tag: 'x' },
        headers: { Accept: "it's/json" },
      },
      restApiId: 'x9y8z7w6v5',
      region: 'eu-west-1',
    });
    expect(command.command).toBe(
      [
        'aws apigateway test-invoke-method',
        '--rest-api-id x9y8z7w6v5',
        `--resource-id "$(aws apigateway get-resources --rest-api-id x9y8z7w6v5 --region eu-west-1 --query 'items[?path=='\\''/pets/{petId}'\\''].id' --output text)"`,
        '--http-method GET',
        "--path-with-query-string '/pets/0?q=a%20b&tag=x'",
        `--headers '{"Accept":"it'\\''s/json"}'`,
        '--region eu-west-1',
        '--output json',
      ].join(' \\\n  '),
    );
    expect(command.pathWithQueryString).toBe('/pets/0?q=a%20b&tag=x');
  });

  it('runs in a real shell with exactly the intended arguments', () => {
    const request = {
      ...sample.request,
      body: '{"note": "it\'s $5 `now`"}',
      headers: { 'Content-Type': 'application/json' },
      multiValueHeaders: { Accept: ['a', 'b'] },
      stageVariables: { env: 'dev' },
    };
    const command = testInvokeCommand({
      design: scenario.design,
      method: sample.method,
      request,
      restApiId: 'abc',
      profile: 'my profile',
    });
    expect(JSON.parse(shell(command.command))).toEqual([
      'apigateway',
      'test-invoke-method',
      '--rest-api-id',
      'abc',
      '--resource-id',
      'res123',
      '--http-method',
      'GET',
      '--path-with-query-string',
      '/pets/0',
      '--body',
      request.body,
      '--headers',
      '{"Content-Type":"application/json"}',
      '--multi-value-headers',
      '{"Accept":["a","b"]}',
      '--stage-variables',
      '{"env":"dev"}',
      '--profile',
      'my profile',
      '--output',
      'json',
    ]);
    const known = testInvokeCommand({
      design: scenario.design,
      method: sample.method,
      request,
      resourceId: 'r1',
    });
    expect(known.command).toContain("--rest-api-id '<rest-api-id>'");
    expect(known.command).toContain('--resource-id r1');
    expect(known.notes[0]).toMatch(/deployed API’s id/);
  });

  it('fills greedy and encoded path parameters', () => {
    const proxy = testInvokeCommand({
      design: scenario.design,
      method: 'GET /files/{key+}',
      request: { pathParameters: { key: 'a b/c%d' } },
    });
    expect(proxy.pathWithQueryString).toBe('/files/a%20b/c%25d');
  });
});

/** The simulated test-invoke log, re-dressed as a deployment would differ (ids, times, names). */
function realLike(log: string): string {
  return log
    .replace(/Thu Nov 26 12:00:00 UTC 2026/g, 'Mon Mar 03 09:14:27 UTC 2025')
    .replace(
      /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
      '11111111-2222-4333-8444-555555555555',
    )
    .replace(/Integration latency: \d+ ms/, 'Integration latency: 27 ms')
    .replace(/function:[A-Za-z0-9-]+/g, 'function:PetsErrorsStack-GetPet1A2B3C4D-AbCdEfGhIjKl')
    .replace(/a1b2c3d4e5/g, 'x9y8z7w6v5')
    .replace(/\d{8}T\d{6}Z/g, '20250303T091427Z')
    .replace(
      /Root=1-[0-9a-f]{8}-[0-9a-f]{24}/gi,
      (m) => m.slice(0, 5) + '1-67c5741b-0123456789abcdef01234567',
    );
}

describe('comparing a pasted test-invoke-method output with the simulation', () => {
  const scenario = scenarioById('lambda-errors-to-status-codes')!;
  const sample = scenario.design.samples![2];
  const simulated = simulate(scenario.design, sample.method, sample.request, sample.lambda!, {
    testInvoke: true,
  });

  it('reads the JSON the command prints, a bare log, and refuses anything else', () => {
    const output = {
      status: 404,
      body: '{}',
      headers: { A: 'b' },
      multiValueHeaders: { A: ['b'] },
      log: simulated.log,
      latency: 31,
    };
    expect(parseTestInvokeOutput(JSON.stringify(output, null, 4))).toEqual({ ok: true, output });
    expect(parseTestInvokeOutput(simulated.log)).toEqual({ ok: true, output: { log: simulated.log.trim() } });
    expect(parseTestInvokeOutput('')).toMatchObject({ ok: false });
    expect(parseTestInvokeOutput('{"status": 200}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('"log"'),
    });
    expect(parseTestInvokeOutput('{oops')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not valid JSON'),
    });
    expect(parseTestInvokeOutput('hello')).toMatchObject({ ok: false });
    expect(parseTestInvokeOutput('x'.repeat(3 * 1024 * 1024))).toMatchObject({ ok: false });
  });

  it('parses log lines into kinds and normalized values', () => {
    const lines = parseExecutionLog(simulated.log);
    expect(lines[0].kind).toBe('Starting execution for request');
    expect(lines.map((l) => l.kind)).toContain('Sending request to');
    expect(lines.map((l) => l.kind)).toContain(
      'Lambda execution failed with status 200 due to customer function error',
    );
    expect(lines.at(-1)).toMatchObject({ kind: 'Method completed with status', value: '404' });
    expect(javaMapEntries('{Date=Thu, 26 Nov 2026 12:00:00 GMT, A=1}')).toEqual(
      new Map([
        ['Date', 'Thu, 26 Nov 2026 12:00:00 GMT'],
        ['A', '1'],
      ]),
    );
    expect(javaMapEntries('not a map')).toBeUndefined();
  });

  it('finds nothing to report between the simulation and a log that differs only in ids, times and names', () => {
    const rows = compareLogs(realLike(simulated.log), simulated.log);
    expect(rows.filter((r) => r.status !== 'same')).toEqual([]);
    expect(summarize(rows)).toEqual({ same: rows.length, different: 0, onlyReal: 0, onlySimulated: 0 });
    expect(rows.length).toBe(parseExecutionLog(simulated.log).length);
  });

  it('reports real differences line by line: changed header values, extra headers, lines only one side has', () => {
    const real = realLike(simulated.log)
      .replace(/Content-Length=\d+/, 'Content-Length=99')
      .replace('Connection=keep-alive', 'Connection=keep-alive, X-Amzn-Remapped-Date=today')
      .replace(/^.*: Method response headers: .*\n/m, '');
    const rows = compareLogs(real, simulated.log);
    const changed = rows.filter((r) => r.status !== 'same');
    expect(changed.map((r) => [r.kind, r.status])).toEqual([
      ['Endpoint response headers', 'different'],
      ['Method response headers', 'only-simulated'],
    ]);
    expect(changed[0].details).toEqual([
      expect.stringMatching(/^Content-Length: 99 \(real\) vs \d+ \(simulated\)$/),
      'only real: X-Amzn-Remapped-Date=today',
    ]);
    const status = { real: 404, simulated: simulated.status };
    expect(summarize(rows, status)).toMatchObject({ different: 1, onlySimulated: 1, status });
  });
});
