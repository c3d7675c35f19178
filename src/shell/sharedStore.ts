/**
 * The state of the live demos (slider positions, training steps), kept outside React so that
 * every copy of a slide — the presenter's current slide, its preview, the audience window — shows
 * the same numbers. `DeckSync` carries changes between windows.
 */

import { createSignal } from './signal';

type RemoteListener = (key: string, value: unknown) => void;

const values = new Map<string, unknown>();
const changed = createSignal();
const localChangeListeners = new Set<RemoteListener>();

export const sharedStore = {
  has(key: string): boolean {
    return values.has(key);
  },
  get(key: string): unknown {
    return values.get(key);
  },
  /** Sets a value. `fromRemote` marks a value that came from another window (not sent back). */
  set(key: string, value: unknown, fromRemote = false): void {
    if (Object.is(values.get(key), value)) return;
    values.set(key, value);
    changed.notify();
    if (!fromRemote) for (const listener of localChangeListeners) listener(key, value);
  },
  /** Forgets a value (demos fall back to their initial value). Replay only: never broadcast. */
  delete(key: string): void {
    if (!values.delete(key)) return;
    changed.notify();
  },
  entries(): [string, unknown][] {
    return [...values.entries()];
  },
  subscribe: changed.subscribe,
  /** Called for every change made in this window, so it can be broadcast. */
  onLocalChange(listener: RemoteListener): () => void {
    localChangeListeners.add(listener);
    return () => localChangeListeners.delete(listener);
  },
};
