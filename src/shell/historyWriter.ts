/**
 * Writes the deck's view into the window's history at a pace every browser accepts. WebKit (Safari)
 * refuses more than 100 pushState/replaceState calls in 10 seconds with a SecurityError, and a held
 * arrow key or a fast clicker moves the deck faster than that. So a write comes at once when the last
 * one is at least `minIntervalMs` ago; writes within that interval wait and merge into one trailing
 * write with the latest address (a push if any of them was a push: a burst of moves is one entry in
 * Back/Forward). A write the browser refuses anyway is tried again later, as a replace.
 */
export type HistoryWrite = (search: string, push: boolean) => void;

export interface HistoryWriter {
  write(search: string, push: boolean): void;
  /** Drops a waiting write (Back/Forward moved the deck: the address is already right). */
  cancel(): void;
}

/** 10 s / 120 ms = 83 writes, under WebKit's 100. */
export const MIN_INTERVAL_MS = 120;
/** After a refused write, the next try. */
export const RETRY_MS = 1000;

type Clock = { now(): number; setTimeout(run: () => void, ms: number): number; clearTimeout(id: number): void };

export function createHistoryWriter(apply: HistoryWrite, clock: Clock, minIntervalMs = MIN_INTERVAL_MS): HistoryWriter {
  let last = -Infinity;
  let waiting: { search: string; push: boolean } | null = null;
  let timer: number | null = null;

  const flush = () => {
    timer = null;
    if (!waiting) return;
    const { search, push } = waiting;
    waiting = null;
    attempt(search, push);
  };
  const later = (ms: number) => {
    if (timer === null) timer = clock.setTimeout(flush, ms);
  };
  const attempt = (search: string, push: boolean) => {
    last = clock.now();
    try {
      apply(search, push);
    } catch {
      // Refused (WebKit's limit, or a sandboxed frame): keep the latest address for a later replace.
      waiting = { search: waiting?.search ?? search, push: false };
      later(RETRY_MS);
    }
  };

  return {
    write(search, push) {
      const since = clock.now() - last;
      if (waiting === null && timer === null && since >= minIntervalMs) {
        attempt(search, push);
        return;
      }
      waiting = { search, push: push || (waiting?.push ?? false) };
      later(Math.max(0, minIntervalMs - since));
    },
    cancel() {
      waiting = null;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
    },
  };
}
