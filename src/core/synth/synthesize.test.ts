import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../codegen/typescript';
import type { Design } from '../design/types';
import { synthTypeScriptApp } from '../../testing/cdkHarness';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import { probeDesigns } from './probeDesigns';
import { synthesize, synthesizeWithSourceMap } from './synthesize';

// The identity tests over fixtures and random designs live in synthIdentity.test.ts; these check
// the hand-made probe designs, and key order too (the printers depend on it), against real CDK.
const designs: Array<[string, Design]> = [
  ...Object.entries(probeDesigns),
  ...fixtureNames().map((name): [string, Design] => [`fixture ${name}`, loadFixture(name)]),
];

describe.each([true, false])(
  'synthesize (pathMetadata %s) equals aws-cdk-lib, key order included',
  (pathMetadata) => {
    it.each(designs)('%s', (_name, design) => {
      const expected = synthTypeScriptApp(generateTypeScript(design), { pathMetadata });
      const actual = synthesize(design, { pathMetadata });
      expect(actual).toEqual(expected);
      expect(JSON.stringify(actual, null, 1)).toBe(JSON.stringify(expected, null, 1));
    });
  },
);

function sharedObjects(value: unknown, seen = new Set<object>()): number {
  if (value === null || typeof value !== 'object') return 0;
  let shared = seen.has(value) ? 1 : 0;
  seen.add(value);
  for (const child of Object.values(value)) shared += sharedObjects(child, seen);
  return shared;
}

function isPlainJson(value: unknown): boolean {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype && Object.values(value).every(isPlainJson);
}

describe('synthesize output', () => {
  it.each(designs)('%s is plain JSON without shared objects', (_name, design) => {
    const template = synthesize(design, { pathMetadata: true });
    expect(isPlainJson(template)).toBe(true);
    expect(JSON.parse(JSON.stringify(template))).toEqual(template);
    expect(sharedObjects(template)).toBe(0);
  });

  it('maps template values back to the design values that produced them', () => {
    const { template, sourceMap } = synthesizeWithSourceMap(probeDesigns.everything, { pathMetadata: true });
    const resources = template.Resources as Record<string, { Type: string }>;
    const getPet = Object.keys(resources).find(
      (id) => resources[id].Type === 'AWS::ApiGateway::Method' && id.startsWith('ApipetspetIdGET'),
    );
    expect(getPet).toBeDefined();
    expect(sourceMap[`/Resources/${getPet}/Properties/Integration/TimeoutInMillis`]).toBe(
      '/methods/0/integration/timeout',
    );
    expect(sourceMap[`/Resources/${getPet}/Properties/OperationName`]).toBe(
      '/methods/0/options/operationName',
    );
    for (const key of Object.keys(sourceMap)) {
      const id = key.split('/')[2];
      expect(resources[id], key).toBeDefined();
    }
  });

  it('refuses, as CDK does, two elements with one logical ID', () => {
    const design: Design = structuredClone(probeDesigns.reservedIds);
    design.methods[1].path = '/items/Default'; // "Default" vanishes from logical IDs: /items again
    const message = "section 'Resources' already contains 'items07D08F4B'";
    expect(() => synthTypeScriptApp(generateTypeScript(design), { pathMetadata: true })).toThrow(message);
    expect(() => synthesize(design, { pathMetadata: true })).toThrow(message);
  });
});
