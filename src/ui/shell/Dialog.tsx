import { useId, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useLatest } from '../forms/memo';

/** What Tab can reach inside the dialog, in order (visible, enabled, not taken out of the tab order). */
function tabbables(root: HTMLElement): HTMLElement[] {
  const candidates = root.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]',
  );
  return [...candidates].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !(el instanceof HTMLInputElement && el.type === 'hidden') &&
      el.checkVisibility({ visibilityProperty: true }),
  );
}

/**
 * A modal <dialog> with an accessible name (its title), rendered only while open. The page behind
 * is inert; Tab and Shift+Tab wrap around inside the dialog rather than leaving it for the browser's
 * own controls; Escape closes it (the `cancel` event, or the `close` Chrome fires instead when the
 * page had no user activation yet); and when it closes, focus goes back to the control that had it
 * when the dialog opened (the button that opened it), unless the closing action moved focus
 * elsewhere itself. An element with `data-autofocus` gets the first focus, else the browser's
 * choice (the first focusable element).
 */
export function Dialog({
  title,
  onClose,
  children,
  className,
}: {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const latestOnClose = useLatest(onClose);

  // A layout effect: its cleanup runs while the <dialog> is still in the page, so it can be closed
  // (leaving the top layer) before focus moves back; a removed open dialog drops focus on <body>.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    let closingHere = false;
    const onNativeClose = () => {
      if (!closingHere) latestOnClose.current();
    };
    dialog.addEventListener('close', onNativeClose);
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.removeEventListener('close', onNativeClose);
      const now = document.activeElement;
      const focusWasInside = !now || now === document.body || dialog.contains(now);
      closingHere = true;
      if (dialog.open) dialog.close();
      if (focusWasInside && opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [latestOnClose]);

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const dialog = event.currentTarget;
    const order = tabbables(dialog);
    if (order.length === 0) {
      event.preventDefault();
      return;
    }
    const first = order[0];
    const last = order[order.length - 1];
    const now = document.activeElement;
    if (event.shiftKey && (now === first || now === dialog)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && now === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={'dialog' + (className ? ' ' + className : '')}
      aria-labelledby={titleId}
      onKeyDown={trapTab}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
