import { useCallback, useState } from 'react';

/** The stored text under `key`, or null when there is none or no storage may be used (private mode). */
function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // A browser without storage (private mode) keeps the choice for this visit only.
  }
}

/**
 * A choice remembered in the browser (localStorage): `parse` turns the stored text (null when
 * nothing is stored) into the value, `String(value)` is what is stored.
 */
export function useStoredPreference<T extends string | number | boolean>(key: string, parse: (raw: string | null) => T): [T, (next: T) => void] {
  const [value, setValue] = useState(() => parse(readStored(key)));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writeStored(key, String(next));
    },
    [key],
  );
  return [value, set];
}

/** A number remembered in the browser (notes size, lecture length), clamped into its range. */
export function useStoredNumber(key: string, initial: number, min: number, max: number): [number, (next: number) => void] {
  const [value, set] = useStoredPreference(key, (raw) => {
    const parsed = raw === null ? Number.NaN : Number(raw);
    return Number.isFinite(parsed) ? Math.min(max, Math.max(min, parsed)) : initial;
  });
  const setClamped = useCallback(
    (next: number) => {
      if (Number.isFinite(next)) set(Math.min(max, Math.max(min, next)));
    },
    [set, min, max],
  );
  return [value, setClamped];
}
