import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/types';
import { generate } from '../generate';
import { validDesign } from '../../testing/arbitraries';
import { synthTypeScriptApp } from '../../testing/cdkHarness';
import { fixtureNames, loadFixture } from '../../testing/fixtures';

// The product's promise: the template we show is what the real aws-cdk-lib synthesizes for the
// TypeScript app we print, in both path-metadata modes, for every fixture and for random valid
// designs. IDENTITY_SEED reruns another sample (the seed is in every test name).
const RANDOM_DESIGNS = 200;
const seed = Number(process.env.IDENTITY_SEED ?? 20261127);

const designs: Array<[string, Design]> = [
  ...fixtureNames().map((name): [string, Design] => [`fixture ${name}`, loadFixture(name)]),
  ...fc
    .sample(validDesign(), { numRuns: RANDOM_DESIGNS, seed })
    .map((design, i): [string, Design] => [`random seed ${seed} #${i}`, design]),
];

describe.each([true, false])('synth identity (pathMetadata %s)', (pathMetadata) => {
  it.each(designs)('%s', (_name, design) => {
    const result = generate(design, { pathMetadata });
    // Valid designs: no error diagnostics, so a template (warnings never block output).
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const app = result.files['cdk-typescript'] ?? '';
    expect(result.template, JSON.stringify(design)).toEqual(synthTypeScriptApp(app, { pathMetadata }));
  });
});
