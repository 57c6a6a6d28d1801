import { describe, expect, it } from 'vitest';
import { referenceAt, sampleNames, templateVariables, vtlCompletions } from './completion';
import type { VtlSymbol } from './symbols';

const roots: VtlSymbol[] = [
  {
    name: 'input',
    kind: 'object',
    doc: 'The request.',
    children: [
      { name: 'body', kind: 'property', doc: 'Raw body.' },
      {
        name: 'params',
        kind: 'method',
        doc: 'A parameter.',
        signature: 'params(x)',
        insertSnippet: "params('$1')",
      },
    ],
  },
  {
    name: 'context',
    kind: 'object',
    doc: 'Request context.',
    children: [
      {
        name: 'identity',
        kind: 'object',
        doc: 'Caller.',
        children: [{ name: 'sourceIp', kind: 'property', doc: 'IP.' }],
      },
    ],
  },
  { name: 'stageVariables', kind: 'object', doc: 'Stage variables.' },
];
const sample = sampleNames({
  pathParameters: { petId: '7' },
  queryStringParameters: { q: 'cat' },
  headers: { Accept: '*/*' },
  stageVariables: { env: 'dev', table: 't' },
});
const ctx = { roots, sample, template: '#set($total = 0)\n#foreach($pet in $list)$pet#end' };

describe('VTL completion', () => {
  it('offers roots and the template own variables after $', () => {
    const answer = vtlCompletions('  "x": $', ctx)!;
    expect(answer.from).toBe(8);
    expect(answer.items.map((i) => i.label)).toEqual(['input', 'context', 'stageVariables', 'total', 'pet']);
    expect(vtlCompletions('$inp', ctx)!.from).toBe(1);
  });

  it('offers members after a dot, nested ones too', () => {
    const input = vtlCompletions('$input.', ctx)!;
    expect(input.items.map((i) => i.label)).toEqual(['body', 'params']);
    expect(input.items[1]).toMatchObject({ kind: 'method', insertText: "params('$1')", snippet: true });
    const nested = vtlCompletions('"$context.identity.so', ctx)!;
    expect(nested.items.map((i) => i.label)).toEqual(['sourceIp']);
    expect(nested.from).toBe(19);
    expect(vtlCompletions('$!{context.', ctx)!.items.map((i) => i.label)).toEqual(['identity']);
    expect(vtlCompletions('$nothing.', ctx)!.items).toEqual([]);
  });

  it('offers the sample stage variables and parameter names', () => {
    expect(vtlCompletions('$stageVariables.', ctx)!.items.map((i) => i.label)).toEqual(['env', 'table']);
    const params = vtlCompletions(`"$input.params('p`, ctx)!;
    expect(params.items.map((i) => i.label)).toEqual(['petId', 'q', 'Accept']);
    expect(params.from).toBe(16);
  });

  it('offers directives after #', () => {
    const answer = vtlCompletions('#fo', ctx)!;
    expect(answer.from).toBe(1);
    expect(answer.items.map((i) => i.label)).toContain('foreach');
  });

  it('has nothing to say in plain text', () => {
    expect(vtlCompletions('{ "a": 1', ctx)).toBeUndefined();
  });

  it('finds #set and #foreach variables', () => {
    expect(templateVariables('#set( $a = 1)#{set}($b = 2)#foreach($c in $l)#set($a = 3)')).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('reference under the cursor', () => {
  const line = 'ip: "$context.identity.sourceIp", x';
  it('gives the path up to the hovered word', () => {
    expect(referenceAt(line, 6)).toEqual({ path: ['context'], start: 6, end: 13 });
    expect(referenceAt(line, 16)).toEqual({ path: ['context', 'identity'], start: 14, end: 22 });
    expect(referenceAt(line, 25)).toEqual({ path: ['context', 'identity', 'sourceIp'], start: 23, end: 31 });
    expect(referenceAt(line, 5)?.path).toEqual(['context']);
    expect(referenceAt(line, 34)).toBeUndefined();
  });
});

describe('VTL completion on the engine catalog', () => {
  it('offers the full $context tree and $input methods as snippets', async () => {
    const { vtlRoots, javaMethodsFor, directiveDoc } = await import('./catalog');
    const full = { roots: vtlRoots(), sample, template: '', methodsOf: javaMethodsFor, directiveDoc };
    const context = vtlCompletions('$context.', full)!.items.map((i) => i.label);
    expect(context).toEqual(expect.arrayContaining(['requestId', 'stage', 'identity', 'authorizer']));
    const identity = vtlCompletions('$context.identity.', full)!.items.map((i) => i.label);
    expect(identity).toEqual(expect.arrayContaining(['sourceIp', 'userAgent', 'clientCert']));
    const input = vtlCompletions('$input.', full)!.items;
    expect(input.map((i) => i.label)).toEqual(['body', 'json', 'path', 'params']);
    expect(input.find((i) => i.label === 'json')).toMatchObject({
      insertText: "json('${1:path}')",
      snippet: true,
    });
    // One entry for the two overloads of params, inserting the one-argument form.
    expect(input.find((i) => i.label === 'params')).toMatchObject({ insertText: "params('${1:name}')" });
    expect(vtlCompletions('$util.', full)!.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['escapeJavaScript', 'parseJson', 'urlEncode', 'base64Encode']),
    );
    // String members of $context get Java String methods.
    expect(vtlCompletions('$context.stage.', full)!.items.map((i) => i.label)).toEqual(
      expect.arrayContaining(['toUpperCase', 'length']),
    );
    expect(vtlCompletions('#', full)!.items.find((i) => i.label === 'foreach')?.detail).toMatch(/#foreach\(/);
  });
});
