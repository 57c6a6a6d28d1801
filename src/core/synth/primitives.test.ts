/**
 * The synthesizer's building blocks against aws-cdk-lib's own: logical IDs (makeUniqueId), string
 * concatenation into Fn::Join, the region → partition table, the DependsOn order, service principals.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as CdkLib from 'aws-cdk-lib';
import type * as CdkIam from 'aws-cdk-lib/aws-iam';
import type * as CdkRegionInfo from 'aws-cdk-lib/region-info';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat, type Json } from './cfn';
import { comparePaths } from './order';
import { REGION_PARTITIONS } from './partitions';
import { servicePrincipalName } from './synthesize';
import { makeUniqueId } from './uniqueId';

const require = createRequire(import.meta.url);
const cdk = require('aws-cdk-lib') as typeof CdkLib;
const iam = require('aws-cdk-lib/aws-iam') as typeof CdkIam;
const regionInfo = require('aws-cdk-lib/region-info') as typeof CdkRegionInfo;
// Not exported by the package: loaded by file, as the oracle for logical IDs.
const cdkRoot = dirname(require.resolve('aws-cdk-lib/package.json'));
const cdkUniqueId = (
  require(join(cdkRoot, 'core/lib/private/uniqueid.js')) as {
    makeUniqueId(components: string[]): string;
  }
).makeUniqueId;

const idPart = fc.oneof(
  fc.constantFrom(
    'Default',
    'Resource',
    'Api',
    'ApiApi',
    'Deployment',
    'DeploymentStage.prod',
    'GET',
    '{petId}',
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !s.includes('/')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).filter((s) => !s.includes('/')),
  fc.string({ minLength: 200, maxLength: 300 }).filter((s) => !s.includes('/')),
);

describe('makeUniqueId', () => {
  it('equals aws-cdk-lib on known paths', () => {
    expect(makeUniqueId(['Api', 'Resource'])).toBe('ApiF70053CD');
    expect(makeUniqueId(['Api', 'Default', 'pets', 'Resource'])).toBe('ApipetsA28220F6');
    expect(makeUniqueId(['BootstrapVersion'])).toBe('BootstrapVersion');
  });

  it('equals aws-cdk-lib on random paths', () => {
    fc.assert(
      fc.property(fc.array(idPart, { minLength: 1, maxLength: 7 }), (path) => {
        let expected: string | Error;
        try {
          expected = cdkUniqueId(path);
        } catch (error) {
          expected = error as Error;
        }
        if (expected instanceof Error) expect(() => makeUniqueId(path)).toThrow();
        else expect(makeUniqueId(path)).toBe(expected);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });
});

/** Turns our parts into a CDK token string and lets a stack resolve it. */
function cdkConcat(parts: Json[]): unknown {
  const stack = new cdk.Stack(new cdk.App(), 'S');
  const text = parts
    .map((part) =>
      typeof part === 'string' ? part : cdk.Token.asString(cdk.Lazy.any({ produce: () => part })),
    )
    .join('');
  return stack.resolve(text);
}

describe('concat', () => {
  const part = fc.oneof(
    fc.constantFrom('', 'arn:', ':', '/', 'x'),
    fc.string({ maxLength: 5 }).filter((s) => !s.includes('${Token')),
    fc.constantFrom<Json>({ Ref: 'A' }, { Ref: 'AWS::Region' }, { 'Fn::GetAtt': ['F', 'Arn'] }),
    fc.constantFrom<Json>({ 'Fn::Join': ['', ['a', { Ref: 'B' }, 'c']] }, { 'Fn::Join': [',', ['a', 'b']] }),
  );

  it('resolves literals and intrinsics the way a CDK token string resolves', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        expect(concat(...parts)).toEqual(cdkConcat(parts));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe('REGION_PARTITIONS', () => {
  it('is the partition fact of every region aws-cdk-lib knows', () => {
    const facts = regionInfo.RegionInfo.regionMap(regionInfo.FactName.PARTITION);
    expect(REGION_PARTITIONS).toEqual(facts);
  });
});

describe('comparePaths', () => {
  const pathChar = fc.constantFrom(
    'a',
    'B',
    'z',
    'Z',
    '0',
    '9',
    '/',
    '{',
    '}',
    '+',
    '.',
    '-',
    '_',
    ' ',
    'é',
    'É',
    '$',
    ':',
  );
  it('orders paths as String.prototype.localeCompare does under Node', () => {
    fc.assert(
      fc.property(fc.array(pathChar, { maxLength: 10 }), fc.array(pathChar, { maxLength: 10 }), (a, b) => {
        const x = a.join('');
        const y = b.join('');
        expect(Math.sign(comparePaths(x, y))).toBe(Math.sign(x.localeCompare(y)));
      }),
      { numRuns: 2000, seed: 5 },
    );
  });
});

describe('servicePrincipalName', () => {
  it('normalizes service principals as aws-cdk-lib does', () => {
    const stack = new cdk.Stack(new cdk.App(), 'S');
    for (const service of [
      'apigateway.amazonaws.com',
      'apigateway',
      'apigateway.amazonaws.com.cn',
      'states.c2s.ic.gov',
      'states.sc2s.sgov.gov',
      'custom.example.com',
      'a.b',
    ]) {
      const resolved = stack.resolve(new iam.ServicePrincipal(service).policyFragment.principalJson) as {
        Service: string[];
      };
      expect(servicePrincipalName(service), service).toBe(resolved.Service[0]);
    }
  });
});
