import { beforeEach, describe, expect, it } from 'vitest';
import { loadCoreOutputs, type RenderResult } from './core';
import {
  currentTemplatePath,
  memoizeLast,
  methodIndexOf,
  selectGenerated,
  selectRendered,
  SYNC_RENDER_STEPS,
} from './derived';
import { useAppStore } from './store';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));

describe('derived views', () => {
  it('memoizeLast recomputes only when an argument changes', () => {
    let runs = 0;
    const double = memoizeLast((x: { n: number }) => (runs++, x.n * 2));
    const a = { n: 2 };
    expect(double(a)).toBe(4);
    expect(double(a)).toBe(4);
    expect(runs).toBe(1);
    expect(double({ n: 2 })).toBe(4);
    expect(runs).toBe(2);
  });

  it('finds the method a pointer points into', () => {
    expect(methodIndexOf('/methods/3/integration/timeout')).toBe(3);
    expect(methodIndexOf('/functions/0/id')).toBeUndefined();
    expect(methodIndexOf('not a pointer')).toBeUndefined();
  });

  it('renders the selected method’s first request template by default', () => {
    expect(currentTemplatePath(useAppStore.getState())).toBe(
      '/methods/0/integration/requestTemplates/application~1json',
    );
    useAppStore.getState().select({ kind: 'api' });
    expect(currentTemplatePath(useAppStore.getState())).toBeUndefined();
  });

  it('prints only the visible file, and the same result until something changes', async () => {
    useAppStore.setState({
      coreOutputs: await loadCoreOutputs(),
      coreStatus: 'ready',
      outputTab: 'cloudformation-yaml',
    });
    const first = selectGenerated(useAppStore.getState());
    expect(Object.keys(first?.files ?? {})).toEqual(['cloudformation-yaml']);
    expect(first?.files['cloudformation-yaml']).toContain('AWS::ApiGateway::Method');
    expect(selectGenerated(useAppStore.getState())).toBe(first);
    useAppStore.getState().setOutputTab('cdk-typescript');
    expect(Object.keys(selectGenerated(useAppStore.getState())?.files ?? {})).toEqual(['cdk-typescript']);
  });

  it('renders the template against the chosen sample', async () => {
    useAppStore.setState({ coreOutputs: await loadCoreOutputs(), coreStatus: 'ready' });
    expect(selectRendered(useAppStore.getState())?.result?.output).toBe('{ "petId": "7" }');
    useAppStore.getState().selectSample('GET /pets/{petId}', 'not found');
    expect(selectRendered(useAppStore.getState())?.result?.output).toBe('{ "petId": "0" }');
  });

  it('leaves a template that needs more than SYNC_RENDER_STEPS to the worker, and shows its answer', async () => {
    const outputs = await loadCoreOutputs();
    useAppStore.setState({ coreOutputs: outputs, coreStatus: 'ready' });
    // 1000 × 1000 turns: finishes within the engine's full budget, not within the page's.
    const template = '#foreach($i in [1..1000])#foreach($j in [1..1000])x#end#end';
    useAppStore.getState().setAt('/methods/0/integration/requestTemplates/application~1json', template);
    const pending = selectRendered(useAppStore.getState());
    expect(pending?.pending).toBe(true);
    expect(pending?.result).toEqual({ output: '', diagnostics: [] });
    expect(pending?.job?.template).toBe(template);
    expect(pending?.job?.input.request).toEqual({
      method: 'GET',
      path: '/pets/{petId}',
      pathParameters: { petId: '7' },
    });
    const job = pending!.job!;
    const page = outputs.renderTemplate!(job.template, job.input, {
      limits: { maxSteps: SYNC_RENDER_STEPS },
    });
    expect(page.failure?.message).toContain('100,000 evaluation steps');

    // What the worker (coreWorker.ts) answers: the render with the engine's own limits.
    const full: RenderResult = outputs.renderTemplate!(job.template, job.input);
    expect(full.output).toBe('x'.repeat(1_000_000));
    useAppStore.setState({ slowRender: { key: job.key, result: full } });
    const answered = selectRendered(useAppStore.getState());
    expect(answered?.pending).toBeUndefined();
    expect(answered?.job).toBeUndefined();
    expect(answered?.result).toBe(full);

    // An answer for another template is not shown.
    useAppStore.getState().setAt('/methods/0/integration/requestTemplates/application~1json', `${template} `);
    expect(selectRendered(useAppStore.getState())?.pending).toBe(true);
  });
});
