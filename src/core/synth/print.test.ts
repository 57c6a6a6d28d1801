import { describe, expect, it } from 'vitest';
import { generateTypeScript } from '../codegen/typescript';
import type { Design } from '../design/types';
import { cdkCliSynth, removeAssembly, synthTypeScriptAppToAssembly } from '../../testing/cdkHarness';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import type { Template } from './cfn';
import { printCloudFormationJson, printCloudFormationYaml, templateAsCliPrintsIt } from './print';
import { probeDesigns } from './probeDesigns';
import { synthesize } from './synthesize';

// Each case runs the real aws-cdk CLI twice (about a second a run), so the list stays short:
// the probes cover every resource kind and every YAML quoting rule (yaml.test.ts compares the
// emitter with the CLI's yaml package on thousands of random values); two fixtures the common case.
const cliFixtures = ['pets-basic', 'odd-strings'].filter((name) => fixtureNames().includes(name));
const cases: Array<[string, Design, boolean]> = [
  ['yamlQuoting', probeDesigns.yamlQuoting, true],
  ['everything', probeDesigns.everything, true],
  ['everything without path metadata', probeDesigns.everything, false],
  ['oddStrings', probeDesigns.oddStrings, true],
  ['explicitEmpties', probeDesigns.explicitEmpties, false],
  ...cliFixtures.map((name): [string, Design, boolean] => [`fixture ${name}`, loadFixture(name), true]),
];

describe('CloudFormation printers equal `cdk synth` output byte for byte', () => {
  it.each(cases)('%s', (_name, design, pathMetadata) => {
    const assembly = synthTypeScriptAppToAssembly(generateTypeScript(design), { pathMetadata });
    try {
      const template = synthesize(design, { pathMetadata });
      expect(printCloudFormationJson(template)).toBe(cdkCliSynth(assembly.assemblyDir, { json: true }));
      expect(printCloudFormationYaml(template)).toBe(cdkCliSynth(assembly.assemblyDir, { json: false }));
    } finally {
      removeAssembly(assembly.assemblyDir);
    }
  });
});

describe('templateAsCliPrintsIt', () => {
  const template: Template = {
    Resources: { A: { Type: 'AWS::SNS::Topic' } },
    Rules: { CheckBootstrapVersion: { Assertions: [] } },
  };

  it('drops the Rules section when CheckBootstrapVersion is its only rule, without changing the input', () => {
    expect(templateAsCliPrintsIt(template)).toEqual({ Resources: { A: { Type: 'AWS::SNS::Topic' } } });
    expect(template.Rules).toEqual({ CheckBootstrapVersion: { Assertions: [] } });
  });

  it('keeps other rules', () => {
    const withOther: Template = {
      ...template,
      Rules: { CheckBootstrapVersion: {}, Mine: { Assertions: [] } },
    };
    expect(templateAsCliPrintsIt(withOther)).toEqual({
      Resources: { A: { Type: 'AWS::SNS::Topic' } },
      Rules: { Mine: { Assertions: [] } },
    });
  });

  it('ends JSON with one line break and YAML with two', () => {
    expect(printCloudFormationJson(template)).toMatch(/\}\n$/);
    expect(printCloudFormationYaml(template)).toMatch(/[^\n]\n\n$/);
  });
});
