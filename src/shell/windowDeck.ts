/**
 * The window's deck: one navigation core (./navigation) on the manifest, bound to the window's
 * history and its Back/Forward keys. The slide view's stage and the presenter view render its view;
 * the recorder, the hall and every feature read it here or through DeckApi.
 */
import { useMemo, useSyncExternalStore } from 'react';
import type { DeckApi } from './deckApi';
import { afterPaint } from './afterPaint';
import { createHistoryWriter, MIN_INTERVAL_MS } from './historyWriter';
import { createNavigation, type DeckNavigation } from './navigation';
import type { SlideMeta } from './manifest';

let core: DeckNavigation | null = null;
let slideIds: readonly string[] = [];
let stopFollowing: (() => void) | null = null;

function writeSearch(search: string, push: boolean) {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (push) window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
}

function after(ms: number, run: () => void): () => void {
  const timer = window.setTimeout(run, ms);
  return () => window.clearTimeout(timer);
}

const historyWriter = createHistoryWriter(writeSearch, { now: () => performance.now(), after, afterPaint: (run) => afterPaint(run, MIN_INTERVAL_MS) });

/** Writes a move the history writer still holds (before the page reloads in another mode). */
export function flushWindowHistory(): void {
  historyWriter.flush();
}

/**
 * Starts the window's navigation at the view the URL names (a deep link, or the first slide) and
 * writes it into the URL. The deck calls it when it mounts; a new start replaces the one before.
 */
export function startWindowDeck(slides: readonly SlideMeta[]): DeckNavigation {
  stopFollowing?.();
  const started = createNavigation(
    slides.map((slide) => slide.steps),
    window.location.search,
    { replace: (search) => historyWriter.write(search, false), push: (search) => historyWriter.write(search, true) },
  );
  const onPopState = () => {
    historyWriter.cancel();
    started.followLocation(window.location.search);
  };
  window.addEventListener('popstate', onPopState);
  stopFollowing = () => window.removeEventListener('popstate', onPopState);
  core = started;
  slideIds = slides.map((slide) => slide.id);
  return started;
}

/** The window's navigation, or null before the deck has started (the reading view, the handout). */
export function windowDeck(): DeckNavigation | null {
  return core;
}

/** DeckApi over a navigation core. */
export function deckApiOf(navigation: DeckNavigation, ids: readonly string[], deckId: string): DeckApi {
  const view = navigation.get();
  return {
    deckId,
    initialized: true,
    slideCount: navigation.slideCount,
    slideIds: ids,
    view,
    pendingView: view,
    slideId: ids[view.slideIndex],
    inPrintMode: false,
    inOverviewMode: false,
    next: navigation.next,
    previous: navigation.previous,
    goTo: navigation.goTo,
  };
}

const noSubscription = () => () => undefined;
const noView = () => null;

/** The window deck's API, re-rendering on every move (null before the deck has started). */
export function useWindowDeckApi(deckId: string): DeckApi | null {
  const navigation = core;
  const view = useSyncExternalStore(navigation?.subscribe ?? noSubscription, navigation?.get ?? noView, navigation?.get ?? noView);
  return useMemo(() => (navigation && view ? deckApiOf(navigation, slideIds, deckId) : null), [navigation, view, deckId]);
}
