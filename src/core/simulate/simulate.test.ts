/**
 * The whole flow through simulate(), with the real VTL engine, for each situation the console's Test
 * distinguishes. Log wording is compared with test-invoke logs recorded from real API Gateway
 * (quoted in the comments).
 */
import { describe, expect, it } from 'vitest';
import type { Design, IntegrationDesign, LambdaOutcome, MethodDesign, SampleRequest } from '../design/types';
import { completeSimulation, prepareSimulation, simulate, simulateWithRunner } from './index';

const HANDLER = {
  id: 'Handler',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: { inline: 'exports.handler = async () => ({})' },
};

function design(
  integration: IntegrationDesign,
  extra: Partial<Design> = {},
  options: MethodDesign['options'] = {},
): Design {
  return {
    version: 1,
    stack: { id: 'PetsStack', env: { account: '123456789012', region: 'eu-west-1' } },
    api: { id: 'Api' },
    functions: [HANDLER],
    methods: [{ path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler', integration, options }],
    ...extra,
  };
}

const GET_PET: SampleRequest = {
  method: 'GET',
  path: '/pets/{petId}',
  pathParameters: { petId: '7' },
  headers: { Accept: 'application/json' },
};
const KEY = 'GET /pets/{petId}';

const logOf = (result: { log: string }) =>
  result.log
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^.* UTC \d{4} : /, ''));

describe('Lambda proxy integration', () => {
  it('sends the proxy event and passes a valid response on', () => {
    const lambda: LambdaOutcome = {
      result: { statusCode: 201, headers: { 'X-Id': '7' }, body: '{"id":"7"}' },
    };
    const result = simulate(design({}), KEY, GET_PET, lambda);
    expect(result).toMatchObject({ status: 201, body: '{"id":"7"}', isBase64Encoded: false });
    expect(result.headers).toMatchObject({ 'X-Id': '7', 'Content-Type': 'application/json' });
    expect(result.lambdaEvent).toMatchObject({
      resource: '/pets/{petId}',
      path: '/pets/7',
      httpMethod: 'GET',
      pathParameters: { petId: '7' },
      queryStringParameters: null,
      body: null,
      isBase64Encoded: false,
      requestContext: {
        resourcePath: '/pets/{petId}',
        httpMethod: 'GET',
        stage: 'prod',
        path: '/prod/pets/7',
        accountId: '123456789012',
      },
    });
    expect(result.endpointRequest?.uri).toBe(
      'https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:PetsStack-Handler/invocations',
    );
    expect(JSON.parse(result.endpointRequest?.body ?? '')).toEqual(result.lambdaEvent);
    // "Execution log for request …", "HTTP Method: GET, Resource Path: /menus", … "Method completed with status: 200"
    expect(result.log.split('\n')[0]).toMatch(/^Execution log for request [0-9a-f-]+$/);
    expect(result.log.split('\n')[1]).toMatch(
      /^\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4} : Starting execution for request: /,
    );
    const lines = logOf(result);
    expect(lines.slice(1, 6)).toEqual([
      'HTTP Method: GET, Resource Path: /pets/7',
      'Method request path: {petId=7}',
      'Method request query string: {}',
      'Method request headers: {Accept=application/json}',
      'Method request body before transformations: ',
    ]);
    expect(lines).toContain(`Endpoint request URI: ${result.endpointRequest?.uri}`);
    expect(lines).toContain(`Sending request to ${result.endpointRequest?.uri}`);
    expect(
      lines.filter((l) => l.startsWith('Received response. Status: 200, Integration latency: ')),
    ).toHaveLength(1);
    expect(lines).toContain('Method response body after transformations: {"id":"7"}');
    expect(lines.slice(-3)).toEqual([
      'Successfully completed execution',
      'Method completed with status: 201',
      '',
    ]);
    expect(result.steps.map((s) => s.stage)).toEqual([
      'Method request',
      'Integration request',
      'Lambda',
      'Integration response',
      'Method response',
    ]);
  });

  it('answers a malformed response with 502 and the console line', () => {
    const result = simulate(design({}), KEY, GET_PET, { result: { menuid: '978' } });
    expect(result).toMatchObject({ status: 502, body: '{"message": "Internal server error"}' });
    expect(result.headers['x-amzn-ErrorType']).toBe('InternalServerErrorException');
    const lines = logOf(result);
    expect(lines).toContain('Endpoint response body before transformations: {"menuid":"978"}');
    expect(lines.slice(-3, -1)).toEqual([
      'Execution failed due to configuration error: Malformed Lambda proxy response',
      'Method completed with status: 502',
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('simulate/malformed-proxy-response');
  });

  it('answers a function error with 502, logging the customer function error', () => {
    const result = simulate(design({}), KEY, GET_PET, {
      error: { errorMessage: 'Application error', errorType: 'Error' },
    });
    expect(result.status).toBe(502);
    expect(logOf(result).find((l) => l.startsWith('Lambda execution failed'))).toMatch(
      /^Lambda execution failed with status 200 due to customer function error: Application error\. Lambda request id: [0-9a-f-]{36}$/,
    );
  });

  it('sends header mappings to the Invoke call only: an Event invocation answers 502', () => {
    const async = design({
      requestParameters: { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" },
    });
    const result = simulate(async, KEY, GET_PET, { result: { statusCode: 200 } });
    expect(result.endpointRequest?.headers['X-Amz-Invocation-Type']).toBe('Event');
    expect(result.lambdaEvent).not.toHaveProperty('headers.X-Amz-Invocation-Type');
    expect(result.status).toBe(502);
    expect(logOf(result)).toContain('Received response. Status: 202, Integration latency: 0 ms');
  });

  it('base64-encodes a binary request body and decodes a binary response for a binary Accept', () => {
    const binary = design({}, { api: { id: 'Api', binaryMediaTypes: ['image/png'] } });
    const request = {
      ...GET_PET,
      headers: { 'Content-Type': 'image/png', Accept: 'image/png' },
      body: 'PNG',
    };
    const result = simulate(binary, KEY, request, {
      result: { statusCode: 200, body: 'iVBO', isBase64Encoded: true },
    });
    expect(result.lambdaEvent).toMatchObject({ body: 'UE5H', isBase64Encoded: true });
    expect(result).toMatchObject({ status: 200, body: 'iVBO', isBase64Encoded: true });
    const asText = simulate(
      binary,
      KEY,
      { ...request, headers: { Accept: 'application/json' } },
      {
        result: { statusCode: 200, body: 'iVBO', isBase64Encoded: true },
      },
    );
    expect(asText).toMatchObject({ body: 'iVBO', isBase64Encoded: false });
  });
});

describe('Lambda custom (non-proxy) integration', () => {
  const integration: IntegrationDesign = {
    proxy: false,
    requestTemplates: { 'application/json': '{"petId": "$input.params(\'petId\')"}' },
    integrationResponses: [
      {
        statusCode: '200',
        responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
      },
      {
        statusCode: '404',
        selectionPattern: 'Not found.*',
        responseTemplates: { 'application/json': '{"error": "$input.path(\'$.errorMessage\')"}' },
      },
    ],
  };
  const options: MethodDesign['options'] = {
    methodResponses: [
      { statusCode: '200', responseParameters: { 'method.response.header.Location': true } },
      { statusCode: '404' },
    ],
  };

  it('maps the request, passes the result through and maps response headers', () => {
    const result = simulate(design(integration, {}, options), KEY, GET_PET, {
      result: { id: '7', location: '/pets/7' },
    });
    expect(result.lambdaEvent).toEqual({ petId: '7' });
    expect(result).toMatchObject({ status: 200, body: '{"id":"7","location":"/pets/7"}' });
    expect(result.headers).toMatchObject({ Location: '/pets/7', 'Content-Type': 'application/json' });
    expect(logOf(result)).toContain('Endpoint request body after transformations: {"petId": "7"}');
    // "Method response headers: {X-Amzn-Trace-Id=Root=…, Location=, Content-Type=application/json}"
    expect(logOf(result).find((l) => l.startsWith('Method response headers: '))).toMatch(
      /^Method response headers: \{X-Amzn-Trace-Id=Root=1-[0-9a-f]{8}-[0-9a-f]{24};Sampled=0, Location=\/pets\/7, Content-Type=application\/json\}$/,
    );
  });

  it('maps a missing body field to an empty header, as the console shows "Location="', () => {
    const result = simulate(design(integration, {}, options), KEY, GET_PET, { result: { id: '7' } });
    expect(result.headers.Location).toBe('');
  });

  it('selects the integration response by the error message', () => {
    const result = simulate(design(integration, {}, options), KEY, GET_PET, {
      error: { errorMessage: 'Not found: 7' },
    });
    expect(result).toMatchObject({ status: 404, body: '{"error": "Not found: 7"}' });
    expect(result.steps.find((s) => s.stage === 'Integration response')?.notes?.[0]).toContain(
      '"Not found.*" matches',
    );
  });

  it('answers 500 when nothing matches and there is no default', () => {
    const noDefault = design(
      { ...integration, integrationResponses: [{ statusCode: '404', selectionPattern: 'Not found.*' }] },
      {},
      options,
    );
    const result = simulate(noDefault, KEY, GET_PET, { result: {} });
    expect(result.status).toBe(500);
    expect(logOf(result)).toContain(
      'Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: 200',
    );
  });

  it('applies $context.responseOverride', () => {
    const overriding = design(
      {
        proxy: false,
        integrationResponses: [
          {
            statusCode: '200',
            responseTemplates: {
              'application/json':
                '#set($context.responseOverride.status = 418)#set($context.responseOverride.header.X-Tea = "yes")$input.json(\'$\')',
            },
          },
        ],
      },
      {},
      options,
    );
    const result = simulate(overriding, KEY, GET_PET, { result: { a: 1 } });
    expect(result).toMatchObject({ status: 418, body: '{"a":1}' });
    expect(result.headers['X-Tea']).toBe('yes');
  });

  it('invokes asynchronously with X-Amz-Invocation-Type Event: 202 from Lambda, the default response to the client', () => {
    const async = design(
      {
        proxy: false,
        requestParameters: { 'integration.request.header.X-Amz-Invocation-Type': "'Event'" },
        integrationResponses: [{ statusCode: '200' }],
      },
      {},
      options,
    );
    const result = simulate(async, KEY, GET_PET, { result: { ignored: true } });
    expect(result).toMatchObject({ status: 200, body: '' });
    expect(result.endpointRequest?.headers['X-Amz-Invocation-Type']).toBe('Event');
    expect(logOf(result)).toContain('Received response. Status: 202, Integration latency: 0 ms');
  });

  it('answers 415 for an unmatched Content-Type under NEVER', () => {
    const never = design({ ...integration, passthroughBehavior: 'NEVER' }, {}, options);
    const result = simulate(
      never,
      KEY,
      { ...GET_PET, headers: { 'Content-Type': 'text/plain' }, body: 'x' },
      { result: {} },
    );
    expect(result).toMatchObject({ status: 415, body: '{"message": "Unsupported Media Type"}' });
    expect(logOf(result).slice(-2)).toEqual(['Method completed with status: 415', '']);
  });

  it("answers 400 with Lambda's message when the template output is not JSON (Lambda refuses it)", () => {
    const broken = design(
      { ...integration, requestTemplates: { 'application/json': '{"a": 1,, "b": 2}' } },
      {},
      options,
    );
    const result = simulate(broken, KEY, GET_PET, { result: {} });
    expect(result.status).toBe(400);
    expect(JSON.parse(result.body).message).toMatch(/^Could not parse request body into json: /);
    expect(result.lambdaEvent).toBeUndefined();
    expect(logOf(result).slice(-3)).toEqual([
      expect.stringMatching(/^Lambda invocation failed with status: 400\. Lambda request id: /),
      'Method completed with status: 400',
      '',
    ]);
  });

  it('answers 500 when the request template fails to render', () => {
    const failing = design(
      { ...integration, requestTemplates: { 'application/json': "$input.params('petId').substring(40)" } },
      {},
      options,
    );
    const result = simulate(failing, KEY, GET_PET, { result: {} });
    expect(result.status).toBe(500);
    expect(logOf(result)).toContain(
      'Execution failed due to configuration error: Unable to transform request',
    );
    expect(
      result.diagnostics.some((d) => d.path === '/methods/0/integration/requestTemplates/application~1json'),
    ).toBe(true);
  });
});

describe("the console's Test (testInvoke)", () => {
  it('uses the values test-invoke-method puts in the context', () => {
    const result = simulate(design({}), KEY, GET_PET, { result: { statusCode: 200 } }, { testInvoke: true });
    expect(result.lambdaEvent).toMatchObject({
      requestContext: {
        stage: 'test-invoke-stage',
        path: '/pets/7',
        domainPrefix: 'testPrefix',
        domainName: 'testPrefix.testDomainName',
        identity: { sourceIp: 'test-invoke-source-ip' },
      },
    });
    expect(result.endpointRequest?.headers['X-Amz-Source-Arn']).toBe(
      'arn:aws:execute-api:eu-west-1:123456789012:a1b2c3d4e5/test-invoke-stage/GET/pets/7',
    );
  });

  it('lets the sample override them', () => {
    const request = { ...GET_PET, context: { stage: 'beta', identity: { sourceIp: '198.51.100.1' } } };
    const result = simulate(design({}), KEY, request, { result: { statusCode: 200 } }, { testInvoke: true });
    expect(result.lambdaEvent).toMatchObject({
      requestContext: {
        stage: 'beta',
        identity: { sourceIp: '198.51.100.1', apiKey: 'test-invoke-api-key' },
      },
    });
  });

  it('fails when allowTestInvoke is false, while the deployed stage works', () => {
    const noTest = design({ allowTestInvoke: false });
    expect(simulate(noTest, KEY, GET_PET, { result: { statusCode: 200 } }, { testInvoke: true }).status).toBe(
      500,
    );
    expect(simulate(noTest, KEY, GET_PET, { result: { statusCode: 200 } }).status).toBe(200);
  });
});

describe('timeouts and permissions', () => {
  it('answers 504 when the invocation outlasts the integration timeout', () => {
    const slow = design({ timeout: { seconds: 1 } });
    const result = simulate(slow, KEY, GET_PET, { result: { statusCode: 200 }, durationMs: 1500 });
    expect(result).toMatchObject({ status: 504, body: '{"message": "Endpoint request timed out"}' });
    expect(logOf(result).slice(-3)).toEqual([
      'Execution failed due to a timeout error',
      'Method completed with status: 504',
      '',
    ]);
  });

  it('gives a function error when the function outlasts its own timeout first', () => {
    const result = simulate(design({}), KEY, GET_PET, { result: { statusCode: 200 }, durationMs: 5000 });
    expect(result.status).toBe(502);
    expect(result.steps.find((s) => s.stage === 'Lambda')?.notes?.join(' ')).toContain(
      'longer than its own timeout (3000 ms)',
    );
  });

  it('answers 500 Invalid permissions for a function imported into an env-less stack', () => {
    const imported: Design = {
      ...design({}),
      stack: { id: 'PetsStack' },
      functions: [{ id: 'Handler', importArn: 'arn:aws:lambda:us-east-1:111122223333:function:legacy' }],
    };
    const result = simulate(imported, KEY, GET_PET, { result: { statusCode: 200 } });
    expect(result).toMatchObject({ status: 500, body: '{"message": "Internal server error"}' });
    expect(result.lambdaEvent).toBeUndefined();
    expect(logOf(result).slice(-3)).toEqual([
      'Execution failed due to configuration error: Invalid permissions on Lambda function',
      'Method completed with status: 500',
      '',
    ]);
  });
});

describe('routing answers', () => {
  it('answers 403 Missing Authentication Token for a method the design lacks', () => {
    const result = simulate(
      design({}),
      'DELETE /pets/{petId}',
      { ...GET_PET, method: 'DELETE' },
      { result: {} },
    );
    expect(result).toMatchObject({ status: 403, body: '{"message":"Missing Authentication Token"}' });
    expect(result.headers['x-amzn-ErrorType']).toBe('MissingAuthenticationTokenException');
  });
});

describe('the split around the Lambda call', () => {
  it('prepares the invocation, then completes from the outcome, like simulate()', () => {
    const d = design({});
    const prepared = prepareSimulation(d, KEY, GET_PET);
    expect(prepared.done).toBe(false);
    if (prepared.done) return;
    expect(prepared.invocation).toMatchObject({
      functionId: 'Handler',
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      invocationType: 'RequestResponse',
      timeLimitMs: 3000,
    });
    expect(JSON.parse(prepared.invocation.payload)).toEqual(prepared.invocation.event);
    const outcome: LambdaOutcome = { result: { statusCode: 200, body: 'ok' } };
    expect(completeSimulation(prepared, outcome)).toEqual(simulate(d, KEY, GET_PET, outcome));
  });

  it('is final before the call when the request never reaches the function', () => {
    const prepared = prepareSimulation(design({}), 'POST /nowhere', {});
    expect(prepared).toMatchObject({ done: true, result: { status: 403 } });
  });

  it('runs a LambdaRunner in between, and turns a runner failure into a function error', async () => {
    const d = design({});
    const seen: unknown[] = [];
    const ok = await simulateWithRunner(d, KEY, GET_PET, {
      run: async (invocation) => {
        seen.push(invocation.event);
        return { result: { statusCode: 200, body: 'from runner' } };
      },
    });
    expect(ok).toMatchObject({ status: 200, body: 'from runner' });
    expect(seen).toHaveLength(1);
    const failed = await simulateWithRunner(d, KEY, GET_PET, {
      run: async () => {
        throw new Error('worker crashed');
      },
    });
    expect(failed.status).toBe(502);
  });
});
