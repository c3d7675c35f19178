import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyInkEvent,
  centerlinePath,
  clientToSlide,
  mergeEvents,
  MIN_POINT_DISTANCE,
  outlinePath,
  segmentDistance,
  simplifyPoints,
  slideToClient,
  strokesTouched,
  visibleStrokes,
  type InkPoint,
  type Stroke,
} from '../../../src/features/ink/model';

const stroke = (id: string, points: InkPoint[], more: Partial<Stroke> = {}): Stroke => ({
  id,
  slide: 'softmax',
  step: 0,
  tool: 'pen',
  color: 'target',
  width: 4,
  points,
  ...more,
});

describe('slide coordinates', () => {
  it('maps a client point through the slide scale into the 1366x768 design space', () => {
    // The slide shown at half size, 683x384, its top-left corner at (683, 53.75) (the presenter screen).
    const rect = { left: 683, top: 53.75, width: 683, height: 384 };
    expect(clientToSlide(683 + 341.5, 53.75 + 192, rect)).toEqual([683, 384]);
    expect(clientToSlide(683, 53.75, rect)).toEqual([0, 0]);
    // The same slide point on a 1920x1080 window (scale 1920/1366) maps to the same design point.
    const big = { left: 0, top: 0, width: 1920, height: 1080 };
    expect(clientToSlide(1920 * 0.25, 1080 * 0.75, big)).toEqual([341.5, 576]);
  });

  it('keeps points inside the slide and rounds to 0.1 px; pressure to 0.01', () => {
    const rect = { left: 0, top: 0, width: 1366, height: 768 };
    expect(clientToSlide(-50, 900, rect)).toEqual([0, 768]);
    expect(clientToSlide(10.04, 20.06, rect, 0.333)).toEqual([10, 20.1, 0.33]);
    expect(clientToSlide(10, 20, rect, 7)).toEqual([10, 20, 1]);
  });

  it('slideToClient inverts clientToSlide at any scale (to the rounding)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1366, noNaN: true }),
        fc.double({ min: 0, max: 768, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        (x, y, scale, offset) => {
          const rect = { left: offset, top: offset / 2, width: 1366 * scale, height: 768 * scale };
          const client = slideToClient([x, y], rect);
          const back = clientToSlide(client.x, client.y, rect);
          expect(back[0]).toBeCloseTo(x, 0);
          expect(Math.abs(back[0] - x)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.abs(back[1] - y)).toBeLessThanOrEqual(0.05 + 1e-9);
        },
      ),
    );
  });
});

describe('simplification', () => {
  it('drops points closer than 1 design px to the last kept point', () => {
    const kept = simplifyPoints([
      [0, 0],
      [0.5, 0],
      [0.9, 0.3],
      [1.2, 0],
      [1.3, 0.1],
      [5, 5],
    ]);
    expect(kept).toEqual([
      [0, 0],
      [1.2, 0],
      [5, 5],
    ]);
  });

  it('gives the same points batch by batch as in one go, and every kept point is ≥ 1 px from the one before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })), { maxLength: 60 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }),
        (raw, sizes) => {
          const points = raw as InkPoint[];
          const whole = simplifyPoints(points);
          const batched: InkPoint[] = [];
          let at = 0;
          let i = 0;
          while (at < points.length) {
            const size = sizes[i++ % sizes.length];
            batched.push(...simplifyPoints(points.slice(at, at + size), batched.at(-1) ?? null));
            at += size;
          }
          expect(batched).toEqual(whole);
          for (let k = 1; k < whole.length; k += 1) {
            expect(Math.hypot(whole[k][0] - whole[k - 1][0], whole[k][1] - whole[k - 1][1])).toBeGreaterThanOrEqual(MIN_POINT_DISTANCE);
          }
        },
      ),
    );
  });
});

describe('events', () => {
  const a = stroke('w1-1', [[10, 10]]);
  const b = stroke('w1-2', [[100, 100]], { slide: 'agenda', step: 2 });

  it('begin adds a stroke once, extend appends points, erase removes by id, clear removes one slide', () => {
    let strokes = applyInkEvent([], { type: 'begin', stroke: a });
    expect(applyInkEvent(strokes, { type: 'begin', stroke: a })).toBe(strokes);
    strokes = applyInkEvent(strokes, { type: 'begin', stroke: b });
    strokes = applyInkEvent(strokes, { type: 'extend', id: 'w1-1', points: [[20, 20], [30, 25]] });
    expect(strokes[0].points).toEqual([[10, 10], [20, 20], [30, 25]]);
    expect(a.points).toEqual([[10, 10]]);
    expect(applyInkEvent(strokes, { type: 'extend', id: 'nobody', points: [[1, 1]] })).toBe(strokes);
    expect(applyInkEvent(strokes, { type: 'erase', ids: ['w1-1'] }).map((s) => s.id)).toEqual(['w1-2']);
    expect(applyInkEvent(strokes, { type: 'clear', slide: 'agenda' }).map((s) => s.id)).toEqual(['w1-1']);
    expect(applyInkEvent(strokes, { type: 'clear', slide: 'title' })).toBe(strokes);
  });

  it('shows a slide the strokes of its step and of every earlier step, never those of another slide', () => {
    const strokes = [stroke('s0', [[1, 1]], { step: 0 }), stroke('s2', [[1, 1]], { step: 2 }), stroke('o', [[1, 1]], { slide: 'agenda' })];
    expect(visibleStrokes(strokes, 'softmax', 0).map((s) => s.id)).toEqual(['s0']);
    expect(visibleStrokes(strokes, 'softmax', 1).map((s) => s.id)).toEqual(['s0']);
    expect(visibleStrokes(strokes, 'softmax', 3).map((s) => s.id)).toEqual(['s0', 's2']);
    expect(visibleStrokes(strokes, 'agenda', 0).map((s) => s.id)).toEqual(['o']);
  });

  it('merging adds what is missing and never removes or shortens', () => {
    const have = [stroke('x', [[1, 1], [5, 5]]), stroke('y', [[1, 1]])];
    const incoming = [stroke('x', [[1, 1]]), stroke('y', [[1, 1], [9, 9]]), stroke('z', [[3, 3]])];
    const events = mergeEvents(have, incoming);
    expect(events).toEqual([
      { type: 'extend', id: 'y', points: [[9, 9]] },
      { type: 'begin', stroke: incoming[2] },
    ]);
    const merged = events.reduce(applyInkEvent, have);
    expect(merged.map((s) => [s.id, s.points.length])).toEqual([
      ['x', 2],
      ['y', 2],
      ['z', 1],
    ]);
  });
});

describe('eraser', () => {
  it('segment distance is 0 for crossing segments and the gap otherwise', () => {
    expect(segmentDistance([0, 0], [10, 10], [0, 10], [10, 0])).toBe(0);
    expect(segmentDistance([0, 0], [10, 0], [0, 5], [10, 5])).toBeCloseTo(5);
    expect(segmentDistance([0, 0], [0, 0], [3, 4], [3, 4])).toBeCloseTo(5);
  });

  it('touches the strokes its path comes near (radius plus half the stroke width), whole strokes only', () => {
    const line = stroke('line', [[100, 100], [200, 100]]);
    const far = stroke('far', [[100, 300], [200, 300]]);
    const wide = stroke('wide', [[100, 140], [200, 140]], { tool: 'highlighter', width: 22 });
    // A vertical eraser stroke from y=80 to y=115 at x=150 crosses "line"; "wide" is 25 px away
    // (more than 10 px radius + 11 px half width).
    expect(strokesTouched([line, far, wide], [150, 80], [150, 115], 10)).toEqual(['line']);
    // At y=122 "line" is 22 px away (more than 10 + 2), "wide" 18 px (less than 10 + 11).
    expect(strokesTouched([line, far, wide], [150, 122], [150, 122], 10)).toEqual(['wide']);
    // A single tap on a one-point stroke.
    expect(strokesTouched([stroke('dot', [[50, 50]])], [55, 50], [55, 50], 4)).toEqual(['dot']);
    expect(strokesTouched([stroke('dot', [[50, 50]])], [70, 50], [70, 50], 4)).toEqual([]);
  });
});

describe('paths', () => {
  it('a centerline through the points, a dot for a single point', () => {
    expect(centerlinePath([[1, 2], [3.14, 4]])).toBe('M1 2L3.1 4');
    expect(centerlinePath([[1, 2]])).toBe('M1 2h0.1');
    expect(centerlinePath([])).toBe('');
  });

  it('an outline for pressure strokes that is wider where the pen pressed harder', () => {
    const light = outlinePath([[0, 100, 0.1], [100, 100, 0.1]], 10);
    const hard = outlinePath([[0, 100, 0.9], [100, 100, 0.9]], 10);
    // The outline's corners (after M and L) lie half a width above and below the centerline y = 100.
    const halfWidth = (d: string) => Math.max(...[...d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => Math.abs(Number(m[2]) - 100)));
    // width × (0.3 + 1.4 p) / 2: 2.2 at p = 0.1, 7.8 at p = 0.9.
    expect(halfWidth(light)).toBeCloseTo(2.2, 1);
    expect(halfWidth(hard)).toBeCloseTo(7.8, 1);
    expect(hard).toMatch(/^M.*A.*L.*A.*Z$/);
    expect(hard).not.toMatch(/NaN|Infinity/);
  });
});
