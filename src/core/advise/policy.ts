/**
 * The resource-based policy Lambda keeps for a function, estimated from the AWS::Lambda::Permission
 * resources of a template: each permission becomes one statement, stored as compact JSON
 * ({"Version":"2012-10-17","Id":"default","Statement":[…]}, the text `aws lambda get-policy`
 * returns), and AddPermission fails once that text is over 20 KB ("The final policy size (N) is
 * bigger than the limit (20480)", Lambda quotas: "Function resource-based policy 20 KB").
 *
 * What a deployment decides is estimated: CloudFormation names the function
 * `<stack>-<logical id>-<12 random>` (at most 64 characters) when functionName is not set, and
 * gives each permission the statement id `<stack>-<logical id>-<12 random>` (at most 100); the API
 * id is 10 characters; region and account come from the stack's env or us-east-1 / 12 digits.
 */
import type { Json, JsonObject, Template } from '../synth/cfn';

/** Lambda's limit on a function's resource-based policy, in bytes. */
export const POLICY_SIZE_LIMIT = 20_480;
const FUNCTION_NAME_MAX = 64;
const STATEMENT_ID_MAX = 100;
const RANDOM_SUFFIX = 'ABCDEFGHJKLM';
const API_ID = 'a1b2c3d4e5';

export interface DeploymentGuess {
  stackName: string;
  region: string;
  account: string;
  partition: string;
}

export interface PermissionStatement {
  logicalId: string;
  /** The function the permission is for: its logical ID in the template, or an imported ARN. */
  functionKey: string;
  /** The statement as Lambda stores it (compact JSON). */
  json: string;
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function generatedName(stackName: string, logicalId: string, max: number): string {
  const name = `${stackName}-${logicalId}-${RANDOM_SUFFIX}`;
  if (name.length <= max) return name;
  // CloudFormation shortens the readable parts and keeps the random suffix.
  const room = max - RANDOM_SUFFIX.length - 2;
  const stackPart = stackName.slice(0, Math.max(1, Math.floor(room / 2)));
  return `${stackPart}-${logicalId.slice(0, room - stackPart.length)}-${RANDOM_SUFFIX}`;
}

/** Resolves the intrinsics CDK uses in permission ARNs to the values a deployment would give them. */
function resolver(template: Template, guess: DeploymentGuess) {
  const resources = (template.Resources ?? {}) as JsonObject;
  const resolve = (value: Json | undefined): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (!isObject(value)) return '';
    if ('Fn::Join' in value) {
      const [delimiter, parts] = value['Fn::Join'] as [string, Json[]];
      return (Array.isArray(parts) ? parts : []).map(resolve).join(delimiter);
    }
    if ('Ref' in value) {
      const name = String(value.Ref);
      if (name === 'AWS::Partition') return guess.partition;
      if (name === 'AWS::Region') return guess.region;
      if (name === 'AWS::AccountId') return guess.account;
      if (name === 'AWS::URLSuffix') return 'amazonaws.com';
      const resource = resources[name];
      const type = isObject(resource) ? resource.Type : undefined;
      if (type === 'AWS::ApiGateway::RestApi') return API_ID;
      if (type === 'AWS::ApiGateway::Stage' && isObject(resource)) {
        return resolve((resource.Properties as JsonObject | undefined)?.StageName);
      }
      if (type === 'AWS::Lambda::Function' && isObject(resource)) return functionName(name, resource);
      return name;
    }
    if ('Fn::GetAtt' in value) {
      const [logicalId, attribute] = value['Fn::GetAtt'] as [string, string];
      const resource = resources[logicalId];
      if (attribute === 'Arn' && isObject(resource) && resource.Type === 'AWS::Lambda::Function') {
        const name = functionName(logicalId, resource);
        return `arn:${guess.partition}:lambda:${guess.region}:${guess.account}:function:${name}`;
      }
      return `${logicalId}.${attribute}`;
    }
    return '';
  };
  const functionName = (logicalId: string, resource: JsonObject): string => {
    const given = (resource.Properties as JsonObject | undefined)?.FunctionName;
    return given !== undefined
      ? resolve(given)
      : generatedName(guess.stackName, logicalId, FUNCTION_NAME_MAX);
  };
  return resolve;
}

/** Every Lambda::Permission of the template as the statement Lambda would store, in template order. */
export function permissionStatements(template: Template, guess: DeploymentGuess): PermissionStatement[] {
  const resolve = resolver(template, guess);
  const statements: PermissionStatement[] = [];
  for (const [logicalId, resource] of Object.entries((template.Resources ?? {}) as JsonObject)) {
    if (!isObject(resource) || resource.Type !== 'AWS::Lambda::Permission') continue;
    const props = (resource.Properties ?? {}) as JsonObject;
    const statement: Record<string, unknown> = {
      Sid: generatedName(guess.stackName, logicalId, STATEMENT_ID_MAX),
      Effect: 'Allow',
      Principal: { Service: resolve(props.Principal) },
      Action: resolve(props.Action),
      Resource: resolve(props.FunctionName),
    };
    if (props.SourceArn !== undefined) {
      statement.Condition = { ArnLike: { 'AWS:SourceArn': resolve(props.SourceArn) } };
    }
    statements.push({
      logicalId,
      functionKey: JSON.stringify(props.FunctionName),
      json: JSON.stringify(statement),
    });
  }
  return statements;
}

/** UTF-8 length, which is how the policy's size is counted. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The size of the whole stored policy holding these statements. */
export function policySize(statements: readonly string[]): number {
  return utf8Length(`{"Version":"2012-10-17","Id":"default","Statement":[${statements.join(',')}]}`);
}
