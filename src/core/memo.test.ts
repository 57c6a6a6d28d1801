import { describe, expect, it } from 'vitest';
import { ContentMemo, contentKey, forgetMemoized } from './memo';

describe('contentKey', () => {
  it('is the JSON text of a JSON value', () => {
    expect(contentKey({ a: [1, 'x', true, null], b: { c: 2 } })).toBe('{"a":[1,"x",true,null],"b":{"c":2}}');
  });

  it('keeps apart what JSON.stringify would make equal', () => {
    const keys = [
      { v: null },
      { v: undefined },
      {},
      { v: NaN },
      { v: Infinity },
      { v: -Infinity },
      { v: 0 },
      { v: -0 },
      { v: 1n },
      { v: () => 1 },
      [undefined],
      [null],
    ].map(contentKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has no key for a value JSON cannot write', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(contentKey(cycle)).toBeUndefined();
  });
});

describe('ContentMemo', () => {
  it('builds once per content and context, whichever object holds the content', () => {
    const memo = new ContentMemo<string>(8);
    let builds = 0;
    const build = (text: string) => () => `${text}#${++builds}`;
    expect(memo.get('a', { x: 1 }, build('first'))).toBe('first#1');
    expect(memo.get('a', { x: 1 }, build('again'))).toBe('first#1');
    expect(memo.get('b', { x: 1 }, build('other context'))).toBe('other context#2');
    expect(memo.get('a', { x: 2 }, build('other content'))).toBe('other content#3');
  });

  it('keeps the most recently used entries', () => {
    const memo = new ContentMemo<number>(2);
    memo.get('', 1, () => 1);
    memo.get('', 2, () => 2);
    memo.get('', 1, () => -1); // 1 is now the most recent
    memo.get('', 3, () => 3); // evicts 2
    expect(memo.size).toBe(2);
    expect(memo.get('', 1, () => -1)).toBe(1);
    expect(memo.get('', 2, () => -2)).toBe(-2);
  });

  it('grows to what it is asked to hold, and forgets everything on request', () => {
    const memo = new ContentMemo<number>(1);
    memo.reserve(3);
    for (const n of [1, 2, 3]) memo.get('', n, () => n);
    expect(memo.size).toBe(3);
    forgetMemoized();
    expect(memo.size).toBe(0);
    expect(memo.get('', 1, () => -1)).toBe(-1);
  });

  it('builds without remembering a value that has no content key', () => {
    const memo = new ContentMemo<number>(4);
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(memo.get('', cycle, () => 7)).toBe(7);
    expect(memo.size).toBe(0);
  });
});
