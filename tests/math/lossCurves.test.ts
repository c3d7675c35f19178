import { describe, expect, it } from 'vitest';
import { MathInputError, negativeLog, negativeLogCurve } from '../../src/math';

describe('negativeLog', () => {
  it('is −ln p at hand-picked points', () => {
    // ln 1 = 0, ln 0.5 = −0.693147…, ln 0.01 = −4.605170…, ln e⁻² = −2.
    expect(negativeLog(1)).toBe(0);
    expect(Object.is(negativeLog(1), -0)).toBe(false);
    expect(negativeLog(0.5)).toBeCloseTo(0.6931471805599453, 12);
    expect(negativeLog(0.01)).toBeCloseTo(4.605170185988091, 12);
    expect(negativeLog(Math.exp(-2))).toBeCloseTo(2, 12);
    expect(negativeLog(0.44)).toBeCloseTo(-Math.log(0.44), 12);
  });

  it('rejects p outside (0, 1] and non-numbers', () => {
    for (const p of [0, -0.1, 1.5, Number.NaN, Infinity]) expect(() => negativeLog(p)).toThrow(MathInputError);
  });
});

describe('negativeLogCurve', () => {
  it('samples n points from pMin to exactly 1, evenly spaced, with y = −ln x', () => {
    const curve = negativeLogCurve(100, 0.01);
    expect(curve).toHaveLength(100);
    expect(curve[0][0]).toBeCloseTo(0.01, 15);
    expect(curve[99]).toEqual([1, 0]);
    expect(curve[1][0] - curve[0][0]).toBeCloseTo(0.99 / 99, 12);
    for (const [p, loss] of curve) expect(loss).toBeCloseTo(-Math.log(p), 12);
  });

  it('falls monotonically: a surer right answer always costs less', () => {
    const curve = negativeLogCurve(50, 0.001);
    for (let i = 1; i < curve.length; i++) expect(curve[i][1]).toBeLessThan(curve[i - 1][1]);
    expect(curve.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
  });

  it('rejects bad sample counts and ranges', () => {
    expect(() => negativeLogCurve(1)).toThrow(MathInputError);
    expect(() => negativeLogCurve(2.5)).toThrow(MathInputError);
    expect(() => negativeLogCurve(10, 0)).toThrow(MathInputError);
    expect(() => negativeLogCurve(10, 1)).toThrow(MathInputError);
  });
});
