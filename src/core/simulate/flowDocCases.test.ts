/**
 * Every case of ../shared/test-vectors/flow-doc-cases.json (expected results stated in AWS's own
 * documentation), run through simulate() on a Lambda integration. Cases written for other
 * integration types (AWS generic, HTTP PetStore) are carried over to Lambda with the rule they teach;
 * MOCK cases cannot be: a Lambda integration's status never comes from the request template.
 */
import { readSharedVectors } from '../../testing/sharedVectors';
import { describe, expect, it } from 'vitest';
import type { Design, IntegrationDesign, LambdaOutcome, MethodDesign, SampleRequest } from '../design/types';
import { simulate } from './index';

interface FlowCase {
  id: string;
  kind: string;
  integration: { type: string } & Record<string, unknown>;
  methodResponses?: string[];
  request: SampleRequest & { method: string; path: string };
  backend?: {
    lambdaResult?: unknown;
    lambdaError?: { errorMessage: string; errorType?: string };
    bodyJson?: unknown;
  };
  expected: {
    outcome?: string;
    status?: number;
    bodyJson?: unknown;
    endpointRequestHeadersSubset?: Record<string, string>;
    integrationStatusCode?: number;
  };
}

const cases: FlowCase[] = readSharedVectors<FlowCase[]>('flow-doc-cases.json');

const FN = {
  id: 'Handler',
  runtime: 'nodejs22.x',
  handler: 'index.handler',
  code: { inline: 'exports.handler = async () => ({})' },
};

function designFor(
  c: FlowCase,
  integration: IntegrationDesign,
  options: MethodDesign['options'] = {},
): Design {
  const methodResponses = (c.methodResponses ?? []).map((statusCode) => ({ statusCode }));
  return {
    version: 1,
    stack: { id: 'DocStack' },
    api: { id: 'Api' },
    functions: [FN],
    methods: [
      {
        path: c.request.path,
        httpMethod: c.request.method as MethodDesign['httpMethod'],
        function: 'Handler',
        integration: { proxy: false, ...integration },
        options: { ...options, ...(methodResponses.length > 0 ? { methodResponses } : {}) },
      },
    ],
  };
}

function outcomeOf(c: FlowCase): LambdaOutcome {
  if (c.backend?.lambdaError) return { error: c.backend.lambdaError };
  if (c.backend && 'lambdaResult' in c.backend) return { result: c.backend.lambdaResult };
  if (c.backend && 'bodyJson' in c.backend) return { result: c.backend.bodyJson };
  return { result: { ok: true } };
}

const run = (c: FlowCase, integration: IntegrationDesign, options?: MethodDesign['options']) =>
  simulate(
    designFor(c, integration, options),
    `${c.request.method} ${c.request.path}`,
    c.request,
    outcomeOf(c),
  );

const byKind = (kind: string) => cases.filter((c) => c.kind === kind);

describe('flow-doc-cases.json', () => {
  it('is the file this suite was written for', () => {
    expect(cases.map((c) => c.kind).sort()).toEqual(
      [
        ...Array(21).fill('passthrough'),
        'integrationResponseSelection',
        'integrationResponseSelection',
        'responseOverride',
        'requestOverride',
        'mockIntegration',
        'mockIntegration',
      ].sort(),
    );
  });

  describe.each(byKind('passthrough').map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const integration: IntegrationDesign = {
      passthroughBehavior: c.integration.passthroughBehavior as IntegrationDesign['passthroughBehavior'],
      requestTemplates: c.integration.requestTemplates as Record<string, string>,
      integrationResponses: [{ statusCode: '200' }],
    };
    const result = run(c, integration);

    if (c.expected.outcome === 'request payload transformed with the template') {
      it('sends the rendered template to the function', () => {
        expect(result.endpointRequest?.body).toBe('{"mapped": true}');
        expect(result.lambdaEvent).toEqual({ mapped: true });
        expect(result.status).toBe(200);
      });
    } else if (c.expected.outcome === 'request payload sent to the backend as-is') {
      it('sends the body untransformed', () => {
        expect(result.endpointRequest?.body).toBe(c.request.body);
        if (c.request.body?.startsWith('{')) {
          expect(result.lambdaEvent).toEqual(JSON.parse(c.request.body));
          expect(result.status).toBe(200);
        } else {
          // Lambda itself only takes JSON: it refuses the XML, and the client gets Lambda's message.
          expect(result.log).toContain('Lambda invocation failed with status: 400');
          expect(result.status).toBe(400);
          expect(JSON.parse(result.body).message).toBe(
            "Could not parse request body into json: Could not parse payload into json: Unexpected character ('<' " +
              "(code 60)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
          );
        }
      });
    } else {
      it('answers 415 Unsupported Media Type without calling the function', () => {
        expect(c.expected.status).toBe(415);
        expect(result.status).toBe(415);
        expect(result.body).toBe('{"message": "Unsupported Media Type"}');
        expect(result.endpointRequest).toBeUndefined();
        expect(result.lambdaEvent).toBeUndefined();
      });
    }
  });

  it.each(byKind('integrationResponseSelection').map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const result = run(c, {
      integrationResponses: c.integration.integrationResponses as IntegrationDesign['integrationResponses'],
    });
    expect(result.status).toBe(c.expected.status);
    expect(result.log).toContain(`Method completed with status: ${c.expected.status}`);
  });

  it.each(byKind('responseOverride').map((c) => [c.id, c] as const))(
    '%s (HTTP case carried over to Lambda)',
    (_id, c) => {
      const result = run(c, {
        integrationResponses: c.integration.integrationResponses as IntegrationDesign['integrationResponses'],
      });
      expect(result.status).toBe(c.expected.status);
      expect(JSON.parse(result.body)).toEqual(c.expected.bodyJson);
      expect(result.log).toContain('Method completed with status: 400');
    },
  );

  it.each(byKind('requestOverride').map((c) => [c.id, c] as const))(
    '%s (HTTP case carried over to Lambda)',
    (_id, c) => {
      // The tutorial's console setup maps the declared headers header1 and header2 to the integration request.
      const result = run(
        c,
        {
          requestTemplates: c.integration.requestTemplates as Record<string, string>,
          requestParameters: {
            'integration.request.header.header1': 'method.request.header.header1',
            'integration.request.header.header2': 'method.request.header.header2',
          },
          integrationResponses: [{ statusCode: '200' }],
        },
        {
          requestParameters: {
            'method.request.header.header1': false,
            'method.request.header.header2': false,
          },
        },
      );
      expect(result.endpointRequest?.headers).toMatchObject(c.expected.endpointRequestHeadersSubset ?? {});
      const logged = result.steps.find((s) => s.stage === 'Integration request')?.log.join('\n') ?? '';
      expect(logged).toContain('header3=header1Valheader2Val');
      expect(logged).toContain('multivalueheader=foo,header1Valheader2Val');
    },
  );

  it.each(byKind('mockIntegration').map((c) => [c.id, c] as const))(
    '%s (MOCK: its template still renders the same payload for Lambda)',
    (_id, c) => {
      // A MOCK integration answers with the statusCode its request template renders; a Lambda
      // integration does not take its status from the template, so what carries over is the payload.
      const result = run(c, {
        requestTemplates: c.integration.requestTemplates as Record<string, string>,
        integrationResponses: [{ statusCode: '200' }],
      });
      expect(result.lambdaEvent).toEqual({ statusCode: c.expected.integrationStatusCode });
    },
  );
});
