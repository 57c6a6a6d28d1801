/**
 * The rules CDK does not enforce: contract rules, what API Gateway rejects at deployment, and the
 * warnings. Each has a design that trips it and the nearest design that does not. For the
 * API-Gateway errors the test also shows that CDK synthesizes the design without complaint: that is
 * why we check them.
 */
import { describe, expect, it } from 'vitest';
import type { Design, IntegrationDesign, MethodOptionsDesign } from './types';
import { validateDesign } from './validate';
import { parseDesign } from './parse';
import { cdkErrors, cdkOutcome } from '../../testing/designCdkOracle';
import {
  baseDesign,
  createdFunction,
  designWith,
  firstMethod,
  nonProxyDesign,
} from '../../testing/designMutations';

interface RuleCase {
  rule: string;
  severity: 'error' | 'warning';
  code: string;
  path: string;
  trips: () => Design;
  passes: () => Design;
  /** For AWS-only errors: CDK synthesizes the tripping design without an error. */
  cdkAccepts?: boolean;
}

const nonProxy =
  (change: (integration: IntegrationDesign, options: MethodOptionsDesign, design: Design) => void) => () => {
    const design = nonProxyDesign();
    const method = firstMethod(design);
    change(method.integration as IntegrationDesign, method.options as MethodOptionsDesign, design);
    return design;
  };

const IMPORTED_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:legacy';

const cases: RuleCase[] = [
  // Contract rules
  {
    rule: 'a path starts with "/" (contract rule 13)',
    severity: 'error',
    code: 'design/path-format',
    path: '/methods/0/path',
    trips: () => designWith((d) => (firstMethod(d).path = 'pets')),
    passes: () => designWith((d) => (firstMethod(d).path = '/pets')),
  },
  {
    rule: 'a path has no trailing "/" (contract rule 13)',
    severity: 'error',
    code: 'design/path-format',
    path: '/methods/0/path',
    trips: () => designWith((d) => (firstMethod(d).path = '/pets/')),
    passes: () => designWith((d) => (firstMethod(d).path = '/')),
  },
  {
    rule: 'ids contain no "/" (contract rule 5)',
    severity: 'error',
    code: 'design/id-slash',
    path: '/functions/0/id',
    trips: () =>
      designWith((d) => {
        createdFunction(d).id = 'pets/handler';
        firstMethod(d).function = 'pets/handler';
      }),
    passes: () =>
      designWith((d) => {
        createdFunction(d).id = 'pets-handler';
        firstMethod(d).function = 'pets-handler';
      }),
  },
  {
    rule: 'a role has exactly one of importArn and assumedBy (contract rule 6)',
    severity: 'error',
    code: 'design/role-kind',
    path: '/roles/0',
    trips: () => designWith((d) => (d.roles = [{ id: 'R' } as never])),
    passes: () => designWith((d) => (d.roles = [{ id: 'R', assumedBy: 'apigateway.amazonaws.com' }])),
  },
  {
    rule: 'authorizationType other than NONE/AWS_IAM (contract rule 7)',
    severity: 'error',
    code: 'design/authorization-type',
    path: '/methods/0/options/authorizationType',
    trips: () => designWith((d) => (firstMethod(d).options = { authorizationType: 'COGNITO_USER_POOLS' })),
    passes: () => designWith((d) => (firstMethod(d).options = { authorizationType: 'AWS_IAM' })),
  },
  {
    rule: 'a duration has exactly one unit (contract rule 8)',
    severity: 'error',
    code: 'design/duration-units',
    path: '/methods/0/integration/timeout',
    trips: () =>
      designWith((d) => (firstMethod(d).integration = { timeout: { seconds: 1, millis: 500 } as never })),
    passes: () => designWith((d) => (firstMethod(d).integration = { timeout: { seconds: 2.5 } })),
  },
  {
    rule: 'a stack id longer than 128 characters still follows the contract (rule 5)',
    severity: 'error',
    code: 'design/stack-id',
    path: '/stack/id',
    trips: () => designWith((d) => (d.stack.id = `A${'_'.repeat(130)}`)),
    passes: () => designWith((d) => (d.stack.id = `A${'-'.repeat(130)}`)),
  },
  {
    rule: 'references point at existing ids',
    severity: 'error',
    code: 'design/unknown-function',
    path: '/methods/0/function',
    trips: () => designWith((d) => (firstMethod(d).function = 'Nope')),
    passes: baseDesign,
  },
  // What API Gateway (or Lambda) rejects at deployment although CDK synthesizes it
  {
    rule: 'a stage name with characters API Gateway refuses',
    severity: 'error',
    code: 'aws/stage-name',
    path: '/api/stageName',
    trips: () => designWith((d) => (d.api.stageName = 'prod v2')),
    passes: () => designWith((d) => (d.api.stageName = 'prod_v2-1')),
    cdkAccepts: true,
  },
  {
    rule: 'two different path variables under one resource',
    severity: 'error',
    code: 'aws/sibling-variable-path-part',
    path: '/methods/1/path',
    trips: () =>
      designWith((d) => d.methods.push({ path: '/pets/{id}/toys', httpMethod: 'GET', function: 'Handler' })),
    passes: () =>
      designWith((d) =>
        d.methods.push({ path: '/pets/{petId}/toys', httpMethod: 'GET', function: 'Handler' }),
      ),
    cdkAccepts: true,
  },
  {
    rule: 'a resource below a greedy path variable',
    severity: 'error',
    code: 'aws/greedy-path-child',
    path: '/methods/0/path',
    trips: () => designWith((d) => (firstMethod(d).path = '/files/{proxy+}/meta')),
    passes: () => designWith((d) => (firstMethod(d).path = '/files/{proxy+}')),
    cdkAccepts: true,
  },
  {
    rule: 'a method response status code that is not [1-5]\\d\\d',
    severity: 'error',
    code: 'aws/status-code',
    path: '/methods/0/options/methodResponses/0/statusCode',
    trips: () => designWith((d) => (firstMethod(d).options = { methodResponses: [{ statusCode: '2xx' }] })),
    passes: () => designWith((d) => (firstMethod(d).options = { methodResponses: [{ statusCode: '299' }] })),
    cdkAccepts: true,
  },
  {
    rule: 'a response header mapping the method response does not declare',
    severity: 'error',
    code: 'aws/response-parameter-undeclared',
    path: '/methods/0/integration/integrationResponses/0/responseParameters/method.response.header.Location',
    trips: nonProxy((integration) => {
      integration.integrationResponses = [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
        },
      ];
    }),
    passes: nonProxy((integration, options) => {
      integration.integrationResponses = [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.Location': 'integration.response.body.location' },
        },
      ];
      options.methodResponses = [
        { statusCode: '200', responseParameters: { 'method.response.header.Location': true } },
      ];
    }),
    cdkAccepts: true,
  },
  {
    rule: 'a request mapping from an undeclared method request parameter',
    severity: 'error',
    code: 'aws/mapping-source-undeclared',
    path: '/methods/0/integration/requestParameters/integration.request.querystring.q',
    trips: nonProxy((integration) => {
      integration.requestParameters = { 'integration.request.querystring.q': 'method.request.querystring.q' };
    }),
    passes: nonProxy((integration, options) => {
      integration.requestParameters = {
        'integration.request.querystring.q': 'method.request.multivaluequerystring.q',
      };
      options.requestParameters = {
        'method.request.path.petId': true,
        'method.request.querystring.q': false,
      };
    }),
    cdkAccepts: true,
  },
  {
    rule: 'a cache key parameter that is not a method request parameter',
    severity: 'error',
    code: 'aws/cache-key-undeclared',
    path: '/methods/0/integration/cacheKeyParameters/0',
    trips: nonProxy((integration) => (integration.cacheKeyParameters = ['method.request.querystring.q'])),
    passes: nonProxy((integration) => (integration.cacheKeyParameters = ['method.request.path.petId'])),
    cdkAccepts: true,
  },
  {
    rule: 'a malformed mapping destination',
    severity: 'error',
    code: 'aws/mapping-destination',
    path: '/methods/0/integration/requestParameters/integration.request.body.id',
    trips: nonProxy(
      (integration) => (integration.requestParameters = { 'integration.request.body.id': "'x'" }),
    ),
    passes: nonProxy(
      (integration) => (integration.requestParameters = { 'integration.request.header.X-Id': "'x'" }),
    ),
    cdkAccepts: true,
  },
  {
    rule: 'a malformed mapping source',
    severity: 'error',
    code: 'aws/mapping-source',
    path: '/methods/0/integration/requestParameters/integration.request.header.X-Stage',
    trips: nonProxy(
      (integration) => (integration.requestParameters = { 'integration.request.header.X-Stage': 'stage' }),
    ),
    passes: nonProxy((integration) => {
      integration.requestParameters = {
        'integration.request.header.X-Stage': 'context.stage',
        'integration.request.header.X-Env': 'stageVariables.env',
        'integration.request.header.X-Body': 'method.request.body.name',
      };
    }),
    cdkAccepts: true,
  },
  {
    rule: 'a malformed response mapping source',
    severity: 'error',
    code: 'aws/mapping-source',
    path: '/methods/0/integration/integrationResponses/0/responseParameters/method.response.header.X',
    trips: nonProxy((integration, options) => {
      integration.integrationResponses = [
        { statusCode: '200', responseParameters: { 'method.response.header.X': 'method.request.header.X' } },
      ];
      options.methodResponses = [
        { statusCode: '200', responseParameters: { 'method.response.header.X': false } },
      ];
    }),
    passes: nonProxy((integration, options) => {
      integration.integrationResponses = [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.X': 'integration.response.header.X' },
        },
      ];
      options.methodResponses = [
        { statusCode: '200', responseParameters: { 'method.response.header.X': false } },
      ];
    }),
    cdkAccepts: true,
  },
  {
    rule: 'a method request parameter that is not method.request.*',
    severity: 'error',
    code: 'aws/method-request-parameter',
    path: '/methods/0/options/requestParameters/querystring.q',
    trips: () =>
      designWith((d) => (firstMethod(d).options = { requestParameters: { 'querystring.q': true } })),
    passes: () =>
      designWith(
        (d) => (firstMethod(d).options = { requestParameters: { 'method.request.querystring.q': true } }),
      ),
    cdkAccepts: true,
  },
  {
    rule: 'a mapping template over 300 KB',
    severity: 'error',
    code: 'aws/template-size',
    path: '/methods/0/integration/requestTemplates/application~1json',
    trips: nonProxy(
      (integration) => (integration.requestTemplates = { 'application/json': 'é'.repeat(160_000) }),
    ),
    passes: nonProxy(
      (integration) => (integration.requestTemplates = { 'application/json': 'e'.repeat(300_000) }),
    ),
    cdkAccepts: true,
  },
  {
    rule: 'a memory size over 10240 MB',
    severity: 'error',
    code: 'aws/memory-size-maximum',
    path: '/functions/0/memorySize',
    trips: () => designWith((d) => (createdFunction(d).memorySize = 10241)),
    passes: () => designWith((d) => (createdFunction(d).memorySize = 10240)),
    cdkAccepts: true,
  },
  // Warnings
  {
    rule: 'an integration timeout over 29 seconds',
    severity: 'warning',
    code: 'aws/integration-timeout-quota',
    path: '/methods/0/integration/timeout',
    trips: () => designWith((d) => (firstMethod(d).integration = { timeout: { seconds: 29.001 } })),
    passes: () => designWith((d) => (firstMethod(d).integration = { timeout: { seconds: 29 } })),
  },
  {
    rule: 'templates on a proxy integration',
    severity: 'warning',
    code: 'hint/ignored-for-proxy',
    path: '/methods/0/integration/requestTemplates',
    trips: () => designWith((d) => (firstMethod(d).integration = { requestTemplates: {} })),
    passes: () => designWith((d) => (firstMethod(d).integration = { proxy: false, requestTemplates: {} })),
  },
  {
    rule: 'passthroughBehavior on a proxy integration',
    severity: 'warning',
    code: 'hint/ignored-for-proxy',
    path: '/methods/0/integration/passthroughBehavior',
    trips: () =>
      designWith((d) => (firstMethod(d).integration = { proxy: true, passthroughBehavior: 'WHEN_NO_MATCH' })),
    passes: () => designWith((d) => (firstMethod(d).integration = { proxy: true })),
  },
  {
    rule: 'NEVER with no request template',
    severity: 'warning',
    code: 'hint/never-without-templates',
    path: '/methods/0/integration/passthroughBehavior',
    trips: nonProxy((integration) => {
      integration.passthroughBehavior = 'NEVER';
      integration.requestTemplates = {};
    }),
    passes: nonProxy((integration) => (integration.passthroughBehavior = 'NEVER')),
  },
  {
    rule: 'a path parameter a non-proxy method does not declare',
    severity: 'warning',
    code: 'hint/path-parameter-undeclared',
    path: '/methods/0/options/requestParameters',
    trips: () => designWith((d) => (firstMethod(d).integration = { proxy: false })),
    passes: nonProxy(() => undefined),
  },
  {
    rule: 'a VPC link on a Lambda integration',
    severity: 'warning',
    code: 'hint/vpc-link-not-applicable',
    path: '/methods/0/integration/vpcLink',
    trips: () =>
      designWith((d) => {
        d.vpcLinks = [{ id: 'Link', importId: 'a1b2c3' }];
        firstMethod(d).integration = { vpcLink: 'Link' };
      }),
    passes: () => designWith((d) => (firstMethod(d).integration = { proxy: true })),
  },
  {
    rule: 'connectionType INTERNET on a Lambda integration',
    severity: 'warning',
    code: 'hint/connection-type-not-applicable',
    path: '/methods/0/integration/connectionType',
    trips: () => designWith((d) => (firstMethod(d).integration = { connectionType: 'INTERNET' })),
    passes: () => designWith((d) => (firstMethod(d).integration = { proxy: true })),
  },
  {
    rule: 'integrationResponses on a proxy integration',
    severity: 'warning',
    code: 'hint/ignored-for-proxy',
    path: '/methods/0/integration/integrationResponses',
    trips: () =>
      designWith(
        (d) => (firstMethod(d).integration = { proxy: true, integrationResponses: [{ statusCode: '200' }] }),
      ),
    passes: () => designWith((d) => (firstMethod(d).integration = { proxy: true })),
  },
  {
    rule: 'an imported function in a stack without an account',
    severity: 'warning',
    code: 'cdk/imported-function-no-permission',
    path: '/methods/0/function',
    trips: () =>
      designWith((d) => {
        d.functions = [{ id: 'Legacy', importArn: IMPORTED_ARN }];
        firstMethod(d).function = 'Legacy';
      }),
    passes: () =>
      designWith((d) => {
        d.stack.env = { account: '123456789012' };
        d.functions = [{ id: 'Legacy', importArn: IMPORTED_ARN }];
        firstMethod(d).function = 'Legacy';
      }),
  },
  {
    rule: 'an integration response with no method response for its status',
    severity: 'warning',
    code: 'aws/integration-response-without-method-response',
    path: '/methods/0/integration/integrationResponses/1/statusCode',
    trips: nonProxy((integration) =>
      integration.integrationResponses?.push({ statusCode: '404', selectionPattern: '.*Not Found.*' }),
    ),
    passes: nonProxy((integration, options) => {
      integration.integrationResponses?.push({ statusCode: '404', selectionPattern: '.*Not Found.*' });
      options.methodResponses?.push({ statusCode: '404' });
    }),
  },
  {
    rule: 'a selectionPattern that is not a Java regular expression',
    severity: 'warning',
    code: 'hint/selection-pattern-regex',
    path: '/methods/0/integration/integrationResponses/1/selectionPattern',
    trips: nonProxy((integration, options) => {
      integration.integrationResponses?.push({ statusCode: '400', selectionPattern: '{"error":.*' });
      options.methodResponses?.push({ statusCode: '400' });
    }),
    passes: nonProxy((integration, options) => {
      integration.integrationResponses?.push({ statusCode: '400', selectionPattern: '\\{"error":.*' });
      options.methodResponses?.push({ statusCode: '400' });
    }),
  },
  {
    rule: 'two default integration responses',
    severity: 'warning',
    code: 'hint/several-default-responses',
    path: '/methods/0/integration/integrationResponses/1/selectionPattern',
    trips: nonProxy((integration, options) => {
      integration.integrationResponses?.push({ statusCode: '500' });
      options.methodResponses?.push({ statusCode: '500' });
    }),
    passes: nonProxy((integration, options) => {
      integration.integrationResponses?.push({ statusCode: '500', selectionPattern: '.+' });
      options.methodResponses?.push({ statusCode: '500' });
    }),
  },
  {
    rule: 'two method responses with one status code (CDK warns)',
    severity: 'warning',
    code: 'cdk/duplicate-method-response',
    path: '/methods/0/options/methodResponses/1/statusCode',
    trips: () =>
      designWith(
        (d) => (firstMethod(d).options = { methodResponses: [{ statusCode: '200' }, { statusCode: '200' }] }),
      ),
    passes: () =>
      designWith(
        (d) => (firstMethod(d).options = { methodResponses: [{ statusCode: '200' }, { statusCode: '201' }] }),
      ),
  },
  {
    rule: 'allowTestInvoke false with scopePermissionToMethod false (CDK warns)',
    severity: 'warning',
    code: 'cdk/allow-test-invoke-ignored',
    path: '/methods/0/integration/allowTestInvoke',
    trips: () =>
      designWith(
        (d) => (firstMethod(d).integration = { allowTestInvoke: false, scopePermissionToMethod: false }),
      ),
    passes: () => designWith((d) => (firstMethod(d).integration = { allowTestInvoke: false })),
  },
  {
    rule: 'a credentialsRole that is not granted invoke on the function',
    severity: 'warning',
    code: 'hint/credentials-role-cannot-invoke',
    path: '/methods/0/integration/credentialsRole',
    trips: () =>
      designWith((d) => {
        d.roles = [{ id: 'R', assumedBy: 'apigateway.amazonaws.com' }];
        firstMethod(d).integration = { credentialsRole: 'R' };
      }),
    passes: () =>
      designWith((d) => {
        d.roles = [{ id: 'R', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Handler'] }];
        firstMethod(d).integration = { credentialsRole: 'R' };
      }),
  },
  {
    rule: 'a credentialsRole API Gateway cannot assume',
    severity: 'warning',
    code: 'hint/credentials-role-principal',
    path: '/methods/0/integration/credentialsRole',
    trips: () =>
      designWith((d) => {
        d.roles = [{ id: 'R', assumedBy: 'lambda.amazonaws.com', grantInvoke: ['Handler'] }];
        firstMethod(d).integration = { credentialsRole: 'R' };
      }),
    passes: () =>
      designWith((d) => {
        d.roles = [{ id: 'R', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Handler'] }];
        firstMethod(d).integration = { credentialsRole: 'R' };
      }),
  },
  {
    rule: 'a private API without a resource policy',
    severity: 'warning',
    code: 'hint/private-api-policy',
    path: '/api/endpointTypes/0',
    trips: () => designWith((d) => (d.api.endpointTypes = ['PRIVATE'])),
    passes: () => designWith((d) => (d.api.endpointTypes = ['REGIONAL'])),
  },
  {
    rule: 'an account that is not 12 digits (CDK warns)',
    severity: 'warning',
    code: 'cdk/account-format',
    path: '/stack/env/account',
    trips: () => designWith((d) => (d.stack.env = { account: '1234' })),
    passes: () => designWith((d) => (d.stack.env = { account: '123456789012' })),
  },
  {
    rule: 'the id BootstrapVersion',
    severity: 'warning',
    code: 'cdk/reserved-id',
    path: '/vpcLinks/0/id',
    trips: () => designWith((d) => (d.vpcLinks = [{ id: 'BootstrapVersion', importId: 'abc' }])),
    passes: () => designWith((d) => (d.vpcLinks = [{ id: 'Bootstrap', importId: 'abc' }])),
  },
];

describe('rules CDK does not enforce', () => {
  for (const testCase of cases) {
    describe(testCase.rule, () => {
      it(`${testCase.severity} ${testCase.code} at ${testCase.path}`, () => {
        expect(validateDesign(testCase.trips())).toContainEqual(
          expect.objectContaining({ severity: testCase.severity, code: testCase.code, path: testCase.path }),
        );
      });
      it('not for the nearest design that is fine', () => {
        const diagnostics = validateDesign(testCase.passes());
        expect(diagnostics.filter((d) => d.code === testCase.code)).toEqual([]);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      });
      if (testCase.cdkAccepts) {
        it('is not caught by CDK itself', () => {
          expect(cdkErrors(cdkOutcome(testCase.trips()))).toEqual([]);
        });
      }
    });
  }

  it('every diagnostic has a path, a message and a code; each rule above says how to fix it (a hint)', () => {
    const withoutHint: string[] = [];
    for (const testCase of cases) {
      for (const diagnostic of validateDesign(testCase.trips())) {
        expect(typeof diagnostic.path).toBe('string');
        expect(diagnostic.message.length).toBeGreaterThan(0);
        expect(diagnostic.code).toMatch(/^(cdk|aws|design|hint)\/[a-z0-9-]+$/);
        if (diagnostic.code === testCase.code && !diagnostic.hint) withoutHint.push(testCase.rule);
      }
    }
    expect(withoutHint).toEqual([]);
  });

  it('a sample for a method that does not exist is a warning, never blocking the template (contract rule 14)', () => {
    const design = designWith((d) => {
      d.samples = [{ name: 'old', method: 'POST /pets', request: {} }];
    });
    expect(validateDesign(design)).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'design/unknown-method',
        path: '/samples/0/method',
      }),
    );
    expect(validateDesign(design).filter((d) => d.severity === 'error')).toEqual([]);
    expect(parseDesign(JSON.parse(JSON.stringify(design))).diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'design/unknown-method',
        path: '/samples/0/method',
      }),
    );
  });

  it('validateDesign never throws, even on a design that is not the typed shape', () => {
    const broken = { version: 1, stack: { id: 'S' }, api: { id: 'Api' }, methods: [] } as unknown as Design;
    expect(validateDesign(broken)).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'design/internal' }),
    );
  });

  it("parseDesign and validateDesign agree on a parsed design's references", () => {
    const design = designWith((d) => (firstMethod(d).function = 'Nope'));
    const parsed = parseDesign(JSON.parse(JSON.stringify(design)));
    const fromParse = parsed.diagnostics.filter((d) => d.code === 'design/unknown-function');
    const fromValidate = validateDesign(design).filter((d) => d.code === 'design/unknown-function');
    expect(fromParse).toEqual(fromValidate);
  });
});
