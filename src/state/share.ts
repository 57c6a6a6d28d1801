/**
 * Share links: the whole design, deflated and base64url-encoded, after `#d1=` in the app's own URL
 * (no server). Decoding is bounded (fragment length, inflated size) and everything decoded goes
 * through parseDesign, so a hostile link can only produce an error message. The app loads this
 * module (and fflate with it) only when a link is opened or written: see ./shareFormat.ts.
 */
import { Inflate, deflateSync } from 'fflate';
import type { Design, Diagnostic } from '../core';
import { acceptDesign, summarizeErrors } from './acceptDesign';

import { MAX_FRAGMENT_CHARS, SHARE_PREFIX } from './shareFormat';

export { MAX_FRAGMENT_CHARS, SHARE_PREFIX, isShareFragment } from './shareFormat';
/** Largest design JSON we inflate to; real designs are a few kB. */
export const MAX_DESIGN_BYTES = 2 * 1024 * 1024;

export type SharedDesign =
  | { design: Design; diagnostics: Diagnostic[]; error?: undefined }
  | { design?: undefined; diagnostics: Diagnostic[]; error: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

class TooLarge extends Error {}

/** Inflates at most `limit` bytes; small input chunks keep each step's output small too. */
function boundedInflate(data: Uint8Array, limit: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new TooLarge();
    parts.push(chunk);
    if (final) done = true;
  });
  const step = 1024;
  for (let i = 0; i < data.length; i += step) {
    inflate.push(data.subarray(i, i + step), i + step >= data.length);
  }
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  if (!done) throw new Error('the data ends early');
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The fragment (without `#`) that carries `design`. */
export function encodeDesignFragment(design: Design): string {
  const json = new TextEncoder().encode(JSON.stringify(design));
  return SHARE_PREFIX + toBase64Url(deflateSync(json, { level: 9 }));
}

/** The full link: the page's own address with the design after `#`. */
export function shareUrl(pageUrl: string, design: Design): string {
  const base = pageUrl.split('#')[0];
  return `${base}#${encodeDesignFragment(design)}`;
}

function failure(error: string, diagnostics: Diagnostic[] = []): SharedDesign {
  return { error, diagnostics };
}

/** Reads a design from a fragment (with or without `#`). Never throws. */
export function decodeDesignFragment(fragment: string): SharedDesign {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX))
    return failure('This link does not contain an Integration Studio design.');
  const payload = body.slice(SHARE_PREFIX.length);
  if (payload.length > MAX_FRAGMENT_CHARS) {
    return failure(
      `This shared design is too large to open (${payload.length.toLocaleString('en')} characters; the limit is ${MAX_FRAGMENT_CHARS.toLocaleString('en')}).`,
    );
  }
  const compressed = fromBase64Url(payload);
  if (!compressed) return failure('This link is damaged: its design data is not valid base64url text.');
  let bytes: Uint8Array;
  try {
    bytes = boundedInflate(compressed, MAX_DESIGN_BYTES);
  } catch (error) {
    if (error instanceof TooLarge) {
      return failure(
        `This shared design is too large to open (more than ${MAX_DESIGN_BYTES / 1024 / 1024} MB when unpacked).`,
      );
    }
    return failure('This link is damaged: its design data could not be decompressed.');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('This link is damaged: its design is not UTF-8 text.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return failure('This link is damaged: its design is not valid JSON.');
  }
  const accepted = acceptDesign(data);
  if (!accepted.design) {
    return failure(
      `This shared design is not valid: ${summarizeErrors(accepted.diagnostics)}`,
      accepted.diagnostics,
    );
  }
  return { design: accepted.design, diagnostics: accepted.diagnostics };
}
