/**
 * The advisor: what will bite this design when it is deployed or grows, with the fix where there is
 * one. Figures come from the template the design synthesizes (identical to aws-cdk-lib's, see
 * synthIdentity.test.ts); a fix's effect is measured by synthesizing the fixed design.
 */
import { applyDesignEdits, type DesignEdit } from '../design/edits';
import {
  effectiveAllowTestInvoke,
  effectiveProxy,
  effectiveScopePermissionToMethod,
  methodKey,
} from '../design/defaults';
import type { Design, Duration, MethodDesign } from '../design/types';
import { isImportedFunction } from '../design/types';
import { validateDesign } from '../design/validate';
import { hasErrors, pointer } from '../diagnostics';
import type { JsonObject, Template } from '../synth/cfn';
import { partitionOfRegion } from '../synth/partitions';
import { synthesizeWithSourceMap } from '../synth/synthesize';
import { permissionStatements, policySize, POLICY_SIZE_LIMIT, type DeploymentGuess } from './policy';

export { POLICY_SIZE_LIMIT, permissionStatements, policySize } from './policy';
export type { DeploymentGuess, PermissionStatement } from './policy';

/** CloudFormation's limit on resources in one stack. */
export const STACK_RESOURCE_LIMIT = 500;
/** API Gateway's default maximum integration timeout (raisable for Regional and private APIs). */
export const INTEGRATION_TIMEOUT_DEFAULT_MS = 29_000;
/** aws-cdk-lib/aws-lambda Function: a function's timeout when none is given. */
export const FUNCTION_DEFAULT_TIMEOUT_MS = 3_000;
/** Lambda's hard limit on a function's timeout. */
export const FUNCTION_MAX_TIMEOUT_MS = 900_000;
/** Warn from this share of a limit on. */
const NEAR = 0.8;

export interface AdviceFix {
  /** The button's text: "Set scopePermissionToMethod to false on 30 methods". */
  label: string;
  /** What changes once applied, measured: "Lambda::Permission 60 → 1; policy ≈ 24.6 KB → 0.4 KB". */
  effect: string;
  edits: DesignEdit[];
}

export interface Advice {
  code: string;
  severity: 'error' | 'warning' | 'info';
  title: string;
  message: string;
  /** Where in the design it applies (JSON pointer). */
  path?: string;
  fixes?: AdviceFix[];
}

export interface PolicyEstimate {
  /** The design's function id (or the imported ARN when the design does not name it). */
  functionId: string;
  /** JSON pointer of the function in the design, when it is one of its functions. */
  path?: string;
  permissions: number;
  /** Estimated bytes of the stored resource-based policy. */
  bytes: number;
}

export interface AdvisorReport {
  /** False when the design has errors: no template, so only the design-level advice. */
  synthesized: boolean;
  permissionCount: number;
  policies: PolicyEstimate[];
  resourceCount: number;
  /** The hashed logical ID of the API's Deployment (changes whenever a method or resource does). */
  deploymentLogicalId?: string;
  advice: Advice[];
}

export interface AdviseOptions {
  /** The template of the design as it was before (e.g. when it was opened), to tell whether it redeploys. */
  previousTemplate?: Template | null;
}

interface Figures {
  template: Template;
  permissionCount: number;
  policies: PolicyEstimate[];
  resourceCount: number;
}

function guessOf(design: Design): DeploymentGuess {
  const region = design.stack.env?.region ?? 'us-east-1';
  return {
    stackName: design.stack.id,
    region,
    account: design.stack.env?.account ?? '123456789012',
    partition: partitionOfRegion(region) ?? 'aws',
  };
}

function resources(template: Template): JsonObject {
  return (template.Resources ?? {}) as JsonObject;
}

/** Synthesizes the design and measures it; undefined when the design cannot be synthesized. */
export function measure(design: Design): Figures | undefined {
  if (hasErrors(validateDesign(design))) return undefined;
  let synthesized: ReturnType<typeof synthesizeWithSourceMap>;
  try {
    synthesized = synthesizeWithSourceMap(design, { pathMetadata: true });
  } catch {
    return undefined;
  }
  const { template, sourceMap } = synthesized;
  const statements = permissionStatements(template, guessOf(design));
  const groups = new Map<string, { path?: string; json: string[]; functionId: string }>();
  for (const statement of statements) {
    const path = sourceMap[`/Resources/${statement.logicalId.replace(/~/g, '~0').replace(/\//g, '~1')}`];
    const index = path?.startsWith('/functions/') ? Number(path.split('/')[2]) : undefined;
    const functionId =
      index !== undefined ? (design.functions[index]?.id ?? statement.functionKey) : statement.functionKey;
    const group = groups.get(functionId) ?? {
      path: index !== undefined ? `/functions/${index}` : undefined,
      json: [],
      functionId,
    };
    group.json.push(statement.json);
    groups.set(functionId, group);
  }
  return {
    template,
    permissionCount: statements.length,
    policies: [...groups.values()].map((g) => ({
      functionId: g.functionId,
      ...(g.path ? { path: g.path } : {}),
      permissions: g.json.length,
      bytes: policySize(g.json),
    })),
    resourceCount: Object.keys(resources(template)).length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function methodsOf(design: Design, functionId: string): number[] {
  return design.methods.flatMap((m, i) => (m.function === functionId ? [i] : []));
}

function fixFor(
  design: Design,
  before: Figures,
  label: string,
  edits: DesignEdit[],
  functionId?: string,
): AdviceFix | undefined {
  if (edits.length === 0) return undefined;
  const after = measure(applyDesignEdits(design, edits));
  if (!after) return undefined;
  const policy = (f: Figures) => f.policies.find((p) => p.functionId === functionId);
  const parts = [`Lambda::Permission ${before.permissionCount} → ${after.permissionCount}`];
  if (functionId !== undefined)
    parts.push(`policy ≈ ${kb(policy(before)?.bytes ?? 0)} → ${kb(policy(after)?.bytes ?? 0)}`);
  parts.push(`resources ${before.resourceCount} → ${after.resourceCount}`);
  return { label, effect: parts.join('; '), edits };
}

function permissionFixes(design: Design, figures: Figures, functionId?: string): AdviceFix[] {
  const targets = functionId === undefined ? design.methods.map((_, i) => i) : methodsOf(design, functionId);
  const scoped = targets.filter((i) => effectiveScopePermissionToMethod(design.methods[i].integration));
  const testable = scoped.filter((i) => effectiveAllowTestInvoke(design.methods[i].integration));
  const edit = (i: number, field: string) => ({
    path: pointer('methods', i, 'integration', field),
    value: false,
  });
  const fixes = [
    fixFor(
      design,
      figures,
      `Set scopePermissionToMethod to false on ${scoped.length} method(s)`,
      scoped.map((i) => edit(i, 'scopePermissionToMethod')),
      functionId,
    ),
    fixFor(
      design,
      figures,
      `Set allowTestInvoke to false on ${testable.length} method(s)`,
      testable.map((i) => edit(i, 'allowTestInvoke')),
      functionId,
    ),
  ];
  return fixes.filter((f): f is AdviceFix => f !== undefined);
}

function permissionAdvice(design: Design, figures: Figures): Advice[] {
  const advice: Advice[] = [];
  for (const policy of figures.policies) {
    const share = policy.bytes / POLICY_SIZE_LIMIT;
    const severity = share > 1 ? 'error' : share >= NEAR ? 'warning' : 'info';
    const perStatement = policy.permissions > 0 ? Math.round(policy.bytes / policy.permissions) : 0;
    advice.push({
      code: 'advise/policy-size',
      severity,
      title: `${policy.functionId}: ${policy.permissions} permission(s), policy ≈ ${kb(policy.bytes)} of 20 KB`,
      message:
        (share > 1
          ? 'Deploying fails: Lambda refuses a resource-based policy over 20 KB ("The final policy size … is bigger than the limit (20480)"). '
          : share >= NEAR
            ? 'Close to Lambda’s 20 KB limit on a function’s resource-based policy; a few more methods and the deployment fails. '
            : '') +
        `LambdaIntegration adds one Lambda::Permission per method, and one more for the console’s Test (allowTestInvoke), ` +
        `each about ${perStatement} bytes of policy here. scopePermissionToMethod false replaces them with one permission ` +
        'for any method and stage of the API; allowTestInvoke false halves them.',
      ...(policy.path ? { path: policy.path } : {}),
      ...(severity === 'info' ? {} : { fixes: permissionFixes(design, figures, policy.functionId) }),
    });
  }
  const share = figures.resourceCount / STACK_RESOURCE_LIMIT;
  advice.push({
    code: 'advise/stack-resources',
    severity: share > 1 ? 'error' : share >= NEAR ? 'warning' : 'info',
    title: `Stack resources: ${figures.resourceCount} of ${STACK_RESOURCE_LIMIT}`,
    message:
      `CloudFormation refuses a stack with more than ${STACK_RESOURCE_LIMIT} resources, and cdk synth already stops at that. ` +
      `Of these, ${figures.permissionCount} are Lambda::Permission resources that LambdaIntegration adds; ` +
      'the fixes below remove most of them. Beyond that, split the API over nested stacks.',
    ...(share >= NEAR ? { fixes: permissionFixes(design, figures) } : {}),
  });
  return advice;
}

function durationMs(duration: Duration | undefined): number | undefined {
  if (!duration) return undefined;
  const d = duration as Partial<Record<'millis' | 'seconds' | 'minutes', number>>;
  return (
    d.millis ??
    (d.seconds !== undefined ? d.seconds * 1000 : d.minutes !== undefined ? d.minutes * 60_000 : undefined)
  );
}

function isAsync(method: MethodDesign): boolean {
  const value = method.integration?.requestParameters?.['integration.request.header.X-Amz-Invocation-Type'];
  return typeof value === 'string' && value.replace(/'/g, '').trim() === 'Event';
}

function timeoutAdvice(design: Design): Advice[] {
  const advice: Advice[] = [];
  design.methods.forEach((method, index) => {
    const key = methodKey(method.httpMethod, method.path);
    const path = pointer('methods', index, 'integration', 'timeout');
    const integrationMs = durationMs(method.integration?.timeout) ?? INTEGRATION_TIMEOUT_DEFAULT_MS;
    const fn = design.functions.find((f) => f.id === method.function);
    const functionMs =
      fn && !isImportedFunction(fn) ? (durationMs(fn.timeout) ?? FUNCTION_DEFAULT_TIMEOUT_MS) : undefined;
    if (integrationMs > INTEGRATION_TIMEOUT_DEFAULT_MS) {
      const edge = (design.api.endpointTypes ?? ['EDGE']).includes('EDGE');
      advice.push({
        code: 'advise/integration-timeout-quota',
        severity: edge ? 'error' : 'warning',
        title: `${key}: integration timeout ${integrationMs / 1000} s is over the 29 s default`,
        message:
          'API Gateway waits at most 29 s for an integration unless the account’s "Maximum integration timeout" ' +
          'quota is raised (Service Quotas), which is possible only for Regional and private APIs and may lower ' +
          'the account’s throttle quota.' +
          (edge ? ' This API is edge-optimized (the default endpoint type), so it cannot go past 29 s.' : ''),
        path,
        fixes: [
          {
            label: 'Use the 29 s default',
            effect: 'timeout removed: API Gateway waits up to 29 s',
            edits: [{ path, value: undefined }],
          },
        ],
      });
    }
    if (isAsync(method) || functionMs === undefined) return;
    if (functionMs > integrationMs) {
      advice.push({
        code: 'advise/function-outlives-integration',
        severity: 'warning',
        title: `${key}: the function may run ${functionMs / 1000} s, API Gateway waits ${integrationMs / 1000} s`,
        message:
          'When the function takes longer than the integration timeout, the client gets 504 while the function ' +
          'goes on running (and is billed) up to its own timeout. Keep the function’s timeout at or below the ' +
          'integration’s, or make slow work asynchronous (X-Amz-Invocation-Type: Event).',
        path: `/functions/${design.functions.indexOf(fn!)}/timeout`,
      });
    } else if (fn && !isImportedFunction(fn) && fn.timeout === undefined && integrationMs > functionMs) {
      advice.push({
        code: 'advise/function-default-timeout',
        severity: 'info',
        title: `${key}: the function stops after 3 s (CDK’s default), long before API Gateway’s ${integrationMs / 1000} s`,
        message:
          'A Function without a timeout gets 3 seconds. A slower answer fails with "Task timed out" and, in a ' +
          'custom integration, reaches the client as whatever integration response matches that error.',
        path: `/functions/${design.functions.indexOf(fn)}`,
      });
    }
  });
  return advice;
}

function corsAdvice(design: Design): Advice[] {
  const advice: Advice[] = [];
  const proxy = design.methods.map((m, i) => ({ m, i })).filter(({ m }) => effectiveProxy(m.integration));
  if (proxy.length > 0) {
    const withOptions = new Set(
      design.methods.filter((m) => m.httpMethod === 'OPTIONS' || m.httpMethod === 'ANY').map((m) => m.path),
    );
    const noPreflight = [...new Set(proxy.map(({ m }) => m.path))].filter((p) => !withOptions.has(p));
    advice.push({
      code: 'advise/cors-proxy',
      severity: 'info',
      title: `CORS with proxy integrations (${proxy.length} method(s))`,
      message:
        'With a proxy integration the function’s response is passed on as it is: API Gateway adds no headers, ' +
        'so the function must return Access-Control-Allow-Origin (and for credentials, Access-Control-Allow-Credentials) ' +
        'on every answer, errors included. Browsers send an OPTIONS preflight before PUT, PATCH, DELETE or a JSON POST' +
        (noPreflight.length > 0
          ? `; ${noPreflight.join(', ')} ${noPreflight.length === 1 ? 'has' : 'have'} no OPTIONS or ANY method to answer it (CDK’s addCorsPreflight adds one).`
          : '.') +
        ' Answers API Gateway makes itself (403, 415, 429, 502, 504) carry no CORS headers unless its gateway responses are given them.',
      path: pointer('methods', proxy[0].i),
    });
    for (const { m, i } of proxy) {
      const mapped = (m.integration?.integrationResponses ?? []).some((r) =>
        Object.keys(r.responseParameters ?? {}).some((k) => /access-control-/i.test(k)),
      );
      if (mapped) {
        advice.push({
          code: 'advise/cors-proxy-mapping-ignored',
          severity: 'warning',
          title: `${methodKey(m.httpMethod, m.path)}: CORS header mappings are ignored by a proxy integration`,
          message:
            'Integration responses do not apply to a proxy integration; return the headers from the function.',
          path: pointer('methods', i, 'integration', 'integrationResponses'),
        });
      }
    }
  }
  const mappedCustom = design.methods.some(
    (m) =>
      !effectiveProxy(m.integration) &&
      (m.integration?.integrationResponses ?? []).some((r) =>
        Object.keys(r.responseParameters ?? {}).some((k) => /access-control-allow-origin/i.test(k)),
      ),
  );
  if (mappedCustom) {
    advice.push({
      code: 'advise/cors-gateway-responses',
      severity: 'info',
      title: 'CORS headers on answers API Gateway makes itself',
      message:
        'Your integration responses add Access-Control-Allow-Origin, but answers that never reach them (415 from ' +
        'passthroughBehavior, 403 from authorization, 429 throttling, 504 timeouts) come from gateway responses ' +
        'without it, and the browser then reports a CORS error instead of the status. Add the header to the ' +
        'DEFAULT_4XX and DEFAULT_5XX gateway responses (api.addGatewayResponse in CDK).',
    });
  }
  return advice;
}

function deploymentAdvice(figures: Figures | undefined, previous: Template | null | undefined): Advice[] {
  const current = figures ? deploymentId(figures.template) : undefined;
  const before = previous ? deploymentId(previous) : undefined;
  const changed = current !== undefined && before !== undefined && current !== before;
  return [
    {
      code: 'advise/redeploy',
      severity: 'info',
      title: changed
        ? `A new deployment: ${before} → ${current}`
        : 'A changed integration needs a new deployment',
      message:
        'API Gateway serves a stage from a snapshot (a Deployment), so editing a method changes nothing for callers ' +
        'until the API is deployed again. CDK does this for you: the RestApi’s Deployment gets a logical ID ' +
        'with a hash of every method and resource' +
        (current ? ` (now ${current})` : '') +
        ', so any change to an integration gives a new ID, CloudFormation creates a new Deployment and points the ' +
        'stage at it, and the old one is removed. Outside CDK, run aws apigateway create-deployment after each ' +
        'change, or the console’s "Deploy API".' +
        (before !== undefined && !changed
          ? ' Nothing that is deployed has changed since the design was opened.'
          : ''),
    },
  ];
}

/** The Deployment's logical ID in a template, if it has one. */
export function deploymentId(template: Template): string | undefined {
  return Object.entries(resources(template)).find(
    ([, r]) =>
      typeof r === 'object' && r !== null && (r as JsonObject).Type === 'AWS::ApiGateway::Deployment',
  )?.[0];
}

/** Everything the advisor has to say about the design. Never throws on a valid or invalid design. */
export function advise(design: Design, options: AdviseOptions = {}): AdvisorReport {
  const figures = measure(design);
  const advice: Advice[] = [
    ...(figures ? permissionAdvice(design, figures) : []),
    ...timeoutAdvice(design),
    ...corsAdvice(design),
    ...deploymentAdvice(figures, options.previousTemplate),
  ];
  const rank = { error: 0, warning: 1, info: 2 } as const;
  advice.sort((a, b) => rank[a.severity] - rank[b.severity]);
  return {
    synthesized: figures !== undefined,
    permissionCount: figures?.permissionCount ?? 0,
    policies: figures?.policies ?? [],
    resourceCount: figures?.resourceCount ?? 0,
    ...(figures ? { deploymentLogicalId: deploymentId(figures.template) } : {}),
    advice,
  };
}
