import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalesceInk, createInkFollower, createInkSender, hallInkOf, INK_PER_TICK, INK_TICK_MS, splitInk, strokeMessages, type HallInk } from '../../../src/features/hall/inkBatch';
import { checkLecturerMessage, HALL_LIMITS } from '../../../src/features/hall/protocol';
import type { InkEvent, InkPoint, Stroke } from '../../../src/features/ink/model';
import { createInkStore } from '../../../src/features/ink/store';

const point = fc.tuple(fc.integer({ min: 0, max: 1366 }), fc.integer({ min: 0, max: 768 })) as fc.Arbitrary<InkPoint>;
const stroke = (id: string, points: InkPoint[], slide = 'title'): Stroke => ({ id, slide, step: 0, tool: 'pen', color: 'target', width: 4, points });
const ids = ['a-1', 'a-2', 'a-3'];
/** What a lecturer does: begin (a known id again is ignored by the store), extend, erase, clear. */
const action: fc.Arbitrary<InkEvent> = fc.oneof(
  { arbitrary: fc.record({ id: fc.constantFrom(...ids), points: fc.array(point, { minLength: 1, maxLength: 450 }), slide: fc.constantFrom('title', 'agenda') }).map(({ id, points, slide }): InkEvent => ({ type: 'begin', stroke: stroke(id, points, slide) })), weight: 2 },
  { arbitrary: fc.record({ id: fc.constantFrom(...ids), points: fc.array(point, { maxLength: 300 }) }).map(({ id, points }): InkEvent => ({ type: 'extend', id, points })), weight: 5 },
  { arbitrary: fc.subarray(ids).map((chosen): InkEvent => ({ type: 'erase', ids: chosen })), weight: 1 },
  { arbitrary: fc.constantFrom('title', 'agenda').map((slide): InkEvent => ({ type: 'clear', slide })), weight: 1 },
);

/**
 * The lecturer's store after the actions, and the hall messages it queued (as HallLecturer does).
 * A stroke id is never used twice (a window's ids count up), even after its stroke was cleared.
 */
function lecturerDoes(actions: readonly InkEvent[]) {
  const store = createInkStore([], 'lecturer');
  const queued: HallInk[] = [];
  const begun = new Set<string>();
  store.onEvent((event) => queued.push(hallInkOf(event, store.own())));
  for (const item of actions) {
    if (item.type === 'begin') {
      if (begun.has(item.stroke.id)) continue;
      begun.add(item.stroke.id);
    }
    store.dispatch(item, 'local');
  }
  return { strokes: store.own(), queued };
}

/** A phone's strokes after these messages arrive numbered in one run of the relay. */
function phoneGets(items: readonly HallInk[], store = createInkStore([], 'phone'), run = 'run-1') {
  const follower = createInkFollower(store);
  follower.welcome(run);
  items.forEach((item, i) => follower.take({ type: 'ink', ...item, seq: i + 1 }));
  return store;
}

const points = (n: number): InkPoint[] => Array.from({ length: n }, (_, i) => [i % 1366, 7]);

afterEach(() => {
  vi.useRealTimers();
});

describe('ink through the hall', () => {
  it('splits a long stroke into a begin and extends of at most the message limit, each extend saying where it goes on (hand-counted)', () => {
    const parts = strokeMessages(stroke('a-1', points(450)));
    expect(parts.map(({ event, at }) => [event.type, event.type === 'begin' ? event.stroke.points.length : event.type === 'extend' ? event.points.length : 0, at])).toEqual([
      ['begin', 200, undefined],
      ['extend', 200, 200],
      ['extend', 50, 400],
    ]);
    expect(HALL_LIMITS.inkPoints).toBe(200);
    expect(phoneGets(parts).strokes()).toEqual([stroke('a-1', points(450))]);
  });

  it('whatever the lecturer draws, the phone ends with the same strokes, through messages the relay takes (property)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const { strokes, queued } = lecturerDoes(actions);
        const sent = coalesceInk(queued);
        expect(phoneGets(sent).strokes()).toEqual(strokes);
        for (const item of sent) expect(checkLecturerMessage({ type: 'ink', ...item }).ok).toBe(true);
        // Fewer messages than events, except for the splits of what was too long.
        const splits = queued.reduce((total, item) => total + splitInk(item).length - 1, 0);
        expect(sent.length).toBeLessThanOrEqual(queued.length + splits);
      }),
      { numRuns: 200 },
    );
  });

  it('a relay started anew gets a reset and every stroke whole: the phone ends with exactly the lecturer’s strokes, no point twice (property)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 20 }), fc.nat(), (actions, cut) => {
        const { strokes, queued } = lecturerDoes(actions);
        // The phone had part of the ink (the relay went down after `cut` messages, clears and erases lost).
        const phone = createInkStore([], 'phone');
        const follower = createInkFollower(phone);
        follower.welcome('run-1');
        coalesceInk(queued)
          .slice(0, cut % (queued.length + 1))
          .forEach((item, i) => follower.take({ type: 'ink', ...item, seq: i + 1 }));
        follower.welcome('run-2');
        follower.take({ type: 'ink-reset', seq: 1 });
        strokes.flatMap(strokeMessages).forEach((item, i) => follower.take({ type: 'ink', ...item, seq: i + 2 }));
        expect([...phone.strokes()].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...strokes].sort((a, b) => a.id.localeCompare(b.id)));
      }),
      { numRuns: 200 },
    );
  });

  it('a reset removes only what the relay gave, never the reader’s own strokes', () => {
    const own = stroke('phone-1', [[5, 5]]);
    const store = createInkStore([own], 'phone');
    const follower = createInkFollower(store);
    follower.welcome('run-1');
    follower.take({ type: 'ink', seq: 1, event: { type: 'begin', stroke: stroke('a-1', [[1, 1]]) } });
    expect(store.strokes()).toEqual([own, stroke('a-1', [[1, 1]])]);
    follower.take({ type: 'ink-reset', seq: 2 });
    expect(store.strokes()).toEqual([own]);
  });

  it('merges a stroke drawn frame by frame into one extend', () => {
    const frames: HallInk[] = [
      { event: { type: 'extend', id: 'a-1', points: [[1, 1]] }, at: 1 },
      { event: { type: 'extend', id: 'a-1', points: [[2, 2], [3, 3]] }, at: 2 },
      { event: { type: 'extend', id: 'a-1', points: [[4, 4]] }, at: 4 },
    ];
    expect(coalesceInk(frames)).toEqual([{ event: { type: 'extend', id: 'a-1', points: [[1, 1], [2, 2], [3, 3], [4, 4]] }, at: 1 }]);
    // A clear in between keeps them apart (order matters), and so does a gap in the counts.
    const between: HallInk[] = [frames[0], { event: { type: 'clear', slide: 'title' } }, frames[2]];
    expect(coalesceInk(between)).toEqual(between);
    expect(coalesceInk([frames[0], frames[2]])).toEqual([frames[0], frames[2]]);
  });

  it('sends at most a few messages per tick, and nothing while the connection is down', () => {
    vi.useFakeTimers();
    const sent: InkEvent[] = [];
    let open = false;
    const sender = createInkSender((item) => sent.push(item.event), () => open);
    for (const slide of ['s-1', 's-2', 's-3', 's-4', 's-5']) sender.push({ event: { type: 'clear', slide } });
    vi.advanceTimersByTime(INK_TICK_MS * 3);
    expect(sent).toEqual([]);
    open = true;
    sender.resume();
    vi.advanceTimersByTime(INK_TICK_MS);
    expect(sent.length).toBe(INK_PER_TICK);
    vi.advanceTimersByTime(INK_TICK_MS * 5);
    expect(sent.map((item) => (item.type === 'clear' ? item.slide : ''))).toEqual(['s-1', 's-2', 's-3', 's-4', 's-5']);
    // A relay started anew: what waited is replaced by the whole strokes.
    open = false;
    sender.push({ event: { type: 'clear', slide: 'old' } });
    open = true;
    sender.restart(strokeMessages(stroke('a-1', points(3))));
    vi.advanceTimersByTime(INK_TICK_MS * 2);
    expect(sent.slice(5)).toEqual([{ type: 'begin', stroke: stroke('a-1', points(3)) }]);
    sender.stop();
  });

  it('a follower applies each numbered message once, starts counting again in a new run, and completes a stroke it has in part', () => {
    const store = createInkStore([], 'phone');
    const follower = createInkFollower(store);
    follower.welcome('run-1');
    follower.take({ type: 'ink', seq: 1, event: { type: 'begin', stroke: stroke('a-1', [[1, 1]]) } });
    follower.take({ type: 'ink', seq: 2, event: { type: 'extend', id: 'a-1', points: [[2, 2]] } });
    // A reconnection's catch-up repeats seq 1 and 2: skipped, no point twice.
    follower.welcome('run-1');
    follower.take({ type: 'ink', seq: 1, event: { type: 'begin', stroke: stroke('a-1', [[1, 1]]) } });
    follower.take({ type: 'ink', seq: 2, event: { type: 'extend', id: 'a-1', points: [[2, 2]] } });
    expect(store.strokes()).toEqual([stroke('a-1', [[1, 1], [2, 2]])]);
    // A relay started anew: the presenter sends the whole stroke again, which has one more point.
    follower.welcome('run-2');
    follower.take({ type: 'ink', seq: 1, event: { type: 'begin', stroke: stroke('a-1', [[1, 1], [2, 2], [3, 3]]) } });
    expect(store.strokes()).toEqual([stroke('a-1', [[1, 1], [2, 2], [3, 3]])]);
    // An extend that says its stroke had 2 points before it: the phone has 3, so only the last point is new.
    follower.take({ type: 'ink', seq: 2, event: { type: 'extend', id: 'a-1', points: [[3, 3], [4, 4]] }, at: 2 });
    expect(store.strokes()).toEqual([stroke('a-1', [[1, 1], [2, 2], [3, 3], [4, 4]])]);
    follower.take({ type: 'ink', seq: 3, event: { type: 'clear', slide: 'title' } });
    expect(store.strokes()).toEqual([]);
  });
});
