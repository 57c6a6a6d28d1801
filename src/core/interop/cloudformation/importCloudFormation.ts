/**
 * CloudFormation template (`cdk synth` output or hand-written) → design.
 *
 * The template is read the way aws-cdk-lib writes it for `RestApi` + `LambdaIntegration` (which is
 * also how people write it by hand): the resource tree from each `AWS::ApiGateway::Resource`'s
 * `ParentId`/`PathPart`, methods and their `Integration`, Lambda functions with inline code and the
 * execution role CDK gives them, IAM roles used as integration credentials with their
 * `lambda:InvokeFunction` grants, and the `AWS::Lambda::Permission`s that `LambdaIntegration`
 * adds (aws-cdk-lib aws-apigateway/lib/integrations/lambda.ts). Construct ids come from the
 * `aws:cdk:path` metadata when present, else from the logical IDs. Everything else is listed in
 * `unmapped`, in words.
 */
import type {
  CreatedFunctionDesign,
  CreatedRoleDesign,
  Design,
  EndpointType,
  FunctionDesign,
  HttpMethod,
  IntegrationDesign,
  IntegrationResponseDesign,
  MethodDesign,
  MethodOptionsDesign,
  MethodResponseDesign,
  RequestValidatorOptionsDesign,
  ResponseModelName,
  RoleDesign,
  VpcLinkDesign,
} from '../../design/types';
import { HTTP_METHODS } from '../../design/types';
import type { Diagnostic } from '../../diagnostics';
import { entryFor, IdAllocator, importedByArn, type ImportResult } from '../importResult';
import {
  describeParts,
  flatten,
  isLiteralOrPseudo,
  isReference,
  literalText,
  reference,
  skeleton,
  type Part,
} from '../intrinsics';
import {
  CALLER_CREDENTIALS_PATTERN,
  IAM_ROLE_ARN,
  LAMBDA_FUNCTION_ARN,
  parseLambdaUri,
  type LambdaUri,
} from '../lambdaUri';
import { APIGATEWAY_PRINCIPAL } from '../names';
import { applyPermissions, parseSourceArn, type ApiPermission } from '../permissions';
import { makeUniqueId } from '../../synth/uniqueId';
import { recoverMethodOrder } from './methodOrder';
import {
  asBoolean,
  asList,
  asMap,
  asNumber,
  asString,
  asStringRecord,
  asText,
  describeValue,
  type ParsedSource,
  type Value,
  type ValueMap,
} from '../source';

interface TemplateResource {
  logicalId: string;
  type: string;
  properties: ValueMap;
  entry: ValueMap;
  /** `aws:cdk:path`, when the template has path metadata. */
  cdkPath?: string;
}

/** What a Lambda integration URI points at. */
type LambdaTarget = { created: string } | { arn: string };

const LAMBDA_BASIC_EXECUTION = ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
const CLOUDWATCH_PUSH = ':iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs';

const INTEGRATION_KEYS_READ = new Set([
  'Type',
  'Uri',
  'IntegrationHttpMethod',
  'CacheKeyParameters',
  'CacheNamespace',
  'ConnectionType',
  'ConnectionId',
  'ContentHandling',
  'Credentials',
  'IntegrationResponses',
  'PassthroughBehavior',
  'RequestParameters',
  'RequestTemplates',
  'TimeoutInMillis',
  'ResponseTransferMode',
]);

const METHOD_KEYS_READ = new Set([
  'RestApiId',
  'ResourceId',
  'HttpMethod',
  'Integration',
  'AuthorizationType',
  'ApiKeyRequired',
  'OperationName',
  'RequestParameters',
  'MethodResponses',
  'RequestValidatorId',
]);

const REQUEST_VALIDATOR_KEYS_READ = new Set([
  'RestApiId',
  'Name',
  'ValidateRequestBody',
  'ValidateRequestParameters',
]);

const FUNCTION_KEYS_READ = new Set([
  'Code',
  'Handler',
  'Runtime',
  'Role',
  'FunctionName',
  'MemorySize',
  'Timeout',
]);
const REST_API_KEYS_READ = new Set(['Name', 'Description', 'BinaryMediaTypes', 'EndpointConfiguration']);

export function importCloudFormation(root: ValueMap, source: ParsedSource): ImportResult {
  return new CloudFormationImporter(root, source).run();
}

class CloudFormationImporter {
  private readonly resources = new Map<string, TemplateResource>();
  private readonly recognized = new Set<string>();
  private readonly unmapped: string[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly regions = new Set<string>();
  private readonly accounts = new Set<string>();

  private api!: TemplateResource;
  private stackId = '';
  private readonly functionIds = new IdAllocator();
  /** Lambda function logical ID → design function id. */
  private readonly createdFunctions = new Map<string, CreatedFunctionDesign>();
  /** Imported function ARN → design function. */
  private readonly importedFunctions = new Map<string, FunctionDesign>();
  private readonly roleIds = new IdAllocator();
  /** IAM role logical ID → design role (created roles). */
  private readonly createdRoles = new Map<string, CreatedRoleDesign>();
  private readonly importedRoles = new Map<string, RoleDesign>();
  private readonly vpcLinkIds = new IdAllocator();
  private readonly vpcLinks = new Map<string, VpcLinkDesign>();
  private readonly resourcePaths = new Map<string, string | null>();

  constructor(
    private readonly root: ValueMap,
    private readonly source: ParsedSource,
  ) {}

  run(): ImportResult {
    const resourcesMap = asMap(this.root.get('Resources'));
    if (!resourcesMap) {
      return this.fail('The template has no Resources section.');
    }
    for (const [logicalId, value] of resourcesMap) {
      const entry = asMap(value);
      const type = asString(entry?.get('Type'));
      if (!entry || !type) {
        this.unmapped.push(`Resource ${logicalId}: not a resource declaration (no Type).`);
        continue;
      }
      const metadata = asMap(entry.get('Metadata'));
      this.resources.set(logicalId, {
        logicalId,
        type,
        entry,
        properties: asMap(entry.get('Properties')) ?? new Map(),
        cdkPath: asString(metadata?.get('aws:cdk:path')),
      });
    }
    const apis = this.ofType('AWS::ApiGateway::RestApi');
    if (apis.length === 0) {
      return this.fail('The template has no AWS::ApiGateway::RestApi: there is no REST API to import.');
    }
    this.api = apis[0];
    this.recognized.add(this.api.logicalId);
    for (const other of apis.slice(1)) {
      this.unmapped.push(
        `REST API ${other.logicalId}: a design holds one API; only ${this.api.logicalId} was imported, ` +
          'with its resources, methods, deployment and stage.',
      );
    }
    this.stackId = this.readStackId();

    this.readFunctions();
    const methods = this.readMethods();
    this.readPlainRoles();
    this.readRolePolicies();
    this.matchPermissions(methods);
    const apiDesign = this.readApi();
    this.readTemplateSections();
    this.listUnrecognizedResources();

    const design: Design = {
      version: 1,
      stack: { id: this.stackId, ...this.envDesign() },
      api: apiDesign,
      functions: [...this.createdFunctions.values(), ...this.importedFunctions.values()],
      ...(this.createdRoles.size || this.importedRoles.size
        ? { roles: [...this.createdRolesInTemplateOrder(), ...this.importedRoles.values()] }
        : {}),
      ...(this.vpcLinks.size ? { vpcLinks: [...this.vpcLinks.values()] } : {}),
      methods: methods.map((m) => m.design),
    };
    this.nameImportedFunctions(design);
    this.recoverOrder(design);
    return { design, diagnostics: this.diagnostics, unmapped: this.unmapped };
  }

  /**
   * An imported function's construct id is in one place: the API-wide permission LambdaIntegration
   * names `ApiPermission.ApiScoped.<the function's node unique id>.<the API's>` (integrations/lambda.ts).
   * The unique id keeps letters and digits, then a hash of the path, which confirms the id.
   */
  private nameImportedFunctions(design: Design): void {
    const allIds = new Set(design.functions.map((f) => f.id));
    for (const permission of this.ofType('AWS::Lambda::Permission')) {
      const uid = /\/ApiPermission\.ApiScoped\.([A-Za-z0-9]+)\./.exec(permission.cdkPath ?? '')?.[1];
      const arn = literalText(flatten(permission.properties.get('FunctionName')));
      const fn = arn !== undefined ? this.importedFunctions.get(arn) : undefined;
      if (!uid || !fn) continue;
      const stackPrefix = this.stackId.replace(/[^A-Za-z0-9]/g, '');
      const candidate = uid.startsWith(stackPrefix) ? uid.slice(stackPrefix.length, -8) : '';
      if (!candidate || candidate === fn.id || allIds.has(candidate)) continue;
      if (makeUniqueId([this.stackId, candidate]) !== uid) continue;
      renameFunction(design, fn.id, candidate);
      allIds.add(candidate);
    }
  }

  /** Puts `methods[]` back in creation order, which the Deployment's logical ID records. */
  private recoverOrder(design: Design): void {
    const deployment = this.ofType('AWS::ApiGateway::Deployment').find((d) =>
      this.refersTo(d.properties.get('RestApiId'), this.api.logicalId),
    );
    // Only CDK's Deployment carries the hash (`<id><8 hex><md5 of the methods>`, deployment.ts).
    if (!deployment || design.methods.length < 2 || !/[0-9A-F]{8}[0-9a-f]{32}$/.test(deployment.logicalId))
      return;
    const pathMetadata = [...this.resources.values()].some((r) => r.cdkPath !== undefined);
    const methods = recoverMethodOrder(design, deployment.logicalId, pathMetadata);
    if (methods) {
      design.methods = methods;
      return;
    }
    this.diagnostics.push({
      severity: 'warning',
      message:
        `The order the methods were added in could not be recovered from the Deployment's logical ID ` +
        `(${deployment.logicalId}); they are listed in the template's order, and the Deployment the ` +
        'design generates gets another logical ID.',
    });
  }

  private fail(message: string): ImportResult {
    this.diagnostics.push({ severity: 'error', message });
    return { diagnostics: this.diagnostics, unmapped: this.unmapped };
  }

  private ofType(type: string): TemplateResource[] {
    return [...this.resources.values()].filter((r) => r.type === type);
  }

  private refersTo(value: Value | undefined, logicalId: string): boolean {
    const ref = reference(value);
    return !!ref && 'ref' in ref && ref.ref === logicalId;
  }

  private position(resource: TemplateResource): Pick<Diagnostic, 'line' | 'column'> {
    const offset = this.source.offsets.get(resource.entry);
    return offset === undefined ? {} : this.source.position(offset);
  }

  // ——— construct ids ———

  private readStackId(): string {
    for (const resource of this.resources.values()) {
      const first = resource.cdkPath?.split('/')[0];
      if (first && /^[A-Za-z][A-Za-z0-9-]*$/.test(first)) return first;
    }
    const fromPermissions = this.stackIdFromPermissions();
    this.diagnostics.push({
      severity: 'info',
      message:
        'The template has no aws:cdk:path metadata, so construct ids come from logical IDs' +
        (fromPermissions
          ? ` and the stack id ${fromPermissions} from the Lambda permissions' logical IDs.`
          : ' and the stack is named ImportedStack.'),
    });
    return fromPermissions ?? 'ImportedStack';
  }

  /**
   * LambdaIntegration names each permission `ApiPermission[.Test].<stack><api><hash>.<verb>.<path>`
   * (the API's node unique id, aws-cdk-lib integrations/lambda.ts); the logical ID keeps its letters
   * and digits, so the stack's id is what comes before the API's.
   */
  private stackIdFromPermissions(): string | undefined {
    const api = /^([A-Za-z0-9]+?)[0-9A-F]{8}$/.exec(this.api.logicalId)?.[1];
    if (!api) return undefined;
    const pattern = new RegExp(`ApiPermission(?:Test)?([A-Za-z][A-Za-z0-9]*?)${api}[0-9A-F]{8}`);
    for (const permission of this.ofType('AWS::Lambda::Permission')) {
      const match = pattern.exec(permission.logicalId);
      if (match) return match[1];
    }
    return undefined;
  }

  /** The construct id of a resource's L2 construct: `Stack/Handler/Resource` → `Handler`. */
  private constructId(resource: TemplateResource): string {
    if (resource.cdkPath) {
      const segments = resource.cdkPath.split('/');
      const last = segments[segments.length - 1];
      const id = last === 'Resource' && segments.length > 2 ? segments[segments.length - 2] : last;
      if (id) return id;
    }
    // CDK logical IDs end in an 8-character hash of the construct path (core/lib/private/uniqueid.ts).
    const hashed = /^([A-Za-z0-9]+?)[0-9A-F]{8}$/.exec(resource.logicalId);
    return hashed ? hashed[1] : resource.logicalId;
  }

  // ——— functions ———

  private readFunctions(): void {
    for (const fn of this.ofType('AWS::Lambda::Function')) {
      const props = fn.properties;
      const inline = asString(asMap(props.get('Code'))?.get('ZipFile'));
      const runtime = asString(props.get('Runtime'));
      const handler = asString(props.get('Handler'));
      if (inline === undefined || !runtime || !handler) {
        // Asset-based functions (custom resource providers and the like) are not part of the design,
        // unless an integration calls them (see lambdaTarget).
        continue;
      }
      this.addCreatedFunction(fn, inline, runtime, handler);
    }
  }

  private addCreatedFunction(
    fn: TemplateResource,
    inline: string,
    runtime: string,
    handler: string,
  ): CreatedFunctionDesign {
    const props = fn.properties;
    const design: CreatedFunctionDesign = {
      id: this.functionIds.take(this.constructId(fn)),
      runtime,
      handler,
      code: { inline },
    };
    const functionName = asString(props.get('FunctionName'));
    if (functionName !== undefined) design.functionName = functionName;
    else if (props.has('FunctionName')) this.unmappedProperty(fn, 'FunctionName', `Function ${design.id}`);
    const memorySize = asNumber(props.get('MemorySize'));
    if (memorySize !== undefined) design.memorySize = memorySize;
    else if (props.has('MemorySize')) this.unmappedProperty(fn, 'MemorySize', `Function ${design.id}`);
    const timeout = asNumber(props.get('Timeout'));
    if (timeout !== undefined) design.timeout = { seconds: timeout };
    else if (props.has('Timeout')) this.unmappedProperty(fn, 'Timeout', `Function ${design.id}`);
    for (const key of props.keys()) {
      if (!FUNCTION_KEYS_READ.has(key)) this.unmappedProperty(fn, key, `Function ${design.id}`);
    }
    this.recognized.add(fn.logicalId);
    this.readExecutionRole(fn, design.id);
    this.readLogGroup(fn);
    this.createdFunctions.set(fn.logicalId, design);
    return design;
  }

  /** The role CDK creates for a function: Lambda's principal and the basic execution policy. */
  private readExecutionRole(fn: TemplateResource, functionId: string): void {
    const ref = reference(fn.properties.get('Role'));
    const role = ref && 'getAtt' in ref ? this.resources.get(ref.getAtt[0]) : undefined;
    if (!role || role.type !== 'AWS::IAM::Role') {
      this.unmapped.push(
        `Function ${functionId}: its execution role ${describeValue(fn.properties.get('Role'))} is not ` +
          'the one CDK creates; the design gives the function its own default role.',
      );
      return;
    }
    this.recognized.add(role.logicalId);
    const principal = this.assumedBy(role);
    const managed = asList(role.properties.get('ManagedPolicyArns')) ?? [];
    const isDefault =
      principal === 'lambda.amazonaws.com' &&
      managed.length === 1 &&
      (literalText(flatten(managed[0])) ?? skeleton(flatten(managed[0]))).endsWith(LAMBDA_BASIC_EXECUTION) &&
      [...role.properties.keys()].every((k) => k === 'AssumeRolePolicyDocument' || k === 'ManagedPolicyArns');
    if (!isDefault) {
      this.unmapped.push(
        `Function ${functionId}: its execution role ${role.logicalId} differs from CDK's default ` +
          '(Lambda principal, AWSLambdaBasicExecutionRole); the design gives the function the default role.',
      );
    }
    for (const policy of this.policiesOf(role.logicalId)) {
      this.recognized.add(policy.logicalId);
      this.unmapped.push(
        `Function ${functionId}: the permissions its role gets from ${policy.logicalId} ` +
          `(${describeValue(asMap(policy.properties.get('PolicyDocument'))?.get('Statement'), 160)}).`,
      );
    }
  }

  private readLogGroup(fn: TemplateResource): void {
    for (const group of this.ofType('AWS::Logs::LogGroup')) {
      const parts = flatten(group.properties.get('LogGroupName'));
      if (parts.length === 2 && parts[0] === '/aws/lambda/' && this.isRefTo(parts[1], fn.logicalId)) {
        // aws-cdk-lib's managed log group (feature flag @aws-cdk/aws-lambda:useCdkManagedLogGroup).
        this.recognized.add(group.logicalId);
      }
    }
  }

  private isRefTo(part: Part, logicalId: string): boolean {
    return typeof part === 'object' && 'ref' in part && part.ref === logicalId;
  }

  private assumedBy(role: TemplateResource): string | undefined {
    const doc = asMap(role.properties.get('AssumeRolePolicyDocument'));
    const statements = asList(doc?.get('Statement'));
    if (!statements || statements.length !== 1) return undefined;
    const statement = asMap(statements[0]);
    const action = asString(statement?.get('Action'));
    const service = asString(asMap(statement?.get('Principal'))?.get('Service'));
    return action === 'sts:AssumeRole' && asString(statement?.get('Effect')) === 'Allow'
      ? service
      : undefined;
  }

  private policiesOf(roleLogicalId: string): TemplateResource[] {
    return this.ofType('AWS::IAM::Policy').filter((policy) =>
      (asList(policy.properties.get('Roles')) ?? []).some((r) => this.refersTo(r, roleLogicalId)),
    );
  }

  /** The design function an integration URI or a permission names. */
  private functionFor(target: LambdaTarget): string {
    if ('created' in target) return target.created;
    return entryFor(this.importedFunctions, target.arn, () => importedByArn(this.functionIds, target.arn)).id;
  }

  /** Reads a Lambda function ARN expression: `Fn::GetAtt [Fn, Arn]` or a literal ARN. */
  private lambdaTarget(parts: Part[], where: string): LambdaTarget | undefined {
    if (parts.length === 1 && isReference(parts[0])) {
      const ref = parts[0];
      const logicalId = 'ref' in ref ? ref.ref : ref.getAtt[1] === 'Arn' ? ref.getAtt[0] : undefined;
      const resource = logicalId ? this.resources.get(logicalId) : undefined;
      if (resource?.type === 'AWS::Lambda::Function') {
        const existing = this.createdFunctions.get(resource.logicalId);
        if (existing) return { created: existing.id };
        // Code from an asset: keep the function, with inline code to fill in.
        const runtime = asString(resource.properties.get('Runtime')) ?? 'nodejs22.x';
        const handler = asString(resource.properties.get('Handler')) ?? 'index.handler';
        const design = this.addCreatedFunction(
          resource,
          '// The code of this function was not inline in the imported template.\n',
          runtime,
          handler,
        );
        this.unmapped.push(
          `Function ${design.id}: its code is not inline (${describeValue(resource.properties.get('Code'))}); ` +
            'the design holds a placeholder to replace with the real code.',
        );
        return { created: design.id };
      }
      this.unmapped.push(`${where}: calls ${describeParts(parts)}, not a Lambda function of this template.`);
      return undefined;
    }
    const arn = this.resolvePseudo(parts);
    if (arn && LAMBDA_FUNCTION_ARN.test(arn)) return { arn };
    this.unmapped.push(`${where}: the Lambda function ARN ${describeParts(parts)} could not be read.`);
    return undefined;
  }

  /** Literal text, with `AWS::Region` / `AWS::AccountId` / `AWS::Partition` resolved when known. */
  private resolvePseudo(parts: Part[]): string | undefined {
    let text = '';
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else if ('ref' in part && part.ref === 'AWS::Partition') text += 'aws';
      else if ('ref' in part && part.ref === 'AWS::Region' && this.regions.size === 1)
        text += [...this.regions][0];
      else if ('ref' in part && part.ref === 'AWS::AccountId' && this.accounts.size === 1)
        text += [...this.accounts][0];
      else return undefined;
    }
    return text;
  }

  // ——— methods ———

  private resourcePath(value: Value | undefined, seen: Set<string> = new Set()): string | null {
    const ref = reference(value);
    if (!ref) return null;
    if ('getAtt' in ref) {
      return ref.getAtt[0] === this.api.logicalId && ref.getAtt[1] === 'RootResourceId' ? '/' : null;
    }
    const cached = this.resourcePaths.get(ref.ref);
    if (cached !== undefined) return cached;
    const resource = this.resources.get(ref.ref);
    if (!resource || resource.type !== 'AWS::ApiGateway::Resource' || seen.has(ref.ref)) return null;
    seen.add(ref.ref);
    const pathPart = asString(resource.properties.get('PathPart'));
    const parent = this.resourcePath(resource.properties.get('ParentId'), seen);
    const path =
      pathPart && parent !== null ? (parent === '/' ? `/${pathPart}` : `${parent}/${pathPart}`) : null;
    this.resourcePaths.set(ref.ref, path);
    return path;
  }

  private markResourceChain(value: Value | undefined): void {
    const ref = reference(value);
    if (!ref || !('ref' in ref) || this.recognized.has(ref.ref)) return;
    const resource = this.resources.get(ref.ref);
    if (resource?.type !== 'AWS::ApiGateway::Resource') return;
    this.recognized.add(ref.ref);
    this.markResourceChain(resource.properties.get('ParentId'));
  }

  private readMethods(): Array<{ design: MethodDesign; resource: TemplateResource; target: LambdaTarget }> {
    const methods: Array<{ design: MethodDesign; resource: TemplateResource; target: LambdaTarget }> = [];
    for (const resource of this.ofType('AWS::ApiGateway::Method')) {
      const props = resource.properties;
      if (!this.refersTo(props.get('RestApiId'), this.api.logicalId)) continue;
      // Every method of the API is either imported or listed in `unmapped` below, once.
      this.recognized.add(resource.logicalId);
      const verb = asString(props.get('HttpMethod'))?.toUpperCase();
      const path = this.resourcePath(props.get('ResourceId'));
      const where = `Method ${verb ?? '?'} ${path ?? '?'} (${resource.logicalId})`;
      if (!verb || !HTTP_METHODS.includes(verb as HttpMethod) || path === null) {
        this.unmapped.push(`${where}: its HTTP method or resource could not be read.`);
        continue;
      }
      const integration = asMap(props.get('Integration'));
      const type = asString(integration?.get('Type'));
      if (!integration || (type !== 'AWS' && type !== 'AWS_PROXY')) {
        this.unmapped.push(
          `${where}: a ${type ?? 'missing'} integration, not a Lambda integration` +
            (type === 'MOCK' && verb === 'OPTIONS' ? ' (CORS preflight).' : '.'),
        );
        continue;
      }
      const uri = this.readLambdaUri(flatten(integration.get('Uri')));
      if (!uri) {
        this.unmapped.push(`${where}: a ${type} integration whose URI is not a Lambda invocation.`);
        continue;
      }
      const target = this.lambdaTarget(uri.functionParts, where);
      if (!target) continue;
      const design: MethodDesign = {
        path,
        httpMethod: verb as HttpMethod,
        function: this.functionFor(target),
      };
      const integrationDesign = this.readIntegration(integration, type, uri.stream, where);
      if (Object.keys(integrationDesign).length) design.integration = integrationDesign;
      const options = this.readMethodOptions(props, where);
      if (Object.keys(options).length) design.options = options;
      for (const key of props.keys()) {
        if (!METHOD_KEYS_READ.has(key))
          this.unmapped.push(`${where}: property ${key} (${describeValue(props.get(key))}).`);
      }
      this.recognized.add(resource.logicalId);
      this.markResourceChain(props.get('ResourceId'));
      methods.push({ design, resource, target });
    }
    return methods;
  }

  private readLambdaUri(parts: Part[]): LambdaUri | undefined {
    const uri = parseLambdaUri(parts);
    if (uri?.region) this.regions.add(uri.region);
    return uri;
  }

  private readIntegration(
    integration: ValueMap,
    type: string,
    stream: boolean,
    where: string,
  ): IntegrationDesign {
    const out: IntegrationDesign = {};
    const unread = (key: string) =>
      this.unmapped.push(
        `${where}: integration ${key} ${describeValue(integration.get(key))} could not be read.`,
      );
    if (type === 'AWS') out.proxy = false;
    const httpMethod = asString(integration.get('IntegrationHttpMethod'));
    if (httpMethod !== 'POST') {
      this.unmapped.push(
        `${where}: integration HTTP method ${httpMethod ?? '(none)'}; Lambda integrations always use POST.`,
      );
    }
    const cacheKeys = asList(integration.get('CacheKeyParameters'));
    if (cacheKeys && cacheKeys.every((k) => typeof k === 'string'))
      out.cacheKeyParameters = cacheKeys as string[];
    else if (integration.has('CacheKeyParameters')) unread('CacheKeyParameters');
    const namespace = asString(integration.get('CacheNamespace'));
    if (namespace !== undefined) out.cacheNamespace = namespace;
    else if (integration.has('CacheNamespace')) unread('CacheNamespace');
    const connectionId = literalText(flatten(integration.get('ConnectionId')));
    const connectionType = asString(integration.get('ConnectionType'));
    if (integration.has('ConnectionId')) {
      if (connectionId && connectionType === 'VPC_LINK') {
        out.vpcLink = this.vpcLinkFor(connectionId);
      } else {
        this.unmapped.push(
          `${where}: the VPC link ${describeValue(integration.get('ConnectionId'))} is not an imported VPC link id ` +
            '(a design imports VPC links by id); the integration was imported without it.',
        );
      }
    } else if (connectionType === 'INTERNET' || connectionType === 'VPC_LINK') {
      if (connectionType === 'INTERNET') out.connectionType = 'INTERNET';
      else this.unmapped.push(`${where}: connection type VPC_LINK without a VPC link id.`);
    } else if (integration.has('ConnectionType')) unread('ConnectionType');
    const contentHandling = asString(integration.get('ContentHandling'));
    if (contentHandling === 'CONVERT_TO_TEXT' || contentHandling === 'CONVERT_TO_BINARY') {
      out.contentHandling = contentHandling;
    } else if (integration.has('ContentHandling')) unread('ContentHandling');
    if (integration.has('Credentials')) this.readCredentials(integration.get('Credentials'), out, where);
    const responses = asList(integration.get('IntegrationResponses'));
    if (responses) {
      out.integrationResponses = responses.flatMap((r, i) =>
        this.readIntegrationResponse(r, `${where} response ${i}`),
      );
    } else if (integration.has('IntegrationResponses')) unread('IntegrationResponses');
    const passthrough = asString(integration.get('PassthroughBehavior'))?.toUpperCase();
    if (passthrough === 'WHEN_NO_MATCH' || passthrough === 'WHEN_NO_TEMPLATES' || passthrough === 'NEVER') {
      out.passthroughBehavior = passthrough;
    } else if (integration.has('PassthroughBehavior')) unread('PassthroughBehavior');
    const requestParameters = asStringRecord(integration.get('RequestParameters'));
    if (requestParameters) out.requestParameters = requestParameters;
    else if (integration.has('RequestParameters')) unread('RequestParameters');
    const requestTemplates = asStringRecord(integration.get('RequestTemplates'));
    if (requestTemplates) out.requestTemplates = requestTemplates;
    else if (integration.has('RequestTemplates')) unread('RequestTemplates');
    const transferMode = asString(integration.get('ResponseTransferMode'));
    if (transferMode === 'STREAM' || transferMode === 'BUFFERED') out.responseTransferMode = transferMode;
    else if (integration.has('ResponseTransferMode')) unread('ResponseTransferMode');
    if (stream && transferMode !== 'STREAM') out.responseTransferMode = 'STREAM';
    const timeout = asNumber(integration.get('TimeoutInMillis'));
    if (timeout !== undefined)
      out.timeout = timeout % 1000 === 0 ? { seconds: timeout / 1000 } : { millis: timeout };
    else if (integration.has('TimeoutInMillis')) unread('TimeoutInMillis');
    for (const key of integration.keys()) {
      if (!INTEGRATION_KEYS_READ.has(key)) {
        this.unmapped.push(`${where}: integration property ${key} (${describeValue(integration.get(key))}).`);
      }
    }
    return out;
  }

  private readCredentials(value: Value | undefined, out: IntegrationDesign, where: string): void {
    const parts = flatten(value);
    const text = skeleton(parts);
    // credentialsPassthrough: `arn:${AWS::Partition}:iam::*:user/*` (CDK method.ts renderIntegration).
    const callerMatch = CALLER_CREDENTIALS_PATTERN.exec(text);
    if (
      callerMatch &&
      (!callerMatch[1].includes('\uE000') || isLiteralOrPseudo(parts, callerMatch[1], 'AWS::Partition'))
    ) {
      out.credentialsPassthrough = true;
      return;
    }
    if (parts.length === 1 && isReference(parts[0])) {
      const ref = parts[0];
      const logicalId = 'getAtt' in ref && ref.getAtt[1] === 'Arn' ? ref.getAtt[0] : undefined;
      const role = logicalId ? this.resources.get(logicalId) : undefined;
      if (role?.type === 'AWS::IAM::Role') {
        out.credentialsRole = this.createdRole(role).id;
        return;
      }
    }
    const arn = this.resolvePseudo(parts);
    if (arn && IAM_ROLE_ARN.test(arn)) {
      out.credentialsRole = entryFor(this.importedRoles, arn, () => importedByArn(this.roleIds, arn)).id;
      return;
    }
    this.unmapped.push(`${where}: integration credentials ${describeValue(value)} could not be read.`);
  }

  private createdRole(role: TemplateResource): CreatedRoleDesign {
    const existing = this.createdRoles.get(role.logicalId);
    if (existing) return existing;
    const design: CreatedRoleDesign = {
      id: this.roleIds.take(this.constructId(role)),
      assumedBy: this.assumedBy(role) ?? APIGATEWAY_PRINCIPAL,
    };
    if (!this.assumedBy(role)) {
      this.unmapped.push(
        `Role ${design.id}: its trust policy is not a single service principal; imported as assumed by ${APIGATEWAY_PRINCIPAL}.`,
      );
    }
    for (const key of role.properties.keys()) {
      if (key !== 'AssumeRolePolicyDocument') {
        this.unmapped.push(
          `Role ${design.id}: property ${key} (${describeValue(role.properties.get(key))}).`,
        );
      }
    }
    this.recognized.add(role.logicalId);
    this.createdRoles.set(role.logicalId, design);
    return design;
  }

  private vpcLinkFor(importId: string): string {
    return entryFor(this.vpcLinks, importId, () => ({
      id: this.vpcLinkIds.take(`VpcLink-${importId}`),
      importId,
    })).id;
  }

  private readIntegrationResponse(value: Value, where: string): IntegrationResponseDesign[] {
    const map = asMap(value);
    const statusCode = asText(map?.get('StatusCode'));
    if (!map || statusCode === undefined) {
      this.unmapped.push(`${where}: ${describeValue(value)} is not an integration response.`);
      return [];
    }
    const out: IntegrationResponseDesign = { statusCode };
    const pattern = asText(map.get('SelectionPattern'));
    if (pattern !== undefined) out.selectionPattern = pattern;
    const contentHandling = asString(map.get('ContentHandling'));
    if (contentHandling === 'CONVERT_TO_TEXT' || contentHandling === 'CONVERT_TO_BINARY') {
      out.contentHandling = contentHandling;
    }
    const parameters = asStringRecord(map.get('ResponseParameters'));
    if (parameters) out.responseParameters = parameters;
    const templates = asStringRecord(map.get('ResponseTemplates'));
    if (templates) out.responseTemplates = templates;
    for (const key of map.keys()) {
      const read =
        key === 'StatusCode' ||
        (key === 'SelectionPattern' && pattern !== undefined) ||
        (key === 'ContentHandling' && out.contentHandling) ||
        (key === 'ResponseParameters' && parameters) ||
        (key === 'ResponseTemplates' && templates);
      if (!read) this.unmapped.push(`${where}: ${key} ${describeValue(map.get(key))}.`);
    }
    return [out];
  }

  private readMethodOptions(props: ValueMap, where: string): MethodOptionsDesign {
    const out: MethodOptionsDesign = {};
    const auth = asString(props.get('AuthorizationType'));
    if (auth === 'AWS_IAM') out.authorizationType = 'AWS_IAM';
    else if (auth !== undefined && auth !== 'NONE') {
      this.unmapped.push(
        `${where}: authorization type ${auth} (authorizers are not part of design version 1).`,
      );
    }
    const apiKey = asBoolean(props.get('ApiKeyRequired'));
    if (apiKey !== undefined) out.apiKeyRequired = apiKey;
    const operationName = asString(props.get('OperationName'));
    if (operationName !== undefined) out.operationName = operationName;
    const requestParameters = asMap(props.get('RequestParameters'));
    if (requestParameters) {
      const parameters: Record<string, boolean> = {};
      for (const [key, required] of requestParameters) {
        const flag = asBoolean(required);
        if (flag === undefined)
          this.unmapped.push(`${where}: request parameter ${key} ${describeValue(required)}.`);
        else parameters[key] = flag;
      }
      out.requestParameters = parameters;
    }
    const responses = asList(props.get('MethodResponses'));
    if (responses) {
      out.methodResponses = responses.flatMap((r) => this.readMethodResponse(r, where));
    }
    if (props.has('RequestValidatorId')) {
      const validator = this.readRequestValidator(props.get('RequestValidatorId'), where);
      if (validator) out.requestValidatorOptions = validator;
    }
    return out;
  }

  /** Methods that already named each AWS::ApiGateway::RequestValidator, by its logical ID. */
  private readonly validatorUsers = new Map<string, string>();

  /**
   * `RequestValidatorId: {Ref: V}` of an AWS::ApiGateway::RequestValidator of this API: the
   * method's requestValidatorOptions (CDK method.js creates one validator per method from them).
   */
  private readRequestValidator(
    value: Value | undefined,
    where: string,
  ): RequestValidatorOptionsDesign | undefined {
    const ref = reference(value);
    const validator = ref && 'ref' in ref ? this.resources.get(ref.ref) : undefined;
    if (
      !validator ||
      validator.type !== 'AWS::ApiGateway::RequestValidator' ||
      !this.refersTo(validator.properties.get('RestApiId'), this.api.logicalId)
    ) {
      this.unmapped.push(
        `${where}: request validator ${describeValue(value)} is not an AWS::ApiGateway::RequestValidator of this API.`,
      );
      return undefined;
    }
    this.recognized.add(validator.logicalId);
    const label = `Request validator ${validator.logicalId}`;
    const firstUser = this.validatorUsers.get(validator.logicalId);
    if (firstUser !== undefined) {
      this.unmapped.push(
        `${label}: shared by ${firstUser} and ${where}; the design gives each method its own validator ` +
          '(CDK creates one per method from requestValidatorOptions).',
      );
    } else this.validatorUsers.set(validator.logicalId, where);
    const props = validator.properties;
    const out: RequestValidatorOptionsDesign = {};
    const name = asString(props.get('Name'));
    if (name !== undefined) out.requestValidatorName = name;
    else if (props.has('Name')) this.unmappedProperty(validator, 'Name', label);
    for (const key of ['ValidateRequestBody', 'ValidateRequestParameters'] as const) {
      const flag = asBoolean(props.get(key));
      if (flag !== undefined)
        out[key === 'ValidateRequestBody' ? 'validateRequestBody' : 'validateRequestParameters'] = flag;
      else if (props.has(key)) this.unmappedProperty(validator, key, label);
    }
    for (const key of props.keys()) {
      if (!REQUEST_VALIDATOR_KEYS_READ.has(key)) this.unmappedProperty(validator, key, label);
    }
    return out;
  }

  private readMethodResponse(value: Value, where: string): MethodResponseDesign[] {
    const map = asMap(value);
    const statusCode = asText(map?.get('StatusCode'));
    if (!map || statusCode === undefined) {
      this.unmapped.push(`${where}: method response ${describeValue(value)} could not be read.`);
      return [];
    }
    const out: MethodResponseDesign = { statusCode };
    const parameters = asMap(map.get('ResponseParameters'));
    if (parameters) {
      out.responseParameters = {};
      for (const [key, required] of parameters) {
        const flag = asBoolean(required);
        if (flag === undefined)
          this.unmapped.push(`${where}: response parameter ${key} ${describeValue(required)}.`);
        else out.responseParameters[key] = flag;
      }
    }
    const models = asMap(map.get('ResponseModels'));
    if (models) {
      out.responseModels = {};
      for (const [contentType, model] of models) {
        if (model === 'Empty' || model === 'Error')
          out.responseModels[contentType] = model as ResponseModelName;
        else {
          this.unmapped.push(
            `${where}: response ${statusCode} model ${describeValue(model)} for ${contentType} ` +
              '(only the built-in Empty and Error models are part of the design).',
          );
        }
      }
    }
    for (const key of map.keys()) {
      if (key !== 'StatusCode' && key !== 'ResponseParameters' && key !== 'ResponseModels') {
        this.unmapped.push(`${where}: method response ${statusCode} ${key} ${describeValue(map.get(key))}.`);
      }
    }
    return [out];
  }

  // ——— roles' grants ———

  /**
   * Roles no integration uses are design roles too when they are what `new iam.Role(...,
   * { assumedBy })` makes: a trust policy for one service and nothing else.
   */
  private readPlainRoles(): void {
    const cloudWatchAccountRoles = new Set(
      this.ofType('AWS::ApiGateway::Account').flatMap((a) => {
        const ref = reference(a.properties.get('CloudWatchRoleArn'));
        return ref && 'getAtt' in ref ? [ref.getAtt[0]] : [];
      }),
    );
    for (const role of this.ofType('AWS::IAM::Role')) {
      if (this.recognized.has(role.logicalId) || cloudWatchAccountRoles.has(role.logicalId)) continue;
      const plain = [...role.properties.keys()].every((k) => k === 'AssumeRolePolicyDocument');
      if (plain && this.assumedBy(role) !== undefined) this.createdRole(role);
    }
  }

  private createdRolesInTemplateOrder(): CreatedRoleDesign[] {
    return [...this.resources.keys()].flatMap((logicalId) => {
      const role = this.createdRoles.get(logicalId);
      return role ? [role] : [];
    });
  }

  private readRolePolicies(): void {
    for (const [logicalId, role] of this.createdRoles) {
      for (const policy of this.policiesOf(logicalId)) {
        this.recognized.add(policy.logicalId);
        const statements = asList(asMap(policy.properties.get('PolicyDocument'))?.get('Statement')) ?? [];
        const grants: string[] = [];
        for (const statement of statements) {
          const functions = this.invokeGrant(asMap(statement));
          if (!functions) {
            this.unmapped.push(`Role ${role.id}: the policy statement ${describeValue(statement, 200)}.`);
            continue;
          }
          for (const fn of functions) if (!grants.includes(fn)) grants.push(fn);
        }
        if (grants.length) role.grantInvoke = [...(role.grantInvoke ?? []), ...grants];
        const roles = asList(policy.properties.get('Roles')) ?? [];
        if (roles.length > 1) this.unmapped.push(`Policy ${policy.logicalId}: also attached to other roles.`);
      }
    }
  }

  /** The functions a `lambda:InvokeFunction` statement grants (CDK `grantInvoke`), else undefined. */
  private invokeGrant(statement: ValueMap | undefined): string[] | undefined {
    if (!statement) return undefined;
    const actions = asList(statement.get('Action')) ?? [statement.get('Action')];
    if (actions.length !== 1 || actions[0] !== 'lambda:InvokeFunction') return undefined;
    if (asString(statement.get('Effect')) !== 'Allow') return undefined;
    if ([...statement.keys()].some((k) => k !== 'Action' && k !== 'Effect' && k !== 'Resource'))
      return undefined;
    const resources = asList(statement.get('Resource')) ?? [statement.get('Resource') ?? null];
    const functions: string[] = [];
    for (const resource of resources) {
      const parts = flatten(resource);
      // CDK grants `fn.functionArn` and `${fn.functionArn}:*` (aws-lambda/lib/function-base.ts).
      const last = parts[parts.length - 1];
      const base = typeof last === 'string' && last.endsWith(':*') ? trimTail(parts, 2) : parts;
      const target = this.lambdaTargetQuiet(base);
      if (!target) return undefined;
      functions.push(this.functionFor(target));
    }
    return functions;
  }

  private lambdaTargetQuiet(parts: Part[]): LambdaTarget | undefined {
    const ref = parts.length === 1 && isReference(parts[0]) ? parts[0] : undefined;
    if (ref) {
      // `Fn::GetAtt [Fn, Arn]`, or `Ref Fn` (the function's name, which permissions accept too).
      const logicalId = 'getAtt' in ref ? (ref.getAtt[1] === 'Arn' ? ref.getAtt[0] : undefined) : ref.ref;
      const fn = logicalId ? this.createdFunctions.get(logicalId) : undefined;
      return fn ? { created: fn.id } : undefined;
    }
    const arn = this.resolvePseudo(parts);
    return arn && /^arn:[^:]+:lambda:[^:]*:[^:]*:function:[^:]+$/.test(arn) ? { arn } : undefined;
  }

  // ——— permissions ———

  private readPermission(resource: TemplateResource): ApiPermission | undefined {
    const props = resource.properties;
    if (asString(props.get('Principal')) !== APIGATEWAY_PRINCIPAL) return undefined;
    if (asString(props.get('Action')) !== 'lambda:InvokeFunction') return undefined;
    const target = this.lambdaTargetQuiet(flatten(props.get('FunctionName')));
    const arn = parseSourceArn(props.get('SourceArn'), this.api.logicalId);
    if (!target || !arn) return undefined;
    if (arn.region) this.regions.add(arn.region);
    if (arn.account) this.accounts.add(arn.account);
    return {
      logicalId: resource.logicalId,
      functionKey: targetKey(target),
      stage: arn.stage,
      verb: arn.verb,
      path: arn.path,
    };
  }

  private matchPermissions(methods: Array<{ design: MethodDesign; target: LambdaTarget }>): void {
    const permissions = this.ofType('AWS::Lambda::Permission').flatMap((p) => {
      const info = this.readPermission(p);
      return info ? [info] : [];
    });
    const { matched, unpermitted } = applyPermissions(
      methods.map((m) => ({ design: m.design, functionKey: targetKey(m.target) })),
      permissions,
    );
    for (const id of matched) this.recognized.add(id);
    for (const design of unpermitted) {
      const fn = this.createdFunctionsById().get(design.function);
      // CDK adds no permission for an imported function of another account: nothing is missing then.
      if (!fn) continue;
      this.unmapped.push(
        `Method ${design.httpMethod} ${design.path}: no Lambda permission lets API Gateway invoke ` +
          `${design.function}; the design will add the permission CDK adds.`,
      );
    }
  }

  private createdFunctionsById(): Map<string, CreatedFunctionDesign> {
    return new Map([...this.createdFunctions.values()].map((fn) => [fn.id, fn]));
  }

  // ——— the API, its stage and the template's other sections ———

  private readApi(): Design['api'] {
    const props = this.api.properties;
    const id = this.constructId(this.api);
    const api: Design['api'] = { id };
    const name = asString(props.get('Name'));
    // CDK names the API after its construct id unless restApiName is set (restapi.ts).
    if (name !== undefined && name !== id) api.restApiName = name;
    const description = asString(props.get('Description'));
    if (description !== undefined) api.description = description;
    const stage = this.ofType('AWS::ApiGateway::Stage').find((s) =>
      this.refersTo(s.properties.get('RestApiId'), this.api.logicalId),
    );
    if (stage) {
      this.recognized.add(stage.logicalId);
      const stageName = asString(stage.properties.get('StageName'));
      if (stageName !== undefined && stageName !== 'prod') api.stageName = stageName;
      for (const key of stage.properties.keys()) {
        if (key !== 'StageName' && key !== 'DeploymentId' && key !== 'RestApiId') {
          this.unmapped.push(
            `Stage ${stageName ?? stage.logicalId}: property ${key} (${describeValue(stage.properties.get(key))}).`,
          );
        }
      }
    } else {
      this.unmapped.push('The API has no stage: the design always deploys one (named prod unless set).');
    }
    for (const deployment of this.ofType('AWS::ApiGateway::Deployment')) {
      if (!this.refersTo(deployment.properties.get('RestApiId'), this.api.logicalId)) continue;
      this.recognized.add(deployment.logicalId);
      for (const key of deployment.properties.keys()) {
        if (key !== 'RestApiId' && key !== 'Description') {
          this.unmapped.push(`Deployment ${deployment.logicalId}: property ${key}.`);
        }
      }
    }
    const endpoint = asMap(props.get('EndpointConfiguration'));
    if (endpoint) {
      const types = asList(endpoint.get('Types'));
      if (types && types.every((t) => t === 'EDGE' || t === 'REGIONAL' || t === 'PRIVATE')) {
        api.endpointTypes = types as EndpointType[];
      }
      for (const key of endpoint.keys()) {
        if (key !== 'Types' || !api.endpointTypes) {
          this.unmapped.push(
            `The API's endpoint configuration ${key} (${describeValue(endpoint.get(key))}).`,
          );
        }
      }
    }
    const binary = asList(props.get('BinaryMediaTypes'));
    if (binary && binary.every((t) => typeof t === 'string')) api.binaryMediaTypes = binary as string[];
    else if (props.has('BinaryMediaTypes'))
      this.unmappedProperty(this.api, 'BinaryMediaTypes', `The API ${id}`);
    for (const key of props.keys()) {
      if (!REST_API_KEYS_READ.has(key)) this.unmappedProperty(this.api, key, `The API ${id}`);
    }
    if (this.readCloudWatchRole()) api.cloudWatchRole = true;
    return api;
  }

  /** `cloudWatchRole: true`: an `AWS::ApiGateway::Account` with a role that pushes to CloudWatch Logs. */
  private readCloudWatchRole(): boolean {
    for (const account of this.ofType('AWS::ApiGateway::Account')) {
      const ref = reference(account.properties.get('CloudWatchRoleArn'));
      const role = ref && 'getAtt' in ref ? this.resources.get(ref.getAtt[0]) : undefined;
      if (!role || role.type !== 'AWS::IAM::Role') continue;
      const managed = asList(role.properties.get('ManagedPolicyArns')) ?? [];
      if (!managed.some((m) => skeleton(flatten(m)).endsWith(CLOUDWATCH_PUSH))) continue;
      this.recognized.add(account.logicalId);
      this.recognized.add(role.logicalId);
      return true;
    }
    return false;
  }

  private readTemplateSections(): void {
    const outputs = asMap(this.root.get('Outputs'));
    for (const [name, value] of outputs ?? []) {
      const parts = flatten(asMap(value)?.get('Value'));
      const isEndpoint =
        typeof parts[0] === 'string' &&
        parts[0].startsWith('https://') &&
        parts.some((p) => this.isRefTo(p, this.api.logicalId));
      if (!isEndpoint) this.unmapped.push(`Output ${name}: ${describeValue(asMap(value)?.get('Value'))}.`);
      else {
        const region = /\.execute-api\.([a-z0-9-]+)\./.exec(
          parts.filter((p) => typeof p === 'string').join(''),
        );
        if (region) this.regions.add(region[1]);
      }
    }
    for (const [name] of asMap(this.root.get('Parameters')) ?? []) {
      if (name !== 'BootstrapVersion')
        this.unmapped.push(`Parameter ${name}: the design has no template parameters.`);
    }
    for (const [name] of asMap(this.root.get('Rules')) ?? []) {
      if (name !== 'CheckBootstrapVersion') this.unmapped.push(`Rule ${name}.`);
    }
    for (const section of ['Conditions', 'Mappings', 'Transform', 'Hooks']) {
      if (this.root.has(section)) this.unmapped.push(`The template's ${section} section.`);
    }
  }

  private listUnrecognizedResources(): void {
    for (const resource of this.resources.values()) {
      if (this.recognized.has(resource.logicalId) || resource.type === 'AWS::CDK::Metadata') continue;
      const what =
        resource.type === 'AWS::Lambda::Permission'
          ? 'a Lambda permission that no imported method accounts for'
          : resource.type === 'AWS::ApiGateway::Resource'
            ? 'an API resource with no Lambda method beneath it'
            : 'not part of an API Gateway → Lambda design';
      this.unmapped.push(`Resource ${resource.logicalId} (${resource.type}): ${what}.`);
      this.diagnostics.push({
        severity: 'info',
        message: `Not imported: ${resource.logicalId} (${resource.type}).`,
        ...this.position(resource),
      });
    }
  }

  private envDesign(): Pick<Design['stack'], 'env'> {
    const env: { account?: string; region?: string } = {};
    if (this.regions.size === 1) env.region = [...this.regions][0];
    if (this.accounts.size === 1) env.account = [...this.accounts][0];
    if (this.regions.size > 1) {
      this.unmapped.push(
        `The template names several regions (${[...this.regions].join(', ')}); none was kept.`,
      );
    }
    if (this.accounts.size > 1) {
      this.unmapped.push(
        `The template names several accounts (${[...this.accounts].join(', ')}); none was kept.`,
      );
    }
    return Object.keys(env).length ? { env } : {};
  }

  private unmappedProperty(resource: TemplateResource, key: string, label: string): void {
    this.unmapped.push(`${label}: property ${key} (${describeValue(resource.properties.get(key))}).`);
  }
}

function renameFunction(design: Design, from: string, to: string): void {
  for (const fn of design.functions) if (fn.id === from) fn.id = to;
  for (const method of design.methods) if (method.function === from) method.function = to;
  for (const role of design.roles ?? []) {
    if ('grantInvoke' in role && role.grantInvoke)
      role.grantInvoke = role.grantInvoke.map((id) => (id === from ? to : id));
  }
}

function targetKey(target: LambdaTarget): string {
  return 'created' in target ? `fn:${target.created}` : `arn:${target.arn}`;
}

function trimTail(parts: Part[], length: number): Part[] {
  const last = parts[parts.length - 1] as string;
  const trimmed = last.slice(0, -length);
  return trimmed === '' ? parts.slice(0, -1) : [...parts.slice(0, -1), trimmed];
}
