/**
 * Moving focus to the control that edits a JSON pointer (see README: every control carries
 * `data-path`). The first focusable element with that exact `data-path` wins, else the first
 * focusable element inside it; an element marked `data-reveal` (the VTL editor host) is a target
 * as it is. When nothing has the pointer, the nearest parent pointer is tried. Closed <details>
 * around the target are opened, and the target receives a `studio:reveal` event with the template
 * position so an editor can move its cursor there.
 */
import { parentPointer } from '../state/pointer';

export interface RevealDetail {
  line?: number;
  column?: number;
}

export const REVEAL_EVENT = 'studio:reveal';

// Not the fields' "?" (.help-icon): it is focusable by click but is no control of the value.
const FOCUSABLE =
  'input, select, textarea, button:not(.help-icon), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

function isEnabled(el: HTMLElement): boolean {
  return !(el as HTMLInputElement).disabled;
}

export function findPathTarget(root: ParentNode, path: string): HTMLElement | undefined {
  for (let p: string | undefined = path; p !== undefined && p !== ''; p = parentPointer(p)) {
    for (const el of root.querySelectorAll<HTMLElement>(`[data-path="${CSS.escape(p)}"]`)) {
      if (el.matches(FOCUSABLE) && isEnabled(el)) return el;
      if (el.hasAttribute('data-reveal')) return el;
      const inner = [...el.querySelectorAll<HTMLElement>(FOCUSABLE)].find(isEnabled);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Focuses the control for `path`; returns whether one was found. */
export function focusPath(path: string, detail: RevealDetail = {}, root: ParentNode = document): boolean {
  // A template position goes to the VTL editor of that template when one is shown (the method
  // form's plain text box for the same template comes first in the page).
  const editor =
    detail.line !== undefined
      ? root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"][data-reveal]`)
      : null;
  const target = editor ?? findPathTarget(root, path);
  if (!target) return false;
  for (let el: HTMLElement | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement && !el.open) el.open = true;
  }
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  target.dispatchEvent(new CustomEvent<RevealDetail>(REVEAL_EVENT, { detail }));
  return true;
}

/** Whether keyboard shortcuts should be left to the focused element (text entry, Monaco). */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    );
  }
  return false;
}
