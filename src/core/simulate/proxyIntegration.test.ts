import { describe, expect, it } from 'vitest';
import { mergeSingleAndMulti } from './multimap';
import { buildProxyEvent, proxyRequestContext } from './proxyEvent';
import { validateProxyResponse } from './proxyIntegration';
import type { MethodRequest } from './request';

const context = {
  resourcePath: '/pets/{petId}',
  stage: 'prod',
  requestId: 'r-1',
  apiId: 'abc',
  requestOverride: { header: {} },
  identity: { sourceIp: '203.0.113.9', userAgent: 'curl/8', cognitoIdentityPoolId: null },
  resourceId: 'res1',
  httpMethod: 'POST',
};

function request(overrides: Partial<MethodRequest> = {}): MethodRequest {
  return {
    httpMethod: 'POST',
    resourcePath: '/pets/{petId}',
    path: '/pets/7',
    pathParameters: { petId: '7' },
    query: mergeSingleAndMulti({ q: 'cat' }, { tag: ['a', 'b'] }, false),
    headers: mergeSingleAndMulti(
      { 'Content-Type': 'application/json' },
      { Accept: ['text/html', 'application/json'] },
      true,
    ),
    body: '{"name":"Rex"}',
    stageVariables: { env: 'dev' },
    ...overrides,
  };
}

describe('Lambda proxy event (payload format 1.0)', () => {
  it('carries the request, single values being the last of each name', () => {
    const event = buildProxyEvent(request(), context, []);
    expect(event).toEqual({
      resource: '/pets/{petId}',
      path: '/pets/7',
      httpMethod: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      multiValueHeaders: { 'Content-Type': ['application/json'], Accept: ['text/html', 'application/json'] },
      queryStringParameters: { q: 'cat', tag: 'b' },
      multiValueQueryStringParameters: { q: ['cat'], tag: ['a', 'b'] },
      pathParameters: { petId: '7' },
      stageVariables: { env: 'dev' },
      requestContext: proxyRequestContext(context),
      body: '{"name":"Rex"}',
      isBase64Encoded: false,
    });
    expect(Object.keys(event)).toEqual([
      'resource',
      'path',
      'httpMethod',
      'headers',
      'multiValueHeaders',
      'queryStringParameters',
      'multiValueQueryStringParameters',
      'pathParameters',
      'stageVariables',
      'requestContext',
      'body',
      'isBase64Encoded',
    ]);
  });

  it('puts null for empty maps and bodies, as test-invoke logs show', () => {
    const event = buildProxyEvent(
      request({ query: [], headers: [], pathParameters: {}, stageVariables: {}, body: null }),
      context,
      [],
    );
    expect(event).toMatchObject({
      headers: null,
      multiValueHeaders: null,
      queryStringParameters: null,
      multiValueQueryStringParameters: null,
      pathParameters: null,
      stageVariables: null,
      body: null,
      isBase64Encoded: false,
    });
  });

  it('base64-encodes a body whose Content-Type is a binary media type', () => {
    const event = buildProxyEvent(
      request({ headers: mergeSingleAndMulti({ 'content-type': 'image/png' }, {}, true), body: 'PNG' }),
      context,
      ['image/*'],
    );
    expect(event).toMatchObject({ body: 'UE5H', isBase64Encoded: true });
  });

  it('orders requestContext like real events and leaves template-only members out', () => {
    const rc = proxyRequestContext(context);
    expect(Object.keys(rc)).toEqual([
      'resourceId',
      'resourcePath',
      'httpMethod',
      'stage',
      'requestId',
      'identity',
      'apiId',
    ]);
    expect(rc.identity).toEqual({
      cognitoIdentityPoolId: null,
      accountId: null,
      cognitoIdentityId: null,
      caller: null,
      sourceIp: '203.0.113.9',
      principalOrgId: null,
      accessKey: null,
      cognitoAuthenticationType: null,
      cognitoAuthenticationProvider: null,
      userArn: null,
      userAgent: 'curl/8',
      user: null,
    });
    expect(proxyRequestContext({ ...context, authorizer: { principalId: 'me' } })).toHaveProperty(
      'authorizer.principalId',
      'me',
    );
    expect(proxyRequestContext({ ...context, authorizer: null })).not.toHaveProperty('authorizer');
  });
});

describe('Lambda proxy response validation', () => {
  const ok = (payload: unknown) => validateProxyResponse(JSON.stringify(payload));

  it('accepts the documented shape and Jackson-style coercions', () => {
    expect(ok({ statusCode: 201, headers: { a: 'b' }, body: 'x' })).toEqual({
      ok: true,
      response: { statusCode: 201, headers: [['a', ['b']]], payload: { kind: 'text', text: 'x' } },
    });
    expect(ok({ statusCode: '404' })).toMatchObject({
      ok: true,
      response: { statusCode: 404, payload: { text: '' } },
    });
    expect(ok({ body: 5, headers: { n: 1, t: true } })).toMatchObject({
      ok: true,
      response: {
        statusCode: 200,
        headers: [
          ['n', ['1']],
          ['t', ['true']],
        ],
        payload: { text: '5' },
      },
    });
  });

  it('lets multiValueHeaders win over headers for the same name', () => {
    expect(
      ok({
        statusCode: 200,
        headers: { 'Set-Cookie': 'a=1', X: 'y' },
        multiValueHeaders: { 'set-cookie': ['b=2', 'c=3'] },
      }),
    ).toMatchObject({
      ok: true,
      response: {
        headers: [
          ['Set-Cookie', ['b=2', 'c=3']],
          ['X', ['y']],
        ],
      },
    });
  });

  it('decodes a base64 body', () => {
    expect(ok({ statusCode: 200, body: 'UE5H', isBase64Encoded: true })).toMatchObject({
      ok: true,
      response: { payload: { kind: 'binary', bytes: Uint8Array.from([0x50, 0x4e, 0x47]) } },
    });
  });

  it('rejects what API Gateway calls a malformed Lambda proxy response', () => {
    for (const payload of [
      'null',
      '"Bad response"',
      '[1]',
      'not json',
      JSON.stringify({ statusCode: 200, body: { a: 1 } }),
      JSON.stringify({ statusCode: 200, message: 'extra field' }),
      JSON.stringify({ statusCode: 'OK' }),
      JSON.stringify({ statusCode: 700 }),
      JSON.stringify({ statusCode: 200, headers: { a: { b: 1 } } }),
      JSON.stringify({ statusCode: 200, headers: 'a' }),
      JSON.stringify({ statusCode: 200, multiValueHeaders: { a: 'b' } }),
      JSON.stringify({ statusCode: 200, isBase64Encoded: 'yes' }),
      JSON.stringify({ statusCode: 200, isBase64Encoded: true, body: '***' }),
    ]) {
      expect(validateProxyResponse(payload).ok, payload).toBe(false);
    }
  });
});
