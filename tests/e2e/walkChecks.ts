/**
 * Checks over a recorded walk of the deck, shared by the Chromium walk (tests/e2e/walk.e2e.test.ts)
 * and the Firefox and WebKit walk (tests/engines/walk.engines.test.ts): what each view showed is
 * recorded in the page by the same probes (deckProbes.ts); these read the record.
 */
import { expect } from 'vitest';
import { SECTIONS } from '../../slides/sections';
import { SLIDES } from '../../slides';

export const TITLE = 'Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren';

/** A number that did not compute. */
export const BROKEN = /NaN|Infinity|undefined/;

/** Slides whose outline section has a formula: each must show rendered KaTeX. */
const MATH_SLIDE_TITLES = SECTIONS.filter((s) => [3, 4, 5, 6, 7].includes(s.number)).map((s) => s.title);

/** Slides that replace their content click by click: the view (data-view) of each step. */
const VIEWS: Record<string, readonly string[]> = {
  'self-attention': ['embeddings', 'query', 'keys-values'],
  'self-attention-gewichte': ['scores', 'softmax', 'context'],
};

/** What every walk records at a view. */
export type WalkVisit = {
  slideIndex: number;
  stepIndex: number;
  title: string;
  katex: number;
  text: string;
  view: string;
  appeared: number;
  overflow: string[];
};

export const where = (v: WalkVisit) => `slide ${v.slideIndex} (${SLIDES[v.slideIndex]?.id}) step ${v.stepIndex}`;

/** Every view of the manifest, in order, with its slide's title. */
export function expectManifestOrder(visits: readonly WalkVisit[]): void {
  const expected = SLIDES.flatMap((meta, slideIndex) => Array.from({ length: meta.steps + 1 }, (_, stepIndex) => ({ slideIndex, stepIndex, title: meta.title })));
  expect(visits.map(({ slideIndex, stepIndex, title }) => ({ slideIndex, stepIndex, title }))).toEqual(expected);
}

export function expectFormulasOnMathSlides(visits: readonly WalkVisit[]): void {
  for (const title of MATH_SLIDE_TITLES) {
    expect(Math.max(...visits.filter((v) => v.title === title).map((v) => v.katex)), title).toBeGreaterThan(0);
  }
}

/** Nothing sticks out of 1366×768 and no number is broken, at any view. */
export function expectFitAndNumbers(visits: readonly WalkVisit[]): void {
  const problems = visits.flatMap((v) => [...v.overflow.map((o) => `${where(v)}: ${o}`), ...(BROKEN.test(v.text) ? [`${where(v)}: ${v.text.match(BROKEN)?.[0]}`] : [])]);
  expect(problems).toEqual([]);
}

/** Each click shows something new, and the replacing slides show their views in order. */
export function expectSomethingNewAtEveryClick(visits: readonly WalkVisit[]): void {
  for (const [slideIndex, meta] of SLIDES.entries()) {
    const steps = visits.filter((v) => v.slideIndex === slideIndex);
    expect(new Set(steps.map((v) => `${v.appeared} ${v.view} ${v.text}`)).size, meta.id).toBe(meta.steps + 1);
    if (VIEWS[meta.id]) expect(steps.map((v) => v.view), meta.id).toEqual(VIEWS[meta.id]);
  }
}
