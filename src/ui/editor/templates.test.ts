import { describe, expect, it } from 'vitest';
import { looksLikeJson, methodTemplates } from './templates';

describe('templates of a method', () => {
  it('lists request then response templates with pointers and labels', () => {
    const refs = methodTemplates(
      {
        path: '/pets',
        httpMethod: 'POST',
        function: 'Handler',
        integration: {
          requestTemplates: { 'application/json': 'a', 'text/plain': 'b' },
          integrationResponses: [
            { statusCode: '200' },
            { statusCode: '400', selectionPattern: 'Bad.*', responseTemplates: { 'application/json': 'c' } },
          ],
        },
      },
      3,
    );
    expect(refs.map((r) => [r.path, r.phase, r.title])).toEqual([
      ['/methods/3/integration/requestTemplates/application~1json', 'request', 'Request · application/json'],
      ['/methods/3/integration/requestTemplates/text~1plain', 'request', 'Request · text/plain'],
      [
        '/methods/3/integration/integrationResponses/1/responseTemplates/application~1json',
        'response',
        'Response 400 /Bad.*/ · application/json',
      ],
    ]);
    expect(refs[2].ariaLabel).toBe(
      'Integration response 2 response template application/json (responseTemplates)',
    );
    expect(methodTemplates(undefined, 0)).toEqual([]);
  });

  it('recognises JSON output', () => {
    expect(looksLikeJson(' {"a": 1} ')).toBe(true);
    expect(looksLikeJson('[1,')).toBe(false);
    expect(looksLikeJson('"x"')).toBe(false);
  });
});
