import { describe, expect, it } from 'vitest';
import type { SampleRequest } from '../design/types';
import { CONTEXT_ROOT } from './catalog';
import { buildContext } from './context';
import { contextValues, parseTemplate, renderParsed, renderTemplate } from './index';

const request: SampleRequest = {
  method: 'post',
  path: '/pets/{petId}',
  pathParameters: { petId: '7' },
  queryStringParameters: { q: 'cat' },
  headers: { 'User-Agent': 'curl/8', Connection: 'close', 'X-Id': 'a' },
  body: '{"a":1}',
  stageVariables: { env: 'dev' },
};

describe('$context', () => {
  it('has realistic deterministic defaults in API Gateway key order', () => {
    const c = contextValues(request);
    expect(Object.keys(c)).toEqual([
      'resourceId',
      'resourcePath',
      'httpMethod',
      'extendedRequestId',
      'requestTime',
      'path',
      'accountId',
      'protocol',
      'requestOverride',
      'stage',
      'domainPrefix',
      'requestTimeEpoch',
      'requestId',
      'identity',
      'domainName',
      'deploymentId',
      'responseOverride',
      'apiId',
    ]);
    expect(c.httpMethod).toBe('POST');
    expect(c.path).toBe('/prod/pets/7');
    expect(c.identity).toEqual({ sourceIp: '203.0.113.1', userAgent: 'curl/8' });
    expect(c.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
  });

  it('takes overrides from the sample, stringifying authorizer values', () => {
    const c = buildContext({
      ...request,
      context: {
        stage: 'beta',
        identity: { sourceIp: '198.51.100.4', caller: 'AIDA' },
        authorizer: { numKey: 1, boolKey: true },
      },
    });
    expect(c.get('stage')).toBe('beta');
    expect(c.get('path')).toBe('/beta/pets/7');
    const auth = renderTemplate(
      '$context.authorizer.numKey|$context.authorizer.boolKey|$context.identity.caller',
      {
        request: {
          ...request,
          context: { authorizer: { numKey: 1, boolKey: true }, identity: { caller: 'AIDA' } },
        },
      },
    );
    expect(auth.output).toBe('1|true|AIDA');
  });

  it('reads $context.authorizer.claims as null on its own but its keys as values (documented)', () => {
    const r = renderTemplate(
      '[$context.authorizer.claims][$context.authorizer.claims.sub]#if(!$context.authorizer.claims) null#end',
      {
        request: { ...request, context: { authorizer: { claims: { sub: 'abc' } } } },
      },
    );
    expect(r.output).toBe('[][abc] null');
  });

  it('documents every key the engine builds in the catalog', () => {
    const names = new Set(CONTEXT_ROOT.members?.map((m) => m.name));
    for (const k of Object.keys(contextValues(request))) expect(names.has(k), k).toBe(true);
  });

  it('hands back requestOverride / responseOverride values set by the template', () => {
    const r = renderTemplate(
      '#set($context.requestOverride.header.h1 = "v1")#set($context.requestOverride.header.multi = ["a", "b"])' +
        '#set($context.requestOverride.querystring.q = "x")#set($context.requestOverride.path.petId = "8")' +
        '#set($context.responseOverride.status = 400)#set($context.responseOverride.header.X-Err = "1")',
      { request },
    );
    expect(r.overrides).toEqual({
      request: {
        header: [
          ['h1', ['v1']],
          ['multi', ['a', 'b']],
        ],
        querystring: [['q', ['x']]],
        path: { petId: '8' },
      },
      response: { header: [['X-Err', ['1']]], status: 400 },
    });
  });
});

describe('$input', () => {
  it('searches path, then query string, then header; hides the headers API Gateway hides', () => {
    const r = renderTemplate(
      "$input.params('petId')|$input.params('q')|$input.params('X-Id')|[$input.params('Connection')]|$input.params()",
      {
        request,
      },
    );
    expect(r.output).toBe(
      '7|cat|a|[]|{path={petId=7}, querystring={q=cat}, header={User-Agent=curl/8, X-Id=a}}',
    );
  });

  it('reads an empty body as {} and a non-JSON body as one JSON string', () => {
    expect(renderTemplate('$input.body|$input.json("$")', { request: { ...request, body: '' } }).output).toBe(
      '{}|{}',
    );
    expect(renderTemplate('$input.json("$")', { request: { ...request, body: 'a=b' } }).output).toBe('"a=b"');
  });

  it('reports a payload that starts like JSON but breaks off: API Gateway answers 400', () => {
    const r = renderTemplate('x $input.path("$.a")', { request: { ...request, body: '{"a": ' } });
    expect(r.failure?.kind).toBe('invalid-payload');
    expect(r.failure?.message).toMatch(/Could not process payload/);
    expect(r.output).toBe('x ');
    const d = r.diagnostics.find((x) => x.severity === 'error');
    expect([d?.line, d?.column]).toEqual([1, 3]);
  });

  it('reads the integration response body in a response template, with the method request parameters', () => {
    const r = renderTemplate('$input.json("$.ok")|$input.params("petId")', {
      phase: 'response',
      request,
      integrationResponse: { statusCode: 200, body: '{"ok":true}' },
    });
    expect(r.output).toBe('true|7');
  });

  it('parses the payload afresh for a render after one that changed it', () => {
    const sample = { request: { ...request, body: '{"tags":["a"],"m":{"k":1}}' } };
    const mutate = parseTemplate(
      '#set($x = $input.path("$.tags").add("b"))#set($input.path("$.m").k = 2)$input.json("$")',
    );
    expect(renderTemplate('$input.json("$")', sample).output).toBe('{"tags":["a"],"m":{"k":1}}');
    expect(renderParsed(mutate, sample).output).toBe('{"tags":["a","b"],"m":{"k":2}}');
    expect(renderParsed(mutate, sample).output).toBe('{"tags":["a","b"],"m":{"k":2}}');
    expect(renderTemplate('$input.json("$")', sample).output).toBe('{"tags":["a"],"m":{"k":1}}');
  });

  it('$stageVariables holds the stage variables; a missing one renders empty', () => {
    expect(renderTemplate('$stageVariables.env|$stageVariables.nope|', { request }).output).toBe('dev||');
  });
});

describe('payload reuse between renders', () => {
  it('renders the same body many times as API Gateway parses it each time, changes by a template included', () => {
    const body = '{"n":1,"list":[1,2],"m":{"k":"v"}}';
    const change = parseTemplate(
      `#set($d = $input.path('$'))$input.json('$')|#set($x = $d.list.add(3))#set($x = $d.m.put("k2", 2))$input.json('$')`,
    );
    const read = parseTemplate(`$input.json('$')|$input.json('$.list')|$input.path('$.m')`);
    for (let i = 0; i < 4; i++) {
      expect(renderParsed(change, { request: { ...request, body } }).output).toBe(
        '{"n":1,"list":[1,2],"m":{"k":"v"}}|{"n":1,"list":[1,2,3],"m":{"k":"v","k2":2}}',
      );
      expect(renderParsed(read, { request: { ...request, body } }).output).toBe(
        '{"n":1,"list":[1,2],"m":{"k":"v"}}|[1,2]|{k=v}',
      );
    }
  });

  it('reports a broken body on every render', () => {
    const t = parseTemplate(`$input.path('$.a')`);
    for (let i = 0; i < 3; i++) {
      const r = renderParsed(t, { request: { ...request, body: '{"a":' } });
      expect(r.failure?.kind).toBe('invalid-payload');
    }
  });
});
