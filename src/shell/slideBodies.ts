/**
 * Slide bodies are code-split: one chunk per slide, loaded when the deck comes near the slide and
 * prefetched a little further ahead. Loaded bodies are kept here, so a slide that comes back renders
 * at once, and main.tsx can load the first slide's body before the first render (no flash).
 */
import { useEffect, useSyncExternalStore, type ComponentType } from 'react';
import type { SlideMeta } from './manifest';
import { createSignal } from './signal';

const loaded = new Map<string, ComponentType>();
const failed = new Map<string, string>();
const pending = new Map<string, Promise<void>>();
const { subscribe, notify } = createSignal();

/** Starts loading a body (once); the promise settles when it is loaded or has failed. */
export function loadSlideBody(meta: SlideMeta): Promise<void> {
  if (loaded.has(meta.id)) return Promise.resolve();
  const running = pending.get(meta.id);
  if (running) return running;
  failed.delete(meta.id);
  const promise = meta.load().then(
    (body) => {
      loaded.set(meta.id, body);
      pending.delete(meta.id);
      notify();
    },
    (error: unknown) => {
      failed.set(meta.id, error instanceof Error ? error.message : String(error));
      pending.delete(meta.id);
      notify();
    },
  );
  pending.set(meta.id, promise);
  return promise;
}

/** Loads the bodies of the slides from `from - behind` to `from + ahead` (clamped). */
export function prefetchAround(slides: readonly SlideMeta[], from: number, ahead = 2, behind = 1): Promise<void[]> {
  const wanted = slides.slice(Math.max(0, from - behind), Math.max(0, from + ahead + 1));
  return Promise.all(wanted.map(loadSlideBody));
}

/** Settles once no body is loading any more (tests wait for it before their environment goes). */
export async function bodiesSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending.values());
}

export type BodyState =
  | { status: 'loading' }
  | { status: 'ready'; Body: ComponentType }
  | { status: 'error'; message: string };

const LOADING: BodyState = { status: 'loading' };
const states = new Map<string, BodyState>();

function stateOf(id: string): BodyState {
  const Body = loaded.get(id);
  const message = failed.get(id);
  const previous = states.get(id);
  // One object per state, so useSyncExternalStore sees a stable snapshot.
  if (Body) {
    if (previous?.status !== 'ready') states.set(id, { status: 'ready', Body });
  } else if (message !== undefined) {
    if (previous?.status !== 'error' || previous.message !== message) states.set(id, { status: 'error', message });
  } else {
    return LOADING;
  }
  return states.get(id)!;
}

/** The body of a slide, loading it if it is not there yet. */
export function useSlideBody(meta: SlideMeta): BodyState {
  const state = useSyncExternalStore(
    subscribe,
    () => stateOf(meta.id),
    () => stateOf(meta.id),
  );
  const missing = state.status !== 'ready';
  useEffect(() => {
    // A failed load is tried again the next time the slide is wanted.
    if (missing) void loadSlideBody(meta);
  }, [missing, meta]);
  return state;
}
