/**
 * The CloudFormation text `cdk synth` prints (aws-cdk CLI 2.1148.1, `--no-version-reporting`):
 * the template without the CheckBootstrapVersion rule, as JSON (`--json`) or YAML, plus the line
 * break the CLI adds when it writes the result.
 */
import type { Json, JsonObject, Template } from './cfn';
import { toYaml } from './yaml';

/**
 * aws-cdk lib/util obscureTemplate: drops Rules.CheckBootstrapVersion, and the whole Rules section
 * when that was its only rule. The template itself is not changed.
 */
export function templateAsCliPrintsIt(template: Template): Template {
  const rules = template.Rules;
  if (!isObject(rules) || !('CheckBootstrapVersion' in rules)) return template;
  const printed: Template = { ...template };
  if (Object.keys(rules).length > 1) {
    const { CheckBootstrapVersion: _dropped, ...otherRules } = rules;
    printed.Rules = otherRules;
  } else {
    delete printed.Rules;
  }
  return printed;
}

/** `cdk synth --json`: JSON.stringify with 2-space indentation, then a line break. */
export function printCloudFormationJson(template: Template): string {
  return JSON.stringify(templateAsCliPrintsIt(template), undefined, 2) + '\n';
}

/** `cdk synth`: the yaml package's YAML 1.1 output without folding, then a line break. */
export function printCloudFormationYaml(template: Template): string {
  return toYaml(templateAsCliPrintsIt(template)) + '\n';
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
