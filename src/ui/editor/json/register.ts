import type * as Monaco from 'monaco-editor/editor';
import { format } from 'jsonc-parser';

/**
 * JSON for sample bodies, Lambda results and read-only CloudFormation: a Monarch grammar, brackets,
 * and formatting through jsonc-parser. Monaco's own JSON service is left out on purpose: its lazy
 * module pulls in every editor contribution after the editor services started (they then fail with
 * "depends on UNKNOWN service"), and it adds a worker; validation comes from ./jsonText instead.
 */
const jsonMonarch: Monaco.languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.json',
  tokenizer: {
    root: [
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'string.key'],
      [/"/, 'string.value', '@string'],
      [/-?\d+(\.\d+)?([eE][-+]?\d+)?/, 'number'],
      [/\b(true|false)\b/, 'keyword'],
      [/\bnull\b/, 'keyword'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
      [/\s+/, ''],
      [/./, 'invalid'],
    ],
    string: [
      [/[^"\\]+/, 'string.value'],
      [/\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/, 'string.escape'],
      [/\\./, 'string.escape.invalid'],
      [/"/, 'string.value', '@pop'],
    ],
  },
};

let registered = false;

export function registerJson(monaco: typeof Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.register({
    id: 'json',
    extensions: ['.json'],
    aliases: ['JSON'],
    mimetypes: ['application/json'],
  });
  monaco.languages.setMonarchTokensProvider('json', jsonMonarch);
  monaco.languages.setLanguageConfiguration('json', {
    brackets: [
      ['{', '}'],
      ['[', ']'],
    ],
    autoClosingPairs: [
      { open: '{', close: '}', notIn: ['string'] },
      { open: '[', close: ']', notIn: ['string'] },
      { open: '"', close: '"', notIn: ['string'] },
    ],
    surroundingPairs: [
      { open: '{', close: '}' },
      { open: '[', close: ']' },
      { open: '"', close: '"' },
    ],
  });
  monaco.languages.registerDocumentFormattingEditProvider('json', {
    provideDocumentFormattingEdits(model, options) {
      const text = model.getValue();
      return format(text, undefined, {
        tabSize: options.tabSize,
        insertSpaces: options.insertSpaces,
        eol: '\n',
      }).map((edit) => {
        const start = model.getPositionAt(edit.offset);
        const end = model.getPositionAt(edit.offset + edit.length);
        return {
          range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
          text: edit.content,
        };
      });
    },
  });
}
