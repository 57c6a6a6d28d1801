/**
 * `importDesign(text)`: a CloudFormation template (JSON or YAML, short-form tags too, `cdk synth`
 * output included) or an OpenAPI document with API Gateway's extensions → a design. The kind is
 * detected from the text. Never throws (contract: design-format.md).
 */
import { parseDesign } from '../design/parse';
import { validateDesign } from '../design/validate';
import type { Diagnostic } from '../diagnostics';
import { importCloudFormation } from './cloudformation/importCloudFormation';
import type { ImportResult } from './importResult';
import { importOpenApi } from './openapi/importOpenApi';
import { importSam, isSamTemplate } from './sam/importSam';
import { asMap, asString, DEFAULT_LIMITS, parseSource, type SourceLimits } from './source';

export type { ImportResult } from './importResult';

export function importDesign(text: string, limits: SourceLimits = DEFAULT_LIMITS): ImportResult {
  try {
    return checked(importText(text, limits));
  } catch (error) {
    // A bug of ours must not take the caller down: report it as data.
    const message = error instanceof Error ? error.message : String(error);
    return {
      diagnostics: [{ severity: 'error', message: `The import failed unexpectedly: ${message}` }],
      unmapped: [],
    };
  }
}

function importText(text: string, limits: SourceLimits): ImportResult {
  const source = parseSource(text, limits);
  if (source.error || source.value === undefined) {
    const error = source.error ?? { message: 'The input holds no value.' };
    return { diagnostics: [{ severity: 'error', ...error }], unmapped: [] };
  }
  const root = asMap(source.value);
  if (!root) return failure('The input is not a JSON object or YAML mapping.');
  const openapi = asString(root.get('openapi'));
  if (openapi !== undefined) {
    if (!/^3\./.test(openapi))
      return failure(`OpenAPI ${openapi} is not supported: use OpenAPI 3.x or Swagger 2.0.`);
    return importOpenApi(root);
  }
  if (asString(root.get('swagger')) === '2.0') return importOpenApi(root);
  if (isSamTemplate(root)) return importSam(root);
  if (root.has('Resources') || root.has('AWSTemplateFormatVersion'))
    return importCloudFormation(root, source);
  return failure(
    'The input is neither a CloudFormation template (no Resources) nor an OpenAPI document (no openapi or swagger field).',
  );
}

/**
 * The rebuilt design goes through the same parser and validation as any design, so it is in the
 * parser's normal form and what CDK or API Gateway would reject about it is said up front.
 */
function checked(result: ImportResult): ImportResult {
  if (!result.design) return result;
  const parsed = parseDesign(result.design);
  if (!parsed.design) {
    return { ...result, design: undefined, diagnostics: [...result.diagnostics, ...parsed.diagnostics] };
  }
  const validation = validateDesign(parsed.design);
  return {
    ...result,
    design: parsed.design,
    diagnostics: [...result.diagnostics, ...parsed.diagnostics, ...validation],
  };
}

function failure(message: string): ImportResult {
  const diagnostics: Diagnostic[] = [{ severity: 'error', message }];
  return { diagnostics, unmapped: [] };
}
