/**
 * Payloads as API Gateway sees them (text or binary) and its contentHandling conversions.
 * Source: "Content type conversions in API Gateway" (api-gateway-payload-encodings-workflow).
 */
import type { ContentHandling } from '../design/types';
import { base64Decode, base64Encode, utf8Decode, utf8Encode } from './bytes';

export type Payload = { kind: 'text'; text: string } | { kind: 'binary'; bytes: Uint8Array };

export const text = (value: string): Payload => ({ kind: 'text', text: value });

/** The payload as a string: text as is, binary bytes read as UTF-8 (what a template's $input.body sees). */
export function payloadText(payload: Payload): string {
  return payload.kind === 'text' ? payload.text : utf8Decode(payload.bytes);
}

/** How the payload is shown in a log line or a result: binary is shown base64-encoded. */
export function payloadForDisplay(payload: Payload): { body: string; isBase64Encoded: boolean } {
  return payload.kind === 'text'
    ? { body: payload.text, isBase64Encoded: false }
    : { body: base64Encode(payload.bytes), isBase64Encoded: true };
}

/** The first media type of a Content-Type or Accept value, lower case, without parameters. */
export function mediaTypeOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const first = value.split(',')[0].split(';')[0].trim().toLowerCase();
  return first === '' ? undefined : first;
}

/** binaryMediaTypes entries may be exact ("image/png") or wildcards ("image/*", "*\/*"). */
export function isBinaryMediaType(
  mediaType: string | undefined,
  binaryMediaTypes: readonly string[],
): boolean {
  if (mediaType === undefined) return false;
  const [type] = mediaType.split('/');
  return binaryMediaTypes.some((entry) => {
    const pattern = entry.trim().toLowerCase();
    return pattern === '*/*' || pattern === mediaType || pattern === `${type}/*`;
  });
}

export type Conversion = { payload: Payload } | { error: string };

/** Text to binary: API Gateway treats the text as base64 and fails the request when it is not. */
function toBinary(payload: Payload): Conversion {
  if (payload.kind === 'binary') return { payload };
  const bytes = base64Decode(payload.text.trim());
  return bytes ? { payload: { kind: 'binary', bytes } } : { error: 'Unable to base64-decode the payload' };
}

/** Binary to text: always a base64 encoding. */
function toText(payload: Payload): Payload {
  return payload.kind === 'text' ? payload : text(base64Encode(payload.bytes));
}

/** The request table: the method request payload becomes the integration request payload. */
export function convertRequestPayload(
  payload: Payload,
  contentHandling: ContentHandling | undefined,
): Conversion {
  if (contentHandling === 'CONVERT_TO_BINARY') return toBinary(payload);
  if (contentHandling === 'CONVERT_TO_TEXT') return { payload: toText(payload) };
  return { payload };
}

/**
 * The response table. With contentHandling unset, a text payload becomes binary when the client's
 * first Accept type is a binary media type, and a binary payload becomes text when it is not.
 */
export function convertResponsePayload(
  payload: Payload,
  contentHandling: ContentHandling | undefined,
  acceptIsBinary: boolean,
): Conversion {
  if (contentHandling === 'CONVERT_TO_BINARY') return toBinary(payload);
  if (contentHandling === 'CONVERT_TO_TEXT') return { payload: toText(payload) };
  if (acceptIsBinary) return toBinary(payload);
  return { payload: toText(payload) };
}

/** The request body as API Gateway receives it: binary when its Content-Type is a binary media type. */
export function methodRequestPayload(
  body: string,
  contentType: string | undefined,
  binaryMediaTypes: string[],
) {
  return isBinaryMediaType(mediaTypeOf(contentType), binaryMediaTypes)
    ? ({ kind: 'binary', bytes: utf8Encode(body) } satisfies Payload)
    : text(body);
}
