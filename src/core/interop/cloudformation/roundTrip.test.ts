import { describe, expect, it } from 'vitest';
import type { Design } from '../../design/types';
import { validateDesign } from '../../design/validate';
import { generate } from '../../generate';
import { printCloudFormationYaml } from '../../synth/print';
import { synthesize } from '../../synth/synthesize';
import { fixtureNames, loadFixture } from '../../../testing/fixtures';
import { importDesign } from '../importDesign';
import { canonicalForCloudFormation } from '../testing/canonical';

describe.each(fixtureNames())('fixture %s: design → generate → CloudFormation → import', (name) => {
  const design = loadFixture(name);
  const { template, files } = generate(design);
  it.each([
    ['JSON', files['cloudformation-json'] as string],
    ['YAML', files['cloudformation-yaml'] as string],
  ])('gives back the same design from %s', (_format, text) => {
    const result = importDesign(text);
    // Only the design's own validation warnings (timeouts over 29 s, …), none from the import itself.
    const own = new Set(validateDesign(result.design!).map((d) => d.message));
    expect(result.diagnostics.filter((d) => d.severity !== 'info' && !own.has(d.message))).toEqual([]);
    expect(result.unmapped).toEqual([]);
    expect(canonicalForCloudFormation(result.design!)).toEqual(canonicalForCloudFormation(design));
    expect(synthesize(result.design!, { pathMetadata: true })).toEqual(template);
  });
});

/** Whether every construct id survives as a logical ID (which keeps letters and digits only). */
function idsAreAlphanumeric(design: Design): boolean {
  const ids = [
    design.stack.id,
    design.api.id,
    ...design.functions.map((f) => f.id),
    ...(design.roles ?? []).map((r) => r.id),
  ];
  return ids.every((id) => /^[A-Za-z0-9]+$/.test(id));
}

function resourceTypes(template: object): string[] {
  const resources = (template as { Resources: Record<string, { Type: string }> }).Resources;
  return Object.values(resources)
    .map((r) => r.Type)
    .sort();
}

describe.each(fixtureNames())('fixture %s without path metadata', (name) => {
  it('imports the template and regenerates it', () => {
    const design = loadFixture(name);
    const template = synthesize(design, { pathMetadata: false });
    const result = importDesign(printCloudFormationYaml(template));
    expect(result.unmapped).toEqual([]);
    const again = synthesize(result.design!, { pathMetadata: false });
    if (idsAreAlphanumeric(design)) {
      // Ids come back from the logical IDs, the stack's from the permissions' logical IDs.
      expect(again).toEqual(template);
    } else {
      // Other characters are not in the template: the same resources, under other logical IDs.
      expect(resourceTypes(again)).toEqual(resourceTypes(template));
      expect(again).not.toEqual(template);
    }
  });
});
