/**
 * Monaco, bundled locally (never a CDN) and configured once. Only lazily loaded editor modules import
 * this file, so the first paint never waits for Monaco. Recipe: ../shared/stack-notes.md A3–A8
 * (monaco-editor 0.57 ESM entry points, Vite `?worker` imports, `loader.config({ monaco })`).
 */
import * as monaco from 'monaco-editor/editor';
// A slim feature set: what a template and JSON editor and read-only code views use.
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/placeholderText/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/tokenization/register';
import 'monaco-editor/features/unicodeHighlighter/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/wordOperations/register';
// features/suggest/register does not bring the suggest widget's controller in 0.57 (stack-notes A3).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
// Monarch grammars of the generated code (lazy chunks of a few kB each). JSON has its own small
// grammar and checks (../json/register.ts) instead of Monaco's JSON service.
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/java/register';
import 'monaco-editor/languages/definitions/csharp/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { loader } from '@monaco-editor/react';
import { registerJson } from '../json/register';
import { registerVtl } from '../vtl/register';

self.MonacoEnvironment = {
  // One worker: word-based completion, diff and link detection; no language service needs another.
  getWorker() {
    return new EditorWorker();
  },
};

registerVtl(monaco);
registerJson(monaco);
// @monaco-editor/react would otherwise fetch Monaco from a CDN.
loader.config({ monaco });

export { monaco };
export type Monaco = typeof monaco;
