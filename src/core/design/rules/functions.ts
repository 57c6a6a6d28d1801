import { pointer } from '../../diagnostics';
import type { CreatedFunctionDesign, Design, ImportedFunctionDesign } from '../types';
import { isImportedFunction } from '../types';
import { LAMBDA_RUNTIMES, RUNTIME_DEPRECATIONS } from '../runtimes';
import { convertedDuration } from './durations';
import { parseArn } from './arns';
import {
  INLINE_CODE_EMPTY_MESSAGE,
  functionNameFormatMessage,
  functionNameTooLongMessage,
  greaterThanMaximumMessage,
  inlineSourceNotAllowedMessage,
  lessThanMinimumMessage,
  validatorNumber,
} from './messages';
import type { Reporter } from './report';
import { hasOwn, quote } from './report';

/** Lambda's MemorySize range (CreateFunction API reference: 128 to 10240 MB). */
export const LAMBDA_MEMORY_MIN = 128;
export const LAMBDA_MEMORY_MAX = 10240;
/** AWS::Lambda::Function schema: MemorySize maximum (what `cdk synth`'s template validation checks). */
const SCHEMA_MEMORY_MAX = 32768;
/** AWS::Lambda::Function schema: Timeout maximum (900 without CapacityProviderConfig, a rule of its own). */
const SCHEMA_TIMEOUT_MAX = 5400;

/** Length in Unicode code points, as the template validator's JSON-schema checks count. */
function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** The UTC day `date` falls on, as YYYY-MM-DD. */
function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function checkFunctions(design: Design, report: Reporter, now: Date): void {
  design.functions.forEach((fn, index) => {
    if (isImportedFunction(fn)) checkImportedFunction(fn, index, report);
    else checkCreatedFunction(fn as CreatedFunctionDesign, index, report, now);
  });
}

function checkImportedFunction(fn: ImportedFunctionDesign, index: number, report: Reporter): void {
  const { error, parts } = parseArn(fn.importArn);
  const at = pointer('functions', index, 'importArn');
  if (error) {
    report.error(
      'cdk/arn',
      at,
      error,
      'A function ARN looks like arn:aws:lambda:eu-west-1:123456789012:function:name.',
    );
  } else if (parts && (parts.service !== 'lambda' || !/^function:/.test(parts.resource))) {
    report.warning(
      'hint/not-a-function-arn',
      at,
      `${quote(fn.importArn)} is not a Lambda function ARN.`,
      'A function ARN looks like arn:aws:lambda:eu-west-1:123456789012:function:name.',
    );
  }
}

function checkCreatedFunction(fn: CreatedFunctionDesign, index: number, report: Reporter, now: Date): void {
  const at = (...rest: Array<string | number>) => pointer('functions', index, ...rest);

  // Contract rule 9: a runtime CDK's Runtime class knows; code is inline.
  const runtime = hasOwn(LAMBDA_RUNTIMES, fn.runtime) ? LAMBDA_RUNTIMES[fn.runtime] : undefined;
  if (!runtime) {
    report.error(
      'design/runtime',
      at('runtime'),
      `${quote(fn.runtime)} is not a Lambda runtime that CDK's Runtime class knows.`,
      'Use a runtime id such as "nodejs22.x" or "python3.13".',
    );
  } else if (!runtime.inlineCode) {
    report.error(
      'cdk/inline-code-runtime',
      at('runtime'),
      inlineSourceNotAllowedMessage(fn.runtime),
      'Inline code works with Node.js and Python runtimes only.',
    );
  } else {
    checkRuntimeDeprecation(fn.runtime, at('runtime'), report, now);
  }

  // Handler: the template validator checks Lambda's pattern and length (AWS::Lambda::Function schema).
  if (!/^[^\s]+$/u.test(fn.handler)) {
    report.error(
      'cdk/handler-pattern',
      at('handler'),
      `Handler: '${fn.handler}' does not match pattern '^[^\\s]+$'`,
      'A handler has no spaces, e.g. "index.handler".',
    );
  }
  const handlerLength = codePoints(fn.handler);
  if (handlerLength > 128) {
    report.error(
      'cdk/handler-length',
      at('handler'),
      `Handler: length ${handlerLength} exceeds maximum 128`,
      'Shorten the handler (file.function) to at most 128 characters.',
    );
  }

  if (fn.code.inline === '') {
    report.error(
      'cdk/inline-code-empty',
      at('code', 'inline'),
      INLINE_CODE_EMPTY_MESSAGE,
      "Write the function's code.",
    );
  }

  if (fn.functionName !== undefined) checkFunctionName(fn.functionName, at('functionName'), report);

  if (fn.memorySize !== undefined) {
    if (!Number.isInteger(fn.memorySize)) {
      report.error(
        'cdk/memory-size-integer',
        at('memorySize'),
        `MemorySize: ${fn.memorySize} is not of type 'integer'`,
        'Memory is a whole number of MB.',
      );
    }
    if (fn.memorySize < LAMBDA_MEMORY_MIN) {
      report.error(
        'cdk/memory-size-minimum',
        at('memorySize'),
        lessThanMinimumMessage('MemorySize', fn.memorySize, LAMBDA_MEMORY_MIN),
        'Lambda memory is 128 to 10240 MB.',
      );
    } else if (fn.memorySize > SCHEMA_MEMORY_MAX) {
      report.error(
        'cdk/memory-size-maximum',
        at('memorySize'),
        greaterThanMaximumMessage('MemorySize', fn.memorySize, SCHEMA_MEMORY_MAX),
        'Lambda memory is 128 to 10240 MB.',
      );
    } else if (fn.memorySize > LAMBDA_MEMORY_MAX) {
      // Lambda CreateFunction rejects it (MemorySize: minimum 128, maximum 10240); CDK does not check.
      report.error(
        'aws/memory-size-maximum',
        at('memorySize'),
        `Lambda rejects MemorySize ${fn.memorySize}: the maximum is ${LAMBDA_MEMORY_MAX} MB.`,
        'Lambda memory is 128 to 10240 MB.',
      );
    }
  }

  if (fn.timeout !== undefined) {
    const seconds = convertedDuration(fn.timeout, 'seconds', at('timeout'), report);
    if (seconds !== undefined && seconds < 1) {
      report.error(
        'cdk/function-timeout-minimum',
        at('timeout'),
        lessThanMinimumMessage('Timeout', seconds, 1),
        'A function timeout is at least 1 second.',
      );
    } else if (seconds !== undefined && seconds > 900) {
      report.error(
        'cdk/function-timeout-maximum',
        at('timeout'),
        `Timeout: ${validatorNumber(seconds)} exceeds maximum 900 for a function without CapacityProviderConfig`,
        'A Lambda function runs for at most 15 minutes.',
      );
      if (seconds > SCHEMA_TIMEOUT_MAX) {
        report.error(
          'cdk/function-timeout-maximum',
          at('timeout'),
          greaterThanMaximumMessage('Timeout', seconds, SCHEMA_TIMEOUT_MAX),
          'A Lambda function runs for at most 15 minutes.',
        );
      }
    }
  }
}

function checkFunctionName(functionName: string, at: string, report: Reporter): void {
  if (functionName === '') {
    // CDK skips its own checks for an empty name; the template validator then reports both of these.
    report.error(
      'cdk/function-name-pattern',
      at,
      "FunctionName: '' does not match pattern '^([a-zA-Z0-9_-]{1,64}|arn:[a-zA-Z0-9-]+:lambda:[a-zA-Z0-9-]+:\\d{12}:function:[a-zA-Z0-9_-]{1,64})$'",
      'Leave functionName unset to let CloudFormation name the function.',
    );
    report.error(
      'cdk/function-name-min-length',
      at,
      'FunctionName: length 0 is below minimum 1',
      'Leave functionName unset to let CloudFormation name the function.',
    );
    return;
  }
  if (functionName.length > 64) {
    report.error(
      'cdk/function-name-length',
      at,
      functionNameTooLongMessage(functionName.length),
      'Use at most 64 characters.',
    );
  } else if (!/^[a-zA-Z0-9-_]+$/.test(functionName)) {
    report.error(
      'cdk/function-name-format',
      at,
      functionNameFormatMessage(functionName),
      'Use letters, digits, hyphens and underscores only.',
    );
  }
}

/** The template validator's runtime rules (E2533, E2531, W2531), by today's date. */
function checkRuntimeDeprecation(runtime: string, at: string, report: Reporter, now: Date): void {
  if (!hasOwn(RUNTIME_DEPRECATIONS, runtime)) return;
  const dates = RUNTIME_DEPRECATIONS[runtime];
  const today = utcDay(now);
  if (today < dates.deprecated) return;
  const createPast = today >= dates.createDisabled;
  const updatePast = today >= dates.updateDisabled;
  const message =
    `Runtime: Runtime '${runtime}' was deprecated on '${dates.deprecated}'. ` +
    `Creation ${createPast ? 'was' : 'will be'} disabled on '${dates.createDisabled}', ` +
    `and updates ${updatePast ? 'were' : 'will be'} disabled on '${dates.updateDisabled}'. ` +
    `Please consider updating to '${dates.successor}'`;
  const hint = `Use ${quote(dates.successor)}.`;
  if (createPast) report.error('cdk/runtime-deprecated', at, message, hint);
  else report.warning('cdk/runtime-deprecated', at, message, hint);
}
