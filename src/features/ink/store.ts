/**
 * This window's ink: every stroke of every slide and step, kept outside React so that every copy
 * of a slide (the presenter's current slide, its preview, the audience window) draws the same
 * strokes. Changes arrive as events (model.ts) with their origin, which says where they go next:
 *
 * - `local`: drawn in this window: sent to the other windows, saved, recorded.
 * - `remote`: from another window: saved and recorded, not sent back.
 * - `load`: read from the browser's storage at start: recorded only.
 * - `replay`: a recording being played back: shown only (never sent, saved or recorded again).
 *
 * Replayed ink is a layer of its own: while a recording plays, the window shows the recorded
 * strokes (and the strokes drawn in this window since it loaded, so a student's own marks stay in
 * sight), but its own ink — what is saved, answered to other windows and recorded — stays as it
 * was, and comes back on screen when the replay ends.
 */
import { createSignal } from '../../shell/signal';
import { applyInkEvent, mergeEvents, type InkEvent, type Stroke } from './model';

export type InkOrigin = 'local' | 'remote' | 'load' | 'replay';
type EventListener = (event: InkEvent, origin: InkOrigin) => void;

export interface InkStore {
  /** The strokes on screen: the window's own, or while replaying the recorded ones (see above). */
  strokes(): readonly Stroke[];
  /** The window's own strokes, never replayed ones: what is saved, sent and recorded. */
  own(): readonly Stroke[];
  /** Whether a recording's ink is shown (after a `replay` replace or event, until endReplay). */
  replaying(): boolean;
  /** Drops the replayed ink: the window shows its own again. */
  endReplay(): void;
  /** Applies an event; returns whether the ink changed. */
  dispatch(event: InkEvent, origin: InkOrigin): boolean;
  /** Adds the strokes this window lacks (and the points it lacks of strokes it has). */
  merge(strokes: readonly Stroke[], origin: InkOrigin): void;
  /** Replaces every stroke of the own ink, or with `replay` of the replayed ink (seeking): no events, listeners of `onReplace` hear of it. */
  replace(strokes: readonly Stroke[], origin: InkOrigin): void;
  /** For React (useSyncExternalStore): called after every change. */
  subscribe(listener: () => void): () => void;
  /** Every event applied, with its origin. */
  onEvent(listener: EventListener): () => void;
  /** Every wholesale replacement, with its origin. */
  onReplace(listener: (origin: InkOrigin) => void): () => void;
}

/** One id per window, so strokes drawn at the same time in two windows never share an id. */
export const INK_WINDOW_ID = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function createInkStore(initial: readonly Stroke[] = [], windowId: string = INK_WINDOW_ID): InkStore {
  let own: readonly Stroke[] = initial;
  let replayed: readonly Stroke[] | null = null;
  let shown: readonly Stroke[] = own;
  const drawnHere = `${windowId}-`;
  const listeners = createSignal();
  const eventListeners = new Set<EventListener>();
  const replaceListeners = new Set<(origin: InkOrigin) => void>();
  const changed = () => {
    if (replayed === null) shown = own;
    else {
      const ids = new Set(replayed.map((stroke) => stroke.id));
      const mine = own.filter((stroke) => stroke.id.startsWith(drawnHere) && !ids.has(stroke.id));
      shown = mine.length === 0 ? replayed : [...replayed, ...mine];
    }
    listeners.notify();
  };
  const store: InkStore = {
    strokes: () => shown,
    own: () => own,
    replaying: () => replayed !== null,
    endReplay() {
      if (replayed === null) return;
      replayed = null;
      changed();
    },
    dispatch(event, origin) {
      // A replayed event without a replayed state before it starts from no ink at all.
      const entering = origin === 'replay' && replayed === null;
      if (entering) replayed = [];
      const before = origin === 'replay' ? (replayed ?? []) : own;
      const next = applyInkEvent(before, event);
      if (next === before) {
        if (entering) changed();
        return false;
      }
      if (origin === 'replay') replayed = next;
      else own = next;
      changed();
      for (const listener of eventListeners) listener(event, origin);
      return true;
    },
    merge(incoming, origin) {
      for (const event of mergeEvents(origin === 'replay' ? (replayed ?? []) : own, incoming)) store.dispatch(event, origin);
    },
    replace(next, origin) {
      if (origin === 'replay') replayed = next;
      else own = next;
      changed();
      for (const listener of replaceListeners) listener(origin);
    },
    subscribe: listeners.subscribe,
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onReplace(listener) {
      replaceListeners.add(listener);
      return () => replaceListeners.delete(listener);
    },
  };
  return store;
}

/**
 * What „Folie leeren“ (C) sends: a clear of the slide; while a replay shows, only the window's own
 * strokes in sight there are erased (the replayed ones are the recording's, and own ink hidden
 * behind the replay is not what the reader sees). null when there is nothing to remove.
 */
export function clearSlideEvent(store: InkStore, slide: string): InkEvent | null {
  if (!store.replaying()) return { type: 'clear', slide };
  const own = new Set(store.own());
  const ids = store.strokes().filter((stroke) => stroke.slide === slide && own.has(stroke)).map((stroke) => stroke.id);
  return ids.length === 0 ? null : { type: 'erase', ids };
}

/** The ink of this window (module scope: the presenter's decks share it). */
export const inkStore = createInkStore();

let counter = 0;

/** A new stroke id: this window's id and a counter. */
export function nextStrokeId(): string {
  counter += 1;
  return `${INK_WINDOW_ID}-${counter}`;
}
