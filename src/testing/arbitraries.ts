/**
 * Test-only: fast-check arbitraries of VALID designs — designs aws-cdk-lib synthesizes and API
 * Gateway would deploy: integration responses only for declared method responses, response
 * header mappings only to declared headers, request mappings only from declared method request
 * parameters, cache keys among them, credentialsRole and credentialsPassthrough never together,
 * STREAM only on proxy integrations, timeouts of 50 ms – 29 s in whole milliseconds, grantInvoke on
 * an imported function only from the stack's own account, sibling path variables that API Gateway
 * accepts, request validators (requestValidatorOptions) on some methods. Every option of the contract appears, unset as often as set, with explicit `false`,
 * `[]` and `{}` among the values and odd characters in the free-text strings.
 */
import fc from 'fast-check';
import type {
  ApiDesign,
  CreatedFunctionDesign,
  Design,
  Duration,
  FunctionDesign,
  HttpMethod,
  IntegrationDesign,
  IntegrationResponseDesign,
  MethodDesign,
  MethodOptionsDesign,
  MethodResponseDesign,
  RequestValidatorOptionsDesign,
  RoleDesign,
  StackEnv,
  VpcLinkDesign,
} from '../core/design/types';

/** Draws a value from an arbitrary inside `fc.gen()`. */
type Gen = <T>(arbitrary: fc.Arbitrary<T>) => T;

/** Characters that have broken code printers and template printers before. */
const ODD_CHARS = [
  ...'abcdefgXYZ019 -_.:',
  "'",
  '"',
  '`',
  '$',
  '{',
  '}',
  '${',
  '\\',
  '\n',
  '\t',
  '\r\n',
  '#',
  '%',
  'é',
  'ß',
  '中',
  '🎉',
  '\u2028',
  '—',
  '<',
  '&',
];

const oddText = (maxLength = 24): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...ODD_CHARS), maxLength });

const plainWord = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,9}$/);

/** A construct id: anything but `/`; mostly plain, sometimes odd. */
const constructIdText = fc.oneof(
  { weight: 3, arbitrary: plainWord },
  { weight: 1, arbitrary: oddText(16).filter((s) => s.length > 0 && !s.includes('/')) },
);

function maybe<T>(g: Gen, arbitrary: fc.Arbitrary<T>, setWeight = 1): T | undefined {
  return g(fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: setWeight, arbitrary }));
}

const threeState = fc.constantFrom<boolean | undefined>(undefined, true, false);

function pick<T>(g: Gen, values: readonly T[]): T {
  return g(fc.constantFrom(...values));
}

function subset<T>(g: Gen, values: readonly T[], maxLength = values.length): T[] {
  return g(fc.shuffledSubarray([...values], { maxLength }));
}

const ACCOUNTS = ['123456789012', '210987654321', '000000000000'];
const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const RUNTIMES = ['nodejs22.x', 'nodejs24.x', 'python3.11', 'python3.12', 'python3.13'];

/**
 * Resource paths that can coexist in one API (at most one variable per parent, `{proxy+}` a leaf),
 * with every kind of path part CDK accepts.
 */
const PATHS = [
  '/',
  '/pets',
  '/pets/{petId}',
  '/pets/{petId}/photos',
  '/items',
  '/items/{proxy+}',
  '/v1.2/health',
  '/a-b/x_y',
  '/{id}',
  '/{id}/sub:batch',
];
const VERBS: HttpMethod[] = ['ANY', 'OPTIONS', 'GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD'];
const STATUS_CODES = ['200', '201', '204', '302', '400', '404', '500'];
const RESPONSE_HEADERS = ['Location', 'X-Trace', 'Content-Type', 'Access-Control-Allow-Origin'];
const SELECTION_PATTERNS = ['.*\\[400\\].*', '^4\\d{2}.*', '(\\n|.)+', '.*NotFound.*', '^\\[Error\\] .*'];
const CONTENT_TYPES = [
  'application/json',
  'application/xml',
  'text/plain',
  'application/x-www-form-urlencoded',
];

function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1]);
}

function stackEnv(g: Gen): StackEnv | undefined {
  switch (pick(g, ['none', 'account', 'region', 'both'] as const)) {
    case 'none':
      return undefined;
    case 'account':
      return { account: pick(g, ACCOUNTS) };
    case 'region':
      return { region: pick(g, REGIONS) };
    case 'both':
      return { account: pick(g, ACCOUNTS), region: pick(g, REGIONS) };
  }
}

/** Whole seconds for a function timeout, in any unit. */
function functionTimeout(g: Gen): Duration {
  return g(
    fc.oneof(
      fc.integer({ min: 1, max: 900 }).map((seconds) => ({ seconds })),
      fc.integer({ min: 1, max: 15 }).map((minutes) => ({ minutes })),
      fc.constant({ minutes: 0.5 }),
      fc.integer({ min: 1, max: 900 }).map((s) => ({ millis: s * 1000 })),
    ),
  );
}

/** An integration timeout of 50 ms to 29 s, whole milliseconds, fractions in their own unit. */
function integrationTimeout(g: Gen): Duration {
  return g(
    fc.oneof(
      fc.integer({ min: 50, max: 29_000 }).map((millis) => ({ millis })),
      fc.integer({ min: 1, max: 29 }).map((seconds) => ({ seconds })),
      fc.constantFrom({ seconds: 0.125 }, { seconds: 2.5 }, { seconds: 10.75 }),
      fc.constantFrom({ minutes: 0.25 }, { minutes: 0.125 }),
    ),
  );
}

function createdFunction(g: Gen, id: string, index: number): CreatedFunctionDesign {
  const fn: CreatedFunctionDesign = {
    id,
    runtime: pick(g, RUNTIMES),
    handler: 'index.handler',
    code: { inline: g(oddText(60).filter((code) => code.length > 0)) },
  };
  const functionName = maybe(g, fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), 1);
  if (functionName !== undefined) fn.functionName = `${functionName}-${index}`;
  const memorySize = maybe(g, fc.integer({ min: 128, max: 10_240 }), 1);
  if (memorySize !== undefined) fn.memorySize = memorySize;
  if (g(fc.boolean())) fn.timeout = functionTimeout(g);
  return fn;
}

function functionArn(account: string, region: string, name: string): string {
  return `arn:aws:lambda:${region}:${account}:function:${name}`;
}

interface Context {
  env: StackEnv | undefined;
  functions: FunctionDesign[];
  roles: RoleDesign[];
}

/** Functions a created role may grantInvoke on: created ones, and imported ones in the stack's account. */
function grantable(context: Context): string[] {
  return context.functions
    .filter((fn) => !('importArn' in fn) || fn.importArn.split(':')[4] === context.env?.account)
    .map((fn) => fn.id);
}

function methodResponses(g: Gen): MethodResponseDesign[] {
  return subset(g, STATUS_CODES, 3).map((statusCode) => {
    const response: MethodResponseDesign = { statusCode };
    const headers = maybe(g, fc.shuffledSubarray(RESPONSE_HEADERS, { maxLength: 3 }), 2);
    if (headers) {
      response.responseParameters = Object.fromEntries(
        headers.map((h) => [`method.response.header.${h}`, g(fc.boolean())]),
      );
    }
    const models = maybe(g, fc.shuffledSubarray(CONTENT_TYPES.slice(0, 2), { maxLength: 2 }), 1);
    if (models) {
      response.responseModels = Object.fromEntries(
        models.map((type) => [type, pick(g, ['Empty', 'Error'] as const)]),
      );
    }
    return response;
  });
}

function mappingTemplate(g: Gen): string {
  return g(
    fc.oneof(
      fc.constantFrom(
        "$input.json('$')",
        '{ "id": "$input.params(\'id\')" }',
        '#set($body = $input.path(\'$\'))\n{\n  "name": "$util.escapeJavaScript($body.name)"\n}',
        '',
      ),
      oddText(40),
    ),
  );
}

function integrationResponses(g: Gen, declared: MethodResponseDesign[]): IntegrationResponseDesign[] {
  const patterns = [...SELECTION_PATTERNS];
  return subset(g, declared).map((methodResponse, i) => {
    const response: IntegrationResponseDesign = { statusCode: methodResponse.statusCode };
    // At most one default response (no selectionPattern, or ''): the first one may be it.
    if (i === 0) {
      const pattern = g(fc.constantFrom<string | undefined>(undefined, ''));
      if (pattern !== undefined) response.selectionPattern = pattern;
    } else {
      response.selectionPattern = patterns.splice(g(fc.nat(patterns.length - 1)), 1)[0];
    }
    const contentHandling = maybe(g, fc.constantFrom('CONVERT_TO_TEXT', 'CONVERT_TO_BINARY' as const), 1);
    if (contentHandling) response.contentHandling = contentHandling;
    const headers = Object.keys(methodResponse.responseParameters ?? {});
    const mapped = maybe(g, fc.shuffledSubarray(headers), 2);
    if (mapped) {
      response.responseParameters = Object.fromEntries(
        mapped.map((header) => [
          header,
          pick(g, [
            'integration.response.header.X-Source',
            'integration.response.body.location',
            "'static value'",
            `'${g(fc.stringMatching(/^[A-Za-z0-9 ${}"-]{0,12}$/))}'`,
          ]),
        ]),
      );
    }
    const templates = maybe(g, fc.shuffledSubarray(CONTENT_TYPES, { maxLength: 2 }), 1);
    if (templates)
      response.responseTemplates = Object.fromEntries(templates.map((t) => [t, mappingTemplate(g)]));
    return response;
  });
}

function integration(
  g: Gen,
  context: Context,
  requestParameters: string[],
  responses: MethodResponseDesign[] | undefined,
): IntegrationDesign | undefined {
  if (!g(fc.boolean())) return undefined;
  if (g(fc.nat(9)) === 0) return {}; // explicitly empty
  const result: IntegrationDesign = {};
  const proxy = g(threeState);
  if (proxy !== undefined) result.proxy = proxy;
  const isProxy = proxy !== false;
  const allowTestInvoke = g(threeState);
  if (allowTestInvoke !== undefined) result.allowTestInvoke = allowTestInvoke;
  const scopePermissionToMethod = g(threeState);
  if (scopePermissionToMethod !== undefined) result.scopePermissionToMethod = scopePermissionToMethod;

  const cacheKeys = maybe(g, fc.shuffledSubarray(requestParameters), 1);
  if (cacheKeys) result.cacheKeyParameters = cacheKeys;
  const cacheNamespace = maybe(g, oddText(12), 1);
  if (cacheNamespace !== undefined) result.cacheNamespace = cacheNamespace;
  if (g(fc.boolean()) && g(fc.boolean())) result.connectionType = 'INTERNET';

  // credentialsRole and credentialsPassthrough are mutually exclusive (CDK throws, even for false).
  switch (pick(g, ['none', 'role', 'passthrough'] as const)) {
    case 'role':
      if (context.roles.length > 0)
        result.credentialsRole = pick(
          g,
          context.roles.map((r) => r.id),
        );
      break;
    case 'passthrough':
      result.credentialsPassthrough = g(fc.boolean());
      break;
    default:
      break;
  }

  const destinations = maybe(
    g,
    fc.shuffledSubarray(
      [
        'integration.request.header.X-Id',
        'integration.request.querystring.q',
        'integration.request.header.X-Static',
      ],
      { minLength: 0 },
    ),
    1,
  );
  if (destinations) {
    const sources = [...requestParameters, "'static'", 'context.requestId', 'stageVariables.env'];
    result.requestParameters = Object.fromEntries(destinations.map((d) => [d, pick(g, sources)]));
  }

  if (!isProxy) {
    const templates = maybe(g, fc.shuffledSubarray(CONTENT_TYPES, { maxLength: 3 }), 2);
    if (templates)
      result.requestTemplates = Object.fromEntries(templates.map((t) => [t, mappingTemplate(g)]));
    const behaviors = [
      'WHEN_NO_MATCH',
      'WHEN_NO_TEMPLATES',
      ...(templates?.length ? ['NEVER'] : []),
    ] as const;
    const passthroughBehavior = maybe(g, fc.constantFrom(...behaviors), 1);
    if (passthroughBehavior)
      result.passthroughBehavior = passthroughBehavior as IntegrationDesign['passthroughBehavior'];
    const contentHandling = maybe(g, fc.constantFrom('CONVERT_TO_TEXT', 'CONVERT_TO_BINARY' as const), 1);
    if (contentHandling) result.contentHandling = contentHandling;
    if (responses !== undefined && g(fc.nat(3)) > 0) {
      result.integrationResponses = integrationResponses(g, responses);
    }
  }

  const transfer = maybe(g, fc.constantFrom(...(isProxy ? ['BUFFERED', 'STREAM'] : ['BUFFERED'])), 1);
  if (transfer) result.responseTransferMode = transfer as IntegrationDesign['responseTransferMode'];
  if (g(fc.boolean())) result.timeout = integrationTimeout(g);
  return result;
}

function method(g: Gen, context: Context, path: string, httpMethod: HttpMethod): MethodDesign {
  const fn = pick(
    g,
    context.functions.map((f) => f.id),
  );
  const result: MethodDesign = { path, httpMethod, function: fn };
  const options: MethodOptionsDesign = {};
  const authorizationType = maybe(g, fc.constantFrom('NONE', 'AWS_IAM' as const), 1);
  if (authorizationType) options.authorizationType = authorizationType;
  const apiKeyRequired = g(threeState);
  if (apiKeyRequired !== undefined) options.apiKeyRequired = apiKeyRequired;
  const operationName = maybe(g, oddText(16), 1);
  if (operationName !== undefined) options.operationName = operationName;

  // Path parameters are declared (required) whenever the path has them, plus optional extras.
  const pathParams = pathParameters(path).map((name) => `method.request.path.${name}`);
  const extras = subset(g, ['method.request.querystring.q', 'method.request.header.X-Client'], 2);
  const declared = [...pathParams, ...extras];
  if (declared.length > 0 || g(fc.nat(3)) === 0) {
    options.requestParameters = Object.fromEntries(
      declared.map((p) => [p, pathParams.includes(p) ? true : g(fc.boolean())]),
    );
  }
  const responses = g(fc.nat(3)) > 0 ? methodResponses(g) : undefined;
  if (responses) options.methodResponses = responses;
  const integrationDesign = integration(g, context, Object.keys(options.requestParameters ?? {}), responses);
  if (integrationDesign) result.integration = integrationDesign;
  if (g(fc.nat(2)) === 0) options.requestValidatorOptions = requestValidatorOptions(g);
  if (Object.keys(options).length > 0 || g(fc.boolean())) result.options = options;
  return result;
}

/** Any name (empty and odd ones included), each flag unset, true or false. */
function requestValidatorOptions(g: Gen): RequestValidatorOptionsDesign {
  const result: RequestValidatorOptionsDesign = {};
  const name = maybe(g, fc.oneof(oddText(20), fc.constantFrom('params-only', 'all')), 1);
  if (name !== undefined) result.requestValidatorName = name;
  const validateRequestBody = g(threeState);
  if (validateRequestBody !== undefined) result.validateRequestBody = validateRequestBody;
  const validateRequestParameters = g(threeState);
  if (validateRequestParameters !== undefined) result.validateRequestParameters = validateRequestParameters;
  return result;
}

function api(g: Gen, id: string): ApiDesign {
  const result: ApiDesign = { id };
  const restApiName = maybe(
    g,
    oddText(20).filter((s) => s.length > 0),
    1,
  );
  if (restApiName !== undefined) result.restApiName = restApiName;
  const description = maybe(g, oddText(40), 1);
  if (description !== undefined) result.description = description;
  const stageName = maybe(g, fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), 1);
  if (stageName !== undefined) result.stageName = stageName;
  const endpointType = maybe(g, fc.constantFrom('REGIONAL', 'EDGE' as const), 1);
  if (endpointType) result.endpointTypes = [endpointType];
  const binary = maybe(
    g,
    fc.shuffledSubarray(['image/png', '*/*', 'application/octet-stream', 'image/*']),
    1,
  );
  if (binary) result.binaryMediaTypes = binary;
  const cloudWatchRole = g(threeState);
  if (cloudWatchRole !== undefined) result.cloudWatchRole = cloudWatchRole;
  return result;
}

/** Valid designs with broad option coverage (see the module comment). */
export function validDesign(): fc.Arbitrary<Design> {
  return fc.gen().map((raw) => {
    const g: Gen = (arbitrary) => raw(() => arbitrary);
    const env = stackEnv(g);
    // Construct ids are unique across the stack's children (functions, roles, links, the API).
    const ids = g(fc.uniqueArray(constructIdText, { minLength: 8, maxLength: 8 }));
    const functionCount = g(fc.integer({ min: 1, max: 3 }));
    const functions: FunctionDesign[] = [];
    for (let i = 0; i < functionCount; i++) {
      const id = ids[i];
      if (i > 0 && g(fc.integer({ min: 0, max: 3 })) === 0) {
        const account = g(fc.constantFrom(...ACCOUNTS, ...(env?.account ? [env.account, env.account] : [])));
        functions.push({ id, importArn: functionArn(account, env?.region ?? pick(g, REGIONS), `fn-${i}`) });
      } else {
        functions.push(createdFunction(g, id, i));
      }
    }
    const context: Context = { env, functions, roles: [] };
    const roleCount = g(fc.integer({ min: 0, max: 2 }));
    for (let i = 0; i < roleCount; i++) {
      const id = ids[3 + i];
      if (g(fc.boolean())) {
        context.roles.push({ id, importArn: `arn:aws:iam::${pick(g, ACCOUNTS)}:role/invoke-${i}` });
      } else {
        const grants = maybe(g, fc.shuffledSubarray(grantable(context)), 3);
        context.roles.push({
          id,
          assumedBy: 'apigateway.amazonaws.com',
          ...(grants ? { grantInvoke: grants } : {}),
        });
      }
    }
    const vpcLinks: VpcLinkDesign[] = g(fc.boolean()) ? [] : [{ id: ids[5], importId: 'abc123' }];

    const methodCount = g(fc.integer({ min: 1, max: 5 }));
    const seen = new Set<string>();
    const methods: MethodDesign[] = [];
    for (let i = 0; i < methodCount; i++) {
      const path = pick(g, PATHS);
      const httpMethod = pick(g, VERBS);
      if (seen.has(`${httpMethod} ${path}`)) continue;
      seen.add(`${httpMethod} ${path}`);
      methods.push(method(g, context, path, httpMethod));
    }

    const design: Design = {
      version: 1,
      stack: { id: `${g(plainWord)}-Stack`, ...(env ? { env } : {}) },
      api: api(g, ids[6]),
      functions,
      methods,
    };
    if (context.roles.length > 0 || g(fc.boolean())) design.roles = context.roles;
    if (vpcLinks.length > 0) design.vpcLinks = vpcLinks;
    return design;
  });
}
