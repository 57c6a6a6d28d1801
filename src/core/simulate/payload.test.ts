import { describe, expect, it } from 'vitest';
import { base64Decode, base64Encode, isValidUtf8, utf8Decode, utf8Encode } from './bytes';
import {
  convertRequestPayload,
  convertResponsePayload,
  isBinaryMediaType,
  mediaTypeOf,
  methodRequestPayload,
  text,
} from './payload';

describe('bytes', () => {
  it('round-trips UTF-8 and base64 like Node does', () => {
    for (const sample of ['', 'a', 'héllo', '€', '😀 x', '\u0000\u007f\u0080']) {
      const bytes = utf8Encode(sample);
      expect([...bytes]).toEqual([...Buffer.from(sample, 'utf8')]);
      expect(utf8Decode(bytes)).toBe(sample);
      expect(base64Encode(bytes)).toBe(Buffer.from(sample, 'utf8').toString('base64'));
      expect([...(base64Decode(base64Encode(bytes)) ?? [])]).toEqual([...bytes]);
    }
  });

  it('replaces malformed UTF-8 and rejects text that is not base64', () => {
    expect(utf8Decode(Uint8Array.from([0x61, 0xff, 0x62]))).toBe('a\ufffdb');
    expect(utf8Decode(Uint8Array.from([0xe2, 0x82]))).toBe('\ufffd');
    expect(isValidUtf8(Uint8Array.from([0xc3, 0xa9]))).toBe(true);
    expect(isValidUtf8(Uint8Array.from([0xc3]))).toBe(false);
    expect(base64Decode('not base64!')).toBeUndefined();
    expect(base64Decode('YQ')).toEqual(Uint8Array.from([0x61]));
    expect(base64Decode('Y')).toBeUndefined();
  });
});

describe('media types and content handling', () => {
  it('reads the first media type without parameters', () => {
    expect(mediaTypeOf('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(mediaTypeOf('image/webp,image/*,*/*;q=0.8')).toBe('image/webp');
    expect(mediaTypeOf('')).toBeUndefined();
  });

  it('matches binaryMediaTypes exactly or by wildcard', () => {
    expect(isBinaryMediaType('image/png', ['image/png'])).toBe(true);
    expect(isBinaryMediaType('image/png', ['image/*'])).toBe(true);
    expect(isBinaryMediaType('text/plain', ['*/*'])).toBe(true);
    expect(isBinaryMediaType('application/json', ['image/*'])).toBe(false);
    expect(isBinaryMediaType(undefined, ['*/*'])).toBe(false);
  });

  it('converts request payloads per the documented table', () => {
    const binary = methodRequestPayload('abc', 'image/png', ['image/png']);
    expect(binary.kind).toBe('binary');
    expect(convertRequestPayload(binary, 'CONVERT_TO_TEXT')).toEqual({ payload: text('YWJj') });
    expect(convertRequestPayload(binary, undefined)).toEqual({ payload: binary });
    expect(convertRequestPayload(text('YWJj'), 'CONVERT_TO_BINARY')).toEqual({
      payload: { kind: 'binary', bytes: Uint8Array.from([0x61, 0x62, 0x63]) },
    });
    expect(convertRequestPayload(text('{"a":1}'), 'CONVERT_TO_BINARY')).toHaveProperty('error');
    expect(methodRequestPayload('abc', 'application/json', ['image/png'])).toEqual(text('abc'));
  });

  it('converts response payloads per the documented table', () => {
    expect(convertResponsePayload(text('YWJj'), undefined, true)).toHaveProperty('payload.kind', 'binary');
    expect(convertResponsePayload(text('{"a":1}'), undefined, false)).toEqual({ payload: text('{"a":1}') });
    expect(convertResponsePayload(text('YWJj'), 'CONVERT_TO_TEXT', true)).toEqual({ payload: text('YWJj') });
    expect(convertResponsePayload(text('YWJj'), 'CONVERT_TO_BINARY', false)).toHaveProperty(
      'payload.kind',
      'binary',
    );
  });
});
