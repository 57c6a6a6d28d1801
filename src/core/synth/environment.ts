import type { StackEnv } from '../design/types';
import { concat, ref, type Json } from './cfn';
import { partitionOfRegion } from './partitions';

/**
 * The stack's environment as CloudFormation values: a literal where the design sets it, else the
 * pseudo parameter (aws-cdk-lib/core/lib/stack.js: parseEnvironment, Stack.partition, urlSuffix).
 */
export interface StackEnvironment {
  /** The literal account, when the design sets one. */
  readonly account?: string;
  /** The literal region, when the design sets one. */
  readonly region?: string;
  partition(): Json;
  regionValue(): Json;
  accountValue(): Json;
  urlSuffix(): Json;
}

export function stackEnvironment(env: StackEnv | undefined): StackEnvironment {
  const account = env?.account;
  const region = env?.region;
  // `@aws-cdk/core:enablePartitionLiterals`: a literal partition only for a region CDK knows.
  const partition = region === undefined ? undefined : partitionOfRegion(region);
  return {
    account,
    region,
    partition: () => partition ?? ref('AWS::Partition'),
    regionValue: () => region ?? ref('AWS::Region'),
    accountValue: () => account ?? ref('AWS::AccountId'),
    urlSuffix: () => ref('AWS::URLSuffix'),
  };
}

export interface ArnParts {
  service: string;
  /** Defaults to the stack's region. */
  region?: Json;
  /** Defaults to the stack's account. */
  account?: Json;
  resource: Json;
  /** Joined to `resource` with "/" (ArnFormat.SLASH_RESOURCE_NAME). */
  resourceName: Json[];
  /** Defaults to the stack's partition. */
  partition?: Json;
}

/** `Stack.formatArn` with ArnFormat.SLASH_RESOURCE_NAME (aws-cdk-lib/core/lib/arn.js: Arn.format). */
export function formatArn(env: StackEnvironment, parts: ArnParts): Json {
  return concat(
    'arn:',
    parts.partition ?? env.partition(),
    ':',
    parts.service,
    ':',
    parts.region ?? env.regionValue(),
    ':',
    parts.account ?? env.accountValue(),
    ':',
    parts.resource,
    '/',
    ...parts.resourceName,
  );
}

/** The fields of an ARN as `Arn.split` reads a literal one ("arn:partition:service:region:account:…"). */
export function arnAccount(arn: string): string | undefined {
  return arn.split(':')[4];
}
