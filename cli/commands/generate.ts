import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { generate, OUTPUT_PRINTERS, type Design, type OutputKind } from '../../src/core';
import {
  PROJECT_LANGUAGES,
  projectFiles,
  type ProjectLanguage,
} from '../../src/core/codegen/project/projectFiles';
import { hasError, jsonText, printDiagnostics, UsageError, type Output } from '../io';
import { designSource, readDesign } from './validate';

export const generateUsage = `integration-studio generate <design.json | -> [--output KIND]... [--out-dir DIR [--project LANGUAGE]] [--no-path-metadata]
  KIND: ${OUTPUT_PRINTERS.map((p) => p.kind).join(', ')}
  One --output: that file's text on stdout. Several or none: {"diagnostics", "files"} as JSON on stdout.
  --out-dir DIR: writes the chosen outputs (all when none is chosen) and design.json into a project folder.
  --project LANGUAGE (with --out-dir): writes a runnable CDK app into DIR instead, the files the app's
    "Download project" zip has (cdk init layout, pinned versions; then cdk synth / cdk deploy there).
    LANGUAGE: ${PROJECT_LANGUAGES.join(', ')}. Nothing is written when the design has errors.
  Diagnostics on stderr; exit 1 when the design has errors (the CloudFormation, OpenAPI and SAM files are withheld).`;

/** Where each output goes in a project folder. */
export function projectPath(kind: OutputKind, design: Design): string {
  const paths: Record<string, string> = {
    'cdk-typescript': 'cdk/typescript/app.ts',
    'cdk-python': 'cdk/python/app.py',
    'cdk-java': 'cdk/java/App.java',
    'cdk-csharp': 'cdk/csharp/Program.cs',
    'cdk-go': 'cdk/go/main.go',
    'cloudformation-json': `cloudformation/${design.stack.id}.template.json`,
    'cloudformation-yaml': `cloudformation/${design.stack.id}.template.yaml`,
    'openapi-json': 'openapi/openapi.json',
    'openapi-yaml': 'openapi/openapi.yaml',
    'sam-yaml': 'sam/template.yaml',
  };
  return paths[kind] ?? `${kind}.txt`;
}

export interface GenerateArgs {
  design: string;
  outputs: string[];
  outDir?: string;
  /** A runnable CDK project in this language, written into outDir. */
  project?: string;
  pathMetadata: boolean;
}

/** Writes files (relative path → text) under `root`, refusing any path that would leave it. */
function writeFiles(root: string, files: Record<string, string>): string[] {
  const written: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const file = resolve(root, path);
    const inside = relative(root, file);
    if (inside === '' || inside.startsWith('..'))
      throw new Error(`refusing to write ${JSON.stringify(path)} outside ${root}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(path);
  }
  return written;
}

/** `--project`: the CDK project of the app's "Download project", written into a folder. */
function generateProject(args: GenerateArgs, language: ProjectLanguage, outDir: string, out: Output): number {
  const source = designSource(args.design);
  const design = readDesign(args.design, out);
  if (!design) return 1;
  // No printed files: the diagnostics include what CDK would refuse at synthesis.
  const { diagnostics } = generate(design, { pathMetadata: args.pathMetadata, outputs: [] });
  printDiagnostics(out, diagnostics, source);
  const root = resolve(outDir);
  if (hasError(diagnostics)) {
    out.stderr('error: no project written because the design has errors\n');
    out.stdout(jsonText({ outDir: root, project: language, written: [], diagnostics }));
    return 1;
  }
  const written = writeFiles(root, projectFiles(design, language));
  out.stdout(jsonText({ outDir: root, project: language, written, diagnostics }));
  return 0;
}

export function generateCommand(args: GenerateArgs, out: Output): number {
  const known = OUTPUT_PRINTERS.map((p) => p.kind as string);
  const unknown = args.outputs.filter((kind) => !known.includes(kind));
  if (unknown.length)
    throw new UsageError(`unknown output ${unknown.join(', ')}; choose from ${known.join(', ')}`);
  if (args.project !== undefined) {
    const language = PROJECT_LANGUAGES.find((l) => l === args.project);
    if (!language)
      throw new UsageError(
        `unknown project language ${JSON.stringify(args.project)}; choose from ${PROJECT_LANGUAGES.join(', ')}`,
      );
    if (args.outDir === undefined)
      throw new UsageError('--project needs --out-dir DIR to write the project into');
    if (args.outputs.length) throw new UsageError('--project writes a whole project: leave out --output');
    return generateProject(args, language, args.outDir, out);
  }
  const source = designSource(args.design);
  const design = readDesign(args.design, out);
  if (!design) return 1;
  const result = generate(design, { pathMetadata: args.pathMetadata });
  printDiagnostics(out, result.diagnostics, source);
  const chosen = (args.outputs.length ? args.outputs : known) as OutputKind[];
  const missing = chosen.filter((kind) => result.files[kind] === undefined);
  if (missing.length && args.outputs.length) {
    out.stderr(`error: not generated because the design has errors: ${missing.join(', ')}\n`);
  }
  const failed = hasError(result.diagnostics);

  if (args.outDir !== undefined) {
    const root = resolve(args.outDir);
    const written: string[] = [];
    const write = (relative: string, text: string) => {
      const file = join(root, relative);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
      written.push(relative);
    };
    write('design.json', jsonText(design));
    for (const kind of chosen) {
      const text = result.files[kind];
      if (text !== undefined) write(projectPath(kind, design), text);
    }
    out.stdout(jsonText({ outDir: root, written, diagnostics: result.diagnostics }));
    return failed ? 1 : 0;
  }
  if (args.outputs.length === 1) {
    const text = result.files[chosen[0]];
    if (text !== undefined) out.stdout(text);
    return failed || text === undefined ? 1 : 0;
  }
  const files: Partial<Record<OutputKind, string>> = {};
  for (const kind of chosen) if (result.files[kind] !== undefined) files[kind] = result.files[kind];
  out.stdout(jsonText({ diagnostics: result.diagnostics, files }));
  return failed ? 1 : 0;
}
