import type { ReactNode } from 'react';

/**
 * Stands in for kbar, the command palette (Ctrl+K) that Spectacle builds in. The deck has its own
 * keys and a help overlay (?), so the palette and its search engine stay out of the bundle.
 * Wired up by an alias in vite.config.ts.
 */
export function KBarProvider({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

function Nothing() {
  return null;
}

export const KBarPortal = Nothing;
export const KBarPositioner = Nothing;
export const KBarAnimator = Nothing;
export const KBarSearch = Nothing;
export const KBarResults = Nothing;

export function useRegisterActions(): void {}

export function useMatches(): { results: never[] } {
  return { results: [] };
}
