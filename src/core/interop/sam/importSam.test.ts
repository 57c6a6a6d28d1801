import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/types';
import { fixtureNames, loadFixture } from '../../../testing/fixtures';
import { importDesign } from '../importDesign';
import { printJson, printYaml } from '../print';
import { canonicalForSam } from '../testing/canonical';
import { contractExample } from '../../../testing/contractExample';
import { designToSam } from './exportSam';

const designs: Array<[string, Design]> = [
  ['contract example', contractExample],
  ...fixtureNames().map((name): [string, Design] => [name, loadFixture(name)]),
];

describe.each(designs)('%s: design → SAM → import', (_name, design) => {
  const { template } = designToSam(design);
  it.each([
    ['YAML', printYaml(template)],
    ['JSON', printJson(template)],
  ])('gives back the same design from %s, as far as SAM carries it', (_format, text) => {
    const result = importDesign(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.unmapped).toEqual([]);
    expect(canonicalForSam(result.design!)).toEqual(canonicalForSam(design));
  });
});
