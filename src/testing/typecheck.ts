/**
 * Test-only: type-checks generated CDK TypeScript apps with the TypeScript compiler against the
 * real aws-cdk-lib and constructs declarations, with the compiler options of a `cdk init` project
 * (aws-cdk CLI init-templates/app/typescript/tsconfig.json: strict, NodeNext, ES2022).
 */
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import ts from 'typescript';

const projectDir = dirname(createRequire(import.meta.url).resolve('aws-cdk-lib/package.json'));
/** A directory that does not exist on disk; the apps live there, beside the project's node_modules. */
const virtualDir = join(projectDir, '..', '..', '.generated-apps');

const libraryFiles = new Map<string, ts.SourceFile>();

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts'],
  strict: true,
  noImplicitAny: true,
  strictNullChecks: true,
  noImplicitThis: true,
  alwaysStrict: true,
  noImplicitReturns: true,
  experimentalDecorators: true,
  strictPropertyInitialization: false,
  skipLibCheck: true,
  isolatedModules: true,
  noEmit: true,
  types: [],
};

/**
 * Compiles every app (name → source) in one program and returns each app's diagnostics as
 * `line:column message` strings (empty when the app is valid TypeScript).
 */
export function typecheckTypeScriptApps(apps: Record<string, string>): Record<string, string[]> {
  const files = new Map(
    Object.entries(apps).map(([name, source]) => [join(virtualDir, `${name}.ts`), source]),
  );
  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile } = host;
  // A package.json without "type": the apps are CommonJS, as in a `cdk init` project.
  const packageJson = join(virtualDir, 'package.json');
  host.fileExists = (file) => files.has(file) || file === packageJson || fileExists.call(host, file);
  host.readFile = (file) => files.get(file) ?? (file === packageJson ? '{}' : readFile.call(host, file));
  host.getSourceFile = (file, language, onError, shouldCreate) => {
    const source = files.get(file);
    if (source !== undefined) return ts.createSourceFile(file, source, language, true);
    // Declarations of aws-cdk-lib do not change: parse them once per test process.
    let cached = libraryFiles.get(file);
    if (!cached) {
      cached = getSourceFile.call(host, file, language, onError, shouldCreate);
      if (cached) libraryFiles.set(file, cached);
    }
    return cached;
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const result: Record<string, string[]> = {};
  for (const [name] of Object.entries(apps)) {
    const file = program.getSourceFile(join(virtualDir, `${name}.ts`));
    const diagnostics = file
      ? [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]
      : [];
    result[name] = diagnostics.map((d) => {
      const position =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      const where = position ? `${position.line + 1}:${position.character + 1} ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
  }
  return result;
}
