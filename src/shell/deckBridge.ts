import { useEffect, useSyncExternalStore } from 'react';
import { useDeckApi, type DeckApi } from './deckApi';
import { createSignal } from './signal';

/**
 * The presenter view's current slide is a Spectacle deck; its status line, preview, time plan and
 * recorder live outside that deck. The bridge (rendered in the deck's template) hands them the deck's
 * view and its navigation.
 */
export interface BridgedDeck {
  readonly initialized: boolean;
  readonly slideIndex: number;
  readonly stepIndex: number;
  readonly slideCount: number;
  readonly api: DeckApi | null;
}

let current: BridgedDeck = { initialized: false, slideIndex: 0, stepIndex: 0, slideCount: 0, api: null };
let latestApi: DeckApi | null = null;
const signal = createSignal();

function publish(deck: DeckApi) {
  const next: BridgedDeck = {
    initialized: Boolean(deck.initialized),
    slideIndex: deck.view.slideIndex,
    stepIndex: deck.view.stepIndex,
    slideCount: deck.slideCount,
    api: deck,
  };
  const changed =
    next.initialized !== current.initialized ||
    next.slideIndex !== current.slideIndex ||
    next.stepIndex !== current.stepIndex ||
    next.slideCount !== current.slideCount;
  latestApi = deck;
  // The snapshot object changes only when what it shows changes (useSyncExternalStore compares it).
  if (!changed) return;
  current = next;
  signal.notify();
}

export const deckBridge = {
  get: (): BridgedDeck => current,
  /** The deck's navigation as of its last render. */
  api: (): DeckApi | null => latestApi,
  subscribe: signal.subscribe,
};

export function useBridgedDeck(): BridgedDeck {
  return useSyncExternalStore(deckBridge.subscribe, deckBridge.get, deckBridge.get);
}

/** Rendered inside the deck (its template): publishes the deck's view after every render. */
export function DeckBridge() {
  const deck = useDeckApi();
  useEffect(() => publish(deck));
  return null;
}
