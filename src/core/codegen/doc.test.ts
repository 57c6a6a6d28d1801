import { describe, expect, it } from 'vitest';
import {
  concat,
  conditionalGroup,
  group,
  hardline,
  ifBreak,
  indent,
  join,
  line,
  link,
  multilineText,
  render,
  softline,
  withPositions,
  type Doc,
} from './doc';

function object(entries: Doc[]): Doc {
  return group(concat('{', indent(concat(line, join(concat(',', line), entries))), ifBreak(','), line, '}'));
}

describe('doc layout', () => {
  it('prints a group flat when it fits and broken when it does not', () => {
    const doc = object(['a: 1', 'b: 2']);
    expect(render(doc, 20).text).toBe('{ a: 1, b: 2 }');
    expect(render(doc, 10).text).toBe('{\n  a: 1,\n  b: 2,\n}');
  });

  it('counts what follows a group on the same line', () => {
    const doc = concat(object(['a: 1']), ');');
    expect(render(doc, 10).text).toBe('{ a: 1 });');
    expect(render(doc, 9).text).toBe('{\n  a: 1,\n});');
  });

  it('hugs the last argument when only it needs to break (conditional group)', () => {
    const arg = object(['alpha: 1', 'beta: 2']);
    const flat = concat('f(x, ', arg, ')');
    const hugged = concat('f(x, ', group(arg, { broken: true }), ')');
    const broken = group(concat('f(', indent(concat(softline, 'x,', line, arg)), softline, ')'), {
      broken: true,
    });
    const doc = conditionalGroup([flat, hugged, broken]);
    expect(render(doc, 40).text).toBe('f(x, { alpha: 1, beta: 2 })');
    expect(render(doc, 20).text).toBe('f(x, {\n  alpha: 1,\n  beta: 2,\n})');
    expect(render(doc, 4).text).toBe('f(\n  x,\n  {\n    alpha: 1,\n    beta: 2,\n  }\n)');
  });

  it('breaks every group around multi-line text and leaves no trailing spaces', () => {
    const doc = concat(indent(concat('x', hardline, hardline, object(['t: ', multilineText('`a\nb`')]))));
    expect(render(doc, 80).text).toBe('x\n\n  {\n    t: ,\n    `a\nb`,\n  }');
  });

  it('records the span and position each link printed to', () => {
    const doc = concat(
      'const x = ',
      object([link('/a', 'a: 1'), link('/b', concat('b: ', link('/b/v', '2')))]),
      ';',
    );
    const { text, links } = render(doc, 12);
    expect(text).toBe('const x = {\n  a: 1,\n  b: 2,\n};');
    expect(withPositions(text, links)).toEqual([
      { path: '/a', start: 14, end: 18, line: 2, column: 3, endLine: 2, endColumn: 7 },
      { path: '/b', start: 22, end: 26, line: 3, column: 3, endLine: 3, endColumn: 7 },
      { path: '/b/v', start: 25, end: 26, line: 3, column: 6, endLine: 3, endColumn: 7 },
    ]);
    expect(render(doc, 12, { trackLinks: false })).toEqual({ text, links: [] });
  });
});
