/**
 * What each output tab shows for the current state: code with a file name, or a message saying why
 * there is none (the core does not have it yet, or the design has errors).
 */
import { stackClassNameOf } from '../../core/codegen/identifiers';
import type { GenerateResult, OutputKind } from '../../core/outputs';
import type { RenderView, SimulationView } from '../../state/derived';
import type { OutputTab } from '../../state/store';

/** Monarch language ids for highlighting, and download names. */
export const CODE_TABS: Record<
  Exclude<OutputTab, 'rendered' | 'simulation' | 'lambda-event'>,
  { kind: OutputKind; language: string; file: (stackId: string) => string; name: string }
> = {
  'cdk-typescript': {
    kind: 'cdk-typescript',
    language: 'typescript',
    file: () => 'app.ts',
    name: 'CDK TypeScript',
  },
  'cdk-python': { kind: 'cdk-python', language: 'python', file: () => 'app.py', name: 'CDK Python' },
  'cdk-java': {
    kind: 'cdk-java',
    language: 'java',
    // The file is named after its public class, `<Name>App` (as `cdk init` names it).
    file: (id) => `${stackClassNameOf(id).replace(/Stack$/, '')}App.java`,
    name: 'CDK Java',
  },
  'cdk-csharp': { kind: 'cdk-csharp', language: 'csharp', file: () => 'Program.cs', name: 'CDK C#' },
  'cdk-go': { kind: 'cdk-go', language: 'go', file: () => 'main.go', name: 'CDK Go' },
  'cloudformation-json': {
    kind: 'cloudformation-json',
    language: 'json',
    file: (id) => `${id}.template.json`,
    name: 'CloudFormation JSON',
  },
  'cloudformation-yaml': {
    kind: 'cloudformation-yaml',
    language: 'yaml',
    file: (id) => `${id}.template.yaml`,
    name: 'CloudFormation YAML',
  },
  // OpenAPI and SAM are exports of a valid design (generate() prints them only without errors).
  'openapi-json': {
    kind: 'openapi-json',
    language: 'json',
    file: () => 'openapi.json',
    name: 'OpenAPI JSON',
  },
  'openapi-yaml': {
    kind: 'openapi-yaml',
    language: 'yaml',
    file: () => 'openapi.yaml',
    name: 'OpenAPI YAML',
  },
  // `template.yaml`: the name `sam build` and `sam deploy` look for.
  'sam-yaml': { kind: 'sam-yaml', language: 'yaml', file: () => 'template.yaml', name: 'SAM template' },
};

/** Outputs generate() prints only for a design without errors. */
const NEEDS_VALID_DESIGN: ReadonlySet<OutputKind> = new Set([
  'cloudformation-json',
  'cloudformation-yaml',
  'openapi-json',
  'openapi-yaml',
  'sam-yaml',
]);

export type OutputContent =
  | { kind: 'code'; text: string; language: string; fileName: string; note?: string }
  | { kind: 'message'; text: string; tone?: 'error' | 'info' };

export function codeTabContent(
  tab: keyof typeof CODE_TABS,
  stackId: string,
  generated: GenerateResult | undefined,
): OutputContent {
  const spec = CODE_TABS[tab];
  if (!generated)
    return {
      kind: 'message',
      text: `${spec.name} is not available yet: the code generator has not landed in this build.`,
    };
  const text = generated.files[spec.kind];
  if (text !== undefined) {
    return {
      kind: 'code',
      text,
      language: spec.language,
      fileName: spec.file(stackId),
      note:
        tab === 'cdk-go'
          ? "Map order in Go: Go's jsii runtime hands CDK every map sorted by key (it passes them through Go maps and encoding/json), so where this design lists request parameters, templates, response parameters or models in another order, the Go app's Deployment gets a different logical ID than the CloudFormation shown here. The API itself is the same. Python, Java (insertion-ordered maps) and C# keep the design's order."
          : undefined,
    };
  }
  const errors = generated.diagnostics.filter((d) => d.severity === 'error').length;
  if (NEEDS_VALID_DESIGN.has(spec.kind) && errors > 0) {
    const count = `${errors} error${errors === 1 ? '' : 's'}`;
    return {
      kind: 'message',
      tone: 'error',
      text: spec.kind.startsWith('cloudformation')
        ? `No CloudFormation while the design has ${count}: CDK would refuse to synthesize it. See Problems.`
        : `No ${spec.name} while the design has ${count}: it is exported only from a design CDK would synthesize. See Problems.`,
    };
  }
  return { kind: 'message', text: `${spec.name} is not available yet.` };
}

export function loadingContent(status: 'loading' | 'failed'): OutputContent {
  return status === 'loading'
    ? { kind: 'message', text: 'Loading the code generator…' }
    : {
        kind: 'message',
        tone: 'error',
        text: 'The code generator could not be loaded. Reload the page to try again.',
      };
}

export function renderedContent(view: RenderView | undefined, available: boolean): OutputContent {
  if (!view) {
    return {
      kind: 'message',
      text: 'Select a method that has a mapping template (requestTemplates or responseTemplates) to see it rendered.',
    };
  }
  if (available && view.pending)
    return {
      kind: 'message',
      text: 'Rendering… This template takes long to evaluate (a loop with many turns?), so it renders in the background.',
    };
  if (!available || !view.result)
    return {
      kind: 'message',
      text: 'Template rendering is not available yet: the VTL engine has not landed in this build.',
    };
  const failure = view.result.failure;
  return {
    kind: 'code',
    text: view.result.output,
    language: view.contentType.includes('json') ? 'json' : 'plaintext',
    fileName: 'rendered.txt',
    // As the template editor labels it: API Gateway fails the request (500) and sends none of the text.
    note: failure ? failedRenderNote(failure.message, view.result.output !== '') : undefined,
  };
}

/** The label over a failed render's partial text (the template editor's wording, with the reason). */
export function failedRenderNote(reason: string, rendered: boolean): string {
  return `The template failed (${reason}), so API Gateway sends no output.${rendered ? ' What it rendered before failing:' : ''}`;
}

export function lambdaEventContent(view: SimulationView | undefined, available: boolean): OutputContent {
  if (!view) return { kind: 'message', text: 'Select a method to see the event its function receives.' };
  if (available && !view.result && view.pending) return { kind: 'message', text: 'Simulating…' };
  if (!available || !view.result)
    return {
      kind: 'message',
      text: 'The Lambda event is not available yet: the simulator has not landed in this build.',
    };
  if (view.result.lambdaEvent === undefined) {
    return {
      kind: 'message',
      text: 'The request did not reach the function (see Simulation for where it stopped).',
    };
  }
  return {
    kind: 'code',
    text: JSON.stringify(view.result.lambdaEvent, null, 2),
    language: 'json',
    fileName: 'lambda-event.json',
  };
}

/** The simulation as text, for Copy and Download. */
export function simulationText(view: SimulationView): string {
  const r = view.result;
  if (!r) return '';
  const lines = [`${view.method}${view.sample ? ` (sample "${view.sample.name}")` : ''}`, ''];
  for (const step of r.steps) {
    lines.push(`# ${step.stage}`, ...step.log, '');
  }
  lines.push(`HTTP ${r.status}`, ...Object.entries(r.headers).map(([k, v]) => `${k}: ${v}`), '', r.body);
  return lines.join('\n');
}
