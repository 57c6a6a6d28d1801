import { beforeEach, describe, expect, it } from 'vitest';
import { selectProblems } from './derived';
import { exampleDesign } from './example';
import { clampSelection, useAppStore } from './store';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));

describe('store', () => {
  it('setAt edits by JSON pointer and records undo', () => {
    const { setAt } = useAppStore.getState();
    setAt('/methods/0/integration/timeout', { seconds: 5 });
    expect(useAppStore.getState().design.methods[0].integration?.timeout).toEqual({ seconds: 5 });
    useAppStore.getState().undo();
    expect(useAppStore.getState().design.methods[0].integration?.timeout).toBeUndefined();
    useAppStore.getState().redo();
    expect(useAppStore.getState().design.methods[0].integration?.timeout).toEqual({ seconds: 5 });
  });

  it('typing into one field is one undo step', () => {
    for (const text of ['G', 'Ge', 'Get'])
      useAppStore.getState().setAt('/methods/0/options/operationName', text);
    expect(useAppStore.getState().history.past).toHaveLength(1);
    useAppStore.getState().undo();
    expect(useAppStore.getState().design.methods[0].options?.operationName).toBeUndefined();
  });

  it('keeps the selection on something that exists', () => {
    const d = exampleDesign();
    expect(clampSelection({ kind: 'method', index: 3 }, d)).toEqual({ kind: 'method', index: 0 });
    expect(clampSelection({ kind: 'method', index: 0 }, { ...d, methods: [] })).toEqual({ kind: 'api' });
    expect(clampSelection({ kind: 'role', index: 0 }, d)).toEqual({ kind: 'method', index: 0 });
  });

  it('reports the core’s diagnostics for the design', () => {
    useAppStore.getState().setAt('/methods/0/function', 'Missing');
    const problems = selectProblems(useAppStore.getState()) ?? [];
    expect(problems.some((p) => p.severity === 'error' && p.path === '/methods/0/function')).toBe(true);
  });
});
