import { useSyncExternalStore } from 'react';
import type { SlideTransition } from 'spectacle';

const QUERY = '(prefers-reduced-motion: reduce)';

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
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

/**
 * Slide change without motion, for prefers-reduced-motion: nothing moves or fades, so the springs
 * behind Spectacle's transitions have nothing to animate and the new slide is there at once.
 * framer-motion is handled by <MotionConfig reducedMotion="user"> in LectureDeck.
 */
export const NO_TRANSITION: SlideTransition = {
  from: { opacity: 1 },
  enter: { opacity: 1 },
  leave: { opacity: 1 },
};
