import { useRef, useState } from 'react';
import { designFileText } from '../../state/persistence';
import { openDesignText } from '../../state/session';
import { useAppStore, type ThemeChoice } from '../../state/store';
import { downloadText } from '../output/download';
import { ShareDialog } from './ShareDialog';
import { TeachButtons } from '../teach/TeachButtons';
import { ImportButton } from '../import/ImportButton';

const NEXT_THEME: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const THEME_LABEL: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
/** Designs are a few kB; a file much larger than this is not one of ours. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function saveDesignFile(): void {
  const { design } = useAppStore.getState();
  downloadText(`${design.stack.id || 'design'}.design.json`, designFileText(design), 'application/json');
}

/** The app bar: name, undo/redo, open/save, share, theme. */
export function Header() {
  const name = useAppStore((s) => s.design.api.restApiName ?? s.design.api.id);
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const undo = useAppStore((s) => s.undo);
  const redo = useAppStore((s) => s.redo);
  const theme = useAppStore((s) => s.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  const notify = useAppStore((s) => s.notify);
  const [sharing, setSharing] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      notify(
        'error',
        `${file.name} is too large to be a design (${(file.size / 1024 / 1024).toFixed(1)} MB).`,
      );
      return;
    }
    openDesignText(await file.text(), file.name);
  };

  return (
    <header className="app-header">
      <h1 className="app-title">
        Integration Studio <span className="design-name">{name}</span>
      </h1>
      <div className="header-actions" role="toolbar" aria-label="Design actions">
        <TeachButtons />
        <button
          type="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={`Undo (${mod}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          title={`Redo (${mod}Shift+Z)`}
        >
          Redo
        </button>
        <span className="header-sep" aria-hidden="true" />
        <button type="button" onClick={() => fileInput.current?.click()} title="Open a design JSON file">
          Open
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Design file to open"
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <ImportButton />
        <button type="button" onClick={saveDesignFile} title={`Save the design as a JSON file (${mod}S)`}>
          Save
        </button>
        <button type="button" className="primary" onClick={() => setSharing(true)}>
          Share
        </button>
        <span className="header-sep" aria-hidden="true" />
        <button
          type="button"
          onClick={() => setTheme(NEXT_THEME[theme])}
          aria-label={`Theme: ${THEME_LABEL[theme]} (switch to ${THEME_LABEL[NEXT_THEME[theme]]})`}
        >
          Theme: {THEME_LABEL[theme]}
        </button>
      </div>
      {sharing ? <ShareDialog onClose={() => setSharing(false)} /> : null}
    </header>
  );
}
