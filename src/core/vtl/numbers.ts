/**
 * Java numbers as Velocity 1.7 computes and prints them.
 *
 * Integer and Long are a JS number while safe, a bigint beyond; BigInteger is boxed in {@link JBigInteger}
 * (Velocity widens Long to BigInteger on overflow instead of wrapping, and a BigInteger stays one, which
 * decides later arithmetic; source: org.apache.velocity.runtime.parser.node.MathUtils). Doubles are boxed in {@link JDouble}
 * so that `10.0` keeps printing as `10.0`, and BigDecimals (json-smart's reading of long decimals) in
 * {@link JBigDecimal}.
 */
import { javaDoubleToString } from './javaDouble';

export { javaDoubleToString };

/** A java.lang.Double. */
export class JDouble {
  constructor(readonly value: number) {}
  toString(): string {
    return javaDoubleToString(this.value);
  }
}

/** A java.math.BigDecimal: unscaled × 10^-scale. */
export class JBigDecimal {
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  /** BigDecimal(String) as Java parses it: digits, optional fraction, optional exponent. */
  static parse(text: string): JBigDecimal | null {
    const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
    const digits = (m[2] ?? '') + (m[3] ?? '');
    const scale = (m[3] ?? '').length - (m[4] ? parseInt(m[4], 10) : 0);
    const unscaled = BigInt(digits === '' ? '0' : digits) * (m[1] === '-' ? -1n : 1n);
    return new JBigDecimal(unscaled, scale);
  }

  /** new BigDecimal(double): the exact binary value. */
  static fromDouble(d: number): JBigDecimal {
    if (!Number.isFinite(d)) throw new JavaException('java.lang.NumberFormatException', 'Infinite or NaN');
    if (d === 0) return new JBigDecimal(0n, 0);
    // d = mantissa × 2^exp exactly; write 2^-k as 5^k / 10^k
    let exp = 0;
    let m = d;
    while (!Number.isInteger(m)) {
      m *= 2;
      exp--;
    }
    let unscaled = BigInt(m);
    if (exp >= 0) return new JBigDecimal(unscaled, 0);
    unscaled *= 5n ** BigInt(-exp);
    return new JBigDecimal(unscaled, -exp).stripTo(0);
  }

  /** Removes trailing zeros down to at least minScale (keeps the value). */
  private stripTo(minScale: number): JBigDecimal {
    let u = this.unscaled;
    let s = this.scale;
    while (s > minScale && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return new JBigDecimal(u, s);
  }

  withScale(scale: number): bigint {
    if (scale >= this.scale) return this.unscaled * 10n ** BigInt(scale - this.scale);
    return this.unscaled / 10n ** BigInt(this.scale - scale);
  }

  signum(): number {
    return this.unscaled === 0n ? 0 : this.unscaled < 0n ? -1 : 1;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  /** BigDecimal.toString(): plain when scale >= 0 and the adjusted exponent >= -6, else scientific. */
  toString(): string {
    const neg = this.unscaled < 0n;
    const coeff = (neg ? -this.unscaled : this.unscaled).toString();
    const adjusted = -this.scale + (coeff.length - 1);
    let out: string;
    if (this.scale >= 0 && adjusted >= -6) {
      if (this.scale === 0) out = coeff;
      else if (coeff.length > this.scale)
        out = coeff.slice(0, coeff.length - this.scale) + '.' + coeff.slice(coeff.length - this.scale);
      else out = '0.' + '0'.repeat(this.scale - coeff.length) + coeff;
    } else {
      out = coeff.length > 1 ? coeff[0] + '.' + coeff.slice(1) : coeff;
      if (adjusted !== 0) out += 'E' + (adjusted > 0 ? '+' : '') + adjusted;
    }
    return neg ? '-' + out : out;
  }
}

/** A java.math.BigInteger (an integer Velocity widened past Long, or a JSON integer past Long). */
export class JBigInteger {
  constructor(readonly value: bigint) {}
  toString(): string {
    return this.value.toString();
  }
}

/** Integer and Long: a JS number while safe, a bigint past 2^53. */
export type JavaLong = number | bigint;
export type JavaNumber = JavaLong | JBigInteger | JDouble | JBigDecimal;

export function isJavaNumber(v: unknown): v is JavaNumber {
  return (
    typeof v === 'number' ||
    typeof v === 'bigint' ||
    v instanceof JDouble ||
    v instanceof JBigDecimal ||
    v instanceof JBigInteger
  );
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;

/** A Long value: a number while safe, else a bigint. */
export function integer(v: bigint): JavaLong {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** An integer read from text (a literal, JSON): Integer or Long when it fits, else BigInteger. */
export function integerFromText(text: string): JavaLong | JBigInteger {
  if (text.length <= 15) {
    const n = Number(text);
    return n === 0 ? 0 : n;
  }
  const v = BigInt(text);
  return v >= LONG_MIN && v <= LONG_MAX ? integer(v) : new JBigInteger(v);
}

/** The result of long arithmetic: Velocity widens to BigInteger instead of wrapping. */
function longResult(v: bigint): JavaLong | JBigInteger {
  return v >= LONG_MIN && v <= LONG_MAX ? integer(v) : new JBigInteger(v);
}

function isIntegral(v: JavaNumber): v is JavaLong | JBigInteger {
  return typeof v === 'number' || typeof v === 'bigint' || v instanceof JBigInteger;
}

function toBig(v: JavaLong | JBigInteger): bigint {
  return typeof v === 'bigint' ? v : typeof v === 'number' ? BigInt(v) : v.value;
}

export function toDouble(v: JavaNumber): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof JDouble) return v.value;
  if (v instanceof JBigInteger) return Number(v.value);
  return v.toNumber();
}

/** MathUtils.toBigDecimal: a BigInteger exactly, anything else through doubleValue() (lossy past 2^53). */
export function toBigDecimal(v: JavaNumber): JBigDecimal {
  if (v instanceof JBigDecimal) return v;
  if (v instanceof JBigInteger) return new JBigDecimal(v.value, 0);
  if (v instanceof JDouble) return JBigDecimal.fromDouble(v.value);
  return JBigDecimal.fromDouble(Number(v));
}

/** Number.intValue(): Java narrowing (wraps), doubles truncate toward zero. */
export function intValue(v: JavaNumber): number {
  if (typeof v === 'number') return v | 0;
  if (typeof v === 'bigint') return Number(BigInt.asIntN(32, v));
  if (v instanceof JBigInteger) return Number(BigInt.asIntN(32, v.value));
  const d = toDouble(v);
  if (Number.isNaN(d)) return 0;
  if (d >= INT_MAX) return INT_MAX;
  if (d <= INT_MIN) return INT_MIN;
  return Math.trunc(d);
}

type Base = 'long' | 'bigint' | 'double' | 'bigdecimal';

/** MathUtils.findCalculationBase. */
function base(a: JavaNumber, b: JavaNumber): Base {
  const aInt = isIntegral(a);
  const bInt = isIntegral(b);
  const aBig = a instanceof JBigInteger;
  const bBig = b instanceof JBigInteger;
  if (a instanceof JBigDecimal || b instanceof JBigDecimal || ((!aInt || !bInt) && (aBig || bBig)))
    return 'bigdecimal';
  if (aInt && bInt) return aBig || bBig ? 'bigint' : 'long';
  return 'double';
}

function bdAlign(a: JBigDecimal, b: JBigDecimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.withScale(scale), b.withScale(scale), scale];
}

type Ints = JavaLong | JBigInteger;

export function add(a: JavaNumber, b: JavaNumber): JavaNumber {
  switch (base(a, b)) {
    case 'long':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
      }
      return longResult(toBig(a as Ints) + toBig(b as Ints));
    case 'bigint':
      return new JBigInteger(toBig(a as Ints) + toBig(b as Ints));
    case 'double':
      return new JDouble(toDouble(a) + toDouble(b));
    default: {
      const [x, y, s] = bdAlign(toBigDecimal(a), toBigDecimal(b));
      return new JBigDecimal(x + y, s);
    }
  }
}

export function subtract(a: JavaNumber, b: JavaNumber): JavaNumber {
  switch (base(a, b)) {
    case 'long':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
      }
      return longResult(toBig(a as Ints) - toBig(b as Ints));
    case 'bigint':
      return new JBigInteger(toBig(a as Ints) - toBig(b as Ints));
    case 'double':
      return new JDouble(toDouble(a) - toDouble(b));
    default: {
      const [x, y, s] = bdAlign(toBigDecimal(a), toBigDecimal(b));
      return new JBigDecimal(x - y, s);
    }
  }
}

export function multiply(a: JavaNumber, b: JavaNumber): JavaNumber {
  switch (base(a, b)) {
    case 'long':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
      }
      {
        // MathUtils checks overflow with result / b != a, which misses Long.MIN_VALUE * -1 (it wraps)
        const x = toBig(a as Ints);
        const y = toBig(b as Ints);
        const wrapped = BigInt.asIntN(64, x * y);
        if (y !== 0n && BigInt.asIntN(64, wrapped / y) !== x) return new JBigInteger(x * y);
        return integer(wrapped);
      }
    case 'bigint':
      return new JBigInteger(toBig(a as Ints) * toBig(b as Ints));
    case 'double':
      return new JDouble(toDouble(a) * toDouble(b));
    default: {
      const x = toBigDecimal(a);
      const y = toBigDecimal(b);
      return new JBigDecimal(x.unscaled * y.unscaled, x.scale + y.scale);
    }
  }
}

export function isZero(v: JavaNumber): boolean {
  if (typeof v === 'number') return v === 0;
  if (typeof v === 'bigint') return v === 0n;
  if (v instanceof JDouble) return v.value === 0;
  if (v instanceof JBigInteger) return v.value === 0n;
  return v.unscaled === 0n;
}

/** MathUtils.divide; null for a zero divisor (Velocity logs and yields null). */
export function divide(a: JavaNumber, b: JavaNumber): JavaNumber | null {
  if (isZero(b)) return null;
  switch (base(a, b)) {
    case 'long': {
      if (
        typeof a === 'number' &&
        typeof b === 'number' &&
        Math.abs(a) <= INT_MAX &&
        Math.abs(b) <= INT_MAX
      ) {
        const q = Math.trunc(a / b);
        return q === 0 ? 0 : q;
      }
      const q = toBig(a as Ints) / toBig(b as Ints);
      // long arithmetic wraps on the one overflowing division, Long.MIN_VALUE / -1
      return integer(q > LONG_MAX ? LONG_MIN : q);
    }
    case 'bigint':
      return new JBigInteger(toBig(a as Ints) / toBig(b as Ints));
    case 'double':
      return new JDouble(toDouble(a) / toDouble(b));
    default:
      return bigDecimalDivide(toBigDecimal(a), toBigDecimal(b));
  }
}

/** BigDecimal.divide(divisor, ROUND_HALF_DOWN): the result keeps the dividend's scale. */
function bigDecimalDivide(a: JBigDecimal, b: JBigDecimal): JBigDecimal {
  const scale = a.scale;
  // a/b at `scale` = a.unscaled × 10^(scale - a.scale + b.scale) / b.unscaled
  const shift = scale - a.scale + b.scale;
  let num = a.unscaled;
  let den = b.unscaled;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den *= 10n ** BigInt(-shift);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  let q = num / den;
  const r = num - q * den;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice > den) q += num < 0n ? -1n : 1n;
  return new JBigDecimal(q, scale);
}

/** MathUtils.modulo; null for a zero divisor. BigInteger uses mod (non-negative); BigDecimal fails. */
export function modulo(a: JavaNumber, b: JavaNumber): JavaNumber | null {
  if (isZero(b)) return null;
  switch (base(a, b)) {
    case 'long':
      if (typeof a === 'number' && typeof b === 'number') {
        const r = a % b;
        return r === 0 ? 0 : r;
      }
      return integer(toBig(a as Ints) % toBig(b as Ints));
    case 'bigint': {
      const m = toBig(b as Ints);
      if (m < 0n)
        throw new JavaException('java.lang.ArithmeticException', 'BigInteger: modulus not positive');
      const r = toBig(a as Ints) % m;
      return new JBigInteger(r < 0n ? r + m : r);
    }
    case 'double':
      return new JDouble(toDouble(a) % toDouble(b));
    default:
      throw new JavaException('java.lang.ArithmeticException', 'Cannot calculate the modulo of BigDecimals.');
  }
}

/** MathUtils.compare: negative, zero or positive. */
export function compareNumbers(a: JavaNumber, b: JavaNumber): number {
  switch (base(a, b)) {
    case 'long':
    case 'bigint': {
      if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
      const x = toBig(a as Ints);
      const y = toBig(b as Ints);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    case 'double': {
      const x = toDouble(a);
      const y = toDouble(b);
      return x < y ? -1 : x > y ? 1 : 0;
    }
    default: {
      const [x, y] = bdAlign(toBigDecimal(a), toBigDecimal(b));
      return x < y ? -1 : x > y ? 1 : 0;
    }
  }
}

/** Velocity integer literal: Integer, else Long, else BigInteger. */
export function parseIntegerLiteral(text: string): JavaLong | JBigInteger {
  return integerFromText(text);
}

/** A Java exception raised by a method; the render fails with it (MethodInvocationException). */
export class JavaException extends Error {
  constructor(
    readonly javaClass: string,
    message: string,
  ) {
    super(message);
  }
}
