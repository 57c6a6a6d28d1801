import { describe, expect, it } from 'vitest';
import { parseTemplate, renderParsed, renderTemplate } from './index';

const render = (t: string, body = '{"a":[1,2],"m":{"k":"v"}}') => renderTemplate(t, { request: { body } });
const out = (t: string, body?: string) => {
  const r = render(t, body);
  if (r.failure) throw new Error(r.failure.message);
  return r.output;
};

describe('Velocity rendering under API Gateway', () => {
  it('renders null and missing references as empty text', () => {
    expect(out('[$nope][$nope.x][$!nope][${nope}][$input.path("$.zz")][$stageVariables.zz]')).toBe(
      '[][][][][][]',
    );
  });

  it('compares null as "" in == and != (recorded on API Gateway)', () => {
    expect(out('#if($nope == "")y#end#if($nope != "")n#end#if($nope == $other)s#end')).toBe('ys');
  });

  it('keeps the previous value when #set receives null, and says so', () => {
    const r = render("#set($x = 'a')#set($x = $nothing)$x");
    expect(r.output).toBe('a');
    expect(r.diagnostics.some((d) => d.code === 'vtl/set-null-keeps-value')).toBe(true);
  });

  it('treats only null and false as false in #if; literals directly in #if are false', () => {
    expect(
      out(
        "#set($e = '')#set($z = 0)#set($l = [])#if($e)e#end#if($z)z#end#if($l)l#end#if('x')x#end#if(1)1#end",
      ),
    ).toBe('ezl');
  });

  it('concatenates with the source text of a null operand', () => {
    expect(out("#set($s = 'a' + $u)$s|#set($n = $u + 1)[$n]")).toBe('a$u|[]');
  });

  it('iterates maps by value, skips null/strings/numbers, restores the loop variable', () => {
    expect(out("#set($i = 'before')#foreach($i in {'a':1,'b':2})$i#end|#foreach($i in 'abc')x#end|$i")).toBe(
      '12||before',
    );
  });

  it('stops #foreach after 1000 iterations with a warning', () => {
    const r = render('#foreach($i in [1..1500])#set($last = $i)#end$last');
    expect(r.output).toBe('1000');
    expect(r.diagnostics.find((d) => d.code === 'vtl/foreach-limit')?.severity).toBe('warning');
  });

  it('provides $foreach.index/count/hasNext/first/last/parent and $velocityCount', () => {
    expect(
      out(
        '#foreach($i in [1..2])#foreach($j in [1])$foreach.parent.index$foreach.count$foreach.hasNext$foreach.first#end;#end',
      ),
    ).toBe('01falsetrue;11falsetrue;');
    expect(out('#foreach($i in [1..3])$velocityCount$velocityHasNext #end')).toBe('1true 2true 3false ');
  });

  it('#break leaves the innermost loop; outside a loop it ends the template like #stop', () => {
    expect(out('#foreach($i in [1..3])#if($i == 2)#break#end$i#end|')).toBe('1|');
    expect(out('a#break b')).toBe('a');
    expect(out('a#stop b')).toBe('a');
  });

  it('passes macro arguments by name and lets missing ones render empty', () => {
    expect(out('#macro(m $a)$a $a#end#m($foo.add(1))#set($foo = [])#m($foo.add(1))$foo')).toBe(
      ' true true[1, 1]',
    );
    expect(out("#macro(m $a $b)[$a][$b]#end#m('x')")).toBe('[x][]');
  });

  it('renders #define blocks late-bound, with Velocity depth limit 2 on recursion', () => {
    expect(out('#define($d)[$x]#end#set($x = 1)$d#set($x = 2)$d')).toBe('[1][2]');
    expect(out('#define($a)x$a#end$a|')).toBe('xx$a|');
  });

  it('fails on runtime errors with the position and keeps the output rendered so far', () => {
    const r = render('line1\n#set($s = "abc")$s.substring(4)');
    expect(r.failure?.kind).toBe('runtime');
    expect(r.output).toBe('line1\n');
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect([d?.line, d?.column]).toEqual([2, 17]);
    expect(d?.message).toMatch(/StringIndexOutOfBoundsException/);
  });

  it('fails on an index out of bounds', () => {
    expect(render('#set($l = [1,2])$l[5]').failure?.kind).toBe('runtime');
  });

  it('stops runaway recursion: macros at depth 20, as Velocity does', () => {
    const r = render('#macro(r $n)#r($n)#end#r(1)');
    expect(r.failure?.message).toMatch(/MacroOverflowException/);
  });

  it('stops runaway loops with the step budget', () => {
    const r = renderTemplate(
      '#foreach($a in [1..1000])#foreach($b in [1..1000])#foreach($c in [1..1000])x#end#end#end',
      {
        request: {},
      },
      { limits: { maxSteps: 200_000 } },
    );
    expect(r.failure?.kind).toBe('limit');
    expect(r.failure?.message).toMatch(/evaluation steps/);
  });

  it('caps output and string sizes', () => {
    const big = renderTemplate('#set($s = "xxxxxxxxxx")#foreach($i in [1..40])#set($s = "$s$s")#end$s', {
      request: {},
    });
    expect(big.failure?.kind).toBe('limit');
    const wide = renderTemplate(
      '#foreach($i in [1..1000])#foreach($j in [1..1000])0123456789#end#end',
      { request: {} },
      { limits: { maxOutput: 100_000 } },
    );
    expect(wide.failure?.kind).toBe('limit');
    expect(wide.output.length).toBeLessThanOrEqual(100_010);
  });

  it('stops exponential structures: printing, comparing and doubling nested lists', () => {
    const grow =
      '#set($a = [1])#set($b = [1])#foreach($i in [1..40])#set($a = [$a, $a])#set($b = [$b, $b])#end';
    expect(render(grow + '$a').failure?.kind).toBe('limit');
    expect(render(grow + '#if($a == $b)eq#end').failure?.kind).toBe('limit');
    expect(
      render('#set($l = [1])#foreach($i in [1..40])#set($x = $l.addAll($l))#end').failure?.message,
    ).toMatch(/2,000,000/);
  });

  it('refuses giant ranges instead of allocating them', () => {
    expect(render('#set($r = [1..2000000000])').failure?.kind).toBe('limit');
  });

  it('rejects templates over 300 KB like API Gateway', () => {
    const r = renderTemplate('x'.repeat(300 * 1024 + 1), { request: {} });
    expect(r.failure?.kind).toBe('limit');
    expect(r.diagnostics[0].message).toMatch(/300 KB/);
  });

  it('evaluates #evaluate in the current context', () => {
    expect(out("#evaluate('#set($e = 5)$e')|$e")).toBe('5|5');
  });

  it('reports parse errors with line and column, and renders nothing', () => {
    const r = renderTemplate('ok\n  #if($a\n', { request: {} });
    expect(r.failure?.kind).toBe('parse');
    expect(r.output).toBe('');
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', line: 3, column: 1 });
  });

  it('parses once and renders many samples', () => {
    const parsed = parseTemplate('{"id": "$input.params(\'id\')", "n": $input.json(\'$.n\')}');
    const a = renderParsed(parsed, { request: { pathParameters: { id: 'a' }, body: '{"n": 1}' } });
    const b = renderParsed(parsed, { request: { pathParameters: { id: 'b' }, body: '{"n": [2]}' } });
    expect(a.output).toBe('{"id": "a", "n": 1}');
    expect(b.output).toBe('{"id": "b", "n": [2]}');
  });
});

describe('warnings for the traps users hit', () => {
  it('warns about an unknown $context key, with a case hint', () => {
    const r = renderTemplate('$context.requestID', { request: {} });
    const d = r.diagnostics.find((x) => x.code === 'vtl/unknown-context-key');
    expect(d?.message).toMatch(/requestId/);
    expect([d?.line, d?.column, d?.endColumn]).toEqual([1, 9, 19]);
  });

  it('does not warn about authorizer keys, claims and override headers', () => {
    const r = renderTemplate(
      '$context.authorizer.tenant $context.authorizer.claims.sub $context.requestOverride.header.X',
      { request: {} },
    );
    expect(r.diagnostics.filter((d) => d.code === 'vtl/unknown-context-key')).toEqual([]);
  });

  it('warns about escapeJavaScript output in JSON without restoring quotes', () => {
    const t = '{"q": "$util.escapeJavaScript($input.params(\'q\'))"}';
    const r = renderTemplate(t, {
      request: { queryStringParameters: { q: "it's" } },
      contentType: 'application/json',
    });
    expect(r.diagnostics.some((d) => d.code === 'vtl/escapejavascript-in-json')).toBe(true);
    expect(r.diagnostics.some((d) => d.code === 'vtl/output-not-json')).toBe(true);
    const fixed = renderTemplate(t.replace('))"', ')).replaceAll("\\\\\'","\'")"'), {
      request: { queryStringParameters: { q: "it's" } },
      contentType: 'application/json',
    });
    expect(fixed.output).toBe('{"q": "it\'s"}');
    expect(fixed.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('warns when a map prints as {k=v} into JSON output', () => {
    const r = renderTemplate('{"m": $input.path(\'$.m\')}', { request: { body: '{"m":{"k":"v"}}' } });
    expect(r.output).toBe('{"m": {k=v}}');
    expect(r.diagnostics.some((d) => d.code === 'vtl/map-printed')).toBe(true);
  });

  it('warns about a dangling comma in JSON output', () => {
    const r = renderTemplate('[#foreach($i in [1,2])$i,#end]', {
      request: {},
      contentType: 'application/json',
    });
    const d = r.diagnostics.find((x) => x.code === 'vtl/output-not-json');
    expect(d?.message).toMatch(/dangling comma/);
  });

  it('does not run the JSON checks for other content types', () => {
    const r = renderTemplate('[#foreach($i in [1,2])$i,#end]', {
      request: {},
      contentType: 'application/xml',
    });
    expect(r.diagnostics).toEqual([]);
  });
});
