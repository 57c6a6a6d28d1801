import { useEffect } from 'react';
import { useAppStore } from '../state/store';
import { isTextEntry } from './focus';
import { Notices } from './shell/Notices';
import { RecoveryScreen } from './shell/RecoveryScreen';
import { Shell } from './shell/Shell';
import { saveDesignFile } from './shell/Header';
import './styles/global.css';

/** Applies the theme choice: "system" follows prefers-color-scheme through `color-scheme: light dark`. */
function useTheme(): void {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}

/** Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo (outside text entry, which keeps its own undo), Ctrl/Cmd+S save. */
function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 's') {
        event.preventDefault();
        saveDesignFile();
        return;
      }
      if (isTextEntry(event.target)) return;
      const state = useAppStore.getState();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        state.undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        state.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function App() {
  const recovery = useAppStore((s) => s.recovery);
  useTheme();
  useShortcuts();
  if (recovery) {
    return (
      <>
        <RecoveryScreen />
        <Notices />
      </>
    );
  }
  return <Shell />;
}
