import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cdkCliBin,
  cdkCliEnv,
  cdkCliSynth,
  cdkInitContext,
  removeAssembly,
  synthTypeScriptApp,
  synthTypeScriptAppToAssembly,
} from './cdkHarness';

const nodeModules = join(dirname(dirname(cdkCliBin)), '..');

// A hand-written app touching what the designs use: env, roles, imports, map order, methods.
const app = `
import * as cdk from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';

export class HarnessStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const handler = new lambda.Function(this, 'Handler', {
      code: lambda.Code.fromInline('exports.handler = async () => ({ statusCode: 200, body: "é \${x}" });'),
      handler: 'index.handler',
      runtime: lambda.Runtime.NODEJS_22_X,
    });
    const legacy = lambda.Function.fromFunctionArn(this, 'Legacy', 'arn:aws:lambda:eu-west-1:123456789012:function:legacy');
    const role = new iam.Role(this, 'GatewayRole', { assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com') });
    handler.grantInvoke(role);
    legacy.grantInvoke(role);
    const api = new apigateway.RestApi(this, 'Api', { deployOptions: { stageName: 'dev' } });
    api.root.resourceForPath('/pets/{petId}').addMethod('GET', new apigateway.LambdaIntegration(handler, {
      proxy: false,
      credentialsRole: role,
      requestParameters: { 'integration.request.path.id': 'method.request.path.petId', 'integration.request.header.a': "'x'" },
      integrationResponses: [{ statusCode: '200' }],
    }), {
      requestParameters: { 'method.request.path.petId': true },
      methodResponses: [{ statusCode: '200' }],
    });
    api.root.addMethod('ANY', new apigateway.LambdaIntegration(legacy));
  }
}

const app = new cdk.App();
new HarnessStack(app, 'HarnessStack', { env: { account: '123456789012', region: 'eu-west-1' } });
app.synth();
`;

/** Runs `cdk synth` in a project made by `cdk init app --language typescript`, with the app above. */
function synthInInitProject(projectDir: string, pathMetadata: boolean): unknown {
  const cdkJson = JSON.parse(readFileSync(join(projectDir, 'cdk.json'), 'utf8')) as {
    app: string;
  };
  // The project's `npx tsc && npx tsx bin/….ts` needs tsx from the registry; esbuild compiles the
  // same TypeScript the same way (tsx is esbuild), so the app command runs esbuild's output.
  const entry = join(projectDir, 'bin', readdirSync(join(projectDir, 'bin'))[0]);
  writeFileSync(entry, app);
  const outfile = join(projectDir, 'app.js');
  buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', packages: 'external' });
  writeFileSync(join(projectDir, 'cdk.json'), JSON.stringify({ ...cdkJson, app: `node ${outfile}` }));
  const outdir = join(projectDir, pathMetadata ? 'out-path' : 'out-nopath');
  const args = [cdkCliBin, 'synth', '--quiet', '--no-version-reporting', '--no-notices'];
  if (!pathMetadata) args.push('--no-path-metadata');
  args.push('--output', outdir);
  const run = spawnSync(process.execPath, args, {
    cwd: projectDir,
    env: { ...process.env, ...cdkCliEnv },
    encoding: 'utf8',
  });
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return JSON.parse(readFileSync(join(outdir, 'HarnessStack.template.json'), 'utf8'));
}

describe('cdkHarness against a real `cdk init` project and the aws-cdk CLI', () => {
  let projectDir = '';
  beforeAll(() => {
    projectDir = mkdtempSync(join(tmpdir(), 'cdk-init-'));
    const init = spawnSync(
      process.execPath,
      [cdkCliBin, 'init', 'app', '--language', 'typescript', '--generate-only', '--no-notices'],
      { cwd: projectDir, env: { ...process.env, ...cdkCliEnv }, encoding: 'utf8' },
    );
    expect(init.status).toBe(0);
    symlinkSync(nodeModules, join(projectDir, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(projectDir, { recursive: true, force: true }));

  it('uses the feature flags `cdk init` writes to cdk.json', () => {
    const cdkJson = JSON.parse(readFileSync(join(projectDir, 'cdk.json'), 'utf8')) as {
      context: Record<string, unknown>;
    };
    expect(cdkInitContext()).toEqual(cdkJson.context);
    expect(cdkInitContext()['@aws-cdk/aws-apigateway:disableCloudWatchRole']).toBe(true);
  });

  for (const pathMetadata of [true, false]) {
    it(`synthesizes what \`cdk synth\` writes to cdk.out (pathMetadata ${pathMetadata})`, () => {
      const expected = synthInInitProject(projectDir, pathMetadata);
      const template = synthTypeScriptApp(app, { pathMetadata });
      expect(template).toEqual(expected);
      const resources = template.Resources as Record<string, { Metadata?: object }>;
      expect(Object.keys(resources).some((id) => id.startsWith('CDKMetadata'))).toBe(false);
      expect(Object.values(resources).every((r) => 'aws:cdk:path' in (r.Metadata ?? {}))).toBe(pathMetadata);
      expect(template.Parameters).toHaveProperty('BootstrapVersion');
      expect(template.Rules).toHaveProperty('CheckBootstrapVersion');
    });
  }
});

describe('cdkHarness', () => {
  it('throws what CDK throws, with its message', () => {
    const invalid = app.replace(
      "api.root.addMethod('ANY'",
      "api.root.resourceForPath('/pets/{petId}').addMethod('GET'",
    );
    expect(() => synthTypeScriptApp(invalid, { pathMetadata: true })).toThrow(
      /There is already a Construct with name 'GET'/,
    );
  });

  it('keeps the cloud assembly for the CLI to print, and the CLI prints that template', () => {
    const assembly = synthTypeScriptAppToAssembly(app, { pathMetadata: true });
    try {
      expect(assembly.stackArtifactId).toBe('HarnessStack');
      const printed = JSON.parse(cdkCliSynth(assembly.assemblyDir, { json: true })) as {
        Rules?: unknown;
        Resources: unknown;
      };
      // The CLI drops the CheckBootstrapVersion rule (and here the whole Rules section) when printing.
      expect(printed.Rules).toBeUndefined();
      expect(printed.Resources).toEqual(assembly.template.Resources);
    } finally {
      removeAssembly(assembly.assemblyDir);
    }
  });
});
