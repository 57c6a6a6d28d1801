/**
 * Interoperation: OpenAPI 3.0 and SAM export, import of CloudFormation (`cdk synth` output
 * included) and OpenAPI. Printers for generate() and `importDesign` for the app and the CLI.
 */
import type { Design } from '../design/types';
import { designToOpenApi } from './openapi/exportOpenApi';
import { printJson, printYaml } from './print';
import { designToSam } from './sam/exportSam';

export { importDesign } from './importDesign';
export type { ImportKind, ImportResult } from './importResult';
export { designToOpenApi, OPENAPI_NOT_CARRIED } from './openapi/exportOpenApi';
export { designToSam, SAM_NOT_CARRIED } from './sam/exportSam';

/** `files["openapi-json"]`: ARNs of what the design creates as `${…Arn}` placeholders. */
export function printOpenApiJson(design: Design): string {
  return printJson(designToOpenApi(design).document);
}

/** `files["openapi-yaml"]`. */
export function printOpenApiYaml(design: Design): string {
  return printYaml(designToOpenApi(design).document);
}

/** `files["sam-yaml"]`: a SAM template whose API is defined by the OpenAPI document. */
export function printSamYaml(design: Design): string {
  return printYaml(designToSam(design).template);
}
