import { describe, expect, it } from 'vitest';
import type { Design, MethodDesign } from '../design/types';
import { methodRequestStage } from './methodRequest';
import { fillPath, findMethod, normalizePath, parseMethodKey, resourcePaths, routePath } from './routing';

const m = (httpMethod: MethodDesign['httpMethod'], path: string): MethodDesign => ({
  httpMethod,
  path,
  function: 'Fn',
});

const methods: MethodDesign[] = [
  m('GET', '/pets'),
  m('GET', '/pets/{petId}'),
  m('POST', '/pets/{petId}/photos'),
  m('GET', '/pets/mine'),
  m('ANY', '/files/{proxy+}'),
  m('ANY', '/{proxy+}'),
];

const design: Design = {
  version: 1,
  stack: { id: 'S' },
  api: { id: 'Api' },
  functions: [{ id: 'Fn', runtime: 'nodejs22.x', handler: 'index.handler', code: { inline: '' } }],
  methods,
};

describe('routing', () => {
  it('parses method keys and normalizes paths', () => {
    expect(parseMethodKey('get /pets/{petId}')).toEqual({ httpMethod: 'GET', resourcePath: '/pets/{petId}' });
    expect(parseMethodKey('/pets')).toBeUndefined();
    expect(normalizePath('/pets/')).toBe('/pets');
    expect(normalizePath('/')).toBe('/');
  });

  it('knows every resource CDK creates, ancestors included', () => {
    expect(resourcePaths(methods).sort()).toEqual(
      [
        '/',
        '/files',
        '/files/{proxy+}',
        '/pets',
        '/pets/mine',
        '/pets/{petId}',
        '/pets/{petId}/photos',
        '/{proxy+}',
      ].sort(),
    );
  });

  it('prefers literal segments, then parameters, then greedy {proxy+}', () => {
    expect(routePath(methods, '/pets/mine')).toMatchObject({
      resourcePath: '/pets/mine',
      pathParameters: {},
    });
    expect(routePath(methods, '/pets/7')).toMatchObject({
      resourcePath: '/pets/{petId}',
      pathParameters: { petId: '7' },
    });
    expect(routePath(methods, '/files/a/b.txt')).toMatchObject({
      resourcePath: '/files/{proxy+}',
      pathParameters: { proxy: 'a/b.txt' },
    });
    expect(routePath(methods, '/other/x')).toMatchObject({
      resourcePath: '/{proxy+}',
      pathParameters: { proxy: 'other/x' },
    });
    expect(routePath(methods, '/files')).toMatchObject({ resourcePath: '/files' });
    expect(routePath([m('GET', '/a')], '/b')).toBeUndefined();
  });

  it('finds the exact verb, then ANY', () => {
    expect(findMethod(methods, '/pets', 'get')?.index).toBe(0);
    expect(findMethod(methods, '/pets', 'POST')).toBeUndefined();
    expect(findMethod(methods, '/{proxy+}', 'DELETE')?.index).toBe(5);
  });

  it('fills resource paths', () => {
    expect(fillPath('/files/{proxy+}', { proxy: 'a/b' })).toBe('/files/a/b');
    expect(fillPath('/pets/{petId}', { petId: '7' })).toBe('/pets/7');
  });
});

describe('method request stage', () => {
  const run = (key: string, sample: Parameters<typeof methodRequestStage>[2]) => {
    const diagnostics: Parameters<typeof methodRequestStage>[4] = [];
    return { outcome: methodRequestStage(design, key, sample, 'req-1', diagnostics), diagnostics };
  };

  it('matches a resource path with the sample path parameters and logs like the console', () => {
    const { outcome } = run('GET /pets/{petId}', {
      path: '/pets/{petId}',
      pathParameters: { petId: '7' },
      queryStringParameters: { q: 'cat' },
      multiValueQueryStringParameters: { tag: ['a', 'b'] },
      headers: { Accept: 'application/json' },
      body: null,
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.step.log).toEqual([
      'Starting execution for request: req-1',
      'HTTP Method: GET, Resource Path: /pets/7',
      'Method request path: {petId=7}',
      'Method request query string: {q=cat, tag=[a, b]}',
      'Method request headers: {Accept=application/json}',
      'Method request body before transformations: ',
    ]);
  });

  it('routes a concrete path and takes the verb from the sample', () => {
    const { outcome } = run('GET /pets', { method: 'delete', path: '/files/x/y' });
    expect(outcome.ok && outcome.methodIndex).toBe(4);
    expect(outcome.ok && outcome.request).toMatchObject({
      httpMethod: 'DELETE',
      path: '/files/x/y',
      pathParameters: { proxy: 'x/y' },
    });
  });

  it('answers 403 Missing Authentication Token for a verb the resource lacks and for unknown resources', () => {
    const verb = run('GET /pets', { method: 'PUT', path: '/pets' }).outcome;
    expect(verb.ok).toBe(false);
    expect(!verb.ok && verb.error).toMatchObject({
      status: 403,
      body: '{"message":"Missing Authentication Token"}',
    });
    const unknown = run('GET /nope/{id}', {}).outcome;
    expect(!unknown.ok && unknown.error.status).toBe(403);
  });

  it('simulates an ANY method requested as ANY as GET', () => {
    const { outcome } = run('ANY /{proxy+}', {
      method: 'ANY',
      path: '/{proxy+}',
      pathParameters: { proxy: 'a' },
    });
    expect(outcome.ok && outcome.request.httpMethod).toBe('GET');
    expect(outcome.step.notes?.[0]).toContain('cannot send "ANY"');
  });

  it('warns about a path parameter the sample leaves out', () => {
    const { outcome, diagnostics } = run('GET /pets/{petId}', { method: 'GET', path: '/pets/{petId}' });
    expect(outcome.ok && outcome.request.pathParameters).toEqual({ petId: '' });
    expect(diagnostics.map((d) => d.code)).toEqual(['simulate/missing-path-parameter']);
  });

  it('does not enforce required parameters without a request validator, but says what one would answer', () => {
    const required: Design = {
      ...design,
      methods: [
        { ...m('GET', '/search'), options: { requestParameters: { 'method.request.querystring.q': true } } },
      ],
    };
    const outcome = methodRequestStage(
      required,
      'GET /search',
      { queryStringParameters: { q: '  ' } },
      'r',
      [],
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.step.notes?.join(' ')).toContain(
      '{"message": "Missing required request parameters: [q]"}',
    );
  });

  it("says what a deployed stage checks that the console's Test skips", () => {
    const guarded: Design = {
      ...design,
      methods: [{ ...m('GET', '/secure'), options: { authorizationType: 'AWS_IAM', apiKeyRequired: true } }],
    };
    const bare = methodRequestStage(guarded, 'GET /secure', {}, 'r', []);
    expect(bare.ok).toBe(true);
    expect(bare.step.notes?.join(' ')).toContain('AWS_IAM');
    expect(bare.step.notes?.join(' ')).toContain('x-api-key');
    const signed = methodRequestStage(
      guarded,
      'GET /secure',
      { headers: { Authorization: 'AWS4-HMAC-SHA256 …', 'x-api-key': 'k' } },
      'r',
      [],
    );
    expect(signed.step.notes).toEqual([]);
  });
});
