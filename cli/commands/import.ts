import { importDesign } from '../../src/core';
import { hasError, jsonText, printDiagnostics, readText, type Output } from '../io';

export const importUsage = `integration-studio import <template.(json|yaml) | openapi.(json|yaml) | -> [--json]
  Rebuilds a design from a CloudFormation template (cdk synth output included) or an OpenAPI document
  with x-amazon-apigateway-integration. stdout: the design JSON (with --json: {"design", "diagnostics",
  "unmapped"}); what could not be carried into the design and the diagnostics on stderr; exit 1 when no
  design could be made or it has errors.`;

export function importCommand(args: { file: string; json: boolean }, out: Output): number {
  const result = importDesign(readText(args.file, 'template'));
  printDiagnostics(
    out,
    result.diagnostics.filter((d) => d.severity !== 'info'),
    args.file === '-' ? undefined : args.file,
  );
  for (const note of result.unmapped) out.stderr(`unmapped: ${note}\n`);
  if (args.json) out.stdout(jsonText(result));
  else if (result.design) out.stdout(jsonText(result.design));
  return result.design && !hasError(result.diagnostics) ? 0 : 1;
}
