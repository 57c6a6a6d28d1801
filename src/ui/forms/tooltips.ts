/**
 * Keyboard access to the fields' doc tooltips, without a tab stop per "?": as in the WAI-ARIA
 * Authoring Practices tooltip pattern, a tooltip shows while the control it describes
 * (aria-describedby) has keyboard focus, and Escape hides it. Hover and a clicked "?" are CSS.
 * One set of document listeners serves every field.
 */

const OPEN = 'is-open';
const DISMISSED = 'is-dismissed';
let installed = false;
/** Whether the latest user input was the keyboard (focus from a click does not pop tooltips up). */
let keyboardInput = false;

function describedTooltips(el: Element): HTMLElement[] {
  const ids = el.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
  return ids
    .map((id) => (id ? document.getElementById(id) : null))
    .filter((t): t is HTMLElement => t !== null && t.classList.contains('help-tooltip'));
}

function closeAll(): void {
  for (const t of Array.from(document.querySelectorAll(`.help-tooltip.${OPEN}`))) t.classList.remove(OPEN);
}

function onFocusIn(e: FocusEvent): void {
  closeAll();
  for (const t of Array.from(document.querySelectorAll(`.help-tooltip.${DISMISSED}`))) {
    t.classList.remove(DISMISSED);
  }
  if (keyboardInput && e.target instanceof Element) {
    for (const t of describedTooltips(e.target)) t.classList.add(OPEN);
  }
}

function onKeyDown(e: KeyboardEvent): void {
  keyboardInput = true;
  if (e.key !== 'Escape') return;
  const shown = Array.from(document.querySelectorAll<HTMLElement>('.help-tooltip')).filter(
    (t) => !t.classList.contains(DISMISSED) && getComputedStyle(t).display !== 'none',
  );
  if (shown.length === 0) return;
  // The first Escape only hides the tooltip (it must not also close a dialog around the field).
  e.preventDefault();
  e.stopPropagation();
  for (const t of shown) {
    t.classList.remove(OPEN);
    t.classList.add(DISMISSED);
  }
}

function onPointerOver(e: PointerEvent): void {
  const help = e.target instanceof Element ? e.target.closest('.help') : null;
  if (!help || (e.relatedTarget instanceof Node && help.contains(e.relatedTarget))) return;
  help.querySelector('.help-tooltip')?.classList.remove(DISMISSED);
}

/** Installs the listeners once (idempotent; called by every Help). */
export function installTooltipKeyboard(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener('keydown', onKeyDown, true);
  document.addEventListener(
    'pointerdown',
    () => {
      keyboardInput = false;
    },
    true,
  );
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', closeAll);
  document.addEventListener('pointerover', onPointerOver);
}
