import { startTransition, useEffect, useState } from 'react';

/** How long typing must pause before heavy derived views (lifecycle, output links) catch up. */
export const SETTLE_MS = 180;

/**
 * `value` once it has stopped changing for `delayMs`: views that re-run heavy core work (the
 * whole simulation, a second printer, a synthesis with source map) follow the design when typing
 * pauses instead of on every keystroke. The catch-up render is a transition, so a keystroke
 * arriving meanwhile interrupts it. The first value is taken at once.
 */
export function useSettled<T>(value: T, delayMs: number = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
    // `settled` is read only to skip a timer when nothing changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, delayMs]);
  return settled;
}
