import { describe, expect, it } from 'vitest';
import { createHistoryWriter, MIN_INTERVAL_MS, RETRY_MS } from '../../src/shell/historyWriter';

const FRAME_MS = 16;

/** A hand-driven clock and a browser history that, like WebKit, refuses the 101st write in 10 s. */
function setup(limit = Infinity) {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  const writes: { at: number; search: string; push: boolean }[] = [];
  const schedule = (at: number, run: () => void) => {
    const id = nextId++;
    timers.set(id, { at, run });
    return () => void timers.delete(id);
  };
  // Frames are painted every 16 ms; a write after the paint comes right after the next frame.
  const clock = {
    now: () => now,
    after: (ms: number, run: () => void) => schedule(now + ms, run),
    afterPaint: (run: () => void) => schedule((Math.floor(now / FRAME_MS) + 1) * FRAME_MS, run),
  };
  const apply = (search: string, push: boolean) => {
    if (writes.filter((w) => w.at > now - 10_000).length >= limit) throw new Error('SecurityError');
    writes.push({ at: now, search, push });
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { writer: createHistoryWriter(apply, clock), writes, advance, pending: () => timers.size };
}

describe('the history writer', () => {
  it('writes nothing inside the key press: the move comes right after the next frame', () => {
    const { writer, writes, advance } = setup();
    advance(5);
    writer.write('?slideIndex=0&stepIndex=0', false);
    expect(writes).toEqual([]);
    advance(FRAME_MS - 5);
    expect(writes).toEqual([{ at: FRAME_MS, search: '?slideIndex=0&stepIndex=0', push: false }]);
  });

  it('merges a burst of moves into one trailing push with the latest address', () => {
    const { writer, writes, advance } = setup();
    writer.write('?a', false);
    advance(FRAME_MS);
    writer.write('?b', true);
    advance(10);
    writer.write('?c', false);
    expect(writes.map((w) => w.search)).toEqual(['?a']);
    advance(MIN_INTERVAL_MS);
    expect(writes).toEqual([
      { at: FRAME_MS, search: '?a', push: false },
      { at: FRAME_MS + MIN_INTERVAL_MS, search: '?c', push: true },
    ]);
  });

  it('keeps a held key (30 moves a second for 20 s) under WebKit’s 100 writes in 10 s, and ends on the last view', () => {
    const { writer, writes, advance } = setup();
    for (let i = 0; i < 600; i += 1) {
      writer.write(`?slideIndex=${i}`, true);
      advance(1000 / 30);
    }
    advance(RETRY_MS);
    for (const w of writes) expect(writes.filter((o) => o.at > w.at - 10_000 && o.at <= w.at).length).toBeLessThanOrEqual(100);
    expect(writes.at(-1)?.search).toBe('?slideIndex=599');
  });

  it('tries a refused write again later, as a replace with the latest address', () => {
    const { writer, writes, advance } = setup(1);
    writer.write('?a', true);
    advance(MIN_INTERVAL_MS);
    writer.write('?b', true);
    advance(MIN_INTERVAL_MS);
    expect(writes.map((w) => w.search)).toEqual(['?a']);
    advance(10_000);
    expect(writes.at(-1)).toMatchObject({ search: '?b', push: false });
  });

  it('drops a waiting write when Back/Forward moved the deck', () => {
    const { writer, writes, advance, pending } = setup();
    writer.write('?a', true);
    advance(FRAME_MS);
    writer.write('?b', true);
    writer.write('?c', true);
    writer.cancel();
    advance(1000);
    expect(writes.map((w) => w.search)).toEqual(['?a']);
    expect(pending()).toBe(0);
  });

  it('writes a waiting address at once when asked to (the page leaves for another mode)', () => {
    const { writer, writes, pending } = setup();
    writer.write('?a', true);
    writer.flush();
    expect(writes).toEqual([{ at: 0, search: '?a', push: true }]);
    expect(pending()).toBe(0);
    writer.flush();
    expect(writes).toHaveLength(1);
  });
});
