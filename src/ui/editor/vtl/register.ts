import type * as Monaco from 'monaco-editor/editor';
import { referenceAt, vtlCompletions, type SampleNames, type VtlCompletion } from './completion';
import { directiveDoc, javaMethodsFor, vtlRoots } from './catalog';
import { VTL_LANGUAGE_ID, vtlLanguageConfiguration, vtlMonarch } from './language';
import { findSymbol } from './symbols';

type MonacoApi = typeof Monaco;

const EMPTY_SAMPLE: SampleNames = {
  pathParameters: [],
  queryStringParameters: [],
  headers: [],
  stageVariables: [],
};
/** Sample-request names per model URI, set by the editor showing that model. */
const sampleByModel = new Map<string, SampleNames>();

export function setVtlSampleNames(modelUri: string, names: SampleNames | undefined): void {
  if (names) sampleByModel.set(modelUri, names);
  else sampleByModel.delete(modelUri);
}

let registered = false;

/** Registers the VTL language, its grammar, completion and hover on a Monaco instance (once). */
export function registerVtl(monaco: MonacoApi): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({
    id: VTL_LANGUAGE_ID,
    extensions: ['.vtl', '.vm'],
    aliases: ['VTL', 'Velocity'],
  });
  monaco.languages.setMonarchTokensProvider(VTL_LANGUAGE_ID, vtlMonarch);
  monaco.languages.setLanguageConfiguration(VTL_LANGUAGE_ID, vtlLanguageConfiguration);

  const kinds: Record<VtlCompletion['kind'], Monaco.languages.CompletionItemKind> = {
    variable: monaco.languages.CompletionItemKind.Variable,
    property: monaco.languages.CompletionItemKind.Property,
    method: monaco.languages.CompletionItemKind.Method,
    keyword: monaco.languages.CompletionItemKind.Keyword,
    value: monaco.languages.CompletionItemKind.Value,
  };

  monaco.languages.registerCompletionItemProvider(VTL_LANGUAGE_ID, {
    triggerCharacters: ['$', '.', '#', "'", '"', '{'],
    provideCompletionItems(model, position) {
      const linePrefix = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      const answer = vtlCompletions(linePrefix, {
        roots: vtlRoots(),
        sample: sampleByModel.get(model.uri.toString()) ?? EMPTY_SAMPLE,
        template: model.getValue(),
        methodsOf: javaMethodsFor,
        directiveDoc,
      });
      if (!answer) return { suggestions: [] };
      const range = new monaco.Range(
        position.lineNumber,
        answer.from + 1,
        position.lineNumber,
        position.column,
      );
      return {
        suggestions: answer.items.map((item) => ({
          label: item.label,
          kind: kinds[item.kind],
          insertText: item.insertText,
          insertTextRules: item.snippet
            ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet
            : undefined,
          detail: item.detail,
          documentation: item.documentation ? { value: item.documentation } : undefined,
          sortText: item.sortText,
          range,
        })),
      };
    },
  });

  monaco.languages.registerHoverProvider(VTL_LANGUAGE_ID, {
    provideHover(model, position) {
      const line = model.getLineContent(position.lineNumber);
      const found = referenceAt(line, position.column - 1);
      if (!found) return null;
      const symbol = findSymbol(vtlRoots(), found.path);
      const sample = sampleByModel.get(model.uri.toString()) ?? EMPTY_SAMPLE;
      let contents: string | undefined;
      if (symbol) {
        const name = `$${found.path.join('.')}`;
        const signature = symbol.signature && symbol.signature !== name ? ` — \`${symbol.signature}\`` : '';
        contents = [`**${name}**${signature}`, symbol.doc].join('\n\n');
      } else if (found.path.length === 2 && found.path[0] === 'stageVariables') {
        contents = sample.stageVariables.includes(found.path[1])
          ? `**$stageVariables.${found.path[1]}** — a stage variable of the sample request.`
          : `**$stageVariables.${found.path[1]}** — not a stage variable of the sample request: renders empty.`;
      }
      if (!contents) return null;
      return {
        range: new monaco.Range(position.lineNumber, found.start + 1, position.lineNumber, found.end + 1),
        contents: [{ value: contents }],
      };
    },
  });
}
