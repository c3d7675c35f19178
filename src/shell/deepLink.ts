/**
 * Deep links: `?slideIndex=N&stepIndex=M` (the format Spectacle set). Spectacle throws on a non-numeric
 * index and shows an empty deck for one out of range, so every link is normalised before the deck
 * starts: an invalid or out-of-range link lands on the nearest valid slide, without an error.
 */

import { parseModes } from './modes';

/** Parses an index the way a person means it: "3" -> 3, "-2" -> -2, "abc" -> null. */
function parseIndex(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) return null;
  return Math.trunc(value);
}

/**
 * Returns the normalised query string (with a leading "?", or "" when nothing is left):
 * slideIndex clamped to [0, slideCount - 1], stepIndex to [0, 999] (Spectacle shows the last step
 * for larger values), the mode's flag kept (only the one that wins, as "true"), `view` only as "read" or "slides",
 * everything else dropped.
 */
export function normalizeDeckQuery(search: string, slideCount: number, stepsOf?: (slideIndex: number) => number): string {
  const input = new URLSearchParams(search);
  const output = new URLSearchParams();
  // One mode at most (src/shell/modes.ts): Spectacle, which would pick presenterMode first, agrees.
  const { modeFlag } = parseModes(search);
  if (modeFlag !== null) output.set(modeFlag, 'true');
  // The view chosen by the reader (src/shell/readingLink.ts): a phone keeps the slides it asked for.
  const view = input.get('view');
  if (view === 'read' || view === 'slides') output.set('view', view);
  const slide = parseIndex(input.get('slideIndex'));
  const step = parseIndex(input.get('stepIndex'));
  if (input.has('slideIndex') || input.has('stepIndex')) {
    const lastSlide = Math.max(slideCount - 1, 0);
    const slideIndex = Math.min(Math.max(slide ?? 0, 0), lastSlide);
    // A slide that was out of range starts at its first step; otherwise keep the step, clamped.
    const slideWasValid = slide !== null && slide === slideIndex;
    // With the manifest's step counts, a step past the last lands on the last one.
    const lastStep = stepsOf ? stepsOf(slideIndex) : 999;
    const stepIndex = slideWasValid ? Math.min(Math.max(step ?? 0, 0), lastStep) : 0;
    output.set('slideIndex', String(slideIndex));
    output.set('stepIndex', String(stepIndex));
  }
  const query = output.toString();
  return query ? `?${query}` : '';
}

/** Rewrites the current URL in place (no reload, no history entry) if it needs normalising. */
export function normalizeLocation(slideCount: number, stepsOf?: (slideIndex: number) => number): void {
  const normalized = normalizeDeckQuery(window.location.search, slideCount, stepsOf);
  if (normalized !== window.location.search) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${normalized}`);
  }
}

/** The slide a (normalised) query opens on: its slideIndex, or 0. */
export function initialSlideIndex(search: string, slideCount: number): number {
  const params = new URLSearchParams(normalizeDeckQuery(search, slideCount));
  return Number(params.get('slideIndex') ?? 0);
}
