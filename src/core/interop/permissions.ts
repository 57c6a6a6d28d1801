/**
 * Reading back what `LambdaIntegration` decided from the `AWS::Lambda::Permission`s it adds
 * (aws-cdk-lib aws-apigateway/lib/integrations/lambda.ts): one per method for the stage and one for
 * the console's test invocations (`allowTestInvoke`), or one for the whole API when
 * `scopePermissionToMethod` is false. Shared by the CloudFormation and SAM importers.
 */
import type { MethodDesign } from '../design/types';
import { flatten, markerPart, skeleton } from './intrinsics';
import { pathForExecuteApiArn, verbForExecuteApiArn } from './names';
import type { Value } from './source';

export interface ApiPermission {
  logicalId: string;
  /** Which function the permission is for, in the caller's terms. */
  functionKey: string;
  /** The stage part of the execute-api ARN: the API's stage, `test-invoke-stage`, or `*`. */
  stage: 'stage' | 'test' | 'any';
  verb: string;
  path: string;
}

export interface SourceArn {
  stage: ApiPermission['stage'];
  verb: string;
  path: string;
  /** Literal region and account, when the ARN names them. */
  region?: string;
  account?: string;
}

/** `arn:{partition}:execute-api:{region}:{account}:{api}/{stage}/{verb}{path}` for the given API. */
export function parseSourceArn(value: Value | undefined, apiLogicalId: string): SourceArn | undefined {
  const parts = flatten(value);
  const match = /^arn:([^:]+):execute-api:([^:]+):([^:]+):([^/]+)\/([^/]+)\/([^/]+)(\/.*)?$/.exec(
    skeleton(parts),
  );
  if (!match) return undefined;
  const [, , region, account, apiText, stageText, verb, path] = match;
  const api = markerPart(parts, apiText);
  if (!api || typeof api !== 'object' || !('ref' in api) || api.ref !== apiLogicalId) return undefined;
  const literal = (text: string) => (text.includes('\uE000') ? undefined : text);
  return {
    stage: stageText === 'test-invoke-stage' ? 'test' : stageText === '*' ? 'any' : 'stage',
    verb,
    path: path ?? '',
    region: literal(region),
    account: literal(account),
  };
}

/**
 * Sets `allowTestInvoke: false` / `scopePermissionToMethod: false` on the methods as the
 * permissions show them. Returns the permissions accounted for, and the methods none allows.
 */
export function applyPermissions(
  methods: ReadonlyArray<{ design: MethodDesign; functionKey: string }>,
  permissions: readonly ApiPermission[],
): { matched: Set<string>; unpermitted: MethodDesign[] } {
  const matched = new Set<string>();
  const unpermitted: MethodDesign[] = [];
  for (const { design, functionKey } of methods) {
    const verb = verbForExecuteApiArn(design.httpMethod);
    const path = pathForExecuteApiArn(design.path);
    const mine = permissions.filter((p) => p.functionKey === functionKey);
    const isApiWide = (p: ApiPermission) => p.stage === 'any' && p.verb === '*' && p.path === '/*';
    const scoped = mine.filter((p) => p.verb === verb && p.path === path);
    const stagePermission = scoped.find((p) => p.stage === 'stage');
    const testPermission = scoped.find((p) => p.stage === 'test');
    // A hand-written `…/*/GET/pets` allows every stage, test invocations included. (For `ANY /{x}`
    // that ARN is also the API-wide one CDK writes for scopePermissionToMethod: false.)
    const everyStagePermission = scoped.find((p) => p.stage === 'any' && !isApiWide(p));
    const apiPermission = mine.find(isApiWide);
    if (stagePermission) {
      for (const p of [stagePermission, testPermission]) if (p) matched.add(p.logicalId);
      if (!testPermission) design.integration = { ...design.integration, allowTestInvoke: false };
    } else if (everyStagePermission) {
      matched.add(everyStagePermission.logicalId);
    } else if (apiPermission) {
      matched.add(apiPermission.logicalId);
      design.integration = { ...design.integration, scopePermissionToMethod: false };
    } else {
      unpermitted.push(design);
    }
  }
  return { matched, unpermitted };
}
