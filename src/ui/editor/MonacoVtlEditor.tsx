/** The Monaco part of the VTL editor. Loaded lazily (it pulls in Monaco); use VtlEditor from ./index. */
import Editor, { type EditorProps, type OnMount } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useLatest } from '../forms/memo';
import { monaco } from './monaco/setup';
import { diagnosticsToMarkers } from './markers';
import { monacoTheme, useColorScheme } from './theme';
import { VTL_LANGUAGE_ID } from './vtl/language';
import { setVtlSampleNames } from './vtl/register';
import type { RevealRequest, VtlEditorProps } from './types';

type EditorOptions = NonNullable<EditorProps['options']>;

type CodeEditor = Parameters<OnMount>[0];

/** Puts the cursor at a requested position and focuses the editor. */
function applyReveal(editor: CodeEditor, reveal: RevealRequest | undefined): void {
  if (!reveal) return;
  const position = { lineNumber: reveal.line ?? 1, column: reveal.column ?? 1 };
  editor.setPosition(position);
  editor.revealPositionInCenter(position);
  editor.focus();
}

export default function MonacoVtlEditor({
  value,
  onChange,
  diagnostics,
  sampleNames,
  ariaLabel,
  modelPath,
  reveal,
  onFocus,
  height = 260,
}: VtlEditorProps) {
  const editorRef = useRef<CodeEditor | null>(null);
  const scheme = useColorScheme();
  const uri = `inmemory://template${modelPath.startsWith('/') ? '' : '/'}${modelPath}`;

  // Sample names for completion and hover of this model.
  useEffect(() => {
    setVtlSampleNames(monaco.Uri.parse(uri).toString(), sampleNames);
    return () => setVtlSampleNames(monaco.Uri.parse(uri).toString(), undefined);
  }, [uri, sampleNames]);

  // The engine's diagnostics as markers, for the text they were computed for.
  useEffect(() => {
    const model = monaco.editor.getModel(monaco.Uri.parse(uri));
    if (!model) return;
    monaco.editor.setModelMarkers(model, 'vtl', diagnosticsToMarkers(diagnostics, model.getValue()));
  }, [uri, diagnostics, value]);

  // Put the cursor where a diagnostic points (Problems list, rendered-output messages).
  useEffect(() => {
    if (editorRef.current) applyReveal(editorRef.current, reveal);
  }, [reveal]);

  // Stable props: @monaco-editor/react calls updateOptions / re-subscribes whenever these change.
  const options = useMemo(
    (): EditorOptions => ({
      ariaLabel,
      minimap: { enabled: false },
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      automaticLayout: true,
      wordWrap: 'on',
      tabSize: 2,
      // The suggest widget opens after every `$`; overtyping any closing quote or bracket keeps
      // auto-closed pairs from leaving a stray `"` behind.
      autoClosingOvertype: 'always',
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      // Completion opens on the characters that start something VTL knows ($ . # ' " {) and on
      // Ctrl+Space, not on every letter: opening the widget (word suggestions from the worker,
      // refiltering, layout) on each letter cost several ms per keystroke (npm run bench -- ui).
      quickSuggestions: false,
      suggestOnTriggerCharacters: true,
      // Global in standalone Monaco (the configuration service); the default turns word completion
      // off whenever an inline-completion provider exists, and the suggest feature registers one.
      wordBasedSuggestions: 'currentDocument',
      accessibilitySupport: 'auto',
    }),
    [ariaLabel],
  );
  const latest = useLatest(onChange);
  const handleChange = useCallback((next: string | undefined) => latest.current(next ?? ''), [latest]);
  return (
    <Editor
      path={uri}
      language={VTL_LANGUAGE_ID}
      value={value}
      theme={monacoTheme(scheme)}
      height={height}
      loading={<div className="editor-loading">Loading editor…</div>}
      onChange={handleChange}
      onMount={(editor) => {
        editorRef.current = editor;
        editor.onDidFocusEditorText(() => onFocus?.());
        const model = editor.getModel();
        if (model)
          monaco.editor.setModelMarkers(model, 'vtl', diagnosticsToMarkers(diagnostics, model.getValue()));
        applyReveal(editor, reveal);
      }}
      options={options}
    />
  );
}
