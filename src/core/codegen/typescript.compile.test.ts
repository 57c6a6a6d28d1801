import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDesign } from '../../testing/arbitraries';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import { typecheckTypeScriptApps } from '../../testing/typecheck';
import { generateTypeScript } from './typescript';

// The generated code must be valid TypeScript against the real aws-cdk-lib declarations, not just
// runnable: a user pastes it into a strict `cdk init` project. One compiler program checks them all.
const RANDOM_DESIGNS = 40;

describe('generated TypeScript type-checks against aws-cdk-lib (strict, cdk init compiler options)', () => {
  const apps: Record<string, string> = {};
  for (const name of fixtureNames()) apps[`fixture-${name}`] = generateTypeScript(loadFixture(name));
  fc.sample(validDesign(), { numRuns: RANDOM_DESIGNS, seed: 20261127 }).forEach((design, i) => {
    apps[`random-${i}`] = generateTypeScript(design);
  });
  const diagnostics = typecheckTypeScriptApps(apps);

  it.each(Object.keys(apps))('%s', (name) => {
    expect(diagnostics[name], apps[name]).toEqual([]);
  });

  it('reports what is wrong (the check can fail)', () => {
    const broken = apps['fixture-pets-basic']
      .replace('NODEJS_22_X', 'NODEJS_99_X')
      .replace("addMethod(\n      'POST'", 'addMethod(\n      42');
    expect(typecheckTypeScriptApps({ broken }).broken).toEqual([
      expect.stringMatching(/^\d+:\d+ Property 'NODEJS_99_X' does not exist on type 'typeof Runtime'/),
      expect.stringMatching(
        /^\d+:\d+ Argument of type 'number' is not assignable to parameter of type 'string'/,
      ),
    ]);
  });
});
