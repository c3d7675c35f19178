/**
 * The lecture's stopwatch as the presenter view runs it, for whoever shows the pace elsewhere (the
 * hall sends it to the lecturer's phone). The presenter view publishes each change (start, pause,
 * reset, the lecture's length); `elapsedMs` is the time run at `at` (ms since the epoch).
 */
import { createSignal } from './signal';

export type LectureClock = { readonly elapsedMs: number; readonly running: boolean; readonly lengthMinutes: number; readonly at: number };

let current: LectureClock | null = null;
const signal = createSignal();

export const lectureClock = {
  get: (): LectureClock | null => current,
  set(next: LectureClock) {
    current = next;
    signal.notify();
  },
  subscribe: signal.subscribe,
};

/** The time run at `now` (the clock goes on while it runs). */
export function elapsedAt(clock: Pick<LectureClock, 'elapsedMs' | 'running' | 'at'>, now: number): number {
  return clock.elapsedMs + (clock.running ? Math.max(0, now - clock.at) : 0);
}
