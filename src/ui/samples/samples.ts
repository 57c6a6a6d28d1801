import type {
  Design,
  LambdaOutcome,
  MethodDesign,
  SampleDesign,
  SampleRequest,
} from '../../core/design/types';
import { methodKey } from '../../state/designEdits';
import { pathParameterNames } from '../forms/suggestions';

/** The samples of one method, with their indexes in design.samples (their JSON pointers). */
export function methodSamples(
  design: Design,
  method: MethodDesign,
): Array<{ sample: SampleDesign; index: number }> {
  const key = methodKey(method);
  return (design.samples ?? []).flatMap((sample, index) =>
    sample.method === key ? [{ sample, index }] : [],
  );
}

const BODY_VERBS = new Set(['POST', 'PUT', 'PATCH', 'ANY']);

/** A first sample for a method: its verb and path, a value per path parameter, JSON body for writes. */
export function newSample(design: Design, method: MethodDesign): SampleDesign {
  const taken = new Set(methodSamples(design, method).map((s) => s.sample.name));
  let name = 'sample';
  for (let n = 2; taken.has(name); n++) name = `sample ${n}`;
  const pathParameters: Record<string, string> = {};
  for (const p of pathParameterNames(method.path)) pathParameters[p] = p === 'proxy' ? 'a/b' : '1';
  const hasBody = BODY_VERBS.has(method.httpMethod);
  const request: SampleRequest = {
    method: method.httpMethod === 'ANY' ? 'POST' : method.httpMethod,
    path: method.path,
    pathParameters,
    queryStringParameters: {},
    headers: hasBody ? { 'Content-Type': 'application/json' } : { Accept: 'application/json' },
    body: hasBody ? '{\n  "name": "Rex"\n}' : null,
    stageVariables: {},
  };
  // A proxy integration expects the function to return the HTTP response; otherwise any JSON.
  const result =
    method.integration?.proxy === false
      ? { id: '1', name: 'Rex' }
      : { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{"id":"1","name":"Rex"}' };
  return { name, method: methodKey(method), request, lambda: { result } };
}

/** A copy with a name not used by the method's other samples ("found (copy)"). */
export function duplicateName(existing: readonly string[], name: string): string {
  let candidate = `${name} (copy)`;
  for (let n = 2; existing.includes(candidate); n++) candidate = `${name} (copy ${n})`;
  return candidate;
}

/** Whether the request's Content-Type (any case) is JSON, or absent. */
export function bodyIsJson(request: SampleRequest): boolean {
  const headers = request.headers ?? {};
  const name = Object.keys(headers).find((h) => h.toLowerCase() === 'content-type');
  if (name === undefined) return true;
  return /json/i.test(headers[name]);
}

/** Reads JSON text the user typed: the value, or the parser's message. Empty text is an error here. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The JSON text shown for a value (2-space indentation). */
export function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

export function outcomeKind(outcome: LambdaOutcome | undefined): 'result' | 'error' | 'runCode' {
  if (outcome && 'runCode' in outcome && outcome.runCode === true) return 'runCode';
  return outcome && 'error' in outcome ? 'error' : 'result';
}
