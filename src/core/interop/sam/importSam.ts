/**
 * SAM template → design: an `AWS::Serverless::Api` whose `DefinitionBody` is an OpenAPI document
 * with `x-amazon-apigateway-integration`s (our own SAM export, or one written by hand), the
 * `AWS::Serverless::Function`s and IAM roles its `${Name.Arn}` references name, and the Lambda
 * permissions around it. What SAM writes elsewhere (function events, Globals, DefinitionUri) is
 * listed in `unmapped`.
 */
import type {
  CreatedFunctionDesign,
  CreatedRoleDesign,
  Design,
  EndpointType,
  FunctionDesign,
  RoleDesign,
} from '../../design/types';
import { isImportedFunction } from '../../design/types';
import type { Diagnostic } from '../../diagnostics';
import { IdAllocator, idFromArn, type ImportResult } from '../importResult';
import { flatten, isReference, literalText, skeleton, type Part } from '../intrinsics';
import { LAMBDA_FUNCTION_ARN } from '../lambdaUri';
import { APIGATEWAY_PRINCIPAL } from '../names';
import { importOpenApi } from '../openapi/importOpenApi';
import { applyPermissions, parseSourceArn, type ApiPermission } from '../permissions';
import { asList, asMap, asNumber, asString, describeValue, type Value, type ValueMap } from '../source';

const FUNCTION_KEYS_READ = new Set([
  'InlineCode',
  'CodeUri',
  'Runtime',
  'Handler',
  'FunctionName',
  'MemorySize',
  'Timeout',
]);
const API_KEYS_READ = new Set([
  'Name',
  'Description',
  'StageName',
  'OpenApiVersion',
  'EndpointConfiguration',
  'DefinitionBody',
]);
const CLOUDWATCH_PUSH = ':iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs';

interface SamResource {
  logicalId: string;
  type: string;
  properties: ValueMap;
}

/** True when the template holds a SAM API (then `importSam` reads it). */
export function isSamTemplate(root: ValueMap): boolean {
  const resources = asMap(root.get('Resources'));
  return [...(resources?.values() ?? [])].some(
    (r) => asString(asMap(r)?.get('Type')) === 'AWS::Serverless::Api',
  );
}

export function importSam(root: ValueMap): ImportResult {
  return new SamImporter(root).run();
}

class SamImporter {
  private readonly resources: SamResource[] = [];
  private readonly unmapped: string[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly recognized = new Set<string>();
  private readonly functionIds = new IdAllocator();
  private readonly functions = new Map<string, CreatedFunctionDesign>();
  private readonly roles = new Map<string, CreatedRoleDesign>();
  private readonly globals: ValueMap;

  constructor(private readonly root: ValueMap) {
    for (const [logicalId, value] of asMap(root.get('Resources')) ?? []) {
      const entry = asMap(value);
      const type = asString(entry?.get('Type'));
      if (entry && type)
        this.resources.push({ logicalId, type, properties: asMap(entry.get('Properties')) ?? new Map() });
    }
    this.globals = asMap(asMap(root.get('Globals'))?.get('Function')) ?? new Map();
  }

  run(): ImportResult {
    const apis = this.ofType('AWS::Serverless::Api');
    const api = apis.find((a) => asMap(a.properties.get('DefinitionBody')));
    if (!api) {
      const uri = apis.find((a) => a.properties.has('DefinitionUri'));
      this.diagnostics.push({
        severity: 'error',
        message: uri
          ? `The SAM API ${uri.logicalId} keeps its OpenAPI definition in a file (DefinitionUri): import that OpenAPI document instead.`
          : 'The SAM API has no DefinitionBody to read the methods from.',
      });
      return { diagnostics: this.diagnostics, unmapped: this.unmapped };
    }
    this.recognized.add(api.logicalId);
    for (const other of apis.filter((a) => a !== api)) {
      this.recognized.add(other.logicalId);
      this.unmapped.push(
        `SAM API ${other.logicalId}: a design holds one API; only ${api.logicalId} was imported.`,
      );
    }
    for (const fn of this.ofType('AWS::Serverless::Function')) this.readFunction(fn);
    for (const role of this.ofType('AWS::IAM::Role')) this.readRole(role);

    const imported = importOpenApi(asMap(api.properties.get('DefinitionBody')) as ValueMap, {
      createdFunction: (logicalId) => this.functions.get(logicalId),
      createdRole: (logicalId) => this.roles.get(logicalId),
    });
    this.unmapped.push(...imported.unmapped);
    this.diagnostics.push(...imported.diagnostics.filter((d) => d.severity !== 'info'));
    if (!imported.design) return { diagnostics: this.diagnostics, unmapped: this.unmapped };

    const design = imported.design;
    design.stack = { id: 'ImportedStack' };
    design.api = this.readApi(api, design.api);
    design.functions = this.orderFunctions(design.functions);
    design.roles = this.orderRoles(design.roles ?? []);
    if (design.roles.length === 0) delete design.roles;
    this.readPermissions(api, design);
    this.inferAccount(design);
    this.listUnrecognized();
    this.diagnostics.push({
      severity: 'info',
      message: 'A SAM template carries no stack id or env: the stack is named ImportedStack.',
    });
    return { design, diagnostics: this.diagnostics, unmapped: this.unmapped };
  }

  private ofType(type: string): SamResource[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** A function property, or its `Globals.Function` default (SAM's globals section). */
  private functionProperty(fn: SamResource, key: string): Value | undefined {
    return fn.properties.has(key) ? fn.properties.get(key) : this.globals.get(key);
  }

  private readFunction(fn: SamResource): void {
    const runtime = asString(this.functionProperty(fn, 'Runtime'));
    const handler = asString(this.functionProperty(fn, 'Handler'));
    let inline = asString(fn.properties.get('InlineCode'));
    if (inline === undefined) {
      inline = '// The code of this function was not inline in the imported template.\n';
      this.unmapped.push(
        `Function ${fn.logicalId}: its code is not inline (${describeValue(fn.properties.get('CodeUri'))}); ` +
          'the design holds a placeholder to replace with the real code.',
      );
    }
    const design: CreatedFunctionDesign = {
      id: this.functionIds.take(fn.logicalId),
      runtime: runtime ?? 'nodejs22.x',
      handler: handler ?? 'index.handler',
      code: { inline },
    };
    if (!runtime || !handler) this.unmapped.push(`Function ${fn.logicalId}: no literal Runtime and Handler.`);
    const functionName = asString(fn.properties.get('FunctionName'));
    if (functionName !== undefined) design.functionName = functionName;
    const memorySize = asNumber(this.functionProperty(fn, 'MemorySize'));
    if (memorySize !== undefined) design.memorySize = memorySize;
    const timeout = asNumber(this.functionProperty(fn, 'Timeout'));
    if (timeout !== undefined) design.timeout = { seconds: timeout };
    for (const key of fn.properties.keys()) {
      if (!FUNCTION_KEYS_READ.has(key)) {
        this.unmapped.push(
          `Function ${fn.logicalId}: property ${key} (${describeValue(fn.properties.get(key))}).`,
        );
      }
    }
    this.recognized.add(fn.logicalId);
    this.functions.set(fn.logicalId, design);
  }

  private readRole(role: SamResource): void {
    const statements = asList(asMap(role.properties.get('AssumeRolePolicyDocument'))?.get('Statement')) ?? [];
    const statement = statements.length === 1 ? asMap(statements[0]) : undefined;
    const service = asString(asMap(statement?.get('Principal'))?.get('Service'));
    if (!service || asString(statement?.get('Action')) !== 'sts:AssumeRole') return;
    const managed = asList(role.properties.get('ManagedPolicyArns')) ?? [];
    if (managed.some((m) => skeleton(flatten(m)).endsWith(CLOUDWATCH_PUSH))) return; // the API's CloudWatch role
    const design: CreatedRoleDesign = { id: role.logicalId, assumedBy: service };
    for (const key of role.properties.keys()) {
      if (key !== 'AssumeRolePolicyDocument' && key !== 'Policies') {
        this.unmapped.push(
          `Role ${role.logicalId}: property ${key} (${describeValue(role.properties.get(key))}).`,
        );
      }
    }
    for (const policy of asList(role.properties.get('Policies')) ?? []) {
      const document = asMap(asMap(policy)?.get('PolicyDocument'));
      for (const statement of asList(document?.get('Statement')) ?? []) {
        const granted = this.invokeGrant(asMap(statement));
        if (!granted) {
          this.unmapped.push(
            `Role ${role.logicalId}: the policy statement ${describeValue(statement, 200)}.`,
          );
          continue;
        }
        design.grantInvoke = [...new Set([...(design.grantInvoke ?? []), ...granted])];
      }
    }
    this.recognized.add(role.logicalId);
    this.roles.set(role.logicalId, design);
  }

  /** Function ids (or `arn:` keys for imported ones) a `lambda:InvokeFunction` statement grants. */
  private invokeGrant(statement: ValueMap | undefined): string[] | undefined {
    if (!statement || asString(statement.get('Effect')) !== 'Allow') return undefined;
    const actions = asList(statement.get('Action')) ?? [statement.get('Action') ?? null];
    if (actions.length !== 1 || actions[0] !== 'lambda:InvokeFunction') return undefined;
    const resources = asList(statement.get('Resource')) ?? [statement.get('Resource') ?? null];
    const granted: string[] = [];
    for (const resource of resources) {
      const parts = flatten(resource);
      const last = parts[parts.length - 1];
      const base: Part[] =
        typeof last === 'string' && last.endsWith(':*')
          ? [...parts.slice(0, -1), ...(last.length > 2 ? [last.slice(0, -2)] : [])]
          : parts;
      const key = this.functionKey(base);
      if (!key) return undefined;
      granted.push(key);
    }
    return granted;
  }

  /** `fn:<logicalId>` for `${Fn.Arn}` / `Ref Fn`, `arn:<arn>` for a literal function ARN. */
  private functionKey(parts: Part[]): string | undefined {
    if (parts.length === 1 && isReference(parts[0])) {
      const ref = parts[0];
      const logicalId = 'ref' in ref ? ref.ref : ref.getAtt[1] === 'Arn' ? ref.getAtt[0] : undefined;
      return logicalId && this.functions.has(logicalId) ? `fn:${logicalId}` : undefined;
    }
    const arn = literalText(parts);
    return arn !== undefined && LAMBDA_FUNCTION_ARN.test(arn) ? `arn:${arn}` : undefined;
  }

  private readApi(api: SamResource, fromDefinition: Design['api']): Design['api'] {
    const props = api.properties;
    const out: Design['api'] = { id: api.logicalId };
    const name = asString(props.get('Name')) ?? fromDefinition.restApiName;
    if (name !== undefined && name !== api.logicalId) out.restApiName = name;
    const description = asString(props.get('Description')) ?? fromDefinition.description;
    if (description !== undefined) out.description = description;
    const stageName = asString(props.get('StageName'));
    if (stageName !== undefined && stageName !== 'prod') out.stageName = stageName;
    const endpoint = props.get('EndpointConfiguration');
    const type = asString(endpoint) ?? asString(asMap(endpoint)?.get('Type'));
    if (type === 'EDGE' || type === 'REGIONAL' || type === 'PRIVATE')
      out.endpointTypes = [type as EndpointType];
    else if (endpoint !== undefined)
      this.unmapped.push(`SAM API ${api.logicalId}: endpoint configuration ${describeValue(endpoint)}.`);
    if (fromDefinition.binaryMediaTypes) out.binaryMediaTypes = fromDefinition.binaryMediaTypes;
    if (this.readCloudWatchRole()) out.cloudWatchRole = true;
    for (const key of props.keys()) {
      if (!API_KEYS_READ.has(key)) {
        this.unmapped.push(`SAM API ${api.logicalId}: property ${key} (${describeValue(props.get(key))}).`);
      }
    }
    return out;
  }

  private readCloudWatchRole(): boolean {
    for (const account of this.ofType('AWS::ApiGateway::Account')) {
      const ref = flatten(account.properties.get('CloudWatchRoleArn'))[0];
      const roleId = ref && typeof ref === 'object' && 'getAtt' in ref ? ref.getAtt[0] : undefined;
      const role = this.resources.find((r) => r.logicalId === roleId);
      if (!role) continue;
      this.recognized.add(account.logicalId);
      this.recognized.add(role.logicalId);
      return true;
    }
    return false;
  }

  /** Created functions in template order, then the imported ones the grants and methods name. */
  private orderFunctions(fromDefinition: FunctionDesign[]): FunctionDesign[] {
    const imported = fromDefinition.filter(isImportedFunction);
    const ids = new IdAllocator();
    const created = [...this.functions.values()];
    for (const fn of created) ids.take(fn.id);
    for (const role of this.roles.values()) {
      if (!role.grantInvoke) continue;
      role.grantInvoke = role.grantInvoke.map((key) => {
        if (key.startsWith('fn:')) return (this.functions.get(key.slice(3)) as CreatedFunctionDesign).id;
        const arn = key.slice(4);
        let fn = imported.find((f) => f.importArn === arn);
        if (!fn) {
          fn = { id: ids.take(idFromArn(arn)), importArn: arn };
          imported.push(fn);
        }
        return fn.id;
      });
    }
    return [...created, ...imported];
  }

  private orderRoles(fromDefinition: RoleDesign[]): RoleDesign[] {
    const importedRoles = fromDefinition.filter((r) => 'importArn' in r);
    return [...this.roles.values(), ...importedRoles];
  }

  /**
   * SAM templates name no account, but CDK grants and permissions on an imported function need the
   * stack's account to be the function's (function-base.ts `_isStackAccount`): when the template
   * has them, that account was the stack's.
   */
  private inferAccount(design: Design): void {
    const accounts = new Set<string>();
    for (const fn of design.functions) {
      if (!isImportedFunction(fn)) continue;
      const granted = (design.roles ?? []).some((r) => 'grantInvoke' in r && r.grantInvoke?.includes(fn.id));
      if (granted || this.permittedArns.has(fn.importArn)) accounts.add(fn.importArn.split(':')[4]);
    }
    if (accounts.size === 1) design.stack = { ...design.stack, env: { account: [...accounts][0] } };
    else if (accounts.size > 1) {
      this.unmapped.push(
        `Imported functions of several accounts (${[...accounts].join(', ')}) are granted or permitted.`,
      );
    }
  }

  private readonly permittedArns = new Set<string>();

  private readPermissions(api: SamResource, design: Design): void {
    const byLogicalId = new Map([...this.functions].map(([logicalId, fn]) => [`fn:${logicalId}`, fn.id]));
    const keyOf = (fnId: string): string => {
      const fn = design.functions.find((f) => f.id === fnId);
      if (fn && isImportedFunction(fn)) return `arn:${fn.importArn}`;
      const entry = [...byLogicalId].find(([, id]) => id === fnId);
      return entry ? entry[0] : `fn:${fnId}`;
    };
    const permissions: ApiPermission[] = [];
    for (const resource of this.ofType('AWS::Lambda::Permission')) {
      const props = resource.properties;
      if (asString(props.get('Principal')) !== APIGATEWAY_PRINCIPAL) continue;
      const functionKey = this.functionKey(flatten(props.get('FunctionName')));
      const arn = parseSourceArn(props.get('SourceArn'), api.logicalId);
      if (!functionKey || !arn) continue;
      if (functionKey.startsWith('arn:')) this.permittedArns.add(functionKey.slice(4));
      permissions.push({
        logicalId: resource.logicalId,
        functionKey,
        stage: arn.stage,
        verb: arn.verb,
        path: arn.path,
      });
    }
    const { matched, unpermitted } = applyPermissions(
      design.methods.map((m) => ({ design: m, functionKey: keyOf(m.function) })),
      permissions,
    );
    for (const id of matched) this.recognized.add(id);
    for (const method of unpermitted) {
      const fn = design.functions.find((f) => f.id === method.function);
      if (fn && !isImportedFunction(fn)) {
        this.unmapped.push(
          `Method ${method.httpMethod} ${method.path}: no Lambda permission lets API Gateway invoke ` +
            `${method.function}; the design will add the permission CDK adds.`,
        );
      }
    }
  }

  private listUnrecognized(): void {
    for (const resource of this.resources) {
      if (this.recognized.has(resource.logicalId)) continue;
      this.unmapped.push(
        `Resource ${resource.logicalId} (${resource.type}): not part of an API Gateway → Lambda design.`,
      );
    }
    for (const section of ['Parameters', 'Conditions', 'Mappings']) {
      for (const [name] of asMap(this.root.get(section)) ?? []) this.unmapped.push(`${section} ${name}.`);
    }
    for (const [key] of asMap(this.root.get('Globals')) ?? []) {
      if (key !== 'Function') this.unmapped.push(`Globals ${key}.`);
    }
    for (const [key, value] of this.globals) {
      if (!['Runtime', 'Handler', 'MemorySize', 'Timeout'].includes(key)) {
        this.unmapped.push(`Globals Function ${key} (${describeValue(value)}).`);
      }
    }
    for (const [name] of asMap(this.root.get('Outputs')) ?? []) {
      if (name !== 'ApiUrl') this.unmapped.push(`Output ${name}.`);
    }
  }
}
