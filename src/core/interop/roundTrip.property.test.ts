/**
 * Round trips over seeded random valid designs (the shared arbitrary): every option of the
 * contract, explicit empties, odd characters in ids and strings. CloudFormation must give back a
 * design that generates the very same template (logical IDs included); OpenAPI and SAM the same
 * design as far as they carry it. Properties return booleans: a failing run prints the shrunk
 * design, not a diff of whole templates.
 */
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'vitest';
import { printCloudFormationJson, printCloudFormationYaml } from '../synth/print';
import { synthesize } from '../synth/synthesize';
import { validDesign } from '../../testing/arbitraries';
import { importDesign } from './importDesign';
import { designToOpenApi } from './openapi/exportOpenApi';
import { printJson, printYaml } from './print';
import { designToSam } from './sam/exportSam';
import { canonicalForOpenApi, canonicalForSam } from './testing/canonical';

const parameters = { numRuns: 200, seed: 20261127 };

describe('round trips of random valid designs', () => {
  it('CloudFormation (YAML, and JSON without path metadata) → import → the same template', () => {
    fc.assert(
      fc.property(validDesign(), fc.boolean(), (design, pathMetadata) => {
        const template = synthesize(design, { pathMetadata });
        const text = pathMetadata ? printCloudFormationYaml(template) : printCloudFormationJson(template);
        const result = importDesign(text);
        if (!result.design || result.unmapped.length > 0) return false;
        // Without path metadata only letters and digits of the ids are in the template.
        const ids = [
          design.stack.id,
          design.api.id,
          ...design.functions.map((f) => f.id),
          ...(design.roles ?? []).map((r) => r.id),
        ];
        if (!pathMetadata && !ids.every((id) => /^[A-Za-z0-9]+$/.test(id))) return true;
        return isDeepStrictEqual(synthesize(result.design, { pathMetadata }), template);
      }),
      parameters,
    );
  });

  it('OpenAPI → import → the same design, as far as OpenAPI carries it', () => {
    fc.assert(
      fc.property(validDesign(), (design) => {
        const result = importDesign(printJson(designToOpenApi(design).document));
        return (
          result.design !== undefined &&
          isDeepStrictEqual(canonicalForOpenApi(result.design), canonicalForOpenApi(design))
        );
      }),
      parameters,
    );
  });

  it('SAM → import → the same design, as far as SAM carries it', () => {
    fc.assert(
      fc.property(validDesign(), (design) => {
        const result = importDesign(printYaml(designToSam(design).template));
        return (
          result.design !== undefined &&
          isDeepStrictEqual(canonicalForSam(result.design), canonicalForSam(design))
        );
      }),
      parameters,
    );
  });
});
