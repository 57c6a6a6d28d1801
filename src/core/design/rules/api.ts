import { pointer } from '../../diagnostics';
import type { Design } from '../types';
import { HTTP_METHODS } from '../types';
import { NO_METHODS_MESSAGE, environmentSpecificationMessage, invalidHttpMethodMessage } from './messages';
import type { Reporter } from './report';
import { quote } from './report';

/** cloud-assembly-api lib/environment.js `AWS_ENV_REGEX` (unanchored, as there). */
const AWS_ENV_REGEX = /aws:\/\/([a-z0-9A-Z\-@._]+)\/([a-z\-0-9]+)/;

/** The stack, the RestApi and its stage. */
export function checkApi(design: Design, report: Reporter): void {
  const env = design.stack.env;
  if (env && (env.account !== undefined || env.region !== undefined)) {
    // core/lib/stack.js formats the environment as aws://ACCOUNT/REGION with unknown-account /
    // unknown-region placeholders; the cloud assembly refuses one that does not parse.
    const environment = `aws://${env.account ?? 'unknown-account'}/${env.region ?? 'unknown-region'}`;
    if (!AWS_ENV_REGEX.test(environment)) {
      report.error(
        'cdk/environment',
        pointer(
          'stack',
          'env',
          env.account !== undefined && !/^[a-z0-9A-Z\-@._]+$/.test(env.account) ? 'account' : 'region',
        ),
        environmentSpecificationMessage(environment),
        'An account is 12 digits; a region looks like eu-west-1. Leave a field out rather than empty.',
      );
    } else if (env.account !== undefined && !/^\d{12}$/.test(env.account)) {
      // CDK's template validation warns (W9012).
      report.warning(
        'cdk/account-format',
        pointer('stack', 'env', 'account'),
        `Invalid pseudo-parameter override(s): AWS::AccountId override '${env.account}' is not a 12-digit AWS account ID`,
        'An AWS account id is 12 digits.',
      );
    }
  }

  if (design.methods.length === 0) {
    // aws-apigateway/lib/restapi.js: RestApi validation at synthesis.
    report.error('cdk/no-methods', pointer('methods'), NO_METHODS_MESSAGE, 'Add a method.');
  }
  design.methods.forEach((method, index) => {
    if (!(HTTP_METHODS as readonly string[]).includes(method.httpMethod)) {
      report.error(
        'cdk/invalid-http-method',
        pointer('methods', index, 'httpMethod'),
        invalidHttpMethodMessage(method.httpMethod),
        `Use one of ${HTTP_METHODS.join(', ')}.`,
      );
    }
  });

  const { stageName, restApiName, endpointTypes } = design.api;
  if (stageName === '') {
    report.warning(
      'hint/empty-stage-name',
      pointer('api', 'stageName'),
      'An empty stage name means CDK\'s default, "prod".',
      'Leave stageName unset, or name the stage.',
    );
  } else if (stageName !== undefined && !/^[a-zA-Z0-9_-]{1,128}$/.test(stageName)) {
    // API Gateway: "Stage names can only contain alphanumeric characters, hyphens, and
    // underscores. Maximum length is 128 characters." (API reference, Stage.stageName)
    report.error(
      'aws/stage-name',
      pointer('api', 'stageName'),
      `API Gateway rejects the stage name ${quote(stageName)}: stage names can only contain alphanumeric characters, hyphens, and underscores, and have at most 128 characters.`,
      'For example "prod" or "v1".',
    );
  }
  if (restApiName === '') {
    report.warning(
      'hint/empty-rest-api-name',
      pointer('api', 'restApiName'),
      'An empty restApiName gives the REST API an empty name.',
      'Leave restApiName unset to name it after the RestApi id.',
    );
  }
  (endpointTypes ?? []).forEach((type, index) => {
    if (type === 'PRIVATE') {
      report.warning(
        'hint/private-api-policy',
        pointer('api', 'endpointTypes', index),
        'A private REST API needs a resource policy before it can be deployed ("Private REST API doesn\'t have a resource policy attached to it"), and this design cannot attach one yet.',
        'Use REGIONAL or EDGE, or add the resource policy to the generated code before deploying.',
      );
    }
  });
}
