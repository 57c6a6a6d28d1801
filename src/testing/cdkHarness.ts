/**
 * Test-only harness: runs the text of a generated CDK TypeScript app against the real aws-cdk-lib,
 * the way `cdk synth` runs it in a project made by `cdk init app --language typescript`.
 *
 * - The app is transformed with esbuild (what `tsx`, the runner `cdk init` configures, does) and run
 *   in this process, so aws-cdk-lib is loaded once and every further synth costs tens of milliseconds.
 * - Context is what the aws-cdk CLI hands the app: the feature flags `cdk init` writes to cdk.json
 *   (read from the installed CLI package, exactly the file it copies) plus the CLI's own settings
 *   (aws-cdk toolkit-lib `contextFromSettings`): path metadata unless disabled, asset metadata,
 *   version reporting off (`--no-version-reporting`), bundling for all stacks.
 * - The app's `new cdk.App()` is given the output directory and the context through an injected
 *   `App` subclass rather than CDK_OUTDIR/CDK_CONTEXT_JSON, because with CDK_OUTDIR set every App
 *   registers a `beforeExit` listener (core/lib/app.js), which would pile up over hundreds of runs.
 */
import { transformSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const requireFromProject = createRequire(import.meta.url);

export interface SynthOptions {
  /** `aws:cdk:path` metadata (the CLI's default); false is `cdk synth --no-path-metadata`. */
  pathMetadata: boolean;
}

export interface SynthesizedAssembly {
  /** The cloud assembly directory (cdk.out). The caller removes it (`removeAssembly`). */
  assemblyDir: string;
  /** The stack's artifact id, which is also its stack name for a top-level stack. */
  stackArtifactId: string;
  /** The template file's absolute path inside the assembly. */
  templateFile: string;
  /** The stack's template, parsed from the file CDK wrote. */
  template: Record<string, unknown>;
}

/** The aws-cdk CLI package directory (node_modules/aws-cdk). */
export const cdkCliDir = dirname(requireFromProject.resolve('aws-cdk/package.json'));

/** The aws-cdk CLI's entry script. */
export const cdkCliBin = join(cdkCliDir, 'bin', 'cdk');

/**
 * The `context` that `cdk init` (aws-cdk CLI) writes to cdk.json: its recommended feature flags,
 * keys sorted (aws-cdk lib/commands/init/init.ts `currentlyRecommendedAwsCdkLibFlags`).
 */
export function cdkInitContext(): Record<string, unknown> {
  const file = join(cdkCliDir, 'lib', 'init-templates', '.recommended-feature-flags.json');
  const flags = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(flags)
      .sort()
      .map((key) => [key, flags[key]]),
  );
}

/**
 * The context the CLI adds from its settings for `cdk synth --no-version-reporting`
 * (toolkit-lib api/cloud-assembly/environment.ts `contextFromSettings`).
 */
export function cdkCliContext(options: SynthOptions): Record<string, unknown> {
  return {
    ...(options.pathMetadata ? { 'aws:cdk:enable-path-metadata': true } : {}),
    'aws:cdk:enable-asset-metadata': true,
    'aws:cdk:disable-version-reporting': true,
    'aws:cdk:bundling-stacks': ['**'],
    '@aws-cdk/core:failSynthOnValidationErrors': false,
  };
}

type CdkModule = { App: new (props?: Record<string, unknown>) => object } & Record<string, unknown>;

let loaded: { cdk: CdkModule; initContext: Record<string, unknown> } | undefined;

function load(): { cdk: CdkModule; initContext: Record<string, unknown> } {
  loaded ??= { cdk: requireFromProject('aws-cdk-lib') as CdkModule, initContext: cdkInitContext() };
  return loaded;
}

/** Compiles the app's TypeScript to CommonJS, as tsx does for a `cdk init` project. */
function compileApp(source: string): string {
  return transformSync(source, {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: 'app.ts',
  }).code;
}

/** Runs the app with `new App()` bound to `outdir` and the CLI's context. */
function runApp(source: string, outdir: string, options: SynthOptions): void {
  const { cdk, initContext } = load();
  const context = { ...initContext, ...cdkCliContext(options) };
  const RealApp = cdk.App;
  class CliApp extends RealApp {
    constructor(props: Record<string, unknown> = {}) {
      const postCliContext = { ...context, ...(props.postCliContext as object | undefined) };
      // tree.json (treeMetadata) is not part of any template; skipping it makes each synth faster.
      super({ ...props, outdir, autoSynth: false, treeMetadata: false, postCliContext });
    }
  }
  const injected = new Proxy(cdk, {
    get: (target, key) => (key === 'App' ? CliApp : Reflect.get(target, key)),
  });
  const appRequire = (id: string): unknown =>
    id === 'aws-cdk-lib' || id === 'aws-cdk-lib/core' ? injected : requireFromProject(id);
  const module = { exports: {} };
  const body = compileApp(source);
  // Runs the generated code in this realm (shared aws-cdk-lib classes), like `node app.js` would.
  const run = new Function('require', 'module', 'exports', '__filename', '__dirname', body);
  run(appRequire, module, module.exports, join(outdir, 'app.js'), outdir);
}

interface Manifest {
  artifacts?: Record<string, { type: string; properties?: { templateFile?: string } }>;
}

function readStack(assemblyDir: string): Omit<SynthesizedAssembly, 'assemblyDir'> {
  const manifest = JSON.parse(readFileSync(join(assemblyDir, 'manifest.json'), 'utf8')) as Manifest;
  const stacks = Object.entries(manifest.artifacts ?? {}).filter(
    ([, artifact]) => artifact.type === 'aws:cloudformation:stack',
  );
  if (stacks.length !== 1) {
    throw new Error(`expected one stack in the cloud assembly, found ${stacks.length}`);
  }
  const [stackArtifactId, artifact] = stacks[0];
  const templateFile = join(assemblyDir, artifact.properties?.templateFile ?? '');
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as Record<string, unknown>;
  return { stackArtifactId, templateFile, template };
}

/**
 * Synthesizes the app into a new cloud assembly directory and keeps it, e.g. for
 * `cdk synth --app <assemblyDir>` (see `cdkCliSynth`). Throws what the app or CDK throws.
 */
export function synthTypeScriptAppToAssembly(source: string, options: SynthOptions): SynthesizedAssembly {
  const assemblyDir = mkdtempSync(join(tmpdir(), 'cdk-out-'));
  try {
    runApp(source, assemblyDir, options);
    return { assemblyDir, ...readStack(assemblyDir) };
  } catch (error) {
    removeAssembly(assemblyDir);
    throw error;
  }
}

/** One finding of the template validation `cdk synth` runs (cdk.out/validation-report.json). */
export interface ValidationViolation {
  /** The validator's rule, e.g. "F3002" for CloudFormation Validate. */
  ruleName: string;
  /** What the CLI prints after "ERROR": the property path below Properties, then the message. */
  description: string;
  severity: string;
}

interface ValidationReport {
  pluginReports?: Array<{ violations?: ValidationViolation[] }>;
}

/**
 * The error-level findings (severity error or fatal) of the assembly's validation-report.json:
 * what makes `cdk synth` exit 1 in a `cdk init` project (`@aws-cdk/core:validateAgainstDefaultRules`
 * on). The harness synthesizes with `@aws-cdk/core:failSynthOnValidationErrors: false`, so the app
 * does not fail on them; the report has them all the same. No report (nothing to validate): none.
 */
export function validationErrors(assemblyDir: string): ValidationViolation[] {
  let report: ValidationReport;
  try {
    report = JSON.parse(
      readFileSync(join(assemblyDir, 'validation-report.json'), 'utf8'),
    ) as ValidationReport;
  } catch {
    return [];
  }
  return (report.pluginReports ?? []).flatMap((plugin) =>
    (plugin.violations ?? [])
      .filter((violation) => violation.severity === 'error' || violation.severity === 'fatal')
      .map(({ ruleName, description, severity }) => ({ ruleName, description, severity })),
  );
}

/** Removes a cloud assembly directory made by `synthTypeScriptAppToAssembly`. */
export function removeAssembly(assemblyDir: string): void {
  rmSync(assemblyDir, { recursive: true, force: true });
}

/**
 * The template that `cdk synth` writes to cdk.out for this TypeScript app (one stack).
 * Throws what the app or CDK throws (e.g. a CDK validation error, with CDK's message).
 */
export function synthTypeScriptApp(source: string, options: SynthOptions): Record<string, unknown> {
  const assembly = synthTypeScriptAppToAssembly(source, options);
  removeAssembly(assembly.assemblyDir);
  return assembly.template;
}

/** The environment the aws-cdk CLI runs with in tests: offline, no notices, no AWS lookups. */
export const cdkCliEnv: Readonly<Record<string, string>> = {
  CDK_DISABLE_VERSION_CHECK: '1',
  CDK_DISABLE_CLI_TELEMETRY: 'true',
  AWS_EC2_METADATA_DISABLED: 'true',
};

/**
 * Prints the stack of an existing cloud assembly the way the aws-cdk CLI does
 * (`cdk synth --app <assemblyDir> --no-version-reporting [--json]`): the exact text on stdout.
 * Spawns the CLI (about a second per call), so use it for a few designs, not hundreds.
 */
export function cdkCliSynth(assemblyDir: string, options: { json: boolean }): string {
  const args = [
    cdkCliBin,
    'synth',
    '--app',
    assemblyDir,
    '--no-version-reporting',
    '--no-notices',
    '--no-color',
    ...(options.json ? ['--json'] : []),
  ];
  const result = spawnSync(process.execPath, args, {
    cwd: tmpdir(),
    env: { ...process.env, ...cdkCliEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`cdk synth failed (${result.status}): ${result.stderr}`);
  }
  return result.stdout;
}
