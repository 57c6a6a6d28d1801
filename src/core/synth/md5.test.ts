import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { md5Hex, md5OfConcatenation } from './md5';

// The oracle: Node's crypto, which CDK itself uses (core/lib/private/md5.js cryptoMd5).
const nodeMd5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

describe('md5Hex', () => {
  it('gives RFC 1321 test-suite digests', () => {
    expect(md5Hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(md5Hex('abc')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(md5Hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(md5Hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe(
      '57edf4a22be3c955ac49da2e2107b67a',
    );
  });

  it('matches Node crypto at every padding boundary and for large inputs', () => {
    for (const length of [1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 70_000, 300_000]) {
      const text = 'x'.repeat(length - 1) + 'é';
      expect(md5Hex(text), String(length)).toBe(nodeMd5(text));
    }
  });

  it('encodes UTF-8 as Node does, lone surrogates included', () => {
    for (const text of ['é', '日本語', '😀', 'a\ud800b', '\udc00', 'end\ud83d', '\ud83d\ude00\ud83d']) {
      expect(md5Hex(text), JSON.stringify(text)).toBe(nodeMd5(text));
    }
  });

  it('matches Node crypto on random strings', () => {
    const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
    const text = fc.array(
      fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), surrogate),
      {
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join('');
        expect(md5Hex(joined)).toBe(nodeMd5(joined));
      }),
      { numRuns: 2000, seed: 42 },
    );
  });

  it('hashes concatenations like the joined text, resuming after unchanged leading parts', () => {
    const part = fc.oneof(
      fc.string({ maxLength: 70 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constant('x'.repeat(200)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(part, { maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        fc.array(part, { maxLength: 5 }),
        (calls, shared) => {
          for (const parts of calls) {
            const all = [...shared, ...parts];
            expect(md5OfConcatenation(all)).toBe(nodeMd5(all.join('')));
          }
        },
      ),
      { numRuns: 500, seed: 8 },
    );
  });
});
