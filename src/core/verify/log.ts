/**
 * Reading the output of test-invoke-method (its JSON: status, body, headers, multiValueHeaders,
 * log, latency) and comparing its execution log with the simulated one, line by line. Lines are
 * matched by kind (the text before ": ", e.g. "Endpoint request headers"); values are compared after
 * removing what differs on every call or deployment (timestamps, request and trace ids, dates,
 * latencies, the API id, account, region and generated function names). Map values
 * ({name=value, …}) are compared entry by entry, ignoring order.
 */
import { diffArrays } from 'diff';

export interface TestInvokeOutput {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  log: string;
  latency?: number;
}

export type ParsedOutput = { ok: true; output: TestInvokeOutput } | { ok: false; error: string };

/** At most this much pasted text is read. */
export const MAX_PASTE_BYTES = 2 * 1024 * 1024;

/** The command's JSON, or a bare execution log pasted on its own. Never throws. */
export function parseTestInvokeOutput(text: string): ParsedOutput {
  if (text.length > MAX_PASTE_BYTES) return { ok: false, error: 'The pasted text is larger than 2 MB.' };
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'Paste the output of the command.' };
  if (!trimmed.startsWith('{')) {
    return /Execution log for request|: Starting execution for request/.test(trimmed)
      ? { ok: true, output: { log: trimmed } }
      : { ok: false, error: 'This is neither the JSON of test-invoke-method nor an execution log.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    return {
      ok: false,
      error: `The output is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'Expected the JSON object test-invoke-method prints.' };
  }
  const o = value as Record<string, unknown>;
  if (typeof o.log !== 'string')
    return { ok: false, error: 'The JSON has no "log" field: is it test-invoke-method’s output?' };
  const strings = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v).filter(([, x]) => typeof x === 'string') as Array<[string, string]>,
        )
      : undefined;
  const lists = (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([, x]) => Array.isArray(x))
            .map(([k, x]) => [k, (x as unknown[]).map(String)]),
        )
      : undefined;
  return {
    ok: true,
    output: {
      log: o.log,
      ...(typeof o.status === 'number' ? { status: o.status } : {}),
      ...(typeof o.body === 'string' ? { body: o.body } : {}),
      ...(strings(o.headers) ? { headers: strings(o.headers) } : {}),
      ...(lists(o.multiValueHeaders) ? { multiValueHeaders: lists(o.multiValueHeaders) } : {}),
      ...(typeof o.latency === 'number' ? { latency: o.latency } : {}),
    },
  };
}

export interface LogLine {
  /** The message without its timestamp. */
  message: string;
  /** What the line reports: "Endpoint request headers", "Method completed with status", … */
  kind: string;
  /** The rest of the line after the kind, normalized (see normalizeValue). */
  value: string;
}

const TIMESTAMP = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4} : /;

function lineOf(message: string): LogLine {
  const colon = message.indexOf(': ');
  if (colon > 0)
    return { message, kind: message.slice(0, colon), value: normalizeValue(message.slice(colon + 2)) };
  // "Sending request to https://…": the words before the first URL or number are the kind.
  const rest = /\s+(?:[a-z]+:\/\/|\S*\d)/.exec(message);
  const kind = rest ? message.slice(0, rest.index) : message;
  const value = rest ? message.slice(rest.index).trim() : '';
  return { message, kind, value: normalizeValue(value) };
}

/** The log's lines, without the header line and timestamps. A long value may wrap onto later lines. */
export function parseExecutionLog(log: string): LogLine[] {
  const messages: string[] = [];
  for (const raw of log.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.startsWith('Execution log for request')) continue;
    const stamped = TIMESTAMP.exec(raw);
    if (stamped) messages.push(raw.slice(stamped[0].length));
    else if (messages.length > 0 && raw !== '') messages[messages.length - 1] += `\n${raw}`;
    else if (raw.trim() !== '') messages.push(raw);
  }
  return messages.map(lineOf);
}

const VOLATILE: Array<[RegExp, string]> = [
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>'],
  [/\b(Root|root)=1-[0-9a-f]{8}-[0-9a-f]{24}\b/g, '$1=<trace>'],
  [/\b\d{8}T\d{6}Z\b/g, '<amz-date>'],
  [/\b[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT\b/g, '<date>'],
  [/Integration latency: \d+ ms/g, 'Integration latency: <n> ms'],
  [/\*{8,}[0-9a-zA-Z]*/g, '<masked>'],
  [
    /\barn:(aws[a-z-]*):lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+/g,
    'arn:$1:lambda:<region>:<account>:function:<function>',
  ],
  [
    /\barn:(aws[a-z-]*):execute-api:[a-z0-9-]+:\d{12}:[a-z0-9]{10}\//g,
    'arn:$1:execute-api:<region>:<account>:<api-id>/',
  ],
  [/\blambda\.[a-z0-9-]+\.amazonaws\.com\b/g, 'lambda.<region>.amazonaws.com'],
  [/\b(x-amzn-apigateway-api-id=|AmazonAPIGateway_)[a-z0-9]{10}\b/g, '$1<api-id>'],
  [
    /\b[a-z0-9]{10}\.execute-api\.[a-z0-9-]+\.amazonaws\.com\b/g,
    '<api-id>.execute-api.<region>.amazonaws.com',
  ],
];

/** A value with what changes from call to call (or deployment to deployment) replaced by placeholders. */
export function normalizeValue(value: string): string {
  let out = value;
  for (const [pattern, replacement] of VOLATILE) out = out.replace(pattern, replacement);
  return out;
}

/** {a=1, b=x, y} → entries, or undefined when the value is not a Java map's text. */
export function javaMapEntries(value: string): Map<string, string> | undefined {
  if (!value.startsWith('{') || !value.endsWith('}')) return undefined;
  const inner = value.slice(1, -1);
  if (inner.trim() === '') return new Map();
  // Split before ", name=" so values with ", " in them (HTTP dates) stay whole.
  const parts = inner.split(/, (?=[A-Za-z0-9_.:-]+=)/);
  const entries = new Map<string, string>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq <= 0) return undefined;
    entries.set(part.slice(0, eq), part.slice(eq + 1));
  }
  return entries;
}

export interface LogComparison {
  kind: string;
  status: 'same' | 'different' | 'only-real' | 'only-simulated';
  real?: string;
  simulated?: string;
  /** For maps: "Content-Length: 23 (real) vs 51 (simulated)", "only real: Via", … */
  details?: string[];
}

function compareValues(real: string, simulated: string): string[] {
  const a = javaMapEntries(real);
  const b = javaMapEntries(simulated);
  if (!a || !b) return real === simulated ? [] : ['the values differ'];
  const details: string[] = [];
  for (const [name, value] of a) {
    if (!b.has(name)) details.push(`only real: ${name}=${value}`);
    else if (b.get(name) !== value) details.push(`${name}: ${value} (real) vs ${b.get(name)} (simulated)`);
  }
  for (const [name, value] of b) if (!a.has(name)) details.push(`only simulated: ${name}=${value}`);
  return details;
}

/** The real log against the simulated one, aligned by line kind (Myers diff over the kinds). */
export function compareLogs(realLog: string, simulatedLog: string): LogComparison[] {
  const real = parseExecutionLog(realLog);
  const simulated = parseExecutionLog(simulatedLog);
  const changes = diffArrays(real, simulated, { comparator: (x, y) => x.kind === y.kind });
  const rows: LogComparison[] = [];
  let r = 0;
  let s = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let i = 0; i < count; i += 1) {
      if (change.removed) {
        const line = real[r++];
        rows.push({ kind: line.kind, status: 'only-real', real: line.message });
      } else if (change.added) {
        const line = simulated[s++];
        rows.push({ kind: line.kind, status: 'only-simulated', simulated: line.message });
      } else {
        const a = real[r++];
        const b = simulated[s++];
        const details = compareValues(a.value, b.value);
        rows.push({
          kind: a.kind,
          status: details.length === 0 ? 'same' : 'different',
          real: a.message,
          simulated: b.message,
          ...(details.length > 0 ? { details } : {}),
        });
      }
    }
  }
  return rows;
}

export interface VerifySummary {
  same: number;
  different: number;
  onlyReal: number;
  onlySimulated: number;
  /** The real status against the simulated one, when the output had one. */
  status?: { real: number; simulated: number };
}

export function summarize(
  rows: readonly LogComparison[],
  status?: { real: number; simulated: number },
): VerifySummary {
  return {
    same: rows.filter((r) => r.status === 'same').length,
    different: rows.filter((r) => r.status === 'different').length,
    onlyReal: rows.filter((r) => r.status === 'only-real').length,
    onlySimulated: rows.filter((r) => r.status === 'only-simulated').length,
    ...(status ? { status } : {}),
  };
}
