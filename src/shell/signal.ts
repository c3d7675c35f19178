/**
 * The listeners of an external store, written once: `subscribe` (as useSyncExternalStore takes
 * it: returns the unsubscribe) and `notify` (after the store's value changed).
 */
export interface Signal {
  subscribe(listener: () => void): () => void;
  notify(): void;
}

export function createSignal(): Signal {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notify() {
      for (const listener of listeners) listener();
    },
  };
}
