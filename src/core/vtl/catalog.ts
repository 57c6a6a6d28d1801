/**
 * What a mapping template can use: the API Gateway variables ($context, $input, $util, $stageVariables),
 * the Java methods on the values they hold, and the Velocity directives. The editor builds completion and
 * hover on it; the engine uses it to warn about unknown `$context` keys and AppSync-only helpers.
 *
 * Source: API Gateway Developer Guide, "Variables for data transformations for API Gateway"
 * (api-gateway-mapping-template-reference); doc strings are our own words.
 */

/** One member of a variable: a property (`$context.stage`), a method (`$input.json(path)`) or a nested object. */
export interface VtlMember {
  /** The segment as written after the dot: `stage`, `json`, `identity`. */
  name: string;
  kind: 'property' | 'method' | 'object';
  /** Java-style type of the value (or of the method's result): `String`, `Map`, `Object`, `Integer`, `Boolean`. */
  type: string;
  /** How it is written, e.g. `$context.identity.sourceIp` or `$input.json(String path): String`. */
  signature: string;
  /** One or two sentences in our own words. */
  doc: string;
  /** Method parameters, in order. */
  params?: Array<{ name: string; type: string }>;
  /** Children of an object, e.g. the keys of `$context.identity`. */
  members?: VtlMember[];
  /** True when the object also holds keys we cannot list (authorizer context, claims, override headers). */
  openEnded?: boolean;
  /** Only present in some requests (an authorizer, a client certificate, a canary deployment…). */
  optional?: boolean;
}

/** A top-level variable: `$context`, `$input`, `$util`, `$stageVariables`. */
export interface VtlRoot extends VtlMember {
  kind: 'object';
}

function prop(name: string, path: string, type: string, doc: string, optional = false): VtlMember {
  return {
    name,
    kind: 'property',
    type,
    signature: `$${path}.${name}`,
    doc,
    ...(optional ? { optional } : {}),
  };
}

function obj(
  name: string,
  path: string,
  doc: string,
  members: (childPath: string) => VtlMember[],
  extra: Partial<VtlMember> = {},
): VtlMember {
  const own = `${path}.${name}`;
  return { name, kind: 'object', type: 'Map', signature: `$${own}`, doc, members: members(own), ...extra };
}

function method(
  name: string,
  path: string,
  params: Array<{ name: string; type: string }>,
  type: string,
  doc: string,
): VtlMember {
  const args = params.map((p) => `${p.type} ${p.name}`).join(', ');
  return { name, kind: 'method', type, signature: `$${path}.${name}(${args}): ${type}`, doc, params };
}

const identityMembers = (p: string): VtlMember[] => [
  prop('accountId', p, 'String', 'AWS account ID of the caller, for IAM-authorized requests.', true),
  prop('apiKey', p, 'String', 'The API key sent with a request to a method that requires one.', true),
  prop('apiKeyId', p, 'String', 'ID of the API key sent with a request to a method that requires one.', true),
  prop('accessKey', p, 'String', 'AWS access key of the caller, for IAM-authorized requests.', true),
  prop('caller', p, 'String', 'Principal identifier of the IAM caller that signed the request.', true),
  obj(
    'clientCert',
    p,
    'The client certificate of a mutual-TLS request (custom domain with mTLS only).',
    (c) => [
      prop(
        'clientCertPem',
        c,
        'String',
        'The PEM-encoded client certificate presented during mutual TLS.',
        true,
      ),
      prop('subjectDN', c, 'String', 'Distinguished name of the subject of the client certificate.', true),
      prop('issuerDN', c, 'String', 'Distinguished name of the issuer of the client certificate.', true),
      prop('serialNumber', c, 'String', 'Serial number of the client certificate.', true),
      obj('validity', c, 'Validity period of the client certificate.', (v) => [
        prop('notBefore', v, 'String', 'Start of the certificate validity period.', true),
        prop('notAfter', v, 'String', 'End of the certificate validity period.', true),
      ]),
    ],
    { optional: true },
  ),
  prop(
    'cognitoAuthenticationProvider',
    p,
    'String',
    'Comma-separated Amazon Cognito authentication providers of the caller (Cognito identity pools).',
    true,
  ),
  prop(
    'cognitoAuthenticationType',
    p,
    'String',
    'Whether the Cognito caller is `authenticated` or `unauthenticated`.',
    true,
  ),
  prop('cognitoIdentityId', p, 'String', 'Amazon Cognito identity ID of the caller.', true),
  prop('cognitoIdentityPoolId', p, 'String', 'Amazon Cognito identity pool ID of the caller.', true),
  prop('principalOrgId', p, 'String', 'AWS Organizations ID of the IAM caller.', true),
  prop(
    'sourceIp',
    p,
    'String',
    'IP address of the immediate TCP connection to API Gateway (the client, or the last proxy).',
  ),
  prop('user', p, 'String', 'Principal identifier of the user authorized for resource access (IAM).', true),
  prop('userAgent', p, 'String', 'The User-Agent header sent by the caller.'),
  prop('userArn', p, 'String', 'ARN of the effective user after authentication (IAM).', true),
  prop('vpcId', p, 'String', 'ID of the VPC the request came from (private APIs).', true),
  prop('vpceId', p, 'String', 'ID of the VPC endpoint the request came through (private APIs).', true),
];

const CONTEXT_PATH = 'context';

/** `$context`: information about the request, the API and the caller. */
export const CONTEXT_ROOT: VtlRoot = {
  name: 'context',
  kind: 'object',
  type: 'Map',
  signature: '$context',
  doc: 'Information about this request, the API, the stage and the caller.',
  members: [
    prop('accountId', CONTEXT_PATH, 'String', 'AWS account ID of the API owner.'),
    prop('apiId', CONTEXT_PATH, 'String', 'The identifier API Gateway gave this API.'),
    obj(
      'authorizer',
      CONTEXT_PATH,
      'What the authorizer returned. With a Lambda authorizer, every key of its `context` map is here as a string (numbers and booleans are stringified).',
      (a) => [
        obj(
          'claims',
          a,
          'Claims of the Amazon Cognito user pool token, one key per claim (`$context.authorizer.claims.sub`). `$context.authorizer.claims` on its own is null.',
          () => [],
          { openEnded: true, optional: true },
        ),
        prop(
          'principalId',
          a,
          'String',
          'The principal user ID returned by a Lambda authorizer with the policy.',
          true,
        ),
      ],
      { openEnded: true, optional: true },
    ),
    prop('awsEndpointRequestId', CONTEXT_PATH, 'String', 'Request ID of the AWS endpoint call.', true),
    prop('deploymentId', CONTEXT_PATH, 'String', 'ID of the deployment serving this request.'),
    prop('domainName', CONTEXT_PATH, 'String', 'Full domain name used to call the API (the Host header).'),
    prop('domainPrefix', CONTEXT_PATH, 'String', 'First label of `$context.domainName`.'),
    prop(
      'extendedRequestId',
      CONTEXT_PATH,
      'String',
      'An extended ID that API Gateway generates for the request (the x-amz-apigw-id header).',
    ),
    prop(
      'httpMethod',
      CONTEXT_PATH,
      'String',
      'The HTTP method: DELETE, GET, HEAD, OPTIONS, PATCH, POST or PUT.',
    ),
    obj(
      'identity',
      CONTEXT_PATH,
      'Who called: the source IP, the user agent, IAM and Cognito identities.',
      identityMembers,
    ),
    prop(
      'isCanaryRequest',
      CONTEXT_PATH,
      'Boolean',
      'true when the request went to the canary of a stage with canary deployment.',
      true,
    ),
    prop(
      'path',
      CONTEXT_PATH,
      'String',
      'The request path with the stage, e.g. `/prod/pets/7` (or the custom-domain path).',
    ),
    prop('protocol', CONTEXT_PATH, 'String', 'The request protocol, e.g. HTTP/1.1.'),
    obj(
      'requestOverride',
      CONTEXT_PATH,
      'Set these in a request template to override what is sent to the integration; applied after the whole template has rendered.',
      (r) => [
        obj(
          'header',
          r,
          '`#set($context.requestOverride.header.Name = "value")` overrides a request header sent to the integration.',
          () => [],
          { openEnded: true },
        ),
        obj(
          'path',
          r,
          '`#set($context.requestOverride.path.name = "value")` overrides a path parameter sent to the integration.',
          () => [],
          { openEnded: true },
        ),
        obj(
          'querystring',
          r,
          '`#set($context.requestOverride.querystring.name = "value")` overrides a query string parameter sent to the integration.',
          () => [],
          { openEnded: true },
        ),
      ],
    ),
    prop(
      'requestId',
      CONTEXT_PATH,
      'String',
      'The request ID API Gateway assigned (also in the x-amzn-RequestId header).',
    ),
    prop(
      'requestTime',
      CONTEXT_PATH,
      'String',
      'Request time in Common Log Format, e.g. `26/Nov/2026:12:00:00 +0000`.',
    ),
    prop('requestTimeEpoch', CONTEXT_PATH, 'Long', 'Request time in epoch milliseconds.'),
    prop('resourceId', CONTEXT_PATH, 'String', 'ID of the API resource that matched.'),
    prop('resourcePath', CONTEXT_PATH, 'String', 'Path of the resource that matched, e.g. `/pets/{petId}`.'),
    obj(
      'responseOverride',
      CONTEXT_PATH,
      'Set these in a response template to override the method response; applied after the whole template has rendered.',
      (r) => [
        obj(
          'header',
          r,
          '`#set($context.responseOverride.header.Name = "value")` overrides a header of the method response.',
          () => [],
          { openEnded: true },
        ),
        prop(
          'status',
          r,
          'Integer',
          '`#set($context.responseOverride.status = 400)` overrides the status code of the method response.',
        ),
      ],
    ),
    prop('stage', CONTEXT_PATH, 'String', 'The deployment stage that served the request, e.g. `prod`.'),
    prop(
      'wafResponseCode',
      CONTEXT_PATH,
      'String',
      'Response from AWS WAF: WAF_ALLOW or WAF_BLOCK (only when a web ACL is attached).',
      true,
    ),
    prop('webaclArn', CONTEXT_PATH, 'String', 'ARN of the web ACL that decided on the request.', true),
  ],
};

/** `$input`: the payload and the parameters of the request (or, in a response template, the integration's payload). */
export const INPUT_ROOT: VtlRoot = {
  name: 'input',
  kind: 'object',
  type: 'Object',
  signature: '$input',
  doc: 'The payload (the method request in a request template, the integration response in a response template) and the request parameters.',
  members: [
    {
      name: 'body',
      kind: 'property',
      type: 'String',
      signature: '$input.body',
      doc: 'The raw payload as text, unchanged. An empty payload reads as `{}`.',
    },
    method(
      'json',
      'input',
      [{ name: 'path', type: 'String' }],
      'String',
      'Evaluates a JSONPath expression (Jayway dialect, e.g. `$.pets[0]`) on the payload and returns the result as compact JSON text. No match gives `""`.',
    ),
    method(
      'path',
      'input',
      [{ name: 'path', type: 'String' }],
      'Object',
      'Evaluates a JSONPath expression on the payload and returns the result as a value: a map, a list, a string, a number, a boolean or null. Use it with `#foreach`, `.size()`, `.get()` and `[i]`.',
    ),
    method(
      'params',
      'input',
      [],
      'Map',
      'All request parameters: a map with `path`, `querystring` and `header`, each a map of name to value.',
    ),
    {
      ...method(
        'params',
        'input',
        [{ name: 'name', type: 'String' }],
        'String',
        'The value of one request parameter, searched in this order: path, query string, header. Missing gives an empty string.',
      ),
    },
  ],
};

/** `$util`: helper functions of API Gateway mapping templates. */
export const UTIL_ROOT: VtlRoot = {
  name: 'util',
  kind: 'object',
  type: 'Object',
  signature: '$util',
  doc: 'Helper functions for mapping templates.',
  members: [
    method(
      'escapeJavaScript',
      'util',
      [{ name: 'text', type: 'String' }],
      'String',
      'Escapes text with JavaScript string rules: `"` `\\` `/` and control characters, non-ASCII as \\uXXXX, and `\'` as `\\\'` — which is not valid JSON; add `.replaceAll("\\\\\'","\'")` when the result goes into a JSON string.',
    ),
    method(
      'parseJson',
      'util',
      [{ name: 'json', type: 'String' }],
      'Object',
      'Parses JSON text into a value (map, list, string, number, boolean) you can navigate like `$input.path(...)`.',
    ),
    method(
      'urlEncode',
      'util',
      [{ name: 'text', type: 'String' }],
      'String',
      'Encodes text as application/x-www-form-urlencoded (UTF-8; a space becomes `+`).',
    ),
    method(
      'urlDecode',
      'util',
      [{ name: 'text', type: 'String' }],
      'String',
      'Decodes application/x-www-form-urlencoded text (`+` becomes a space).',
    ),
    method(
      'base64Encode',
      'util',
      [{ name: 'text', type: 'String' }],
      'String',
      'Encodes the UTF-8 bytes of the text as padded Base64.',
    ),
    method(
      'base64Decode',
      'util',
      [{ name: 'base64', type: 'String' }],
      'String',
      'Decodes padded Base64 into text (UTF-8).',
    ),
  ],
};

/** `$stageVariables`: the stage's variables, by name. */
export const STAGE_VARIABLES_ROOT: VtlRoot = {
  name: 'stageVariables',
  kind: 'object',
  type: 'Map',
  signature: '$stageVariables',
  doc: 'The variables of the deployment stage, by name (`$stageVariables.name`). A missing one renders empty.',
  members: [],
  openEnded: true,
};

export const VTL_ROOTS: readonly VtlRoot[] = [CONTEXT_ROOT, INPUT_ROOT, UTIL_ROOT, STAGE_VARIABLES_ROOT];

/** Helpers of AppSync's `$util` (and `$utils`) that API Gateway does not have: calling one renders nothing. */
export const APPSYNC_ONLY_UTIL: ReadonlyArray<{ name: string; instead: string }> = [
  { name: 'toJson', instead: "use `$input.json('$.x')` for JSON from the payload" },
  { name: 'qr', instead: 'call the method directly inside `#set`, e.g. `#set($ignored = $list.add(1))`' },
  { name: 'quiet', instead: 'call the method directly inside `#set`' },
  { name: 'dynamodb', instead: 'build DynamoDB JSON by hand in the template' },
  { name: 'time', instead: 'use `$context.requestTime` or `$context.requestTimeEpoch`' },
  { name: 'autoId', instead: 'use `$context.requestId` for a unique ID' },
  { name: 'error', instead: 'set `$context.responseOverride.status` in a response template' },
  { name: 'appendError', instead: 'set `$context.responseOverride.status` in a response template' },
  { name: 'unauthorized', instead: 'use an authorizer on the method' },
  { name: 'validate', instead: 'use `#if` with `$context.responseOverride.status`' },
  { name: 'isNull', instead: 'compare with `#if("$!x" == "")`' },
  { name: 'isNullOrEmpty', instead: 'compare with `#if("$!x" == "")`' },
  { name: 'isNullOrBlank', instead: 'compare with `#if("$!x.trim()" == "")`' },
  { name: 'defaultIfNull', instead: 'use `#if` / `#else`' },
  { name: 'defaultIfNullOrEmpty', instead: 'use `#if` / `#else`' },
  { name: 'defaultIfNullOrBlank', instead: 'use `#if` / `#else`' },
  { name: 'isString', instead: 'check the value with `#if` on its content' },
  { name: 'isNumber', instead: 'check the value with `.matches("-?\\\\d+(\\\\.\\\\d+)?")`' },
  { name: 'isBoolean', instead: 'compare with `== true` / `== false`' },
  { name: 'isList', instead: 'check `.size()` on the value' },
  { name: 'isMap', instead: 'check `.keySet()` on the value' },
  { name: 'typeOf', instead: 'not available in API Gateway' },
  { name: 'matches', instead: 'use the String method `.matches(regex)`' },
  { name: 'authType', instead: 'read `$context.identity` or `$context.authorizer`' },
  { name: 'list', instead: 'use a list literal `[]` and `.add()`' },
  { name: 'map', instead: 'use a map literal `{}` and `.put()`' },
  { name: 'str', instead: 'use the String methods (toUpperCase, replace, …)' },
  { name: 'math', instead: 'use the arithmetic operators `+ - * / %`' },
  { name: 'transform', instead: 'not available in API Gateway' },
  { name: 'rds', instead: 'not available in API Gateway' },
  { name: 'http', instead: 'not available in API Gateway' },
  { name: 'xml', instead: 'not available in API Gateway' },
];

/** Names of the AppSync-only helpers, for quick lookup. */
export const APPSYNC_ONLY_UTIL_NAMES: ReadonlySet<string> = new Set(APPSYNC_ONLY_UTIL.map((h) => h.name));

/** A Java method available on a value of some kind (what the value model implements). */
export interface JavaMethod {
  name: string;
  signature: string;
  doc: string;
}

function jm(name: string, signature: string, doc: string): JavaMethod {
  return { name, signature, doc };
}

/** Methods on strings (java.lang.String), lists (ArrayList / JSONArray) and maps (LinkedHashMap). */
export const JAVA_METHODS: Readonly<Record<'String' | 'List' | 'Map', readonly JavaMethod[]>> = {
  String: [
    jm('length', 'length(): int', 'Number of UTF-16 characters.'),
    jm('isEmpty', 'isEmpty(): boolean', 'true when the string has no characters.'),
    jm('charAt', 'charAt(int index): char', 'The character at index; out of range fails the render.'),
    jm(
      'substring',
      'substring(int begin[, int end]): String',
      'Characters from begin up to (not including) end; out of range fails the render.',
    ),
    jm('indexOf', 'indexOf(String s[, int from]): int', 'Position of the first occurrence, or -1.'),
    jm('lastIndexOf', 'lastIndexOf(String s[, int from]): int', 'Position of the last occurrence, or -1.'),
    jm('contains', 'contains(String s): boolean', 'true when s occurs in the string.'),
    jm('startsWith', 'startsWith(String prefix): boolean', 'true when the string starts with prefix.'),
    jm('endsWith', 'endsWith(String suffix): boolean', 'true when the string ends with suffix.'),
    jm('equals', 'equals(Object o): boolean', 'true when o is a string with the same characters.'),
    jm('equalsIgnoreCase', 'equalsIgnoreCase(String s): boolean', 'Equality ignoring case.'),
    jm('compareTo', 'compareTo(String s): int', 'Lexicographic comparison: negative, zero or positive.'),
    jm('toLowerCase', 'toLowerCase(): String', 'Lower-case copy.'),
    jm('toUpperCase', 'toUpperCase(): String', 'Upper-case copy.'),
    jm('trim', 'trim(): String', 'Copy without leading and trailing spaces and control characters.'),
    jm(
      'replace',
      'replace(String target, String replacement): String',
      'Replaces every literal occurrence of target (no regex).',
    ),
    jm(
      'replaceAll',
      'replaceAll(String regex, String replacement): String',
      'Replaces every match of a Java regex; `$1` in the replacement inserts a group.',
    ),
    jm(
      'replaceFirst',
      'replaceFirst(String regex, String replacement): String',
      'Replaces the first match of a Java regex.',
    ),
    jm('matches', 'matches(String regex): boolean', 'true when the Java regex matches the whole string.'),
    jm(
      'split',
      'split(String regex[, int limit]): String[]',
      'Splits around matches of a Java regex; trailing empty strings are dropped unless limit is negative. The result prints as `[Ljava.lang.String;@…`: use `[i]`, `.size()` or `#foreach`.',
    ),
    jm('concat', 'concat(String s): String', 'The string followed by s.'),
    jm('toString', 'toString(): String', 'The string itself.'),
    jm('hashCode', 'hashCode(): int', 'Java hash code of the string.'),
  ],
  List: [
    jm('size', 'size(): int', 'Number of elements.'),
    jm('isEmpty', 'isEmpty(): boolean', 'true when the list has no elements.'),
    jm(
      'get',
      'get(int index): Object',
      'The element at index (negative counts from the end in `$list[-1]`); out of range fails the render.',
    ),
    jm('contains', 'contains(Object o): boolean', 'true when an element equals o.'),
    jm('indexOf', 'indexOf(Object o): int', 'Index of the first element equal to o, or -1.'),
    jm(
      'add',
      'add(Object o): boolean',
      'Appends o and returns true (so `$list.add(1)` prints `true`; use `#set($ignored = $list.add(1))`).',
    ),
    jm('addAll', 'addAll(List other): boolean', 'Appends all elements of other.'),
    jm('set', 'set(int index, Object o): Object', 'Replaces the element at index; returns the old one.'),
    jm('remove', 'remove(int index | Object o): Object', 'Removes an element.'),
    jm('clear', 'clear(): void', 'Removes every element.'),
    jm('toString', 'toString(): String', 'Literal lists print as `[a, b]`; JSON arrays as compact JSON.'),
  ],
  Map: [
    jm('get', 'get(Object key): Object', 'The value for key, or null.'),
    jm(
      'put',
      'put(Object key, Object value): Object',
      'Sets key to value and returns the previous value (prints it: use `#set`).',
    ),
    jm('putAll', 'putAll(Map other): void', 'Copies every entry of other.'),
    jm('remove', 'remove(Object key): Object', 'Removes key and returns its value.'),
    jm('containsKey', 'containsKey(Object key): boolean', 'true when key is present.'),
    jm('containsValue', 'containsValue(Object value): boolean', 'true when some entry has that value.'),
    jm('keySet', 'keySet(): Set', 'The keys, in insertion order.'),
    jm('values', 'values(): Collection', 'The values, in insertion order.'),
    jm('entrySet', 'entrySet(): Set', 'The entries, each with `.key` and `.value`.'),
    jm('size', 'size(): int', 'Number of entries.'),
    jm('isEmpty', 'isEmpty(): boolean', 'true when the map has no entries.'),
    jm('toString', 'toString(): String', 'Prints as `{key=value, other=value}` — not JSON.'),
  ],
};

/** Velocity directives a template can use. */
export const VTL_DIRECTIVES: ReadonlyArray<{ name: string; signature: string; doc: string }> = [
  {
    name: 'set',
    signature: '#set($name = expression)',
    doc: 'Assigns a value; also `#set($map.key = v)` and `#set($list[0] = v)`. Assigning null keeps the previous value.',
  },
  {
    name: 'if',
    signature: '#if(condition) … #elseif(condition) … #else … #end',
    doc: 'Renders the first branch whose condition is true; only null and false are false.',
  },
  { name: 'elseif', signature: '#elseif(condition)', doc: 'Another condition of an `#if`.' },
  { name: 'else', signature: '#else', doc: 'The branch of an `#if` taken when no condition held.' },
  { name: 'end', signature: '#end', doc: 'Closes `#if`, `#foreach`, `#define` and `#macro`.' },
  {
    name: 'foreach',
    signature: '#foreach($item in $list) … #end',
    doc: 'Repeats the block for each element (a map: each value), at most 1000 times. Inside: `$foreach.index`, `$foreach.count`, `$foreach.hasNext`, `$foreach.first`, `$foreach.last`.',
  },
  {
    name: 'break',
    signature: '#break',
    doc: 'Leaves the innermost `#foreach` (outside a loop: stops the template).',
  },
  { name: 'stop', signature: '#stop', doc: 'Stops rendering; the output so far is the result.' },
  {
    name: 'define',
    signature: '#define($name) … #end',
    doc: 'Names a block of template; `$name` renders it each time it is used.',
  },
  {
    name: 'macro',
    signature: '#macro(name $arg1 $arg2) … #end',
    doc: 'Defines a macro, called as `#name(value1 value2)`.',
  },
];
