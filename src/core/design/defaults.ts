/**
 * What CDK does when the design leaves an option unset, in one place, so that validation, the
 * simulator and the printers agree.
 */
import type { Duration, IntegrationDesign } from './types';

/** `deployOptions.stageName` when unset (or empty): aws-apigateway/lib/stage.js `props.stageName || "prod"`. */
export const DEFAULT_STAGE_NAME = 'prod';

/** The stage name CDK deploys to. */
export function effectiveStageName(stageName: string | undefined): string {
  return stageName || DEFAULT_STAGE_NAME;
}

/** `LambdaIntegrationOptions.proxy` defaults to true (aws-apigateway/lib/integrations/lambda.js). */
export function effectiveProxy(integration: IntegrationDesign | undefined): boolean {
  return integration?.proxy ?? true;
}

/** `allowTestInvoke` defaults to true (integrations/lambda.js). */
export function effectiveAllowTestInvoke(integration: IntegrationDesign | undefined): boolean {
  return integration?.allowTestInvoke ?? true;
}

/** `scopePermissionToMethod` defaults to true (integrations/lambda.js). */
export function effectiveScopePermissionToMethod(integration: IntegrationDesign | undefined): boolean {
  return integration?.scopePermissionToMethod ?? true;
}

/** API Gateway's integration type for a LambdaIntegration (integrations/aws.js). */
export function integrationType(integration: IntegrationDesign | undefined): 'AWS_PROXY' | 'AWS' {
  return effectiveProxy(integration) ? 'AWS_PROXY' : 'AWS';
}

export type DurationUnit = 'millis' | 'seconds' | 'minutes';

/** Milliseconds per unit, as in aws-cdk-lib core/lib/duration.js `TimeUnit`. */
export const MILLIS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  millis: 1,
  seconds: 1000,
  minutes: 60000,
};

/** The units set on a duration object, in the order millis, seconds, minutes. */
export function durationUnits(duration: Duration): DurationUnit[] {
  const record = duration as Partial<Record<DurationUnit, number>>;
  return (['millis', 'seconds', 'minutes'] as const).filter((unit) => record[unit] !== undefined);
}

/** The single unit and amount of a well-formed duration; undefined when not exactly one unit is set. */
export function durationAmount(duration: Duration): { unit: DurationUnit; amount: number } | undefined {
  const units = durationUnits(duration);
  if (units.length !== 1) return undefined;
  const unit = units[0];
  return { unit, amount: (duration as Record<DurationUnit, number>)[unit] };
}

/**
 * CDK's conversion of `amount` `from` one unit `to` another (core/lib/duration.js `convert`), done
 * with the same floating-point steps so the same values are whole: `{seconds: 1.001}` is not.
 */
export function convertDuration(
  amount: number,
  from: DurationUnit,
  to: DurationUnit,
): { value: number; whole: boolean } {
  if (MILLIS_PER_UNIT[from] === MILLIS_PER_UNIT[to]) {
    return { value: amount, whole: Number.isInteger(amount) };
  }
  const value = (amount * MILLIS_PER_UNIT[from]) / MILLIS_PER_UNIT[to];
  return { value, whole: Number.isInteger(value) };
}

/** A method's identity inside the design and in samples: "GET /pets/{petId}". */
export function methodKey(httpMethod: string, path: string): string {
  return `${httpMethod} ${path}`;
}

/** Splits a sample's "VERB /path" into its parts, the verb upper-cased. */
export function parseSampleMethod(text: string): { httpMethod: string; path: string } | undefined {
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(text);
  if (!match) return undefined;
  return { httpMethod: match[1].toUpperCase(), path: match[2] };
}
