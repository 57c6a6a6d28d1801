/**
 * OpenAPI 3 (or Swagger 2.0) with API Gateway's extensions → design.
 *
 * Operations whose `x-amazon-apigateway-integration` calls a Lambda function (type `aws` or
 * `aws_proxy`) become methods; their parameters become method request parameters, their
 * responses method responses, `sigv4` security `AWS_IAM`, an API key scheme `apiKeyRequired`.
 * ARN placeholders written by our own export (`${HandlerArn}`, listed in `x-integration-studio`)
 * or by SAM (`${Handler.Arn}`) become created functions and roles; literal ARNs imported ones.
 */
import type {
  CreatedFunctionDesign,
  CreatedRoleDesign,
  Design,
  FunctionDesign,
  HttpMethod,
  IntegrationDesign,
  IntegrationResponseDesign,
  MethodDesign,
  MethodOptionsDesign,
  MethodResponseDesign,
  RequestValidatorOptionsDesign,
  RoleDesign,
  VpcLinkDesign,
} from '../../design/types';
import type { Diagnostic } from '../../diagnostics';
import { entryFor, IdAllocator, importedByArn, type ImportResult } from '../importResult';
import { describeParts, flatten, isReference, literalText, skeleton, type Part } from '../intrinsics';
import { CALLER_CREDENTIALS_PATTERN, IAM_ROLE_ARN, LAMBDA_FUNCTION_ARN, parseLambdaUri } from '../lambdaUri';
import { APIGATEWAY_PRINCIPAL, OPERATION_KEYS } from '../names';
import {
  asBoolean,
  asList,
  asMap,
  asNumber,
  asString,
  asStringRecord,
  asText,
  describeValue,
  type Value,
  type ValueMap,
} from '../source';
import { REQUEST_VALIDATOR_NAMES, STUDIO_EXTENSION, UNDECLARED_PARAMETER } from './exportOpenApi';

const PLACEHOLDER_FUNCTION_CODE =
  "// OpenAPI does not carry a function's code: replace this with the function's real code.\n" +
  "exports.handler = async () => { throw new Error('The code of this function was not imported'); };\n";

const INTEGRATION_KEYS_READ = new Set([
  'type',
  'httpMethod',
  'uri',
  'credentials',
  'connectionType',
  'connectionId',
  'requestParameters',
  'requestTemplates',
  'passthroughBehavior',
  'contentHandling',
  'timeoutInMillis',
  'cacheNamespace',
  'cacheKeyParameters',
  'responseTransferMode',
  'responses',
]);

const OPERATION_KEYS_READ = new Set([
  'operationId',
  'parameters',
  'responses',
  'security',
  'x-amazon-apigateway-integration',
  'x-amazon-apigateway-request-validator',
  // Listed on its own when present.
  'requestBody',
  // Documentation only: nothing in API Gateway's method depends on these.
  'summary',
  'description',
  'tags',
  'deprecated',
  'externalDocs',
]);

type SchemeKind = 'sigv4' | 'apiKey' | 'other';

/**
 * What the document around an OpenAPI definition knows (a SAM template): the functions and roles
 * that `${Name.Arn}` references name, by logical ID.
 */
export interface DefinitionContext {
  createdFunction?(logicalId: string): CreatedFunctionDesign | undefined;
  createdRole?(logicalId: string): CreatedRoleDesign | undefined;
}

export function importOpenApi(root: ValueMap, context: DefinitionContext = {}): ImportResult {
  return new OpenApiImporter(root, context).run();
}

class OpenApiImporter {
  private readonly unmapped: string[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  private readonly regions = new Set<string>();
  private readonly functionIds = new IdAllocator();
  private readonly functions = new Map<string, FunctionDesign>();
  private readonly roleIds = new IdAllocator();
  private readonly roles = new Map<string, RoleDesign>();
  private readonly vpcLinkIds = new IdAllocator();
  private readonly vpcLinks = new Map<string, VpcLinkDesign>();
  private readonly placeholders = new Map<string, { function?: string; role?: string }>();
  private readonly schemes = new Map<string, SchemeKind>();
  /** `x-amazon-apigateway-request-validators`, read into the design's options by key. */
  private readonly validators = new Map<string, RequestValidatorOptionsDesign>();
  private missingDefaultReported = false;
  private readonly swagger2: boolean;

  constructor(
    private readonly root: ValueMap,
    private readonly context: DefinitionContext,
  ) {
    this.swagger2 = asString(root.get('swagger')) === '2.0';
  }

  run(): ImportResult {
    this.readPlaceholders();
    this.readSecuritySchemes();
    this.readRequestValidators();
    const paths = asMap(this.root.get('paths'));
    if (!paths) {
      this.diagnostics.push({ severity: 'error', message: 'The OpenAPI document has no paths.' });
      return { diagnostics: this.diagnostics, unmapped: this.unmapped };
    }
    const methods: MethodDesign[] = [];
    for (const [path, item] of paths) {
      const pathItem = asMap(item);
      if (!pathItem) continue;
      if (!path.startsWith('/')) {
        this.unmapped.push(`Path ${path}: does not start with "/".`);
        continue;
      }
      const normalized = path.length > 1 ? path.replace(/\/+$/, '') : path;
      const shared = this.parameters(asList(pathItem.get('parameters')) ?? [], `Path ${path}`);
      for (const [key, value] of pathItem) {
        const verb = OPERATION_KEYS[key] as HttpMethod | undefined;
        if (!verb) {
          if (key !== 'parameters' && key !== 'summary' && key !== 'description' && key !== '$ref') {
            this.unmapped.push(`Path ${path}: ${key} ${describeValue(value)}.`);
          }
          continue;
        }
        const method = this.operation(normalized, verb, asMap(value), shared);
        if (method) methods.push(method);
      }
    }
    const info = asMap(this.root.get('info'));
    const title = asString(info?.get('title'));
    const description = asString(info?.get('description'));
    const stageName = this.stageName();
    const binary = asList(this.root.get('x-amazon-apigateway-binary-media-types'));
    const api: Design['api'] = { id: 'Api' };
    if (title !== undefined && title !== 'Api') api.restApiName = title;
    if (description !== undefined) api.description = description;
    if (stageName !== undefined && stageName !== 'prod') api.stageName = stageName;
    if (binary && binary.every((t) => typeof t === 'string')) api.binaryMediaTypes = binary as string[];
    this.listOtherRootKeys();
    const design: Design = {
      version: 1,
      stack: {
        id: 'ImportedStack',
        ...(this.regions.size === 1 ? { env: { region: [...this.regions][0] } } : {}),
      },
      api,
      functions: [...this.functions.values()],
      ...(this.roles.size ? { roles: [...this.roles.values()] } : {}),
      ...(this.vpcLinks.size ? { vpcLinks: [...this.vpcLinks.values()] } : {}),
      methods,
    };
    this.diagnostics.push({
      severity: 'info',
      message:
        'OpenAPI carries no construct ids: the stack is named ImportedStack and the API Api; ' +
        'functions and roles are named after their ARNs or placeholders.',
    });
    return { design, diagnostics: this.diagnostics, unmapped: this.unmapped };
  }

  private readPlaceholders(): void {
    const extension = asMap(this.root.get(STUDIO_EXTENSION));
    for (const [name, value] of asMap(extension?.get('placeholders')) ?? []) {
      const map = asMap(value);
      const fn = asString(map?.get('function'));
      const role = asString(map?.get('role'));
      if (fn !== undefined || role !== undefined) this.placeholders.set(name, { function: fn, role });
    }
  }

  private readSecuritySchemes(): void {
    const schemes = this.swagger2
      ? asMap(this.root.get('securityDefinitions'))
      : asMap(asMap(this.root.get('components'))?.get('securitySchemes'));
    for (const [name, value] of schemes ?? []) {
      const scheme = asMap(value);
      const authType = asString(scheme?.get('x-amazon-apigateway-authtype'))?.toLowerCase();
      const isApiKeyHeader =
        asString(scheme?.get('type')) === 'apiKey' &&
        asString(scheme?.get('in')) === 'header' &&
        asString(scheme?.get('name'))?.toLowerCase() === 'x-api-key';
      const kind: SchemeKind =
        authType === 'awssigv4' ? 'sigv4' : isApiKeyHeader && !authType ? 'apiKey' : 'other';
      this.schemes.set(name, kind);
      if (kind === 'other') {
        this.unmapped.push(`Security scheme ${name}: authorizers are not part of design version 1.`);
      }
    }
  }

  /**
   * The API's request validators (API Gateway developer guide, "x-amazon-apigateway-request-validators
   * object"): the key is the validator's name unless our export says otherwise.
   */
  private readRequestValidators(): void {
    const names = asMap(this.root.get(REQUEST_VALIDATOR_NAMES));
    for (const [key, value] of asMap(this.root.get('x-amazon-apigateway-request-validators')) ?? []) {
      const definition = asMap(value);
      if (!definition) {
        this.unmapped.push(`Request validator ${key}: ${describeValue(value)} is not a validator.`);
        continue;
      }
      const out: RequestValidatorOptionsDesign = {};
      const name = names?.has(key) ? names.get(key) : key;
      if (typeof name === 'string') out.requestValidatorName = name;
      for (const [field, flag] of definition) {
        if (field === 'validateRequestBody' || field === 'validateRequestParameters') {
          const read = asBoolean(flag);
          if (read !== undefined) {
            out[field] = read;
            continue;
          }
        }
        this.unmapped.push(`Request validator ${key}: ${field} ${describeValue(flag)}.`);
      }
      this.validators.set(key, out);
    }
  }

  /** The operation's validator, or the API's default one (`x-amazon-apigateway-request-validator` at the root). */
  private requestValidator(op: ValueMap, where: string): RequestValidatorOptionsDesign | undefined {
    const own = op.has('x-amazon-apigateway-request-validator');
    const value = own
      ? op.get('x-amazon-apigateway-request-validator')
      : this.root.get('x-amazon-apigateway-request-validator');
    if (value === undefined) return undefined;
    const key = asString(value);
    const validator = key === undefined ? undefined : this.validators.get(key);
    if (!validator) {
      if (own || !this.missingDefaultReported) {
        this.unmapped.push(
          `${own ? where : 'The document'}: request validator ${describeValue(value)} is not in x-amazon-apigateway-request-validators.`,
        );
      }
      if (!own) this.missingDefaultReported = true;
      return undefined;
    }
    return { ...validator };
  }

  private stageName(): string | undefined {
    if (this.swagger2) {
      const basePath = asString(this.root.get('basePath'));
      return basePath ? basePath.replace(/^\/+/, '') || undefined : undefined;
    }
    const server = asMap((asList(this.root.get('servers')) ?? [])[0]);
    const url = asString(server?.get('url'));
    if (!url) return undefined;
    const region = /\.execute-api\.([a-z0-9-]+)\.amazonaws\.com/.exec(url);
    if (region) this.regions.add(region[1]);
    const variable = /\/\{basePath\}\/?$/.test(url)
      ? asString(asMap(asMap(server?.get('variables'))?.get('basePath'))?.get('default'))
      : (/^(?:https?:\/\/[^/]+)?\/([^/{}]+)\/?$/.exec(url)?.[1] ?? undefined);
    return variable?.replace(/^\/+/, '') || undefined;
  }

  private listOtherRootKeys(): void {
    const known = new Set([
      'openapi',
      'swagger',
      'info',
      'servers',
      'host',
      'basePath',
      'schemes',
      'paths',
      'components',
      'definitions',
      'securityDefinitions',
      'security',
      'tags',
      'externalDocs',
      'x-amazon-apigateway-binary-media-types',
      'x-amazon-apigateway-request-validators',
      'x-amazon-apigateway-request-validator',
      REQUEST_VALIDATOR_NAMES,
      STUDIO_EXTENSION,
    ]);
    for (const key of this.root.keys()) {
      if (!known.has(key))
        this.unmapped.push(`The document's ${key} (${describeValue(this.root.get(key))}).`);
    }
  }

  // ——— operations ———

  private operation(
    path: string,
    verb: HttpMethod,
    op: ValueMap | undefined,
    shared: Map<string, boolean>,
  ): MethodDesign | undefined {
    const where = `${verb} ${path}`;
    if (!op) return undefined;
    const integration = asMap(op.get('x-amazon-apigateway-integration'));
    const type = asString(integration?.get('type'))?.toLowerCase();
    if (!integration || (type !== 'aws' && type !== 'aws_proxy')) {
      this.unmapped.push(
        integration
          ? `${where}: a ${type?.toUpperCase() ?? 'untyped'} integration, not a Lambda integration.`
          : `${where}: no x-amazon-apigateway-integration.`,
      );
      return undefined;
    }
    const uri = parseLambdaUri(subParts(integration.get('uri')));
    if (!uri) {
      this.unmapped.push(
        `${where}: a ${type.toUpperCase()} integration whose uri ${describeValue(integration.get('uri'))} is not a Lambda invocation.`,
      );
      return undefined;
    }
    if (uri.region) this.regions.add(uri.region);
    const fn = this.functionFor(uri.functionParts, where);
    if (!fn) return undefined;
    const method: MethodDesign = { path, httpMethod: verb, function: fn };
    const integrationDesign = this.integration(integration, type === 'aws', uri.stream, where);
    if (Object.keys(integrationDesign).length) method.integration = integrationDesign;
    const options = this.options(op, shared, where);
    if (Object.keys(options).length) method.options = options;
    for (const key of op.keys()) {
      if (!OPERATION_KEYS_READ.has(key))
        this.unmapped.push(`${where}: ${key} ${describeValue(op.get(key))}.`);
    }
    return method;
  }

  private functionFor(parts: Part[], where: string): string | undefined {
    if (parts.length === 1 && isReference(parts[0])) {
      const ref = parts[0];
      // `${HandlerArn}` (our export), `${Handler.Arn}` (SAM), `${Handler}`.
      const name = 'ref' in ref ? ref.ref : ref.getAtt[0];
      const known = this.context.createdFunction?.(name);
      const placeholder = this.placeholders.get(name)?.function;
      const id = known?.id ?? placeholder ?? ('ref' in ref ? name.replace(/Arn$/, '') || name : name);
      let fn = this.functions.get(`created:${id}`);
      if (!fn && known) {
        fn = known;
        this.functions.set(`created:${id}`, fn);
      } else if (!fn) {
        fn = {
          id: this.functionIds.take(id),
          runtime: 'nodejs22.x',
          handler: 'index.handler',
          code: { inline: PLACEHOLDER_FUNCTION_CODE },
        };
        this.functions.set(`created:${id}`, fn);
        this.unmapped.push(
          `Function ${fn.id}: OpenAPI carries only its ARN (${describeParts(parts)}), not its runtime, ` +
            'handler or code; the design holds a Node.js placeholder to replace.',
        );
      }
      return fn.id;
    }
    const arn = literalText(parts);
    if (arn !== undefined && LAMBDA_FUNCTION_ARN.test(arn)) {
      return entryFor(this.functions, `arn:${arn}`, () => importedByArn(this.functionIds, arn)).id;
    }
    this.unmapped.push(`${where}: the Lambda function ARN ${describeParts(parts)} could not be read.`);
    return undefined;
  }

  private integration(
    integration: ValueMap,
    custom: boolean,
    stream: boolean,
    where: string,
  ): IntegrationDesign {
    const out: IntegrationDesign = {};
    const unread = (key: string) =>
      this.unmapped.push(
        `${where}: integration ${key} ${describeValue(integration.get(key))} could not be read.`,
      );
    if (custom) out.proxy = false;
    if (asString(integration.get('httpMethod'))?.toUpperCase() !== 'POST') {
      this.unmapped.push(
        `${where}: integration httpMethod ${describeValue(integration.get('httpMethod'))}; Lambda integrations use POST.`,
      );
    }
    const cacheKeys = asList(integration.get('cacheKeyParameters'));
    if (cacheKeys?.every((k) => typeof k === 'string')) out.cacheKeyParameters = cacheKeys as string[];
    else if (integration.has('cacheKeyParameters')) unread('cacheKeyParameters');
    const namespace = asString(integration.get('cacheNamespace'));
    if (namespace !== undefined) out.cacheNamespace = namespace;
    else if (integration.has('cacheNamespace')) unread('cacheNamespace');
    const connectionType = asString(integration.get('connectionType'))?.toUpperCase();
    const connectionId = asString(integration.get('connectionId'));
    if (connectionId !== undefined && connectionType === 'VPC_LINK' && !connectionId.includes('${')) {
      out.vpcLink = this.vpcLinkFor(connectionId);
    } else if (connectionType === 'INTERNET' && connectionId === undefined) {
      out.connectionType = 'INTERNET';
    } else if (integration.has('connectionType') || integration.has('connectionId')) {
      this.unmapped.push(
        `${where}: connection ${describeValue(integration.get('connectionType'))} / ` +
          `${describeValue(integration.get('connectionId'))} (a design imports VPC links by literal id).`,
      );
    }
    const contentHandling = asString(integration.get('contentHandling'))?.toUpperCase();
    if (contentHandling === 'CONVERT_TO_TEXT' || contentHandling === 'CONVERT_TO_BINARY') {
      out.contentHandling = contentHandling;
    } else if (integration.has('contentHandling')) unread('contentHandling');
    if (integration.has('credentials')) this.credentials(integration.get('credentials'), out, where);
    const requestParameters = asStringRecord(integration.get('requestParameters'));
    if (requestParameters) out.requestParameters = requestParameters;
    else if (integration.has('requestParameters')) unread('requestParameters');
    const requestTemplates = asStringRecord(integration.get('requestTemplates'));
    if (requestTemplates) out.requestTemplates = requestTemplates;
    else if (integration.has('requestTemplates')) unread('requestTemplates');
    const passthrough = asString(integration.get('passthroughBehavior'))?.toUpperCase();
    if (passthrough === 'WHEN_NO_MATCH' || passthrough === 'WHEN_NO_TEMPLATES' || passthrough === 'NEVER') {
      out.passthroughBehavior = passthrough;
    } else if (integration.has('passthroughBehavior')) unread('passthroughBehavior');
    const timeout = asNumber(integration.get('timeoutInMillis'));
    if (timeout !== undefined)
      out.timeout = timeout % 1000 === 0 ? { seconds: timeout / 1000 } : { millis: timeout };
    else if (integration.has('timeoutInMillis')) unread('timeoutInMillis');
    const transferMode = asString(integration.get('responseTransferMode'))?.toUpperCase();
    if (transferMode === 'STREAM' || transferMode === 'BUFFERED') out.responseTransferMode = transferMode;
    else if (integration.has('responseTransferMode')) unread('responseTransferMode');
    if (stream) out.responseTransferMode = 'STREAM';
    const responses = asMap(integration.get('responses'));
    if (responses) out.integrationResponses = this.integrationResponses(responses, where);
    else if (integration.has('responses')) unread('responses');
    for (const key of integration.keys()) {
      if (!INTEGRATION_KEYS_READ.has(key)) {
        this.unmapped.push(`${where}: integration ${key} ${describeValue(integration.get(key))}.`);
      }
    }
    return out;
  }

  private credentials(value: Value | undefined, out: IntegrationDesign, where: string): void {
    const parts = subParts(value);
    const literal = literalText(parts);
    const caller = CALLER_CREDENTIALS_PATTERN.exec(skeleton(parts));
    if (caller) {
      out.credentialsPassthrough = true;
      return;
    }
    if (parts.length === 1 && isReference(parts[0])) {
      const ref = parts[0];
      const name = 'ref' in ref ? ref.ref : ref.getAtt[0];
      const known = this.context.createdRole?.(name);
      const id =
        known?.id ??
        this.placeholders.get(name)?.role ??
        ('ref' in ref ? name.replace(/Arn$/, '') || name : name);
      let role = this.roles.get(`created:${id}`);
      if (!role && known) {
        role = known;
        this.roles.set(`created:${id}`, role);
      } else if (!role) {
        const created: CreatedRoleDesign = { id: this.roleIds.take(id), assumedBy: APIGATEWAY_PRINCIPAL };
        role = created;
        this.roles.set(`created:${id}`, role);
        this.unmapped.push(
          `Role ${role.id}: OpenAPI carries only its ARN (${describeParts(parts)}); imported as a role ` +
            `assumed by ${APIGATEWAY_PRINCIPAL} with no grants.`,
        );
      }
      out.credentialsRole = role.id;
      return;
    }
    if (literal !== undefined && IAM_ROLE_ARN.test(literal)) {
      out.credentialsRole = entryFor(this.roles, `arn:${literal}`, () =>
        importedByArn(this.roleIds, literal),
      ).id;
      return;
    }
    this.unmapped.push(`${where}: integration credentials ${describeValue(value)} could not be read.`);
  }

  private vpcLinkFor(importId: string): string {
    return entryFor(this.vpcLinks, importId, () => ({
      id: this.vpcLinkIds.take(`VpcLink-${importId}`),
      importId,
    })).id;
  }

  private integrationResponses(responses: ValueMap, where: string): IntegrationResponseDesign[] {
    const list: IntegrationResponseDesign[] = [];
    for (const [pattern, value] of responses) {
      const map = asMap(value);
      const statusCode = asText(map?.get('statusCode'));
      if (!map || statusCode === undefined) {
        this.unmapped.push(`${where}: integration response ${pattern} ${describeValue(value)}.`);
        continue;
      }
      const response: IntegrationResponseDesign = { statusCode };
      // "default" is the response used when no pattern matches: no selectionPattern.
      if (pattern !== 'default') response.selectionPattern = pattern;
      const contentHandling = asString(map.get('contentHandling'))?.toUpperCase();
      if (contentHandling === 'CONVERT_TO_TEXT' || contentHandling === 'CONVERT_TO_BINARY') {
        response.contentHandling = contentHandling;
      }
      const parameters = asStringRecord(map.get('responseParameters'));
      if (parameters) response.responseParameters = parameters;
      const templates = asStringRecord(map.get('responseTemplates'));
      if (templates) response.responseTemplates = templates;
      for (const key of map.keys()) {
        const read =
          key === 'statusCode' ||
          (key === 'contentHandling' && response.contentHandling) ||
          (key === 'responseParameters' && parameters) ||
          (key === 'responseTemplates' && templates);
        if (!read)
          this.unmapped.push(
            `${where}: integration response ${pattern} ${key} ${describeValue(map.get(key))}.`,
          );
      }
      list.push(response);
    }
    return list;
  }

  // ——— method request and responses ———

  /** Parameters as method request parameter keys → required, in document order. */
  private parameters(list: Value[], where: string): Map<string, boolean> {
    const out = new Map<string, boolean>();
    for (const item of list) {
      const parameter = this.resolveRef(item, this.swagger2 ? 'parameters' : 'components/parameters');
      if (!parameter) {
        this.unmapped.push(`${where}: parameter ${describeValue(item)} could not be read.`);
        continue;
      }
      if (parameter.get(UNDECLARED_PARAMETER) === true) continue;
      const name = asString(parameter.get('name'));
      const location = asString(parameter.get('in'));
      const schema = this.swagger2 ? parameter : asMap(parameter.get('schema'));
      const multi = asString(schema?.get('type')) === 'array';
      const kind =
        location === 'path'
          ? 'path'
          : location === 'query'
            ? multi
              ? 'multivaluequerystring'
              : 'querystring'
            : location === 'header'
              ? multi
                ? 'multivalueheader'
                : 'header'
              : undefined;
      if (!name || !kind) {
        this.unmapped.push(`${where}: parameter ${describeValue(item)} (${location ?? 'no location'}).`);
        continue;
      }
      out.set(
        `method.request.${kind}.${name}`,
        kind === 'path' ? true : (asBoolean(parameter.get('required')) ?? false),
      );
    }
    return out;
  }

  private resolveRef(value: Value, section: string): ValueMap | undefined {
    const map = asMap(value);
    const ref = asString(map?.get('$ref'));
    if (!ref) return map;
    const prefix = `#/${section}/`;
    if (!ref.startsWith(prefix)) return undefined;
    let node: Value | undefined = this.root;
    for (const segment of section.split('/')) node = asMap(node)?.get(segment);
    return asMap(asMap(node)?.get(ref.slice(prefix.length)));
  }

  private options(op: ValueMap, shared: Map<string, boolean>, where: string): MethodOptionsDesign {
    const out: MethodOptionsDesign = {};
    const operationId = asString(op.get('operationId'));
    if (operationId !== undefined) out.operationName = operationId;
    const own = this.parameters(asList(op.get('parameters')) ?? [], where);
    const parameters = new Map(shared);
    for (const [key, required] of own) parameters.set(key, required);
    if (parameters.size || op.has('parameters')) out.requestParameters = Object.fromEntries(parameters);
    const security = asList(op.has('security') ? op.get('security') : this.root.get('security'));
    if (security && security.length > 0) {
      const requirement = asMap(security[0]);
      for (const name of requirement?.keys() ?? []) {
        const kind = this.schemes.get(name);
        if (kind === 'sigv4') out.authorizationType = 'AWS_IAM';
        else if (kind === 'apiKey') out.apiKeyRequired = true;
        else this.unmapped.push(`${where}: security requirement ${name}.`);
      }
      if (security.length > 1)
        this.unmapped.push(`${where}: alternative security requirements after the first.`);
    }
    const responses = asMap(op.get('responses'));
    const methodResponses: MethodResponseDesign[] = [];
    for (const [status, value] of responses ?? []) {
      const response = this.resolveRef(value, this.swagger2 ? 'responses' : 'components/responses');
      if (!/^[1-5]\d\d$/.test(status)) {
        const description = asString(response?.get('description'));
        if (
          status !== 'default' ||
          description !== 'No method responses are declared.' ||
          response?.size !== 1
        ) {
          this.unmapped.push(
            `${where}: response ${status} (API Gateway method responses have status codes).`,
          );
        }
        continue;
      }
      methodResponses.push(this.methodResponse(status, response, where));
    }
    if (methodResponses.length) out.methodResponses = methodResponses;
    const validator = this.requestValidator(op, where);
    if (validator) out.requestValidatorOptions = validator;
    if (op.has('requestBody'))
      this.unmapped.push(`${where}: the request body schema (request models are not part of the design).`);
    return out;
  }

  private methodResponse(
    statusCode: string,
    response: ValueMap | undefined,
    where: string,
  ): MethodResponseDesign {
    const out: MethodResponseDesign = { statusCode };
    const headers = asMap(response?.get('headers'));
    if (headers) {
      out.responseParameters = {};
      for (const [name, header] of headers) {
        out.responseParameters[`method.response.header.${name}`] =
          asBoolean(asMap(header)?.get('required')) ?? false;
      }
    }
    const models: Record<string, 'Empty' | 'Error'> = {};
    const hasContent = this.swagger2 ? response?.has('schema') : response?.has('content');
    const content = this.swagger2
      ? new Map<string, Value>([['application/json', new Map([['schema', response?.get('schema') ?? null]])]])
      : asMap(response?.get('content'));
    for (const [contentType, media] of content ?? []) {
      const schema = asMap(asMap(media)?.get('schema'));
      if (!schema) continue;
      const ref = asString(schema.get('$ref'));
      const model = ref?.replace(/^#\/(components\/schemas|definitions)\//, '');
      if (model === 'Empty' || model === 'Error') models[contentType] = model;
      else {
        this.unmapped.push(
          `${where}: response ${statusCode} schema for ${contentType} ${describeValue(schema)} ` +
            '(only the built-in Empty and Error models are part of the design).',
        );
      }
    }
    if (Object.keys(models).length || hasContent) out.responseModels = models;
    return out;
  }
}

/**
 * A string in the document may hold `${…}` placeholders (our export) and is read as `Fn::Sub`
 * would read it; an `Fn::Sub` object (SAM's DefinitionBody) is read as it is.
 */
function subParts(value: Value | undefined): Part[] {
  return typeof value === 'string' && value.includes('${')
    ? flatten(new Map([['Fn::Sub', value]]))
    : flatten(value);
}
