/**
 * The console's Test log format: Java's Map.toString for maps ("{petId=7, q=cat}"), Java's
 * Date.toString in UTC for timestamps ("Tue Oct 12 21:09:59 UTC 2021") and long values cut at
 * 1000 characters with " [TRUNCATED]" (as recorded in test-invoke-method logs).
 */

export const LOG_VALUE_LIMIT = 1000;

export function truncate(value: string): string {
  return value.length > LOG_VALUE_LIMIT ? `${value.slice(0, LOG_VALUE_LIMIT)} [TRUNCATED]` : value;
}

function javaValue(value: string | string[]): string {
  return Array.isArray(value) ? (value.length === 1 ? value[0] : `[${value.join(', ')}]`) : value;
}

/** {k1=v1, k2=v2}; a list of several values prints as [a, b]. */
export function javaMap(map: Record<string, string | string[]> | Array<[string, string | string[]]>): string {
  const entries = Array.isArray(map) ? map : Object.entries(map);
  return truncate(`{${entries.map(([k, v]) => `${k}=${javaValue(v)}`).join(', ')}}`);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** java.util.Date#toString in UTC: "EEE MMM dd HH:mm:ss zzz yyyy". */
export function javaDate(epochMillis: number): string {
  const d = new Date(Number.isFinite(epochMillis) ? epochMillis : 0);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

/** The X-Amz-Date form of a timestamp: 20211012T210959Z. */
export function amzDate(epochMillis: number): string {
  const d = new Date(Number.isFinite(epochMillis) ? epochMillis : 0);
  return (
    `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}` +
    `T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`
  );
}

/** The whole console text: a header line, then every log line behind its timestamp. */
export function executionLog(requestId: string, epochMillis: number, lines: readonly string[]): string {
  const stamp = javaDate(epochMillis);
  return (
    [`Execution log for request ${requestId}`, ...lines.map((line) => `${stamp} : ${line}`)].join('\n') + '\n'
  );
}
