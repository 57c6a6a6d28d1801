/**
 * The sandbox that runs a function's inline code, in this test process (vitest runs each file in its
 * own process, so taking the network away here touches nothing else). The page's Web Worker runs the
 * same code: e2e/lambda-code.spec.ts checks it there, with the time limit.
 */
import { describe, expect, it } from 'vitest';
import {
  formatLogArgs,
  MAX_LOG_LINES,
  runInSandbox,
  type SandboxMessage,
  type SandboxOutcome,
  type SandboxRequest,
} from './lambdaSandbox';

const CONTEXT = {
  functionName: 'PetsStack-Handler',
  functionVersion: '$LATEST',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:PetsStack-Handler',
  memoryLimitInMB: '128',
  awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
  logGroupName: '/aws/lambda/PetsStack-Handler',
  logStreamName: '2026/11/27/[$LATEST]0123456789abcdef',
  region: 'eu-west-1',
};

async function run(code: string, handler = 'index.handler', event: unknown = { petId: '7' }) {
  const request: SandboxRequest = { code, handler, event, context: CONTEXT, timeLimitMs: 3000 };
  const messages: SandboxMessage[] = [];
  await runInSandbox(request, globalThis as unknown as Record<string, unknown>, (m) => messages.push(m));
  const done = messages.filter((m) => m.type === 'done');
  expect(done).toHaveLength(1);
  return {
    outcome: (done[0] as { outcome: SandboxOutcome }).outcome,
    log: messages.flatMap((m) => (m.type === 'log' ? [`${m.level} ${m.message}`] : [])),
  };
}

describe('runInSandbox', () => {
  it('calls an async handler exported with exports.* and returns its JSON result', async () => {
    const { outcome } = await run(
      'exports.handler = async (event, context) => ({ id: event.petId, fn: context.functionName, left: context.getRemainingTimeInMillis() > 0 });',
    );
    expect(outcome).toEqual({ result: { id: '7', fn: 'PetsStack-Handler', left: true } });
  });

  it('supports module.exports, callback handlers and context.succeed', async () => {
    expect(
      (
        await run(
          'module.exports.handler = (event, context, callback) => { setTimeout(() => callback(null, { ok: 1 }), 5); };',
        )
      ).outcome,
    ).toEqual({ result: { ok: 1 } });
    expect(
      (await run('module.exports = { go(e, c, cb) { cb(new TypeError("bad")); } };', 'index.go')).outcome,
    ).toMatchObject({
      error: { errorType: 'TypeError', errorMessage: 'bad' },
    });
    expect(
      (
        await run(
          'exports.handler = function (e, context) { context.succeed("yes"); return undefined; }; exports.handler.length;',
        )
      ).outcome,
    ).toEqual({
      result: 'yes',
    });
  });

  it("reports a thrown error as Lambda does: errorType is the error's name", async () => {
    const { outcome } = await run(
      'class NotFound extends Error { constructor(m) { super(m); this.name = "NotFound"; } }\nexports.handler = async () => { throw new NotFound("no pet 7"); };',
    );
    expect(outcome).toMatchObject({ error: { errorType: 'NotFound', errorMessage: 'no pet 7' } });
    expect((await run('exports.handler = async () => { throw "just text"; };')).outcome).toEqual({
      error: { errorType: 'string', errorMessage: 'just text' },
    });
  });

  it('answers Lambda runtime errors for a missing handler, another file, or a syntax error', async () => {
    expect((await run('exports.other = 1;')).outcome).toEqual({
      error: {
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: 'index.handler is undefined or not exported',
      },
    });
    expect((await run('exports.handler = 1;', 'app.handler')).outcome).toMatchObject({
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: expect.stringMatching(/^Error: Cannot find module 'app'/),
      },
    });
    expect((await run('exports.handler = async () => {')).outcome).toMatchObject({
      error: {
        errorType: 'Runtime.UserCodeSyntaxError',
        errorMessage: expect.stringMatching(/^SyntaxError: /),
      },
    });
  });

  it('takes the network away and lets no module be required', async () => {
    const fetched = await run(
      'exports.handler = async () => { await fetch("https://example.com"); return 1; };',
    );
    expect(fetched.outcome).toMatchObject({
      error: {
        errorType: 'NoNetworkError',
        errorMessage: expect.stringMatching(/^No network in the simulated Lambda.*fetch is not available/),
      },
    });
    expect(typeof fetch).toBe('function');
    expect(() => fetch('https://example.com')).toThrow(/No network in the simulated Lambda/);
    for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts']) {
      const { outcome } = await run(`exports.handler = async () => { new ${name}("https://example.com"); };`);
      expect(outcome).toMatchObject({ error: { errorType: 'NoNetworkError' } });
    }
    // Sloppy-mode code cannot put fetch back either: the assignment is ignored.
    const restored = await run(
      'exports.handler = async () => { globalThis.fetch = () => 1; return fetch(); };',
    );
    expect(restored.outcome).toMatchObject({ error: { errorType: 'NoNetworkError' } });
    // Nor can it load code over the network, directly or through code built from strings.
    expect(
      (await run('exports.handler = async () => (await import("https://example.com/x.js")).x;')).outcome,
    ).toMatchObject({
      error: {
        errorType: 'NoNetworkError',
        errorMessage: expect.stringContaining('import() is not available'),
      },
    });
    for (const build of [
      'eval("1")',
      'new Function("return 1")()',
      '(async () => {}).constructor("return 1")()',
      'setTimeout("1")',
    ]) {
      const { outcome } = await run(`exports.handler = async () => ${build};`);
      expect(outcome, build).toMatchObject({
        error: {
          errorType: 'EvalError',
          errorMessage: expect.stringMatching(/^Code generation from strings/),
        },
      });
    }
    expect(
      (await run('exports.handler = (e, c, cb) => { setTimeout(() => cb(null, "timers still work"), 1); };'))
        .outcome,
    ).toEqual({
      result: 'timers still work',
    });
    const required = await run('const AWS = require("aws-sdk"); exports.handler = async () => 1;');
    expect(required.outcome).toMatchObject({
      error: {
        errorType: 'Error',
        errorMessage: expect.stringMatching(
          /^Cannot find module 'aws-sdk': only the function's own inline code/,
        ),
      },
    });
  });

  it('captures console lines with their Lambda log level, formatted like util.format', async () => {
    const { log, outcome } = await run(
      'exports.handler = async (event) => { console.log("event", event); console.info("%s has %d legs", "Rex", 4); console.warn("careful"); console.error(new Error("oops").message); console.debug({ a: [1, "x"] }); return process.env.AWS_LAMBDA_FUNCTION_NAME; };',
    );
    expect(outcome).toEqual({ result: 'PetsStack-Handler' });
    expect(log).toEqual([
      "INFO event { petId: '7' }",
      'INFO Rex has 4 legs',
      'WARN careful',
      'ERROR oops',
      "DEBUG { a: [ 1, 'x' ] }",
    ]);
  });

  it('keeps only the first lines of a handler that logs in a loop', async () => {
    const { log } = await run(
      'exports.handler = async () => { for (let i = 0; i < 5000; i++) console.log(i); };',
    );
    expect(log).toHaveLength(MAX_LOG_LINES + 1);
    expect(log.at(-1)).toMatch(/more lines not shown/);
  });

  it('a sync handler without a callback answers null; unserializable results are a marshal error', async () => {
    expect((await run('exports.handler = (event) => ({ a: 1 });')).outcome).toEqual({ result: null });
    expect((await run('exports.handler = async () => 10n;')).outcome).toMatchObject({
      error: { errorType: 'Runtime.MarshalError' },
    });
  });
});

describe('formatLogArgs', () => {
  it('formats like util.format for the common specifiers', () => {
    expect(formatLogArgs(['%s=%j', 'a', { b: 1 }, 'extra'])).toBe('a={"b":1} extra');
    expect(formatLogArgs([1, 'two', null, undefined])).toBe('1 two null undefined');
    expect(formatLogArgs(['100%% sure %i', 4.7])).toBe('100% sure 4');
  });
});
