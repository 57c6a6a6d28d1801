/**
 * The API Gateway variables a mapping template sees: `$input`, `$util`, `$context`, `$stageVariables`,
 * built from a sample request (and, in a response template, the integration response).
 * Source: API Gateway Developer Guide, "Variables for data transformations for API Gateway".
 */
import type { SampleRequest } from '../design/types';
import { documentJson, parseJsonPermissive, JsonSyntaxError } from './json';
import { InvalidPath, PathNotFound, compilePath, readPath } from './jsonpath';
import { JDouble, JavaException } from './numbers';
import { HostObject, JList, JMap, NO_SUCH, toJsonText } from './values';
import type { Lookup, Owner, Value } from './values';

/** What renderTemplate receives (../shared/design-format.md). */
export interface RenderInput {
  /** "response": `$input` reads integrationResponse.body; default "request". */
  phase?: 'request' | 'response';
  request: SampleRequest;
  integrationResponse?: { statusCode: number; headers?: Record<string, string>; body: string };
  /**
   * The content type the template is mapped under (e.g. "application/json"): turns on the JSON checks
   * of the output. When left out, the checks run if the output looks like JSON.
   */
  contentType?: string;
}

/** The payload could not be read as JSON: API Gateway answers 400 {"message": "Could not process payload"}. */
export class InvalidPayload extends JavaException {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super('com.jayway.jsonpath.InvalidJsonException', message);
  }
}

/** Headers API Gateway never passes to mapping templates. */
export const HIDDEN_HEADERS: ReadonlySet<string> = new Set(
  [
    'Connection',
    'Content-MD5',
    'Expect',
    'Max-Forwards',
    'Proxy-Authenticate',
    'Server',
    'TE',
    'Transfer-Encoding',
    'Trailer',
    'Upgrade',
    'WWW-Authenticate',
  ].map((h) => h.toLowerCase()),
);

/** Deterministic defaults for `$context` (a sample's `context` overrides them). */
export const CONTEXT_DEFAULTS = {
  resourceId: 'abc123',
  extendedRequestId: 'AbCdEfGhIjKlMnO=',
  requestTime: '26/Nov/2026:12:00:00 +0000',
  requestTimeEpoch: 1795694400000,
  accountId: '123456789012',
  protocol: 'HTTP/1.1',
  stage: 'prod',
  apiId: 'a1b2c3d4e5',
  requestId: 'c0ffee00-0000-4000-8000-000000000001',
  deploymentId: 'dep123',
  sourceIp: '203.0.113.1',
  region: 'us-east-1',
} as const;

/** A plain JSON-ish JS value (from a sample) as a template value. */
export function fromJs(v: unknown, depth = 0): Value {
  if (v === null || v === undefined) return null;
  if (depth > 100) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isSafeInteger(v) ? v : new JDouble(v);
    case 'bigint':
      return v;
  }
  if (Array.isArray(v))
    return new JList(
      v.map((x) => fromJs(x, depth + 1)),
      'ArrayList',
    );
  if (typeof v === 'object') {
    const m = new JMap();
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) m.put(k, fromJs(x, depth + 1));
    return m;
  }
  return String(v);
}

function stringMap(o: Record<string, unknown> | undefined): JMap {
  const m = new JMap();
  if (!o || typeof o !== 'object') return m;
  const entries = m.entries;
  for (const k in o) {
    if (!Object.prototype.hasOwnProperty.call(o, k)) continue;
    const v = o[k];
    if (v !== null && v !== undefined) entries.set(k, typeof v === 'string' ? v : String(v));
  }
  return m;
}

/** Single values, with names present only as multi-values taking their last value. */
function mergedParams(
  single: Record<string, string> | undefined,
  multi: Record<string, string[]> | undefined,
): Record<string, string> {
  if (!multi) return single ?? {};
  const out: Record<string, string> = { ...(single ?? {}) };
  if (multi)
    for (const [k, vs] of Object.entries(multi))
      if (!(k in out) && Array.isArray(vs) && vs.length > 0) out[k] = String(vs[vs.length - 1]);
  return out;
}

/**
 * Payloads parsed by recent renders. Re-rendering against the same sample (the editor on each keystroke,
 * the simulator's two templates) reuses the parse while no template changed it (Owner.dirty). A payload
 * is kept only from its second render on: a parse kept for a body that never comes back would outlive
 * the young generation and cost the garbage collector far more than the parse (renders of ever-new
 * payloads spent half their time there).
 */
const parsedPayloads = new Map<string, { doc: Value; owner: Owner } | InvalidPayload>();
/** Bodies of the last renders (the caller holds these strings anyway). */
const recentBodies: string[] = [];
const KEPT_PAYLOADS = 8;

/** Whether the next parsePayload of body would keep (or has kept) its parse. */
function payloadKept(body: string): boolean {
  return parsedPayloads.has(body) || recentBodies.includes(body);
}

/** Remembers a body rendered without parsing it, so that its next render keeps the parse. */
function noteBody(body: string): void {
  if (recentBodies.length >= KEPT_PAYLOADS) recentBodies.shift();
  recentBodies.push(body);
}

function parsePayload(body: string): { doc: Value; owner: Owner } {
  const hit = parsedPayloads.get(body);
  if (hit instanceof InvalidPayload) throw hit;
  if (hit && !hit.owner.dirty) return hit;
  const owner: Owner = { dirty: false, json: new Map() };
  let entry: { doc: Value; owner: Owner } | InvalidPayload;
  try {
    entry = { doc: parseJsonPermissive(body, owner), owner };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    entry = new InvalidPayload(e.message, e.offset);
  }
  if (hit !== undefined || recentBodies.includes(body)) {
    if (parsedPayloads.size >= KEPT_PAYLOADS && hit === undefined)
      parsedPayloads.delete(parsedPayloads.keys().next().value as string);
    parsedPayloads.set(body, entry);
  } else noteBody(body);
  if (entry instanceof InvalidPayload) throw entry;
  return entry;
}

/** `$input`. */
export class InputVariable extends HostObject {
  readonly javaClass = 'com.amazonaws.apigateway.InputVariable';
  private parsed: { doc: Value; owner: Owner } | undefined;

  private paramsMap: JMap | undefined;

  constructor(
    /** The raw payload; empty reads as `{}`. */
    readonly body: string,
    /** The method request (the parameters come from it, built on first use). */
    private readonly request: SampleRequest,
  ) {
    super();
  }

  /** $input.params(): {path, querystring, header}, hidden headers left out. */
  get params(): JMap {
    if (this.paramsMap === undefined) {
      const request = this.request;
      const header = new JMap();
      const headers = mergedParams(request.headers, request.multiValueHeaders);
      for (const k in headers) {
        const v = headers[k];
        if (v !== null && v !== undefined && !HIDDEN_HEADERS.has(k.toLowerCase())) header.put(k, String(v));
      }
      const params = new JMap();
      params.put('path', stringMap(request.pathParameters));
      params.put(
        'querystring',
        stringMap(mergedParams(request.queryStringParameters, request.multiValueQueryStringParameters)),
      );
      params.put('header', header);
      this.paramsMap = params;
    }
    return this.paramsMap;
  }

  /** The payload as JSON (parsed once per render at most). Throws InvalidPayload. */
  document(): Value {
    this.parsed ??= parsePayload(this.body);
    return this.parsed.doc;
  }

  private read(path: string): Value {
    const doc = this.document();
    let compiled;
    try {
      compiled = compilePath(path);
    } catch (e) {
      if (e instanceof InvalidPath)
        throw new JavaException('com.jayway.jsonpath.InvalidPathException', e.message);
      throw e;
    }
    try {
      return readPath(doc, compiled);
    } catch (e) {
      if (e instanceof InvalidPath)
        throw new JavaException('com.jayway.jsonpath.InvalidPathException', e.message);
      throw e;
    }
  }

  /** $input.path(x): the value, or null when nothing matches. */
  path(path: string): Value {
    try {
      return this.read(path);
    } catch (e) {
      if (e instanceof PathNotFound) return null;
      throw e;
    }
  }

  /** $input.json(x): compact JSON; `""` when nothing matches. */
  json(path: string): string {
    if (path === '$' && this.parsed === undefined && !payloadKept(this.body)) {
      // a payload read only to be written whole: one pass over the text when it can be
      const text = documentJson(this.body);
      if (text !== null) {
        noteBody(this.body);
        return text;
      }
    }
    this.document();
    const owner = (this.parsed as { owner: Owner }).owner;
    if (!owner.dirty) {
      const hit = owner.json.get(path);
      if (hit !== undefined) return hit;
    }
    let text: string;
    try {
      text = toJsonText(this.read(path));
    } catch (e) {
      if (e instanceof PathNotFound) text = '""';
      else throw e;
    }
    if (!owner.dirty) owner.json.set(path, text);
    return text;
  }

  /** $input.params(name): path, then query string, then header (exact name first, then any case for headers). */
  param(name: string | null): string {
    const params = this.params;
    const found = (m: Value): string | undefined => {
      if (!(m instanceof JMap)) return undefined;
      const v = m.entries.get(name);
      if (v === undefined) return m.entries.has(name) ? '' : undefined;
      return v === null ? '' : String(v);
    };
    const headers = params.get('header');
    const v = found(params.get('path')) ?? found(params.get('querystring')) ?? found(headers);
    if (v !== undefined) return v;
    if (name !== null && headers instanceof JMap) {
      const lower = name.toLowerCase();
      for (const [k, x] of headers.entries)
        if (typeof k === 'string' && k.toLowerCase() === lower) return x === null ? '' : String(x);
    }
    return '';
  }

  override getProperty(name: string): Lookup {
    if (name === 'body' || name === 'Body') return this.body;
    return NO_SUCH;
  }

  override invoke(name: string, args: Value[]): Lookup {
    const a0 = args[0];
    const str = args.length === 1 && (a0 === null || typeof a0 === 'string');
    switch (name) {
      case 'getBody':
        return args.length === 0 ? this.body : NO_SUCH;
      case 'json':
        if (!str) return NO_SUCH;
        if (a0 === null)
          throw new JavaException('java.lang.IllegalArgumentException', 'path can not be null or empty');
        return this.json(a0 as string);
      case 'path':
        if (!str) return NO_SUCH;
        if (a0 === null)
          throw new JavaException('java.lang.IllegalArgumentException', 'path can not be null or empty');
        return this.path(a0 as string);
      case 'params':
        if (args.length === 0) return this.params;
        return str ? this.param(a0 as string | null) : NO_SUCH;
      default:
        return NO_SUCH;
    }
  }
}

// ---------- $util ----------

function utf8Encode(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0x3f; // a lone surrogate encodes as '?' in Java
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** UTF-8 bytes to text; malformed sequences become U+FFFD, as Java's decoder does. */
function utf8Decode(bytes: number[]): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let cp: number;
    let min: number;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      min = 0x10000;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined || (c & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      out += '\ufffd';
      i += Math.max(1, j);
      continue;
    }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64Encode(s: string): string {
  const b = utf8Encode(s);
  let out = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < b.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < b.length ? B64[n & 63] : '=';
  }
  return out;
}

/** java.util.Base64.getDecoder(): strict alphabet, optional padding; bad input fails. */
function base64Decode(s: string): string {
  const bad = (): never => {
    throw new JavaException('java.lang.IllegalArgumentException', 'Illegal base64 character');
  };
  let end = s.length;
  let pad = 0;
  while (end > 0 && s[end - 1] === '=' && pad < 2) {
    end--;
    pad++;
  }
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < end; i++) {
    const v = B64.indexOf(s[i]);
    if (v < 0) bad();
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  if (end % 4 === 1) bad();
  if (pad > 0 && (end + pad) % 4 !== 0) bad();
  return utf8Decode(bytes);
}

/** java.net.URLEncoder.encode(s, "UTF-8"). */
function urlEncode(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      ch === '.' ||
      ch === '-' ||
      ch === '*' ||
      ch === '_'
    )
      out += ch;
    else if (ch === ' ') out += '+';
    else for (const b of utf8Encode(ch)) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** java.net.URLDecoder.decode(s, "UTF-8"): `+` is a space; a broken %-escape fails. */
function urlDecode(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '+') {
      out += ' ';
      i++;
    } else if (ch === '%') {
      const bytes: number[] = [];
      while (i < s.length && s[i] === '%') {
        const h = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h))
          throw new JavaException(
            'java.lang.IllegalArgumentException',
            h.length < 2
              ? 'URLDecoder: Incomplete trailing escape (%) pattern'
              : `URLDecoder: Illegal hex characters in escape (%) pattern`,
          );
        bytes.push(parseInt(h, 16));
        i += 3;
      }
      out += utf8Decode(bytes);
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

function unicodeEscape(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

/** commons-lang 2.6 StringEscapeUtils.escapeJavaScript (runs without escapes copied whole). */
export function escapeJavaScript(s: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string;
    if (c >= 32 && c <= 0x7f) {
      if (c === 39) rep = "\\'";
      else if (c === 34) rep = '\\"';
      else if (c === 92) rep = '\\\\';
      else if (c === 47) rep = '\\/';
      else continue;
    } else if (c > 0x7f) rep = unicodeEscape(c);
    else if (c === 8) rep = '\\b';
    else if (c === 10) rep = '\\n';
    else if (c === 9) rep = '\\t';
    else if (c === 12) rep = '\\f';
    else if (c === 13) rep = '\\r';
    else rep = unicodeEscape(c);
    out += s.slice(start, i) + rep;
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

/** `$util`. */
export class UtilVariable extends HostObject {
  readonly javaClass = 'com.amazonaws.apigateway.UtilVariable';

  override invoke(name: string, args: Value[]): Lookup {
    if (args.length !== 1) return NO_SUCH;
    const a = args[0];
    if (a !== null && typeof a !== 'string') return NO_SUCH;
    switch (name) {
      case 'escapeJavaScript':
        return a === null ? null : escapeJavaScript(a);
      case 'parseJson':
        if (a === null) throw new JavaException('java.lang.IllegalArgumentException', 'parseJson(null)');
        try {
          return parseJsonPermissive(a);
        } catch (e) {
          if (e instanceof JsonSyntaxError)
            throw new JavaException('com.jayway.jsonpath.InvalidJsonException', e.message);
          throw e;
        }
      case 'urlEncode':
        return a === null ? '' : urlEncode(a);
      case 'urlDecode':
        return a === null ? '' : urlDecode(a);
      case 'base64Encode':
        return a === null ? '' : base64Encode(a);
      case 'base64Decode':
        return a === null ? '' : base64Decode(a);
      default:
        return NO_SUCH;
    }
  }
}

function actualPath(resourcePath: string, pathParams: Record<string, string>): string {
  let p = resourcePath;
  for (const [k, v] of Object.entries(pathParams)) p = p.split(`{${k}+}`).join(v).split(`{${k}}`).join(v);
  return p;
}

/** `$context`, with the keys in the order API Gateway prints them. */
export function buildContext(request: SampleRequest): JMap {
  const given = (request.context && typeof request.context === 'object' ? request.context : {}) as Record<
    string,
    unknown
  >;
  const str = (v: unknown, d: string): string => (v === null || v === undefined ? d : String(v));
  const method = str(request.method, 'GET').toUpperCase();
  const resourcePath = str(request.path, '/');
  const stage = str(given.stage, CONTEXT_DEFAULTS.stage);
  const apiId = str(given.apiId, CONTEXT_DEFAULTS.apiId);
  const headers = request.headers ?? {};

  const identity = new JMap();
  let userAgent: string | null = null;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === 'user-agent') userAgent = String(v);
  const idDefaults: Array<[string, string | null]> = [
    ['cognitoIdentityPoolId', null],
    ['accountId', null],
    ['cognitoIdentityId', null],
    ['caller', null],
    ['sourceIp', CONTEXT_DEFAULTS.sourceIp],
    ['principalOrgId', null],
    ['accessKey', null],
    ['cognitoAuthenticationType', null],
    ['cognitoAuthenticationProvider', null],
    ['userArn', null],
    ['userAgent', userAgent],
    ['user', null],
  ];
  for (const [k, v] of idDefaults) identity.put(k, v);
  const givenIdentity = given.identity;
  if (givenIdentity && typeof givenIdentity === 'object') {
    for (const [k, v] of Object.entries(givenIdentity as Record<string, unknown>)) {
      if (v === null || v === undefined) continue;
      identity.put(k, typeof v === 'object' ? fromJs(v) : String(v));
    }
  }
  for (const k of Array.from(identity.entries.keys())) if (identity.get(k) === null) identity.remove(k);

  const requestOverride = new JMap();
  requestOverride.put('path', new JMap());
  requestOverride.put('header', new JMap());
  requestOverride.put('querystring', new JMap());
  const responseOverride = new JMap();
  responseOverride.put('header', new JMap());

  const c = new JMap();
  c.put('resourceId', CONTEXT_DEFAULTS.resourceId);
  c.put('resourcePath', resourcePath);
  c.put('httpMethod', method);
  c.put('extendedRequestId', CONTEXT_DEFAULTS.extendedRequestId);
  c.put('requestTime', CONTEXT_DEFAULTS.requestTime);
  const ap = actualPath(resourcePath, (request.pathParameters ?? {}) as Record<string, string>);
  c.put('path', '/' + stage + (ap === '/' ? '/' : ap));
  c.put('accountId', CONTEXT_DEFAULTS.accountId);
  c.put('protocol', CONTEXT_DEFAULTS.protocol);
  c.put('requestOverride', requestOverride);
  c.put('stage', stage);
  c.put('domainPrefix', apiId);
  c.put('requestTimeEpoch', CONTEXT_DEFAULTS.requestTimeEpoch);
  c.put('requestId', CONTEXT_DEFAULTS.requestId);
  c.put('identity', identity);
  c.put('domainName', `${apiId}.execute-api.${CONTEXT_DEFAULTS.region}.amazonaws.com`);
  c.put('deploymentId', CONTEXT_DEFAULTS.deploymentId);
  c.put('responseOverride', responseOverride);
  c.put('apiId', apiId);
  for (const [k, v] of Object.entries(given)) {
    if (k === 'identity' || v === null || v === undefined) continue;
    if (k === 'authorizer') {
      c.put('authorizer', authorizer(v));
      continue;
    }
    c.put(k, fromJs(v));
  }
  return c;
}

/** Authorizer values are strings (numbers and booleans stringified); `claims` reads as null on its own. */
function authorizer(v: unknown): JMap {
  const out = new JMap();
  if (!v || typeof v !== 'object') return out;
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x === null || x === undefined) continue;
    if (typeof x === 'object' && !Array.isArray(x)) {
      const m = stringMap(x as Record<string, unknown>);
      if (k === 'claims') m.nullWhenRead = true;
      out.put(k, m);
    } else out.put(k, String(x));
  }
  return out;
}

/** The four API Gateway variables of one render; $context and $stageVariables are built on first read. */
export class Variables {
  readonly input: InputVariable;
  readonly util: UtilVariable;
  private contextMap: JMap | undefined;
  private stageMap: JMap | undefined;

  constructor(
    private readonly request: SampleRequest,
    body: string,
  ) {
    this.input = new InputVariable(body, request);
    this.util = new UtilVariable();
  }

  get context(): JMap {
    return (this.contextMap ??= buildContext(this.request));
  }

  get stageVariables(): JMap {
    return (this.stageMap ??= stringMap(this.request.stageVariables));
  }

  /** Whether a template read $context (only then can it hold overrides). */
  get contextBuilt(): boolean {
    return this.contextMap !== undefined;
  }
}

/** The API Gateway variables for one render. */
export function buildVariables(input: RenderInput): Variables {
  const request = input.request ?? ({} as SampleRequest);
  const raw = input.phase === 'response' ? input.integrationResponse?.body : request.body;
  const body = raw === null || raw === undefined || raw === '' ? '{}' : String(raw);
  return new Variables(request, body);
}
