/**
 * What the VTL editor knows about API Gateway's template variables, as a tree of symbols. The data
 * comes from the VTL engine's catalog (src/core/vtl/catalog.ts: the $context tree and the $input /
 * $util members with their docs); this module only adapts it to what completion and hover need.
 */
export interface VtlSymbol {
  /** Name as written after the dot: "params", "requestId", "identity". */
  name: string;
  kind: 'object' | 'property' | 'method';
  /** One line shown beside the name, e.g. "params(name: String): String". */
  signature?: string;
  /** Markdown. */
  doc: string;
  /** Java-style type of the value or result (String, Map, List, …), for method completion after it. */
  type?: string;
  /** Snippet inserted for methods, e.g. "params('${1:name}')". */
  insertSnippet?: string;
  children?: VtlSymbol[];
}

/** Finds the symbol for a dotted path such as ["context", "identity", "sourceIp"]. */
export function findSymbol(roots: readonly VtlSymbol[], path: readonly string[]): VtlSymbol | undefined {
  let level: readonly VtlSymbol[] | undefined = roots;
  let found: VtlSymbol | undefined;
  for (const name of path) {
    found = level?.find((s) => s.name === name);
    if (!found) return undefined;
    level = found.children;
  }
  return found;
}
