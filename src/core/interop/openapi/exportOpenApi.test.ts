import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { contractExample } from '../testing/designs';
import { printJson, printYaml } from '../print';
import { toPlain } from '../source';
import { designToOpenApi } from './exportOpenApi';

async function validate(document: unknown) {
  const validator = new Validator();
  return validator.validate(document as object);
}

describe('designToOpenApi', () => {
  it('exports the contract example as valid OpenAPI 3.0', async () => {
    const { document, notes } = designToOpenApi(contractExample);
    console.log(printYaml(document));
    expect(notes).toEqual([]);
    const result = await validate(JSON.parse(printJson(document)));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    void toPlain;
  });
});
