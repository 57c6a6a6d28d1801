/** JSON editing (sample bodies, Lambda results, $context overrides). Lazy; use JsonEditor from ./index. */
import Editor, { type EditorProps } from '@monaco-editor/react';
import { useCallback, useEffect, useMemo } from 'react';
import { useLatest } from '../forms/memo';
import { monaco } from './monaco/setup';
import { jsonProblems } from './json/jsonText';
import { monacoTheme, useColorScheme } from './theme';
import type { JsonEditorProps } from './types';

type EditorOptions = NonNullable<EditorProps['options']>;

type Model = NonNullable<ReturnType<typeof monaco.editor.getModel>>;

/** Marks JSON syntax problems in the model; returns how many there are. */
function markJson(model: Model, language: string): number {
  const problems = language === 'json' ? jsonProblems(model.getValue()) : [];
  monaco.editor.setModelMarkers(
    model,
    'json',
    problems.map((p) => ({
      severity: monaco.MarkerSeverity.Error,
      message: p.message,
      startLineNumber: p.line,
      startColumn: p.column,
      endLineNumber: p.endLine,
      endColumn: p.endColumn,
    })),
  );
  return problems.length;
}

export default function MonacoJsonEditor({
  value,
  onChange,
  ariaLabel,
  modelPath,
  language = 'json',
  height = 160,
  onProblems,
  placeholder,
}: JsonEditorProps) {
  const scheme = useColorScheme();
  const uri = `inmemory://json${modelPath.startsWith('/') ? '' : '/'}${modelPath}`;
  useEffect(() => {
    const model = monaco.editor.getModel(monaco.Uri.parse(uri));
    if (model) onProblems?.(markJson(model, language));
  }, [uri, value, language, onProblems]);
  // Stable props: @monaco-editor/react calls updateOptions / re-subscribes whenever these change.
  const options = useMemo(
    (): EditorOptions => ({
      ariaLabel,
      minimap: { enabled: false },
      fontSize: 13,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      automaticLayout: true,
      tabSize: 2,
      autoClosingOvertype: 'always',
      placeholder,
      fixedOverflowWidgets: true,
      // Not wordBasedSuggestions: standalone Monaco stores that option globally, for every editor.
      folding: true,
    }),
    [ariaLabel, placeholder],
  );
  const latest = useLatest(onChange);
  const handleChange = useCallback((next: string | undefined) => latest.current(next ?? ''), [latest]);
  return (
    <Editor
      path={uri}
      language={language}
      value={value}
      theme={monacoTheme(scheme)}
      height={height}
      loading={<div className="editor-loading">Loading editor…</div>}
      onChange={handleChange}
      onMount={(editor) => {
        const model = editor.getModel();
        if (model) onProblems?.(markJson(model, language));
      }}
      options={options}
    />
  );
}
