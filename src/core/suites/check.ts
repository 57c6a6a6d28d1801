/**
 * Sample suites: each sample may say what it expects (status, body, JSON body, headers); a run
 * simulates every sample and reports, per expectation, whether the simulated method response meets it.
 */
import type { SampleExpectation } from '../design/types';
import { lineDiff, type DiffLine } from './lineDiff';

/** The parts of a simulated response an expectation looks at. */
export interface ObservedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ExpectationFailure {
  /** What was compared: "status", "body", "bodyJson" or "header Content-Type". */
  what: string;
  expected: string;
  actual: string;
  /** For bodies: the two texts line by line (JSON pretty-printed with sorted keys). */
  diff?: DiffLine[];
}

export interface SampleCheck {
  /** Whether the sample has any expectation at all. */
  checked: boolean;
  pass: boolean;
  failures: ExpectationFailure[];
}

/** JSON with object keys sorted and 2-space indentation: equal values print equal text. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (typeof v === 'object' && v !== null) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v).sort()) {
        Object.defineProperty(out, key, {
          value: sort((v as Record<string, unknown>)[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) ?? 'undefined';
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(headers).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : headers[key];
}

/** Compares one sample's expectation with what the simulation answered. */
export function checkExpectation(
  expect: SampleExpectation | undefined,
  actual: ObservedResponse,
): SampleCheck {
  if (!expect || Object.keys(expect).length === 0) return { checked: false, pass: true, failures: [] };
  const failures: ExpectationFailure[] = [];
  if (expect.status !== undefined && expect.status !== actual.status) {
    failures.push({ what: 'status', expected: String(expect.status), actual: String(actual.status) });
  }
  if (expect.body !== undefined && expect.body !== actual.body) {
    failures.push({
      what: 'body',
      expected: expect.body,
      actual: actual.body,
      diff: lineDiff(expect.body, actual.body),
    });
  }
  if (expect.bodyJson !== undefined) {
    const parsed = parseJson(actual.body);
    const expected = canonicalJson(expect.bodyJson);
    const observed = parsed.ok ? canonicalJson(parsed.value) : actual.body;
    if (!parsed.ok || expected !== observed) {
      failures.push({
        what: 'bodyJson',
        expected,
        actual: parsed.ok ? observed : `${actual.body}\n(not JSON)`,
        diff: lineDiff(expected, observed),
      });
    }
  }
  for (const [name, value] of Object.entries(expect.headers ?? {})) {
    const observed = headerValue(actual.headers, name);
    if (observed !== value) {
      failures.push({ what: `header ${name}`, expected: value, actual: observed ?? '(absent)' });
    }
  }
  return { checked: true, pass: failures.length === 0, failures };
}

/**
 * An expectation that the given response meets: its status, and its body as JSON when it is JSON
 * (so spacing does not matter), else as text. For "expect what it does now".
 */
export function expectationFrom(actual: ObservedResponse): SampleExpectation {
  const parsed = actual.body.trim() === '' ? { ok: false as const } : parseJson(actual.body);
  return parsed.ok
    ? { status: actual.status, bodyJson: parsed.value }
    : { status: actual.status, body: actual.body };
}
