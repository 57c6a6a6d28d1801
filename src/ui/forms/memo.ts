import { memo, useLayoutEffect, useRef, type ComponentType, type RefObject } from 'react';

/**
 * Props equality for form fields: values by identity, arrays element by element (suggestion and
 * diagnostic lists are rebuilt on every render with the same elements), and functions always equal.
 * Typing in one field of a large form then re-renders that field only (the keystroke → output
 * latency in `npm run bench`).
 *
 * The rule that makes ignoring functions safe: a callback given to a memoized field must not capture
 * data that can change while the field's other props stay equal. Read the design, the current list
 * item or the current value through a ref (`useLatest`) or apply a functional update.
 */
export function fieldPropsEqual(prev: object, next: object): boolean {
  const a = prev as Record<string, unknown>;
  const b = next as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x === 'function' && typeof y === 'function') continue;
    if (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]))
      continue;
    return false;
  }
  return true;
}

/** A component memoized with fieldPropsEqual, keeping its (generic) type. */
export function memoField<C extends ComponentType<never>>(component: C): C {
  return memo(component as unknown as ComponentType<object>, fieldPropsEqual) as unknown as C;
}

/** A ref that always holds the latest committed value, for callbacks that outlive a render. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
