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
export { generate, OUTPUT_PRINTERS } from './generate';
export type { OutputPrinter, PrinterInput } from './generate';
export type { GenerateOptions, GenerateResult, OutputKind } from './outputs';
export { synthesize, synthesizeWithSourceMap } from './synth/synthesize';
export type { SynthesisResult, SynthesizeOptions, SourceMap } from './synth/synthesize';
export type { Json, JsonObject, Template } from './synth/cfn';
export { printCloudFormationJson, printCloudFormationYaml } from './synth/print';
export { renderTemplate, renderParsed, parseTemplate, contextValues, MAX_TEMPLATE_BYTES } from './vtl';
export type {
  RenderInput,
  RenderResult,
  RenderOptions,
  ParsedTemplate,
  Overrides,
  OverrideValues,
  RenderFailureInfo,
} from './vtl';
export { VTL_ROOTS, APPSYNC_ONLY_UTIL, JAVA_METHODS, VTL_DIRECTIVES } from './vtl/catalog';
export type { VtlMember, VtlRoot, JavaMethod } from './vtl/catalog';
export { simulate, prepareSimulation, completeSimulation, simulateWithRunner } from './simulate';
export type {
  SimulateResult,
  SimulateOptions,
  SimulationStep,
  StageName,
  EndpointRequest,
  LambdaInvocation,
  LambdaRunner,
  PreparedSimulation,
} from './simulate';
export { importDesign, designToOpenApi, designToSam, OPENAPI_NOT_CARRIED, SAM_NOT_CARRIED } from './interop';
export type { ImportKind, ImportResult } from './interop';
// Teach and advise (issue 8): gallery, advisor, sample suites, verify on AWS, field ↔ output links.
export { applyDesignEdits, valueAt } from './design/edits';
export type { DesignEdit } from './design/edits';
export { SCENARIOS, scenarioById } from './gallery';
export type { Scenario, ScenarioFix } from './gallery';
export { advise, measure, POLICY_SIZE_LIMIT, STACK_RESOURCE_LIMIT } from './advise';
export type { Advice, AdviceFix, AdvisorReport, AdviseOptions, PolicyEstimate } from './advise';
export {
  checkExpectation,
  expectationFrom,
  exportSuiteAsVitest,
  runSample,
  runSampleWithRunner,
  runSuite,
  runSuiteWithRunner,
} from './suites';
export type {
  DiffLine,
  ExpectationFailure,
  SampleRun,
  SuiteProgress,
  SuiteRun,
  SuiteRunOptions,
  SuiteTarget,
} from './suites';
export { compareLogs, parseTestInvokeOutput, summarize, testInvokeCommand } from './verify';
export type { LogComparison, TestInvokeCommand, TestInvokeOutput, VerifySummary } from './verify';
export {
  codeLinesForPath,
  linesOfPointers,
  linkingSourceMap,
  pathAtCodeLine,
  pathForTemplatePointer,
  pointerAtLine,
  templateLineIndex,
  templatePointersForPath,
} from './linking';
export type { LineRange } from './linking';
