import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/types';
import { synthTypeScriptApp } from '../../testing/cdkHarness';
import { loadFixture } from '../../testing/fixtures';
import { buildAppIr } from './ir';
import { generateTypeScript, printTypeScript, printTypeScriptWithLinks } from './typescript';

const pets = loadFixture('pets-basic');

describe('generateTypeScript', () => {
  it('prints a complete app a CDK developer would write', () => {
    const code = generateTypeScript(pets);
    expect(code.split('\n').slice(0, 6)).toEqual([
      "import * as cdk from 'aws-cdk-lib';",
      "import * as apigateway from 'aws-cdk-lib/aws-apigateway';",
      "import * as lambda from 'aws-cdk-lib/aws-lambda';",
      "import { Construct } from 'constructs';",
      '',
      'export class PetsStack extends cdk.Stack {',
    ]);
    expect(code).toContain("const handler = new lambda.Function(this, 'Handler', {\n");
    expect(code).toContain('      runtime: lambda.Runtime.NODEJS_22_X,\n');
    expect(code).toContain("    api.root.resourceForPath('/pets').addMethod(\n      'POST',\n");
    expect(code).toContain('        timeout: cdk.Duration.seconds(10),\n');
    expect(code).toContain("responseModels: { 'application/json': apigateway.Model.EMPTY_MODEL }");
    expect(code.endsWith("new PetsStack(app, 'PetsStack');\napp.synth();\n")).toBe(true);
    expect(code).not.toMatch(/[ \t]$/m);
  });

  it('synthesizes with the real aws-cdk-lib', () => {
    const template = synthTypeScriptApp(generateTypeScript(pets), { pathMetadata: true }) as {
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
    };
    const types = Object.values(template.Resources).map((r) => r.Type);
    expect(types.filter((t) => t === 'AWS::ApiGateway::Method')).toHaveLength(2);
    const post = Object.values(template.Resources).find(
      (r) => r.Type === 'AWS::ApiGateway::Method' && r.Properties.HttpMethod === 'POST',
    );
    expect(post?.Properties.Integration).toMatchObject({
      TimeoutInMillis: 10000,
      Type: 'AWS',
      RequestTemplates: { 'application/json': `{ "name": $input.json('$.name') }` },
    });
  });

  it('links design paths to the code they produce', () => {
    const { code, links } = printTypeScriptWithLinks(buildAppIr(pets));
    const text = (path: string): string[] =>
      links.filter((l) => l.path === path).map((l) => code.slice(l.start, l.end));
    expect(text('/methods/1/integration/timeout')).toEqual(['timeout: cdk.Duration.seconds(10)']);
    expect(text('/methods/1/integration/proxy')).toEqual(['proxy: false']);
    expect(text('/methods/1/httpMethod')).toEqual(["'POST'"]);
    expect(text('/functions/0/runtime')).toEqual(['runtime: lambda.Runtime.NODEJS_22_X']);
    const timeout = links.find((l) => l.path === '/methods/1/integration/timeout');
    const lines = code.split('\n');
    expect(lines[(timeout?.line ?? 0) - 1].trim()).toBe('timeout: cdk.Duration.seconds(10),');
    expect(timeout?.column).toBe(lines[(timeout?.line ?? 0) - 1].indexOf('timeout') + 1);
  });

  it('never throws, whatever the design holds', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        expect(typeof generateTypeScript(junk as Design)).toBe('string');
      }),
      { numRuns: 300, seed: 42 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('stack', 'api', 'functions', 'roles', 'vpcLinks', 'methods'),
          fc.anything(),
        ),
        (parts) => {
          const design = { ...pets, ...parts } as Design;
          expect(printTypeScript(buildAppIr(design))).toContain('app.synth();');
        },
      ),
      { numRuns: 300, seed: 43 },
    );
  });

  it('survives absurdly deep or cyclic values', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const design = structuredClone(pets) as Design;
    design.methods[0].integration = { requestTemplates: deep as never, requestParameters: cyclic as never };
    const code = generateTypeScript(design);
    const templates = code.slice(code.indexOf('requestTemplates: ['));
    expect(templates.match(/\[/g)?.length).toBeGreaterThan(50);
    expect(templates).toContain('null');
    expect(code).toMatch(/self: \{\s*self: \{/);
  });

  it('prints dangling references and bad values instead of failing', () => {
    const design = structuredClone(pets) as Design;
    design.methods[0].function = 'Missing';
    design.methods[1].integration = { timeout: { hours: 1 } as never, proxy: 'yes' as never };
    const code = generateTypeScript(design);
    expect(code).toContain('new apigateway.LambdaIntegration(missing)');
    expect(code).toContain('timeout: { hours: 1 }');
    expect(code).toContain("proxy: 'yes'");
    expect(buildAppIr(design).statements.at(-2)).toMatchObject({
      expr: { args: [{}, { args: [{ kind: 'ref', name: 'missing', resolved: false }] }] },
    });
  });
});
