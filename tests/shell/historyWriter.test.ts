import { describe, expect, it } from 'vitest';
import { createHistoryWriter, MIN_INTERVAL_MS, RETRY_MS } from '../../src/shell/historyWriter';

/** A hand-driven clock and a browser history that, like WebKit, refuses the 101st write in 10 s. */
function setup(limit = Infinity) {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  const writes: { at: number; search: string; push: boolean }[] = [];
  const clock = {
    now: () => now,
    setTimeout: (run: () => void, ms: number) => {
      timers.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clearTimeout: (id: number) => void timers.delete(id),
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
  it('writes a move at once when the last write is long enough ago', () => {
    const { writer, writes } = setup();
    writer.write('?slideIndex=0&stepIndex=0', false);
    expect(writes).toEqual([{ at: 0, search: '?slideIndex=0&stepIndex=0', push: false }]);
  });

  it('merges a burst of moves into one trailing push with the latest address', () => {
    const { writer, writes, advance } = setup();
    writer.write('?a', false);
    advance(10);
    writer.write('?b', true);
    advance(10);
    writer.write('?c', false);
    expect(writes.map((w) => w.search)).toEqual(['?a']);
    advance(MIN_INTERVAL_MS);
    expect(writes).toEqual([
      { at: 0, search: '?a', push: false },
      { at: MIN_INTERVAL_MS, search: '?c', push: true },
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
    expect(writes.map((w) => w.search)).toEqual(['?a']);
    advance(10_000);
    expect(writes.at(-1)).toMatchObject({ search: '?b', push: false });
  });

  it('drops a waiting write when Back/Forward moved the deck', () => {
    const { writer, writes, advance, pending } = setup();
    writer.write('?a', true);
    writer.write('?b', true);
    writer.cancel();
    advance(1000);
    expect(writes.map((w) => w.search)).toEqual(['?a']);
    expect(pending()).toBe(0);
  });
});
