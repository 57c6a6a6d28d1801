import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../core/diagnostics';
import type { MethodDesign } from '../../core/design/types';
import {
  describeDiagnostic,
  diagnosticsAt,
  diagnosticsWithin,
  unclaimedDiagnostics,
  worstSeverity,
} from './diagnostics';
import { joinPointer, methodFormPaths } from './paths';

const method: MethodDesign = {
  path: '/pets',
  httpMethod: 'POST',
  function: 'Handler',
  integration: {
    proxy: false,
    requestTemplates: { 'application/json': '$input.body' },
    integrationResponses: [
      { statusCode: '400', selectionPattern: 'Bad.*', responseTemplates: { 'text/plain': 'x' } },
    ],
  },
  options: { methodResponses: [{ statusCode: '400', responseModels: { 'application/json': 'Error' } }] },
};

describe('where the method form shows diagnostics', () => {
  const paths = methodFormPaths(method, '/methods/2');

  it('covers every field, map entry and list item', () => {
    for (const p of [
      '/methods/2/path',
      '/methods/2/integration/timeout',
      '/methods/2/integration/vpcLink',
      '/methods/2/integration/requestTemplates/application~1json',
      '/methods/2/integration/integrationResponses/0/selectionPattern',
      '/methods/2/integration/integrationResponses/0/responseTemplates/text~1plain',
      '/methods/2/options/methodResponses/0/responseModels/application~1json',
      '/methods/2/options/apiKeyRequired',
      '/methods/2/options/requestValidatorOptions',
      '/methods/2/options/requestValidatorOptions/validateRequestParameters',
    ]) {
      expect(paths.has(p), p).toBe(true);
    }
    expect(paths.has('/methods/2')).toBe(false);
    expect(paths.has('/methods/2/integration/integrationResponses/1')).toBe(false);
  });

  it('leaves the rest for the top of the form', () => {
    const diagnostics: Diagnostic[] = [
      { severity: 'error', message: 'whole method', path: '/methods/2' },
      { severity: 'warning', message: 'timeout', path: '/methods/2/integration/timeout' },
      { severity: 'error', message: 'other method', path: '/methods/20/path' },
      { severity: 'error', message: 'unknown key', path: '/methods/2/integration/bogus' },
    ];
    expect(unclaimedDiagnostics(diagnostics, '/methods/2', paths).map((d) => d.message)).toEqual([
      'whole method',
      'unknown key',
    ]);
    expect(diagnosticsWithin(diagnostics, '/methods/2').length).toBe(3);
    expect(diagnosticsAt(diagnostics, '/methods/2/integration/timeout')[0].message).toBe('timeout');
    expect(worstSeverity(diagnostics)).toBe('error');
    expect(worstSeverity([])).toBeUndefined();
  });

  it('describes template positions', () => {
    expect(describeDiagnostic({ severity: 'error', message: 'Unclosed #if', line: 3, column: 5 })).toBe(
      'line 3, column 5: Unclosed #if',
    );
    expect(describeDiagnostic({ severity: 'info', message: 'm', hint: 'do x' })).toBe('m — do x');
  });
});

describe('joinPointer', () => {
  it('escapes / and ~ in keys', () => {
    expect(joinPointer('/methods/0/integration/requestTemplates', 'application/json')).toBe(
      '/methods/0/integration/requestTemplates/application~1json',
    );
    expect(joinPointer('', 'a~b', 3)).toBe('/a~0b/3');
  });
});
