import { describe, expect, it } from 'vitest';
import { durationParts, makeDuration, parseAmount } from './duration';

describe('Duration input', () => {
  it('splits each unit', () => {
    expect(durationParts({ millis: 500 })).toEqual({ unit: 'millis', amount: 500 });
    expect(durationParts({ seconds: 2.5 })).toEqual({ unit: 'seconds', amount: 2.5 });
    expect(durationParts({ minutes: 1 })).toEqual({ unit: 'minutes', amount: 1 });
    expect(durationParts(undefined)).toBeUndefined();
  });

  it('builds the unit the user chose', () => {
    expect(makeDuration('seconds', 10)).toEqual({ seconds: 10 });
    expect(makeDuration('millis', 50)).toEqual({ millis: 50 });
    expect(makeDuration('minutes', 0.5)).toEqual({ minutes: 0.5 });
  });

  it('reads typed amounts: empty is unset, partial input is not accepted', () => {
    expect(parseAmount('')).toEqual({ kind: 'unset' });
    expect(parseAmount('  ')).toEqual({ kind: 'unset' });
    expect(parseAmount('10')).toEqual({ kind: 'number', value: 10 });
    expect(parseAmount(' 2.5 ')).toEqual({ kind: 'number', value: 2.5 });
    expect(parseAmount('.5')).toEqual({ kind: 'number', value: 0.5 });
    expect(parseAmount('-1')).toEqual({ kind: 'number', value: -1 });
    expect(parseAmount('2.')).toEqual({ kind: 'invalid' });
    expect(parseAmount('1e3')).toEqual({ kind: 'invalid' });
    expect(parseAmount('ten')).toEqual({ kind: 'invalid' });
  });
});
