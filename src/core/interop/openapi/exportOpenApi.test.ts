import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/types';
import { fixtureNames, loadFixture } from '../../../testing/fixtures';
import { importDesign } from '../importDesign';
import { printJson, printYaml } from '../print';
import { canonicalForOpenApi } from '../testing/canonical';
import { contractExample } from '../../../testing/contractExample';
import { designToOpenApi } from './exportOpenApi';

type Spec = Parameters<Validator['validate']>[0];

/** Validates against the OpenAPI 3.0 JSON schema (the OpenAPI Initiative's, via the validator). */
async function schemaErrors(json: string): Promise<unknown> {
  const validator = new Validator();
  const result = await validator.validate(JSON.parse(json) as Spec);
  expect(validator.version).toBe('3.0');
  return result.valid ? [] : result.errors;
}

const designs: Array<[string, Design]> = [
  ['contract example', contractExample],
  ...fixtureNames().map((name): [string, Design] => [name, loadFixture(name)]),
];

describe.each(designs)('OpenAPI export of %s', (_name, design) => {
  const { document, notes } = designToOpenApi(design);
  const json = printJson(document);
  const yaml = printYaml(document);

  it('is valid OpenAPI 3.0', async () => {
    expect(await schemaErrors(json)).toEqual([]);
  });

  it.each([
    ['JSON', json],
    ['YAML', yaml],
  ])('imports back to the same design from %s, as far as OpenAPI carries it', (_format, text) => {
    expect(notes).toEqual([]);
    const result = importDesign(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(canonicalForOpenApi(result.design!)).toEqual(canonicalForOpenApi(design));
  });
});

describe('OpenAPI export details', () => {
  it('the schema check fails on a broken document', async () => {
    const { document } = designToOpenApi(contractExample);
    document.delete('info');
    expect(await schemaErrors(printJson(document))).not.toEqual([]);
  });
});
