/** The rotary slide's numbers, worked out by hand for angles where sine and cosine are exact. */
import { describe, expect, it } from 'vitest';
import { ropeFrequencySpread, rotaryView } from '../../src/model/rotary';

const EXAMPLE = { pair: [1, 0.5], query: [1, 0.5], key: [0.6, -0.8], distance: 3 } as const;

describe('rotaryView', () => {
  it('m = 2, θ = π/4: the pair turns by 90° to (−0,5; 1)', () => {
    const v = rotaryView({ position: 2, theta: Math.PI / 4, shift: 0 }, EXAMPLE);
    expect(v.angle).toBeCloseTo(Math.PI / 2, 15);
    expect(v.degrees).toBeCloseTo(90, 12);
    expect(v.rotated[0]).toBeCloseTo(-0.5, 12);
    expect(v.rotated[1]).toBeCloseTo(1, 12);
  });

  it('the key sits `distance` tokens later; the score depends on n − m only', () => {
    const v = rotaryView({ position: 4, theta: 0.5, shift: 7 }, EXAMPLE);
    expect([v.m, v.n]).toEqual([4, 7]);
    // (R_m q)·(R_n k) = qᵀ R_{n−m} k: rotate k by 3 · 0,5 = 1,5 rad and take the dot product with q.
    const c = Math.cos(1.5);
    const s = Math.sin(1.5);
    const rk = [c * 0.6 - s * -0.8, s * 0.6 + c * -0.8];
    expect(v.scoreHere).toBeCloseTo(1 * rk[0] + 0.5 * rk[1], 12);
    expect(v.scoreShifted).toBeCloseTo(v.scoreHere, 12);
  });

  it('the plain dot product q · k = 1 · 0,6 + 0,5 · (−0,8) = 0,2', () => {
    expect(rotaryView({ position: 0, theta: 0.4, shift: 5 }, EXAMPLE).plain).toBeCloseTo(0.2, 15);
  });
});

describe('ropeFrequencySpread', () => {
  it('d = 128: 64 pairs from θ = 1 (a turn every 2π ≈ 6,28 tokens) to θ = 10000^(−126/128) ≈ 1,155 · 10⁻⁴', () => {
    const spread = ropeFrequencySpread();
    expect(spread.pairs).toBe(64);
    expect(spread.fastest).toBe(1);
    expect(spread.slowest).toBeCloseTo(Math.exp((-126 / 128) * Math.log(10000)), 15);
    expect(spread.slowest).toBeCloseTo(1.1548e-4, 7);
    expect(spread.shortestWavelength).toBeCloseTo(6.2832, 4);
    expect(spread.longestWavelength).toBeCloseTo(2 * Math.PI * 10000 ** (126 / 128), 6);
  });
});
