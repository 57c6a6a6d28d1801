import { describe, expect, it } from 'vitest';
import type { Design, FunctionDesign } from '../types';
import { validateDesign } from '../validate';

function design(fn: FunctionDesign, lambda: NonNullable<Design['samples']>[number]['lambda']): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
    api: { id: 'Api' },
    functions: [fn],
    methods: [{ path: '/pets', httpMethod: 'GET', function: 'Pets' }],
    samples: [{ name: 'runs', method: 'get /pets', request: {}, lambda }],
  };
}

const runCodeFindings = (d: Design) =>
  validateDesign(d).filter((x) => x.code === 'design/run-code-unavailable');
const node = { id: 'Pets', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: 'x' } };

describe('samples that run the function code', () => {
  it('are fine for a Node.js function, and not checked for other outcomes', () => {
    expect(runCodeFindings(design(node, { runCode: true }))).toEqual([]);
    expect(runCodeFindings(design({ ...node, runtime: 'python3.12' }, { result: 1 }))).toEqual([]);
  });

  it('warn when the code cannot run here: another runtime, or an imported function', () => {
    expect(runCodeFindings(design({ ...node, runtime: 'python3.12' }, { runCode: true }))).toEqual([
      {
        severity: 'warning',
        code: 'design/run-code-unavailable',
        path: '/samples/0/lambda/runCode',
        message:
          'Sample "runs" runs the code of "Pets", whose runtime is python3.12: only Node.js inline code runs in the simulator.',
        hint: 'Choose a nodejs runtime, or give the sample a result or an error.',
      },
    ]);
    const imported = { id: 'Pets', importArn: 'arn:aws:lambda:eu-west-1:123456789012:function:pets' };
    expect(runCodeFindings(design(imported, { runCode: true }))).toMatchObject([
      { severity: 'warning', message: expect.stringContaining('imported by its ARN') },
    ]);
  });
});
