/**
 * Reading CloudFormation intrinsic functions the way the importers need: a string-valued
 * expression (`Fn::Join`, `Fn::Sub`, `Ref`, `Fn::GetAtt`, literals) is flattened into literal text
 * and references, so ARNs written by CDK, by SAM or by hand can be matched with one pattern.
 */
import { asList, asMap, asString, type Value } from './source';

export type Reference = { ref: string } | { getAtt: [string, string] };
/** A part of a flattened string: literal text, a reference, or an expression we do not read. */
export type Part = string | Reference | { opaque: Value };

export function isReference(part: Part): part is Reference {
  return typeof part === 'object' && ('ref' in part || 'getAtt' in part);
}

/** The single intrinsic function in a one-key mapping, e.g. `{ "Fn::Join": [...] }`. */
export function intrinsic(value: Value | undefined): { name: string; argument: Value } | undefined {
  const map = asMap(value);
  if (!map || map.size !== 1) return undefined;
  const [name, argument] = [...map][0];
  return name === 'Ref' || name === 'Condition' || name.startsWith('Fn::') ? { name, argument } : undefined;
}

/** `Ref X` or `Fn::GetAtt [X, Attr]` (also `"X.Attr"`), else undefined. */
export function reference(value: Value | undefined): Reference | undefined {
  const fn = intrinsic(value);
  if (!fn) return undefined;
  if (fn.name === 'Ref' && typeof fn.argument === 'string') return { ref: fn.argument };
  if (fn.name === 'Fn::GetAtt') {
    const list = asList(fn.argument);
    if (list && list.length === 2 && typeof list[0] === 'string' && typeof list[1] === 'string') {
      return { getAtt: [list[0], list[1]] };
    }
    const text = asString(fn.argument);
    const dot = text?.indexOf('.') ?? -1;
    if (text && dot > 0) return { getAtt: [text.slice(0, dot), text.slice(dot + 1)] };
  }
  return undefined;
}

/** Flattens a string-valued expression; adjacent literals are merged. */
export function flatten(value: Value | undefined): Part[] {
  const parts: Part[] = [];
  const push = (part: Part) => {
    const last = parts[parts.length - 1];
    if (typeof part === 'string' && typeof last === 'string') parts[parts.length - 1] = last + part;
    else if (part !== '') parts.push(part);
  };
  collect(value, push, 0);
  return parts;
}

function collect(value: Value | undefined, push: (part: Part) => void, depth: number): void {
  if (value === undefined || value === null) return push({ opaque: null });
  if (typeof value === 'string') return push(value);
  if (typeof value === 'number' || typeof value === 'boolean') return push(String(value));
  const ref = reference(value);
  if (ref) return push(ref);
  const fn = intrinsic(value);
  if (fn && depth < 32) {
    if (fn.name === 'Fn::Join') {
      const list = asList(fn.argument);
      const delimiter = list ? asString(list[0]) : undefined;
      const items = list ? asList(list[1]) : undefined;
      if (delimiter !== undefined && items) {
        items.forEach((item, index) => {
          if (index > 0) push(delimiter);
          collect(item, push, depth + 1);
        });
        return;
      }
    }
    if (fn.name === 'Fn::Sub') return substitute(fn.argument, push, depth);
  }
  push({ opaque: value });
}

/** `Fn::Sub`: `${Name}` is a Ref, `${Res.Attr}` a GetAtt, `${!Text}` the literal `${Text}`. */
function substitute(argument: Value, push: (part: Part) => void, depth: number): void {
  const list = asList(argument);
  const text = list ? asString(list[0]) : asString(argument);
  const variables = list ? asMap(list[1]) : undefined;
  if (text === undefined) return push({ opaque: argument });
  const pattern = /\$\{([^}]*)\}/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const name = match[1].trim();
    if (name.startsWith('!')) {
      push('${' + name.slice(1) + '}');
    } else if (variables?.has(name)) {
      collect(variables.get(name), push, depth + 1);
    } else {
      const dot = name.indexOf('.');
      push(
        dot > 0 && !name.startsWith('AWS::')
          ? { getAtt: [name.slice(0, dot), name.slice(dot + 1)] }
          : { ref: name },
      );
    }
  }
  push(text.slice(last));
}

/** The literal text, when the expression has no references. */
export function literalText(parts: Part[]): string | undefined {
  if (parts.length === 0) return '';
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : undefined;
}

/**
 * Renders parts as text with each reference as a marker `\uE000index\uE000`, so a regular
 * expression can match the literal skeleton and the markers can be looked up again.
 */
export function skeleton(parts: Part[]): string {
  return parts.map((part, index) => (typeof part === 'string' ? part : `\uE000${index}\uE000`)).join('');
}

/** The part a marker stands for, when `text` is exactly one marker. */
export function markerPart(parts: Part[], text: string): Part | undefined {
  const match = /^\uE000(\d+)\uE000$/.exec(text);
  return match ? parts[Number(match[1])] : undefined;
}

/** True when `text` is the given literal, or exactly one marker for `Ref <pseudo>`. */
export function isLiteralOrPseudo(parts: Part[], text: string, pseudo: string): boolean {
  const part = markerPart(parts, text);
  return part !== undefined && typeof part === 'object' && 'ref' in part && part.ref === pseudo;
}

/** Parts as `Fn::Sub`-style text for messages: `arn:${AWS::Partition}:…${Handler.Arn}`. */
export function describeParts(parts: Part[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('ref' in part) return '${' + part.ref + '}';
      if ('getAtt' in part) return '${' + part.getAtt.join('.') + '}';
      return '${…}';
    })
    .join('');
}
