/**
 * Keeps validation and the valid designs of the other tests honest with each other: every fixture
 * design and every random valid design (testing/arbitraries.ts) validates with no error. A
 * disagreement means either a rule flags something CDK and API Gateway accept, or a "valid" design
 * is not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDesign } from './validate';
import { parseDesign } from './parse';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import { validDesign } from '../../testing/arbitraries';

const errorsOf = (diagnostics: ReturnType<typeof validateDesign>) =>
  diagnostics.filter((d) => d.severity === 'error');

describe('valid designs validate with no error', () => {
  for (const name of fixtureNames()) {
    it(`fixture ${name}`, () => {
      const design = loadFixture(name);
      expect(errorsOf(validateDesign(design))).toEqual([]);
      const parsed = parseDesign(JSON.parse(JSON.stringify(design)));
      expect(errorsOf(parsed.diagnostics)).toEqual([]);
      expect(parsed.design).toEqual(design);
    });
  }

  it('random valid designs (testing/arbitraries.ts)', () => {
    fc.assert(
      fc.property(validDesign(), (design) => {
        expect(errorsOf(validateDesign(design))).toEqual([]);
      }),
      { seed: 20260518, numRuns: 300 },
    );
  });
});
