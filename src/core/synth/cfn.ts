/** Plain JSON, the only kind of value a synthesized template holds (contract rule 12). */
export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** A CloudFormation template as plain JSON. */
export type Template = JsonObject;

export function ref(logicalId: string): JsonObject {
  return { Ref: logicalId };
}

export function getAtt(logicalId: string, attribute: string): JsonObject {
  return { 'Fn::GetAtt': [logicalId, attribute] };
}

function isEmptyDelimiterJoin(value: Json): value is { 'Fn::Join': [string, Json[]] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'Fn::Join') return false;
  const join = value['Fn::Join'];
  return Array.isArray(join) && join[0] === '' && Array.isArray(join[1]);
}

/**
 * A string built from literals and intrinsics, resolved the way CDK resolves a token string:
 * empty literals vanish, nested `Fn::Join`s with an empty delimiter are spliced in, neighbouring
 * literals merge; one part stays itself, several become `{ "Fn::Join": ["", parts] }`
 * (aws-cdk-lib/core/lib/private/cloudformation-lang.js: CloudFormationLang.concat,
 * minimalCloudFormationJoin).
 */
export function concat(...parts: Json[]): Json {
  const out: Json[] = [];
  const push = (part: Json): void => {
    if (part === '') return;
    if (isEmptyDelimiterJoin(part)) {
      for (const inner of part['Fn::Join'][1]) push(inner);
      return;
    }
    const last = out.length - 1;
    if (typeof part === 'string' && last >= 0 && typeof out[last] === 'string') out[last] += part;
    else out.push(part);
  };
  for (const part of parts) push(part);
  if (out.length === 0) return '';
  if (out.length === 1) return out[0];
  return { 'Fn::Join': ['', out] };
}
