import type { SampleRequest } from '../../../core/design/types';
import { findSymbol, type VtlSymbol } from './symbols';

/** A completion proposal, independent of Monaco (the provider maps it to CompletionItem). */
export interface VtlCompletion {
  label: string;
  kind: 'variable' | 'property' | 'method' | 'keyword' | 'value';
  /** Plain text, or a snippet when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  detail?: string;
  documentation?: string;
  sortText?: string;
}

export interface CompletionAnswer {
  /** 0-based offset in the line where the replaced word starts. */
  from: number;
  items: VtlCompletion[];
}

/** Names the template can read from the current sample request. */
export interface SampleNames {
  pathParameters: string[];
  queryStringParameters: string[];
  headers: string[];
  stageVariables: string[];
}

export function sampleNames(request: SampleRequest | undefined): SampleNames {
  return {
    pathParameters: Object.keys(request?.pathParameters ?? {}),
    queryStringParameters: Object.keys(request?.queryStringParameters ?? {}),
    headers: Object.keys(request?.headers ?? {}),
    stageVariables: Object.keys(request?.stageVariables ?? {}),
  };
}

const IDENT = '[a-zA-Z_][a-zA-Z0-9_-]*';
const DIRECTIVES: ReadonlyArray<{ name: string; snippet: string; doc: string }> = [
  { name: 'set', snippet: 'set(\\$${1:name} = ${2:value})', doc: 'Assigns a value to a variable.' },
  {
    name: 'if',
    snippet: 'if(${1:condition})\n\t$0\n#end',
    doc: 'Renders its body when the condition is true.',
  },
  { name: 'elseif', snippet: 'elseif(${1:condition})', doc: 'Another condition of an #if.' },
  { name: 'else', snippet: 'else', doc: 'The body when no condition of the #if matched.' },
  { name: 'end', snippet: 'end', doc: 'Ends #if, #foreach, #define or #macro.' },
  {
    name: 'foreach',
    snippet: 'foreach(\\$${1:item} in ${2:\\$list})\n\t$0\n#end',
    doc: 'Renders its body once per element (at most 1000 times). `$foreach.hasNext` is true before the last one.',
  },
  { name: 'break', snippet: 'break', doc: 'Leaves the innermost #foreach.' },
  { name: 'stop', snippet: 'stop', doc: 'Stops rendering the template here.' },
  { name: 'define', snippet: 'define(\\$${1:name})\n\t$0\n#end', doc: 'Names a block of template text.' },
  {
    name: 'macro',
    snippet: 'macro(${1:name} \\$${2:arg})\n\t$0\n#end',
    doc: 'Defines a macro, called as #name(...).',
  },
];

/** Variables the template itself defines with #set and #foreach, in order of appearance. */
export function templateVariables(template: string): string[] {
  const names: string[] = [];
  const pattern = new RegExp(`#\\{?(?:set|foreach)\\}?\\s*\\(\\s*\\$!?\\{?(${IDENT})`, 'g');
  for (const match of template.matchAll(pattern)) if (!names.includes(match[1])) names.push(match[1]);
  return names;
}

function symbolItem(symbol: VtlSymbol, root: boolean): VtlCompletion {
  const snippet = symbol.kind === 'method' && symbol.insertSnippet !== undefined;
  return {
    label: symbol.name,
    kind: root ? 'variable' : symbol.kind === 'method' ? 'method' : 'property',
    insertText: snippet ? (symbol.insertSnippet as string) : symbol.name,
    snippet,
    detail: symbol.signature,
    documentation: symbol.doc,
  };
}

function valueItems(names: readonly string[], detail: string): VtlCompletion[] {
  return names.map((name, i) => ({
    label: name,
    kind: 'value' as const,
    insertText: name,
    detail,
    sortText: String(i).padStart(4, '0'),
  }));
}

/**
 * Completions for the text of a line up to the cursor: members after `$input.`, `$util.`,
 * `$context.…` and `$stageVariables.`; names of the sample's parameters inside
 * `$input.params('…')`; variables after `$`; directives after `#`.
 */
export function vtlCompletions(
  linePrefix: string,
  context: {
    roots: readonly VtlSymbol[];
    sample: SampleNames;
    template: string;
    /** Methods callable on a value of a type (String, Map, List). */
    methodsOf?: (type: string | undefined) => VtlSymbol[];
    /** Docs of directives by name. */
    directiveDoc?: (name: string) => { signature: string; doc: string } | undefined;
  },
): CompletionAnswer | undefined {
  // Inside $input.params('…') or $util.… ('…'): parameter names of the sample.
  const param = /\$!?\{?input\.params\(\s*(['"])([^'"]*)$/.exec(linePrefix);
  if (param) {
    const { pathParameters, queryStringParameters, headers } = context.sample;
    return {
      from: linePrefix.length - param[2].length,
      items: [
        ...valueItems(pathParameters, 'path parameter (sample)'),
        ...valueItems(queryStringParameters, 'query string parameter (sample)'),
        ...valueItems(headers, 'header (sample)'),
      ],
    };
  }
  const reference = new RegExp(`\\$!?\\{?((?:${IDENT}\\.)*)(${IDENT})?$`).exec(linePrefix);
  if (reference) {
    const chain = reference[1] ? reference[1].slice(0, -1).split('.') : [];
    const partial = reference[2] ?? '';
    const from = linePrefix.length - partial.length;
    if (chain.length === 0) {
      const own = templateVariables(context.template).filter((n) => !context.roots.some((r) => r.name === n));
      return {
        from,
        items: [
          ...context.roots.map((s) => symbolItem(s, true)),
          ...own.map((name) => ({
            label: name,
            kind: 'variable' as const,
            insertText: name,
            detail: 'template variable',
          })),
        ],
      };
    }
    if (chain.length === 1 && chain[0] === 'stageVariables') {
      return { from, items: valueItems(context.sample.stageVariables, 'stage variable (sample)') };
    }
    const symbol = findSymbol(context.roots, chain);
    if (!symbol) return { from, items: [] };
    const members =
      symbol.children ?? (symbol.kind === 'property' ? (context.methodsOf?.(symbol.type) ?? []) : []);
    return { from, items: members.map((s) => symbolItem(s, false)) };
  }
  const directive = /#\{?([a-z]*)$/.exec(linePrefix);
  if (directive) {
    return {
      from: linePrefix.length - directive[1].length,
      items: DIRECTIVES.map((d) => ({
        label: d.name,
        kind: 'keyword' as const,
        insertText: d.snippet,
        snippet: true,
        detail: context.directiveDoc?.(d.name)?.signature ?? `#${d.name}`,
        documentation: context.directiveDoc?.(d.name)?.doc ?? d.doc,
      })),
    };
  }
  return undefined;
}

/**
 * The reference under a 0-based column of a line, as its dotted path up to and including the word at
 * the column, with the word's start and end: `$context.identity.sourceIp` hovered on "identity" gives
 * ["context", "identity"].
 */
export function referenceAt(
  line: string,
  column: number,
): { path: string[]; start: number; end: number } | undefined {
  const pattern = new RegExp(`\\$!?\\{?(${IDENT}(?:\\.${IDENT})*)`, 'g');
  for (const match of line.matchAll(pattern)) {
    const textStart = match.index + match[0].length - match[1].length;
    const textEnd = match.index + match[0].length;
    if (column < match.index || column > textEnd) continue;
    const parts = match[1].split('.');
    let offset = textStart;
    for (let i = 0; i < parts.length; i++) {
      const end = offset + parts[i].length;
      if (column <= end || i === parts.length - 1) {
        return { path: parts.slice(0, i + 1), start: column < textStart ? match.index : offset, end };
      }
      offset = end + 1;
    }
  }
  return undefined;
}
