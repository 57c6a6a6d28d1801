/**
 * Test-only oracle for the validation rules: builds the CDK app a design describes straight through
 * the real aws-cdk-lib API (the construction order of contract rule 1, the context a `cdk init`
 * project synthesizes with) and reports what CDK does with it: the error it throws, and the errors
 * and warnings of its template validation (`@aws-cdk/core:validateAgainstDefaultRules`, on in
 * `cdk init` projects, fails `cdk synth` on an error).
 *
 * It deliberately does not use the generated code (the codegen has its own synth-identity tests), so
 * a rule is checked against CDK itself whatever the printers do.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as CdkLib from 'aws-cdk-lib';
import type { Design, Duration, IntegrationDesign, MethodOptionsDesign } from '../core/design/types';
import { isImportedFunction, isImportedRole } from '../core/design/types';
import { LAMBDA_RUNTIMES } from '../core/design/runtimes';
import { stackClassNameOf } from '../core/codegen/identifiers';
import { cdkInitContext } from './cdkHarness';

const requireFromProject = createRequire(import.meta.url);

let cdkLib: typeof CdkLib | undefined;
function cdk(): typeof CdkLib {
  cdkLib ??= requireFromProject('aws-cdk-lib') as typeof CdkLib;
  return cdkLib;
}

export interface CdkOutcome {
  /** The message of the error CDK threw while building or synthesizing, if any. */
  thrown?: string;
  /** Error-severity findings of CDK's template validation (their descriptions). */
  validationErrors: string[];
  /** Warning-severity findings and warning annotations. */
  warnings: string[];
}

function duration(value: Duration): CdkLib.Duration {
  const { Duration } = cdk();
  const record = value as Partial<Record<'millis' | 'seconds' | 'minutes', number>>;
  if (record.millis !== undefined) return Duration.millis(record.millis);
  if (record.seconds !== undefined) return Duration.seconds(record.seconds);
  return Duration.minutes(record.minutes as number);
}

function runtime(id: string): CdkLib.aws_lambda.Runtime {
  const { aws_lambda: lambda } = cdk();
  const info = LAMBDA_RUNTIMES[id];
  if (!info) throw new Error(`the oracle cannot build an app with runtime ${id}: CDK has no member for it`);
  return (lambda.Runtime as unknown as Record<string, CdkLib.aws_lambda.Runtime>)[info.member];
}

/** Builds the app of `design` (contract rule 1) into `outdir`. Throws what CDK throws. */
function buildApp(design: Design, outdir: string): CdkLib.App {
  const lib = cdk();
  const { aws_lambda: lambda, aws_iam: iam, aws_apigateway: apigw } = lib;
  const app = new lib.App({
    outdir,
    autoSynth: false,
    context: {
      ...cdkInitContext(),
      'aws:cdk:disable-version-reporting': true,
      'aws:cdk:enable-path-metadata': true,
    },
  });
  const className = stackClassNameOf(design.stack.id);
  // A Stack subclass with the generated app's class name: constructs names it in collision errors.
  const StackClass = { [className]: class extends lib.Stack {} }[className];
  const stack = new StackClass(
    app,
    design.stack.id,
    design.stack.env ? { env: { ...design.stack.env } } : {},
  );

  const functions = new Map<string, CdkLib.aws_lambda.IFunction>();
  for (const fn of design.functions) {
    if (isImportedFunction(fn)) {
      functions.set(fn.id, lambda.Function.fromFunctionArn(stack, fn.id, fn.importArn));
    } else {
      functions.set(
        fn.id,
        new lambda.Function(stack, fn.id, {
          runtime: runtime(fn.runtime),
          handler: fn.handler,
          code: lambda.Code.fromInline(fn.code.inline),
          ...(fn.functionName !== undefined ? { functionName: fn.functionName } : {}),
          ...(fn.memorySize !== undefined ? { memorySize: fn.memorySize } : {}),
          ...(fn.timeout !== undefined ? { timeout: duration(fn.timeout) } : {}),
        }),
      );
    }
  }
  const roles = new Map<string, CdkLib.aws_iam.IRole>();
  for (const role of design.roles ?? []) {
    if (isImportedRole(role)) {
      roles.set(role.id, iam.Role.fromRoleArn(stack, role.id, role.importArn));
    } else {
      const created = new iam.Role(stack, role.id, { assumedBy: new iam.ServicePrincipal(role.assumedBy) });
      roles.set(role.id, created);
      for (const functionId of role.grantInvoke ?? []) functions.get(functionId)?.grantInvoke(created);
    }
  }
  const vpcLinks = new Map<string, CdkLib.aws_apigateway.IVpcLink>();
  for (const link of design.vpcLinks ?? []) {
    vpcLinks.set(link.id, apigw.VpcLink.fromVpcLinkId(stack, link.id, link.importId));
  }

  const { api: apiDesign } = design;
  const api = new apigw.RestApi(stack, apiDesign.id, {
    ...(apiDesign.restApiName !== undefined ? { restApiName: apiDesign.restApiName } : {}),
    ...(apiDesign.description !== undefined ? { description: apiDesign.description } : {}),
    ...(apiDesign.stageName !== undefined ? { deployOptions: { stageName: apiDesign.stageName } } : {}),
    ...(apiDesign.endpointTypes !== undefined
      ? { endpointTypes: apiDesign.endpointTypes.map((type) => type as CdkLib.aws_apigateway.EndpointType) }
      : {}),
    ...(apiDesign.binaryMediaTypes !== undefined ? { binaryMediaTypes: apiDesign.binaryMediaTypes } : {}),
    ...(apiDesign.cloudWatchRole !== undefined ? { cloudWatchRole: apiDesign.cloudWatchRole } : {}),
  });

  for (const method of design.methods) {
    const fn = functions.get(method.function);
    if (!fn) throw new Error(`the oracle cannot build a method for unknown function ${method.function}`);
    api.root
      .resourceForPath(method.path)
      .addMethod(
        method.httpMethod,
        new apigw.LambdaIntegration(fn, integrationOptions(method.integration ?? {}, roles, vpcLinks)),
        methodOptions(method.options),
      );
  }
  return app;
}

function integrationOptions(
  integration: IntegrationDesign,
  roles: Map<string, CdkLib.aws_iam.IRole>,
  vpcLinks: Map<string, CdkLib.aws_apigateway.IVpcLink>,
): CdkLib.aws_apigateway.LambdaIntegrationOptions {
  const options: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(integration)) {
    if (key === 'timeout') options.timeout = duration(value as Duration);
    else if (key === 'credentialsRole') options.credentialsRole = roles.get(value as string);
    else if (key === 'vpcLink') options.vpcLink = vpcLinks.get(value as string);
    else options[key] = value; // enums are CloudFormation strings, the same values as CDK's enums
  }
  return options as CdkLib.aws_apigateway.LambdaIntegrationOptions;
}

function methodOptions(
  options: MethodOptionsDesign | undefined,
): CdkLib.aws_apigateway.MethodOptions | undefined {
  if (!options) return undefined;
  const { aws_apigateway: apigw } = cdk();
  const out: Record<string, unknown> = { ...options };
  if (options.methodResponses) {
    out.methodResponses = options.methodResponses.map((response) => ({
      ...response,
      ...(response.responseModels
        ? {
            responseModels: Object.fromEntries(
              Object.entries(response.responseModels).map(([type, model]) => [
                type,
                model === 'Error' ? apigw.Model.ERROR_MODEL : apigw.Model.EMPTY_MODEL,
              ]),
            ),
          }
        : {}),
    }));
  }
  return out as CdkLib.aws_apigateway.MethodOptions;
}

interface ValidationReport {
  pluginReports?: Array<{ violations?: Array<{ severity: string; description: string }> }>;
}

/** Builds and synthesizes the design's app with the real aws-cdk-lib; reports what CDK said. */
export function cdkOutcome(design: Design): CdkOutcome {
  const outdir = mkdtempSync(join(tmpdir(), 'design-oracle-'));
  const outcome: CdkOutcome = { validationErrors: [], warnings: [] };
  const originalError = console.error;
  // CDK prints its validation report to stderr as well; the report file has the same findings.
  console.error = () => undefined;
  try {
    const app = buildApp(design, outdir);
    const assembly = app.synth();
    for (const stack of assembly.stacks) {
      for (const message of stack.messages) {
        if (message.level === 'warning') outcome.warnings.push(String(message.entry.data));
      }
    }
  } catch (error) {
    outcome.thrown = error instanceof Error ? error.message : String(error);
  } finally {
    console.error = originalError;
  }
  try {
    const report = JSON.parse(
      readFileSync(join(outdir, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
    for (const plugin of report.pluginReports ?? []) {
      for (const violation of plugin.violations ?? []) {
        if (violation.severity === 'error' || violation.severity === 'fatal') {
          outcome.validationErrors.push(violation.description);
        } else if (violation.severity === 'warning') {
          outcome.warnings.push(violation.description);
        }
      }
    }
  } catch {
    // no report: nothing was validated (CDK threw before synthesis)
  }
  rmSync(outdir, { recursive: true, force: true });
  return outcome;
}

/** Every error CDK raised: the thrown message and the template validation errors. */
export function cdkErrors(outcome: CdkOutcome): string[] {
  return [...(outcome.thrown !== undefined ? [outcome.thrown] : []), ...outcome.validationErrors];
}
