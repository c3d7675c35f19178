import { useCallback, useState, useSyncExternalStore } from 'react';
import { clampToRange } from '../components/ParamSlider';
import { sharedStore } from './sharedStore';

/**
 * State of a live demo on a slide, addressed by a deck-wide key such as "whatIf.embedding".
 * All copies of the slide (presenter view, preview, audience window) share it; values must be
 * plain data (numbers, strings, arrays, objects) so they can travel between windows.
 */
export function useSharedState<T>(key: string, initial: T): [T, (next: T) => void] {
  // The first initial value is kept, so the snapshot is stable while the store has no value yet.
  const [fallback] = useState(initial);
  const getSnapshot = useCallback(
    () => (sharedStore.has(key) ? (sharedStore.get(key) as T) : fallback),
    [key, fallback],
  );
  const value = useSyncExternalStore(sharedStore.subscribe, getSnapshot, getSnapshot);
  const setValue = useCallback((next: T) => sharedStore.set(key, next), [key]);
  return [value, setValue];
}

/** A slider's range and its value before anyone moves it. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly initial: number;
}

/**
 * The shared value of one slider, always inside its range: whatever arrives from another window or
 * an old session (out of range, NaN, not a number) is clamped, or replaced by the initial value.
 */
export function useSliderState(key: string, range: SliderRange): [number, (next: number) => void] {
  const [raw, set] = useSharedState<number>(key, range.initial);
  return [clampToRange(Number(raw), range.min, range.max, range.initial), set];
}
