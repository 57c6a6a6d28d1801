import { pointer } from '../../diagnostics';
import type { Design } from '../types';
import { isImportedRole } from '../types';
import { methodKey, parseSampleMethod } from '../defaults';
import type { Reporter } from './report';
import { quote } from './report';

function idList(items: ReadonlyArray<{ id: string }> | undefined): string {
  const ids = (items ?? []).map((item) => item.id);
  return ids.length === 0 ? 'none defined' : ids.map(quote).join(', ');
}

/**
 * References between the design's lists: a method's function, credentialsRole and vpcLink, a role's
 * grantInvoke, a sample's method. A dangling one has nothing to point the generated code at.
 */
export function checkReferences(
  design: Design,
  report: Reporter,
  options: { samplesAsErrors: boolean } = { samplesAsErrors: false },
): void {
  // Samples never affect the template or the code (contract rule 14): in validateDesign, whose
  // errors withhold the template, a sample's dangling method is a warning; parseDesign makes it an error.
  const sampleProblem = (code: string, path: string, message: string, hint?: string) =>
    options.samplesAsErrors
      ? report.error(code, path, message, hint)
      : report.warning(code, path, message, hint);
  const functionIds = new Set(design.functions.map((fn) => fn.id));
  const roleIds = new Set((design.roles ?? []).map((role) => role.id));
  const vpcLinkIds = new Set((design.vpcLinks ?? []).map((link) => link.id));

  design.methods.forEach((method, index) => {
    if (!functionIds.has(method.function)) {
      report.error(
        'design/unknown-function',
        pointer('methods', index, 'function'),
        `Method ${method.httpMethod} ${method.path} refers to function ${quote(method.function)}, which is not in functions (${idList(design.functions)}).`,
        'Pick one of the functions, or add a function with this id.',
      );
    }
    const integration = method.integration;
    if (integration?.credentialsRole !== undefined && !roleIds.has(integration.credentialsRole)) {
      report.error(
        'design/unknown-role',
        pointer('methods', index, 'integration', 'credentialsRole'),
        `credentialsRole ${quote(integration.credentialsRole)} is not in roles (${idList(design.roles)}).`,
        'Pick one of the roles, or add a role with this id.',
      );
    }
    if (integration?.vpcLink !== undefined && !vpcLinkIds.has(integration.vpcLink)) {
      report.error(
        'design/unknown-vpc-link',
        pointer('methods', index, 'integration', 'vpcLink'),
        `vpcLink ${quote(integration.vpcLink)} is not in vpcLinks (${idList(design.vpcLinks)}).`,
        'Pick one of the VPC links, or add a VPC link with this id.',
      );
    }
  });

  (design.roles ?? []).forEach((role, roleIndex) => {
    if (isImportedRole(role) || !role.grantInvoke) return;
    role.grantInvoke.forEach((functionId, index) => {
      if (!functionIds.has(functionId)) {
        report.error(
          'design/unknown-function',
          pointer('roles', roleIndex, 'grantInvoke', index),
          `grantInvoke names function ${quote(functionId)}, which is not in functions (${idList(design.functions)}).`,
          'Pick one of the functions, or remove this entry.',
        );
      }
    });
  });

  const methodKeys = new Set(design.methods.map((method) => methodKey(method.httpMethod, method.path)));
  (design.samples ?? []).forEach((sample, index) => {
    const parsed = parseSampleMethod(sample.method);
    if (!parsed) {
      sampleProblem(
        'design/sample-method-format',
        pointer('samples', index, 'method'),
        `A sample's method is written "VERB /path" (e.g. "GET /pets/{petId}"), not ${quote(sample.method)}.`,
      );
    } else if (!methodKeys.has(methodKey(parsed.httpMethod, parsed.path))) {
      sampleProblem(
        'design/unknown-method',
        pointer('samples', index, 'method'),
        `Sample ${quote(sample.name)} is for ${parsed.httpMethod} ${parsed.path}, which is not among the design's methods.`,
        'Pick one of the methods, or delete the sample.',
      );
    }
  });
}
