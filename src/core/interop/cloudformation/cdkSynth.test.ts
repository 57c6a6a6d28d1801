/**
 * Import of what the real aws-cdk-lib synthesizes (through the test harness), and of the text the
 * real aws-cdk CLI prints.
 */
import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../../codegen/typescript';
import { validateDesign } from '../../design/validate';
import { synthesize } from '../../synth/synthesize';
import {
  cdkCliSynth,
  removeAssembly,
  synthTypeScriptApp,
  synthTypeScriptAppToAssembly,
} from '../../../testing/cdkHarness';
import { fixtureNames, loadFixture } from '../../../testing/fixtures';
import { importDesign } from '../importDesign';
import { canonicalForCloudFormation } from '../testing/canonical';
import { contractExampleApp } from '../testing/contractExampleApp';
import { contractExample } from '../../../testing/contractExample';
import { extrasApp } from '../testing/extrasApp';

describe.each(fixtureNames())('fixture %s through the real aws-cdk-lib', (name) => {
  it('imports the template CDK synthesizes for the generated app back to the same design', () => {
    const design = loadFixture(name);
    const template = synthTypeScriptApp(generateTypeScript(design), { pathMetadata: true });
    const result = importDesign(JSON.stringify(template));
    expect(result.unmapped).toEqual([]);
    expect(canonicalForCloudFormation(result.design!)).toEqual(canonicalForCloudFormation(design));
    expect(synthesize(result.design!, { pathMetadata: true })).toEqual(template);
  });
});

describe('the contract example, written by hand as a CDK app', () => {
  it('is rebuilt from the template aws-cdk-lib synthesizes', () => {
    const template = synthTypeScriptApp(contractExampleApp, { pathMetadata: true });
    const result = importDesign(JSON.stringify(template));
    expect(result.unmapped).toEqual([]);
    const own = new Set(validateDesign(result.design!).map((d) => d.message));
    expect(result.diagnostics.filter((d) => d.severity !== 'info' && !own.has(d.message))).toEqual([]);
    expect(canonicalForCloudFormation(result.design!)).toEqual(canonicalForCloudFormation(contractExample));
    expect(synthesize(result.design!, { pathMetadata: true })).toEqual(template);
  });
});

describe('cdk synth output with more than a design holds', () => {
  const template = synthTypeScriptApp(extrasApp, { pathMetadata: true });
  const result = importDesign(JSON.stringify(template));

  it('keeps the function, the API and its Lambda method', () => {
    expect(result.design?.stack.id).toBe('ExtrasStack');
    expect(result.design?.functions.map((f) => f.id)).toEqual(['Handler']);
    expect(result.design?.methods).toEqual([
      {
        path: '/pets',
        httpMethod: 'GET',
        function: 'Handler',
        // The app's shared `requestValidator` becomes the method's own requestValidatorOptions.
        options: { apiKeyRequired: true, requestValidatorOptions: { validateRequestParameters: true } },
      },
    ]);
  });

  it('lists the rest: environment, grants, CORS, usage plan, key, table', () => {
    const notes = result.unmapped.join('\n');
    expect(notes).toContain(
      'Function Handler: property Environment ({"Variables":{"TABLE":{"Ref":"Pets118546E0"}}}).',
    );
    expect(notes).toMatch(
      /Function Handler: the permissions its role gets from HandlerServiceRoleDefaultPolicy/,
    );
    expect(notes).toMatch(
      /Method OPTIONS \/ \(.*\): a MOCK integration, not a Lambda integration \(CORS preflight\)/,
    );
    expect(notes).toMatch(/Method OPTIONS \/pets \(.*\): a MOCK integration/);
    expect(notes).not.toMatch(/RequestValidator/);
    for (const type of [
      'AWS::DynamoDB::Table',
      'AWS::ApiGateway::UsagePlan',
      'AWS::ApiGateway::ApiKey',
      'AWS::ApiGateway::UsagePlanKey',
    ]) {
      expect(notes).toContain(`(${type}): not part of an API Gateway → Lambda design.`);
    }
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the text the aws-cdk CLI prints', () => {
  it('imports `cdk synth` YAML of a generated app', () => {
    const design = loadFixture('multi-function-roles');
    const assembly = synthTypeScriptAppToAssembly(generateTypeScript(design), { pathMetadata: true });
    try {
      const yaml = cdkCliSynth(assembly.assemblyDir, { json: false });
      const result = importDesign(yaml);
      expect(result).toMatchObject({ kind: 'cdk-synth', syntax: 'yaml' });
      expect(result.unmapped).toEqual([]);
      expect(synthesize(result.design!, { pathMetadata: true })).toEqual(assembly.template);
    } finally {
      removeAssembly(assembly.assemblyDir);
    }
  });
});
