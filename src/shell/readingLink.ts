/**
 * The reading view's address: `?view=read` (or automatic on a narrow portrait screen: src/shell/modes.ts), and where
 * in the lecture it opens: `#folie-12` (slide 12, counted from 1, as "Folie 12 von 38" on the
 * slides) or the slide view's own `?slideIndex=11&stepIndex=2`. Pure functions, no DOM.
 */

/** The id of slide `slideIndex` (0-based) in the reading view: "folie-1" for the first. */
export function slideAnchor(slideIndex: number): string {
  return `folie-${slideIndex + 1}`;
}

export interface ReadingTarget {
  readonly slideIndex: number;
  readonly stepIndex: number;
}

const ANCHOR = /^#folie-(\d{1,4})$/;

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Where the reading view opens, or null for its top: the hash `#folie-N` first (it follows the
 * reader's scrolling), else `slideIndex`/`stepIndex` from the query. Out-of-range slides land on
 * the nearest one, steps past the slide's last on its last; anything that is not a number is no target.
 */
export function readingTarget(search: string, hash: string, stepsOf: readonly number[]): ReadingTarget | null {
  const last = stepsOf.length - 1;
  if (last < 0) return null;
  const anchor = ANCHOR.exec(hash);
  if (anchor) return { slideIndex: clamp(Number(anchor[1]) - 1, 0, last), stepIndex: 0 };
  const params = new URLSearchParams(search);
  const rawSlide = params.get('slideIndex');
  if (rawSlide === null || rawSlide.trim() === '' || !Number.isFinite(Number(rawSlide))) return null;
  const slideIndex = clamp(Math.trunc(Number(rawSlide)), 0, last);
  const rawStep = Number(params.get('stepIndex') ?? 0);
  const stepIndex = Number.isFinite(rawStep) ? clamp(Math.trunc(rawStep), 0, stepsOf[slideIndex]) : 0;
  return { slideIndex, stepIndex };
}

/**
 * The address the reading view writes while the reader scrolls: its own query without
 * slideIndex/stepIndex (the hash says where), and `#folie-N`.
 */
export function readingLocation(search: string, slideIndex: number): string {
  const params = new URLSearchParams(search);
  params.delete('slideIndex');
  params.delete('stepIndex');
  const query = params.toString();
  return `${query ? `?${query}` : ''}#${slideAnchor(slideIndex)}`;
}

/** The slide view at a slide: `?view=slides&slideIndex=N&stepIndex=M` (view=slides keeps a phone from switching back). */
export function slidesHref(slideIndex: number, stepIndex = 0): string {
  return `?view=slides&slideIndex=${slideIndex}&stepIndex=${stepIndex}`;
}

/** The reading view at a slide: `?view=read#folie-N`. */
export function readingHref(slideIndex: number): string {
  return `?view=read#${slideAnchor(slideIndex)}`;
}
