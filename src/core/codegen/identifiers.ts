/**
 * Identifiers for the generated programs. Construct ids are free text (anything but `/`), so the
 * variable that holds a construct gets a camelCase name derived from its id that is valid, and no
 * keyword or common builtin, in every CDK language (TypeScript, Python, Java, C#, Go), and stays
 * unique after each language's case conversion (Python snake_case, Go/C# PascalCase).
 */

/** Keywords and names the generated programs already use, in any of the five languages (lower case). */
const RESERVED = new Set(
  [
    // TypeScript / JavaScript
    'break case catch class const continue debugger default delete do else enum export extends false',
    'finally for function if import in instanceof new null return super switch this throw true try',
    'typeof var void while with as implements interface let package private protected public static',
    'yield any boolean constructor declare get module require number set string symbol type from of',
    'async await undefined nan infinity eval arguments object',
    // Python (keywords and the builtins a reader would not want shadowed)
    'and assert def del elif except global is lambda nonlocal not or pass raise none',
    'self id list dict str int float bool len range map filter print format hash input min max all',
    'sum open iter next tuple bytes',
    // Java
    'abstract byte char double final float goto int long native short strictfp synchronized',
    'throws transient volatile var record sealed permits',
    // C#
    'base checked decimal event explicit extern fixed foreach implicit internal lock namespace operator',
    'out override params readonly ref sbyte sealed sizeof stackalloc struct uint ulong unchecked',
    'unsafe ushort using virtual',
    // Go
    'chan defer fallthrough func go map range select',
    // Names of the generated programs themselves
    'app api scope props stack cdk awscdk apigateway awsapigateway awslambda iam awsiam constructs jsii',
    'construct duration main amazon software',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Splits an id into words: `GatewayRole` → [Gateway, Role]; `my-handler_v2` → [my, handler, v2]. */
function words(id: string): string[] {
  return id
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

/** camelCase of the id's ASCII letters and digits; `fallback` when nothing usable is left. */
export function camelCaseOf(id: string, fallback: string): string {
  const parts = words(id);
  if (parts.length === 0) return fallback;
  const name = parts[0].toLowerCase() + parts.slice(1).map(capitalize).join('');
  return /^[0-9]/.test(name) ? fallback + capitalize(name) : name;
}

/** PascalCase of the id; `fallback` when nothing usable is left. */
export function pascalCaseOf(id: string, fallback: string): string {
  const parts = words(id).map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  const name = parts.join('');
  if (name.length === 0) return fallback;
  return /^[0-9]/.test(name) ? fallback + name : name;
}

/** The key two names collide under in some language (case-insensitive, underscores ignored). */
function collisionKey(name: string): string {
  return name.toLowerCase().replace(/_/g, '');
}

/** Hands out unique variable names. */
export class NameAllocator {
  private readonly taken = new Set<string>();

  /** A fresh name from `id`; adds `suffix` (then a number) when the plain name is taken or reserved. */
  allocate(id: string, fallback: string, suffix: string): string {
    const base = camelCaseOf(id, fallback);
    for (let n = 0; ; n++) {
      const candidate = n === 0 ? base : n === 1 ? base + suffix : `${base}${suffix}${n}`;
      const key = collisionKey(candidate);
      if (!RESERVED.has(key) && !this.taken.has(key)) {
        this.taken.add(key);
        return candidate;
      }
    }
  }

  /** Marks a fixed name (e.g. `api`) as used. */
  reserve(name: string): void {
    this.taken.add(collisionKey(name));
  }
}

/** The Stack subclass name for a stack id: PascalCase, ending in `Stack` (as `cdk init` names it). */
export function stackClassNameOf(stackId: string): string {
  const name = pascalCaseOf(stackId, 'App');
  return name.endsWith('Stack') && name !== 'Stack' ? name : `${name}Stack`;
}
