import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  label: string;
  /** Current width of the pane this splitter resizes, in pixels. */
  value: number;
  min: number;
  max: number;
  /** +1 when dragging right widens the pane (a left pane), −1 when it narrows it (a right pane). */
  direction: 1 | -1;
  onChange(px: number): void;
}

const STEP = 16;

/**
 * A vertical window splitter (WAI-ARIA separator): drag with the pointer, or focus it and use
 * ←/→ (Shift for bigger steps), Home/End for the limits.
 */
export function Splitter({ label, value, min, max, direction, onChange }: SplitterProps) {
  const drag = useRef<{ x: number; start: number } | undefined>(undefined);
  const clamp = (px: number) => Math.max(min, Math.min(max, px));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, start: value };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onChange(clamp(drag.current.start + direction * (event.clientX - drag.current.x)));
  };
  const onPointerUp = () => {
    drag.current = undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? STEP * 4 : STEP;
    const next =
      event.key === 'ArrowLeft'
        ? value - direction * step
        : event.key === 'ArrowRight'
          ? value + direction * step
          : event.key === 'Home'
            ? min
            : event.key === 'End'
              ? max
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
