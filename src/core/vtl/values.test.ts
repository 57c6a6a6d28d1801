import { describe, expect, it } from 'vitest';
import { javaDoubleToString } from './javaDouble';
import {
  JBigDecimal,
  JBigInteger,
  JDouble,
  add,
  compareNumbers,
  divide,
  modulo,
  multiply,
  parseIntegerLiteral,
  subtract,
} from './numbers';
import { JList, JMap, javaEquals, javaToString, jsonQuote, toJsonText } from './values';

describe('Java number printing (Double.toString of JDK 8-18)', () => {
  it.each([
    [1e7, '1.0E7'],
    [10, '10.0'],
    [1.5e-7, '1.5E-7'],
    [0.0001, '1.0E-4'],
    [0.001, '0.001'],
    [0.1 + 0.2, '0.30000000000000004'],
    [249.99, '249.99'],
    [9999999, '9999999.0'],
    [123456789, '1.23456789E8'],
    [-0, '-0.0'],
    [1 / 3, '0.3333333333333333'],
    [Number.MAX_VALUE, '1.7976931348623157E308'],
    [Number.MIN_VALUE, '4.9E-324'],
    [NaN, 'NaN'],
    [-Infinity, '-Infinity'],
  ])('%s prints as %s', (d, s) => {
    expect(javaDoubleToString(d)).toBe(s);
  });

  it('develops digits as FloatingDecimal does, not as the shortest round-trip', () => {
    // recorded on the Java stack: JS would print -9.223372034707292E18 and 9.223372036854652E18
    expect(javaDoubleToString(-9223372034707292160)).toBe('-9.2233720347072922E18');
    expect(javaDoubleToString(9223372036854651904)).toBe('9.2233720368546519E18');
    // recorded on JDK 17: the old algorithm's famous imprecise cases
    expect(javaDoubleToString(2e23)).toBe('1.9999999999999998E23');
    expect(javaDoubleToString(1e23)).toBe('9.999999999999999E22');
  });

  it('prints BigDecimal as written and BigInteger whole', () => {
    expect(JBigDecimal.parse('1.2345678901234567890')?.toString()).toBe('1.2345678901234567890');
    expect(new JBigDecimal(0n, 60).toString()).toBe('0E-60');
    expect(new JBigInteger(12345678901234567890n).toString()).toBe('12345678901234567890');
  });
});

describe('Velocity arithmetic (MathUtils)', () => {
  it('keeps integer arithmetic integral: truncating division, remainder with the dividend sign', () => {
    expect(divide(5, 2)).toBe(2);
    expect(divide(-5, 2)).toBe(-2);
    expect(modulo(-5, 3)).toBe(-2);
    expect(divide(5, 0)).toBeNull();
    expect(modulo(5, 0)).toBeNull();
  });

  it('widens to Long and BigInteger instead of wrapping', () => {
    expect(add(2147483647, 1)).toBe(2147483648);
    expect(javaToString(add(9223372036854775807n, 1))).toBe('9223372036854775808');
    expect(add(9223372036854775807n, 1)).toBeInstanceOf(JBigInteger);
    expect(multiply(100000, 100000)).toBe(10000000000);
    expect(divide(-2147483648, -1)).toBe(2147483648);
  });

  it('reproduces the two wrapping cases of long arithmetic', () => {
    expect(javaToString(divide(-(2n ** 63n), -1) as bigint)).toBe('-9223372036854775808');
    expect(javaToString(multiply(-(2n ** 63n), -1))).toBe('-9223372036854775808');
  });

  it('computes with doubles as soon as one side is a double', () => {
    expect(javaToString(divide(new JDouble(5), 2))).toBe('2.5');
    expect(javaToString(divide(new JDouble(6), 3))).toBe('2.0');
    expect(javaToString(modulo(7, new JDouble(2.5)))).toBe('2.0');
    expect(divide(1, new JDouble(0))).toBeNull();
  });

  it('mixes BigInteger and doubles in BigDecimal, converting longs through their double value', () => {
    const r = add(
      multiply(multiply(9223372036854775807n, 2147483647), new JDouble(123456.789)),
      9223372036854775807n,
    );
    expect(javaToString(r)).toBe('2445313634456631867128357249609354.507750000004307366907596588134765625');
    expect(() => modulo(new JBigDecimal(5n, 0), 2)).toThrow(/modulo of BigDecimals/);
  });

  it('compares across number types numerically', () => {
    expect(compareNumbers(1, new JDouble(1))).toBe(0);
    expect(compareNumbers(new JBigInteger(10n ** 30n), new JDouble(1e29))).toBe(1);
    expect(subtract(3, 5)).toBe(-2);
    expect(parseIntegerLiteral('99999999999999999999')).toBeInstanceOf(JBigInteger);
  });
});

describe('Java toString of collections', () => {
  const nested = new JMap(
    new Map<never, never>([
      [
        'foo' as never,
        new JList([new JMap(new Map([['nested' as never, 'bar' as never]]))], 'JSONArray') as never,
      ],
    ]),
  );

  it('prints maps as {k=v, …} and JSON arrays as compact JSON inside them', () => {
    expect(javaToString(nested)).toBe('{foo=[{"nested":"bar"}]}');
  });

  it('prints list literals as [a, b] with nulls', () => {
    expect(javaToString(new JList([1, 'a', new JDouble(2.5), true, null]))).toBe('[1, a, 2.5, true, null]');
  });

  it('prints a String[] as an array object', () => {
    expect(javaToString(new JList(['a'], 'String[]'))).toMatch(/^\[Ljava\.lang\.String;@[0-9a-f]+$/);
  });

  it('writes JSON as json-smart does: `/` escaped, control characters and U+2028 as \\uXXXX', () => {
    expect(jsonQuote('a/b"c\\d\n\u0001\u2028é')).toBe('"a\\/b\\"c\\\\d\\n\\u0001\\u2028é"');
    expect(toJsonText(new JList([1, 'a/b', null, true, new JDouble(1)], 'JSONArray'))).toBe(
      '[1,"a\\/b",null,true,1.0]',
    );
  });

  it('compares with Java equals: numbers by value within a kind, lists and maps by content', () => {
    expect(javaEquals(new JList([1, 2]), new JList([1, 2], 'JSONArray'))).toBe(true);
    expect(javaEquals(1, new JDouble(1))).toBe(false);
    expect(javaEquals(new JMap(new Map([['a', 1]])), new JMap(new Map([['a', 1]])))).toBe(true);
  });
});
