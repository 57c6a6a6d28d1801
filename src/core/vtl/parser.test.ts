import { describe, expect, it } from 'vitest';
import type { Stmt } from './ast';
import { parseVtl } from './parser';

function body(text: string): Stmt[] {
  const r = parseVtl(text);
  if (!r.template) throw new Error(r.error?.message);
  return r.template.body;
}

describe('Velocity grammar', () => {
  it('merges adjacent text and keeps references and directives apart', () => {
    const b = body('a $x b #set($y = 1) c');
    expect(b.map((s) => s.t)).toEqual(['text', 'ref', 'text', 'set', 'text']);
  });

  it('reads reference chains: properties, methods with arguments, indexes', () => {
    const [s] = body('$a.b.c("x", 1)[0]');
    expect(s.t).toBe('ref');
    if (s.t !== 'ref') return;
    expect(s.ref.root).toBe('a');
    expect(s.ref.parts.map((p) => p.t)).toEqual(['prop', 'method', 'index']);
    expect(s.ref.literal).toBe('$a.b.c("x", 1)[0]');
  });

  it('marks quiet, formal, escaped and glued references', () => {
    const kinds = body('$!a ${b} \\$c #$d').flatMap((s) => (s.t === 'ref' ? [s.ref] : []));
    expect(kinds.map((r) => [r.kind, r.escaped, r.morePrefix])).toEqual([
      ['quiet', false, ''],
      ['formal', false, ''],
      ['normal', true, ''],
      ['normal', false, '#'],
    ]);
  });

  it('builds #if / #elseif / #else branches', () => {
    const [s] = body('#if($a)1#elseif($b)2#else 3#end');
    expect(s.t).toBe('if');
    if (s.t !== 'if') return;
    expect(s.branches).toHaveLength(2);
    expect(s.otherwise).toHaveLength(1);
  });

  it('gives operators Velocity precedence: && binds before ||, * before +', () => {
    const [s] = body('#set($x = 1 + 2 * 3 || $a && $b)');
    if (s.t !== 'set') throw new Error('not a set');
    expect(s.value.t).toBe('bin');
    if (s.value.t !== 'bin') return;
    expect(s.value.op).toBe('or');
    const left = s.value.left;
    expect(left.t === 'bin' && left.op).toBe('add');
  });

  it('registers macros defined anywhere, first definition winning', () => {
    const r = parseVtl('#m()#macro(m $a)1#end#macro(m $b)2#end#if(false)#macro(n)x#end#end');
    expect([...(r.template?.macros.keys() ?? [])]).toEqual(['m', 'n']);
    expect(r.template?.macros.get('m')?.params).toEqual(['a']);
  });

  it('parses interpolated strings as templates of their own', () => {
    const [s] = body('#set($s = "a $b")');
    if (s.t !== 'set') throw new Error('not a set');
    expect(s.value.t).toBe('istr');
    const [t] = body("#set($s = 'a $b')");
    if (t.t !== 'set') throw new Error('not a set');
    expect(t.value.t).toBe('str');
  });

  it('reports parse errors with a position', () => {
    const r = parseVtl('line 1\n#if(true)\nunclosed');
    expect(r.template).toBeNull();
    expect(r.error?.message).toMatch(/#end/);
    // at the end of the template, where #end was expected
    expect(r.error?.start).toBe('line 1\n#if(true)\nunclosed'.length);
    const e = parseVtl('a\n#set($x = )');
    expect(e.error?.message).toMatch(/Encountered "\)"/);
    expect(e.error?.start).toBe(12);
  });

  it('rejects what Velocity rejects: stray #end, unary minus, expressions in method arguments', () => {
    expect(parseVtl('#end').error?.message).toMatch(/#end/);
    expect(parseVtl('#set($n = -$x)').error).not.toBeNull();
    expect(parseVtl('$a.b($c + 1)').error).not.toBeNull();
    expect(parseVtl('#foreach($i in $l)').error).not.toBeNull();
  });

  it('refuses pathological nesting instead of overflowing the stack', () => {
    const deep = '#if(true)'.repeat(5000) + 'x' + '#end'.repeat(5000);
    const r = parseVtl(deep);
    expect(r.template).toBeNull();
    expect(r.error?.message).toMatch(/nest/i);
    const parens = '#set($x = ' + '('.repeat(3000) + '1' + ')'.repeat(3000) + ')';
    expect(parseVtl(parens).error).not.toBeNull();
  });
});
