/**
 * How a Lambda runtime turns the handler's return value (or error) into the response payload.
 * Node.js uses JSON.stringify; Python uses json.dumps, whose defaults put a space after "," and ":"
 * and escape every non-ASCII character (ensure_ascii). Other runtimes are treated like Node.js.
 */

export type RuntimeFamily = 'node' | 'python' | 'other';

export function runtimeFamily(runtime: string | undefined): RuntimeFamily {
  if (runtime === undefined || runtime.startsWith('nodejs')) return 'node';
  return runtime.startsWith('python') ? 'python' : 'other';
}

function pythonString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const char = value[i];
    const code = value.charCodeAt(i);
    if (char === '"') out += '\\"';
    else if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === '\b') out += '\\b';
    else if (char === '\f') out += '\\f';
    else if (code < 0x20 || code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += char;
  }
  return out + '"';
}

function pythonNumber(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return String(value);
}

/** json.dumps(value) with Python's default separators and ensure_ascii=True. */
export function pythonJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return pythonString(value);
  if (typeof value === 'number') return pythonNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map(pythonJson).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${pythonString(k)}: ${pythonJson(v)}`).join(', ')}}`;
  }
  return 'null';
}

/** The response payload of a successful invocation. A handler that returns nothing yields "null". */
export function serializeResult(value: unknown, family: RuntimeFamily): string {
  if (family === 'python') return pythonJson(value);
  try {
    return JSON.stringify(value) ?? 'null';
  } catch {
    return 'null';
  }
}

export interface LambdaErrorInput {
  errorMessage: string;
  errorType?: string;
  [extra: string]: unknown;
}

/**
 * The payload of a failed invocation, in the runtime's own shape: Node.js writes errorType first,
 * Python writes errorMessage, errorType, requestId and stackTrace.
 */
export function serializeError(
  error: LambdaErrorInput,
  family: RuntimeFamily,
  lambdaRequestId: string,
): string {
  const { errorMessage, errorType, ...extra } = error;
  if (family === 'python') {
    return pythonJson({
      errorMessage,
      errorType: errorType ?? 'Exception',
      requestId: lambdaRequestId,
      stackTrace: [],
      ...extra,
    });
  }
  const type = errorType ?? (family === 'node' ? 'Error' : undefined);
  return JSON.stringify({ ...(type === undefined ? {} : { errorType: type }), errorMessage, ...extra });
}
