/**
 * Deterministic identifiers derived from the request id, so a simulation prints the same log every
 * time: Lambda's request id, the X-Amzn-Trace-Id root.
 */

/** 32-bit FNV-1a over a string. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

function hex(text: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    out += fnv1a(`${round}:${text}`).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

/** A UUID-shaped id derived from a seed and a purpose. */
export function derivedId(seed: string, purpose: string): string {
  const h = hex(`${purpose}:${seed}`, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** An X-Ray trace id: 1-<epoch seconds in hex>-<24 hex digits>. */
export function traceIdFor(requestId: string, epochMillis: number): string {
  const seconds = Math.max(0, Math.floor((Number.isFinite(epochMillis) ? epochMillis : 0) / 1000));
  return `1-${seconds.toString(16).padStart(8, '0')}-${hex(`trace:${requestId}`, 24)}`;
}
