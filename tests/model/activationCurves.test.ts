import { describe, expect, it } from 'vitest';
import { geluExact, relu } from '../../src/math';
import { activationCurves, activationsAt, sampleCurve } from '../../src/model/activationCurves';

describe('sampleCurve', () => {
  it('samples evenly, both ends included', () => {
    expect(sampleCurve((x) => 2 * x, -1, 1, 5)).toEqual([
      [-1, -2],
      [-0.5, -1],
      [0, 0],
      [0.5, 1],
      [1, 2],
    ]);
  });
  it('rejects a bad grid', () => {
    expect(() => sampleCurve(relu, 1, 1, 5)).toThrow(/from < to/);
    expect(() => sampleCurve(relu, 0, 1, 1)).toThrow(/count/);
    expect(() => sampleCurve(relu, Number.NaN, 1, 3)).toThrow();
  });
});

describe('activationCurves', () => {
  const c = activationCurves();
  it('GeLU ≈ ReLU far from 0, differs near 0 and dips below 0 for negative x', () => {
    expect(c.gelu[0][1]).toBeCloseTo(0, 3);
    expect(c.gelu[c.gelu.length - 1][1]).toBeCloseTo(4, 3);
    expect(Math.min(...c.gelu.map(([, y]) => y))).toBeCloseTo(-0.17, 2);
    expect(c.relu.every(([x, y]) => y === Math.max(0, x))).toBe(true);
  });
  it('the lowest sampled GeLU point is x = −0,75 (grid step 0,05; the true minimum is at −0,7518)', () => {
    // GeLU(−0,75) = −0,75 · Φ(−0,75) = −0,75 · 0,226627 = −0,169970; the neighbours are higher:
    // GeLU(−0,70) = −0,7 · 0,241964 = −0,169375, GeLU(−0,80) = −0,8 · 0,211855 = −0,169484.
    expect(c.geluMinimum[0]).toBeCloseTo(-0.75, 12);
    expect(c.geluMinimum[1]).toBeCloseTo(-0.16997, 5);
    for (const [, y] of c.gelu) expect(y).toBeGreaterThanOrEqual(c.geluMinimum[1]);
  });
  it('the tanh approximation stays within 0.001 of exact GeLU', () => {
    expect(c.maxTanhError).toBeGreaterThan(0);
    expect(c.maxTanhError).toBeLessThan(1e-3);
  });
  it('activationsAt(x): GeLU(x) = x·Φ(x)', () => {
    const a = activationsAt(-1);
    expect(a.gelu).toBeCloseTo(a.x * a.phi, 14);
    expect(a.gelu).toBe(geluExact(-1));
    expect(a.phi).toBeCloseTo(0.158655, 5);
    expect(a.relu).toBe(0);
  });
});
