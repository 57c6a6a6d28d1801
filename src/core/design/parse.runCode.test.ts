/** parseDesign and the runCode extension of a sample's Lambda outcome (`lambda: { "runCode": true }`). */
import { describe, expect, it } from 'vitest';
import { parseDesign } from './parse';

function withLambda(lambda: unknown) {
  return {
    version: 1,
    stack: { id: 'PetsStack' },
    api: { id: 'Api' },
    functions: [
      {
        id: 'Handler',
        runtime: 'nodejs22.x',
        handler: 'index.handler',
        code: { inline: 'exports.handler = async () => 1;' },
      },
    ],
    methods: [{ path: '/pets', httpMethod: 'GET', function: 'Handler' }],
    samples: [{ name: 'runs', method: 'GET /pets', request: {}, lambda }],
  };
}

describe('samples[].lambda.runCode', () => {
  it('is read as it is, with durationMs', () => {
    const { design, diagnostics } = parseDesign(withLambda({ runCode: true, durationMs: 40 }));
    expect(diagnostics).toEqual([]);
    expect(design?.samples?.[0].lambda).toEqual({ runCode: true, durationMs: 40 });
  });

  it('is only true, and alone beside result or error', () => {
    const no = parseDesign(withLambda({ runCode: false }));
    expect(no.design).toBeUndefined();
    expect(no.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'design/type',
        path: '/samples/0/lambda/runCode',
        message: 'Expected true, got false.',
      }),
    );
    expect(parseDesign(withLambda({ runCode: 'yes' })).diagnostics[0]).toMatchObject({
      message: 'Expected true, got a string.',
    });
    const both = parseDesign(withLambda({ runCode: true, result: 1 }));
    expect(both.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'design/lambda-outcome',
        path: '/samples/0/lambda',
        message:
          'A sample\'s Lambda outcome has exactly one of "result", "error" or "runCode", not result and runCode.',
      }),
    );
    expect(parseDesign(withLambda({ durationMs: 5 })).diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'design/lambda-outcome',
        message: 'A sample\'s Lambda outcome has exactly one of "result", "error" or "runCode".',
      }),
    );
  });
});
