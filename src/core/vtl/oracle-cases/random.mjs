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

const pickFrom = (r) => (a) => a[Math.floor(r() * a.length)];

/** Token soup: VTL-significant characters and fragments in random order (lexer edge cases, parse errors). */
export function soupTemplate(seed) {
  const r = rng(seed);
  const atoms = [
    '$',
    '#',
    '\\',
    '{',
    '}',
    '(',
    ')',
    '[',
    ']',
    '.',
    '!',
    '"',
    "'",
    ' ',
    '\n',
    '\t',
    'a',
    'x',
    '1',
    '-',
    '*',
    ',',
    ':',
    '=',
    '@',
    '_',
    'set',
    'if',
    'end',
    'else',
    'elseif',
    'foreach',
    'in',
    'macro',
    'define',
    'break',
    'stop',
    'true',
    'false',
    '..',
    '##',
    '#*',
    '*#',
    '#[[',
    ']]#',
    '$x',
    '$!x',
    '${x}',
    '$x.y',
    '$x.y()',
    '$l[0]',
    '#set($x = 1)',
    '#if(true)',
    '#end',
    '#else',
    '#foreach($i in [1..2])',
    '$input.body',
    '$s.length()',
    '"$x"',
    "'$x'",
    '\\$x',
    '\\#if',
    '\\\\',
    '#set(',
    '#if(',
    '#{if}(',
    '#{end}',
    '==',
    '!=',
    '&&',
    '||',
    'and',
    'not',
    '+',
    '%',
    '2.5',
    '-1',
    '"a""b"',
    "'a''b'",
    '[1..3]',
    "{'k':1}",
    '$foreach.count',
    '$velocityCount',
    '#m(',
    '$m.k',
    '\r\n',
  ];
  const pick = pickFrom(r);
  let s = "#set($x = 'v')#set($l = [1,2])#set($s = 'str')#set($m = {'k': 'v'})#macro(m $a)[$a]#end";
  const len = 3 + Math.floor(r() * 22);
  for (let k = 0; k < len; k++) s += pick(atoms);
  return s;
}

/** A random JSON document and a random Jayway path over it. */
export function jsonPathCase(seed) {
  const r = rng(seed);
  const pick = pickFrom(r);
  const val = (d) => {
    const k = r();
    if (d > 3 || k < 0.35)
      return pick([1, 2, 0, -1, 2.5, 'a', 'b/c', '', null, true, false, 'x y', 10.0, '1']);
    if (k < 0.65) return Array.from({ length: Math.floor(r() * 4) }, () => val(d + 1));
    const o = {};
    const n = Math.floor(r() * 4);
    for (let i = 0; i < n; i++) o[pick(['a', 'b', 'c', 'price', 'name', 'id'])] = val(d + 1);
    return o;
  };
  const seg = () =>
    pick([
      '.a',
      '.b',
      '.c',
      '.price',
      '.name',
      '.*',
      '[0]',
      '[1]',
      '[-1]',
      '[*]',
      '[0,1]',
      '[1:]',
      '[:1]',
      '[-2:]',
      "['a']",
      "['a','b']",
      '..a',
      '..price',
      '..[0]',
      '..*',
      '[?(@.a)]',
      '[?(@.price > 1)]',
      "[?(@.name == 'a')]",
      '[?(@ == 1)]',
      '[?(!@.b)]',
      '[?(@.a && @.b)]',
      '[?(@.id || @.c)]',
      '[?(@.a =~ /a.*/)]',
      '.length()',
      '[2:3]',
      "[?(@.name != 'a')]",
      '[?(@.price <= 2.5)]',
    ]);
  let p = '$';
  const n = Math.floor(r() * 4);
  for (let k = 0; k < n; k++) p += seg();
  const q = p.replace(/'/g, "''");
  return {
    template: `$input.json('${q}')|#set($v = $input.path('${q}'))$v|$v.class`,
    body: JSON.stringify(val(0)),
  };
}

/** Integer, long, BigInteger and double arithmetic and comparisons. */
export function numberTemplate(seed) {
  const r = rng(seed);
  const pick = pickFrom(r);
  const nums = [
    '0',
    '1',
    '-1',
    '7',
    '-7',
    '3',
    '2147483647',
    '-2147483648',
    '2147483648',
    '9223372036854775807',
    '0.5',
    '-0.5',
    '2.5',
    '10.0',
    '1e7',
    '1e-4',
    '1.0E-3',
    '123456.789',
    '0.1',
    '1e20',
    '1e300',
    '$j.i',
    '$j.d',
    '$j.l',
    '$j.z',
    '$j.e',
    '$j.p',
  ];
  let e = pick(nums);
  const k = 1 + Math.floor(r() * 3);
  for (let q = 0; q < k; q++) e += ' ' + pick(['+', '-', '*', '/', '%']) + ' ' + pick(nums);
  const cmp = pick(['==', '!=', '<', '>', '<=', '>=']);
  return `#set($j = $input.path('$'))#set($r = ${e})[$r] #if(${pick(nums)} ${cmp} ${pick(nums)})T#else F#end`;
}
export const numberBody = JSON.stringify({ i: 42, d: 2.75, l: 3000000000, z: 0, e: 1e7, p: 249.99 });

/** Doubles produced by arithmetic, printed (Java's Double.toString digits). */
export function doubleTemplate(seed) {
  const r = rng(seed);
  const lit = () => {
    const k = r();
    if (k < 0.3) return (r() * 1000).toFixed(Math.floor(r() * 6));
    if (k < 0.5) return String(Math.floor(r() * 1e6)) + '.' + String(Math.floor(r() * 1e6));
    if (k < 0.7) return (r() * 10).toPrecision(1 + Math.floor(r() * 15)).replace(/e\+?/, 'E');
    if (k < 0.85) return '1.0E' + (Math.floor(r() * 600) - 300);
    return String(Math.floor(r() * 100)) + '.0';
  };
  let t = '';
  for (let k = 0; k < 6; k++) t += `#set($v = ${lit()} ${pickFrom(r)(['*', '/', '+', '-'])} ${lit()})$v|`;
  return t;
}

/** Java regex through replaceAll / replaceFirst / matches / split. */
export function regexTemplate(seed) {
  const r = rng(seed);
  const pick = pickFrom(r);
  const atoms = [
    'a',
    'b',
    '.',
    '\\\\d',
    '\\\\w',
    '\\\\s',
    '\\\\S',
    '\\\\W',
    '[a-c]',
    '[^a]',
    '[0-9]',
    '\\\\.',
    '(a|b)',
    '(x)',
    '^',
    '$',
    '\\\\b',
    '[.]',
    '-',
    ' ',
    '[a\\\\-z]',
    '[-a]',
    '\\\\p{Alpha}',
    '\\\\p{L}',
    '\\\\t',
    ',',
    '(?:ab)',
    'é',
    '\\\\n',
    '{1,2}',
  ];
  const quants = ['', '', '', '*', '+', '?', '{2}', '{1,2}', '*?', '+?'];
  let p = r() < 0.1 ? '(?i)' : '';
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) p += pick(atoms) + pick(quants);
  const s = pick([
    'abc',
    'a.b.c',
    'aaa',
    'x y  z',
    'a1b22c333',
    ' lead',
    'trail ',
    'A-B-C',
    'café',
    'tab\\there',
    'a,b,,c,,',
    '',
    'line1\\nline2',
  ]);
  const rep = pick(['X', '', '$0', '[$0]', '-', '\\\\$', '$1']);
  const lim = pick(['', '', ', -1', ', 2', ', 0']);
  return `#set($s = "${s}")#set($p = "${p}")$s.replaceAll($p, "${rep}")|$s.replaceFirst($p, "${rep}")|$s.matches($p)|#foreach($x in $s.split($p${lim}))[$x]#end`;
}

/** Macros (arguments by name or by value), #define, #evaluate, escapes of macro calls and arguments. */
export function macroTemplate(seed) {
  const r = rng(seed);
  const pick = pickFrom(r);
  const args = () =>
    pick([
      '',
      '$x',
      "'lit'",
      '"in $x"',
      '[1, 2]',
      '$l',
      '$nope',
      '$x $l',
      "$x, 'b'",
      '{"k": $x}',
      '$m.k',
      '$l[0]',
      'true',
      '1',
      '$i',
    ]);
  const body = () =>
    pick([
      '[$a]',
      '$a$b',
      '#set($a = "z")$a',
      '#set($y = $a)',
      '#foreach($e in $a)$e,#end',
      '#if($a)T#else F#end',
      '$a.size()',
      '#m2($a)',
      '\\$a',
      '$!a',
      '${a}',
      '#break',
      '"$a"',
      '#set($x = "$x!")',
      '#mac($a)',
    ]);
  let t = "#set($x = 'v')#set($l = [1,2])#set($m = {'k': 'w'})";
  t += pick([
    '#macro(mac $a $b)' + body() + body() + '#end',
    '#macro(mac $a)' + body() + '#end',
    '#macro(mac)' + body() + '#end',
  ]);
  t += pick(['', '#macro(m2 $q)<$q>#end', '#macro(m2 $a)#set($a = "m2")$a#end']);
  t += pick(['', '#define($d)' + body() + '[$x]#end', '#define($d)$d#end']);
  const len = 1 + Math.floor(r() * 6);
  for (let k = 0; k < len; k++) {
    t += pick([
      `#mac(${args()})`,
      `#mac(${args()})\n`,
      '$d',
      '#set($x = "$d")$x',
      `#evaluate("#mac(${args().replace(/"/g, "'")})")`,
      '#foreach($i in [1..2])#mac($i)#end',
      '$a|$b|$y',
      '#set($s = "#mac(\'q\')")$s',
      '\\#mac()',
      '\\\\#mac(1)',
      '#mac',
      ' ',
      '\n',
      'text',
      '#if($d)D#end',
      '$x',
      '#m2($x)',
    ]);
  }
  return t;
}
