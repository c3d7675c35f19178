import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let made: { from: typeof window.matchMedia; list: MediaQueryList } | null = null;

/** The query's list, made once per matchMedia: calling it in every render costs a key press's frame time. */
function media(): MediaQueryList | null {
  if (typeof window === 'undefined' || !window.matchMedia) return null;
  if (made?.from !== window.matchMedia) made = { from: window.matchMedia, list: window.matchMedia(QUERY) };
  return made.list;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener?.('change', onChange);
  return () => list?.removeEventListener?.('change', onChange);
}

/** true when the user asked the system for reduced motion. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false, () => false);
}
