/**
 * The exact text of the errors aws-cdk-lib 2.276.0 (and constructs 10.8.1) raise for values a design
 * can hold. Each function names the file and the error's id in CDK's source. The tests beside the
 * rules build the same app with the real aws-cdk-lib and compare.
 */
import { HTTP_METHODS } from '../types';

/** aws-apigateway/lib/util.js `InvalidHttpMethod` (ALLOWED_METHODS = ANY + ALL_METHODS). */
export function invalidHttpMethodMessage(httpMethod: string): string {
  return `Invalid HTTP method "${httpMethod}". Allowed methods: ${HTTP_METHODS.join(',')}`;
}

/** aws-apigateway/lib/restapi.js validation: "The REST API doesn't contain any methods". */
export const NO_METHODS_MESSAGE = "The REST API doesn't contain any methods";

/** aws-apigateway/lib/resource.js `ResourceSPathPartOnly` (the part has its braces and `+` removed). */
export function pathPartMessage(strippedPart: string): string {
  return `Resource's path part only allow [a-zA-Z0-9:._-$], an optional trailing '+'\n      and curly braces at the beginning and the end: ${strippedPart}`;
}

/** aws-apigateway/lib/resource.js `PathStartOnlyResource`: `//` after a resource. */
export function pathStartOnlyResourceMessage(resourcePath: string): string {
  return `Path may start with "/" only for the resource, but we are at: ${resourcePath}`;
}

/** constructs/lib/construct.js `addChild`: a second child with the same id. */
export function constructCollisionMessage(childName: string, hostType: string, hostId: string): string {
  return `There is already a Construct with name '${childName}' in ${hostType}${hostId.length > 0 ? ` [${hostId}]` : ''}`;
}

/** constructs/lib/construct.js: an empty id below the root. */
export const EMPTY_ID_MESSAGE = 'Only root constructs may have an empty ID';

/** aws-apigateway/lib/integration.js `CredentialsPassthroughCredentialsRoleMutually`. */
export const CREDENTIALS_MUTUALLY_EXCLUSIVE_MESSAGE =
  "'credentialsPassthrough' and 'credentialsRole' are mutually exclusive";

/** aws-apigateway/lib/integration.js `RequiresConnectiontypeVpcLinkRequires`. */
export const VPC_LINK_REQUIRED_MESSAGE = "'connectionType' of VPC_LINK requires 'vpcLink' prop to be set";

/** aws-apigateway/lib/integration.js `CannotSetVpcLinkConnection`. */
export const VPC_LINK_WITH_INTERNET_MESSAGE = "cannot set 'vpcLink' where 'connectionType' is INTERNET";

/** aws-apigateway/lib/integration.js `MustBeIntegrationTimeoutGreater` (thrown below 50 ms). */
export const INTEGRATION_TIMEOUT_MIN_MESSAGE = 'Integration timeout must be greater than 50 milliseconds.';

/** aws-apigateway/lib/integration.js `ResponseTransferModeSupportedInteg`. */
export function streamRequiresProxyMessage(integrationType: string): string {
  return `ResponseTransferMode STREAM is only supported for AWS_PROXY and HTTP_PROXY integration types, got: ${integrationType}`;
}

/** core/lib/duration.js `DurationAmountsCannotNegative`. */
export function durationNegativeMessage(amount: number): string {
  return `Duration amounts cannot be negative. Received: ${amount}`;
}

/** core/lib/duration.js `MustBeWholeNumber` (same unit) and `CannotConvertedIntoWhole`. */
export function durationNotWholeMessage(amount: number, from: string, to: string): string {
  return from === to
    ? `${amount} must be a whole number of ${to}.`
    : `'${amount} ${from}' cannot be converted into a whole number of ${to}.`;
}

/** aws-lambda/lib/function.js `FunctionNameTooLong`. */
export function functionNameTooLongMessage(length: number): string {
  return `Function name can not be longer than 64 characters but has ${length} characters.`;
}

/** aws-lambda/lib/function.js `InvalidFunctionNameFormat`. */
export function functionNameFormatMessage(functionName: string): string {
  return `Function name ${functionName} can contain only letters, numbers, hyphens, or underscores with no spaces.`;
}

/** aws-lambda/lib/code.js `LambdaInlineCodeCannotBeEmpty`. */
export const INLINE_CODE_EMPTY_MESSAGE = 'Lambda inline code cannot be empty';

/** aws-lambda/lib/function.js `InlineSourceAllowed`. */
export function inlineSourceNotAllowedMessage(runtime: string): string {
  return `Inline source not allowed for ${runtime}`;
}

/** core/lib/stack.js `VALID_STACK_NAME_REGEX` and `StackNameInvalidFormat`. */
export const VALID_STACK_NAME_REGEX = /^[A-Za-z][A-Za-z0-9-]*$/;
export function stackNameFormatMessage(stackName: string): string {
  return `Stack name must match the regular expression: ${VALID_STACK_NAME_REGEX.toString()}, got '${stackName}'`;
}

/** core/lib/arn.js: an ARN that does not split. */
export function arnComponentsMessage(arn: string): string {
  return `ARNs must start with "arn:" and have at least 6 components: ${arn}`;
}

/** core/lib/arn.js: an ARN without its resource component. */
export function arnResourceMessage(arn: string): string {
  return `The \`resource\` component (6th component) of an ARN is required: ${arn}`;
}

/** aws-lambda/lib/function-base.js `CannotModifyLambdaPermission` (grantInvoke on an imported function). */
export const CANNOT_MODIFY_PERMISSION_MESSAGE =
  'Cannot modify permission to lambda function. Function is either imported or $LATEST version.\n' +
  'If the function is imported from the same account use `fromFunctionAttributes()` API with the `sameEnvironment` flag.\n' +
  'If the function is imported from a different account and already has the correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.';

/** cloud-assembly-api lib/environment.js: the stack's environment string does not parse. */
export function environmentSpecificationMessage(environment: string): string {
  return `Unable to parse environment specification "${environment}". Expected format: aws://account/region`;
}

/** aws-apigateway/lib/integrations/lambda.js: warning annotation `@aws-cdk/aws-apigateway:allowTestInvoke`. */
export const ALLOW_TEST_INVOKE_IGNORED_MESSAGE =
  "Value 'false' for 'allowTestInvoke' in LambdaIntegration is ignored since 'scopePermissionToMethod' is 'false'";

/** aws-apigateway/lib/method.js: warning annotation `@aws-cdk/aws-apigateway:duplicateStatusCodes`. */
export function duplicateMethodResponseMessage(statusCode: string): string {
  return `addMethodResponse called multiple times with statusCode=${statusCode}, deployment will be nondeterministic. Use a single addMethodResponse call to configure the entire response.`;
}

/**
 * A number as CloudFormation Validate prints it in range messages ("is greater than the maximum
 * of"): the JSON number of the template read as a whole number when it is one, else as a Rust
 * f64 shown with `Display` — the shortest digits that round-trip, never in exponent form
 * (1e21 → "1000000000000000000000", 1e-7 → "0.0000001"). JavaScript prints the same digits,
 * with an exponent outside 1e-7 … 1e21, so only the exponent is expanded.
 */
export function validatorNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const digits = lead + fraction;
  const exponent = Number(exponentText);
  if (exponent >= 0) {
    return sign + (exponent >= fraction.length ? digits + '0'.repeat(exponent - fraction.length) : text);
  }
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

/** CloudFormation Validate's range messages (E3034) for a number property. */
export function greaterThanMaximumMessage(property: string, value: number, maximum: number): string {
  return `${property}: ${validatorNumber(value)} is greater than the maximum of ${maximum}`;
}
export function lessThanMinimumMessage(property: string, value: number, minimum: number): string {
  return `${property}: ${validatorNumber(value)} is less than the minimum of ${minimum}`;
}
