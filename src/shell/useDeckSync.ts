import { useEffect, useRef } from 'react';
import type { DeckApi } from './deckApi';
import { sharedStore } from './sharedStore';
import { parseModes } from './modes';
import { followsViewFrom, sendsView, syncRoleOf, takesSnapshotView, type SyncRole } from './syncRoles';

type View = { slideIndex: number; stepIndex: number };

/**
 * Messages between the windows of one deck (presenter, audience, reading view), same origin only.
 * Every message says which role sent it (src/shell/syncRoles.ts decides who follows whom); a
 * snapshot from the reading view carries no view.
 */
type SyncMessage =
  | { type: 'hello'; from: string; role: SyncRole }
  | { type: 'view'; from: string; role: SyncRole; view: View }
  | { type: 'state'; from: string; role: SyncRole; key: string; value: unknown }
  | { type: 'snapshot'; from: string; role: SyncRole; to: string; view: View | null; state: [string, unknown][] };

export const SYNC_CHANNEL = 'vom-token-zur-antwort-sync';

/** One id per window. */
const WINDOW_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/**
 * Read once, when the deck's code loads: before the navigation core writes slideIndex/stepIndex
 * into the URL of every window, so only a link that named a slide counts.
 */
const OPENED_WITH_DEEP_LINK = typeof window !== 'undefined' && parseModes(window.location.search).deepLink;

/** A view change this soon after a key press, click or touch in this window was made here. */
const LOCAL_INPUT_WINDOW_MS = 1500;

type ChannelOptions = {
  role: SyncRole;
  /** This window's view once it is up (null before, and always null in the reading view). */
  currentView: () => View | null;
  /** Moves this window to a view another window sent (only called where the roles allow it). */
  moveTo: (view: View) => void;
  openedWithDeepLink: boolean;
};

/**
 * The channel itself: answers hellos with a snapshot, takes views where the roles allow it and
 * carries the demo state (sharedStore) both ways. Returns the channel's poster (null without
 * BroadcastChannel).
 */
function useSyncChannel(options: ChannelOptions) {
  const channelRef = useRef<BroadcastChannel | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channelRef.current = channel;
    const post = (message: SyncMessage) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<SyncMessage>) => {
      const message = event.data;
      const { role, currentView, moveTo, openedWithDeepLink } = latest.current;
      if (!message || message.from === WINDOW_ID) return;
      if (message.type === 'hello') {
        const view = currentView();
        // A slide window still starting has no view of its own yet: it answers once it is up, by
        // saying hello itself.
        if (role !== 'reader' && view === null) return;
        post({ type: 'snapshot', from: WINDOW_ID, role, to: message.from, view, state: sharedStore.entries() });
      } else if (message.type === 'view') {
        if (followsViewFrom(role, message.role)) moveTo(message.view);
      } else if (message.type === 'state') {
        sharedStore.set(message.key, message.value, true);
      } else if (message.type === 'snapshot' && message.to === WINDOW_ID) {
        for (const [key, value] of message.state) sharedStore.set(key, value, true);
        if (message.view && takesSnapshotView(role, message.role, openedWithDeepLink)) moveTo(message.view);
      }
    };
    const stopForwarding = sharedStore.onLocalChange((key, value) =>
      post({ type: 'state', from: WINDOW_ID, role: latest.current.role, key, value }),
    );
    return () => {
      stopForwarding();
      channel.close();
      channelRef.current = null;
    };
  }, []);

  return channelRef;
}

/**
 * Keeps the windows of the deck together where that is meant (src/shell/syncRoles.ts): the
 * presenter window and the audience windows it drives follow each other both ways (a key pressed
 * at the projector moves the presenter, and the presenter's view moves the projector); two ordinary
 * tabs do not pull each other along; a window opened with a deep link keeps its slide. Demo state
 * (sliders, training steps) is shared by every window. A window that (re)loads asks the others for
 * their state.
 */
export function useDeckSync(deck: DeckApi): void {
  const role = syncRoleOf(window.location.search);
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

  const channelRef = useSyncChannel({
    role,
    openedWithDeepLink: OPENED_WITH_DEEP_LINK,
    currentView: () => {
      const current = deckRef.current;
      if (!current.initialized) return null;
      const { slideIndex, stepIndex } = current.view;
      return { slideIndex, stepIndex };
    },
    moveTo: (view) => {
      const { slideIndex, stepIndex } = deckRef.current.view;
      if (slideIndex !== view.slideIndex || stepIndex !== view.stepIndex) deckRef.current.goTo(view);
    },
  });

  // Once this window's deck is up (its own view read from the URL), it asks the others for theirs.
  const initialized = Boolean(deck.initialized);
  useEffect(() => {
    if (initialized) channelRef.current?.postMessage({ type: 'hello', from: WINDOW_ID, role } satisfies SyncMessage);
  }, [initialized, role, channelRef]);

  const { slideIndex, stepIndex } = deck.view;
  // A presenter opened without a link starts where the audience is (the answer to its hello), so
  // it does not send its own first view (0/0) to the audience.
  const firstView = useRef(true);
  useEffect(() => {
    if (!deck.initialized) return;
    const first = firstView.current;
    firstView.current = false;
    if (first && !OPENED_WITH_DEEP_LINK) return;
    const causedHere = performance.now() - lastLocalInput.current <= LOCAL_INPUT_WINDOW_MS;
    if (!sendsView(role, causedHere)) return;
    channelRef.current?.postMessage({ type: 'view', from: WINDOW_ID, role, view: { slideIndex, stepIndex } } satisfies SyncMessage);
  }, [deck.initialized, slideIndex, stepIndex, role, channelRef]);
}

/**
 * The reading view's part in the sync: it shares the demo state with the other windows (and takes
 * theirs when it opens), but never sends or follows a view.
 */
export function useReaderSync(): void {
  const channelRef = useSyncChannel({ role: 'reader', openedWithDeepLink: true, currentView: () => null, moveTo: () => undefined });
  useEffect(() => {
    channelRef.current?.postMessage({ type: 'hello', from: WINDOW_ID, role: 'reader' } satisfies SyncMessage);
  }, [channelRef]);
}
