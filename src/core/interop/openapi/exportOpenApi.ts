/**
 * Design → OpenAPI 3.0 with API Gateway's extensions (`x-amazon-apigateway-integration`,
 * `x-amazon-apigateway-any-method`, `x-amazon-apigateway-binary-media-types`, the `awsSigv4`
 * auth type), as described in the API Gateway developer guide ("Working with API Gateway
 * extensions to OpenAPI").
 */
import type {
  Design,
  IntegrationDesign,
  MethodDesign,
  MethodOptionsDesign,
  MethodResponseDesign,
} from '../../design/types';
import {
  CALLER_CREDENTIALS,
  durationToMillis,
  findFunction,
  findRole,
  isImportedFunction,
  isImportedRole,
  LAMBDA_INVOKE_PATH,
  LAMBDA_INVOKE_SUFFIX,
  LAMBDA_STREAM_PATH,
  LAMBDA_STREAM_SUFFIX,
  operationKey,
  uniqueNames,
} from '../names';
import { entries, fromRecord } from '../print';
import type { Value, ValueMap } from '../source';

export const OPENAPI_VERSION = '3.0.1';

/** Our own root extension: what the `${…}` placeholders in the document stand for. */
export const STUDIO_EXTENSION = 'x-integration-studio';

/** Marks a path parameter that OpenAPI requires but the method request does not declare. */
export const UNDECLARED_PARAMETER = 'x-integration-studio-undeclared';

/**
 * Our own root extension for request validators whose key in `x-amazon-apigateway-request-validators`
 * is not their requestValidatorName (a validator without a name, or a name two different validators
 * share): key → the name, or null for none.
 */
export const REQUEST_VALIDATOR_NAMES = 'x-integration-studio-request-validator-names';

/**
 * How ARNs of what the design creates are written:
 * - `placeholders`: `${HandlerArn}`-style variables, listed in the `x-integration-studio` extension,
 *   ready for `Fn::Sub` (the region is `${AWS::Region}` unless the stack's env sets it);
 * - `sam`: `Fn::Sub` objects over the SAM template's logical IDs (`${Handler.Arn}`).
 */
export type ArnStyle =
  | { kind: 'placeholders' }
  | { kind: 'sam'; functionLogicalIds: Map<string, string>; roleLogicalIds: Map<string, string> };

export interface OpenApiExport {
  document: ValueMap;
  /** What the document could not say, in words (e.g. two integration responses with one pattern). */
  notes: string[];
}

/** Design parts that OpenAPI with API Gateway's extensions has no place for (shown to users). */
export const OPENAPI_NOT_CARRIED: readonly string[] = [
  'construct ids (stack, API, functions, roles, VPC links) and the stack env account',
  "functions' runtime, handler, code, name, memory size and timeout (only their ARNs appear)",
  "roles' grantInvoke lists (only role ARNs appear, as integration credentials)",
  'allowTestInvoke and scopePermissionToMethod (Lambda permissions are not part of OpenAPI)',
  'endpointTypes and cloudWatchRole',
  'an integration response with selectionPattern "" versus none (both are the "default" response)',
  'credentialsPassthrough: false, connectionType alongside a VPC link, and other explicit defaults',
  'a path parameter declared as not required (OpenAPI path parameters are always required)',
  'an explicit empty methodResponses list',
  'samples',
];

const BUILT_IN_MODELS: Record<string, ValueMap> = {
  // API Gateway's predefined models (developer guide, "Data models for REST APIs").
  Empty: entries([
    ['title', 'Empty Schema'],
    ['type', 'object'],
  ]),
  Error: entries([
    ['title', 'Error Schema'],
    ['type', 'object'],
    ['properties', entries([['message', entries([['type', 'string']])]])],
  ]),
};

const SECURITY_SCHEMES: Record<string, ValueMap> = {
  sigv4: entries([
    ['type', 'apiKey'],
    ['name', 'Authorization'],
    ['in', 'header'],
    ['x-amazon-apigateway-authtype', 'awsSigv4'],
  ]),
  api_key: entries([
    ['type', 'apiKey'],
    ['name', 'x-api-key'],
    ['in', 'header'],
  ]),
};

const PARAMETER_LOCATIONS: Record<string, { in: string; multiValue: boolean }> = {
  path: { in: 'path', multiValue: false },
  querystring: { in: 'query', multiValue: false },
  header: { in: 'header', multiValue: false },
  multivaluequerystring: { in: 'query', multiValue: true },
  multivalueheader: { in: 'header', multiValue: true },
};

interface Context {
  design: Design;
  style: ArnStyle;
  region: string;
  placeholders: Map<string, ValueMap>;
  functionPlaceholders: Map<string, string>;
  rolePlaceholders: Map<string, string>;
  usedModels: Set<string>;
  usedSchemes: Set<string>;
  /** `x-amazon-apigateway-request-validators`: key → definition, with the design's name of each. */
  validators: Map<string, { name: string | undefined; definition: ValueMap }>;
  notes: string[];
}

export function designToOpenApi(design: Design, style: ArnStyle = { kind: 'placeholders' }): OpenApiExport {
  const createdFunctions = design.functions.filter((fn) => !isImportedFunction(fn)).map((fn) => fn.id);
  const createdRoles = (design.roles ?? []).filter((role) => !isImportedRole(role)).map((role) => role.id);
  const taken = new Set<string>();
  const context: Context = {
    design,
    style,
    region: style.kind === 'placeholders' ? (design.stack.env?.region ?? '${AWS::Region}') : '${AWS::Region}',
    placeholders: new Map(),
    functionPlaceholders: uniqueNames(createdFunctions, 'Arn', taken),
    rolePlaceholders: uniqueNames(createdRoles, 'Arn', taken),
    usedModels: new Set(),
    usedSchemes: new Set(),
    validators: new Map(),
    notes: [],
  };

  const paths: ValueMap = new Map();
  for (const method of design.methods) {
    let pathItem = paths.get(method.path) as ValueMap | undefined;
    if (!pathItem) {
      pathItem = new Map();
      paths.set(method.path, pathItem);
    }
    const key = operationKey(method.httpMethod);
    if (pathItem.has(key)) {
      context.notes.push(`${method.httpMethod} ${method.path} appears twice; only the first is exported.`);
      continue;
    }
    pathItem.set(key, operation(method, context));
  }
  for (const [path, item] of paths) addUndeclaredPathParameters(path, item as ValueMap);

  const components = entries([
    ['schemas', context.usedModels.size ? pick(BUILT_IN_MODELS, context.usedModels) : undefined],
    ['securitySchemes', context.usedSchemes.size ? pick(SECURITY_SCHEMES, context.usedSchemes) : undefined],
  ]);
  const document = entries([
    ['openapi', OPENAPI_VERSION],
    [
      'info',
      entries([
        ['title', design.api.restApiName ?? design.api.id],
        ['description', design.api.description],
        ['version', '1.0'],
      ]),
    ],
    [
      'servers',
      [
        entries([
          ['url', '/{basePath}'],
          ['variables', entries([['basePath', entries([['default', design.api.stageName ?? 'prod']])]])],
        ]),
      ],
    ],
    ['paths', paths],
    ['components', components.size ? components : undefined],
    ['x-amazon-apigateway-binary-media-types', design.api.binaryMediaTypes],
    ['x-amazon-apigateway-request-validators', requestValidators(context)],
    [REQUEST_VALIDATOR_NAMES, requestValidatorNames(context)],
    [STUDIO_EXTENSION, style.kind === 'placeholders' ? studioExtension(context) : undefined],
  ]);
  // What the document could not say is said in it (and returned).
  const extension = document.get(STUDIO_EXTENSION) as ValueMap | undefined;
  if (extension && context.notes.length) extension.set('notes', [...context.notes]);
  return { document, notes: context.notes };
}

function pick(source: Record<string, ValueMap>, names: Set<string>): ValueMap {
  return new Map(
    Object.keys(source).flatMap((name) => (names.has(name) ? [[name, source[name]] as const] : [])),
  );
}

function studioExtension(context: Context): ValueMap {
  const placeholders = context.placeholders;
  const description =
    placeholders.size === 0
      ? 'Every ARN in this document is real: the integrations call imported functions only.'
      : 'Strings with ${…} hold placeholders for ARNs of what the design creates (listed below) and ' +
        'CloudFormation pseudo parameters: resolve them, e.g. with Fn::Sub, before importing this ' +
        'document into API Gateway. Imported functions and roles appear with their real ARNs.';
  return entries([
    ['description', description],
    ['placeholders', placeholders],
  ]);
}

function operation(method: MethodDesign, context: Context): ValueMap {
  const options = method.options ?? {};
  return entries([
    ['operationId', options.operationName],
    ['parameters', parameters(method, context)],
    ['responses', responses(options.methodResponses, context)],
    ['security', security(options, context)],
    ['x-amazon-apigateway-request-validator', requestValidator(options, context)],
    ['x-amazon-apigateway-integration', integration(method, context)],
  ]);
}

/**
 * The key of the method's validator in `x-amazon-apigateway-request-validators` (API Gateway
 * developer guide, "x-amazon-apigateway-request-validators object"): its requestValidatorName when
 * free; methods whose validators have the same name and flags share one entry.
 */
function requestValidator(options: MethodOptionsDesign, context: Context): string | undefined {
  const validator = options.requestValidatorOptions;
  if (!validator) return undefined;
  const definition = entries([
    ['validateRequestBody', validator.validateRequestBody],
    ['validateRequestParameters', validator.validateRequestParameters],
  ]);
  const name = validator.requestValidatorName;
  for (const [key, existing] of context.validators) {
    if (existing.name === name && sameEntries(existing.definition, definition)) return key;
  }
  const base = name ?? 'validator';
  let key = base;
  for (let n = 2; context.validators.has(key); n += 1) key = `${base}-${n}`;
  context.validators.set(key, { name, definition });
  return key;
}

function sameEntries(a: ValueMap, b: ValueMap): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);
}

function requestValidators(context: Context): ValueMap | undefined {
  if (context.validators.size === 0) return undefined;
  return new Map([...context.validators].map(([key, { definition }]) => [key, definition]));
}

function requestValidatorNames(context: Context): ValueMap | undefined {
  const renamed = [...context.validators].filter(([key, { name }]) => key !== name);
  if (renamed.length === 0) return undefined;
  return new Map(renamed.map(([key, { name }]) => [key, name ?? null]));
}

function parameters(method: MethodDesign, context: Context): Value[] | undefined {
  const declared = method.options?.requestParameters;
  if (!declared) return undefined;
  const list: Value[] = [];
  for (const [key, required] of Object.entries(declared)) {
    const match = /^method\.request\.([a-z]+)\.(.+)$/.exec(key);
    const location = match ? PARAMETER_LOCATIONS[match[1]] : undefined;
    if (!match || !location) {
      context.notes.push(
        `${method.httpMethod} ${method.path}: request parameter ${key} has no OpenAPI form.`,
      );
      continue;
    }
    const name = match[2];
    if (list.some((p) => (p as ValueMap).get('name') === name && (p as ValueMap).get('in') === location.in)) {
      context.notes.push(
        `${method.httpMethod} ${method.path}: ${key} repeats the ${location.in} parameter ${name}; left out.`,
      );
      continue;
    }
    list.push(
      entries([
        ['name', name],
        ['in', location.in],
        // OpenAPI: a path parameter's `required` MUST be true.
        ['required', location.in === 'path' ? true : required],
        ['schema', location.multiValue ? arrayOfStrings() : entries([['type', 'string']])],
      ]),
    );
  }
  return list;
}

function arrayOfStrings(): ValueMap {
  return entries([
    ['type', 'array'],
    ['items', entries([['type', 'string']])],
  ]);
}

/** OpenAPI requires every `{name}` in a path to be described; those the methods do not declare are marked. */
function addUndeclaredPathParameters(path: string, item: ValueMap): void {
  const names = [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]);
  const undeclared = names.filter((name) =>
    [...item.values()].some(
      (op) =>
        !((op as ValueMap).get('parameters') as ValueMap[] | undefined)?.some(
          (p) => p.get('in') === 'path' && p.get('name') === name,
        ),
    ),
  );
  if (undeclared.length === 0) return;
  const list = undeclared.map((name) =>
    entries([
      ['name', name],
      ['in', 'path'],
      ['required', true],
      ['schema', entries([['type', 'string']])],
      [UNDECLARED_PARAMETER, true],
    ]),
  );
  // Path-level parameters come first in a path item, as in the specification's examples.
  const operations = [...item];
  item.clear();
  item.set('parameters', list);
  for (const [key, value] of operations) item.set(key, value);
}

function responses(methodResponses: MethodResponseDesign[] | undefined, context: Context): ValueMap {
  const map: ValueMap = new Map();
  for (const response of methodResponses ?? []) {
    if (map.has(response.statusCode)) {
      context.notes.push(`Method response ${response.statusCode} appears twice; only the first is exported.`);
      continue;
    }
    map.set(response.statusCode, methodResponse(response, context));
  }
  if (map.size === 0) {
    // OpenAPI needs at least one response; API Gateway has no "default" method response.
    map.set('default', entries([['description', 'No method responses are declared.']]));
  }
  return map;
}

function methodResponse(response: MethodResponseDesign, context: Context): ValueMap {
  const headers: ValueMap = new Map();
  for (const [key, required] of Object.entries(response.responseParameters ?? {})) {
    const match = /^method\.response\.header\.(.+)$/.exec(key);
    if (!match) {
      context.notes.push(`Method response ${response.statusCode}: ${key} is not a header; left out.`);
      continue;
    }
    headers.set(
      match[1],
      entries([
        ['required', required ? true : undefined],
        ['schema', entries([['type', 'string']])],
      ]),
    );
  }
  const content: ValueMap = new Map();
  for (const [contentType, model] of Object.entries(response.responseModels ?? {})) {
    context.usedModels.add(model);
    content.set(contentType, entries([['schema', entries([['$ref', `#/components/schemas/${model}`]])]]));
  }
  return entries([
    ['description', `${response.statusCode} response`],
    // An explicit empty map is kept: the design (and CDK) tell `{}` from nothing.
    ['headers', response.responseParameters ? headers : undefined],
    ['content', response.responseModels ? content : undefined],
  ]);
}

function security(options: MethodOptionsDesign, context: Context): Value[] | undefined {
  const requirement: ValueMap = new Map();
  if (options.authorizationType === 'AWS_IAM') requirement.set('sigv4', []);
  if (options.apiKeyRequired) requirement.set('api_key', []);
  for (const name of requirement.keys()) context.usedSchemes.add(name);
  return requirement.size ? [requirement] : undefined;
}

function integration(method: MethodDesign, context: Context): ValueMap {
  const options: IntegrationDesign = method.integration ?? {};
  const vpcLink = options.vpcLink
    ? (context.design.vpcLinks ?? []).find((link) => link.id === options.vpcLink)
    : undefined;
  return entries([
    ['type', options.proxy === false ? 'aws' : 'aws_proxy'],
    ['httpMethod', 'POST'],
    ['uri', lambdaUri(method.function, options.responseTransferMode === 'STREAM', context)],
    ['credentials', credentials(options, context)],
    ['connectionType', vpcLink ? 'VPC_LINK' : options.connectionType],
    ['connectionId', vpcLink?.importId],
    ['requestParameters', fromRecord(options.requestParameters)],
    ['requestTemplates', fromRecord(options.requestTemplates)],
    // API Gateway's extension documents these values in lower case.
    ['passthroughBehavior', options.passthroughBehavior?.toLowerCase()],
    ['contentHandling', options.contentHandling],
    ['timeoutInMillis', options.timeout ? durationToMillis(options.timeout) : undefined],
    ['cacheNamespace', options.cacheNamespace],
    ['cacheKeyParameters', options.cacheKeyParameters],
    ['responseTransferMode', options.responseTransferMode],
    ['responses', integrationResponses(method, context)],
  ]);
}

function integrationResponses(method: MethodDesign, context: Context): ValueMap | undefined {
  const list = method.integration?.integrationResponses;
  if (!list) return undefined;
  const map: ValueMap = new Map();
  for (const response of list) {
    // The key is the selection pattern; "default" is the response chosen when none matches.
    const key = response.selectionPattern ? response.selectionPattern : 'default';
    if (map.has(key)) {
      context.notes.push(
        `${method.httpMethod} ${method.path}: two integration responses share the selection pattern ` +
          `${JSON.stringify(key)}; only the first is exported.`,
      );
      continue;
    }
    map.set(
      key,
      entries([
        ['statusCode', response.statusCode],
        ['responseParameters', fromRecord(response.responseParameters)],
        ['responseTemplates', fromRecord(response.responseTemplates)],
        ['contentHandling', response.contentHandling],
      ]),
    );
  }
  return map;
}

function lambdaUri(functionId: string, stream: boolean, context: Context): Value {
  const fn = findFunction(context.design, functionId);
  const path = stream ? LAMBDA_STREAM_PATH : LAMBDA_INVOKE_PATH;
  const suffix = stream ? LAMBDA_STREAM_SUFFIX : LAMBDA_INVOKE_SUFFIX;
  if (context.style.kind === 'sam') {
    const arn =
      fn && isImportedFunction(fn)
        ? fn.importArn
        : `\${${context.style.functionLogicalIds.get(functionId) ?? functionId}.Arn}`;
    return entries([
      ['Fn::Sub', `arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/${path}${arn}${suffix}`],
    ]);
  }
  let arn: string;
  if (fn && isImportedFunction(fn)) {
    arn = fn.importArn;
  } else {
    const name = context.functionPlaceholders.get(functionId) ?? `${functionId}Arn`;
    context.placeholders.set(name, entries([['function', functionId]]));
    arn = `\${${name}}`;
  }
  if (context.region === '${AWS::Region}') {
    context.placeholders.set('AWS::Region', entries([['pseudoParameter', "the API's region"]]));
  }
  return `arn:aws:apigateway:${context.region}:lambda:path/${path}${arn}${suffix}`;
}

function credentials(options: IntegrationDesign, context: Context): Value | undefined {
  if (options.credentialsRole !== undefined) {
    const role = findRole(context.design, options.credentialsRole);
    if (role && isImportedRole(role)) return role.importArn;
    if (context.style.kind === 'sam') {
      const logicalId = context.style.roleLogicalIds.get(options.credentialsRole) ?? options.credentialsRole;
      return entries([['Fn::GetAtt', [logicalId, 'Arn']]]);
    }
    const name = context.rolePlaceholders.get(options.credentialsRole) ?? `${options.credentialsRole}Arn`;
    context.placeholders.set(name, entries([['role', options.credentialsRole]]));
    return `\${${name}}`;
  }
  if (options.credentialsPassthrough) {
    return context.style.kind === 'sam'
      ? entries([['Fn::Sub', 'arn:${AWS::Partition}:iam::*:user/*']])
      : CALLER_CREDENTIALS;
  }
  return undefined;
}
