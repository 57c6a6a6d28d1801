import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Design } from '../../design/types';
import { fixtureNames, loadFixture } from '../../../testing/fixtures';
import { printYaml } from '../print';
import { toPlain } from '../source';
import { contractExample } from '../../../testing/contractExample';
import { designToSam } from './exportSam';

const designs: Array<[string, Design]> = [
  ['contract-example', contractExample],
  ...fixtureNames().map((name): [string, Design] => [name, loadFixture(name)]),
];

/**
 * cfn-lint (Python, with aws-sam-translator) ships with this kind of machine under pyenv, whose
 * shims a non-interactive shell may not have on PATH; CFN_LINT names another one.
 */
function runCfnLint(args: string[]) {
  const candidates = [process.env.CFN_LINT, 'cfn-lint', join(homedir(), '.pyenv', 'shims', 'cfn-lint')];
  let result: SpawnSyncReturns<string> | undefined;
  for (const command of candidates.filter((c): c is string => Boolean(c))) {
    result = spawnSync(command, args, {
      encoding: 'utf8',
      env: { ...process.env, AWS_DEFAULT_REGION: 'us-east-1' },
    });
    if ((result.error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') return result;
  }
  return result as SpawnSyncReturns<string>;
}

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

describe('designToSam', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sam-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes cfn-lint, which runs the SAM transform (aws-sam-translator) on each template', () => {
    const files = designs.map(([name, design]) => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, printYaml(designToSam(design).template));
      return file;
    });
    // A control in the same run: without StageName the SAM transform must fail.
    const broken = designToSam(contractExample).template;
    const api = (broken.get('Resources') as Map<string, Map<string, Map<string, unknown>>>).get('Api');
    api?.get('Properties')?.delete('StageName');
    const brokenFile = join(dir, 'broken.yaml');
    writeFileSync(brokenFile, printYaml(broken));
    // One process lints every file.
    const result = runCfnLint(['--format', 'parseable', '--', ...files, brokenFile]);
    expect(result.error).toBeUndefined();
    const findings = result.stdout.split('\n').filter(Boolean);
    expect(findings.filter((line) => !line.startsWith(brokenFile))).toEqual([]);
    expect(findings.some((line) => line.includes('StageName'))).toBe(true);
  });

  it('defines the API with the OpenAPI document, ARNs as Fn::Sub, and the permissions CDK adds', () => {
    const { template, notes } = designToSam(contractExample);
    const plain = toPlain(template) as Template & { Transform: string };
    expect(plain.Transform).toBe('AWS::Serverless-2016-10-31');
    expect(notes).toEqual([]);
    const types = Object.entries(plain.Resources).map(([id, r]) => `${id} ${r.Type}`);
    expect(types).toEqual([
      'Handler AWS::Serverless::Function',
      'GatewayRole AWS::IAM::Role',
      'Api AWS::Serverless::Api',
      'HandlerPermissionGETpetspetId AWS::Lambda::Permission',
      'HandlerPermissionGETpetspetIdTest AWS::Lambda::Permission',
      'LegacyPermissionPOSTpets AWS::Lambda::Permission',
      'LegacyPermissionPOSTpetsTest AWS::Lambda::Permission',
      'HandlerApiPermission AWS::Lambda::Permission',
    ]);
    const body = plain.Resources.Api.Properties.DefinitionBody as {
      paths: Record<string, Record<string, { 'x-amazon-apigateway-integration': Record<string, unknown> }>>;
    };
    const get = body.paths['/pets/{petId}'].get['x-amazon-apigateway-integration'];
    expect(get.uri).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Handler.Arn}/invocations',
    });
    const any =
      body.paths['/pets/{petId}/{proxy+}']['x-amazon-apigateway-any-method'][
        'x-amazon-apigateway-integration'
      ];
    expect(any.credentials).toEqual({ 'Fn::GetAtt': ['GatewayRole', 'Arn'] });
    expect(plain.Resources.HandlerPermissionGETpetspetIdTest.Properties.SourceArn).toEqual({
      'Fn::Sub':
        'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/test-invoke-stage/GET/pets/*',
    });
    expect(plain.Resources.HandlerApiPermission.Properties.SourceArn).toEqual({
      'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${Api}/*/*/*',
    });
  });
});
