/**
 * Request validators in the synthesized template: the construct id CDK derives for each
 * (Names.uniqueResourceName, against aws-cdk-lib's own function) and the links from the design's
 * requestValidatorOptions to the template. The template itself is checked against the real
 * aws-cdk-lib by synthIdentity.test.ts (fixture request-validators and random designs).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templatePointersForPath } from '../linking';
import { loadFixture } from '../../testing/fixtures';
import { synthesizeWithSourceMap } from './synthesize';
import { uniqueResourceName } from './uniqueId';

const require = createRequire(import.meta.url);
const cdkRoot = dirname(require.resolve('aws-cdk-lib/package.json'));
// Not exported by the package: loaded by file, as the oracle (what Names.uniqueResourceName calls).
const cdkUniqueResourceName = (
  require(join(cdkRoot, 'core/lib/private/unique-resource-name.js')) as {
    makeUniqueResourceName(components: string[], options: object): string;
  }
).makeUniqueResourceName;

const part = fc.oneof(
  fc.constantFrom('Default', 'Resource', 'Api', 'ApiApi', 'GET', 'Validator', '{petId}', '{proxy+}'),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('/')),
  fc.string({ minLength: 100, maxLength: 300 }).filter((s) => !s.includes('/')),
);

describe('uniqueResourceName', () => {
  it('equals aws-cdk-lib on random construct paths', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 7 }), (components) => {
        let expected: string | Error;
        try {
          expected = cdkUniqueResourceName(components, {});
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) expect(() => uniqueResourceName(components)).toThrow();
        else expect(uniqueResourceName(components)).toBe(expected);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});

describe('request validator links', () => {
  const design = loadFixture('request-validators');
  const { template, sourceMap } = synthesizeWithSourceMap(design, { pathMetadata: true });
  const resources = template.Resources as Record<
    string,
    { Type: string; Properties: Record<string, unknown> }
  >;
  const getSearch = Object.keys(resources).find(
    (id) => id.startsWith('ApisearchGET') && resources[id].Type === 'AWS::ApiGateway::Method',
  ) as string;
  const validatorId = (resources[getSearch].Properties.RequestValidatorId as { Ref: string }).Ref;

  it('points the options at the validator resource and the method property that names it', () => {
    expect(resources[validatorId].Type).toBe('AWS::ApiGateway::RequestValidator');
    const pointers = templatePointersForPath(
      template,
      sourceMap,
      '/methods/0/options/requestValidatorOptions',
    );
    expect(pointers).toContain(`/Resources/${validatorId}`);
    expect(pointers).toContain(`/Resources/${getSearch}/Properties/RequestValidatorId`);
  });

  it('points each field at its property', () => {
    expect(
      templatePointersForPath(
        template,
        sourceMap,
        '/methods/0/options/requestValidatorOptions/requestValidatorName',
      ),
    ).toEqual([`/Resources/${validatorId}/Properties/Name`]);
    expect(
      templatePointersForPath(
        template,
        sourceMap,
        '/methods/0/options/requestValidatorOptions/validateRequestParameters',
      ),
    ).toEqual([`/Resources/${validatorId}/Properties/ValidateRequestParameters`]);
  });
});
