import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validDesign } from '../../testing/arbitraries';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import { buildAppIr } from './buildIr';
import { printGo, printGoAlignedAtOnce } from './go';

// printGo aligns keyed elements statement by statement (each statement's text is cached) and
// `main` alone, instead of the whole program at once, as gofmt does: the two must agree.
describe('Go alignment, statement by statement', () => {
  it.each(fixtureNames())('fixture %s: the same as aligning the whole program at once', (name) => {
    const ir = buildAppIr(loadFixture(name));
    expect(printGo(ir)).toBe(printGoAlignedAtOnce(ir));
  });

  it('random designs: the same as aligning the whole program at once', () => {
    for (const design of fc.sample(validDesign(), { numRuns: 100, seed: 20261127 })) {
      const ir = buildAppIr(design);
      expect(printGo(ir)).toBe(printGoAlignedAtOnce(ir));
    }
  });

  it('aligns inside statements and in main', () => {
    const inStatement = printGo(buildAppIr(loadFixture('pets-basic')));
    expect(inStatement).toContain('\t\t\t\t\tStatusCode:        jsii.String("201"),\n');
    const design = loadFixture('imports-account-env');
    const stack = {
      id: 'AnImportsStackWithAVeryLongNameIndeed',
      env: { account: '123456789012', region: 'eu-central-1' },
    };
    const ir = buildAppIr({ ...design, stack });
    const inMain = printGo(ir);
    expect(inMain).toContain(
      '\t\t\t\tAccount: jsii.String("123456789012"),\n\t\t\t\tRegion:  jsii.String("eu-central-1"),\n',
    );
    expect(inMain).toBe(printGoAlignedAtOnce(ir));
  });
});
