import { useSyncExternalStore } from 'react';

export type ColorScheme = 'light' | 'dark';

/** One query object for the page: creating one per read cost ~0.5 ms per keystroke (every render). */
let darkQuery: MediaQueryList | undefined;
const prefersDark = () => (darkQuery ??= window.matchMedia('(prefers-color-scheme: dark)'));

/**
 * The colour scheme the page shows: an explicit `data-theme="light|dark"` on <html> (set by the
 * shell when the user picks one) wins, else the system preference.
 */
function current(): ColorScheme {
  const explicit = document.documentElement.dataset.theme;
  if (explicit === 'light' || explicit === 'dark') return explicit;
  return prefersDark().matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const media = prefersDark();
  media.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}

export function monacoTheme(scheme: ColorScheme): string {
  return scheme === 'dark' ? 'vs-dark' : 'vs';
}
