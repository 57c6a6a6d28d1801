import { describe, expect, it } from 'vitest';
import type { Design, MethodOptionsDesign } from '../types';
import { parseDesign } from '../parse';
import { validateDesign } from '../validate';

function design(options: MethodOptionsDesign): Design {
  return {
    version: 1,
    stack: { id: 'S' },
    api: { id: 'Api' },
    functions: [{ id: 'Fn', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: 'x' } }],
    methods: [{ path: '/search', httpMethod: 'GET', function: 'Fn', options }],
  };
}

const validatorCodes = (d: Design) =>
  validateDesign(d)
    .filter((diagnostic) => diagnostic.code?.startsWith('validator/'))
    .map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.path]);

describe('parseDesign: options.requestValidatorOptions', () => {
  it('reads the three fields and keeps left-out apart from false', () => {
    const input = design({
      requestValidatorOptions: { requestValidatorName: 'params', validateRequestParameters: false },
    });
    const { design: parsed, diagnostics } = parseDesign(JSON.parse(JSON.stringify(input)));
    expect(diagnostics).toEqual([]);
    expect(parsed?.methods[0].options?.requestValidatorOptions).toEqual({
      requestValidatorName: 'params',
      validateRequestParameters: false,
    });
    expect(parsed?.methods[0].options?.requestValidatorOptions).not.toHaveProperty('validateRequestBody');
  });

  it('keeps an explicitly empty struct', () => {
    const { design: parsed } = parseDesign(design({ requestValidatorOptions: {} }));
    expect(parsed?.methods[0].options?.requestValidatorOptions).toEqual({});
  });

  it('warns about an unknown key and leaves it out', () => {
    const input = JSON.parse(JSON.stringify(design({}))) as Record<string, unknown>;
    const method = (input.methods as Array<Record<string, Record<string, unknown>>>)[0];
    method.options.requestValidatorOptions = { validateRequestParameters: true, requestValidatorId: 'abc' };
    const { design: parsed, diagnostics } = parseDesign(input);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'design/unknown-key',
        path: '/methods/0/options/requestValidatorOptions/requestValidatorId',
        message: 'Unknown key "requestValidatorId" in requestValidatorOptions; it is ignored.',
      }),
    ]);
    expect(parsed?.methods[0].options?.requestValidatorOptions).toEqual({ validateRequestParameters: true });
  });

  it.each([
    ['requestValidatorName', 7, 'Expected a string, got a number.'],
    ['validateRequestBody', 'yes', 'Expected true or false, got a string.'],
    ['validateRequestParameters', null, 'Expected true or false, got null.'],
  ])('refuses a wrong type for %s', (field, value, message) => {
    const input = JSON.parse(JSON.stringify(design({}))) as Record<string, unknown>;
    const method = (input.methods as Array<Record<string, Record<string, unknown>>>)[0];
    method.options.requestValidatorOptions = { [field]: value };
    const { design: parsed, diagnostics } = parseDesign(input);
    expect(parsed).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'design/type',
        path: `/methods/0/options/requestValidatorOptions/${field}`,
        message,
      }),
    ]);
  });

  it('refuses a validator that is not an object', () => {
    const input = JSON.parse(JSON.stringify(design({}))) as Record<string, unknown>;
    const method = (input.methods as Array<Record<string, Record<string, unknown>>>)[0];
    method.options.requestValidatorOptions = true;
    const { diagnostics } = parseDesign(input);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'design/type',
        message: 'Expected requestValidatorOptions (an object), got a boolean.',
      }),
    ]);
  });
});

describe('validateDesign: request validators', () => {
  it('says nothing about a validator that enforces required parameters', () => {
    const d = design({
      requestParameters: { 'method.request.querystring.q': true },
      requestValidatorOptions: { validateRequestParameters: true },
    });
    expect(validateDesign(d)).toEqual([]);
  });

  it('warns about a validator that checks nothing, the empty struct and explicit false included', () => {
    for (const options of [{}, { validateRequestBody: false, validateRequestParameters: false }]) {
      expect(validatorCodes(design({ requestValidatorOptions: options }))).toEqual([
        ['warning', 'validator/validates-nothing', '/methods/0/options/requestValidatorOptions'],
      ]);
    }
  });

  it('warns that body validation needs a request model the design cannot express', () => {
    const d = design({
      requestParameters: { 'method.request.header.X-Id': true },
      requestValidatorOptions: { validateRequestBody: true, validateRequestParameters: true },
    });
    expect(validatorCodes(d)).toEqual([
      [
        'warning',
        'validator/body-without-model',
        '/methods/0/options/requestValidatorOptions/validateRequestBody',
      ],
    ]);
  });

  it('warns when validateRequestParameters has no required parameter to check', () => {
    const d = design({
      requestParameters: { 'method.request.querystring.q': false },
      requestValidatorOptions: { validateRequestParameters: true },
    });
    expect(validatorCodes(d)).toEqual([
      [
        'warning',
        'validator/no-required-parameters',
        '/methods/0/options/requestValidatorOptions/validateRequestParameters',
      ],
    ]);
  });

  it('never blocks the template (no error for any combination)', () => {
    for (const validateRequestBody of [undefined, true, false]) {
      for (const validateRequestParameters of [undefined, true, false]) {
        for (const requestValidatorName of [undefined, '', 'a name with spaces/and:colons']) {
          const d = design({
            requestValidatorOptions: { requestValidatorName, validateRequestBody, validateRequestParameters },
          });
          expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
        }
      }
    }
  });
});
