import { describe, expect, it } from 'vitest';
import {
  APPSYNC_ONLY_UTIL,
  CONTEXT_ROOT,
  INPUT_ROOT,
  JAVA_METHODS,
  UTIL_ROOT,
  VTL_DIRECTIVES,
  VTL_ROOTS,
} from './catalog';
import type { VtlMember } from './catalog';
import { renderTemplate } from './index';

function walk(m: VtlMember, f: (m: VtlMember) => void): void {
  f(m);
  for (const c of m.members ?? []) walk(c, f);
}

describe('the catalog the editor builds on', () => {
  it('gives every member a signature and a doc string', () => {
    for (const root of VTL_ROOTS)
      walk(root, (m) => {
        expect(m.signature.startsWith('$'), m.signature).toBe(true);
        expect(m.doc.length, m.signature).toBeGreaterThan(10);
      });
  });

  it('lists the full documented $context tree', () => {
    const names: string[] = [];
    walk(CONTEXT_ROOT, (m) => names.push(m.signature));
    for (const s of [
      '$context.identity.clientCert.validity.notAfter',
      '$context.authorizer.claims',
      '$context.authorizer.principalId',
      '$context.requestOverride.header',
      '$context.responseOverride.status',
      '$context.isCanaryRequest',
      '$context.wafResponseCode',
      '$context.webaclArn',
      '$context.domainPrefix',
      '$context.extendedRequestId',
      '$context.identity.principalOrgId',
      '$context.identity.apiKeyId',
      '$context.requestTimeEpoch',
    ])
      expect(names, s).toContain(s);
  });

  it('describes only $util and $input methods that exist in the engine', () => {
    for (const m of UTIL_ROOT.members ?? []) {
      const r = renderTemplate(`$util.${m.name}("YQ==")`, { request: {} });
      expect(r.failure, m.name).toBeNull();
      expect(r.output, m.name).not.toBe('');
    }
    for (const m of INPUT_ROOT.members ?? []) {
      const arg = !m.params?.length ? '' : m.name === 'params' ? '"id"' : '"$"';
      const call = m.kind === 'method' ? `$input.${m.name}(${arg})` : `$input.${m.name}`;
      const r = renderTemplate(call, { request: { body: '{"a":1}', pathParameters: { id: '7' } } });
      expect(r.output, call).not.toBe('');
    }
  });

  it('lists AppSync-only helpers that are not in API Gateway $util', () => {
    const util = new Set(UTIL_ROOT.members?.map((m) => m.name));
    expect(APPSYNC_ONLY_UTIL.map((h) => h.name)).toEqual(
      expect.arrayContaining(['toJson', 'qr', 'dynamodb']),
    );
    for (const h of APPSYNC_ONLY_UTIL) expect(util.has(h.name), h.name).toBe(false);
  });

  it('describes Java methods the engine implements', () => {
    const probes: Record<'String' | 'List' | 'Map', string> = {
      String: "#set($v = 'a,b')",
      List: '#set($v = [1, 2])',
      Map: "#set($v = {'a': 1})",
    };
    const args: Record<string, string> = {
      charAt: '0',
      substring: '1',
      indexOf: "'a'",
      lastIndexOf: "'a'",
      contains: "'a'",
      startsWith: "'a'",
      endsWith: "'a'",
      equals: "'a'",
      equalsIgnoreCase: "'a'",
      compareTo: "'a'",
      replace: "'a', 'b'",
      replaceAll: "'a', 'b'",
      replaceFirst: "'a', 'b'",
      matches: "'a'",
      split: "','",
      concat: "'a'",
      get: '0',
      add: '3',
      addAll: '[3]',
      set: '0, 9',
      remove: '0',
      put: "'b', 2",
      putAll: "{'c': 3}",
      containsKey: "'a'",
      containsValue: '1',
    };
    for (const [kind, methods] of Object.entries(JAVA_METHODS) as Array<
      ['String' | 'List' | 'Map', typeof JAVA_METHODS.String]
    >) {
      for (const m of methods) {
        let a = args[m.name] ?? '';
        if (kind === 'Map' && m.name === 'get') a = "'a'";
        if (kind === 'Map' && m.name === 'remove') a = "'a'";
        const r = renderTemplate(`${probes[kind]}#set($r = $v.${m.name}(${a}))#if($r || "$!r" == "")ok#end`, {
          request: {},
        });
        expect(
          r.diagnostics.filter((d) => d.code === 'vtl/no-such-method'),
          `${kind}.${m.name}`,
        ).toEqual([]);
      }
    }
  });

  it('lists the directives', () => {
    expect(VTL_DIRECTIVES.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        'set',
        'if',
        'elseif',
        'else',
        'end',
        'foreach',
        'break',
        'stop',
        'define',
        'macro',
      ]),
    );
  });
});
