import { describe, expect, it } from 'vitest';
import { fieldPropsEqual } from './memo';

describe('fieldPropsEqual', () => {
  const doc = { title: 'T', doc: 'd', default: 'x' };
  it('compares values by identity and arrays by elements', () => {
    const value = { a: '1' };
    const diagnostic = { severity: 'error' as const, message: 'm' };
    expect(
      fieldPropsEqual(
        { value, doc, list: ['a', 'b'], d: [diagnostic] },
        { value, doc, list: ['a', 'b'], d: [diagnostic] },
      ),
    ).toBe(true);
    expect(fieldPropsEqual({ value }, { value: { a: '1' } })).toBe(false);
    expect(fieldPropsEqual({ list: ['a'] }, { list: ['a', 'b'] })).toBe(false);
    expect(fieldPropsEqual({ d: [diagnostic] }, { d: [{ ...diagnostic }] })).toBe(false);
    expect(fieldPropsEqual({ v: undefined }, {})).toBe(true);
    expect(fieldPropsEqual({ v: false }, { v: undefined })).toBe(false);
  });

  it('treats callbacks as equal', () => {
    expect(fieldPropsEqual({ onChange: () => 1 }, { onChange: () => 2 })).toBe(true);
    expect(fieldPropsEqual({ onChange: () => 1 }, { onChange: undefined })).toBe(false);
  });
});
