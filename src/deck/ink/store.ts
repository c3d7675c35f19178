/**
 * This window's ink: every stroke of every slide and step, kept outside React so that every copy
 * of a slide (the presenter's current slide, its preview, the audience window) draws the same
 * strokes. Changes arrive as events (model.ts) with their origin, which says where they go next:
 *
 * - `local`: drawn in this window: sent to the other windows, saved, recorded.
 * - `remote`: from another window: saved and recorded, not sent back.
 * - `load`: read from the browser's storage at start: recorded only.
 * - `replay`: a recording being played back: shown only (never sent, saved or recorded again).
 */
import { applyInkEvent, mergeEvents, type InkEvent, type Stroke } from './model';

export type InkOrigin = 'local' | 'remote' | 'load' | 'replay';
type EventListener = (event: InkEvent, origin: InkOrigin) => void;

export interface InkStore {
  strokes(): readonly Stroke[];
  /** Applies an event; returns whether the ink changed. */
  dispatch(event: InkEvent, origin: InkOrigin): boolean;
  /** Adds the strokes this window lacks (and the points it lacks of strokes it has). */
  merge(strokes: readonly Stroke[], origin: InkOrigin): void;
  /** Replaces every stroke (replay, seeking): no events, listeners of `onReplace` hear of it. */
  replace(strokes: readonly Stroke[], origin: InkOrigin): void;
  /** For React (useSyncExternalStore): called after every change. */
  subscribe(listener: () => void): () => void;
  /** Every event applied, with its origin. */
  onEvent(listener: EventListener): () => void;
  /** Every wholesale replacement, with its origin. */
  onReplace(listener: (origin: InkOrigin) => void): () => void;
}

export function createInkStore(initial: readonly Stroke[] = []): InkStore {
  let strokes: readonly Stroke[] = initial;
  const listeners = new Set<() => void>();
  const eventListeners = new Set<EventListener>();
  const replaceListeners = new Set<(origin: InkOrigin) => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const store: InkStore = {
    strokes: () => strokes,
    dispatch(event, origin) {
      const next = applyInkEvent(strokes, event);
      if (next === strokes) return false;
      strokes = next;
      changed();
      for (const listener of eventListeners) listener(event, origin);
      return true;
    },
    merge(incoming, origin) {
      for (const event of mergeEvents(strokes, incoming)) store.dispatch(event, origin);
    },
    replace(next, origin) {
      strokes = next;
      changed();
      for (const listener of replaceListeners) listener(origin);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
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

/** The ink of this window (module scope: the presenter's decks share it). */
export const inkStore = createInkStore();

/** One id per window, so strokes drawn at the same time in two windows never share an id. */
export const INK_WINDOW_ID = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
let counter = 0;

/** A new stroke id: this window's id and a counter. */
export function nextStrokeId(): string {
  counter += 1;
  return `${INK_WINDOW_ID}-${counter}`;
}
