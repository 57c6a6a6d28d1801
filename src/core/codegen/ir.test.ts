import { describe, expect, it } from 'vitest';
import type { Design } from '../design/types';
import { loadFixture } from '../../testing/fixtures';
import fc from 'fast-check';
import { validDesign } from '../../testing/arbitraries';
import { fixtureNames } from '../../testing/fixtures';
import { MODULE_ORDER, moduleOf, type CdkModule } from './cdkNames';
import { buildAppIr, walkApp, type AppIr, type CallExpr, type Expr, type StructExpr } from './ir';

function methodCall(design: Design, index: number): CallExpr {
  const statement = buildAppIr(design).statements.filter((s) => s.section === 'methods')[index];
  if (statement.kind !== 'expression' || statement.expr.kind !== 'call') throw new Error('not a call');
  return statement.expr;
}

function integrationOptions(design: Design, index: number): StructExpr {
  const integration = methodCall(design, index).args[1];
  if (integration.kind !== 'new') throw new Error('not new');
  return integration.args[1] as StructExpr;
}

/** The modules a program uses, found by walking every expression of its tree. */
function walkedModules(ir: AppIr): CdkModule[] {
  const used = new Set<CdkModule>(['core', 'constructs']);
  walkApp(ir, (expr) => {
    if ('type' in expr && typeof expr.type === 'string') used.add(moduleOf(expr.type));
    if (expr.kind === 'call' || expr.kind === 'property') used.add(moduleOf(expr.targetType));
  });
  for (const statement of ir.statements) if (statement.kind === 'const') used.add(moduleOf(statement.type));
  return MODULE_ORDER.filter((module) => used.has(module));
}

describe('buildAppIr', () => {
  it('lists exactly the modules the program uses', () => {
    const designs = [
      ...fixtureNames().map(loadFixture),
      ...fc.sample(validDesign(), { numRuns: 50, seed: 9 }),
    ];
    for (const design of designs) {
      const ir = buildAppIr(design);
      expect(ir.modules).toEqual(walkedModules(ir));
    }
  });

  it('builds the program in the contract construction order', () => {
    const ir = buildAppIr(loadFixture('imports-account-env'));
    expect(ir.stack).toMatchObject({
      className: 'ImportsStack',
      id: { value: 'ImportsStack', path: '/stack/id' },
    });
    expect(ir.modules).toEqual(['core', 'aws_apigateway', 'aws_iam', 'aws_lambda', 'constructs']);
    expect(ir.statements.map((s) => [s.section, s.kind === 'const' ? s.name : s.path])).toEqual([
      ['functions', 'handler'],
      ['functions', 'legacy'],
      ['roles', 'invokeRole'],
      ['roles', 'gatewayRole'],
      ['roles', '/roles/1/grantInvoke/0'],
      ['roles', '/roles/1/grantInvoke/1'],
      ['vpcLinks', 'link'],
      ['api', 'api'],
      ['methods', '/methods/0'],
      ['methods', '/methods/1'],
      ['methods', '/methods/2'],
      ['methods', '/methods/3'],
      ['methods', '/methods/4'],
    ]);
    expect(ir.statements[1]).toMatchObject({
      type: 'aws-cdk-lib.aws_lambda.IFunction',
      value: { kind: 'staticCall', type: 'aws-cdk-lib.aws_lambda.Function', method: 'fromFunctionArn' },
    });
    expect(ir.statements[4]).toMatchObject({
      kind: 'expression',
      expr: {
        kind: 'call',
        target: { kind: 'ref', name: 'handler' },
        method: 'grantInvoke',
        args: [{ name: 'gatewayRole' }],
      },
    });
  });

  it('emits only what the design sets, in jsii field order, with design paths', () => {
    const design = loadFixture('integration-every-option');
    const options = integrationOptions(design, 0);
    expect(options.fields.map((f) => f.name)).toEqual([
      'allowTestInvoke',
      'cacheKeyParameters',
      'cacheNamespace',
      'connectionType',
      'contentHandling',
      'credentialsPassthrough',
      'integrationResponses',
      'passthroughBehavior',
      'proxy',
      'requestParameters',
      'requestTemplates',
      'responseTransferMode',
      'scopePermissionToMethod',
      'timeout',
    ]);
    const field = (name: string): Expr | undefined => options.fields.find((f) => f.name === name)?.value;
    expect(field('timeout')).toEqual({
      kind: 'duration',
      unit: 'millis',
      amount: 1500,
      path: '/methods/0/integration/timeout',
    });
    expect(field('passthroughBehavior')).toMatchObject({ kind: 'enum', member: 'NEVER', value: 'NEVER' });
    // The design lists selectionPattern before statusCode; jsii order puts statusCode first.
    const responses = field('integrationResponses');
    expect(responses?.kind === 'list' && responses.items[1]).toMatchObject({
      kind: 'struct',
      type: 'aws-cdk-lib.aws_apigateway.IntegrationResponse',
      fields: [
        { name: 'statusCode', path: '/methods/0/integration/integrationResponses/1/statusCode' },
        { name: 'responseTemplates' },
        { name: 'selectionPattern' },
      ],
    });
    const methodOptions = methodCall(design, 0).args[2] as StructExpr;
    expect(methodOptions.fields.find((f) => f.name === 'authorizationType')?.value).toMatchObject({
      kind: 'enum',
      type: 'aws-cdk-lib.aws_apigateway.AuthorizationType',
      member: 'IAM',
      value: 'AWS_IAM',
    });
  });

  it('keeps explicit false, [] and {} and map order, and leaves unset options out', () => {
    const design = loadFixture('explicit-empties');
    expect(integrationOptions(design, 0).fields.map((f) => [f.name, f.value])).toEqual([
      [
        'cacheKeyParameters',
        {
          kind: 'list',
          elementType: { kind: 'string' },
          items: [],
          path: '/methods/0/integration/cacheKeyParameters',
        },
      ],
      ['integrationResponses', expect.objectContaining({ kind: 'list', items: [] })],
      ['proxy', { kind: 'boolean', value: false, path: '/methods/0/integration/proxy' }],
      [
        'requestParameters',
        {
          kind: 'map',
          valueType: { kind: 'string' },
          entries: [],
          path: '/methods/0/integration/requestParameters',
        },
      ],
      ['requestTemplates', expect.objectContaining({ kind: 'map', entries: [] })],
    ]);
    // `integration: {}` and `options: {}` print as no options at all.
    expect(methodCall(design, 2).args).toHaveLength(2);
    const ordered = loadFixture('integration-every-option');
    const requestParameters = integrationOptions(ordered, 0).fields.find(
      (f) => f.name === 'requestParameters',
    );
    expect(
      requestParameters?.value.kind === 'map' && requestParameters.value.entries.map((e) => e.key),
    ).toEqual(Object.keys(ordered.methods[0].integration?.requestParameters ?? {}));
  });

  it('keeps a __proto__ map key as data', () => {
    const design = JSON.parse(
      '{"version":1,"stack":{"id":"S"},"api":{"id":"Api"},"functions":[{"id":"F","runtime":"nodejs22.x","handler":"i.h","code":{"inline":"x"}}],' +
        '"methods":[{"path":"/","httpMethod":"GET","function":"F","integration":{"proxy":false,"requestTemplates":{"__proto__":"a","b":"c"}}}]}',
    ) as Design;
    const templates = integrationOptions(design, 0).fields.find((f) => f.name === 'requestTemplates')?.value;
    expect(templates?.kind === 'map' && templates.entries.map((e) => [e.key, e.path])).toEqual([
      ['__proto__', '/methods/0/integration/requestTemplates/__proto__'],
      ['b', '/methods/0/integration/requestTemplates/b'],
    ]);
  });

  it('uses api.root for the root path and resourceForPath elsewhere', () => {
    const design = loadFixture('root-proxy-any');
    expect(methodCall(design, 0).target).toMatchObject({
      kind: 'property',
      property: 'root',
      path: '/methods/0/path',
    });
    expect(methodCall(design, 1).target).toMatchObject({
      kind: 'call',
      method: 'resourceForPath',
      args: [{ kind: 'string', value: '/{proxy+}', path: '/methods/1/path' }],
    });
  });

  it('gives the stack env as StackProps', () => {
    expect(buildAppIr(loadFixture('region-only-imported')).stack.props).toEqual({
      kind: 'struct',
      type: 'aws-cdk-lib.StackProps',
      path: '/stack',
      fields: [
        {
          name: 'env',
          path: '/stack/env',
          value: {
            kind: 'struct',
            type: 'aws-cdk-lib.Environment',
            path: '/stack/env',
            fields: [
              {
                name: 'region',
                path: '/stack/env/region',
                value: { kind: 'string', value: 'us-west-2', path: '/stack/env/region' },
              },
            ],
          },
        },
      ],
    });
    expect(buildAppIr(loadFixture('pets-basic')).stack.props).toBeUndefined();
  });

  it('carries a design path on every node that comes from the design', () => {
    const ir = buildAppIr(loadFixture('odd-strings'));
    const paths: string[] = [];
    walkApp(ir, (expr) => {
      if (expr.path !== undefined) paths.push(expr.path);
      if (['string', 'number', 'boolean', 'enum', 'duration', 'map', 'list', 'struct'].includes(expr.kind)) {
        expect(expr.path, JSON.stringify(expr)).toBeDefined();
      }
    });
    expect(paths).toContain('/methods/0/integration/requestTemplates/text~1plain; charset=utf-8');
    expect(paths).toContain('/functions/0/code/inline');
  });
});
