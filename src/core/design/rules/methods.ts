import { pointer } from '../../diagnostics';
import type { Design, IntegrationDesign, MethodDesign } from '../types';
import { isImportedFunction, isImportedRole } from '../types';
import { effectiveAllowTestInvoke, effectiveProxy, effectiveScopePermissionToMethod } from '../defaults';
import { convertedDuration } from './durations';
import { checkJavaRegex, javaRegexErrorMessage } from './javaRegex';
import { checkRequestMappings, checkResponseMappings } from './mappings';
import {
  ALLOW_TEST_INVOKE_IGNORED_MESSAGE,
  CREDENTIALS_MUTUALLY_EXCLUSIVE_MESSAGE,
  INTEGRATION_TIMEOUT_MIN_MESSAGE,
  VPC_LINK_REQUIRED_MESSAGE,
  VPC_LINK_WITH_INTERNET_MESSAGE,
  duplicateMethodResponseMessage,
  streamRequiresProxyMessage,
} from './messages';
import type { Reporter } from './report';
import { entriesOf, quote } from './report';
import { canAddPermissions, importedFunctionAccount } from './roles';

/** API Gateway's default maximum integration timeout (REST API quotas: 50 ms to 29 s, raisable). */
export const INTEGRATION_TIMEOUT_DEFAULT_MAX_MS = 29_000;
/** API Gateway's mapping template size quota: 300 KB, not raisable. Counted as 300 × 1024 bytes. */
export const MAPPING_TEMPLATE_MAX_BYTES = 300 * 1024;
/** PutMethodResponse / PutIntegrationResponse `statusCode` pattern (API Gateway API reference). */
const STATUS_CODE = /^[1-5]\d\d$/;
/**
 * AWS::Lambda::Permission FunctionName pattern, checked by CDK's template validation; an imported
 * function's ARN becomes that property when CDK adds the invoke permission.
 */
const PERMISSION_FUNCTION_NAME =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\d{1}:)?(\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\$LATEST(\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$/;
/** AWS::Lambda::Permission FunctionName maxLength. */
const PERMISSION_FUNCTION_NAME_MAX_LENGTH = 140;
const PERMISSION_FUNCTION_NAME_TEXT =
  '^(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?$';

/** UTF-8 length of a string, without TextEncoder (not part of the pure core's ES library). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    bytes += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function checkMethods(design: Design, report: Reporter): void {
  design.methods.forEach((method, index) => {
    const integration = method.integration ?? {};
    checkIntegrationOptions(design, method, integration, index, report);
    checkTemplates(method, index, report);
    checkResponses(method, index, report);
    checkRequestMappings(method, index, report);
    checkResponseMappings(method, index, report);
    checkAuthorization(method, index, report);
  });
}

function checkIntegrationOptions(
  design: Design,
  method: MethodDesign,
  integration: IntegrationDesign,
  index: number,
  report: Reporter,
): void {
  const at = (...rest: Array<string | number>) => pointer('methods', index, 'integration', ...rest);
  const proxy = effectiveProxy(integration);

  // aws-apigateway/lib/integration.js, in the order the constructor checks them.
  if (integration.credentialsPassthrough !== undefined && integration.credentialsRole !== undefined) {
    report.error(
      'cdk/credentials-role-with-passthrough',
      at('credentialsRole'),
      CREDENTIALS_MUTUALLY_EXCLUSIVE_MESSAGE,
      'Unset credentialsPassthrough (even false counts as set) or remove credentialsRole.',
    );
  }
  if (integration.connectionType === 'VPC_LINK' && integration.vpcLink === undefined) {
    report.error(
      'cdk/vpc-link-required',
      at('connectionType'),
      VPC_LINK_REQUIRED_MESSAGE,
      'Pick a vpcLink, or unset connectionType.',
    );
  }
  if (integration.connectionType === 'INTERNET' && integration.vpcLink !== undefined) {
    report.error(
      'cdk/vpc-link-with-internet',
      at('vpcLink'),
      VPC_LINK_WITH_INTERNET_MESSAGE,
      'Remove vpcLink, or unset connectionType.',
    );
  }
  if (integration.timeout !== undefined) {
    const millis = convertedDuration(integration.timeout, 'millis', at('timeout'), report);
    if (millis !== undefined && millis < 50) {
      report.error(
        'cdk/integration-timeout-minimum',
        at('timeout'),
        INTEGRATION_TIMEOUT_MIN_MESSAGE,
        'Use at least 50 ms.',
      );
    } else if (millis !== undefined && millis > INTEGRATION_TIMEOUT_DEFAULT_MAX_MS) {
      report.warning(
        'aws/integration-timeout-quota',
        at('timeout'),
        `An integration timeout over 29 seconds (${millis} ms) needs a raised "Maximum integration timeout" quota, and works only for Regional and private APIs.`,
        'Request the quota increase in Service Quotas, or stay at 29 seconds or less.',
      );
    }
  }
  if (integration.responseTransferMode === 'STREAM' && !proxy) {
    report.error(
      'cdk/stream-requires-proxy',
      at('responseTransferMode'),
      streamRequiresProxyMessage('AWS'),
      'Response streaming needs a proxy integration: unset proxy or set it to true.',
    );
  }

  // Options a Lambda proxy integration ignores.
  if (proxy) {
    const ignored = (['requestTemplates', 'integrationResponses', 'passthroughBehavior'] as const).filter(
      (key) => integration[key] !== undefined,
    );
    for (const key of ignored) {
      report.warning(
        'hint/ignored-for-proxy',
        at(key),
        `${key} is ignored by API Gateway for a Lambda proxy integration: the function's response is passed through as it is.`,
        'Set proxy to false to use mapping templates and integration responses, or remove this option.',
      );
    }
  } else if (
    integration.passthroughBehavior === 'NEVER' &&
    entriesOf(integration.requestTemplates).length === 0
  ) {
    report.warning(
      'hint/never-without-templates',
      at('passthroughBehavior'),
      'With passthroughBehavior NEVER and no request template, API Gateway answers every request with 415 Unsupported Media Type.',
      'Add a request template (e.g. for application/json), or use WHEN_NO_TEMPLATES.',
    );
  }

  if (integration.connectionType === 'VPC_LINK' || integration.vpcLink !== undefined) {
    report.warning(
      'hint/vpc-link-not-applicable',
      at(integration.vpcLink !== undefined ? 'vpcLink' : 'connectionType'),
      'A VPC link does not apply to a Lambda integration: API Gateway calls Lambda through its AWS API, not through a VPC link (VPC links are for HTTP integrations).',
      'Remove connectionType and vpcLink.',
    );
  } else if (integration.connectionType !== undefined) {
    report.warning(
      'hint/connection-type-not-applicable',
      at('connectionType'),
      'connectionType does not apply to a Lambda integration: API Gateway always calls Lambda through its AWS API (INTERNET is what it uses anyway).',
      'Remove connectionType.',
    );
  }

  if (!effectiveScopePermissionToMethod(integration) && !effectiveAllowTestInvoke(integration)) {
    report.warning(
      'cdk/allow-test-invoke-ignored',
      at('allowTestInvoke'),
      ALLOW_TEST_INVOKE_IGNORED_MESSAGE,
      'With scopePermissionToMethod false, one API-wide permission covers test invocations too; remove allowTestInvoke.',
    );
  }

  checkInvokePermissions(design, method, integration, index, report);
}

/** How API Gateway gets permission to call the method's function. */
function checkInvokePermissions(
  design: Design,
  method: MethodDesign,
  integration: IntegrationDesign,
  index: number,
  report: Reporter,
): void {
  const fn = design.functions.find((candidate) => candidate.id === method.function);
  const role =
    integration.credentialsRole !== undefined
      ? (design.roles ?? []).find((candidate) => candidate.id === integration.credentialsRole)
      : undefined;

  if (role && !isImportedRole(role)) {
    if (role.assumedBy !== 'apigateway.amazonaws.com') {
      report.warning(
        'hint/credentials-role-principal',
        pointer('methods', index, 'integration', 'credentialsRole'),
        `Role ${quote(role.id)} is assumed by ${quote(role.assumedBy)}, so API Gateway cannot assume it to call the function.`,
        'Set the role\'s assumedBy to "apigateway.amazonaws.com".',
      );
    }
    if (fn && !(role.grantInvoke ?? []).includes(fn.id)) {
      report.warning(
        'hint/credentials-role-cannot-invoke',
        pointer('methods', index, 'integration', 'credentialsRole'),
        `Role ${quote(role.id)} is not granted invoke on function ${quote(fn.id)}: API Gateway calls the function with this role's credentials, and the call will be denied.`,
        `Add ${quote(fn.id)} to the role's grantInvoke.`,
      );
    }
  }

  if (!fn || !isImportedFunction(fn) || importedFunctionAccount(fn.importArn) === undefined) return;
  if (canAddPermissions(design, fn.importArn)) {
    if (!PERMISSION_FUNCTION_NAME.test(fn.importArn)) {
      report.error(
        'cdk/permission-function-name',
        pointer('functions', design.functions.indexOf(fn), 'importArn'),
        `FunctionName: '${fn.importArn}' does not match pattern '${PERMISSION_FUNCTION_NAME_TEXT}'`,
        'Check the function ARN: arn:aws:lambda:REGION:ACCOUNT:function:NAME[:QUALIFIER].',
      );
    }
    const length = [...fn.importArn].length;
    if (length > PERMISSION_FUNCTION_NAME_MAX_LENGTH) {
      report.error(
        'cdk/permission-function-name-length',
        pointer('functions', design.functions.indexOf(fn), 'importArn'),
        `FunctionName: length ${length} exceeds maximum ${PERMISSION_FUNCTION_NAME_MAX_LENGTH}`,
        "The invoke permission names the function by this ARN, and AWS::Lambda::Permission's FunctionName has at most 140 characters: a function name of at most 64 characters fits.",
      );
    }
    return;
  }
  if (integration.credentialsRole !== undefined) return;
  const account = importedFunctionAccount(fn.importArn);
  report.warning(
    'cdk/imported-function-no-permission',
    pointer('methods', index, 'function'),
    design.stack.env?.account === undefined
      ? `CDK adds no permission for API Gateway to invoke the imported function ${quote(fn.id)}: the stack has no account, so CDK cannot tell whether the function is in it.`
      : `CDK adds no permission for API Gateway to invoke the imported function ${quote(fn.id)}: it is in account ${account || '(none in its ARN)'}, the stack in ${design.stack.env.account}.`,
    `Set stack.env.account to ${account ? `"${account}"` : "the function's account"} so CDK adds the permission, or add it to the function yourself: aws lambda add-permission --function-name ${fn.importArn} --statement-id apigateway-invoke --action lambda:InvokeFunction --principal apigateway.amazonaws.com --source-arn "arn:aws:execute-api:REGION:ACCOUNT:API_ID/*/${method.httpMethod === 'ANY' ? '*' : method.httpMethod}${method.path === '/' ? '/' : method.path}". Or give the integration a credentialsRole that may invoke it.`,
  );
}

function checkTemplates(method: MethodDesign, index: number, report: Reporter): void {
  // Paths are built only when reported: most designs report nothing, and pointers cost.
  const check = (template: string, at: () => string) => {
    // A UTF-8 character is at most 4 bytes: a short template cannot be over the limit.
    if (template.length * 4 <= MAPPING_TEMPLATE_MAX_BYTES) return;
    const bytes = utf8Length(template);
    if (bytes > MAPPING_TEMPLATE_MAX_BYTES) {
      report.error(
        'aws/template-size',
        at(),
        `This mapping template is ${bytes} bytes; API Gateway's limit is 300 KB per template.`,
        'Shorten the template (the quota cannot be raised).',
      );
    }
  };
  for (const [contentType, template] of entriesOf(method.integration?.requestTemplates)) {
    check(template, () => pointer('methods', index, 'integration', 'requestTemplates', contentType));
  }
  (method.integration?.integrationResponses ?? []).forEach((response, responseIndex) => {
    for (const [contentType, template] of entriesOf(response.responseTemplates)) {
      check(template, () =>
        pointer(
          'methods',
          index,
          'integration',
          'integrationResponses',
          responseIndex,
          'responseTemplates',
          contentType,
        ),
      );
    }
  });
}

function checkResponses(method: MethodDesign, index: number, report: Reporter): void {
  const methodStatuses = new Set<string>();
  (method.options?.methodResponses ?? []).forEach((response, responseIndex) => {
    const at = () => pointer('methods', index, 'options', 'methodResponses', responseIndex, 'statusCode');
    if (!STATUS_CODE.test(response.statusCode)) {
      report.error(
        'aws/status-code',
        at(),
        `${quote(response.statusCode)} is not an HTTP status code API Gateway accepts for a method response (100 to 599).`,
        'For example "200" or "404".',
      );
    }
    if (methodStatuses.has(response.statusCode)) {
      report.warning(
        'cdk/duplicate-method-response',
        at(),
        duplicateMethodResponseMessage(response.statusCode),
        'Merge the method responses with this status code.',
      );
    }
    methodStatuses.add(response.statusCode);
  });

  const proxy = effectiveProxy(method.integration);
  const integrationStatuses = new Set<string>();
  let defaults = 0;
  (method.integration?.integrationResponses ?? []).forEach((response, responseIndex) => {
    const base = ['methods', index, 'integration', 'integrationResponses', responseIndex] as const;
    const at = () => pointer(...base, 'statusCode');
    if (!STATUS_CODE.test(response.statusCode)) {
      report.error(
        'aws/status-code',
        at(),
        `${quote(response.statusCode)} is not an HTTP status code API Gateway accepts for an integration response (100 to 599).`,
        'For example "200" or "404".',
      );
    } else if (!proxy && !methodStatuses.has(response.statusCode)) {
      report.warning(
        'aws/integration-response-without-method-response',
        at(),
        `No method response has statusCode ${quote(response.statusCode)}; when this integration response is selected, API Gateway fails the request with 500 ("Output mapping refers to an invalid method response").`,
        `Add a method response with statusCode ${quote(response.statusCode)}.`,
      );
    }
    if (integrationStatuses.has(response.statusCode)) {
      report.warning(
        'hint/duplicate-integration-response',
        at(),
        `Another integration response already has statusCode ${quote(response.statusCode)}; API Gateway keeps one integration response per status code.`,
        'Merge them, or use a different status code.',
      );
    }
    integrationStatuses.add(response.statusCode);

    if (response.selectionPattern === undefined || response.selectionPattern === '') {
      defaults += 1;
      if (defaults === 2) {
        report.warning(
          'hint/several-default-responses',
          pointer(...base, 'selectionPattern'),
          'More than one integration response has no selectionPattern; only one can be the default response.',
          'Give the other responses a selectionPattern that matches the Lambda errorMessage, e.g. ".*Not Found.*".',
        );
      }
    } else {
      const error = checkJavaRegex(response.selectionPattern);
      if (error) {
        report.warning(
          'hint/selection-pattern-regex',
          pointer(...base, 'selectionPattern'),
          `selectionPattern is not a valid Java regular expression: ${javaRegexErrorMessage(response.selectionPattern, error)}`,
          "API Gateway matches selectionPattern with Java's regex engine against the Lambda errorMessage.",
        );
      }
    }
  });
}

function checkAuthorization(method: MethodDesign, index: number, report: Reporter): void {
  const type = method.options?.authorizationType;
  if (type !== undefined && type !== 'NONE' && type !== 'AWS_IAM') {
    report.error(
      'design/authorization-type',
      pointer('methods', index, 'options', 'authorizationType'),
      `authorizationType ${quote(type)} needs an authorizer, which design version 1 cannot describe yet (authorizers are a later extension).`,
      'Use NONE or AWS_IAM.',
    );
  }
}
