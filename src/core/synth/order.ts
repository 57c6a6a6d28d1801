/**
 * The order CDK sorts DependsOn targets in: `a.node.path.localeCompare(b.node.path)`
 * (aws-cdk-lib/core/lib/cfn-resource.js renderDependsOn), i.e. ICU collation. Node runs CDK with
 * the en-US default; the browser's default locale may differ, so the locale is fixed here.
 */
const pathCollator = new Intl.Collator('en-US');

export function comparePaths(a: string, b: string): number {
  return pathCollator.compare(a, b);
}
