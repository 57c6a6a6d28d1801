/**
 * What the page must know about share links before it loads the codec (./share.ts, with fflate, is
 * loaded on demand so DEFLATE stays out of the first paint's bundle).
 */

/** Format marker: "d" for design, "1" for raw DEFLATE of the UTF-8 JSON. */
export const SHARE_PREFIX = 'd1=';
/** Longest fragment we read; Chromium caps whole URLs at 2 MB. */
export const MAX_FRAGMENT_CHARS = 1_000_000;

/** Whether a fragment looks like one of our links (so other fragments are left alone). */
export function isShareFragment(fragment: string): boolean {
  return fragment.replace(/^#/, '').startsWith(SHARE_PREFIX);
}
