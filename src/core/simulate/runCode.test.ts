/**
 * Samples that run the function's own code (`lambda: { "runCode": true }`): simulate() alone cannot
 * run it and says so; simulateWithRunner carries the handler's log lines into the Lambda stage, and
 * a runner stopped at the time limit gives Lambda's "Task timed out" error.
 */
import { describe, expect, it } from 'vitest';
import type { Design, SampleRequest } from '../design/types';
import {
  CODE_NOT_RUN_MESSAGE,
  simulate,
  simulateWithRunner,
  type LambdaInvocation,
  type SimulateResult,
  type SimulationStep,
} from './index';

function design(timeout?: { seconds: number }): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
    api: { id: 'Api' },
    functions: [
      {
        id: 'Handler',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: { inline: 'exports.handler = async () => ({ statusCode: 200, body: "hi" })' },
        ...(timeout ? { timeout } : {}),
      },
    ],
    methods: [{ path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler' }],
  };
}

const KEY = 'GET /pets/{petId}';
const GET_PET: SampleRequest = { method: 'GET', path: '/pets/{petId}', pathParameters: { petId: '7' } };

function lambdaStep(result: SimulateResult): SimulationStep {
  const step = result.steps.find((s) => s.stage === 'Lambda');
  if (!step) throw new Error('no Lambda step');
  return step;
}

describe('a sample that runs the function code', () => {
  it('simulate() without a runner answers with a clear diagnostic and a Lambda note', () => {
    const result = simulate(design(), KEY, GET_PET, { runCode: true });
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'simulate/code-not-run',
        message: CODE_NOT_RUN_MESSAGE,
      }),
    );
    expect(lambdaStep(result).notes?.[0]).toBe(CODE_NOT_RUN_MESSAGE);
    // The function is taken to fail: a proxy integration answers 502 for a function error.
    expect(result.status).toBe(502);
    expect(result.log).toContain(`customer function error: ${CODE_NOT_RUN_MESSAGE}`);
  });

  it("puts the handler's log lines in the Lambda stage, before the response", async () => {
    let invocation: LambdaInvocation | undefined;
    const result = await simulateWithRunner(design(), KEY, GET_PET, {
      run: async (i) => {
        invocation = i;
        return {
          result: { statusCode: 200, body: 'ran' },
          functionLog: [
            { level: 'INFO', message: 'petId 7' },
            { level: 'ERROR', message: 'careful' },
          ],
        };
      },
    });
    expect(invocation).toMatchObject({
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      code: 'exports.handler = async () => ({ statusCode: 200, body: "hi" })',
      timeLimitMs: 3000,
    });
    expect(result).toMatchObject({ status: 200, body: 'ran' });
    const step = lambdaStep(result);
    expect(step.log.slice(0, 3)).toEqual([
      'Function log: INFO petId 7',
      'Function log: ERROR careful',
      expect.stringMatching(/^Received response\. Status: 200/),
    ]);
    expect(step.notes?.at(-1)).toMatch(/logged 2 lines/);
    expect(step.data).toMatchObject({
      functionLog: [
        { level: 'INFO', message: 'petId 7' },
        { level: 'ERROR', message: 'careful' },
      ],
      outcome: { result: { body: 'ran' } },
    });
    expect((step.data as { outcome: object }).outcome).not.toHaveProperty('functionLog');
    expect(result.log).toMatch(/ : Function log: INFO petId 7\n/);
  });

  it("a run stopped at the function's time limit is Lambda's Task timed out error", async () => {
    const result = await simulateWithRunner(design({ seconds: 1 }), KEY, GET_PET, {
      run: async (i) => ({
        result: null,
        durationMs: i.timeLimitMs + 1,
        functionLog: [{ level: 'INFO', message: 'start' }],
      }),
    });
    expect(result.status).toBe(502);
    const step = lambdaStep(result);
    expect(step.log[0]).toBe('Function log: INFO start');
    expect(step.log.join('\n')).toMatch(/Error: Task timed out after 1\.00 seconds/);
  });

  it('a run longer than the integration timeout is a 504', async () => {
    const d = design({ seconds: 60 });
    d.methods[0].integration = { timeout: { millis: 500 } };
    const result = await simulateWithRunner(d, KEY, GET_PET, {
      run: async (i) => {
        expect(i.timeLimitMs).toBe(500);
        return { result: null, durationMs: i.timeLimitMs + 1, functionLog: [] };
      },
    });
    expect(result.status).toBe(504);
    expect(lambdaStep(result).notes).toContain("The function's code ran and logged nothing.");
  });
});
