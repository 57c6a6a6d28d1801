import { describe, expect, it } from 'vitest';
import { parseDesign } from '..';
import type { Design, SampleDesign } from '../design/types';
import { scenarioById } from '../gallery';
import type { FunctionRun, LambdaInvocation, LambdaRunner } from '../simulate';
import {
  canonicalJson,
  checkExpectation,
  expectationFrom,
  lineDiff,
  runSample,
  runSampleWithRunner,
  runSuite,
  runSuiteWithRunner,
  type SuiteProgress,
} from '.';

const response = (status: number, body: string, headers: Record<string, string> = {}) => ({
  status,
  body,
  headers,
});

describe('checkExpectation', () => {
  it('passes what matches and says nothing was checked without an expectation', () => {
    expect(checkExpectation(undefined, response(200, 'x'))).toEqual({
      checked: false,
      pass: true,
      failures: [],
    });
    expect(checkExpectation({}, response(200, 'x')).checked).toBe(false);
    expect(
      checkExpectation(
        { status: 200, bodyJson: { b: [1, 2], a: 'x' }, headers: { 'content-type': 'application/json' } },
        response(200, '{"a":"x","b":[1,2]}', { 'Content-Type': 'application/json' }),
      ),
    ).toEqual({ checked: true, pass: true, failures: [] });
  });

  it('reports each difference with a line diff for bodies', () => {
    const check = checkExpectation(
      { status: 404, body: 'a\nb\nc', headers: { 'X-Id': '1' } },
      response(200, 'a\nB\nc'),
    );
    expect(check.pass).toBe(false);
    expect(check.failures.map((f) => f.what)).toEqual(['status', 'body', 'header X-Id']);
    expect(check.failures[0]).toMatchObject({ expected: '404', actual: '200' });
    expect(check.failures[1].diff).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'expected', text: 'b' },
      { kind: 'actual', text: 'B' },
      { kind: 'same', text: 'c' },
    ]);
    expect(check.failures[2]).toMatchObject({ expected: '1', actual: '(absent)' });
  });

  it('compares JSON bodies as values and diffs them pretty-printed with sorted keys', () => {
    const check = checkExpectation(
      { bodyJson: { id: '7', name: 'Rex' } },
      response(200, '{"name":"Max","id":"7"}'),
    );
    expect(check.failures).toHaveLength(1);
    expect(check.failures[0].diff?.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'expected', text: '  "name": "Rex"' },
      { kind: 'actual', text: '  "name": "Max"' },
    ]);
    const notJson = checkExpectation({ bodyJson: {} }, response(200, 'oops'));
    expect(notJson.failures[0].actual).toBe('oops\n(not JSON)');
  });

  it('turns an answer into an expectation it meets', () => {
    for (const answer of [response(200, '{"a": 1}'), response(415, 'plain'), response(202, '')]) {
      const expectation = expectationFrom(answer);
      expect(checkExpectation(expectation, answer).pass).toBe(true);
    }
    expect(expectationFrom(response(200, '{"a": 1}'))).toEqual({ status: 200, bodyJson: { a: 1 } });
    expect(expectationFrom(response(202, ''))).toEqual({ status: 202, body: '' });
  });

  it('canonical JSON ignores key order and keeps __proto__ as data', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonicalJson(JSON.parse('{"__proto__": {"x": 1}}'))).toContain('"__proto__"');
  });

  it('lineDiff marks only what differs', () => {
    expect(lineDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });
});

describe('runSuite', () => {
  const design = (): Design => scenarioById('lambda-errors-to-status-codes')!.design;

  it('runs every sample and counts passes, failures and unchecked samples', () => {
    const d = design();
    const samples = d.samples ?? [];
    expect(samples.length).toBeGreaterThan(0);
    const first = runSuite(d).runs[0];
    d.samples = [
      { ...samples[0], name: 'pass', expect: expectationFrom(first.result) },
      { ...samples[0], name: 'fail', expect: { status: 599 } },
      { ...samples[0], name: 'unchecked', expect: undefined },
    ];
    const suite = runSuite(d);
    expect(suite.runs.map((r) => [r.sample.name, r.checked, r.pass])).toEqual([
      ['pass', true, true],
      ['fail', true, false],
      ['unchecked', false, true],
    ]);
    expect([suite.passed, suite.failed, suite.unchecked]).toEqual([1, 1, 1]);
    expect(runSuite(d, 'DELETE /nothing').runs).toEqual([]);
  });

  it('parseDesign keeps sample expectations and rejects malformed ones', () => {
    const d = design();
    d.samples = [
      { ...d.samples![0], expect: { status: 200, body: 'x', bodyJson: { a: [1] }, headers: { A: 'b' } } },
    ];
    const parsed = parseDesign(JSON.parse(JSON.stringify(d)));
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.design?.samples?.[0].expect).toEqual({
      status: 200,
      body: 'x',
      bodyJson: { a: [1] },
      headers: { A: 'b' },
    });
    const bad = parseDesign({
      ...JSON.parse(JSON.stringify(d)),
      samples: [{ ...d.samples[0], expect: { status: '200' } }],
    });
    expect(bad.diagnostics.map((x) => [x.severity, x.path])).toEqual([['error', '/samples/0/expect/status']]);
    const unknown = parseDesign({
      ...JSON.parse(JSON.stringify(d)),
      samples: [{ ...d.samples[0], expect: { code: 1 } }],
    });
    expect(unknown.diagnostics.map((x) => [x.severity, x.code])).toEqual([['warning', 'design/unknown-key']]);
  });
});

/** A proxy integration over an inline Node.js function, with one sample that runs its code. */
function codeDesign(samples: SampleDesign[]): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack' },
    api: { id: 'Api' },
    functions: [
      {
        id: 'Handler',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: {
          inline: 'exports.handler = async (e) => ({ statusCode: 200, body: e.pathParameters.petId })',
        },
      },
    ],
    methods: [{ path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler' }],
    samples,
  };
}

const GET_PET = { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '7' } };
const runsCode = (name: string, extra: Partial<SampleDesign> = {}): SampleDesign => ({
  name,
  method: 'GET /pets/{petId}',
  request: GET_PET,
  lambda: { runCode: true },
  expect: { status: 200, bodyJson: { id: '7' } },
  ...extra,
});
const states = (name: string, result: unknown): SampleDesign => ({
  name,
  method: 'GET /pets/{petId}',
  request: GET_PET,
  lambda: { result },
  expect: { status: 200, body: 'stated' },
});

/**
 * Stands in for the app's Web Worker (the core cannot run one): answers as the inline handler would,
 * from the event it is given, so a wrong event gives a wrong answer. Records what it was asked.
 */
function fakeRunner(answer: (event: { pathParameters: { petId: string } }) => FunctionRun) {
  const invocations: LambdaInvocation[] = [];
  const runner: LambdaRunner = {
    run: (invocation) => {
      invocations.push(invocation);
      return Promise.resolve(answer(invocation.event as { pathParameters: { petId: string } }));
    },
  };
  return { runner, invocations };
}

const echoId = (event: { pathParameters: { petId: string } }): FunctionRun => ({
  result: { statusCode: 200, body: JSON.stringify({ id: event.pathParameters.petId }) },
  durationMs: 5,
  functionLog: [{ level: 'INFO', message: `asked for ${event.pathParameters.petId}` }],
});

describe('runSuiteWithRunner', () => {
  it('runs the samples that run code with the runner and the others as runSuite does, with progress', async () => {
    const d = codeDesign([runsCode('code'), states('stated', { statusCode: 200, body: 'stated' })]);
    const { runner, invocations } = fakeRunner(echoId);
    const progress: SuiteProgress[] = [];
    const suite = await runSuiteWithRunner(d, runner, { onProgress: (p) => progress.push(p) });
    expect(suite.runs.map((r) => [r.sample.name, r.result.status, r.result.body, r.pass])).toEqual([
      ['code', 200, '{"id":"7"}', true],
      ['stated', 200, 'stated', true],
    ]);
    expect([suite.passed, suite.failed, suite.unchecked, suite.stopped]).toEqual([2, 0, 0, undefined]);
    // Only the sample that runs code reached the runner, with the handler and the proxy event.
    expect(invocations.map((i) => [i.functionId, i.handler, i.runtime])).toEqual([
      ['Handler', 'index.handler', 'nodejs22.x'],
    ]);
    expect(suite.runs[0].result.log).toContain('asked for 7');
    expect(suite.runs[1].result).toEqual(runSample(d, d.samples![1], 1).result);
    expect(progress.map((p) => [p.done, p.total, p.next?.name])).toEqual([
      [0, 2, 'code'],
      [1, 2, 'stated'],
      [2, 2, undefined],
    ]);
    // The synchronous path still cannot run the code: the function is taken to fail.
    const sync = runSuite(d);
    expect(sync.runs[0]).toMatchObject({ pass: false, result: { status: 502 } });
    expect(sync.runs[0].result.diagnostics.map((x) => x.code)).toContain('simulate/code-not-run');
  });

  it('a wrong answer from the code fails with its differences; only the method asked for runs', async () => {
    const d = codeDesign([runsCode('code'), { ...runsCode('other'), method: 'POST /pets' }]);
    const { runner } = fakeRunner(() => ({ result: { statusCode: 404, body: '{"id":"8"}' } }));
    const suite = await runSuiteWithRunner(d, runner, { method: 'GET /pets/{petId}' });
    expect(suite.runs.map((r) => r.sample.name)).toEqual(['code']);
    expect(
      suite.runs[0].failures.map((f) => [
        f.what,
        f.expected.replace(/\s+/g, ''),
        f.actual.replace(/\s+/g, ''),
      ]),
    ).toEqual([
      ['status', '200', '404'],
      ['bodyJson', '{"id":"7"}', '{"id":"8"}'],
    ]);
    expect([suite.passed, suite.failed]).toEqual([0, 1]);
  });

  it("takes the sample's durationMs as the least time the code takes (the function's 3 s limit)", async () => {
    const d = codeDesign([runsCode('slow', { lambda: { runCode: true, durationMs: 4000 } })]);
    const run = await runSampleWithRunner(d, d.samples![0], 0, fakeRunner(echoId).runner);
    expect(run.result.status).toBe(502);
    expect(run.result.log).toContain('Task timed out after 3.00 seconds');
    const fast = await runSampleWithRunner(
      d,
      { ...d.samples![0], lambda: { runCode: true } },
      0,
      fakeRunner(echoId).runner,
    );
    expect(fast.result.status).toBe(200);
  });

  it('stops when asked, leaving out the sample whose code was stopped', async () => {
    const d = codeDesign([runsCode('first'), runsCode('second'), runsCode('third')]);
    let stop = false;
    const { runner, invocations } = fakeRunner((event) => {
      if (invocations.length === 2) stop = true; // the user presses Stop while the second one runs
      return echoId(event);
    });
    const suite = await runSuiteWithRunner(d, runner, { isStopped: () => stop });
    expect(suite.stopped).toBe(true);
    expect(suite.runs.map((r) => r.sample.name)).toEqual(['first']);
    expect(invocations).toHaveLength(2);
    const before = await runSuiteWithRunner(d, runner, { isStopped: () => true });
    expect(before).toMatchObject({ runs: [], stopped: true });
  });
});
