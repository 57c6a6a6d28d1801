import type { Design } from '../design/types';
import type { Diagnostic } from '../diagnostics';

/**
 * What the text was read as: a CloudFormation template (`cdk-synth` when it carries the CDK's
 * marks: the BootstrapVersion parameter, CDKMetadata or aws:cdk:path metadata), a SAM template, an
 * OpenAPI 3 document or a Swagger 2.0 one.
 */
export type ImportKind = 'cloudformation' | 'cdk-synth' | 'sam' | 'openapi' | 'swagger';

/** What `importDesign` returns (contract: design-format.md). */
export interface ImportResult {
  design?: Design;
  diagnostics: Diagnostic[];
  /** What could not be carried into the design, in words. */
  unmapped: string[];
  /** What the input was recognized as; absent when it could not be read or recognized. */
  kind?: ImportKind;
  /** How the text was read (YAML includes JSON-like flow style); absent when it could not be read. */
  syntax?: 'json' | 'yaml';
}

/** Makes ids unique within one list, as the design requires, keeping the first as it is. */
export class IdAllocator {
  private readonly used = new Set<string>();

  take(wanted: string): string {
    // Ids keep every character (spaces included) but "/", which the design does not allow.
    const base = wanted.replace(/\//g, '--') || 'Imported';
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}${n}`;
    this.used.add(id);
    return id;
  }
}

/** A construct-id-like name from an ARN's last segment, e.g. `...:function:legacy` → `legacy`. */
export function idFromArn(arn: string): string {
  const tail = arn.split(/[:/]/).filter(Boolean).pop() ?? arn;
  return tail.replace(/[^A-Za-z0-9_.-]/g, '') || 'Imported';
}

/** A design function or role imported by ARN, its id made from the ARN's last segment. */
export function importedByArn(ids: IdAllocator, arn: string): { id: string; importArn: string } {
  return { id: ids.take(idFromArn(arn)), importArn: arn };
}

/**
 * The entry under `key`, made by `create` and stored the first time it is asked for: one design
 * function, role or VPC link however often the input names it.
 */
export function entryFor<V>(map: Map<string, V>, key: string, create: () => V): V {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = create();
    map.set(key, entry);
  }
  return entry;
}
