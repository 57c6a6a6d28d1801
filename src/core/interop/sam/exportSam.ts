/**
 * Design → AWS SAM template: `AWS::Serverless::Function`s with inline code and one
 * `AWS::Serverless::Api` whose `DefinitionBody` is the design's OpenAPI document, ARNs as `Fn::Sub`.
 *
 * A DefinitionBody is the only way SAM users get non-proxy Lambda integrations. SAM adds no
 * Lambda permissions for integrations written in a DefinitionBody (it does so only for a
 * function's `Api` events), so the template adds the ones aws-cdk-lib's LambdaIntegration adds:
 * per method and for the console's test invocations, or one for the whole API when
 * `scopePermissionToMethod` is false (aws-cdk-lib aws-apigateway/lib/integrations/lambda.ts).
 */
import type { CreatedRoleDesign, Design, FunctionDesign } from '../../design/types';
import { designToOpenApi } from '../openapi/exportOpenApi';
import {
  alphanumeric,
  APIGATEWAY_PRINCIPAL,
  durationToMillis,
  isImportedFunction,
  isImportedRole,
  pathForExecuteApiArn,
  uniqueNames,
  verbForExecuteApiArn,
} from '../names';
import { entries } from '../print';
import type { Value, ValueMap } from '../source';

export interface SamExport {
  template: ValueMap;
  /** What the template could not say, in words. */
  notes: string[];
}

const POLICY_VERSION = '2012-10-17';

/** Design parts a SAM export has no place for, beyond what its OpenAPI definition cannot carry. */
export const SAM_NOT_CARRIED: readonly string[] = [
  'the stack id and env (the account comes back only where grants or permissions on imported functions need it)',
  'construct ids beyond letters and digits (they become logical IDs)',
  'more than one endpoint type',
  'an integration response with selectionPattern "" versus none, and other explicit defaults',
  'samples',
];

const sub = (text: string): ValueMap => entries([['Fn::Sub', text]]);
const getAtt = (logicalId: string, attribute: string): ValueMap =>
  entries([['Fn::GetAtt', [logicalId, attribute]]]);

export function designToSam(design: Design): SamExport {
  const notes: string[] = [];
  const taken = new Set<string>();
  const created = design.functions.filter((fn) => !isImportedFunction(fn));
  const createdRoles = (design.roles ?? []).filter(
    (role): role is CreatedRoleDesign => !isImportedRole(role),
  );
  const functionIds = uniqueNames(
    created.map((fn) => fn.id),
    '',
    taken,
  );
  const roleIds = uniqueNames(
    createdRoles.map((role) => role.id),
    '',
    taken,
  );
  const apiId = uniqueNames([design.api.id], '', taken).get(design.api.id) as string;
  const stageName = design.api.stageName ?? 'prod';

  const { document, notes: openApiNotes } = designToOpenApi(design, {
    kind: 'sam',
    functionLogicalIds: functionIds,
    roleLogicalIds: roleIds,
  });
  notes.push(...openApiNotes);

  const resources: ValueMap = new Map();
  for (const fn of created) {
    if (isImportedFunction(fn)) continue;
    resources.set(
      functionIds.get(fn.id) as string,
      entries([
        ['Type', 'AWS::Serverless::Function'],
        [
          'Properties',
          entries([
            ['Runtime', fn.runtime],
            ['Handler', fn.handler],
            ['InlineCode', fn.code.inline],
            ['FunctionName', fn.functionName],
            ['MemorySize', fn.memorySize],
            ['Timeout', fn.timeout ? durationToMillis(fn.timeout) / 1000 : undefined],
          ]),
        ],
      ]),
    );
  }
  for (const role of createdRoles) {
    resources.set(roleIds.get(role.id) as string, roleResource(role, design, functionIds));
  }
  if (design.api.cloudWatchRole) addCloudWatchRole(resources, taken);

  const endpointTypes = design.api.endpointTypes ?? [];
  if (endpointTypes.length > 1) {
    notes.push(`SAM takes one endpoint type; ${endpointTypes[0]} was kept of ${endpointTypes.join(', ')}.`);
  }
  resources.set(
    apiId,
    entries([
      ['Type', 'AWS::Serverless::Api'],
      [
        'Properties',
        entries([
          ['Name', design.api.restApiName ?? design.api.id],
          ['Description', design.api.description],
          ['StageName', stageName],
          // Without it SAM also creates a stage named "Stage" (SAM's OpenApiVersion docs).
          ['OpenApiVersion', '3.0.1'],
          ['EndpointConfiguration', endpointTypes.length ? entries([['Type', endpointTypes[0]]]) : undefined],
          ['DefinitionBody', document],
        ]),
      ],
    ]),
  );
  addPermissions(resources, taken, design, { apiId, stageName, functionIds }, notes);

  const template = entries([
    ['AWSTemplateFormatVersion', '2010-09-09'],
    ['Transform', 'AWS::Serverless-2016-10-31'],
    [
      'Description',
      design.api.description ?? `${design.api.restApiName ?? design.api.id} (Integration Studio)`,
    ],
    [
      'Metadata',
      notes.length ? entries([['IntegrationStudio', entries([['notes', [...notes]]])]]) : undefined,
    ],
    ['Resources', resources],
    [
      'Outputs',
      entries([
        [
          'ApiUrl',
          entries([
            ['Description', 'The URL of the API stage'],
            [
              'Value',
              sub(`https://\${${apiId}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${stageName}/`),
            ],
          ]),
        ],
      ]),
    ],
  ]);
  return { template, notes };
}

/** A function's ARN and `ARN:*` (every version and alias), as CDK's grantInvoke grants them. */
function functionArns(fn: FunctionDesign, functionIds: Map<string, string>): Value[] {
  if (isImportedFunction(fn)) return [fn.importArn, `${fn.importArn}:*`];
  const logicalId = functionIds.get(fn.id) as string;
  return [getAtt(logicalId, 'Arn'), sub(`\${${logicalId}.Arn}:*`)];
}

function roleResource(role: CreatedRoleDesign, design: Design, functionIds: Map<string, string>): ValueMap {
  const granted = (role.grantInvoke ?? []).flatMap((id) => {
    const fn = design.functions.find((f) => f.id === id);
    return fn ? functionArns(fn, functionIds) : [];
  });
  const policies = granted.length
    ? [
        entries([
          ['PolicyName', 'InvokeFunctions'],
          [
            'PolicyDocument',
            entries([
              ['Version', POLICY_VERSION],
              [
                'Statement',
                [
                  entries([
                    ['Effect', 'Allow'],
                    ['Action', 'lambda:InvokeFunction'],
                    ['Resource', granted],
                  ]),
                ],
              ],
            ]),
          ],
        ]),
      ]
    : undefined;
  return entries([
    ['Type', 'AWS::IAM::Role'],
    [
      'Properties',
      entries([
        ['AssumeRolePolicyDocument', assumeRolePolicy(role.assumedBy)],
        ['Policies', policies],
      ]),
    ],
  ]);
}

function assumeRolePolicy(service: string): ValueMap {
  return entries([
    ['Version', POLICY_VERSION],
    [
      'Statement',
      [
        entries([
          ['Effect', 'Allow'],
          ['Principal', entries([['Service', service]])],
          ['Action', 'sts:AssumeRole'],
        ]),
      ],
    ],
  ]);
}

/** `cloudWatchRole: true`: the role and account setting RestApi creates (aws-apigateway/lib/restapi.ts). */
function addCloudWatchRole(resources: ValueMap, taken: Set<string>): void {
  const [roleId, accountId] = [...uniqueNames(['CloudWatchRole', 'Account'], '', taken).values()];
  resources.set(
    roleId,
    entries([
      ['Type', 'AWS::IAM::Role'],
      [
        'Properties',
        entries([
          ['AssumeRolePolicyDocument', assumeRolePolicy(APIGATEWAY_PRINCIPAL)],
          [
            'ManagedPolicyArns',
            [sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
          ],
        ]),
      ],
    ]),
  );
  resources.set(
    accountId,
    entries([
      ['Type', 'AWS::ApiGateway::Account'],
      ['Properties', entries([['CloudWatchRoleArn', getAtt(roleId, 'Arn')]])],
    ]),
  );
}

interface PermissionContext {
  apiId: string;
  stageName: string;
  functionIds: Map<string, string>;
}

function addPermissions(
  resources: ValueMap,
  taken: Set<string>,
  design: Design,
  context: PermissionContext,
  notes: string[],
): void {
  const apiScoped = new Set<string>();
  for (const method of design.methods) {
    const fn = design.functions.find((f) => f.id === method.function);
    if (!fn) continue;
    if (isImportedFunction(fn) && fn.importArn.split(':')[4] !== design.stack.env?.account) {
      // CDK adds no permission to a function of another (or an unknown) account either.
      notes.push(
        `${method.httpMethod} ${method.path}: no Lambda permission for the imported function ${fn.id}, ` +
          "which is not in the stack's account; grant API Gateway access in the function's account.",
      );
      continue;
    }
    const functionName = isImportedFunction(fn)
      ? fn.importArn
      : getAtt(context.functionIds.get(fn.id) as string, 'Arn');
    const base = alphanumeric(fn.id);
    if (method.integration?.scopePermissionToMethod === false) {
      if (apiScoped.has(fn.id)) continue;
      apiScoped.add(fn.id);
      const id = uniqueNames([`${base}ApiPermission`], '', taken)
        .values()
        .next().value as string;
      resources.set(id, permission(functionName, sourceArn(context, '*', '*', '/*')));
      continue;
    }
    const verb = verbForExecuteApiArn(method.httpMethod);
    const path = pathForExecuteApiArn(method.path);
    const name = `${base}Permission${alphanumeric(method.httpMethod)}${alphanumeric(method.path === '/' ? 'Root' : method.path)}`;
    const ids = [...uniqueNames([name, `${name}Test`], '', taken).values()];
    resources.set(ids[0], permission(functionName, sourceArn(context, context.stageName, verb, path)));
    if (method.integration?.allowTestInvoke !== false) {
      resources.set(ids[1], permission(functionName, sourceArn(context, 'test-invoke-stage', verb, path)));
    } else {
      taken.delete(ids[1]);
    }
  }
}

function sourceArn(context: PermissionContext, stage: string, verb: string, path: string): ValueMap {
  return sub(
    `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${context.apiId}}/${stage}/${verb}${path}`,
  );
}

function permission(functionName: Value, source: ValueMap): ValueMap {
  return entries([
    ['Type', 'AWS::Lambda::Permission'],
    [
      'Properties',
      entries([
        ['Action', 'lambda:InvokeFunction'],
        ['FunctionName', functionName],
        ['Principal', APIGATEWAY_PRINCIPAL],
        ['SourceArn', source],
      ]),
    ],
  ]);
}
