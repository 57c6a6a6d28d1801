/**
 * Starting the app and the actions that reach outside the store: restore from localStorage or a
 * share link, autosave, open a file, accept or refuse a shared design, start fresh after unreadable
 * saved data. The store stays free of browser APIs; this module wires it to them.
 */
import type { Design } from '../core';
import { loadCoreOutputs } from './core';
import { exampleDesign } from './example';
import { summarizeWarnings } from './acceptDesign';
import {
  BACKUP_KEY,
  STORAGE_KEY,
  backUpUnreadable,
  debounced,
  readEnvelopeText,
  readSaved,
  writeSaved,
} from './persistence';
import type { SharedDesign } from './share';
import { isShareFragment } from './shareFormat';
import { OUTPUT_TABS, initialSelection, useAppStore, type AppState, type ThemeChoice } from './store';

export const PREFS_KEY = 'integration-studio:prefs';
const AUTOSAVE_MS = 400;

type Prefs = Pick<AppState, 'outputTab' | 'pathMetadata' | 'theme' | 'paneSizes'>;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function readPrefs(): Partial<Prefs> {
  try {
    const raw = storage()?.getItem(PREFS_KEY);
    const data: unknown = raw ? JSON.parse(raw) : {};
    if (typeof data !== 'object' || data === null) return {};
    const p = data as Record<string, unknown>;
    const prefs: Partial<Prefs> = {};
    // A tab this build does not have (saved by another version, or edited) is ignored.
    const tab = OUTPUT_TABS.find((t) => t.id === p.outputTab);
    if (tab) prefs.outputTab = tab.id;
    if (typeof p.pathMetadata === 'boolean') prefs.pathMetadata = p.pathMetadata;
    if (p.theme === 'light' || p.theme === 'dark' || p.theme === 'system')
      prefs.theme = p.theme as ThemeChoice;
    const sizes = p.paneSizes as Record<string, unknown> | undefined;
    if (sizes && typeof sizes.tree === 'number' && typeof sizes.output === 'number') {
      prefs.paneSizes = { tree: sizes.tree, output: sizes.output };
    }
    return prefs;
  } catch {
    return {};
  }
}

function sameDesign(a: Design, b: Design): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function clearFragment(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/** Loads a design as the starting point: no undo history, selection at its first method. */
function load(design: Design): void {
  useAppStore.setState({ design, history: { past: [], future: [] }, selection: initialSelection(design) });
}

/** Whether the current design is work the user would lose by opening another one. */
function hasOwnWork(): boolean {
  const { design } = useAppStore.getState();
  return !sameDesign(design, exampleDesign());
}

/**
 * A share fragment arrived (at start or later): open it, or ask first when it would replace work.
 * The fragment stays in the address until it is read (the gallery's first-visit check sees it).
 */
export async function openShareFragment(fragment: string): Promise<void> {
  let shared: SharedDesign;
  try {
    const { decodeDesignFragment } = await import('./share');
    shared = decodeDesignFragment(fragment);
  } catch {
    shared = { error: 'The link reader could not be loaded; reload the page to try again.', diagnostics: [] };
  }
  clearFragment();
  const state = useAppStore.getState();
  if (!shared.design) {
    state.notify('error', `The shared link could not be opened. ${shared.error}`);
    return;
  }
  const warnings = summarizeWarnings(shared.diagnostics);
  if (warnings) state.notify('error', `The shared design was read with ${warnings}`);
  if (sameDesign(shared.design, state.design)) return;
  if (hasOwnWork()) {
    useAppStore.setState({ pendingShare: shared.design });
  } else {
    load(shared.design);
    state.notify('info', 'Opened the shared design.');
  }
}

export function acceptPendingShare(): void {
  const { pendingShare, replaceDesign, notify } = useAppStore.getState();
  if (!pendingShare) return;
  replaceDesign(pendingShare); // undoable: the previous design is one Ctrl+Z away
  useAppStore.setState({ pendingShare: undefined });
  notify('info', 'Opened the shared design. Undo brings back your previous design.');
}

export function refusePendingShare(): void {
  useAppStore.setState({ pendingShare: undefined });
}

/** Another tab saved a different design: offer it, since this tab's next autosave would replace it. */
function onStorage(event: StorageEvent): void {
  if (event.key !== STORAGE_KEY || event.newValue === null) return;
  const read = readEnvelopeText(event.newValue);
  const state = useAppStore.getState();
  if (read.kind !== 'ok' || sameDesign(read.design, state.design) || state.recovery) return;
  useAppStore.setState({ pendingExternal: read.design });
}

export function acceptPendingExternal(): void {
  const { pendingExternal, replaceDesign } = useAppStore.getState();
  if (!pendingExternal) return;
  replaceDesign(pendingExternal);
  useAppStore.setState({ pendingExternal: undefined });
}

export function refusePendingExternal(): void {
  useAppStore.setState({ pendingExternal: undefined });
  saveNow(); // this tab's design is the one kept
}

/**
 * After unreadable saved data: keep a copy aside, then go on with the design already loaded (the
 * example, or a shared design that the link brought).
 */
export function startFresh(): void {
  const { recovery } = useAppStore.getState();
  const store = storage();
  if (recovery && store) backUpUnreadable(store, recovery.raw);
  useAppStore.setState({ recovery: undefined });
  saveNow();
}

/** Opens a design file's text (a design or an autosave envelope). */
export function openDesignText(text: string, fileName: string): void {
  const state = useAppStore.getState();
  const read = readEnvelopeText(text);
  if (read.kind !== 'ok') {
    state.notify(
      'error',
      `${fileName} could not be opened. ${read.kind === 'unreadable' ? read.reason : ''}`,
    );
    return;
  }
  state.replaceDesign(read.design);
  state.notify('info', `Opened ${fileName}. Undo brings back your previous design.`);
  const warnings = summarizeWarnings(read.diagnostics);
  if (warnings) state.notify('error', `${fileName} was read with ${warnings}`);
}

function saveNow(): void {
  const state = useAppStore.getState();
  const store = storage();
  // Never overwrite data the user has not rescued yet, nor another tab's design before they chose.
  if (state.recovery || state.pendingExternal || !store) return;
  const problem = writeSaved(store, state.design, new Date());
  if (problem) state.notify('error', problem);
}

const autosave = debounced(saveNow, AUTOSAVE_MS);

function savePrefs(state: AppState): void {
  try {
    const prefs: Prefs = {
      outputTab: state.outputTab,
      pathMetadata: state.pathMetadata,
      theme: state.theme,
      paneSizes: state.paneSizes,
    };
    storage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Preferences are a convenience; the design's own save reports storage problems.
  }
}

let started = false;

/** Restores the last session (or opens the link's design), then keeps localStorage up to date. */
export function startSession(): void {
  if (started) return;
  started = true;
  loadCoreOutputs().then(
    (coreOutputs) => useAppStore.setState({ coreOutputs, coreStatus: 'ready' }),
    (error: unknown) => {
      useAppStore.setState({ coreStatus: 'failed' });
      useAppStore
        .getState()
        .notify('error', `The code generator could not be loaded: ${String(error)}. Reload to try again.`);
    },
  );
  useAppStore.setState(readPrefs());
  const store = storage();
  const saved = store ? readSaved(store) : ({ kind: 'empty' } as const);
  if (saved.kind === 'ok') {
    load(saved.design);
    const warnings = summarizeWarnings(saved.diagnostics);
    if (warnings && store) {
      // Parts the parser left out would vanish with the next autosave: keep the original aside.
      backUpUnreadable(store, saved.raw);
      useAppStore
        .getState()
        .notify(
          'error',
          `Your saved design was read with ${warnings}. The original is kept in this browser's storage (${BACKUP_KEY}).`,
        );
    }
  } else if (saved.kind === 'unreadable')
    useAppStore.setState({ recovery: { raw: saved.raw, reason: saved.reason } });
  if (isShareFragment(location.hash)) void openShareFragment(location.hash);
  // Save what is shown now (the example on a first visit, a shared design), so a reload restores it.
  saveNow();

  useAppStore.subscribe((state, previous) => {
    if (state.design !== previous.design) autosave.schedule();
    if (
      state.outputTab !== previous.outputTab ||
      state.pathMetadata !== previous.pathMetadata ||
      state.theme !== previous.theme ||
      state.paneSizes !== previous.paneSizes
    ) {
      savePrefs(state);
    }
  });
  window.addEventListener('pagehide', () => autosave.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') autosave.flush();
  });
  window.addEventListener('storage', onStorage);
  window.addEventListener('hashchange', () => {
    if (isShareFragment(location.hash)) void openShareFragment(location.hash);
  });
}
