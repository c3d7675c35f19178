import { useEffect, useRef, type ContextType } from 'react';
import type { DeckContext } from 'spectacle';
import { sharedStore } from './sharedStore';

export type DeckApi = ContextType<typeof DeckContext>;
type View = { slideIndex: number; stepIndex: number };

/** Messages between the windows of one deck (presenter and audience), same origin only. */
type SyncMessage =
  | { type: 'hello'; from: string }
  | { type: 'view'; from: string; view: View }
  | { type: 'state'; from: string; key: string; value: unknown }
  | { type: 'snapshot'; from: string; to: string; view: View; state: [string, unknown][] };

export const SYNC_CHANNEL = 'vom-token-zur-antwort-sync';

/** One id per window (module scope: the presenter's two decks are one window). */
const WINDOW_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** A view change this soon after a key press, click or touch in this window was made here. */
const LOCAL_INPUT_WINDOW_MS = 1500;

/**
 * Keeps every window of the deck on the same slide, step and demo state, both ways: a key pressed
 * in the audience window moves the presenter view too, and a slider moved in the presenter
 * window moves on the projector. A window that (re)loads asks the others for their state.
 *
 * Spectacle already sends the presenter's view to the audience. To never bounce a view back and
 * forth, a window only sends a view that its own user caused (a recent key press, click or touch).
 */
export function useDeckSync(deck: DeckApi): void {
  const windowId = WINDOW_ID;
  const channelRef = useRef<BroadcastChannel | null>(null);
  const lastLocalInput = useRef(Number.NEGATIVE_INFINITY);
  const deckRef = useRef(deck);
  useEffect(() => {
    deckRef.current = deck;
  });

  useEffect(() => {
    const markInput = () => {
      lastLocalInput.current = performance.now();
    };
    const events = ['keydown', 'pointerdown', 'touchend', 'wheel'] as const;
    for (const name of events) window.addEventListener(name, markInput, { capture: true, passive: true });
    return () => {
      for (const name of events) window.removeEventListener(name, markInput, { capture: true });
    };
  }, []);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channelRef.current = channel;
    const post = (message: SyncMessage) => channel.postMessage(message);
    const moveTo = (view: View) => {
      const { slideIndex, stepIndex } = deckRef.current.activeView;
      if (slideIndex !== view.slideIndex || stepIndex !== view.stepIndex) deckRef.current.skipTo(view);
    };
    channel.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      if (!message || message.from === windowId) return;
      if (message.type === 'hello') {
        // A window still starting has no view of its own yet (Spectacle starts at 0/0 before it
        // reads the URL): it answers once it is up, by saying hello itself.
        if (!deckRef.current.initialized) return;
        const { slideIndex, stepIndex } = deckRef.current.activeView;
        post({ type: 'snapshot', from: windowId, to: message.from, view: { slideIndex, stepIndex }, state: sharedStore.entries() });
      } else if (message.type === 'view') {
        moveTo(message.view);
      } else if (message.type === 'state') {
        sharedStore.set(message.key, message.value, true);
      } else if (message.type === 'snapshot' && message.to === windowId) {
        for (const [key, value] of message.state) sharedStore.set(key, value, true);
        moveTo(message.view);
      }
    };
    const stopForwarding = sharedStore.onLocalChange((key, value) => post({ type: 'state', from: windowId, key, value }));
    return () => {
      stopForwarding();
      channel.close();
      channelRef.current = null;
    };
  }, [windowId]);

  // Once this window's deck is up (its own view read from the URL), it asks the others for theirs.
  const initialized = Boolean(deck.initialized);
  useEffect(() => {
    if (initialized) channelRef.current?.postMessage({ type: 'hello', from: windowId } satisfies SyncMessage);
  }, [initialized, windowId]);

  const { slideIndex, stepIndex } = deck.activeView;
  useEffect(() => {
    if (!deck.initialized) return;
    if (performance.now() - lastLocalInput.current > LOCAL_INPUT_WINDOW_MS) return;
    channelRef.current?.postMessage({ type: 'view', from: windowId, view: { slideIndex, stepIndex } } satisfies SyncMessage);
  }, [deck.initialized, slideIndex, stepIndex, windowId]);
}
