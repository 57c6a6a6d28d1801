import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * MD5 of the UTF-8 bytes of `text`, as lower-case hex. CDK derives logical-ID suffixes and the
 * Deployment's logical ID from it (aws-cdk-lib/core/lib/private/md5.js: md5hash hashes UTF-8).
 * Lone surrogates become U+FFFD, as Node's Buffer and TextEncoder both encode them.
 */
export function md5Hex(text: string): string {
  return bytesToHex(md5(utf8ToBytes(text)));
}
