/**
 * Test-only: real tree-sitter grammars of the five CDK languages (WebAssembly builds from
 * @vscode/tree-sitter-wasm), loaded once per process, and the syntax errors of a program.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as TreeSitter from '@vscode/tree-sitter-wasm';
import type { Node as SyntaxNode, Parser as ParserType } from '@vscode/tree-sitter-wasm';

export type { SyntaxNode };

const require = createRequire(import.meta.url);
const treeSitter = require('@vscode/tree-sitter-wasm') as typeof TreeSitter;
const wasmDir = dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.wasm'));

export type CodeLanguage = 'typescript' | 'python' | 'java' | 'csharp' | 'go';

const GRAMMAR_FILES: Record<CodeLanguage, string> = {
  typescript: 'tree-sitter-typescript.wasm',
  python: 'tree-sitter-python.wasm',
  java: 'tree-sitter-java.wasm',
  csharp: 'tree-sitter-c-sharp.wasm',
  go: 'tree-sitter-go.wasm',
};

let parsers: Promise<Record<CodeLanguage, ParserType>> | undefined;

/** One parser per language, loaded on first use. */
export function loadParsers(): Promise<Record<CodeLanguage, ParserType>> {
  parsers ??= (async () => {
    await treeSitter.Parser.init({ locateFile: (file: string) => join(wasmDir, file) });
    const entries = await Promise.all(
      (Object.keys(GRAMMAR_FILES) as CodeLanguage[]).map(async (language) => {
        const grammar = await treeSitter.Language.load(join(wasmDir, GRAMMAR_FILES[language]));
        const parser = new treeSitter.Parser();
        parser.setLanguage(grammar);
        return [language, parser] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<CodeLanguage, ParserType>;
  })();
  return parsers;
}

/** A parsed program: its root node, and every ERROR and MISSING node as `line:column text`. */
export interface ParsedProgram {
  root: SyntaxNode;
  errors: string[];
}

export function parseProgram(
  parsersByLanguage: Record<CodeLanguage, ParserType>,
  language: CodeLanguage,
  code: string,
): ParsedProgram {
  const tree = parsersByLanguage[language].parse(code);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
  const errors: string[] = [];
  const visit = (node: SyntaxNode): void => {
    if (node.isError || node.isMissing) {
      const where = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
      errors.push(
        `${where} ${node.isMissing ? 'MISSING' : 'ERROR'} ${JSON.stringify(node.text.slice(0, 60))}`,
      );
    }
    if (node.hasError) for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return { root: tree.rootNode, errors };
}
