import type { Diagnostic } from './diagnostics';

/** What `generate()` can print. Keys of `GenerateResult.files`. */
export type OutputKind =
  | 'cdk-typescript'
  | 'cdk-python'
  | 'cdk-java'
  | 'cdk-csharp'
  | 'cdk-go'
  | 'cloudformation-json'
  | 'cloudformation-yaml'
  | 'openapi-json'
  | 'openapi-yaml'
  | 'sam-yaml';

export interface GenerateOptions {
  /** `aws:cdk:path` metadata on every resource (CDK's default). Default true. */
  pathMetadata?: boolean;
  /**
   * Print only these files (default: all). Diagnostics and `template` are the same either way; the
   * designer asks for the file it shows, so a keystroke does not pay for every printer.
   */
  outputs?: readonly OutputKind[];
}

export interface GenerateResult {
  diagnostics: Diagnostic[];
  /** The CloudFormation template as plain JSON; null when any error diagnostic exists. */
  template: object | null;
  /** Printed outputs. The CloudFormation files are absent when `template` is null. */
  files: Partial<Record<OutputKind, string>>;
}
