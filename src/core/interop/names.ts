/**
 * Names and ARNs shared by the OpenAPI / SAM exporters and the importers, in API Gateway's and
 * CloudFormation's own forms.
 */
import type { Design, Duration, FunctionDesign, RoleDesign } from '../design/types';
import { isImportedFunction, isImportedRole } from '../design/types';

/** The Lambda invocation path API Gateway calls for a function ARN (aws-cdk-lib LambdaIntegration). */
export const LAMBDA_INVOKE_PATH = '2015-03-31/functions/';
export const LAMBDA_INVOKE_SUFFIX = '/invocations';
/** The response-streaming variant (`responseTransferMode: STREAM`). */
export const LAMBDA_STREAM_PATH = '2021-11-15/functions/';
export const LAMBDA_STREAM_SUFFIX = '/response-streaming-invocations';

/** `credentialsPassthrough: true`: API Gateway passes the caller's identity (API_Integration docs). */
export const CALLER_CREDENTIALS = 'arn:aws:iam::*:user/*';

/** The service principal API Gateway uses to invoke Lambda. */
export const APIGATEWAY_PRINCIPAL = 'apigateway.amazonaws.com';

/** Where an OpenAPI operation lives for each design verb (`ANY` is API Gateway's extension). */
export function operationKey(httpMethod: string): string {
  return httpMethod === 'ANY' ? 'x-amazon-apigateway-any-method' : httpMethod.toLowerCase();
}

export const OPERATION_KEYS: Readonly<Record<string, string>> = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  'x-amazon-apigateway-any-method': 'ANY',
};

/** Letters and digits only, as a CloudFormation logical ID or an `Fn::Sub` variable needs. */
export function alphanumeric(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9]/g, '');
  return cleaned === '' ? 'X' : /^[0-9]/.test(cleaned) ? `X${cleaned}` : cleaned;
}

/** Gives each id a distinct alphanumeric name, adding a counter on clashes. */
export function uniqueNames(
  ids: readonly string[],
  suffix: string,
  taken: Set<string> = new Set(),
): Map<string, string> {
  const names = new Map<string, string>();
  for (const id of ids) {
    const base = alphanumeric(id) + suffix;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    names.set(id, name);
  }
  return names;
}

export function durationToMillis(duration: Duration): number {
  if ('millis' in duration) return duration.millis;
  if ('seconds' in duration) return Math.round(duration.seconds * 1000);
  return Math.round(duration.minutes * 60_000);
}

export function findFunction(design: Design, id: string): FunctionDesign | undefined {
  return design.functions.find((fn) => fn.id === id);
}

export function findRole(design: Design, id: string): RoleDesign | undefined {
  return (design.roles ?? []).find((role) => role.id === id);
}

export { isImportedFunction, isImportedRole };

/** The resource path as it appears in an execute-api ARN: path parameters become `*` (CDK method.ts). */
export function pathForExecuteApiArn(path: string): string {
  return path.replace(/\{[^}]*\}/g, '*');
}

/** The verb as it appears in an execute-api ARN: `ANY` is `*` (CDK restapi.ts arnForExecuteApi). */
export function verbForExecuteApiArn(httpMethod: string): string {
  return httpMethod === 'ANY' ? '*' : httpMethod;
}
