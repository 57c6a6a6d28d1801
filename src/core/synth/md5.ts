/**
 * MD5 (RFC 1321) of the UTF-8 bytes of a string, as lower-case hex. CDK derives logical-ID suffixes
 * and the Deployment's logical ID from it (aws-cdk-lib/core/lib/private/md5.js: md5hash of UTF-8).
 *
 * Written by hand because the core must run in the browser (no Node crypto, and WebCrypto has no
 * MD5 and is async) and must be fast: the Deployment hash covers every method's props, ~150 kB for
 * a 50-method design. @noble/hashes' md5 needs ~2.4 ms for that, this ~0.4 ms; js-md5 is as fast
 * but switches to Node's crypto under Node, so tests would not run the browser's code.
 * Lone surrogates become U+FFFD (TextEncoder), as with Node's Buffer in CDK.
 */

/** Left-rotation amount of each step: four per round, repeated. */
const ROUND_SHIFTS = new Uint8Array(64);
for (let i = 0; i < 64; i++) {
  ROUND_SHIFTS[i] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
  ][i >> 4][i & 3];
}

/** K[i] = floor(|sin(i + 1)| · 2^32), as signed 32-bit integers. */
const K = new Int32Array(64);
for (let i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) | 0;

/** Message word used in step i of each round. */
const WORD_INDEX = new Uint8Array(64);
for (let i = 0; i < 64; i++) {
  if (i < 16) WORD_INDEX[i] = i;
  else if (i < 32) WORD_INDEX[i] = (5 * i + 1) % 16;
  else if (i < 48) WORD_INDEX[i] = (3 * i + 5) % 16;
  else WORD_INDEX[i] = (7 * i) % 16;
}

let buffer = new Uint8Array(1 << 16);
/** The same bytes as 32-bit words: MD5 reads little-endian words, the typed-array order on LE hosts. */
let bufferWords = new Int32Array(buffer.buffer);
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const blockWords = new Int32Array(16);

/** The WHATWG TextEncoder (browsers, workers, Node); typed here as the core has no DOM library. */
interface Utf8Encoder {
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}
const utf8 = new (globalThis as unknown as { TextEncoder: new () => Utf8Encoder }).TextEncoder();

/** Writes the UTF-8 bytes of `text` into `buffer` from `offset` (grown as needed); returns their count. */
function encodeUtf8(text: string, offset: number): number {
  // At most 3 bytes per UTF-16 unit, plus room for a partial block and the padding.
  const needed = offset + text.length * 3 + 136;
  if (buffer.length < needed) {
    buffer = new Uint8Array(Math.max(needed, buffer.length * 2) + 3);
    bufferWords = new Int32Array(buffer.buffer, 0, buffer.length >> 2);
  }
  return utf8.encodeInto(text, buffer.subarray(offset)).written;
}

function hex32LittleEndian(word: number): string {
  let out = '';
  for (let byte = 0; byte < 4; byte++) {
    const value = (word >>> (byte * 8)) & 0xff;
    out += (value < 16 ? '0' : '') + value.toString(16);
  }
  return out;
}

/** Runs the compression function over the 64-byte blocks of `buffer` in [start, end). */
function compress(state: Int32Array, start: number, end: number): void {
  const bytes = buffer;
  let a0 = state[0];
  let b0 = state[1];
  let c0 = state[2];
  let d0 = state[3];
  for (let offset = start; offset < end; offset += 64) {
    let words = bufferWords;
    let base = offset >> 2;
    if (!LITTLE_ENDIAN_HOST) {
      for (let w = 0; w < 16; w++) {
        const p = offset + w * 4;
        blockWords[w] = bytes[p] | (bytes[p + 1] << 8) | (bytes[p + 2] << 16) | (bytes[p + 3] << 24);
      }
      words = blockWords;
      base = 0;
    }
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    // Four rounds of 16 steps, each with its own mixing function (F, G, H, I).
    for (let i = 0; i < 16; i++) {
      const sum = (a + ((b & c) | (~b & d)) + K[i] + words[base + i]) | 0;
      const shift = ROUND_SHIFTS[i];
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    for (let i = 16; i < 32; i++) {
      const sum = (a + ((d & b) | (~d & c)) + K[i] + words[base + WORD_INDEX[i]]) | 0;
      const shift = ROUND_SHIFTS[i];
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    for (let i = 32; i < 48; i++) {
      const sum = (a + (b ^ c ^ d) + K[i] + words[base + WORD_INDEX[i]]) | 0;
      const shift = ROUND_SHIFTS[i];
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    for (let i = 48; i < 64; i++) {
      const sum = (a + (c ^ (b | ~d)) + K[i] + words[base + WORD_INDEX[i]]) | 0;
      const shift = ROUND_SHIFTS[i];
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    a0 = (a0 + a) | 0;
    b0 = (b0 + b) | 0;
    c0 = (c0 + c) | 0;
    d0 = (d0 + d) | 0;
  }
  state[0] = a0;
  state[1] = b0;
  state[2] = c0;
  state[3] = d0;
}

function initialState(): Int32Array {
  return Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
}

/**
 * Pads the `length` bytes at the start of `buffer` (0x80, zeros up to 56 mod 64, the total bit
 * length as 64-bit little-endian), compresses them into `state` and returns the digest.
 */
function finish(state: Int32Array, length: number, totalBytes: number): string {
  const padded = (((length + 8) >> 6) + 1) << 6;
  const bytes = buffer;
  bytes[length] = 0x80;
  bytes.fill(0, length + 1, padded);
  const bitLength = totalBytes * 8;
  bytes[padded - 8] = bitLength & 0xff;
  bytes[padded - 7] = (bitLength >>> 8) & 0xff;
  bytes[padded - 6] = (bitLength >>> 16) & 0xff;
  bytes[padded - 5] = (bitLength >>> 24) & 0xff;
  bytes[padded - 4] = Math.floor(bitLength / 0x100000000) & 0xff;
  compress(state, 0, padded);
  return (
    hex32LittleEndian(state[0]) +
    hex32LittleEndian(state[1]) +
    hex32LittleEndian(state[2]) +
    hex32LittleEndian(state[3])
  );
}

export function md5Hex(text: string): string {
  const length = encodeUtf8(text, 0);
  return finish(initialState(), length, length);
}

/** An MD5 in progress: the state after the whole blocks seen, and the bytes of the last partial one. */
interface Md5Progress {
  state: Int32Array;
  tail: Uint8Array;
  totalBytes: number;
}

function update(progress: Md5Progress, text: string): Md5Progress {
  const tailLength = progress.tail.length;
  const length = tailLength + encodeUtf8(text, tailLength);
  buffer.set(progress.tail, 0);
  const whole = length & ~63;
  const state = progress.state.slice();
  compress(state, 0, whole);
  return { state, tail: buffer.slice(whole, length), totalBytes: progress.totalBytes + length - tailLength };
}

/** The last concatenation hashed, and the progress after each of its parts. */
let previousParts: readonly string[] = [];
let previousProgress: Md5Progress[] = [];

/**
 * md5Hex(parts.join('')), resuming after the longest run of leading parts equal to the previous
 * call's: the Deployment hash is a concatenation of per-resource and per-method JSON, and one
 * keystroke changes one part, so most of the hashing is not redone.
 */
export function md5OfConcatenation(parts: readonly string[]): string {
  let same = 0;
  while (same < parts.length && same < previousParts.length && parts[same] === previousParts[same]) same++;
  const progress = previousProgress.slice(0, same);
  let current: Md5Progress =
    same > 0 ? progress[same - 1] : { state: initialState(), tail: new Uint8Array(0), totalBytes: 0 };
  for (let i = same; i < parts.length; i++) {
    current = update(current, parts[i]);
    progress.push(current);
  }
  previousParts = parts.slice();
  previousProgress = progress;
  buffer.set(current.tail, 0);
  return finish(current.state.slice(), current.tail.length, current.totalBytes);
}
