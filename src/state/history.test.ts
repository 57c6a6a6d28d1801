import { describe, expect, it } from 'vitest';
import { COALESCE_MS, HISTORY_LIMIT, emptyHistory, record, redo, undo } from './history';

describe('history', () => {
  it('undoes and redoes in order', () => {
    let h = emptyHistory<string>();
    h = record(h, 'a', 'k1', 0); // a → b
    h = record(h, 'b', 'k2', 10); // b → c
    const u1 = undo(h, 'c')!;
    expect(u1.value).toBe('b');
    const u2 = undo(u1.history, 'b')!;
    expect(u2.value).toBe('a');
    expect(undo(u2.history, 'a')).toBeUndefined();
    const r1 = redo(u2.history, 'a')!;
    expect(r1.value).toBe('b');
    expect(redo(r1.history, 'b')!.value).toBe('c');
  });

  it('coalesces rapid edits of the same field into one step', () => {
    let h = emptyHistory<string>();
    h = record(h, '', '/name', 0); // '' → 'a'
    h = record(h, 'a', '/name', 100); // 'a' → 'ab'
    h = record(h, 'ab', '/name', 200); // 'ab' → 'abc'
    expect(h.past).toEqual(['']);
    expect(undo(h, 'abc')!.value).toBe('');
  });

  it('starts a new step after a pause, for another field, or for keyless edits', () => {
    let h = emptyHistory<string>();
    h = record(h, '0', '/a', 0);
    h = record(h, '1', '/a', COALESCE_MS + 1);
    h = record(h, '2', '/b', COALESCE_MS + 2);
    h = record(h, '3', undefined, COALESCE_MS + 3);
    h = record(h, '4', undefined, COALESCE_MS + 4);
    expect(h.past).toEqual(['0', '1', '2', '3', '4']);
  });

  it('a new edit clears the redo list', () => {
    let h = record(emptyHistory<string>(), 'a', 'x', 0);
    h = undo(h, 'b')!.history;
    expect(h.future).toEqual(['b']);
    expect(record(h, 'a', 'y', 5).future).toEqual([]);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = emptyHistory<number>();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) h = record(h, i, undefined, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});
