/**
 * What `cdk synth` refuses in the template itself: CloudFormation Validate's findings (on in `cdk init`
 * projects through `@aws-cdk/core:validateAgainstDefaultRules`), construct-id and logical-ID clashes
 * and the 500-resource limit. Each case is checked against the real aws-cdk-lib: the design is built
 * with CDK's own API (testing/designCdkOracle.ts), or the generated TypeScript app is synthesized by
 * the harness and its validation-report.json read; our diagnostic must carry CDK's exact text.
 */
import { describe, expect, it } from 'vitest';
import type { Design, MethodDesign } from './types';
import { generate } from '../generate';
import type { Diagnostic } from '../diagnostics';
import { cdkErrors, cdkOutcome } from '../../testing/designCdkOracle';
import { createdFunction, designWith, firstMethod, nonProxyDesign } from '../../testing/designMutations';
import { removeAssembly, synthTypeScriptAppToAssembly, validationErrors } from '../../testing/cdkHarness';
import { validatorNumber } from './rules/messages';

interface TemplateCase {
  name: string;
  design: () => Design;
  code: string;
  message: string;
  /** The design value the diagnostic points at. */
  path: string;
}

const nonProxyWith = (change: (design: Design, method: MethodDesign) => void): (() => Design) => {
  return () => {
    const design = nonProxyDesign();
    change(design, firstMethod(design));
    return design;
  };
};
const withPaths = (...paths: string[]) =>
  designWith((d) => {
    d.methods = paths.map((path) => ({ path, httpMethod: 'GET', function: 'Handler' }));
  });

const cases: TemplateCase[] = [
  {
    name: 'a response template for a content type without a letter or digit',
    design: nonProxyWith((_, m) => {
      m.integration!.integrationResponses = [{ statusCode: '200', responseTemplates: { '...': '{}' } }];
    }),
    code: 'cdk/map-key-pattern',
    message:
      "Integration.IntegrationResponses.0.ResponseTemplates....: Additional properties are not allowed ('...' was unexpected)",
    path: '/methods/0/integration/integrationResponses/0/responseTemplates/...',
  },
  {
    name: 'a request template for a non-ASCII content type',
    design: nonProxyWith((_, m) => (m.integration!.requestTemplates = { 'é ü ß': '{}' })),
    code: 'cdk/map-key-pattern',
    message:
      "Integration.RequestTemplates.é ü ß: Additional properties are not allowed ('é ü ß' was unexpected)",
    path: '/methods/0/integration/requestTemplates/é ü ß',
  },
  {
    name: 'a method request parameter key without a letter or digit',
    design: nonProxyWith((_, m) => (m.options!.requestParameters!['-'] = true)),
    code: 'cdk/map-key-pattern',
    message: "RequestParameters.-: Additional properties are not allowed ('-' was unexpected)",
    path: '/methods/0/options/requestParameters/-',
  },
  {
    name: 'an integration request parameter key without a letter or digit',
    design: nonProxyWith((_, m) => (m.integration!.requestParameters = { '': "'x'" })),
    code: 'cdk/map-key-pattern',
    message: "Integration.RequestParameters.: Additional properties are not allowed ('' was unexpected)",
    path: '/methods/0/integration/requestParameters/',
  },
  {
    name: 'an integration response parameter key without a letter or digit',
    design: nonProxyWith((_, m) => {
      m.integration!.integrationResponses = [{ statusCode: '200', responseParameters: { "'": "'x'" } }];
    }),
    code: 'cdk/map-key-pattern',
    message:
      "Integration.IntegrationResponses.0.ResponseParameters.': Additional properties are not allowed (''' was unexpected)",
    path: "/methods/0/integration/integrationResponses/0/responseParameters/'",
  },
  {
    name: 'a response model for a content type with a line break only',
    design: nonProxyWith((_, m) => {
      m.options!.methodResponses = [{ statusCode: '200', responseModels: { '\n': 'Empty' } }];
    }),
    code: 'cdk/map-key-pattern',
    message:
      "MethodResponses.0.ResponseModels.\n: Additional properties are not allowed ('\n' was unexpected)",
    path: '/methods/0/options/methodResponses/0/responseModels/\n',
  },
  {
    name: 'a method response parameter key of symbols',
    design: nonProxyWith((_, m) => {
      m.options!.methodResponses = [{ statusCode: '200', responseParameters: { '~/': true } }];
    }),
    code: 'cdk/map-key-pattern',
    message:
      "MethodResponses.0.ResponseParameters.~/: Additional properties are not allowed ('~/' was unexpected)",
    path: '/methods/0/options/methodResponses/0/responseParameters/~0~1',
  },
  {
    name: 'two equal method responses, whatever the key order',
    design: nonProxyWith((_, m) => {
      m.options!.methodResponses = [
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.A': true, 'method.response.header.B': false },
        },
        { statusCode: '400' },
        {
          statusCode: '200',
          responseParameters: { 'method.response.header.B': false, 'method.response.header.A': true },
        },
      ];
    }),
    code: 'cdk/unique-items',
    message: 'MethodResponses: Array items are not unique',
    path: '/methods/0/options/methodResponses/2',
  },
  {
    name: 'two equal integration responses',
    design: nonProxyWith((_, m) => {
      m.integration!.integrationResponses = [
        { statusCode: '200', selectionPattern: 'x', contentHandling: 'CONVERT_TO_TEXT' },
        { statusCode: '200', contentHandling: 'CONVERT_TO_TEXT', selectionPattern: 'x' },
      ];
    }),
    code: 'cdk/unique-items',
    message: 'Integration.IntegrationResponses: Array items are not unique',
    path: '/methods/0/integration/integrationResponses/1',
  },
  {
    name: 'a cache key parameter twice',
    design: nonProxyWith((_, m) => {
      m.integration!.cacheKeyParameters = ['method.request.path.petId', 'method.request.path.petId'];
    }),
    code: 'cdk/unique-items',
    message: 'Integration.CacheKeyParameters: Array items are not unique',
    path: '/methods/0/integration/cacheKeyParameters/1',
  },
  {
    name: 'a binary media type twice',
    design: () => designWith((d) => (d.api.binaryMediaTypes = ['image/png', '*/*', 'image/png'])),
    code: 'cdk/unique-items',
    message: 'BinaryMediaTypes: Array items are not unique',
    path: '/api/binaryMediaTypes/2',
  },
  {
    name: 'an endpoint type twice',
    design: () => designWith((d) => (d.api.endpointTypes = ['REGIONAL', 'REGIONAL'])),
    code: 'cdk/unique-items',
    message: 'EndpointConfiguration.Types: Array items are not unique',
    path: '/api/endpointTypes/1',
  },
  {
    name: "a memory size over the schema's maximum",
    design: () => designWith((d) => (createdFunction(d).memorySize = 32769)),
    code: 'cdk/memory-size-maximum',
    message: 'MemorySize: 32769 is greater than the maximum of 32768',
    path: '/functions/0/memorySize',
  },
  {
    name: 'a memory size JavaScript prints with an exponent',
    design: () => designWith((d) => (createdFunction(d).memorySize = 1e21)),
    code: 'cdk/memory-size-maximum',
    message: 'MemorySize: 1000000000000000000000 is greater than the maximum of 32768',
    path: '/functions/0/memorySize',
  },
  {
    name: 'a tiny memory size',
    design: () => designWith((d) => (createdFunction(d).memorySize = 1e-7)),
    code: 'cdk/memory-size-minimum',
    message: 'MemorySize: 0.0000001 is less than the minimum of 128',
    path: '/functions/0/memorySize',
  },
  {
    name: "a function timeout over the schema's maximum",
    design: () => designWith((d) => (createdFunction(d).timeout = { minutes: 100 })),
    code: 'cdk/function-timeout-maximum',
    message: 'Timeout: 6000 is greater than the maximum of 5400',
    path: '/functions/0/timeout',
  },
  {
    name: 'an imported function ARN too long for the permission',
    design: () =>
      designWith((d) => {
        d.stack.env = { account: '123456789012', region: 'eu-west-1' };
        d.functions.push({
          id: 'Legacy',
          importArn: `arn:aws:lambda:eu-west-1:123456789012:function:${'f'.repeat(64)}:${'v'.repeat(40)}`,
        });
        firstMethod(d).function = 'Legacy';
      }),
    code: 'cdk/permission-function-name-length',
    message: 'FunctionName: length 152 exceeds maximum 140',
    path: '/functions/1/importArn',
  },
  {
    name: 'a path part "Resource" below a resource',
    design: () => withPaths('/a/Resource'),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'Resource' in Resource2 [a]",
    path: '/methods/0/path',
  },
  {
    name: 'a path part "Resource" deeper down',
    design: () => withPaths('/pets', '/pets/{petId}/Resource/x'),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'Resource' in Resource2 [{petId}]",
    path: '/methods/1/path',
  },
  {
    name: 'a path part "Default" below the root (the RestApi\'s own logical ID)',
    design: () => withPaths('/Default'),
    code: 'cdk/logical-id-collision',
    message: "section 'Resources' already contains 'ApiF70053CD'",
    path: '/methods/0/path',
  },
  {
    name: 'a path part "Default" below a resource',
    design: () => withPaths('/a', '/a/Default/b'),
    code: 'cdk/logical-id-collision',
    message: "section 'Resources' already contains 'ApiaB5F6DF7E'",
    path: '/methods/1/path',
  },
  {
    name: 'an API with the id "Default" and a resource named like a function',
    design: () =>
      designWith((d) => {
        d.api.id = 'Default';
        d.functions[0].id = 'pets';
        d.methods = [{ path: '/pets', httpMethod: 'GET', function: 'pets' }];
      }),
    code: 'cdk/logical-id-collision',
    message: "section 'Resources' already contains 'petsB55D13E3'",
    path: '/methods/0/path',
  },
  {
    name: 'an API with the id "Default", a function "GET" and a GET on the root',
    design: () =>
      designWith((d) => {
        d.api.id = 'Default';
        d.functions[0].id = 'GET';
        d.methods = [{ path: '/', httpMethod: 'GET', function: 'GET' }];
      }),
    code: 'cdk/logical-id-collision',
    message: "section 'Resources' already contains 'GETE2DA1810'",
    path: '/methods/0/httpMethod',
  },
  {
    name: 'a function "Default" and a role "ServiceRole"',
    design: () =>
      designWith((d) => {
        d.functions[0].id = 'Default';
        firstMethod(d).function = 'Default';
        d.roles = [{ id: 'ServiceRole', assumedBy: 'apigateway.amazonaws.com' }];
      }),
    code: 'cdk/logical-id-collision',
    message: "section 'Resources' already contains 'ServiceRole4288B192'",
    path: '/roles/0/id',
  },
];

describe('template rules match what the real aws-cdk-lib raises', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const design = testCase.design();
      const result = generate(design, { outputs: [] });
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          code: testCase.code,
          message: testCase.message,
          path: testCase.path,
        }),
      );
      expect(result.template).toBeNull();
      const outcome = cdkOutcome(design);
      const raised = cdkErrors(outcome);
      expect(raised.length, 'CDK accepted the design').toBeGreaterThan(0);
      const matched =
        outcome.validationErrors.includes(testCase.message) ||
        (outcome.thrown ?? '').includes(testCase.message);
      expect(matched, `CDK raised:\n${raised.join('\n---\n')}`).toBe(true);
    });
  }
});

/** Our errors for the design, and the errors in the report of the generated app synthesized by CDK. */
function generatedAppErrors(design: Design, pathMetadata: boolean): { ours: Diagnostic[]; cdk: string[] } {
  const result = generate(design, { pathMetadata });
  const ours = result.diagnostics.filter((d) => d.severity === 'error');
  const assembly = synthTypeScriptAppToAssembly(result.files['cdk-typescript'] as string, { pathMetadata });
  try {
    return { ours, cdk: validationErrors(assembly.assemblyDir).map((v) => v.description) };
  } finally {
    removeAssembly(assembly.assemblyDir);
  }
}

describe('template text the validator refuses, as the generated app synthesizes it', () => {
  const textCases: Array<{ name: string; design: () => Design; path: string; code: string }> = [
    {
      name: 'a lone leading surrogate in the description',
      design: () => designWith((d) => (d.api.description = 'Pets 🐶 é\ud83d')),
      path: '/api/description',
      code: 'cdk/template-json',
    },
    {
      name: 'a lone trailing surrogate in a request template content type',
      design: nonProxyWith((_, m) => (m.integration!.requestTemplates = { 'application/json\udc36': '{}' })),
      path: '/methods/0/integration/requestTemplates/application~1json\udc36',
      code: 'cdk/template-json',
    },
    {
      name: 'two leading surrogates in an operation name',
      design: nonProxyWith((_, m) => (m.options!.operationName = 'Get\ud83d\ud83d')),
      path: '/methods/0/options/operationName',
      code: 'cdk/template-json',
    },
    {
      name: 'a leading surrogate before an escaped character in inline code',
      design: () => designWith((d) => (createdFunction(d).code.inline = 'x\ud83d\n// "q"')),
      path: '/functions/0/code/inline',
      code: 'cdk/template-json',
    },
    {
      name: 'a pseudo parameter in a mapping template',
      design: nonProxyWith((_, m) => {
        m.integration!.requestTemplates = {
          'application/json': '{"region": "${ AWS::Region }", "s": "${AWS::StackName}"}',
        };
      }),
      path: '/methods/0/integration/requestTemplates/application~1json',
      code: 'cdk/embedded-parameter',
    },
    {
      name: "a parameter's name in a selection pattern",
      design: nonProxyWith((_, m) => {
        m.integration!.integrationResponses = [
          { statusCode: '200', selectionPattern: '.*${BootstrapVersion}.*' },
        ];
      }),
      path: '/methods/0/integration/integrationResponses/0/selectionPattern',
      code: 'cdk/embedded-parameter',
    },
    {
      name: 'a pseudo parameter in a function id (the aws:cdk:path metadata)',
      design: () =>
        designWith((d) => {
          d.functions[0].id = 'Handler${AWS::Region}';
          firstMethod(d).function = d.functions[0].id;
        }),
      path: '/functions/0/id',
      code: 'cdk/embedded-parameter',
    },
    {
      name: "a resource's logical ID and attribute in the description",
      design: () => designWith((d) => (d.api.description = 'the ${ApiF70053CD.RootResourceId} resource')),
      path: '/api/description',
      code: 'cdk/embedded-parameter',
    },
    {
      name: 'a dynamic reference with too few parts in a mapping template',
      design: nonProxyWith(
        (_, m) => (m.integration!.requestTemplates = { 'application/json': '{{resolve:ssm}}' }),
      ),
      path: '/methods/0/integration/requestTemplates/application~1json',
      code: 'cdk/dynamic-reference',
    },
    {
      name: 'a dynamic reference to an unknown service, after a valid one, in the description',
      design: () => designWith((d) => (d.api.description = '{{resolve:ssm:a}} {{resolve:vault:b}}')),
      path: '/api/description',
      code: 'cdk/dynamic-reference',
    },
    {
      name: 'an SSM secure string with too many parts in a static response header value',
      design: nonProxyWith((_, m) => {
        m.options!.methodResponses = [
          { statusCode: '200', responseParameters: { 'method.response.header.X-Key': true } },
        ];
        m.integration!.integrationResponses = [
          {
            statusCode: '200',
            responseParameters: { 'method.response.header.X-Key': "'{{resolve:ssm-secure:k:1:2}}'" },
          },
        ];
      }),
      path: '/methods/0/integration/integrationResponses/0/responseParameters/method.response.header.X-Key',
      code: 'cdk/dynamic-reference',
    },
    {
      name: 'an SSM parameter version that is not a number in a response template',
      design: nonProxyWith((_, m) => {
        m.integration!.integrationResponses = [
          { statusCode: '200', responseTemplates: { 'text/plain': 'v{{resolve:ssm:/p/q:latest}}' } },
        ];
      }),
      path: '/methods/0/integration/integrationResponses/0/responseTemplates/text~1plain',
      code: 'cdk/dynamic-reference',
    },
    {
      name: 'a secrets manager reference in a function id (metadata only)',
      design: () =>
        designWith((d) => {
          d.functions[0].id = 'H{{resolve:secretsmanager:s}}';
          firstMethod(d).function = d.functions[0].id;
        }),
      path: '/functions/0/id',
      code: 'cdk/dynamic-reference',
    },
  ];

  for (const testCase of textCases) {
    for (const pathMetadata of [true, false]) {
      it(`${testCase.name} (pathMetadata ${pathMetadata})`, () => {
        const { ours, cdk } = generatedAppErrors(testCase.design(), pathMetadata);
        // Our template-level errors are exactly the report's errors (one per design value here).
        expect(ours.map((d) => d.message).sort()).toEqual([...new Set(cdk)].sort());
        for (const diagnostic of ours) {
          expect(diagnostic).toMatchObject({ code: testCase.code, path: testCase.path });
        }
        const onlyInMetadata = testCase.path === '/functions/0/id';
        expect(cdk.length > 0).toBe(!onlyInMetadata || pathMetadata);
        expect(ours.length > 0).toBe(!onlyInMetadata || pathMetadata);
      });
    }
  }
});

describe('a map whose only key names an intrinsic function', () => {
  const keys = ['Ref', 'Fn::Sub', 'Fn::GetAtt', 'Fn::Base64', 'Fn::ImportValue'];
  for (const key of keys) {
    it(`${key}: CloudFormation would evaluate it, so it is an error whatever cdk synth says`, () => {
      const design = nonProxyDesign();
      firstMethod(design).integration!.requestTemplates = { [key]: key === 'Fn::GetAtt' ? 'a.b' : 'x ${y}' };
      const result = generate(design, { outputs: [] });
      expect(result.template).toBeNull();
      expect(result.diagnostics).toContainEqual(
        expect.objectContaining({
          severity: 'error',
          code: 'aws/intrinsic-function-key',
          path: `/methods/0/integration/requestTemplates/${key}`,
        }),
      );
      // What cdk synth does differs by function (Ref x, Fn::Sub ${y} and Fn::GetAtt a.b are refused).
      const refused = cdkErrors(cdkOutcome(design)).length > 0;
      expect(refused).toBe(['Ref', 'Fn::Sub', 'Fn::GetAtt'].includes(key));
    });
  }
});

describe('the 500-resource limit', () => {
  /** 130 methods on their own resources: a Resource, a Method and two Lambda::Permissions each. */
  const bigDesign = (scopePermissionToMethod?: boolean): Design =>
    designWith((d) => {
      d.methods = Array.from({ length: 130 }, (_, i) => ({
        path: `/r${i}`,
        httpMethod: 'GET',
        function: 'Handler',
        ...(scopePermissionToMethod === undefined ? {} : { integration: { scopePermissionToMethod } }),
      }));
    });

  it('130 methods: the error aws-cdk-lib throws, counted as CDK counts, and no template', () => {
    const design = bigDesign();
    const result = generate(design);
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(result.template).toBeNull();
    expect(result.files['cloudformation-json']).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'cdk/too-many-resources', path: '/methods' });
    expect(errors[0].message).toMatch(
      /^Number of resources in stack 'PetsStack': 526 is greater than allowed maximum of 500: /,
    );
    expect(() =>
      synthTypeScriptAppToAssembly(result.files['cdk-typescript'] as string, { pathMetadata: true }),
    ).toThrow(errors[0].message);
  });

  it('the same design with API-wide permissions fits, and synthesizes as CDK does', () => {
    const result = generate(bigDesign(false));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const assembly = synthTypeScriptAppToAssembly(result.files['cdk-typescript'] as string, {
      pathMetadata: true,
    });
    try {
      expect(assembly.template).toEqual(result.template);
      expect(Object.keys(assembly.template.Resources as object)).toHaveLength(267);
    } finally {
      removeAssembly(assembly.assemblyDir);
    }
  });
});

describe('validatorNumber', () => {
  it('prints numbers as the validator does, never with an exponent', () => {
    expect(
      [1e21, 1.5e22, -2e21, 1e-7, 1.25e-9, 32769, 0.5, -0, 123456789012345680000].map(validatorNumber),
    ).toEqual([
      '1000000000000000000000',
      '15000000000000000000000',
      '-2000000000000000000000',
      '0.0000001',
      '0.00000000125',
      '32769',
      '0.5',
      '0',
      '123456789012345680000',
    ]);
  });
});
