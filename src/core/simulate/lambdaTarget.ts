/**
 * The function a method invokes: its ARN, the invocation URI API Gateway calls, its timeout, and
 * whether API Gateway is allowed to invoke it once CDK has deployed the stack.
 */
import type { Design, Duration, FunctionDesign, MethodDesign, RoleDesign } from '../design/types';
import { isImportedFunction, isImportedRole } from '../design/types';
import { effectiveAllowTestInvoke } from '../design/defaults';
import type { SimulateOptions } from './types';

export interface LambdaTarget {
  functionId: string;
  fn: FunctionDesign;
  arn: string;
  region: string;
  account: string;
  /** The function's own timeout (created functions: the design's, else CDK's default of 3 s). */
  timeoutMs?: number;
  runtime?: string;
}

/** Lambda's default timeout when CDK's Function props leave it unset. */
const FUNCTION_DEFAULT_TIMEOUT_MS = 3000;
/** API Gateway's default integration timeout. */
export const INTEGRATION_DEFAULT_TIMEOUT_MS = 29000;

export function durationMs(duration: Duration | undefined): number | undefined {
  if (!duration || typeof duration !== 'object') return undefined;
  if ('millis' in duration && typeof duration.millis === 'number') return duration.millis;
  if ('seconds' in duration && typeof duration.seconds === 'number') return duration.seconds * 1000;
  if ('minutes' in duration && typeof duration.minutes === 'number') return duration.minutes * 60000;
  return undefined;
}

export function integrationTimeoutMs(method: MethodDesign): number {
  return durationMs(method.integration?.timeout) ?? INTEGRATION_DEFAULT_TIMEOUT_MS;
}

function arnParts(arn: string): { region?: string; account?: string } {
  const parts = arn.split(':');
  return { region: parts[3] || undefined, account: parts[4] || undefined };
}

export function lambdaTarget(
  design: Design,
  method: MethodDesign,
  defaults: { region: string; account: string },
): LambdaTarget | undefined {
  const fn = design.functions.find((f) => f.id === method.function);
  if (!fn) return undefined;
  if (isImportedFunction(fn)) {
    const { region, account } = arnParts(fn.importArn);
    return {
      functionId: fn.id,
      fn,
      arn: fn.importArn,
      region: region ?? defaults.region,
      account: account ?? defaults.account,
    };
  }
  const region = design.stack.env?.region ?? defaults.region;
  const account = design.stack.env?.account ?? defaults.account;
  // CloudFormation names an unnamed function "<stack>-<logical id>-<random>"; this stands in for it.
  const name = fn.functionName ?? `${design.stack.id}-${fn.id}`;
  return {
    functionId: fn.id,
    fn,
    arn: `arn:aws:lambda:${region}:${account}:function:${name}`,
    region,
    account,
    timeoutMs: durationMs(fn.timeout) ?? FUNCTION_DEFAULT_TIMEOUT_MS,
    runtime: fn.runtime,
  };
}

/** The URI API Gateway calls: Lambda's Invoke action for the function. */
export function invocationUri(target: LambdaTarget): string {
  return `https://lambda.${target.region}.amazonaws.com/2015-03-31/functions/${target.arn}/invocations`;
}

export type PermissionCheck = { ok: true; notes: string[] } | { ok: false; logLine: string; notes: string[] };

const INVALID_PERMISSIONS =
  'Execution failed due to configuration error: Invalid permissions on Lambda function';

function roleArn(design: Design, role: RoleDesign, account: string): string {
  return isImportedRole(role) ? role.importArn : `arn:aws:iam::${account}:role/${design.stack.id}-${role.id}`;
}

function checkCredentialsRole(design: Design, target: LambdaTarget, role: RoleDesign): PermissionCheck {
  if (isImportedRole(role)) {
    return {
      ok: true,
      notes: [
        `API Gateway invokes the function as the imported role ${role.importArn}; its permissions cannot be checked here.`,
      ],
    };
  }
  if (role.assumedBy !== 'apigateway.amazonaws.com') {
    return {
      ok: false,
      logLine:
        'Execution failed due to configuration error: API Gateway does not have permission to assume the provided role ' +
        roleArn(design, role, target.account),
      notes: [
        `The role ${role.id} trusts ${role.assumedBy}, not apigateway.amazonaws.com, so API Gateway cannot assume it.`,
      ],
    };
  }
  if (!(role.grantInvoke ?? []).includes(target.functionId)) {
    return {
      ok: false,
      logLine: INVALID_PERMISSIONS,
      notes: [
        `The role ${role.id} is not granted lambda:InvokeFunction on ${target.functionId} (add it to grantInvoke).`,
      ],
    };
  }
  return {
    ok: true,
    notes: [`API Gateway invokes the function as the role ${role.id}, which may invoke it.`],
  };
}

/**
 * Without a credentials role, API Gateway needs the function's resource policy. CDK's LambdaIntegration
 * adds it with addPermission, which has no effect on an imported function unless the stack's account is
 * set and is the function's account (aws-lambda FunctionBase: canCreatePermissions / _isStackAccount).
 */
function checkResourcePolicy(
  design: Design,
  method: MethodDesign,
  target: LambdaTarget,
  options: SimulateOptions,
) {
  const notes: string[] = [];
  if (isImportedFunction(target.fn)) {
    const stackAccount = design.stack.env?.account;
    const fnAccount = arnParts(target.fn.importArn).account;
    if (stackAccount === undefined || stackAccount !== fnAccount) {
      notes.push(
        stackAccount === undefined
          ? 'The function is imported into a stack without an account, so CDK cannot add the permission for ' +
              'API Gateway to invoke it (addPermission() has no effect); the deployed method gets a 500.'
          : `The function belongs to account ${fnAccount}, not the stack's account ${stackAccount}, so CDK cannot ` +
              'add the permission for API Gateway to invoke it.',
      );
      return { ok: false, logLine: INVALID_PERMISSIONS, notes } satisfies PermissionCheck;
    }
  }
  if (options.testInvoke && !effectiveAllowTestInvoke(method.integration)) {
    notes.push(
      "allowTestInvoke is false: CDK grants no permission for the console's test-invoke-stage, so Test fails.",
    );
    return { ok: false, logLine: INVALID_PERMISSIONS, notes } satisfies PermissionCheck;
  }
  return { ok: true, notes } satisfies PermissionCheck;
}

export function checkInvokePermission(
  design: Design,
  method: MethodDesign,
  target: LambdaTarget,
  options: SimulateOptions,
): PermissionCheck {
  const integration = method.integration ?? {};
  if (integration.credentialsRole !== undefined) {
    const role = (design.roles ?? []).find((r) => r.id === integration.credentialsRole);
    if (role) return checkCredentialsRole(design, target, role);
  }
  if (integration.credentialsPassthrough === true) {
    return {
      ok: true,
      notes: [
        "credentialsPassthrough: API Gateway invokes the function with the caller's own IAM credentials.",
      ],
    };
  }
  return checkResourcePolicy(design, method, target, options);
}
