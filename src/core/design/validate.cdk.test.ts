/**
 * Every CDK-enforced rule, checked against the real aws-cdk-lib: the design is built with CDK's own
 * API (testing/designCdkOracle.ts) in a `cdk init` context, and the message our diagnostic carries
 * must be what CDK raised.
 *
 * How messages are compared: CDK's own text is compared whole, but some errors reach us wrapped:
 * - RestApi validation errors are listed as "Validation failed with the following errors:\n
 *   [PetsStack/Api] <message>" (core/lib/private/synthesis.js adds the prefix and construct path);
 * - template-validation errors (CloudFormation Validate) come as findings in validation-report.json,
 *   whose `description` is exactly our message, while the thrown error lists them with file positions.
 * So the test asserts that our message is one of the report's descriptions or contained in the thrown
 * message.
 */
import { describe, expect, it } from 'vitest';
import type { Design } from './types';
import { validateDesign } from './validate';
import { cdkErrors, cdkOutcome } from '../../testing/designCdkOracle';
import { baseDesign, createdFunction, designWith, firstMethod } from '../../testing/designMutations';

interface CdkCase {
  name: string;
  design: () => Design;
  code: string;
  message: string;
}

const withRole = (design: Design) => {
  design.roles = [{ id: 'InvokeRole', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Handler'] }];
};
const IMPORTED_ARN = 'arn:aws:lambda:eu-west-1:123456789012:function:legacy';
const withImported = (design: Design, arn = IMPORTED_ARN) => {
  design.functions.push({ id: 'Legacy', importArn: arn });
};

const cases: CdkCase[] = [
  {
    name: 'an API with no methods',
    design: () => designWith((d) => (d.methods = [])),
    code: 'cdk/no-methods',
    message: "The REST API doesn't contain any methods",
  },
  {
    name: 'a bad HTTP verb',
    design: () => designWith((d) => (firstMethod(d).httpMethod = 'FETCH' as never)),
    code: 'cdk/invalid-http-method',
    message: 'Invalid HTTP method "FETCH". Allowed methods: ANY,OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD',
  },
  {
    name: 'a duplicate verb on a resource',
    design: () =>
      designWith((d) => d.methods.push({ path: '/pets/{petId}', httpMethod: 'GET', function: 'Handler' })),
    code: 'cdk/duplicate-method',
    message: "There is already a Construct with name 'GET' in Resource2 [{petId}]",
  },
  {
    name: 'a duplicate verb on the root',
    design: () =>
      designWith((d) => {
        d.methods = [
          { path: '/', httpMethod: 'ANY', function: 'Handler' },
          { path: '/', httpMethod: 'ANY', function: 'Handler' },
        ];
      }),
    code: 'cdk/duplicate-method',
    message: "There is already a Construct with name 'ANY' in RootResource [Default]",
  },
  {
    name: 'a path part named like the verb of a method on its parent',
    design: () =>
      designWith((d) => {
        d.methods = [
          { path: '/pets', httpMethod: 'GET', function: 'Handler' },
          { path: '/pets/GET', httpMethod: 'POST', function: 'Handler' },
        ];
      }),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'GET' in Resource2 [pets]",
  },
  {
    name: 'a verb named like a path part below its resource',
    design: () =>
      designWith((d) => {
        d.methods = [
          { path: '/POST', httpMethod: 'GET', function: 'Handler' },
          { path: '/', httpMethod: 'POST', function: 'Handler' },
        ];
      }),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'POST' in RootResource [Default]",
  },
  {
    name: 'a bad path part',
    design: () => designWith((d) => (firstMethod(d).path = '/pets/a b')),
    code: 'cdk/path-part',
    message:
      "Resource's path part only allow [a-zA-Z0-9:._-$], an optional trailing '+'\n      and curly braces at the beginning and the end: a b",
  },
  {
    name: 'a bad parameter path part',
    design: () => designWith((d) => (firstMethod(d).path = '/{pet id+}')),
    code: 'cdk/path-part',
    message:
      "Resource's path part only allow [a-zA-Z0-9:._-$], an optional trailing '+'\n      and curly braces at the beginning and the end: pet id",
  },
  {
    name: '"//" inside a path',
    design: () => designWith((d) => (firstMethod(d).path = '/pets//toys')),
    code: 'cdk/path-empty-segment',
    message: 'Path may start with "/" only for the resource, but we are at: /pets',
  },
  {
    name: 'credentialsRole with credentialsPassthrough false',
    design: () =>
      designWith((d) => {
        withRole(d);
        firstMethod(d).integration = { credentialsPassthrough: false, credentialsRole: 'InvokeRole' };
      }),
    code: 'cdk/credentials-role-with-passthrough',
    message: "'credentialsPassthrough' and 'credentialsRole' are mutually exclusive",
  },
  {
    name: 'VPC_LINK without a vpcLink',
    design: () => designWith((d) => (firstMethod(d).integration = { connectionType: 'VPC_LINK' })),
    code: 'cdk/vpc-link-required',
    message: "'connectionType' of VPC_LINK requires 'vpcLink' prop to be set",
  },
  {
    name: 'a vpcLink with INTERNET',
    design: () =>
      designWith((d) => {
        d.vpcLinks = [{ id: 'Link', importId: 'a1b2c3' }];
        firstMethod(d).integration = { connectionType: 'INTERNET', vpcLink: 'Link' };
      }),
    code: 'cdk/vpc-link-with-internet',
    message: "cannot set 'vpcLink' where 'connectionType' is INTERNET",
  },
  {
    name: 'an integration timeout under 50 ms',
    design: () => designWith((d) => (firstMethod(d).integration = { timeout: { millis: 49 } })),
    code: 'cdk/integration-timeout-minimum',
    message: 'Integration timeout must be greater than 50 milliseconds.',
  },
  {
    name: 'an integration timeout of 0 seconds',
    design: () => designWith((d) => (firstMethod(d).integration = { timeout: { seconds: 0 } })),
    code: 'cdk/integration-timeout-minimum',
    message: 'Integration timeout must be greater than 50 milliseconds.',
  },
  {
    name: 'fractional milliseconds',
    design: () => designWith((d) => (firstMethod(d).integration = { timeout: { millis: 60.5 } })),
    code: 'cdk/duration-not-whole',
    message: '60.5 must be a whole number of millis.',
  },
  {
    name: 'seconds that are not whole milliseconds in floating point',
    design: () => designWith((d) => (firstMethod(d).integration = { timeout: { seconds: 1.001 } })),
    code: 'cdk/duration-not-whole',
    message: "'1.001 seconds' cannot be converted into a whole number of millis.",
  },
  {
    name: 'a negative duration',
    design: () => designWith((d) => (firstMethod(d).integration = { timeout: { seconds: -1 } })),
    code: 'cdk/duration-negative',
    message: 'Duration amounts cannot be negative. Received: -1',
  },
  {
    name: 'STREAM without proxy',
    design: () =>
      designWith((d) => (firstMethod(d).integration = { proxy: false, responseTransferMode: 'STREAM' })),
    code: 'cdk/stream-requires-proxy',
    message:
      'ResponseTransferMode STREAM is only supported for AWS_PROXY and HTTP_PROXY integration types, got: AWS',
  },
  {
    name: 'a function timeout in millis that is not whole seconds',
    design: () => designWith((d) => (createdFunction(d).timeout = { millis: 1500 })),
    code: 'cdk/duration-not-whole',
    message: "'1500 millis' cannot be converted into a whole number of seconds.",
  },
  {
    name: 'a fractional function timeout in seconds',
    design: () => designWith((d) => (createdFunction(d).timeout = { seconds: 1.5 })),
    code: 'cdk/duration-not-whole',
    message: '1.5 must be a whole number of seconds.',
  },
  {
    name: 'a function timeout of 0',
    design: () => designWith((d) => (createdFunction(d).timeout = { seconds: 0 })),
    code: 'cdk/function-timeout-minimum',
    message: 'Timeout: 0 is less than the minimum of 1',
  },
  {
    name: 'a function timeout over 15 minutes',
    design: () => designWith((d) => (createdFunction(d).timeout = { minutes: 16 })),
    code: 'cdk/function-timeout-maximum',
    message: 'Timeout: 960 exceeds maximum 900 for a function without CapacityProviderConfig',
  },
  {
    name: 'a function name over 64 characters',
    design: () => designWith((d) => (createdFunction(d).functionName = 'f'.repeat(65))),
    code: 'cdk/function-name-length',
    message: 'Function name can not be longer than 64 characters but has 65 characters.',
  },
  {
    name: 'a function name with a space',
    design: () => designWith((d) => (createdFunction(d).functionName = 'pets handler')),
    code: 'cdk/function-name-format',
    message:
      'Function name pets handler can contain only letters, numbers, hyphens, or underscores with no spaces.',
  },
  {
    name: 'an empty function name',
    design: () => designWith((d) => (createdFunction(d).functionName = '')),
    code: 'cdk/function-name-min-length',
    message: 'FunctionName: length 0 is below minimum 1',
  },
  {
    name: 'an empty function name (pattern)',
    design: () => designWith((d) => (createdFunction(d).functionName = '')),
    code: 'cdk/function-name-pattern',
    message:
      "FunctionName: '' does not match pattern '^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:function:[a-zA-Z0-9_-]{1,64})$'",
  },
  {
    name: 'empty inline code',
    design: () => designWith((d) => (createdFunction(d).code = { inline: '' })),
    code: 'cdk/inline-code-empty',
    message: 'Lambda inline code cannot be empty',
  },
  {
    name: 'inline code for a runtime without inline support',
    design: () => designWith((d) => (createdFunction(d).runtime = 'java21')),
    code: 'cdk/inline-code-runtime',
    message: 'Inline source not allowed for java21',
  },
  {
    name: 'a runtime whose creation Lambda has disabled',
    design: () => designWith((d) => (createdFunction(d).runtime = 'python3.7')),
    code: 'cdk/runtime-deprecated',
    message:
      "Runtime: Runtime 'python3.7' was deprecated on '2023-12-04'. Creation was disabled on '2024-01-09', and updates will be disabled on '2027-03-03'. Please consider updating to 'python3.14'",
  },
  {
    name: 'a memory size below 128',
    design: () => designWith((d) => (createdFunction(d).memorySize = 64)),
    code: 'cdk/memory-size-minimum',
    message: 'MemorySize: 64 is less than the minimum of 128',
  },
  {
    name: 'a fractional memory size',
    design: () => designWith((d) => (createdFunction(d).memorySize = 256.5)),
    code: 'cdk/memory-size-integer',
    message: "MemorySize: 256.5 is not of type 'integer'",
  },
  {
    name: 'a handler with a space',
    design: () => designWith((d) => (createdFunction(d).handler = 'index handler')),
    code: 'cdk/handler-pattern',
    message: "Handler: 'index handler' does not match pattern '^[^\\s]+$'",
  },
  {
    name: 'a handler over 128 characters',
    design: () => designWith((d) => (createdFunction(d).handler = `index.${'h'.repeat(130)}`)),
    code: 'cdk/handler-length',
    message: 'Handler: length 136 exceeds maximum 128',
  },
  {
    name: 'a stack id that is not a stack name',
    design: () => designWith((d) => (d.stack.id = '1Pets')),
    code: 'cdk/stack-name',
    message: "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got '1Pets'",
  },
  {
    name: 'an empty function id',
    design: () => designWith((d) => (createdFunction(d).id = '')),
    code: 'cdk/empty-id',
    message: 'Only root constructs may have an empty ID',
  },
  {
    name: 'a function id equal to the RestApi id',
    design: () =>
      designWith((d) => {
        createdFunction(d).id = 'Api';
        firstMethod(d).function = 'Api';
      }),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'Api' in PetsStack [PetsStack]",
  },
  {
    name: 'a role id equal to a function id',
    design: () => designWith((d) => (d.roles = [{ id: 'Handler', assumedBy: 'apigateway.amazonaws.com' }])),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'Handler' in PetsStack [PetsStack]",
  },
  {
    name: 'a VPC link id equal to a role id',
    design: () =>
      designWith((d) => {
        d.roles = [{ id: 'Shared', assumedBy: 'apigateway.amazonaws.com' }];
        d.vpcLinks = [{ id: 'Shared', importId: 'abc123' }];
      }),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'Shared' in PetsStack [PetsStack]",
  },
  {
    name: 'two functions with one id',
    design: () =>
      designWith((d) => {
        withImported(d);
        d.functions[1].id = 'Handler';
      }),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'Handler' in PetsStack [PetsStack]",
  },
  {
    name: 'the ids Default and Resource together in the stack',
    design: () =>
      designWith((d) => {
        createdFunction(d).id = 'Default';
        firstMethod(d).function = 'Default';
        d.api.id = 'Resource';
      }),
    code: 'cdk/default-child',
    message:
      'Cannot determine default child for PetsStack. There is both a child with id "Resource" and id "Default"',
  },
  {
    name: 'the id CheckBootstrapVersion',
    design: () => designWith((d) => (d.vpcLinks = [{ id: 'CheckBootstrapVersion', importId: 'abc123' }])),
    code: 'cdk/construct-id-collision',
    message: "There is already a Construct with name 'CheckBootstrapVersion' in PetsStack [PetsStack]",
  },
  {
    name: 'an imported function ARN without "arn:"',
    design: () => designWith((d) => withImported(d, 'legacy-function')),
    code: 'cdk/arn',
    message: 'ARNs must start with "arn:" and have at least 6 components: legacy-function',
  },
  {
    name: 'an imported function ARN without its resource',
    design: () => designWith((d) => withImported(d, 'arn:aws:lambda:eu-west-1:123456789012')),
    code: 'cdk/arn',
    message:
      'The `resource` component (6th component) of an ARN is required: arn:aws:lambda:eu-west-1:123456789012',
  },
  {
    name: 'an imported role ARN without a partition',
    design: () =>
      designWith((d) => (d.roles = [{ id: 'Existing', importArn: 'arn::iam::123456789012:role/x' }])),
    code: 'cdk/arn',
    message: 'The `partition` component (2nd component) of an ARN is required: arn::iam::123456789012:role/x',
  },
  {
    name: 'grantInvoke on an imported function in a stack without an account',
    design: () =>
      designWith((d) => {
        withImported(d);
        d.roles = [{ id: 'Caller', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Legacy'] }];
      }),
    code: 'cdk/grant-invoke-imported-function',
    message:
      'Cannot modify permission to lambda function. Function is either imported or $LATEST version.\nIf the function is imported from the same account use `fromFunctionAttributes()` API with the `sameEnvironment` flag.\nIf the function is imported from a different account and already has the correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.',
  },
  {
    name: 'grantInvoke on an imported function of another account',
    design: () =>
      designWith((d) => {
        d.stack.env = { account: '999999999999', region: 'eu-west-1' };
        withImported(d);
        d.roles = [{ id: 'Caller', assumedBy: 'apigateway.amazonaws.com', grantInvoke: ['Legacy'] }];
      }),
    code: 'cdk/grant-invoke-imported-function',
    message:
      'Cannot modify permission to lambda function. Function is either imported or $LATEST version.\nIf the function is imported from the same account use `fromFunctionAttributes()` API with the `sameEnvironment` flag.\nIf the function is imported from a different account and already has the correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.',
  },
  {
    name: 'an imported function ARN that is not a valid permission FunctionName',
    design: () =>
      designWith((d) => {
        d.stack.env = { account: '123456789012' };
        withImported(d, 'arn:aws:lambda:eu-west-1:123456789012:function:legacy fn');
        firstMethod(d).function = 'Legacy';
      }),
    code: 'cdk/permission-function-name',
    message:
      "FunctionName: 'arn:aws:lambda:eu-west-1:123456789012:function:legacy fn' does not match pattern '^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$'",
  },
  {
    name: 'an empty stack account',
    design: () => designWith((d) => (d.stack.env = { account: '' })),
    code: 'cdk/environment',
    message:
      'Unable to parse environment specification "aws:///unknown-region". Expected format: aws://account/region',
  },
  {
    name: 'an upper-case region',
    design: () => designWith((d) => (d.stack.env = { account: '123456789012', region: 'EU-WEST-1' })),
    code: 'cdk/environment',
    message:
      'Unable to parse environment specification "aws://123456789012/EU-WEST-1". Expected format: aws://account/region',
  },
];

describe('CDK-enforced rules match what the real aws-cdk-lib raises', () => {
  it('the base design is valid for us and for CDK', () => {
    const design = baseDesign();
    expect(validateDesign(design).filter((d) => d.severity === 'error')).toEqual([]);
    const outcome = cdkOutcome(design);
    expect(cdkErrors(outcome)).toEqual([]);
  });

  for (const testCase of cases) {
    it(testCase.name, () => {
      const design = testCase.design();
      const ours = validateDesign(design);
      expect(ours).toContainEqual(
        expect.objectContaining({ severity: 'error', code: testCase.code, message: testCase.message }),
      );
      const outcome = cdkOutcome(design);
      const raised = cdkErrors(outcome);
      expect(raised.length, 'CDK accepted the design').toBeGreaterThan(0);
      const matched =
        outcome.validationErrors.includes(testCase.message) ||
        (outcome.thrown !== undefined && outcome.thrown.includes(testCase.message));
      expect(matched, `CDK raised:\n${raised.join('\n---\n')}`).toBe(true);
    });
  }
});
