/**
 * Runs a function's inline Node.js code the way Lambda's Node.js runtime calls a handler, inside the
 * scope it is given (a dedicated Web Worker's global scope in the app: ./lambdaWorker.ts; the test
 * process's in the unit tests). Before the code runs, the scope loses its network: fetch,
 * XMLHttpRequest, WebSocket, … throw NO_NETWORK_MESSAGE. This keeps a teaching simulator honest (a
 * handler that calls out fails here, as nothing answers it); it is not a security boundary against
 * hostile code, which runs in the user's own browser tab anyway. Written by hand: no library runs a
 * CommonJS handler with Lambda's calling conventions in a worker.
 */

export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE';

export interface SandboxContext {
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
  awsRequestId: string;
  logGroupName: string;
  logStreamName: string;
  region: string;
}

export interface SandboxRequest {
  code: string;
  /** "index.handler": the file (only the inline code's index) and the export to call. */
  handler: string;
  event: unknown;
  context: SandboxContext;
  /** How long the handler may run: getRemainingTimeInMillis() counts down from it. */
  timeLimitMs: number;
}

export type SandboxOutcome =
  { result: unknown } | { error: { errorMessage: string; errorType: string; stackTrace?: string[] } };

export type SandboxMessage =
  { type: 'log'; level: LogLevel; message: string } | { type: 'done'; outcome: SandboxOutcome };

export const NO_NETWORK_MESSAGE =
  'No network in the simulated Lambda: the function runs in your browser without network access, so ' +
  '{name} is not available. Return what the call would give, or simulate it in the code.';

export const NO_REQUIRE_MESSAGE =
  "Cannot find module '{name}': only the function's own inline code runs in the simulator (no node_modules, " +
  'no AWS SDK, no Node.js built-ins).';

/** The handler's log is cut after this many lines (a handler logging in a loop must not flood the page). */
export const MAX_LOG_LINES = 500;
const MAX_LOG_LINE_CHARS = 10_000;

/** Globals that reach the network, or storage a real Lambda does not have. */
export const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'indexedDB',
  'caches',
] as const;

function noNetworkError(name: string): Error {
  const error = new Error(NO_NETWORK_MESSAGE.replace('{name}', name));
  error.name = 'NoNetworkError';
  return error;
}

/**
 * Replaces each network global of `scope` with one that throws the no-network error when called,
 * constructed or read (indexedDB, caches), locked so the code cannot put the original back.
 */
export function removeNetwork(scope: Record<string, unknown>): void {
  for (const name of NETWORK_GLOBALS) {
    const blocked = function () {
      throw noNetworkError(name);
    };
    const readThrows = name === 'indexedDB' || name === 'caches';
    try {
      Object.defineProperty(
        scope,
        name,
        readThrows
          ? {
              get() {
                throw noNetworkError(name);
              },
              configurable: false,
            }
          : { value: blocked, writable: false, configurable: false },
      );
    } catch {
      // Already taken away (a second run in the same scope), or a host property that cannot be replaced.
    }
  }
  const navigator = scope.navigator as Record<string, unknown> | undefined;
  if (navigator && typeof navigator === 'object') {
    try {
      Object.defineProperty(navigator, 'sendBeacon', {
        value: () => {
          throw noNetworkError('navigator.sendBeacon');
        },
      });
    } catch {
      // A frozen navigator has nothing to send with.
    }
  }
}

/** The Function constructor, taken before the code runs (removeCodeGeneration takes it away). */
const compileFunction = Function;

const NO_CODE_GENERATION_MESSAGE =
  'Code generation from strings (eval, new Function) is not available in the simulated Lambda.';

/**
 * Takes away eval and the Function constructors (sync, async, generator) and string timers, so the
 * code cannot build an `import("https://…")` the source check does not see.
 */
export function removeCodeGeneration(scope: Record<string, unknown>): void {
  const refuse = function () {
    throw new EvalError(NO_CODE_GENERATION_MESSAGE);
  };
  const prototypes = [
    compileFunction.prototype,
    Object.getPrototypeOf(async function () {}) as object,
    Object.getPrototypeOf(function* () {}) as object,
    Object.getPrototypeOf(async function* () {}) as object,
  ];
  for (const prototype of prototypes) {
    try {
      Object.defineProperty(prototype, 'constructor', {
        value: refuse,
        writable: false,
        configurable: false,
      });
    } catch {
      // Already locked by an earlier run in this scope.
    }
  }
  for (const name of ['eval', 'Function']) {
    try {
      Object.defineProperty(scope, name, { value: refuse, writable: false, configurable: false });
    } catch {
      // Already locked.
    }
  }
  for (const name of ['setTimeout', 'setInterval']) {
    const timer = scope[name];
    if (typeof timer !== 'function' || (timer as { locked?: boolean }).locked) continue;
    const guarded = Object.assign(
      (handler: unknown, ...rest: unknown[]) => {
        if (typeof handler !== 'function') throw new EvalError(NO_CODE_GENERATION_MESSAGE);
        return (timer as (...args: unknown[]) => unknown).call(scope, handler, ...rest);
      },
      { locked: true },
    );
    try {
      // Writable: the original stays out of reach either way (and test runners swap timers).
      Object.defineProperty(scope, name, { value: guarded, writable: true, configurable: true });
    } catch {
      // A host timer that cannot be replaced.
    }
  }
}

/** A dynamic import would load code over the network: refused before the code runs. */
export const DYNAMIC_IMPORT = /\bimport\s*\(/;

/** What Node's util.format prints for one argument (close enough for teaching logs). */
function inspect(value: unknown, seen = new WeakSet<object>()): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `[Function: ${value.name || '(anonymous)'}]`;
  if (typeof value === 'symbol' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (value instanceof Error) return value.stack ?? `${value.name}: ${value.message}`;
  if (typeof value !== 'object') return String(value);
  if (seen.has(value)) return '[Circular *1]';
  seen.add(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[ ${value.map((v) => inspect(v, seen)).join(', ')} ]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`);
  return `{ ${entries.map(([k, v]) => `${key(k)}: ${inspect(v, seen)}`).join(', ')} }`;
}

/** util.format: %s %d %i %f %j %o %O %% in a first string argument, the rest joined by spaces. */
export function formatLogArgs(args: readonly unknown[]): string {
  const rest = [...args];
  let out = '';
  if (typeof rest[0] === 'string') {
    const format = rest.shift() as string;
    out = format.replace(/%[sdifjoO%]/g, (spec) => {
      if (spec === '%%') return '%';
      if (rest.length === 0) return spec;
      const value = rest.shift();
      switch (spec) {
        case '%s':
          return typeof value === 'string' ? value : inspect(value);
        case '%d':
        case '%i': {
          const n = Number(value);
          return String(spec === '%i' ? Math.trunc(n) : n);
        }
        case '%f':
          return String(Number(value));
        case '%j':
          try {
            return JSON.stringify(value) ?? 'undefined';
          } catch {
            return '[Circular]';
          }
        default:
          return inspect(value);
      }
    });
  }
  const tail = rest.map((v) => (typeof v === 'string' ? v : inspect(v)));
  return [out, ...tail].filter((part, i) => i > 0 || typeof args[0] === 'string').join(' ');
}

/** Lambda's report of a thrown value (the Node.js runtime: errorType is the error's name). */
export function errorOutcome(thrown: unknown): SandboxOutcome {
  if (thrown instanceof Error || (typeof thrown === 'object' && thrown !== null && 'message' in thrown)) {
    const error = thrown as Error;
    return {
      error: {
        errorType: String(error.name ?? 'Error'),
        errorMessage: String(error.message),
        ...(typeof error.stack === 'string' ? { stackTrace: error.stack.split('\n').slice(1) } : {}),
      },
    };
  }
  return { error: { errorType: typeof thrown, errorMessage: String(thrown) } };
}

/** The return value as Lambda sends it: JSON (undefined → null); what JSON cannot hold is an error. */
function resultOutcome(value: unknown): SandboxOutcome {
  try {
    const text = JSON.stringify(value);
    return { result: text === undefined ? null : (JSON.parse(text) as unknown) };
  } catch (error) {
    return {
      error: {
        errorType: 'Runtime.MarshalError',
        errorMessage: `Unable to stringify response body: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

function runtimeError(errorType: string, errorMessage: string): SandboxOutcome {
  return { error: { errorType, errorMessage } };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/** The console the code sees: every line goes to `post`, the first MAX_LOG_LINES of them. */
function capturingConsole(post: (message: SandboxMessage) => void) {
  let lines = 0;
  const line =
    (level: LogLevel) =>
    (...args: unknown[]) => {
      lines += 1;
      if (lines > MAX_LOG_LINES + 1) return;
      const message =
        lines > MAX_LOG_LINES
          ? `… more lines not shown (the simulator keeps the first ${MAX_LOG_LINES})`
          : formatLogArgs(args).slice(0, MAX_LOG_LINE_CHARS);
      post({ type: 'log', level, message });
    };
  return {
    log: line('INFO'),
    info: line('INFO'),
    warn: line('WARN'),
    error: line('ERROR'),
    debug: line('DEBUG'),
    trace: line('TRACE'),
  };
}

function lambdaContext(request: SandboxRequest, started: number, now: () => number) {
  return {
    ...request.context,
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, Math.round(request.timeLimitMs - (now() - started))),
  };
}

/**
 * Loads the inline code as CommonJS (`exports`, `module.exports`, a `require` that throws) and calls
 * the handler: async handlers by their promise, callback handlers `(event, context, callback)` by
 * the callback (or context.succeed/fail/done), whichever settles first. Posts each console line,
 * then one `done`. The caller enforces the time limit (it terminates the worker).
 */
export async function runInSandbox(
  request: SandboxRequest,
  scope: Record<string, unknown>,
  post: (message: SandboxMessage) => void,
  now: () => number = () => Date.now(),
): Promise<void> {
  const started = now();
  removeNetwork(scope);
  const console = capturingConsole(post);
  const outcome = await invokeHandler(request, scope, console, lambdaContext(request, started, now));
  post({ type: 'done', outcome });
}

async function invokeHandler(
  request: SandboxRequest,
  scope: Record<string, unknown>,
  console: ReturnType<typeof capturingConsole>,
  context: ReturnType<typeof lambdaContext>,
): Promise<SandboxOutcome> {
  const dot = request.handler.lastIndexOf('.');
  const file = dot > 0 ? request.handler.slice(0, dot) : '';
  const name = dot > 0 ? request.handler.slice(dot + 1) : '';
  if (!file || !name) {
    return runtimeError('Runtime.MalformedHandlerName', 'Bad handler');
  }
  // CDK writes inline code to index.js (aws-lambda InlineCode): only that file exists.
  if (file !== 'index') {
    return runtimeError(
      'Runtime.ImportModuleError',
      `Error: Cannot find module '${file}'\nRequire stack:\n- /var/runtime/index.mjs`,
    );
  }
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: unknown) => {
    const error = new Error(NO_REQUIRE_MESSAGE.replace('{name}', String(id)));
    (error as Error & { code?: string }).code = 'MODULE_NOT_FOUND';
    throw error;
  };
  const env = {
    AWS_REGION: request.context.region,
    AWS_DEFAULT_REGION: request.context.region,
    AWS_LAMBDA_FUNCTION_NAME: request.context.functionName,
    AWS_LAMBDA_FUNCTION_VERSION: request.context.functionVersion,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: request.context.memoryLimitInMB,
    AWS_LAMBDA_LOG_GROUP_NAME: request.context.logGroupName,
    AWS_LAMBDA_LOG_STREAM_NAME: request.context.logStreamName,
    LAMBDA_TASK_ROOT: '/var/task',
    TZ: ':UTC',
  };
  const process = { env, version: 'v22.0.0', platform: 'linux' };
  if (DYNAMIC_IMPORT.test(request.code)) {
    return runtimeError('NoNetworkError', NO_NETWORK_MESSAGE.replace('{name}', 'import()'));
  }
  try {
    const load = compileFunction(
      'exports',
      'require',
      'module',
      '__filename',
      '__dirname',
      'console',
      'process',
      request.code,
    );
    removeCodeGeneration(scope);
    const loaded = load.call(
      module.exports,
      module.exports,
      require,
      module,
      '/var/task/index.js',
      '/var/task',
      console,
      process,
    ) as unknown;
    if (isThenable(loaded)) await loaded;
  } catch (error) {
    const failed = errorOutcome(error);
    if ('error' in failed && error instanceof SyntaxError) {
      return runtimeError('Runtime.UserCodeSyntaxError', `SyntaxError: ${failed.error.errorMessage}`);
    }
    return failed;
  }
  const exported = (module.exports as Record<string, unknown>)[name];
  if (exported === undefined) {
    return runtimeError('Runtime.HandlerNotFound', `${request.handler} is undefined or not exported`);
  }
  if (typeof exported !== 'function') {
    return runtimeError('Runtime.HandlerNotFound', `${request.handler} is not a function`);
  }
  return callHandler(exported as (...args: unknown[]) => unknown, request.event, context);
}

function callHandler(
  handler: (...args: unknown[]) => unknown,
  event: unknown,
  context: ReturnType<typeof lambdaContext>,
): Promise<SandboxOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: SandboxOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const callback = (error?: unknown, value?: unknown) =>
      settle(error !== undefined && error !== null ? errorOutcome(error) : resultOutcome(value));
    Object.assign(context, {
      done: callback,
      succeed: (value: unknown) => callback(null, value),
      fail: (error: unknown) => callback(error ?? new Error('handled')),
    });
    try {
      const returned = handler(event, context, callback);
      if (isThenable(returned)) {
        returned.then(
          (value) => settle(resultOutcome(value)),
          (error: unknown) => settle(errorOutcome(error)),
        );
      } else if (handler.length < 3) {
        // A synchronous handler without a callback: Lambda's Node.js runtime answers with null.
        settle(resultOutcome(null));
      }
    } catch (error) {
      settle(errorOutcome(error));
    }
  });
}
