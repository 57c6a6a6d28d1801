// Seeded random templates for differential testing against the Velocity oracle: fragments of text,
// references, directives and expressions glued with the whitespace and newlines that Velocity's lexer
// treats specially. Deterministic for a seed, so recorded fixtures can be regenerated and compared.

export function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

export function randomTemplate(seed) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const maybe = (p) => r() < p;
  const ws = () => pick(['', '', ' ', '  ', '\n', ' \n', '\t', '\n  ', '\r\n']);
  const vars = ['x', 'y', 'l', 'm', 's', 'n', 'i'];
  const lit = () =>
    pick([
      '1',
      '0',
      '-3',
      '2.5',
      '10.0',
      '1e3',
      "'a'",
      '"b"',
      '"$x"',
      '"${s}z"',
      "'it''s'",
      'true',
      'false',
      '[1, 2]',
      '[]',
      "{'k': 'v'}",
      '{}',
      '[1..3]',
      '[$n..1]',
      '"x#if(true)y#end"',
    ]);
  const ref = (d = 0) => {
    const base = pick([
      '$' + pick(vars),
      '$!' + pick(vars),
      '${' + pick(vars) + '}',
      '$input.path("$.a")',
      '$input.path("$.m")',
      '$input.json("$.a")',
      '$stageVariables.env',
      '$context.stage',
      '$nope',
      '$l[0]',
      '$m.k',
      '$m["k"]',
      '$s.length()',
      '$s.toUpperCase()',
      '$l.size()',
      '$m.keySet()',
      '$input.params("q")',
      '$foreach.count',
      '$velocityCount',
      '$s.substring(0, 1)',
      '$s.replaceAll("[a-c]", "-")',
      '$l.get(0)',
      '$m.get("k")',
    ]);
    return d < 1 && maybe(0.1) ? base + pick(['.class', '.toString()', '.size()', '[0]']) : base;
  };
  const operand = (d) => (maybe(0.5) ? ref(d) : lit());
  const expr = (d = 0) => {
    if (d > 2 || maybe(0.4)) return operand(d);
    const op = pick([
      ' + ',
      ' - ',
      ' * ',
      ' / ',
      ' % ',
      ' == ',
      ' != ',
      ' < ',
      ' >= ',
      ' && ',
      ' || ',
      ' eq ',
      ' and ',
    ]);
    if (maybe(0.1)) return '!' + operand(d);
    if (maybe(0.1)) return '(' + expr(d + 1) + ')';
    return expr(d + 1) + op + expr(d + 1);
  };
  const text = () =>
    pick([
      'a',
      'b c',
      '{',
      '}',
      '"',
      ',',
      ':',
      '.',
      '-',
      '(',
      ')',
      '[x]',
      ' ',
      'text',
      '\n',
      '# ',
      '$ ',
      '$.',
      '\\',
      '\\\\',
      '=',
      "'",
    ]);
  const stmt = (d) => {
    const k = r();
    if (d > 3 || k < 0.3) return text();
    if (k < 0.5) return ref(d);
    if (k < 0.62) return ws() + '#set(' + pick(['', ' ']) + '$' + pick(vars) + ' = ' + expr() + ')' + ws();
    if (k < 0.74)
      return (
        '#if(' +
        expr() +
        ')' +
        ws() +
        block(d + 1) +
        (maybe(0.3) ? '#elseif(' + expr() + ')' + ws() + block(d + 1) : '') +
        (maybe(0.4) ? '#else' + ws() + block(d + 1) : '') +
        '#end' +
        ws()
      );
    if (k < 0.84)
      return (
        '#foreach($' +
        pick(['i', 'e', 'x']) +
        ' in ' +
        pick(['[1..3]', '$l', '$m', '$input.path("$.a")', '[]', '$nope', '"str"']) +
        ')' +
        ws() +
        block(d + 1) +
        '#end' +
        ws()
      );
    if (k < 0.87) return '#define($' + pick(vars) + ')' + block(d + 1) + '#end';
    if (k < 0.9) return '#macro(mac $p)' + block(d + 1) + '#end' + ws() + '#mac(' + expr() + ')';
    if (k < 0.93) return pick(['## note\n', '#* c *#', '#[[ raw $x ]]#', '\\#if', '\\$x', '#break', '#stop']);
    return ws();
  };
  const block = (d) => {
    let s = '';
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) s += stmt(d);
    return s;
  };
  const prelude =
    "#set($x = 'abc')#set($l = [1, 'two', 3.0])#set($m = {'k': 'v', 'n': 2})#set($s = \"Str\")#set($n = 4)";
  return prelude + block(0);
}
