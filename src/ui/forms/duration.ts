import type { Duration } from '../../core/design/types';

export type DurationUnit = 'millis' | 'seconds' | 'minutes';

export const DURATION_UNITS: ReadonlyArray<{ unit: DurationUnit; label: string }> = [
  { unit: 'millis', label: 'ms' },
  { unit: 'seconds', label: 's' },
  { unit: 'minutes', label: 'min' },
];

/** The unit and amount of a design Duration (the unit the user chose stays the unit printed). */
export function durationParts(
  duration: Duration | undefined,
): { unit: DurationUnit; amount: number } | undefined {
  if (!duration || typeof duration !== 'object') return undefined;
  if ('millis' in duration) return { unit: 'millis', amount: duration.millis };
  if ('seconds' in duration) return { unit: 'seconds', amount: duration.seconds };
  if ('minutes' in duration) return { unit: 'minutes', amount: duration.minutes };
  return undefined;
}

export function makeDuration(unit: DurationUnit, amount: number): Duration {
  switch (unit) {
    case 'millis':
      return { millis: amount };
    case 'seconds':
      return { seconds: amount };
    case 'minutes':
      return { minutes: amount };
  }
}

/**
 * Reads the amount the user typed: empty means "not set"; anything that is not a finite decimal number
 * (e.g. "2." while typing, "1e3", "abc") is not accepted, so the field keeps the text without
 * writing it into the design.
 */
export function parseAmount(
  text: string,
): { kind: 'unset' } | { kind: 'number'; value: number } | { kind: 'invalid' } {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'unset' };
  if (!/^-?(\d+(\.\d+)?|\.\d+)$/.test(trimmed)) return { kind: 'invalid' };
  return { kind: 'number', value: Number(trimmed) };
}
