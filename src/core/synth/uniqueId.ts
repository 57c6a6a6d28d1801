import { md5Hex } from './md5';

// Logical IDs from construct paths (aws-cdk-lib/core/lib/private/uniqueid.js: makeUniqueId).
const HIDDEN_ID = 'Default';
const HIDDEN_FROM_HUMAN_ID = 'Resource';
const HASH_LEN = 8;
const MAX_HUMAN_LEN = 240;
const MAX_ID_LEN = 255;

function alphanumericOnly(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '');
}

/** Drops a component when the one kept before it ends with it ("Api","Api" → "Api"). */
function withoutRepeats(components: readonly string[]): string[] {
  const kept: string[] = [];
  for (const component of components) {
    if (kept.length === 0 || !kept[kept.length - 1].endsWith(component)) kept.push(component);
  }
  return kept;
}

/**
 * The logical ID CDK gives an element from its construct path below the stack: "Default" is
 * dropped everywhere, a single component is used as is (alphanumerics only), otherwise the human
 * part (repeats and "Resource" dropped, alphanumerics only, at most 240 characters) gets the first
 * 8 hex digits (upper case) of the MD5 of the path. `cacheKey` names the path uniquely (e.g. the
 * construct path, stack id first) and saves joining it.
 */
export function makeUniqueId(path: readonly string[], cacheKey?: string): string {
  // Components never contain "/" (constructs sanitize it), so a joined path is a faithful key.
  const key = cacheKey ?? path.join('/');
  if (key.length > MAX_CACHED_KEY_LENGTH) return computeUniqueId(path);
  let id = cache.get(key);
  if (id === undefined) {
    id = computeUniqueId(path);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, id);
  }
  return id;
}

/** Logical IDs of recent paths: generate() runs on every keystroke and most paths stay the same. */
const cache = new Map<string, string>();
const MAX_CACHED = 20_000;
const MAX_CACHED_KEY_LENGTH = 1024;

function computeUniqueId(path: readonly string[]): string {
  const components = path.filter((c) => c !== HIDDEN_ID);
  if (components.length === 0)
    throw new Error('Unable to calculate a unique id for an empty set of components');
  if (components.length === 1) {
    const candidate = alphanumericOnly(components[0]);
    if (candidate.length <= MAX_ID_LEN) return candidate;
  }
  const hash = md5Hex(components.join('/')).slice(0, HASH_LEN).toUpperCase();
  const human = withoutRepeats(components)
    .filter((c) => c !== HIDDEN_FROM_HUMAN_ID)
    .map(alphanumericOnly)
    .join('')
    .slice(0, MAX_HUMAN_LEN);
  return human + hash;
}

const MAX_RESOURCE_NAME_LEN = 256;

/**
 * core/lib/names.js Names.uniqueResourceName with default options (core/lib/private/
 * unique-resource-name.js makeUniqueResourceName): `components` start with the stack's name;
 * "Default" is dropped, the human part (repeats and "Resource" dropped, alphanumerics only) keeps
 * its middle cut out when longer than 248 characters, then the path hash follows.
 */
export function uniqueResourceName(components: readonly string[]): string {
  const kept = components.filter((c) => c !== HIDDEN_ID);
  if (kept.length === 0)
    throw new Error('Unable to calculate a unique resource name for an empty set of components');
  if (kept.length === 1) {
    const single = alphanumericOnly(kept[0]);
    if (single.length <= MAX_RESOURCE_NAME_LEN) return single;
  }
  const hash = md5Hex(kept.join('/')).slice(0, HASH_LEN).toUpperCase();
  const human = withoutRepeats(kept)
    .filter((c) => c !== HIDDEN_FROM_HUMAN_ID)
    .map(alphanumericOnly)
    .join('');
  const maxHuman = MAX_RESOURCE_NAME_LEN - HASH_LEN;
  if (human.length <= maxHuman) return human + hash;
  const half = maxHuman / 2;
  return human.slice(0, half) + human.slice(-half) + hash;
}
