/**
 * Double.toString exactly as the Java runtimes API Gateway's stack runs on print it (JDK 8 to 18:
 * sun.misc.FloatingDecimal). Its digit generation is not the shortest round-trip form JavaScript uses:
 * it stops on a symmetric half-ULP test and may print a 17th digit (`-9.2233720347072922E18` where JS
 * prints `-9.223372034707292E18`), and in E-notation range it always develops a second digit. Written by
 * hand after the algorithm's published behaviour (the behaviour is pinned by oracle-recorded tests);
 * no JavaScript library reproduces it.
 */

const EXP_SHIFT = 52;
const FRACT_HOB = 1n << 52n;
const EXP_BIAS = 1023;
const MAX_SMALL_BIN_EXP = 62;
const MIN_SMALL_BIN_EXP = -21;
/** Bits needed for 5^i. */
const N_5_BITS = [
  0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61,
];
const INSIGNIFICANT_DIGITS = [
  0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9, 9, 10,
  10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18,
  18, 19,
];

const buf = new DataView(new ArrayBuffer(8));

function doubleBits(d: number): bigint {
  buf.setFloat64(0, d);
  return buf.getBigUint64(0);
}

function bitsToDouble(b: bigint): number {
  buf.setBigUint64(0, b);
  return buf.getFloat64(0);
}

function numberOfTrailingZeros(v: bigint): number {
  // the mantissa has at most 53 bits: exact as a number
  let m = Number(v);
  if (m === 0) return 64;
  let n = 0;
  while (m % 2 === 0) {
    m /= 2;
    n++;
  }
  return n;
}

function numberOfLeadingZeros(v: bigint): number {
  let n = 0;
  for (let bit = 63n; bit >= 0n && ((v >> bit) & 1n) === 0n; bit--) n++;
  return n;
}

const pow5 = (n: number): bigint => 5n ** BigInt(n);
const int32 = (v: number): number => v | 0;
const int64 = (v: bigint): bigint => BigInt.asIntN(64, v);

/** FloatingDecimal.estimateDecExp: floor(log10(d)) from the bits. */
function estimateDecExp(fractBits: bigint, binExp: number): number {
  const d2 = bitsToDouble(0x3ff0000000000000n | (fractBits & 0x000fffffffffffffn));
  const d = (d2 - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981;
  return Math.floor(d);
}

interface Digits {
  digits: number[];
  decExponent: number;
}

function developLongDigits(decExponent: number, lvalue: bigint, insignificant: number): Digits {
  if (insignificant !== 0) {
    const pow10 = 10n ** BigInt(insignificant);
    const residue = lvalue % pow10;
    lvalue /= pow10;
    decExponent += insignificant;
    if (residue >= pow10 >> 1n) lvalue++;
  }
  const text = lvalue.toString();
  let end = text.length;
  while (end > 1 && text[end - 1] === '0') end--;
  const digits = Array.from(text.slice(0, end), (c) => c.charCodeAt(0) - 48);
  // decExponent counts the digits before the point
  return { digits, decExponent: decExponent + text.length };
}

function roundup(r: Digits): void {
  const d = r.digits;
  let i = d.length - 1;
  let q = d[i];
  if (q === 9) {
    while (q === 9 && i > 0) {
      d[i] = 0;
      q = d[--i];
    }
    if (q === 9) {
      r.decExponent += 1;
      d[0] = 1;
      return;
    }
  }
  d[i] = q + 1;
}

/** BinaryToASCIIBuffer.dtoa for a positive finite double. */
function dtoa(binExp: number, fractBits: bigint, nSignificantBits: number): Digits {
  const tailZeros = numberOfTrailingZeros(fractBits);
  const nFractBits = EXP_SHIFT + 1 - tailZeros;
  const nTinyBits = Math.max(0, nFractBits - binExp - 1);
  if (binExp <= MAX_SMALL_BIN_EXP && binExp >= MIN_SMALL_BIN_EXP) {
    if (nTinyBits < 27 && nFractBits + N_5_BITS[nTinyBits] < 64 && nTinyBits === 0) {
      const insignificant =
        binExp > nSignificantBits
          ? binExp - nSignificantBits - 1 > 1 && binExp - nSignificantBits - 1 < INSIGNIFICANT_DIGITS.length
            ? INSIGNIFICANT_DIGITS[binExp - nSignificantBits - 1]
            : 0
          : 0;
      const lvalue =
        binExp >= EXP_SHIFT
          ? fractBits << BigInt(binExp - EXP_SHIFT)
          : fractBits >> BigInt(EXP_SHIFT - binExp);
      return developLongDigits(0, lvalue, insignificant);
    }
  }
  let decExp = estimateDecExp(fractBits, binExp);
  const B5 = Math.max(0, -decExp);
  let B2 = B5 + nTinyBits + binExp;
  const S5 = Math.max(0, decExp);
  let S2 = S5 + nTinyBits;
  const M5 = B5;
  let M2 = B2 - nSignificantBits;

  const fract = fractBits >> BigInt(tailZeros);
  B2 -= nFractBits - 1;
  const common2 = Math.min(B2, S2);
  B2 -= common2;
  S2 -= common2;
  M2 -= common2;
  if (nFractBits === 1) M2 -= 1;
  if (M2 < 0) {
    B2 -= M2;
    S2 -= M2;
    M2 = 0;
  }

  const digits: number[] = [];
  let low: boolean;
  let high: boolean;
  let lowDigitDifference: bigint;
  const Bbits = nFractBits + B2 + (B5 < N_5_BITS.length ? N_5_BITS[B5] : B5 * 3);
  const tenSbits = S2 + 1 + (S5 + 1 < N_5_BITS.length ? N_5_BITS[S5 + 1] : (S5 + 1) * 3);
  const eForm = decExp < -3 || decExp >= 8;

  if (Bbits < 64 && tenSbits < 64) {
    if (Bbits < 32 && tenSbits < 32) {
      // int arithmetic, overflow included
      let b = int32(Number(fract) * Number(pow5(B5)) * 2 ** B2);
      const s = int32(Number(pow5(S5)) * 2 ** S2);
      let m = int32(Number(pow5(M5)) * 2 ** M2);
      const tens = int32(s * 10);
      let q = Math.trunc(b / s);
      b = int32(10 * (b % s));
      m = int32(m * 10);
      low = b < m;
      high = int32(b + m) > tens;
      if (q === 0 && !high) decExp--;
      else digits.push(q);
      if (eForm) high = low = false;
      while (!low && !high) {
        q = Math.trunc(b / s);
        b = int32(10 * (b % s));
        m = int32(m * 10);
        if (m > 0) {
          low = b < m;
          high = int32(b + m) > tens;
        } else {
          low = true;
          high = true;
        }
        digits.push(q);
      }
      lowDigitDifference = BigInt(int32(int32(b << 1) - tens));
    } else {
      // long arithmetic, overflow included
      let b = int64(int64(fract * pow5(B5)) << BigInt(B2));
      const s = int64(pow5(S5) << BigInt(S2));
      let m = int64(pow5(M5) << BigInt(M2));
      const tens = int64(s * 10n);
      let q = Number(b / s);
      b = int64(10n * (b % s));
      m = int64(m * 10n);
      low = b < m;
      high = int64(b + m) > tens;
      if (q === 0 && !high) decExp--;
      else digits.push(q);
      if (eForm) high = low = false;
      while (!low && !high) {
        q = Number(b / s);
        b = int64(10n * (b % s));
        m = int64(m * 10n);
        if (m > 0n) {
          low = b < m;
          high = int64(b + m) > tens;
        } else {
          low = true;
          high = true;
        }
        digits.push(q);
      }
      lowDigitDifference = int64(int64(b << 1n) - tens);
    }
  } else {
    // big integers: exact
    const S = pow5(S5) << BigInt(S2);
    let B = (fract * pow5(B5)) << BigInt(B2);
    let M = (pow5(M5 + 1) << BigInt(M2 + 1)) >> 0n;
    const tenS = pow5(S5 + 1) << BigInt(S2 + 1);
    let q = Number(B / S);
    B = (B % S) * 10n;
    low = B < M;
    high = B + M >= tenS;
    if (q === 0 && !high) decExp--;
    else digits.push(q);
    if (eForm) high = low = false;
    while (!low && !high) {
      q = Number(B / S);
      B = (B % S) * 10n;
      M *= 10n;
      low = B < M;
      high = B + M >= tenS;
      digits.push(q);
    }
    lowDigitDifference = high && low ? (B << 1n) - tenS : 0n;
    if (high && low && lowDigitDifference !== 0n) lowDigitDifference = lowDigitDifference > 0n ? 1n : -1n;
  }
  const r: Digits = { digits, decExponent: decExp + 1 };
  if (high) {
    if (low) {
      if (lowDigitDifference === 0n) {
        if ((digits[digits.length - 1] & 1) !== 0) roundup(r);
      } else if (lowDigitDifference > 0n) roundup(r);
    } else roundup(r);
  }
  return r;
}

/** Printed doubles, kept because a render prints the same payload values each time it runs. */
const cache = new Map<number, string>();

/** java.lang.Double.toString(d). */
export function javaDoubleToString(d: number): string {
  let s = cache.get(d);
  if (s === undefined || (d === 0 && Object.is(d, -0))) {
    s = compute(d);
    if (cache.size >= 8192) cache.clear();
    cache.set(d, s);
  }
  return s;
}

function compute(d: number): string {
  if (Number.isNaN(d)) return 'NaN';
  if (d === Infinity) return 'Infinity';
  if (d === -Infinity) return '-Infinity';
  if (d === 0) return Object.is(d, -0) ? '-0.0' : '0.0';
  const bits = doubleBits(d);
  const negative = bits >> 63n === 1n;
  let fractBits = bits & 0x000fffffffffffffn;
  let binExp = Number((bits >> 52n) & 0x7ffn);
  let nSignificantBits: number;
  if (binExp === 0) {
    const leadingZeros = numberOfLeadingZeros(fractBits);
    const shift = leadingZeros - (63 - EXP_SHIFT);
    fractBits <<= BigInt(shift);
    binExp = 1 - shift;
    nSignificantBits = 64 - leadingZeros;
  } else {
    fractBits |= FRACT_HOB;
    nSignificantBits = EXP_SHIFT + 1;
  }
  binExp -= EXP_BIAS;
  const { digits, decExponent } = dtoa(binExp, fractBits, nSignificantBits);
  const ds = digits.join('');
  let out: string;
  if (decExponent > 0 && decExponent < 8) {
    const n = Math.min(ds.length, decExponent);
    out = ds.slice(0, n);
    if (n < decExponent) out += '0'.repeat(decExponent - n) + '.0';
    else out += '.' + (n < ds.length ? ds.slice(n) : '0');
  } else if (decExponent <= 0 && decExponent > -3) {
    out = '0.' + '0'.repeat(-decExponent) + ds;
  } else {
    out = ds[0] + '.' + (ds.length > 1 ? ds.slice(1) : '0') + 'E';
    out += decExponent <= 0 ? '-' + (-decExponent + 1) : String(decExponent - 1);
  }
  return negative ? '-' + out : out;
}
