/** Test-only: the fixture designs in ./fixtures, by name. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Design } from '../core/design/types';

const fixturesDir = join(import.meta.dirname, 'fixtures');

/** Fixture names (file names without `.json`), sorted. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}

/** A fixture design, parsed fresh on every call (tests may mutate it). */
export function loadFixture(name: string): Design {
  return JSON.parse(readFileSync(join(fixturesDir, `${name}.json`), 'utf8')) as Design;
}
