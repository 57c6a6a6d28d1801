import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exampleDesign } from './example';
import {
  MAX_DESIGN_BYTES,
  MAX_FRAGMENT_CHARS,
  SHARE_PREFIX,
  decodeDesignFragment,
  encodeDesignFragment,
  shareUrl,
} from './share';

function fragmentOf(text: string): string {
  const bytes = deflateSync(new TextEncoder().encode(text));
  return SHARE_PREFIX + Buffer.from(bytes).toString('base64url');
}

describe('share links', () => {
  it('round-trip a design', () => {
    const design = exampleDesign();
    const fragment = encodeDesignFragment(design);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^d1=[A-Za-z0-9_-]+$/);
    const decoded = decodeDesignFragment('#' + fragment);
    expect(decoded.error).toBeUndefined();
    expect(decoded.design).toEqual(design);
  });

  it('put the design after the page address, replacing an old fragment', () => {
    const url = shareUrl('http://127.0.0.1:4173/#d1=old', exampleDesign());
    expect(url.startsWith('http://127.0.0.1:4173/#d1=')).toBe(true);
    expect(url).not.toContain('old');
  });

  it('keep non-ASCII text', () => {
    const design = { ...exampleDesign(), api: { id: 'Api', description: 'Tiere – 🐈 café' } };
    expect(decodeDesignFragment(encodeDesignFragment(design)).design?.api.description).toBe(
      'Tiere – 🐈 café',
    );
  });

  it.each([
    ['another fragment', '#section-2', 'does not contain'],
    ['bad base64', '#d1=***', 'not valid base64url'],
    ['bad deflate data', '#d1=AAAA', 'could not be decompressed'],
    ['not JSON', '#' + fragmentOf('{nope'), 'not valid JSON'],
    ['not a design', '#' + fragmentOf('{"version":1}'), 'not valid'],
  ])('explain %s', (_name, fragment, message) => {
    const decoded = decodeDesignFragment(fragment);
    expect(decoded.design).toBeUndefined();
    expect(decoded.error).toContain(message);
  });

  it('refuse a fragment past the length limit without decoding it', () => {
    const decoded = decodeDesignFragment(SHARE_PREFIX + 'A'.repeat(MAX_FRAGMENT_CHARS + 1));
    expect(decoded.error).toContain('too large');
  });

  it('stop inflating a small link that unpacks to 5 MB', () => {
    const bomb = JSON.stringify({
      ...exampleDesign(),
      api: { id: 'Api', description: 'x'.repeat(5 * 1024 * 1024) },
    });
    const fragment = fragmentOf(bomb);
    expect(fragment.length).toBeLessThan(20_000);
    const decoded = decodeDesignFragment(fragment);
    expect(decoded.error).toContain(`more than ${MAX_DESIGN_BYTES / 1024 / 1024} MB`);
  });

  it('keep "__proto__" keys as data', () => {
    const text =
      '{"version":1,"stack":{"id":"S"},"api":{"id":"A","__proto__":{"polluted":true}},"functions":[],"methods":[]}';
    const decoded = decodeDesignFragment(fragmentOf(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (decoded.design) expect(Object.getPrototypeOf(decoded.design.api)).toBe(Object.prototype);
  });
});
