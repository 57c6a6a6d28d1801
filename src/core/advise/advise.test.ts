/**
 * The advisor's figures against templates the real aws-cdk-lib synthesizes (the harness): the
 * Lambda::Permission count per function, the stack's resource count, the policy estimate computed
 * from the real template, and the effect a fix promises compared with the real synth of the fixed design.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '..';
import { applyDesignEdits } from '../design/edits';
import type { Design, MethodDesign } from '../design/types';
import { SCENARIOS } from '../gallery';
import type { JsonObject, Template } from '../synth/cfn';
import { synthTypeScriptApp } from '../../testing/cdkHarness';
import { fixtureNames, loadFixture } from '../../testing/fixtures';
import {
  advise,
  measure,
  permissionStatements,
  policySize,
  POLICY_SIZE_LIMIT,
  STACK_RESOURCE_LIMIT,
} from '.';

function realTemplate(design: Design): Template {
  const code = generate(design).files['cdk-typescript'];
  if (!code) throw new Error('no code');
  return synthTypeScriptApp(code, { pathMetadata: true }) as Template;
}

/** Counted straight from a template: permissions per FunctionName, and all resources. */
function counted(template: Template, design: Design) {
  const resources = Object.values(template.Resources as JsonObject) as JsonObject[];
  const permissions = resources.filter((r) => r.Type === 'AWS::Lambda::Permission');
  const guess = {
    stackName: design.stack.id,
    region: design.stack.env?.region ?? 'us-east-1',
    account: design.stack.env?.account ?? '123456789012',
    partition: 'aws',
  };
  const byFunction = new Map<string, string[]>();
  for (const s of permissionStatements(template, guess)) {
    byFunction.set(s.functionKey, [...(byFunction.get(s.functionKey) ?? []), s.json]);
  }
  return {
    permissionCount: permissions.length,
    resourceCount: resources.length,
    policies: [...byFunction.values()]
      .map((json) => ({ permissions: json.length, bytes: policySize(json) }))
      .sort((a, b) => a.bytes - b.bytes),
  };
}

function ours(design: Design) {
  const figures = measure(design)!;
  return {
    permissionCount: figures.permissionCount,
    resourceCount: figures.resourceCount,
    policies: figures.policies
      .map((p) => ({ permissions: p.permissions, bytes: p.bytes }))
      .sort((a, b) => a.bytes - b.bytes),
  };
}

const handler = {
  id: 'Handler',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: { inline: 'exports.handler = async () => ({});' },
};

/** `count` GET methods on their own resources, all on one function. */
function wideApi(count: number, integration: MethodDesign['integration'] = {}): Design {
  return {
    version: 1,
    stack: { id: 'WideStack' },
    api: { id: 'Api' },
    functions: [handler],
    methods: Array.from({ length: count }, (_, i) => ({
      path: `/items${i}/{id}`,
      httpMethod: 'GET' as const,
      function: 'Handler',
      integration: { ...integration },
    })),
  };
}

describe('advisor figures against the real aws-cdk-lib', () => {
  const designs: Array<[string, Design]> = [
    ...fixtureNames().map((name): [string, Design] => [name, loadFixture(name)]),
    ...SCENARIOS.slice(0, 4).map((s): [string, Design] => [s.id, s.design]),
  ];
  for (const [name, design] of designs) {
    it(`${name}: permissions, policies and resources as counted in the real template`, () => {
      if (!measure(design)) return expect(generate(design).template).toBeNull();
      expect(ours(design)).toEqual(counted(realTemplate(design), design));
    });
  }

  it('a wide API over one function: 60 permissions overflow the 20 KB policy; both fixes measured as CDK builds them', () => {
    const design = wideApi(30);
    const real = counted(realTemplate(design), design);
    expect(real.permissionCount).toBe(60);
    const report = advise(design);
    expect(report.permissionCount).toBe(60);
    expect(report.policies[0].bytes).toBeGreaterThan(POLICY_SIZE_LIMIT);
    expect(report.policies[0].bytes).toBe(real.policies[0].bytes);
    const policy = report.advice.find((a) => a.code === 'advise/policy-size')!;
    expect(policy.severity).toBe('error');
    expect(policy.title).toMatch(/^Handler: 60 permission\(s\), policy ≈ 2\d\.\d KB of 20 KB$/);
    const [scope, test] = policy.fixes!;
    expect(scope.label).toBe('Set scopePermissionToMethod to false on 30 method(s)');
    expect(test.label).toBe('Set allowTestInvoke to false on 30 method(s)');
    for (const [fix, permissions] of [
      [scope, 1],
      [test, 30],
    ] as const) {
      const fixed = applyDesignEdits(design, fix.edits);
      const realFixed = counted(realTemplate(fixed), fixed);
      expect(realFixed.permissionCount).toBe(permissions);
      expect(fix.effect).toContain(`Lambda::Permission 60 → ${permissions}`);
      expect(fix.effect).toContain(`resources ${real.resourceCount} → ${realFixed.resourceCount}`);
      expect(ours(fixed)).toEqual(realFixed);
    }
    expect(
      advise(applyDesignEdits(design, test.edits)).advice.find((a) => a.code === 'advise/policy-size')
        ?.severity,
    ).toBe('info');
  });

  it('a stack over 500 resources (cdk synth refuses it, with our count), and the fix that brings it under', () => {
    const design = wideApi(130, { scopePermissionToMethod: true });
    const report = advise(design);
    expect(report.resourceCount).toBeGreaterThan(STACK_RESOURCE_LIMIT);
    expect(() => realTemplate(design)).toThrow(
      `Number of resources in stack 'WideStack': ${report.resourceCount} is greater than allowed maximum of 500`,
    );
    const stack = report.advice.find((a) => a.code === 'advise/stack-resources')!;
    expect(stack.severity).toBe('error');
    expect(stack.title).toBe(`Stack resources: ${report.resourceCount} of 500`);
    const fixed = applyDesignEdits(design, stack.fixes![0].edits);
    const realFixed = counted(realTemplate(fixed), fixed);
    expect(realFixed.resourceCount).toBeLessThan(STACK_RESOURCE_LIMIT);
    expect(stack.fixes![0].effect).toContain(
      `resources ${report.resourceCount} → ${realFixed.resourceCount}`,
    );
    expect(ours(fixed)).toEqual(realFixed);
  });
});

describe('policy statements', () => {
  it('are the compact JSON Lambda stores, with the ARNs a deployment gives', () => {
    const design: Design = {
      version: 1,
      stack: { id: 'S', env: { account: '111122223333', region: 'eu-west-1' } },
      api: { id: 'Api' },
      functions: [{ ...handler, functionName: 'pets' }],
      methods: [
        {
          path: '/pets/{id}',
          httpMethod: 'GET',
          function: 'Handler',
          integration: { allowTestInvoke: false },
        },
      ],
    };
    const template = generate(design).template as Template;
    const [statement] = permissionStatements(template, {
      stackName: 'S',
      region: 'eu-west-1',
      account: '111122223333',
      partition: 'aws',
    });
    expect(JSON.parse(statement.json)).toEqual({
      Sid: `S-${statement.logicalId}-ABCDEFGHJKLM`,
      Effect: 'Allow',
      Principal: { Service: 'apigateway.amazonaws.com' },
      Action: 'lambda:InvokeFunction',
      Resource: 'arn:aws:lambda:eu-west-1:111122223333:function:pets',
      Condition: {
        ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:eu-west-1:111122223333:a1b2c3d4e5/prod/GET/pets/*' },
      },
    });
    expect(statement.json).not.toContain(' ');
    expect(policySize([statement.json])).toBe(
      `{"Version":"2012-10-17","Id":"default","Statement":[${statement.json}]}`.length,
    );
    expect(policySize(['"é"'])).toBe(policySize(['"e"']) + 1);
  });

  it('name generated functions and statement ids within Lambda’s lengths', () => {
    const design = wideApi(1);
    design.stack.id = 'A'.repeat(60);
    const template = generate(design).template as Template;
    const [statement] = permissionStatements(template, {
      stackName: design.stack.id,
      region: 'us-east-1',
      account: '123456789012',
      partition: 'aws',
    });
    const parsed = JSON.parse(statement.json) as { Sid: string; Resource: string };
    expect(parsed.Sid.length).toBeLessThanOrEqual(100);
    expect(parsed.Resource.split(':function:')[1].length).toBeLessThanOrEqual(64);
  });
});

describe('advice', () => {
  it('timeouts: over 29 s on an edge API is an error, on a Regional one a warning; a function that outlives the integration', () => {
    const design = wideApi(1, { timeout: { seconds: 60 } });
    const edge = advise(design).advice.find((a) => a.code === 'advise/integration-timeout-quota')!;
    expect(edge.severity).toBe('error');
    expect(edge.path).toBe('/methods/0/integration/timeout');
    expect(edge.fixes![0].edits).toEqual([{ path: '/methods/0/integration/timeout', value: undefined }]);
    design.api.endpointTypes = ['REGIONAL'];
    expect(advise(design).advice.find((a) => a.code === 'advise/integration-timeout-quota')!.severity).toBe(
      'warning',
    );

    const slow = wideApi(1, { timeout: { seconds: 10 } });
    slow.functions = [{ ...handler, timeout: { seconds: 20 } }];
    const outlives = advise(slow).advice.find((a) => a.code === 'advise/function-outlives-integration')!;
    expect(outlives.title).toBe('GET /items0/{id}: the function may run 20 s, API Gateway waits 10 s');
    expect(advise(wideApi(1)).advice.map((a) => a.code)).toContain('advise/function-default-timeout');
  });

  it('CORS: proxy methods without a preflight, mappings a proxy ignores, gateway responses', () => {
    const design = wideApi(1, {
      integrationResponses: [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
        },
      ],
    });
    const codes = advise(design).advice.map((a) => a.code);
    expect(codes).toContain('advise/cors-proxy');
    expect(codes).toContain('advise/cors-proxy-mapping-ignored');
    expect(advise(design).advice.find((a) => a.code === 'advise/cors-proxy')!.message).toContain(
      '/items0/{id} has no OPTIONS or ANY method',
    );
    const cors = SCENARIOS.find((s) => s.id === 'cors-headers')!.design;
    const corsCodes = advise(cors).advice.map((a) => a.code);
    expect(corsCodes).toContain('advise/cors-gateway-responses');
    expect(corsCodes).not.toContain('advise/cors-proxy');
  });

  it('deployment: names the hashed Deployment, and says when a change gives a new one', () => {
    const design = wideApi(1);
    const before = generate(design).template as Template;
    const report = advise(design, { previousTemplate: before });
    expect(report.deploymentLogicalId).toMatch(/^ApiDeployment[0-9A-F]{8}[0-9a-f]{32}$/);
    const same = report.advice.find((a) => a.code === 'advise/redeploy')!;
    expect(same.message).toContain('Nothing that is deployed has changed');
    const changed = applyDesignEdits(design, [
      { path: '/methods/0/integration/passthroughBehavior', value: 'NEVER' },
    ]);
    const after = advise(changed, { previousTemplate: before });
    expect(after.deploymentLogicalId).not.toBe(report.deploymentLogicalId);
    expect(after.advice.find((a) => a.code === 'advise/redeploy')!.title).toBe(
      `A new deployment: ${report.deploymentLogicalId} → ${after.deploymentLogicalId}`,
    );
  });

  it('an invalid design gets design-level advice only, and no throw', () => {
    const design = wideApi(1);
    design.methods[0].function = 'Missing';
    const report = advise(design);
    expect(report.synthesized).toBe(false);
    expect(report.advice.map((a) => a.code)).toContain('advise/redeploy');
  });
});
