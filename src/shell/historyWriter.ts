/**
 * Writes the deck's view into the window's history, out of the key press's way and at a pace every
 * browser accepts. A pushState costs a few milliseconds in Chromium (more under load), time a key press
 * should spend on its next frame: so no write happens inside the press; the first one comes right
 * after the next frame is painted. WebKit (Safari) refuses more than 100 pushState/replaceState calls
 * in 10 seconds with a SecurityError, and a held arrow key or a fast clicker moves the deck faster than
 * that: writes less than `minIntervalMs` after the last one wait and merge into one trailing write with
 * the latest address (a push if any of them was a push: a burst of moves is one entry in Back/Forward).
 * A write the browser refuses anyway is tried again later, as a replace.
 */
export type HistoryWrite = (search: string, push: boolean) => void;

export interface HistoryWriter {
  write(search: string, push: boolean): void;
  /** Writes a waiting address now (before the page leaves for another mode). */
  flush(): void;
  /** Drops a waiting write (Back/Forward moved the deck: the address is already right). */
  cancel(): void;
}

/** 10 s / 120 ms = 83 writes, under WebKit's 100. */
export const MIN_INTERVAL_MS = 120;
/** After a refused write, the next try. */
export const RETRY_MS = 1000;

type Cancel = () => void;
export type WriterClock = {
  now(): number;
  /** Runs `run` once after `ms` milliseconds. */
  after(ms: number, run: () => void): Cancel;
  /** Runs `run` once soon after the next frame has been painted. */
  afterPaint(run: () => void): Cancel;
};

export function createHistoryWriter(apply: HistoryWrite, clock: WriterClock, minIntervalMs = MIN_INTERVAL_MS): HistoryWriter {
  let last = -Infinity;
  let waiting: { search: string; push: boolean } | null = null;
  let scheduled: Cancel | null = null;

  const unschedule = () => {
    scheduled?.();
    scheduled = null;
  };
  const flush = () => {
    unschedule();
    if (!waiting) return;
    const { search, push } = waiting;
    waiting = null;
    last = clock.now();
    try {
      apply(search, push);
    } catch {
      // Refused (WebKit's limit, or a sandboxed frame): keep the latest address for a later replace.
      waiting = { search, push: false };
      scheduled = clock.after(RETRY_MS, flush);
    }
  };

  return {
    write(search, push) {
      waiting = { search, push: push || (waiting?.push ?? false) };
      if (scheduled) return;
      const since = clock.now() - last;
      scheduled = since >= minIntervalMs ? clock.afterPaint(flush) : clock.after(minIntervalMs - since, flush);
    },
    flush,
    cancel() {
      waiting = null;
      unschedule();
    },
  };
}
