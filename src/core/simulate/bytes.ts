/**
 * UTF-8 and base64 over Uint8Array, by hand: the pure core has no TextEncoder/atob typings (no DOM lib)
 * and no Node Buffer, and these few lines are all the simulator's payload conversions need.
 */

export function utf8Encode(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0) ?? 0;
    // A lone surrogate cannot be encoded; Java and browsers write U+FFFD instead.
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out.push(code);
    else if (code < 0x800) out.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) out.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else
      out.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
  }
  return Uint8Array.from(out);
}

/** How many continuation bytes follow a lead byte, and the bits it carries; undefined when invalid. */
function leadByte(byte: number): [number, number] | undefined {
  if (byte < 0x80) return [0, byte];
  if (byte >= 0xc2 && byte < 0xe0) return [1, byte & 0x1f];
  if (byte >= 0xe0 && byte < 0xf0) return [2, byte & 0x0f];
  if (byte >= 0xf0 && byte < 0xf5) return [3, byte & 0x07];
  return undefined;
}

const MIN_CODE = [0, 0x80, 0x800, 0x10000];

/** Decodes UTF-8; each malformed sequence becomes U+FFFD (as Java's decoder does when replacing). */
export function utf8Decode(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = leadByte(bytes[i]);
    if (!lead) {
      out += '\ufffd';
      i += 1;
      continue;
    }
    const extra = lead[0];
    let code = lead[1];
    let j = 1;
    for (; j <= extra; j++) {
      const next = bytes[i + j];
      if (next === undefined || (next & 0xc0) !== 0x80) break;
      code = (code << 6) | (next & 0x3f);
    }
    if (j <= extra || code < MIN_CODE[extra] || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
      out += '\ufffd';
      i += Math.max(1, j);
      continue;
    }
    out += String.fromCodePoint(code);
    i += extra + 1;
  }
  return out;
}

/** True when the bytes are well-formed UTF-8 (so a text round trip is lossless). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return bytesEqual(utf8Encode(utf8Decode(bytes)), bytes);
}

function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/**
 * Decodes standard base64 (padding optional, as java.util.Base64's basic decoder accepts it);
 * undefined when the text is not base64, which API Gateway answers with a 500.
 */
export function base64Decode(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '');
  if (clean.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(clean) || text.length - clean.length > 2)
    return undefined;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    buffer = (buffer << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}
