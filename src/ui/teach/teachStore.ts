/**
 * UI state of the teaching panes only (which dialog is open, the linked field, the verify inputs,
 * the last suite run). The design itself stays in the app's store; this never holds design data
 * that is not also there.
 */
import { create } from 'zustand';
import type { Design } from '../../core';

export type TeachTab = 'lifecycle' | 'suite' | 'verify';

export interface VerifyInputs {
  restApiId: string;
  resourceId: string;
  region: string;
  pasted: string;
}

export interface TeachState {
  galleryOpen: boolean;
  advisorOpen: boolean;
  /** The scenario the design was loaded from, while its card is shown. */
  scenarioId?: string;
  /** Whether the scenario's "fix it" edits were applied. */
  scenarioFixed: boolean;
  /** The design the advisor compares with for "a new deployment" (as opened). */
  baseline?: Design;
  /** JSON pointer of the focused form field, highlighted in the output. */
  linkedPath?: string;
  tab: TeachTab;
  verify: VerifyInputs;
  setGalleryOpen(open: boolean): void;
  setAdvisorOpen(open: boolean): void;
  openedScenario(id: string | undefined, design: Design): void;
  setScenarioFixed(fixed: boolean): void;
  setLinkedPath(path: string | undefined): void;
  setTab(tab: TeachTab): void;
  setVerify(inputs: Partial<VerifyInputs>): void;
}

export const useTeachStore = create<TeachState>()((set) => ({
  galleryOpen: false,
  advisorOpen: false,
  scenarioId: undefined,
  scenarioFixed: false,
  baseline: undefined,
  linkedPath: undefined,
  tab: 'lifecycle',
  verify: { restApiId: '', resourceId: '', region: '', pasted: '' },
  setGalleryOpen: (galleryOpen) => set({ galleryOpen }),
  setAdvisorOpen: (advisorOpen) => set({ advisorOpen }),
  openedScenario: (scenarioId, baseline) => set({ scenarioId, baseline, scenarioFixed: false }),
  setScenarioFixed: (scenarioFixed) => set({ scenarioFixed }),
  setLinkedPath: (linkedPath) => set({ linkedPath }),
  setTab: (tab) => set({ tab }),
  setVerify: (inputs) => set((s) => ({ verify: { ...s.verify, ...inputs } })),
}));

/** localStorage key: the gallery was shown (or dismissed) once, so it does not open by itself again. */
export const GALLERY_SEEN_KEY = 'integration-studio:gallery-seen';

export function gallerySeen(): boolean {
  try {
    return window.localStorage.getItem(GALLERY_SEEN_KEY) !== null;
  } catch {
    return true; // no storage: do not pester on every visit
  }
}

export function markGallerySeen(): void {
  try {
    window.localStorage.setItem(GALLERY_SEEN_KEY, '1');
  } catch {
    // A preference only.
  }
}
