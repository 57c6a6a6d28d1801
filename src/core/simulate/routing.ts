/**
 * Which method of the design a request reaches. API Gateway picks the most specific resource
 * (literal segments before {param}, {param} before a greedy {proxy+}), then the method with the
 * request's verb, else the resource's ANY method. A path no resource matches, and a verb the matched
 * resource lacks, are both answered 403 "Missing Authentication Token" by REST APIs.
 */
import type { MethodDesign } from '../design/types';

type Segment =
  { kind: 'literal'; text: string } | { kind: 'param'; name: string } | { kind: 'greedy'; name: string };

function parseResource(resourcePath: string): Segment[] {
  return splitPath(resourcePath).map((part): Segment => {
    const greedy = /^\{(.+)\+\}$/.exec(part);
    if (greedy) return { kind: 'greedy', name: greedy[1] };
    const param = /^\{(.+)\}$/.exec(part);
    return param ? { kind: 'param', name: param[1] } : { kind: 'literal', text: part };
  });
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

/** "GET /pets/{petId}" → verb and resource path. */
export function parseMethodKey(key: string): { httpMethod: string; resourcePath: string } | undefined {
  const match = /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(key);
  return match ? { httpMethod: match[1].toUpperCase(), resourcePath: normalizePath(match[2]) } : undefined;
}

/** Strips a trailing slash (API Gateway treats /pets/ as /pets) and collapses repeated slashes. */
export function normalizePath(path: string): string {
  return '/' + splitPath(path).join('/');
}

export function isTemplatePath(path: string): boolean {
  return /\{[^/]+\}/.test(path);
}

/** Every resource of the API: each method's path and all its ancestors (CDK creates them). */
export function resourcePaths(methods: readonly MethodDesign[]): string[] {
  const paths = new Set<string>(['/']);
  for (const method of methods) {
    const parts = splitPath(method.path);
    for (let i = 1; i <= parts.length; i++) paths.add('/' + parts.slice(0, i).join('/'));
  }
  return [...paths];
}

interface ResourceMatch {
  resourcePath: string;
  pathParameters: Record<string, string>;
  /** One rank per segment: 0 literal, 1 parameter, 2 greedy; lower is more specific. */
  ranks: number[];
}

function matchResource(resourcePath: string, parts: string[]): ResourceMatch | undefined {
  const segments = parseResource(resourcePath);
  const pathParameters: Record<string, string> = {};
  const ranks: number[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (segment.kind === 'greedy') {
      if (i !== segments.length - 1 || parts.length <= i) return undefined;
      pathParameters[segment.name] = parts.slice(i).join('/');
      ranks.push(2);
      return { resourcePath, pathParameters, ranks };
    }
    const part = parts[i];
    if (part === undefined) return undefined;
    if (segment.kind === 'literal') {
      if (segment.text !== part) return undefined;
      ranks.push(0);
    } else {
      pathParameters[segment.name] = part;
      ranks.push(1);
    }
  }
  return segments.length === parts.length ? { resourcePath, pathParameters, ranks } : undefined;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Routes a concrete path ("/pets/7") to the most specific resource, with its path parameters. */
export function routePath(methods: readonly MethodDesign[], path: string): ResourceMatch | undefined {
  const parts = splitPath(path);
  const matches = resourcePaths(methods)
    .map((resource) => matchResource(resource, parts))
    .filter((m): m is ResourceMatch => m !== undefined);
  return matches.sort((a, b) => compareRanks(a.ranks, b.ranks))[0];
}

/** The method of a resource that serves a verb: the exact verb first, then ANY. */
export function findMethod(
  methods: readonly MethodDesign[],
  resourcePath: string,
  httpMethod: string,
): { method: MethodDesign; index: number } | undefined {
  const verb = httpMethod.toUpperCase();
  for (const wanted of [verb, 'ANY']) {
    const index = methods.findIndex(
      (m) => normalizePath(m.path) === resourcePath && m.httpMethod.toUpperCase() === wanted,
    );
    if (index >= 0) return { method: methods[index], index };
  }
  return undefined;
}

/** Fills a resource path's parameters: /pets/{petId} with petId=7 → /pets/7. */
export function fillPath(resourcePath: string, pathParameters: Record<string, string>): string {
  return resourcePath.replace(/\{([^/{}]+?)\+?\}/g, (_, name: string) => pathParameters[name] ?? '');
}

/** Names of a resource's path parameters, in order. */
export function pathParameterNames(resourcePath: string): string[] {
  return parseResource(resourcePath).flatMap((s) => (s.kind === 'literal' ? [] : [s.name]));
}
