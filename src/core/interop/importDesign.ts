/**
 * `importDesign(text)`: a CloudFormation template (JSON or YAML, short-form tags too, `cdk synth`
 * output included) or an OpenAPI document with API Gateway's extensions → a design. The kind is
 * detected from the text. Never throws (contract: design-format.md).
 */
import { parseDesign } from '../design/parse';
import { validateDesign } from '../design/validate';
import type { Diagnostic } from '../diagnostics';
import { importCloudFormation } from './cloudformation/importCloudFormation';
import type { ImportKind, ImportResult } from './importResult';
import { importOpenApi } from './openapi/importOpenApi';
import { importSam, isSamTemplate } from './sam/importSam';
import {
  asMap,
  asString,
  DEFAULT_LIMITS,
  parseSource,
  type SourceLimits,
  type Value,
  type ValueMap,
} from './source';

export type { ImportKind, ImportResult } from './importResult';

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
  // parseSource reads text that starts with { or [ as JSON, anything else as YAML.
  const syntax = /^\s*[{[]/.test(text) ? 'json' : 'yaml';
  const root = asMap(source.value);
  if (!root) return { ...failure('The input is not a JSON object or YAML mapping.'), syntax };
  const kind = kindOf(root);
  const as = (result: ImportResult): ImportResult => ({ ...result, kind, syntax });
  switch (kind) {
    case 'openapi': {
      const openapi = asString(root.get('openapi')) ?? '';
      if (!/^3\./.test(openapi))
        return as(failure(`OpenAPI ${openapi} is not supported: use OpenAPI 3.x or Swagger 2.0.`));
      return as(importOpenApi(root));
    }
    case 'swagger':
      return as(importOpenApi(root));
    case 'sam':
      return as(importSam(root));
    case 'cloudformation':
    case 'cdk-synth':
      return as(importCloudFormation(root, source));
    case undefined:
      return {
        ...failure(
          'The input is neither a CloudFormation template (no Resources) nor an OpenAPI document (no openapi or swagger field).',
        ),
        syntax,
      };
  }
}

/** What the document is, from its top-level keys. */
function kindOf(root: ValueMap): ImportKind | undefined {
  if (asString(root.get('openapi')) !== undefined) return 'openapi';
  if (asString(root.get('swagger')) === '2.0') return 'swagger';
  if (isSamTemplate(root)) return 'sam';
  if (root.has('Resources') || root.has('AWSTemplateFormatVersion'))
    return isCdkOutput(root) ? 'cdk-synth' : 'cloudformation';
  return undefined;
}

/**
 * `cdk synth` output: the BootstrapVersion parameter of the default synthesizer, the CDKMetadata
 * resource, or aws:cdk:path metadata on a resource.
 */
function isCdkOutput(root: ValueMap): boolean {
  if (asMap(root.get('Parameters'))?.has('BootstrapVersion')) return true;
  const resources = asMap(root.get('Resources'));
  if (!resources) return false;
  if (resources.has('CDKMetadata')) return true;
  const hasPath = (resource: Value) => asMap(asMap(resource)?.get('Metadata'))?.has('aws:cdk:path');
  for (const resource of resources.values()) if (hasPath(resource)) return true;
  return false;
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
