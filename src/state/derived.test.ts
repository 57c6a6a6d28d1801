import { beforeEach, describe, expect, it } from 'vitest';
import { loadCoreOutputs } from './core';
import { currentTemplatePath, memoizeLast, methodIndexOf, selectGenerated, selectRendered } from './derived';
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
});
