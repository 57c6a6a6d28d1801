import { describe, expect, it } from 'vitest';
import { formatJson, jsonProblems } from './jsonText';

describe('JSON problems for the sample editors', () => {
  it('accepts valid JSON and empty text', () => {
    expect(jsonProblems('{"a": [1, 2, {"b": null}]}')).toEqual([]);
    expect(jsonProblems('  ')).toEqual([]);
  });

  it('reports problems with 1-based positions', () => {
    expect(jsonProblems('{\n  "a": 1,\n}')).toEqual([
      { message: 'Property name expected (in double quotes)', line: 3, column: 1, endLine: 3, endColumn: 2 },
    ]);
    const [missing] = jsonProblems('{"a" 1}');
    expect(missing).toMatchObject({ message: 'Colon expected', line: 1, column: 6 });
    expect(jsonProblems('{"a": 1} // c').map((p) => p.message)).toContain('Comments are not allowed in JSON');
  });

  it('formats with two spaces', () => {
    expect(formatJson('{"a":[1,2],"b":{}}')).toBe('{\n  "a": [\n    1,\n    2\n  ],\n  "b": {}\n}');
  });
});
