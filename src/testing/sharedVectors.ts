import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The public test vectors (AWS doc cases) live in the workplace's read-only `../shared/test-vectors/`,
 * which may grow between sessions. Tests read that folder when it sits beside the checkout (so new cases
 * are picked up at once) and otherwise the copy kept in this repository (a fresh clone on CI may not have
 * `../shared`). `SHARED_TEST_VECTORS` points at another folder.
 */
const repoRoot = resolve(__dirname, '../..');
const candidates = [
  process.env.SHARED_TEST_VECTORS,
  join(repoRoot, '../shared/test-vectors'),
  join(__dirname, 'test-vectors'),
].filter((dir): dir is string => typeof dir === 'string' && dir.length > 0);

export type SharedVectorFile = 'vtl-doc-cases.json' | 'flow-doc-cases.json';

/** The folder the vectors are read from (for test titles and messages). */
export function sharedVectorsDir(file: SharedVectorFile): string {
  const dir = candidates.find((candidate) => existsSync(join(candidate, file)));
  if (!dir) throw new Error(`test vectors ${file} not found in ${candidates.join(', ')}`);
  return dir;
}

export function readSharedVectors<T>(file: SharedVectorFile): T {
  return JSON.parse(readFileSync(join(sharedVectorsDir(file), file), 'utf8')) as T;
}
