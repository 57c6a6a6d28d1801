import { pointer } from '../../diagnostics';
import type { Design, RoleDesign } from '../types';
import { isImportedFunction } from '../types';
import { parseArn } from './arns';
import { CANNOT_MODIFY_PERMISSION_MESSAGE } from './messages';
import type { Reporter } from './report';
import { hasOwn, quote } from './report';

/** A service principal as IAM writes them: `apigateway.amazonaws.com`. */
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/** The account of an imported function's ARN (core/lib/arn.js, 5th component). */
export function importedFunctionAccount(importArn: string): string | undefined {
  return parseArn(importArn).parts?.account;
}

/**
 * CDK adds a Lambda permission for an imported function only when the stack's account is known and
 * is the function's account (aws-lambda/lib/function-base.js `_isStackAccount`).
 */
export function canAddPermissions(design: Design, importArn: string): boolean {
  const account = design.stack.env?.account;
  return account !== undefined && importedFunctionAccount(importArn) === account;
}

/** Contract rule 6: a role is imported (importArn) or created (assumedBy), never both or neither. */
export function roleKindProblem(both: boolean): { message: string; hint: string } {
  return both
    ? {
        message: 'A role is either imported (importArn) or created (assumedBy), not both.',
        hint: 'Keep importArn to use an existing role, or assumedBy to have the stack create one.',
      }
    : {
        message:
          'A role needs exactly one of importArn (an existing role) or assumedBy (a service principal for a new role).',
        hint: 'Set importArn (arn:aws:iam::123456789012:role/name) or assumedBy (e.g. apigateway.amazonaws.com).',
      };
}

/** Contract rule 6, and `fn.grantInvoke(role)` on an imported function. */
export function checkRoles(design: Design, report: Reporter): void {
  const functions = new Map(design.functions.map((fn) => [fn.id, fn]));
  (design.roles ?? []).forEach((role: RoleDesign, index) => {
    const record = role as unknown as Record<string, unknown>;
    const imported = hasOwn(record, 'importArn') && record.importArn !== undefined;
    const created = hasOwn(record, 'assumedBy') && record.assumedBy !== undefined;
    if (imported === created) {
      const problem = roleKindProblem(imported);
      report.error('design/role-kind', pointer('roles', index), problem.message, problem.hint);
      return;
    }
    if (imported) {
      const { error } = parseArn(String(record.importArn));
      if (error) {
        report.error(
          'cdk/arn',
          pointer('roles', index, 'importArn'),
          error,
          'A role ARN looks like arn:aws:iam::123456789012:role/name.',
        );
      }
      return;
    }
    const assumedBy = String(record.assumedBy);
    if (!SERVICE_PRINCIPAL.test(assumedBy)) {
      report.warning(
        'hint/service-principal',
        pointer('roles', index, 'assumedBy'),
        `${quote(assumedBy)} does not look like a service principal; IAM refuses a trust policy with an unknown principal.`,
        'For a credentialsRole use "apigateway.amazonaws.com".',
      );
    }
    const grantInvoke = Array.isArray(record.grantInvoke) ? (record.grantInvoke as string[]) : [];
    grantInvoke.forEach((functionId, grantIndex) => {
      const fn = functions.get(functionId);
      if (
        fn &&
        isImportedFunction(fn) &&
        importedFunctionAccount(fn.importArn) !== undefined &&
        !canAddPermissions(design, fn.importArn)
      ) {
        report.error(
          'cdk/grant-invoke-imported-function',
          pointer('roles', index, 'grantInvoke', grantIndex),
          CANNOT_MODIFY_PERMISSION_MESSAGE,
          `Set stack.env.account to the function's account (${importedFunctionAccount(fn.importArn) || 'see its ARN'}), or remove ${quote(functionId)} from grantInvoke and grant the role lambda:InvokeFunction where the function is managed.`,
        );
      }
    });
  });
}
