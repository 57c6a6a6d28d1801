import { pointer } from '../../diagnostics';
import type { Design, MethodDesign } from '../types';
import type { Reporter } from './report';
import { entriesOf } from './report';

/**
 * `options.requestValidatorOptions` (CDK MethodOptions.requestValidatorOptions). CDK accepts every
 * combination and CloudFormation's AWS::ApiGateway::RequestValidator schema takes any string as
 * Name and optional booleans, so nothing here is an error; the warnings are the validators that
 * deploy but check nothing (API Gateway developer guide, "Request validation for REST APIs").
 */
export function checkRequestValidators(design: Design, report: Reporter): void {
  design.methods.forEach((method, index) => {
    const options = method.options?.requestValidatorOptions;
    if (options === undefined) return;
    const at = (...rest: string[]) =>
      pointer('methods', index, 'options', 'requestValidatorOptions', ...rest);
    if (options.validateRequestBody !== true && options.validateRequestParameters !== true) {
      report.warning(
        'validator/validates-nothing',
        at(),
        'This request validator checks nothing: neither validateRequestBody nor validateRequestParameters is true ' +
          '(both default to false), yet CDK still creates an AWS::ApiGateway::RequestValidator for the method.',
        'Set validateRequestParameters to true to enforce the required request parameters, or remove requestValidatorOptions.',
      );
    }
    if (options.validateRequestBody === true) {
      report.warning(
        'validator/body-without-model',
        at('validateRequestBody'),
        'validateRequestBody checks a body only against the request model of its content type (requestModels), ' +
          'which design version 1 cannot set: API Gateway validates no request body for this method.',
        'Validate the body in the function, or add the model and requestModels in the generated CDK code.',
      );
    }
    if (options.validateRequestParameters === true && requiredParameters(method).length === 0) {
      report.warning(
        'validator/no-required-parameters',
        at('validateRequestParameters'),
        'validateRequestParameters has nothing to check: no request parameter of this method is required.',
        'Mark the parameters the method needs as required (true) in options.requestParameters.',
      );
    }
  });
}

/** `method.request.{path|querystring|header}.NAME` keys marked required (true). */
export function requiredParameters(method: MethodDesign): string[] {
  return entriesOf(method.options?.requestParameters)
    .filter(
      ([key, required]) => required === true && /^method\.request\.(path|querystring|header)\.[^.]/.test(key),
    )
    .map(([key]) => key);
}
