/**
 * generate(): the design's diagnostics, its CloudFormation template and every printed output
 * (contract "Core API"). A small composition: validate, synthesize when there is no error, then
 * run each printer of OUTPUT_PRINTERS. Never throws.
 *
 * To add an output (another language, OpenAPI, SAM …), add one OutputPrinter to OUTPUT_PRINTERS.
 */
import { printCSharp } from './codegen/csharp';
import { printGo } from './codegen/go';
import { buildAppIr, type AppIr } from './codegen/ir';
import { printJava } from './codegen/java';
import { printPython } from './codegen/python';
import { printTypeScript } from './codegen/typescript';
import { synthesizable, validateDesign, validateTemplate } from './design/validate';
import type { Design } from './design/types';
import { hasErrors, type Diagnostic } from './diagnostics';
import { designToOpenApi, type OpenApiExport } from './interop/openapi/exportOpenApi';
import { printJson, printYaml } from './interop/print';
import { designToSam } from './interop/sam/exportSam';
import type { GenerateOptions, GenerateResult, OutputKind } from './outputs';
import type { Template } from './synth/cfn';
import { printCloudFormationJson, printCloudFormationYaml } from './synth/print';
import { SynthesisError, synthesize } from './synth/synthesize';

/** What a printer gets: the design, its template (null when invalid) and the options. */
export interface PrinterInput {
  design: Design;
  template: Template | null;
  pathMetadata: boolean;
  /** What several printers print from, built once per generate() call (see `printerInput`). */
  shared: SharedWork;
}

/**
 * Work several printers share, each built on first use: the code IR (five languages) and the
 * OpenAPI export (its JSON and YAML). Built once, not once per printer: on a large design the IR
 * alone is ~10 ms and its garbage.
 */
export class SharedWork {
  private builtIr: AppIr | undefined;
  private builtOpenApi: OpenApiExport | undefined;

  constructor(private readonly design: Design) {}

  get ir(): AppIr {
    return (this.builtIr ??= buildAppIr(this.design));
  }

  get openApi(): OpenApiExport {
    return (this.builtOpenApi ??= designToOpenApi(this.design));
  }
}

/** A printer's input for one design (its shared work built on first use). */
export function printerInput(design: Design, template: Template | null, pathMetadata: boolean): PrinterInput {
  return { design, template, pathMetadata, shared: new SharedWork(design) };
}

/**
 * One output. `needs: 'template'` prints only a valid design's template (the CloudFormation files,
 * absent when the design has errors); `needs: 'design'` prints from the design itself, also when it
 * has errors (code printers).
 */
export type OutputPrinter =
  | { kind: OutputKind; needs: 'template'; print(input: PrinterInput & { template: Template }): string }
  | { kind: OutputKind; needs: 'design'; print(input: PrinterInput): string };

/** Every output generate() prints, in the order the files are listed. */
export const OUTPUT_PRINTERS: readonly OutputPrinter[] = [
  { kind: 'cdk-typescript', needs: 'design', print: ({ shared }) => printTypeScript(shared.ir) },
  { kind: 'cdk-python', needs: 'design', print: ({ shared }) => printPython(shared.ir) },
  { kind: 'cdk-java', needs: 'design', print: ({ shared }) => printJava(shared.ir) },
  { kind: 'cdk-csharp', needs: 'design', print: ({ shared }) => printCSharp(shared.ir) },
  { kind: 'cdk-go', needs: 'design', print: ({ shared }) => printGo(shared.ir) },
  {
    kind: 'cloudformation-json',
    needs: 'template',
    print: ({ template }) => printCloudFormationJson(template),
  },
  {
    kind: 'cloudformation-yaml',
    needs: 'template',
    print: ({ template }) => printCloudFormationYaml(template),
  },
  // Exports of a valid design (they are printed from the design, not the template).
  { kind: 'openapi-json', needs: 'template', print: ({ shared }) => printJson(shared.openApi.document) },
  { kind: 'openapi-yaml', needs: 'template', print: ({ shared }) => printYaml(shared.openApi.document) },
  { kind: 'sam-yaml', needs: 'template', print: ({ design }) => printYaml(designToSam(design).template) },
];

/**
 * The text as one flat string. The printers append piece by piece, which V8 keeps as a rope of
 * small cells (a 300 KB program is ~1.5 MB of them); reading a character makes the engine copy it
 * into one flat string, so the cells die young instead of being copied by every minor garbage
 * collection while the other outputs print (half of generate()'s time on a large design).
 */
function flatten(text: string): void {
  // A small design's text dies young either way; copying it would only cost.
  if (text.length > FLATTEN_FROM) text.charCodeAt(0);
}

/** Characters from which an output is flattened (a few methods print ~3–10 k). */
const FLATTEN_FROM = 32_768;

function internalError(what: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'internal/generate',
    message: `Integration Studio could not ${what}: ${reason}`,
    hint: 'This is a bug in Integration Studio; please report it with the design.',
  };
}

/** Diagnostics, template and printed files for a design. Never throws. */
export function generate(design: Design, options: GenerateOptions = {}): GenerateResult {
  const pathMetadata = options.pathMetadata ?? true;
  const diagnostics: Diagnostic[] = [];
  try {
    diagnostics.push(...validateDesign(design));
  } catch (error) {
    diagnostics.push(internalError('validate the design', error));
  }

  let template: Template | null = null;
  // Errors that API Gateway alone raises (aws/*), or that CDK's template validation finds, leave a
  // design CDK synthesizes: synthesize it anyway, so that everything `cdk synth` would refuse in the
  // template is reported (a lone surrogate hides every other finding from the validator, for one).
  if (synthesizable(diagnostics)) {
    const valid = !hasErrors(diagnostics);
    try {
      const synthesized = synthesize(design, { pathMetadata });
      diagnostics.push(...validateTemplate(design, synthesized));
      if (valid && !hasErrors(diagnostics)) template = synthesized;
    } catch (error) {
      if (error instanceof SynthesisError) {
        diagnostics.push({ severity: 'error', code: 'cdk/synthesis', message: error.message });
      } else if (valid) {
        diagnostics.push(internalError('synthesize the CloudFormation template', error));
      }
    }
  }

  const files: GenerateResult['files'] = {};
  const input = printerInput(design, template, pathMetadata);
  let printed: string | undefined;
  for (const printer of OUTPUT_PRINTERS) {
    if (options.outputs && !options.outputs.includes(printer.kind)) continue;
    // Only a text that stays alive while another prints is worth flattening (not the last one).
    if (printed !== undefined) flatten(printed);
    try {
      if (printer.needs === 'design') printed = files[printer.kind] = printer.print(input);
      else if (template !== null) printed = files[printer.kind] = printer.print({ ...input, template });
    } catch (error) {
      // A code printer may fail on a design that already has errors; those errors say why.
      if (printer.needs === 'template' || !hasErrors(diagnostics)) {
        diagnostics.push(internalError(`print ${printer.kind}`, error));
      }
    }
  }
  if (template !== null && hasErrors(diagnostics)) {
    // Contract rule 11: no template and no CloudFormation files once any error exists.
    template = null;
    for (const printer of OUTPUT_PRINTERS) if (printer.needs === 'template') delete files[printer.kind];
  }
  return { diagnostics, template, files };
}
