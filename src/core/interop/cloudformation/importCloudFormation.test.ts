import { describe, expect, it } from 'vitest';
import { synthTypeScriptApp } from '../../testing/cdkHarness';
import { importDesign } from '../importDesign';
import { canonicalForCloudFormation } from '../testing/canonical';
import { contractExampleApp } from '../testing/contractExampleApp';
import { contractExample } from '../testing/designs';

describe('importDesign on real cdk synth output', () => {
  it('rebuilds the contract example from the template aws-cdk-lib synthesizes', () => {
    const template = synthTypeScriptApp(contractExampleApp, { pathMetadata: true });
    const result = importDesign(JSON.stringify(template, null, 1));
    console.log(JSON.stringify(result, null, 1));
    expect(result.unmapped).toEqual([]);
    expect(canonicalForCloudFormation(result.design!)).toEqual(canonicalForCloudFormation(contractExample));
  });
});
