/**
 * parseDesign: untrusted JSON (share links, saved state, files, the CLI) in, a typed Design and
 * diagnostics out. It never throws and never follows input into unbounded work:
 * - wrong JSON types, missing required keys, a wrong version → error diagnostics and no design
 *   (the shape is broken, so nothing downstream could use it);
 * - unknown keys → warnings, and the key is left out of the design;
 * - values outside an enum, a bad HTTP verb, dangling references → errors, but the design is
 *   returned so the UI can show it and let the user fix it;
 * - "not set" stays apart from false/[]/{}: only keys present in the input are set;
 * - map key order is kept; `__proto__` is never copied as a key; objects are built fresh.
 */
import type { Diagnostic } from '../diagnostics';
import { pointerSegment } from '../diagnostics';
import type { Design } from './types';
import { HTTP_METHODS } from './types';
import { parseSampleMethod } from './defaults';
import { checkReferences } from './rules/references';
import { Reporter, hasOwn, quote } from './rules/report';
import { invalidHttpMethodMessage } from './rules/messages';
import { roleKindProblem } from './rules/roles';

/** At most this many JSON values are visited (strings count once, whatever their length). */
export const MAX_VALUES = 500_000;
/** Free-form JSON (sample context, sample Lambda result) may nest at most this deep. */
export const MAX_DEPTH = 64;
/** At most this many diagnostics are listed; the rest are counted in one last diagnostic. */
export const MAX_DIAGNOSTICS = 200;

const BAD = Symbol('bad');
type Read<T> = T | typeof BAD;
type Reader<T> = (ctx: Context, value: unknown, path: string) => Read<T>;

class Context {
  readonly diagnostics: Diagnostic[] = [];
  /** The shape is broken: no design is returned. */
  broken = false;
  private remaining = MAX_VALUES;
  private exhausted = false;
  private dropped = 0;

  add(diagnostic: Diagnostic): void {
    if (this.diagnostics.length < MAX_DIAGNOSTICS) this.diagnostics.push(diagnostic);
    else this.dropped += 1;
  }

  error(code: string, path: string, message: string, hint?: string, breaks = true): void {
    if (breaks) this.broken = true;
    this.add({ severity: 'error', code, path, message, ...(hint ? { hint } : {}) });
  }

  warning(code: string, path: string, message: string, hint?: string): void {
    this.add({ severity: 'warning', code, path, message, ...(hint ? { hint } : {}) });
  }

  /** Counts one visited value; false once the budget is spent (reported once). */
  tick(path: string): boolean {
    if (this.exhausted) return false;
    this.remaining -= 1;
    if (this.remaining >= 0) return true;
    this.exhausted = true;
    this.error(
      'design/too-large',
      path,
      `The design is too large to read (more than ${MAX_VALUES} values).`,
      'Remove unused methods, samples or large sample data.',
    );
    return false;
  }

  /** The value budget is spent: stop reading. */
  get stopped(): boolean {
    return this.exhausted;
  }

  finish(): Diagnostic[] {
    if (this.dropped > 0) {
      this.diagnostics.push({
        severity: this.diagnostics.some((d) => d.severity === 'error') ? 'error' : 'warning',
        code: 'design/more-problems',
        path: '',
        message: `${this.dropped} more problems are not listed.`,
      });
    }
    return this.diagnostics;
  }
}

function child(path: string, segment: string | number): string {
  return `${path}/${pointerSegment(segment)}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return Number.isFinite(value) ? 'a number' : String(value);
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function typeError(ctx: Context, path: string, expected: string, value: unknown): typeof BAD {
  ctx.error('design/type', path, `Expected ${expected}, got ${describe(value)}.`);
  return BAD;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---------------------------------------------------------------------------------------------
// Leaf readers

const string: Reader<string> = (ctx, value, path) => {
  if (!ctx.tick(path)) return BAD;
  return typeof value === 'string' ? value : typeError(ctx, path, 'a string', value);
};

const number: Reader<number> = (ctx, value, path) => {
  if (!ctx.tick(path)) return BAD;
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : typeError(ctx, path, 'a number', value);
};

const boolean: Reader<boolean> = (ctx, value, path) => {
  if (!ctx.tick(path)) return BAD;
  return typeof value === 'boolean' ? value : typeError(ctx, path, 'true or false', value);
};

/** A string from a fixed set. A value outside the set is an error but is kept, so it can be shown. */
function oneOf<T extends string>(what: string, values: readonly T[]): Reader<T> {
  return (ctx, value, path) => {
    const text = string(ctx, value, path);
    if (text === BAD) return BAD;
    if (!(values as readonly string[]).includes(text)) {
      ctx.error(
        'design/enum',
        path,
        `${quote(text)} is not a valid ${what}; expected one of ${values.join(', ')}.`,
        undefined,
        false,
      );
    }
    return text as T;
  };
}

/** An HTTP verb, upper-cased as CDK does (aws-apigateway/lib/method.js `httpMethod.toUpperCase()`). */
const httpMethod: Reader<string> = (ctx, value, path) => {
  const text = string(ctx, value, path);
  if (text === BAD) return BAD;
  const upper = text.toUpperCase();
  if (!(HTTP_METHODS as readonly string[]).includes(upper)) {
    ctx.error('cdk/invalid-http-method', path, invalidHttpMethodMessage(upper), undefined, false);
  }
  return upper;
};

/** Any JSON value, copied with fresh objects, bounded in depth and size. */
function json(depth: number): Reader<unknown> {
  return (ctx, value, path) => {
    if (!ctx.tick(path)) return BAD;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number') {
      return Number.isFinite(value) ? value : typeError(ctx, path, 'a JSON value', value);
    }
    if (depth >= MAX_DEPTH) {
      ctx.error('design/too-deep', path, `JSON nested deeper than ${MAX_DEPTH} levels.`);
      return BAD;
    }
    if (Array.isArray(value)) return list(json(depth + 1))(ctx, value, path);
    if (isPlainRecord(value)) return map(json(depth + 1))(ctx, value, path);
    return typeError(ctx, path, 'a JSON value', value);
  };
}

// ---------------------------------------------------------------------------------------------
// Containers

function list<T>(item: Reader<T>): Reader<T[]> {
  return (ctx, value, path) => {
    if (!ctx.tick(path)) return BAD;
    if (!Array.isArray(value)) return typeError(ctx, path, 'a list', value);
    const out: T[] = [];
    let ok = true;
    const length = value.length;
    for (let index = 0; index < length; index += 1) {
      const read = item(ctx, value[index], child(path, index));
      if (read === BAD) {
        ok = false;
        if (ctx.stopped) return BAD;
      } else out.push(read);
    }
    return ok ? out : BAD;
  };
}

/** An ordered map (a JSON object whose key order matters). `__proto__` is refused as a key. */
function map<V>(valueReader: Reader<V>): Reader<Record<string, V>> {
  return (ctx, value, path) => {
    if (!ctx.tick(path)) return BAD;
    if (!isPlainRecord(value)) return typeError(ctx, path, 'an object', value);
    const out: Record<string, V> = {};
    let ok = true;
    for (const key of Object.keys(value)) {
      const keyPath = child(path, key);
      if (key === '__proto__') {
        ctx.error('design/forbidden-key', keyPath, 'The key "__proto__" is not allowed.');
        ok = false;
        continue;
      }
      const read = valueReader(ctx, value[key], keyPath);
      if (read === BAD) {
        ok = false;
        if (ctx.stopped) return BAD;
      } else out[key] = read;
    }
    return ok ? out : BAD;
  };
}

interface Field {
  read: Reader<unknown>;
  required?: boolean;
}

/**
 * A struct with known keys. Unknown keys are warned about and left out; the output keeps the
 * input's key order.
 */
function struct<T>(
  what: string,
  fields: Record<string, Field>,
  extraCheck?: (ctx: Context, value: Record<string, unknown>, path: string) => void,
): Reader<T> {
  const known = new Map(Object.entries(fields));
  return (ctx, value, path) => {
    if (!ctx.tick(path)) return BAD;
    if (!isPlainRecord(value)) return typeError(ctx, path, `${what} (an object)`, value);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of Object.keys(value)) {
      const field = known.get(key);
      const keyPath = child(path, key);
      if (!field) {
        if (!ctx.tick(keyPath)) return BAD;
        ctx.warning(
          'design/unknown-key',
          keyPath,
          `Unknown key ${quote(key)} in ${what}; it is ignored.`,
          `Known keys: ${[...known.keys()].join(', ')}.`,
        );
        continue;
      }
      const read = field.read(ctx, value[key], keyPath);
      if (read === BAD) ok = false;
      else out[key] = read;
    }
    for (const [key, field] of known) {
      if (field.required && !hasOwn(value, key)) {
        ctx.error('design/missing-key', path, `${what} needs ${quote(key)}.`);
        ok = false;
      }
    }
    if (ok && extraCheck) extraCheck(ctx, out, path);
    return ok ? (out as T) : BAD;
  };
}

const req = (read: Reader<unknown>): Field => ({ read, required: true });
const opt = (read: Reader<unknown>): Field => ({ read });

// ---------------------------------------------------------------------------------------------
// The design's parts

const duration: Reader<unknown> = struct(
  'a duration',
  { millis: opt(number), seconds: opt(number), minutes: opt(number) },
  (ctx, value, path) => {
    const units = Object.keys(value);
    if (units.length !== 1) {
      ctx.error(
        'design/duration-units',
        path,
        `A duration has exactly one of millis, seconds or minutes${units.length ? `, not ${units.join(' and ')}` : ''}.`,
        'For example {"seconds": 10}.',
      );
    }
  },
);

const stackEnv = struct('stack.env', { account: opt(string), region: opt(string) });
const stack = struct('stack', { id: req(string), env: opt(stackEnv) });

const api = struct('api', {
  id: req(string),
  restApiName: opt(string),
  description: opt(string),
  stageName: opt(string),
  endpointTypes: opt(list(oneOf('endpoint type', ['EDGE', 'REGIONAL', 'PRIVATE']))),
  binaryMediaTypes: opt(list(string)),
  cloudWatchRole: opt(boolean),
});

const createdFunctionFields: Record<string, Field> = {
  id: req(string),
  runtime: req(string),
  handler: req(string),
  code: req(struct('code', { inline: req(string) })),
  functionName: opt(string),
  memorySize: opt(number),
  timeout: opt(duration),
};
const createdFunction = struct('a created function', createdFunctionFields);
const importedFunction = struct('an imported function', { id: req(string), importArn: req(string) });

const functionDesign: Reader<unknown> = (ctx, value, path) => {
  if (isPlainRecord(value) && hasOwn(value, 'importArn')) {
    const createdOnly = Object.keys(value).filter(
      (key) => key !== 'id' && hasOwn(createdFunctionFields, key),
    );
    if (createdOnly.length > 0) {
      ctx.error(
        'design/function-kind',
        path,
        `A function is either imported (importArn) or created (runtime, handler, code), not both; this one also has ${createdOnly.join(', ')}.`,
      );
      return BAD;
    }
    return importedFunction(ctx, value, path);
  }
  return createdFunction(ctx, value, path);
};

const importedRole = struct('an imported role', { id: req(string), importArn: req(string) });
const createdRole = struct('a created role', {
  id: req(string),
  assumedBy: req(string),
  grantInvoke: opt(list(string)),
});

const roleDesign: Reader<unknown> = (ctx, value, path) => {
  if (!isPlainRecord(value)) return typeError(ctx, path, 'a role (an object)', value);
  const imported = hasOwn(value, 'importArn');
  const created = hasOwn(value, 'assumedBy');
  if (imported === created) {
    const problem = roleKindProblem(imported);
    ctx.error('design/role-kind', path, problem.message, problem.hint);
    return BAD;
  }
  if (imported && hasOwn(value, 'grantInvoke')) {
    ctx.warning(
      'design/grant-invoke-on-imported-role',
      child(path, 'grantInvoke'),
      'grantInvoke applies only to roles created in the stack (assumedBy); on an imported role it is ignored.',
      'Grant the imported role lambda:InvokeFunction where that role is managed.',
    );
    const rest = Object.create(null) as Record<string, unknown>; // no prototype: any key is a plain key
    for (const key of Object.keys(value)) if (key !== 'grantInvoke') rest[key] = value[key];
    return importedRole(ctx, rest, path);
  }
  return imported ? importedRole(ctx, value, path) : createdRole(ctx, value, path);
};

const vpcLink = struct('a VPC link', { id: req(string), importId: req(string) });

const contentHandling = oneOf('content handling', ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY']);

const integrationResponse = struct('an integration response', {
  statusCode: req(string),
  selectionPattern: opt(string),
  contentHandling: opt(contentHandling),
  responseParameters: opt(map(string)),
  responseTemplates: opt(map(string)),
});

const integration = struct('integration', {
  proxy: opt(boolean),
  allowTestInvoke: opt(boolean),
  scopePermissionToMethod: opt(boolean),
  cacheKeyParameters: opt(list(string)),
  cacheNamespace: opt(string),
  connectionType: opt(oneOf('connection type', ['INTERNET', 'VPC_LINK'])),
  contentHandling: opt(contentHandling),
  credentialsPassthrough: opt(boolean),
  credentialsRole: opt(string),
  integrationResponses: opt(list(integrationResponse)),
  passthroughBehavior: opt(oneOf('passthrough behavior', ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'])),
  requestParameters: opt(map(string)),
  requestTemplates: opt(map(string)),
  responseTransferMode: opt(oneOf('response transfer mode', ['BUFFERED', 'STREAM'])),
  timeout: opt(duration),
  vpcLink: opt(string),
});

const methodResponse = struct('a method response', {
  statusCode: req(string),
  responseParameters: opt(map(boolean)),
  responseModels: opt(map(oneOf('response model', ['Empty', 'Error']))),
});

const requestValidatorOptions = struct('requestValidatorOptions', {
  requestValidatorName: opt(string),
  validateRequestBody: opt(boolean),
  validateRequestParameters: opt(boolean),
});

const methodOptions = struct('options', {
  authorizationType: opt(oneOf('authorization type', ['NONE', 'AWS_IAM', 'COGNITO_USER_POOLS', 'CUSTOM'])),
  apiKeyRequired: opt(boolean),
  operationName: opt(string),
  requestParameters: opt(map(boolean)),
  methodResponses: opt(list(methodResponse)),
  requestValidatorOptions: opt(requestValidatorOptions),
});

const method = struct('a method', {
  path: req(string),
  httpMethod: req(httpMethod),
  function: req(string),
  integration: opt(integration),
  options: opt(methodOptions),
});

const stringOrNull: Reader<string | null> = (ctx, value, path) =>
  value === null ? (ctx.tick(path) ? null : BAD) : string(ctx, value, path);

const sampleRequest = struct('a sample request', {
  method: opt(string),
  path: opt(string),
  pathParameters: opt(map(string)),
  queryStringParameters: opt(map(string)),
  multiValueQueryStringParameters: opt(map(list(string))),
  headers: opt(map(string)),
  multiValueHeaders: opt(map(list(string))),
  body: opt(stringOrNull),
  stageVariables: opt(map(string)),
  context: opt(map(json(1))),
});

const lambdaError = struct('a Lambda error', { errorMessage: req(string), errorType: opt(string) });
/** `runCode` (extension of contract v1): the sample runs the function's own code; only `true` means that. */
const runCode: Reader<true> = (ctx, value, path) => {
  if (!ctx.tick(path)) return BAD;
  if (value === true) return true;
  ctx.error(
    'design/type',
    path,
    `Expected true, got ${value === false ? 'false' : describe(value)}.`,
    'Leave "runCode" out and give "result" or "error" when the code should not run.',
  );
  return BAD;
};

const lambdaOutcome = struct(
  'a Lambda outcome',
  { result: opt(json(1)), error: opt(lambdaError), runCode: opt(runCode), durationMs: opt(number) },
  (ctx, value, path) => {
    const given = ['result', 'error', 'runCode'].filter((key) => hasOwn(value, key));
    if (given.length !== 1) {
      ctx.error(
        'design/lambda-outcome',
        path,
        'A sample\'s Lambda outcome has exactly one of "result", "error" or "runCode"' +
          (given.length > 1 ? `, not ${given.join(' and ')}.` : '.'),
      );
    }
  },
);

/** The sample's "VERB /path", with the verb upper-cased like the methods' verbs. */
const sampleMethod: Reader<string> = (ctx, value, path) => {
  const text = string(ctx, value, path);
  if (text === BAD) return BAD;
  const parsed = parseSampleMethod(text);
  return parsed ? `${parsed.httpMethod} ${parsed.path}` : text;
};

/** Sample suites: what the sample is expected to produce (every key optional). */
const sampleExpectation = struct('a sample expectation', {
  status: opt(number),
  body: opt(string),
  bodyJson: opt(json(1)),
  headers: opt(map(string)),
});

const sample = struct('a sample', {
  name: req(string),
  method: req(sampleMethod),
  request: req(sampleRequest),
  lambda: opt(lambdaOutcome),
  expect: opt(sampleExpectation),
});

const version: Reader<1> = (ctx, value, path) => {
  if (!ctx.tick(path)) return BAD;
  if (value === 1) return 1;
  ctx.error(
    'design/version',
    path,
    typeof value === 'number'
      ? `This app reads design version 1; this design is version ${value}.`
      : `Expected the design version 1, got ${describe(value)}.`,
  );
  return BAD;
};

const design = struct<Design>('the design', {
  version: req(version),
  stack: req(stack),
  api: req(api),
  functions: req(list(functionDesign)),
  roles: opt(list(roleDesign)),
  vpcLinks: opt(list(vpcLink)),
  methods: req(list(method)),
  samples: opt(list(sample)),
});

/** Reads an untrusted design. Never throws. `input` may also be the design's JSON text. */
export function parseDesign(input: unknown): { design?: Design; diagnostics: Diagnostic[] } {
  const ctx = new Context();
  try {
    let value = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input) as unknown;
      } catch (error) {
        ctx.error(
          'design/json',
          '',
          `The design is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
        return { diagnostics: ctx.finish() };
      }
    }
    if (!isPlainRecord(value)) {
      ctx.error('design/type', '', `Expected a design (a JSON object), got ${describe(value)}.`);
      return { diagnostics: ctx.finish() };
    }
    const read = design(ctx, value, '');
    if (read === BAD || ctx.broken) return { diagnostics: ctx.finish() };
    const report = new Reporter();
    checkReferences(read, report, { samplesAsErrors: true });
    for (const diagnostic of report.diagnostics) ctx.add(diagnostic);
    return { design: read, diagnostics: ctx.finish() };
  } catch (error) {
    // Only a hostile JavaScript caller (a throwing getter or proxy) gets here: JSON cannot.
    return {
      diagnostics: [
        {
          severity: 'error',
          code: 'design/unreadable',
          path: '',
          message: `The design could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}
