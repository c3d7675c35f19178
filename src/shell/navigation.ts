/**
 * The deck's navigation core, on the slide manifest: the view (slide and step), next, previous and
 * go-to, and the URL. Pure TypeScript; the window's history is passed in (src/shell/windowDeck.ts),
 * so the core is tested without a browser. It is the one source of the view in the slide view and
 * the presenter view: the stage renders it, and every feature reads and moves it through DeckApi.
 *
 * - A slide with `steps` declared clicks shows the views 0 … steps.
 * - next: one step on, past the last step to the next slide's first view; nothing after the end.
 * - previous: one step back, before the first step to the previous slide's last view; nothing
 *   before the start.
 * - goTo: any view, clamped to the deck (slide to 0 … N−1, step to 0 … that slide's steps).
 * - The URL: `?slideIndex=N&stepIndex=M` beside the other parameters, keys sorted (the format the
 *   deck has always written). Starting replaces the history entry with the normalised link; each
 *   move pushes one entry; Back and Forward (followLocation) move the deck without a new entry.
 */
import type { DeckView } from './deckApi';
import { normalizeDeckQuery } from './deepLink';
import { createSignal } from './signal';

/** Where the core writes the URL's query (the window's history, or a test's record). */
export interface NavigationHistory {
  replace(search: string): void;
  push(search: string): void;
}

export interface DeckNavigation {
  readonly slideCount: number;
  /** The view on screen (the same object until it changes). */
  get(): DeckView;
  subscribe(listener: () => void): () => void;
  next(): void;
  previous(): void;
  goTo(view: DeckView): void;
  /** The URL changed under the deck (Back, Forward): show its view, without a new history entry. */
  followLocation(search: string): void;
}

/** The query for a view: the other parameters kept, slideIndex and stepIndex set, keys sorted. */
export function searchWithView(search: string, view: DeckView): string {
  const params = new URLSearchParams(search);
  params.set('slideIndex', String(view.slideIndex));
  params.set('stepIndex', String(view.stepIndex));
  params.sort();
  return `?${params.toString()}`;
}

/** A view clamped to the deck: a number that is not finite counts as 0. */
export function clampView(steps: readonly number[], view: DeckView): DeckView {
  const finite = (n: number) => (Number.isFinite(n) ? Math.trunc(n) : 0);
  const slideIndex = Math.min(Math.max(finite(view.slideIndex), 0), Math.max(steps.length - 1, 0));
  const stepIndex = Math.min(Math.max(finite(view.stepIndex), 0), steps[slideIndex] ?? 0);
  return { slideIndex, stepIndex };
}

/** The view a (possibly unnormalised) query names: the deep link's rules (src/shell/deepLink.ts). */
export function viewOfSearch(steps: readonly number[], search: string): DeckView {
  const params = new URLSearchParams(normalizeDeckQuery(search, steps.length, (index) => steps[index] ?? 0));
  return { slideIndex: Number(params.get('slideIndex') ?? 0), stepIndex: Number(params.get('stepIndex') ?? 0) };
}

/** The view one click on from `view`, or null at the end of the deck. */
export function nextView(steps: readonly number[], view: DeckView): DeckView | null {
  if (view.stepIndex < (steps[view.slideIndex] ?? 0)) return { slideIndex: view.slideIndex, stepIndex: view.stepIndex + 1 };
  return view.slideIndex + 1 < steps.length ? { slideIndex: view.slideIndex + 1, stepIndex: 0 } : null;
}

/** The view one click back from `view`, or null at the start of the deck. */
export function previousView(steps: readonly number[], view: DeckView): DeckView | null {
  if (view.stepIndex > 0) return { slideIndex: view.slideIndex, stepIndex: view.stepIndex - 1 };
  return view.slideIndex > 0 ? { slideIndex: view.slideIndex - 1, stepIndex: steps[view.slideIndex - 1] ?? 0 } : null;
}

/**
 * Creates the core for a deck whose slides declare `steps` clicks each, starting at the view that
 * `search` names, and writes that view into the history (replacing the entry).
 */
export function createNavigation(steps: readonly number[], search: string, history: NavigationHistory): DeckNavigation {
  const signal = createSignal();
  let query = normalizeDeckQuery(search, steps.length, (index) => steps[index] ?? 0);
  let view = viewOfSearch(steps, search);
  query = searchWithView(query, view);
  history.replace(query);

  const show = (target: DeckView | null, write: boolean) => {
    if (target === null) return;
    const clamped = clampView(steps, target);
    if (clamped.slideIndex === view.slideIndex && clamped.stepIndex === view.stepIndex) return;
    view = clamped;
    query = searchWithView(query, view);
    if (write) history.push(query);
    signal.notify();
  };

  return {
    slideCount: steps.length,
    get: () => view,
    subscribe: signal.subscribe,
    next: () => show(nextView(steps, view), true),
    previous: () => show(previousView(steps, view), true),
    goTo: (target) => show(target, true),
    followLocation: (next) => {
      query = normalizeDeckQuery(next, steps.length, (index) => steps[index] ?? 0);
      show(viewOfSearch(steps, next), false);
      query = searchWithView(query, view);
    },
  };
}
