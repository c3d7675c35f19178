import { useCallback, useMemo, useState } from 'react';

/**
 * The lecture's stopwatch: start, pause, reset. Kept in localStorage as a start time and the time
 * already run, so a reload of the presenter view keeps the lecture's clock.
 */
type Stored = { runningSince: number | null; accumulatedMs: number };
const KEY = 'vtza.presenter.stopwatch';

function read(): Stored {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<Stored> | null;
    const accumulatedMs = Number(raw?.accumulatedMs);
    const runningSince = raw?.runningSince === null || raw?.runningSince === undefined ? null : Number(raw.runningSince);
    return {
      accumulatedMs: Number.isFinite(accumulatedMs) && accumulatedMs >= 0 ? accumulatedMs : 0,
      runningSince: runningSince !== null && Number.isFinite(runningSince) && runningSince <= Date.now() ? runningSince : null,
    };
  } catch {
    return { runningSince: null, accumulatedMs: 0 };
  }
}

function save(value: Stored) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(value));
  } catch {
    // Private mode without storage: the stopwatch still runs, it just does not survive a reload.
  }
}

export interface Stopwatch {
  readonly running: boolean;
  /** The elapsed time at `now` (ms since the epoch). */
  elapsedAt(now: number): number;
  toggle(): void;
  start(): void;
  reset(): void;
}

export function useStopwatch(): Stopwatch {
  const [stored, setStored] = useState<Stored>(read);
  const update = useCallback((next: Stored) => {
    save(next);
    setStored(next);
  }, []);
  const toggle = useCallback(() => {
    const current = read();
    const at = Date.now();
    if (current.runningSince !== null) update({ runningSince: null, accumulatedMs: current.accumulatedMs + (at - current.runningSince) });
    else update({ runningSince: at, accumulatedMs: current.accumulatedMs });
  }, [update]);
  const start = useCallback(() => {
    const current = read();
    if (current.runningSince === null) update({ runningSince: Date.now(), accumulatedMs: current.accumulatedMs });
  }, [update]);
  const reset = useCallback(() => update({ runningSince: null, accumulatedMs: 0 }), [update]);
  const elapsedAt = useCallback(
    (now: number) => stored.accumulatedMs + (stored.runningSince !== null ? Math.max(0, now - stored.runningSince) : 0),
    [stored],
  );
  return useMemo(() => ({ running: stored.runningSince !== null, elapsedAt, toggle, start, reset }), [stored.runningSince, elapsedAt, toggle, start, reset]);
}
