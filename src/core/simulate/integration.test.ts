import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import type { IntegrationResponseDesign, MethodDesign } from '../design/types';
import { selectRequestTemplate, mapRequestParameters } from './integrationRequest';
import { overrideStatus, selectIntegrationResponse, selectResponseTemplate } from './integrationResponse';
import { mergeSingleAndMulti } from './multimap';
import { evaluateMapping } from './parameterMapping';
import type { MethodRequest } from './request';

describe('request template selection and passthroughBehavior', () => {
  const json = { 'application/json': '{"mapped": true}' };
  const cases: Array<
    [Record<string, string> | undefined, string | undefined, MethodDesign['integration'], string]
  > = [
    [json, undefined, { passthroughBehavior: 'NEVER' }, 'template'],
    [json, 'application/json; charset=UTF-8', { passthroughBehavior: 'NEVER' }, 'template'],
    [json, 'application/xml', { passthroughBehavior: 'WHEN_NO_MATCH' }, 'passthrough'],
    [json, 'application/xml', { passthroughBehavior: 'WHEN_NO_TEMPLATES' }, 'reject'],
    [json, 'application/xml', {}, 'passthrough'],
    [{}, 'application/xml', { passthroughBehavior: 'WHEN_NO_TEMPLATES' }, 'passthrough'],
    [undefined, 'application/xml', { passthroughBehavior: 'NEVER' }, 'reject'],
    [{ 'Application/XML': 'x' }, 'application/xml', { passthroughBehavior: 'NEVER' }, 'template'],
  ];
  it.each(cases)(
    'templates %j, Content-Type %s, %j → %s',
    (templates, contentType, integration, expected) => {
      expect(selectRequestTemplate(templates, contentType, integration?.passthroughBehavior).kind).toBe(
        expected,
      );
    },
  );
});

describe('integration response selection', () => {
  const responses: IntegrationResponseDesign[] = [
    { statusCode: '200' },
    { statusCode: '404', selectionPattern: 'Not found.*' },
    { statusCode: '500', selectionPattern: '(?s).*Exception.*' },
    { statusCode: '400', selectionPattern: '.*Not.*' },
  ];
  const select = (input: string, list = responses) => {
    const diagnostics: Diagnostic[] = [];
    const selection = selectIntegrationResponse(list, input, 0, diagnostics);
    return { status: selection.kind === 'selected' ? selection.response.statusCode : 'none', diagnostics };
  };

  it('selects by whole-string match on the errorMessage, first match winning', () => {
    expect(select('Not found: 7').status).toBe('404');
    expect(select('Oops: Not allowed').status).toBe('400');
    expect(select('Boom\nNullPointerException at x').status).toBe('500');
    expect(select('something else').status).toBe('200');
  });

  it('sends a success to the default unless a pattern matches the empty string', () => {
    expect(select('').status).toBe('200');
    expect(select('', [{ statusCode: '200' }, { statusCode: '400', selectionPattern: '.*' }]).status).toBe(
      '400',
    );
  });

  it('has nothing to select without a match and a default', () => {
    expect(select('x', [{ statusCode: '404', selectionPattern: 'Not found' }]).status).toBe('none');
    expect(select('', []).status).toBe('none');
  });

  it('reports an invalid pattern and treats it as not matching', () => {
    const { status, diagnostics } = select('(', [
      { statusCode: '200' },
      { statusCode: '400', selectionPattern: '(' },
    ]);
    expect(status).toBe('200');
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      path: '/methods/0/integration/integrationResponses/1/selectionPattern',
    });
  });

  it('picks the response template by Accept, then application/json, then the first', () => {
    const templates = { 'application/xml': 'X', 'application/json': 'J', 'text/plain': 'T' };
    expect(selectResponseTemplate(templates, 'text/plain')?.template).toBe('T');
    expect(selectResponseTemplate(templates, '*/*')?.template).toBe('J');
    expect(selectResponseTemplate(templates, undefined)?.template).toBe('J');
    expect(selectResponseTemplate({ 'application/xml': 'X' }, undefined)?.template).toBe('X');
    expect(selectResponseTemplate({}, 'text/plain')).toBeUndefined();
  });

  it('accepts responseOverride.status only as a status code', () => {
    expect(overrideStatus(400)).toBe(400);
    expect(overrideStatus('201')).toBe(201);
    expect(overrideStatus(99)).toBeUndefined();
    expect(overrideStatus('abc')).toBeUndefined();
    expect(overrideStatus(200.5)).toBeUndefined();
  });
});

describe('parameter mapping', () => {
  const request: MethodRequest = {
    httpMethod: 'POST',
    resourcePath: '/pets/{petId}',
    path: '/pets/7',
    pathParameters: { petId: '7' },
    query: mergeSingleAndMulti({ q: 'cat' }, { tag: ['a', 'b'] }, false),
    headers: mergeSingleAndMulti({ 'X-Trace': 't1' }, { Accept: ['a/b', 'c/d'] }, true),
    body: '{"pet":{"name":"Rex","tags":["x"]}}',
    stageVariables: { env: 'dev' },
  };
  const inputs = {
    methodRequest: request,
    context: { requestId: 'r1', identity: { sourceIp: '1.2.3.4' } },
    stageVariables: { env: 'dev' },
  };

  it('reads method request parameters, the body, context, stage variables and literals', () => {
    expect(evaluateMapping('method.request.path.petId', inputs)).toEqual({ values: ['7'] });
    expect(evaluateMapping('method.request.querystring.tag', inputs)).toEqual({ values: ['b'] });
    expect(evaluateMapping('method.request.multivaluequerystring.tag', inputs)).toEqual({
      values: ['a', 'b'],
    });
    expect(evaluateMapping('method.request.header.x-trace', inputs)).toEqual({ values: ['t1'] });
    expect(evaluateMapping('method.request.multivalueheader.Accept', inputs)).toEqual({
      values: ['a/b', 'c/d'],
    });
    expect(evaluateMapping('method.request.body', inputs)).toEqual({ values: [request.body] });
    expect(evaluateMapping('method.request.body.pet.name', inputs)).toEqual({ values: ['Rex'] });
    expect(evaluateMapping('method.request.body.pet.tags', inputs)).toEqual({ values: ['["x"]'] });
    expect(evaluateMapping('method.request.body.pet.age', inputs)).toEqual({ values: [''] });
    expect(evaluateMapping('context.identity.sourceIp', inputs)).toEqual({ values: ['1.2.3.4'] });
    expect(evaluateMapping('stageVariables.env', inputs)).toEqual({ values: ['dev'] });
    expect(evaluateMapping("'Event'", inputs)).toEqual({ values: ['Event'] });
    expect(evaluateMapping('method.request.querystring.nope', inputs)).toEqual({ missing: true });
    expect(evaluateMapping('integration.response.body', inputs)).toHaveProperty('error');
    expect(evaluateMapping('nonsense', inputs)).toHaveProperty('error');
  });

  it('reads the integration response for response mappings', () => {
    const response = {
      integrationResponse: {
        headers: mergeSingleAndMulti({ 'X-Amz-Executed-Version': '$LATEST' }, {}, true),
        body: '{"location":"/pets/7"}',
      },
      context: {},
      stageVariables: {},
    };
    expect(evaluateMapping('integration.response.body.location', response)).toEqual({ values: ['/pets/7'] });
    expect(evaluateMapping('integration.response.header.x-amz-executed-version', response)).toEqual({
      values: ['$LATEST'],
    });
    expect(evaluateMapping('integration.response.body.missing', response)).toEqual({ values: [''] });
  });

  it('maps integration.request.* in the design order and skips absent sources', () => {
    const method: MethodDesign = {
      path: '/pets/{petId}',
      httpMethod: 'POST',
      function: 'Fn',
      integration: {
        requestParameters: {
          'integration.request.header.X-Amz-Invocation-Type': "'Event'",
          'integration.request.querystring.tag': 'method.request.multivaluequerystring.tag',
          'integration.request.header.X-Missing': 'method.request.header.nope',
          'integration.request.path.id': 'method.request.path.petId',
        },
      },
    };
    const mapped = mapRequestParameters(method, inputs, 0, []);
    expect(mapped).toEqual({
      header: [['X-Amz-Invocation-Type', ['Event']]],
      querystring: [['tag', ['a', 'b']]],
      path: { id: '7' },
    });
  });
});
