/**
 * The JSONPath subset that parameter mapping expressions allow after "body." (field names and
 * array indexes: petstore.pets[0].name, ['a b']); the "$." prefix is implied.
 * Source: "Parameter mapping source reference" (request-response-data-mappings).
 */

type Step = string | number;

function parseSteps(path: string): Step[] | undefined {
  const steps: Step[] = [];
  const pattern = /\.?([^.[\]'"]+)|\[(\d+)\]|\['([^']*)'\]|\["([^"]*)"\]/y;
  let index = 0;
  while (index < path.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(path);
    if (!match) return undefined;
    if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(match[1] ?? match[3] ?? match[4]);
    index = pattern.lastIndex;
  }
  return steps;
}

export type PathResult = { found: true; value: unknown } | { found: false; invalid?: boolean };

export function evaluateJsonPath(root: unknown, path: string): PathResult {
  const steps = parseSteps(path.replace(/^\$\.?/, ''));
  if (!steps) return { found: false, invalid: true };
  let value: unknown = root;
  for (const step of steps) {
    if (typeof step === 'number' ? !Array.isArray(value) : !isObject(value)) return { found: false };
    const container = value as Record<string | number, unknown>;
    if (!Object.prototype.hasOwnProperty.call(container, step)) return { found: false };
    value = container[step];
  }
  return { found: true, value };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A mapped value as text: strings as they are, anything else as compact JSON. */
export function mappedValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value) ?? '';
}
