/**
 * validateDesign: everything generate() must report for a typed Design, as diagnostics, never as
 * exceptions. Error diagnostics are what CDK (its exact message) or AWS certainly reject; warnings
 * are what users trip on and never block the template.
 *
 * Rule groups: rules/ids (construct ids), rules/paths (resources and verbs), rules/functions,
 * rules/roles, rules/methods (integration options, responses, templates), rules/mappings
 * (parameter mappings), rules/api (stack environment, RestApi, stage), rules/references,
 * rules/templateSchema (CloudFormation schema checks of `cdk synth`'s template validation),
 * rules/logicalIds (construct paths that give one logical ID). validateTemplate adds what can be
 * checked only on the synthesized template (rules/template).
 */
import type { Diagnostic } from '../diagnostics';
import { pointer } from '../diagnostics';
import type { Design } from './types';
import { checkApi } from './rules/api';
import { checkFunctions } from './rules/functions';
import { checkIds } from './rules/ids';
import { checkLogicalIds } from './rules/logicalIds';
import { checkMethods } from './rules/methods';
import { checkPaths } from './rules/paths';
import { checkReferences } from './rules/references';
import { Reporter, entriesOf, quote } from './rules/report';
import { checkRequestValidators } from './rules/requestValidator';
import { checkRoles } from './rules/roles';
import { checkRunCodeSamples } from './rules/samples';
import { checkSynthesizedTemplate } from './rules/template';
import { checkTemplateSchema } from './rules/templateSchema';
import type { Template } from '../synth/cfn';

export interface ValidateOptions {
  /** "Today" for the runtime deprecation dates CDK's template validation checks. Default: now. */
  now?: Date;
}

/** Values outside the design's enums (a UI-held design may carry one from an import). */
function checkEnums(design: Design, report: Reporter): void {
  // The path is built only when reported: pointers cost, and most values are fine.
  const check = (value: string | undefined, allowed: readonly string[], what: string, at: () => string) => {
    if (value !== undefined && !allowed.includes(value)) {
      report.error(
        'design/enum',
        at(),
        `${quote(value)} is not a valid ${what}; expected one of ${allowed.join(', ')}.`,
      );
    }
  };
  (design.api.endpointTypes ?? []).forEach((type, index) =>
    check(type, ['EDGE', 'REGIONAL', 'PRIVATE'], 'endpoint type', () =>
      pointer('api', 'endpointTypes', index),
    ),
  );
  design.methods.forEach((method, index) => {
    const integration = method.integration;
    const at = (...rest: Array<string | number>) => pointer('methods', index, ...rest);
    if (integration) {
      check(integration.connectionType, ['INTERNET', 'VPC_LINK'], 'connection type', () =>
        at('integration', 'connectionType'),
      );
      check(integration.contentHandling, ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'], 'content handling', () =>
        at('integration', 'contentHandling'),
      );
      check(
        integration.passthroughBehavior,
        ['WHEN_NO_MATCH', 'WHEN_NO_TEMPLATES', 'NEVER'],
        'passthrough behavior',
        () => at('integration', 'passthroughBehavior'),
      );
      check(integration.responseTransferMode, ['BUFFERED', 'STREAM'], 'response transfer mode', () =>
        at('integration', 'responseTransferMode'),
      );
      (integration.integrationResponses ?? []).forEach((response, responseIndex) =>
        check(response.contentHandling, ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'], 'content handling', () =>
          at('integration', 'integrationResponses', responseIndex, 'contentHandling'),
        ),
      );
    }
    check(
      method.options?.authorizationType,
      ['NONE', 'AWS_IAM', 'COGNITO_USER_POOLS', 'CUSTOM'],
      'authorization type',
      () => at('options', 'authorizationType'),
    );
    (method.options?.methodResponses ?? []).forEach((response, responseIndex) => {
      for (const [contentType, model] of entriesOf(response.responseModels)) {
        check(model, ['Empty', 'Error'], 'response model', () =>
          at('options', 'methodResponses', responseIndex, 'responseModels', contentType),
        );
      }
    });
  });
}

/**
 * Codes of the errors that are findings of CDK's template validation (CloudFormation Validate, on
 * in `cdk init` projects): CDK synthesizes such a design and then refuses its template.
 */
export const TEMPLATE_VALIDATION_CODES: ReadonlySet<string> = new Set([
  'cdk/function-name-min-length',
  'cdk/function-name-pattern',
  'cdk/function-timeout-maximum',
  'cdk/function-timeout-minimum',
  'cdk/handler-length',
  'cdk/handler-pattern',
  'cdk/map-key-pattern',
  'cdk/memory-size-integer',
  'cdk/memory-size-maximum',
  'cdk/memory-size-minimum',
  'cdk/permission-function-name',
  'cdk/permission-function-name-length',
  'cdk/runtime-deprecated',
  'cdk/unique-items',
]);

/**
 * Whether the design can still be synthesized as CDK would (to check its template): true when every
 * error is one API Gateway alone raises (aws/*) or a finding of CDK's template validation.
 */
export function synthesizable(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.every(
    (d) =>
      d.severity !== 'error' ||
      d.code?.startsWith('aws/') === true ||
      (d.code !== undefined && TEMPLATE_VALIDATION_CODES.has(d.code)),
  );
}

/** Every problem generate() reports for this design. Never throws. */
export function validateDesign(design: Design, options: ValidateOptions = {}): Diagnostic[] {
  const report = new Reporter();
  try {
    checkIds(design, report);
    checkApi(design, report);
    checkPaths(design, report);
    checkFunctions(design, report, options.now ?? new Date());
    checkRoles(design, report);
    checkMethods(design, report);
    checkTemplateSchema(design, report);
    checkLogicalIds(design, report);
    checkRequestValidators(design, report);
    checkEnums(design, report);
    checkReferences(design, report);
    checkRunCodeSamples(design, report);
  } catch (error) {
    // A design that is not the typed shape (e.g. a list missing) — report rather than throw.
    report.error(
      'design/internal',
      '',
      `The design could not be validated: ${error instanceof Error ? error.message : String(error)}`,
      'Load the design through parseDesign to see what is wrong with its shape.',
    );
  }
  return report.diagnostics;
}

/**
 * What `cdk synth` refuses in the template a design synthesizes to (too many resources, text the
 * template validation rejects). generate() runs it on the synthesizer's template. Never throws.
 */
export function validateTemplate(design: Design, template: Template): Diagnostic[] {
  try {
    return checkSynthesizedTemplate(design, template);
  } catch (error) {
    return [
      {
        severity: 'error',
        code: 'design/internal',
        message: `The template could not be validated: ${error instanceof Error ? error.message : String(error)}`,
      },
    ];
  }
}
