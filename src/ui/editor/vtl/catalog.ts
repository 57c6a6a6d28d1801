import { JAVA_METHODS, VTL_DIRECTIVES, VTL_ROOTS, type VtlMember } from '../../../core/vtl/catalog';
import type { VtlSymbol } from './symbols';

/** A method call as a snippet: String parameters get quotes, `params('${1:name}')`. */
function methodSnippet(member: VtlMember): string {
  const params = member.params ?? [];
  const args = params.map((p, i) =>
    p.type === 'String' ? `'\${${i + 1}:${p.name}}'` : `\${${i + 1}:${p.name}}`,
  );
  return `${member.name}(${args.join(', ')})`;
}

/**
 * The engine's catalog (src/core/vtl/catalog.ts) as editor symbols. Overloads (`$input.params()` and
 * `$input.params(name)`) become one symbol whose doc lists both, inserting the form with parameters.
 */
export function toSymbols(members: readonly VtlMember[]): VtlSymbol[] {
  const byName = new Map<string, VtlMember[]>();
  for (const member of members) byName.set(member.name, [...(byName.get(member.name) ?? []), member]);
  return [...byName.values()].map((overloads) => {
    const main = overloads.reduce((a, b) => ((b.params?.length ?? 0) > (a.params?.length ?? 0) ? b : a));
    const doc =
      overloads.length === 1 ? main.doc : overloads.map((o) => `\`${o.signature}\` — ${o.doc}`).join('\n\n');
    return {
      name: main.name,
      kind: main.kind,
      signature: overloads.length === 1 ? main.signature : undefined,
      doc: main.optional ? `${doc}\n\n_Only present in some requests._` : doc,
      type: main.type,
      insertSnippet: main.kind === 'method' ? methodSnippet(main) : undefined,
      children: main.members ? toSymbols(main.members) : undefined,
    };
  });
}

let roots: VtlSymbol[] | undefined;

/** $context (the full tree), $input, $util and $stageVariables, from the engine's catalog. */
export function vtlRoots(): VtlSymbol[] {
  roots ??= toSymbols(VTL_ROOTS);
  return roots;
}

/** Java methods callable on a value of a catalog type (String, Map, List), for `$context.stage.` etc. */
export function javaMethodsFor(type: string | undefined): VtlSymbol[] {
  const kind = type === 'String' ? 'String' : type === 'Map' ? 'Map' : type === 'List' ? 'List' : undefined;
  if (!kind) return [];
  return JAVA_METHODS[kind].map((m) => ({
    name: m.name,
    kind: 'method' as const,
    signature: m.signature,
    doc: m.doc,
    insertSnippet: /\(\)/.test(m.signature) ? `${m.name}()` : `${m.name}($1)`,
  }));
}

/** Directive docs from the catalog, by name. */
export function directiveDoc(name: string): { signature: string; doc: string } | undefined {
  return VTL_DIRECTIVES.find((d) => d.name === name);
}
