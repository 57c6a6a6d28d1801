/**
 * The one store of the app (zustand), in slices: the design with its undo history, the selection,
 * UI preferences, sample choices and the session (recovery, shared links, notices). Components read
 * single values with selectors and change things only through these actions; derived output
 * (generated code, diagnostics, renders) comes from memoized selectors in ./derived.
 */
import { create, type StateCreator } from 'zustand';
import type { Design } from '../core';
import type { CoreOutputs } from './core';
import { exampleDesign } from './example';
import { emptyHistory, record, redo, undo, type History } from './history';
import { getAt, setAt } from './pointer';
import type { SlowRender } from './offThread';

/** A node of the design tree, and so what the centre pane edits. */
export type TreeNode =
  | { kind: 'stack' }
  | { kind: 'api' }
  | { kind: 'resource'; path: string }
  | { kind: 'method'; index: number }
  | { kind: 'function'; index: number }
  | { kind: 'role'; index: number }
  | { kind: 'vpcLink'; index: number };

export const OUTPUT_TABS = [
  { id: 'cdk-typescript', label: 'CDK TypeScript' },
  { id: 'cdk-python', label: 'CDK Python' },
  { id: 'cdk-java', label: 'CDK Java' },
  { id: 'cdk-csharp', label: 'CDK C#' },
  { id: 'cdk-go', label: 'CDK Go' },
  { id: 'cloudformation-json', label: 'CloudFormation JSON' },
  { id: 'cloudformation-yaml', label: 'CloudFormation YAML' },
  { id: 'openapi-json', label: 'OpenAPI JSON' },
  { id: 'openapi-yaml', label: 'OpenAPI YAML' },
  { id: 'sam-yaml', label: 'SAM template' },
  { id: 'rendered', label: 'Rendered template' },
  { id: 'simulation', label: 'Simulation' },
  { id: 'lambda-event', label: 'Lambda event' },
] as const;
export type OutputTab = (typeof OUTPUT_TABS)[number]['id'];

export type ThemeChoice = 'system' | 'light' | 'dark';

/** Asks whichever control shows `path` (or the template editor, at line/column) to take focus. */
export interface FocusRequest {
  path: string;
  line?: number;
  column?: number;
  /** Increases with every request, so asking twice for the same place still moves focus. */
  seq: number;
}

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: string;
}

export interface DesignSlice {
  design: Design;
  history: History<Design>;
  /** Sets one value by JSON pointer; `undefined` removes it. Typing in one field coalesces into one undo step. */
  setAt(path: string, value: unknown): void;
  /**
   * Takes the whole next design from a props-driven form. Edits with the same `coalesceKey` (the
   * edited field's JSON pointer) in quick succession become one undo step.
   */
  editDesign(next: Design, coalesceKey?: string): void;
  /** Applies a whole-design edit (tree operations) as its own undo step. */
  updateDesign(edit: (design: Design) => Design): void;
  /** Replaces the design (open a file, a shared link, start fresh); undoable. */
  replaceDesign(design: Design): void;
  undo(): void;
  redo(): void;
}

export interface SelectionSlice {
  selection: TreeNode;
  select(node: TreeNode): void;
  /** JSON pointer of the template the editor shows; the "Rendered template" tab renders it. */
  templatePath?: string;
  setTemplatePath(path: string | undefined): void;
  focusRequest?: FocusRequest;
  requestFocus(target: { path: string; line?: number; column?: number }): void;
}

export interface PrefsSlice {
  outputTab: OutputTab;
  pathMetadata: boolean;
  theme: ThemeChoice;
  /** Widths in pixels of the tree and the output pane; the centre takes the rest. */
  paneSizes: { tree: number; output: number };
  setOutputTab(tab: OutputTab): void;
  setPathMetadata(on: boolean): void;
  setTheme(theme: ThemeChoice): void;
  setPaneSize(pane: 'tree' | 'output', px: number): void;
}

export interface SamplesSlice {
  /** The chosen sample's name per method ("GET /pets/{petId}" → "found"). */
  selectedSample: Record<string, string>;
  selectSample(method: string, name: string): void;
}

export interface SessionSlice {
  /** The core's output functions once their chunk has loaded; `coreStatus` says where loading is. */
  coreOutputs: CoreOutputs;
  coreStatus: 'loading' | 'ready' | 'failed';
  /** Saved data that could not be read: shown with "download" and "start fresh". */
  recovery?: { raw: string; reason: string };
  /** A shared design waiting for "Open this shared design?". */
  pendingShare?: Design;
  /** The design another tab of this browser saved, waiting for "Load it or keep this one?". */
  pendingExternal?: Design;
  /** The last template too slow to render on the page's thread, rendered in a worker (./offThread). */
  slowRender?: SlowRender;
  notices: Notice[];
  notify(kind: Notice['kind'], text: string): void;
  dismissNotice(id: number): void;
}

export type AppState = DesignSlice & SelectionSlice & PrefsSlice & SamplesSlice & SessionSlice;

/** Keeps the selection pointing at something that exists after an edit. */
export function clampSelection(selection: TreeNode, design: Design): TreeNode {
  const fallback: TreeNode = design.methods.length > 0 ? { kind: 'method', index: 0 } : { kind: 'api' };
  switch (selection.kind) {
    case 'method':
      return selection.index < design.methods.length
        ? selection
        : design.methods.length > 0
          ? { kind: 'method', index: design.methods.length - 1 }
          : { kind: 'api' };
    case 'function':
      return selection.index < design.functions.length ? selection : fallback;
    case 'role':
      return selection.index < (design.roles?.length ?? 0) ? selection : fallback;
    case 'vpcLink':
      return selection.index < (design.vpcLinks?.length ?? 0) ? selection : fallback;
    case 'resource':
      return selection.path === '/' || design.methods.some((m) => m.path.startsWith(selection.path))
        ? selection
        : fallback;
    default:
      return selection;
  }
}

export function initialSelection(design: Design): TreeNode {
  return design.methods.length > 0 ? { kind: 'method', index: 0 } : { kind: 'api' };
}

function commit(state: AppState, design: Design, key: string | undefined): Partial<AppState> {
  if (design === state.design) return {};
  const selection = clampSelection(state.selection, design);
  const templatePath =
    state.templatePath !== undefined && typeof getAt(design, state.templatePath) === 'string'
      ? state.templatePath
      : undefined;
  return {
    design,
    history: record(state.history, state.design, key, Date.now()),
    selection,
    templatePath,
  };
}

const designSlice: StateCreator<AppState, [], [], DesignSlice> = (set) => ({
  design: exampleDesign(),
  history: emptyHistory(),
  setAt: (path, value) => set((s) => commit(s, setAt(s.design, path, value), path)),
  editDesign: (next, coalesceKey) => set((s) => commit(s, next, coalesceKey)),
  updateDesign: (edit) => set((s) => commit(s, edit(s.design), undefined)),
  replaceDesign: (design) =>
    set((s) => ({ ...commit(s, design, undefined), selection: initialSelection(design) })),
  undo: () =>
    set((s) => {
      const step = undo(s.history, s.design);
      return step
        ? { design: step.value, history: step.history, selection: clampSelection(s.selection, step.value) }
        : {};
    }),
  redo: () =>
    set((s) => {
      const step = redo(s.history, s.design);
      return step
        ? { design: step.value, history: step.history, selection: clampSelection(s.selection, step.value) }
        : {};
    }),
});

let focusSeq = 0;
const selectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: { kind: 'method', index: 0 },
  select: (node) => set({ selection: node }),
  templatePath: undefined,
  setTemplatePath: (path) => set({ templatePath: path }),
  focusRequest: undefined,
  requestFocus: (target) => set({ focusRequest: { ...target, seq: ++focusSeq } }),
});

const prefsSlice: StateCreator<AppState, [], [], PrefsSlice> = (set) => ({
  outputTab: 'cdk-typescript',
  pathMetadata: true,
  theme: 'system',
  paneSizes: { tree: 264, output: 470 },
  setOutputTab: (outputTab) => set({ outputTab }),
  setPathMetadata: (pathMetadata) => set({ pathMetadata }),
  setTheme: (theme) => set({ theme }),
  setPaneSize: (pane, px) => set((s) => ({ paneSizes: { ...s.paneSizes, [pane]: Math.round(px) } })),
});

const samplesSlice: StateCreator<AppState, [], [], SamplesSlice> = (set) => ({
  selectedSample: {},
  selectSample: (method, name) => set((s) => ({ selectedSample: { ...s.selectedSample, [method]: name } })),
});

let noticeSeq = 0;
const sessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  coreOutputs: {},
  coreStatus: 'loading',
  recovery: undefined,
  pendingShare: undefined,
  pendingExternal: undefined,
  slowRender: undefined,
  notices: [],
  notify: (kind, text) =>
    set((s) => ({ notices: [...s.notices.slice(-3), { id: ++noticeSeq, kind, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

export const useAppStore = create<AppState>()((...a) => ({
  ...designSlice(...a),
  ...selectionSlice(...a),
  ...prefsSlice(...a),
  ...samplesSlice(...a),
  ...sessionSlice(...a),
}));
