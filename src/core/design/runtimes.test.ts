import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as CdkLib from 'aws-cdk-lib';
import { LAMBDA_RUNTIMES, runtimeMember } from './runtimes';
import { validateDesign } from './validate';
import { cdkOutcome } from '../../testing/designCdkOracle';
import { createdFunction, designWith } from '../../testing/designMutations';

const { aws_lambda: lambda } = createRequire(import.meta.url)('aws-cdk-lib') as typeof CdkLib;

/** CDK's runtimes: the static `Runtime` members, first member per name, no variable or image ones. */
function cdkRuntimes(): Record<string, { member: string; inlineCode: boolean }> {
  const out: Record<string, { member: string; inlineCode: boolean }> = {};
  for (const member of Object.getOwnPropertyNames(lambda.Runtime)) {
    const value = (lambda.Runtime as unknown as Record<string, unknown>)[member];
    if (!(value instanceof lambda.Runtime) || value.isVariable || value === lambda.Runtime.FROM_IMAGE)
      continue;
    out[value.name] ??= { member, inlineCode: value.supportsInlineCode };
  }
  return out;
}

describe('Lambda runtimes', () => {
  it("match the static members of aws-cdk-lib's Runtime class", () => {
    expect(LAMBDA_RUNTIMES).toEqual(cdkRuntimes());
  });

  it('name the CDK member for printers', () => {
    expect(runtimeMember('nodejs22.x')).toBe('NODEJS_22_X');
    expect(runtimeMember('python3.13')).toBe('PYTHON_3_13');
    expect(runtimeMember('nodejs99.x')).toBeUndefined();
    expect(runtimeMember('constructor')).toBeUndefined();
  });

  it('rejects a runtime CDK does not know (contract rule 9)', () => {
    const diagnostics = validateDesign(designWith((d) => (createdFunction(d).runtime = 'nodejs26.x')));
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'design/runtime', path: '/functions/0/runtime' }),
    );
  });

  const inline = Object.entries(LAMBDA_RUNTIMES)
    .filter(([, info]) => info.inlineCode)
    .map(([name]) => name);

  // CDK's template validation dates runtimes by today; so do we. Both sides run on the same day.
  it.each(inline)(
    "%s: deprecation error or warning as CDK's template validation reports it today",
    (runtime) => {
      const design = designWith((d) => (createdFunction(d).runtime = runtime));
      const outcome = cdkOutcome(design);
      const cdkSays = [
        ...outcome.validationErrors.map((message) => ({ severity: 'error', message })),
        ...outcome.warnings.map((message) => ({ severity: 'warning', message })),
      ].filter((finding) => finding.message.startsWith('Runtime: '));
      const ours = validateDesign(design)
        .filter((d) => d.code === 'cdk/runtime-deprecated')
        .map((d) => ({ severity: d.severity, message: d.message }));
      expect(ours).toEqual(cdkSays);
    },
  );
});
