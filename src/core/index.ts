/**
 * The pure core of Integration Studio (contract: ../shared/design-format.md).
 * No React, no DOM, no Node built-ins: the UI, the tests, the benchmarks and the CLI share it.
 */
export type * from './design/types';
export type { Diagnostic } from './diagnostics';
export { hasErrors } from './diagnostics';
export { buildAppIr } from './codegen/ir';
export type * from './codegen/ir';
export { generateTypeScript, printTypeScript, printTypeScriptWithLinks } from './codegen/typescript';
export type { PrintedCode } from './codegen/typescript';
export type { CodeLink } from './codegen/doc';
export { parseDesign } from './design/parse';
export { validateDesign } from './design/validate';
