/** The learning-rate slide's numbers on L(w) = (w − 1)² from w₀ = −2, worked out by hand: w_k − 1 = −3 (1 − 2η)^k. */
import { describe, expect, it } from 'vitest';
import { LEARNING_RATE_BOWL, learningRateLandscape } from '../../src/model/learningRateLandscape';

describe('learningRateLandscape', () => {
  it('η = 0,2: factor 0,6, w₁ = −0,8, monotone convergence to 3 · 0,6¹⁰', () => {
    const l = learningRateLandscape(0.2);
    expect(l.factor).toBeCloseTo(0.6, 12);
    expect(l.w1).toBeCloseTo(-0.8, 12);
    expect(l.behaviour.kind).toBe('converges');
    expect(l.behaviour.alternating).toBe(false);
    expect(l.startDistance).toBe(3);
    expect(l.endDistance).toBeCloseTo(3 * 0.6 ** 10, 12);
    expect(l.maxStableLearningRate).toBe(1);
    expect(l.leftWindow).toBe(false);
    expect(l.path).toHaveLength(11);
    expect(l.plotted[0]).toEqual([-2, 9]);
  });

  it('η = 1: the path swings between −2 and 4 for ever', () => {
    const l = learningRateLandscape(1);
    expect(l.factor).toBe(-1);
    expect(l.path.map((p) => p.x[0])).toEqual([-2, 4, -2, 4, -2, 4, -2, 4, -2, 4, -2]);
    expect(l.behaviour).toMatchObject({ kind: 'swings', alternating: true });
    expect(l.endDistance).toBe(3);
    expect(l.leftWindow).toBe(false);
  });

  it('η = 1,5: the distance doubles every step, points outside the window are drawn on its edge', () => {
    const l = learningRateLandscape(1.5);
    expect(l.factor).toBe(-2);
    expect(l.behaviour.kind).toBe('diverges');
    expect(l.w1).toBe(7);
    expect(l.plotted[1]).toEqual([5, 16]); // w₁ = 7, L = 36, clamped into [−3; 5] × [0; 16]
    expect(l.leftWindow).toBe(true);
    expect(l.endDistance).toBe(3 * 2 ** 10);
  });

  it('a path that leaves the finite numbers has no end distance', () => {
    const l = learningRateLandscape(1.5, { ...LEARNING_RATE_BOWL, steps: 2000 });
    expect(l.path.length).toBeLessThan(2001);
    expect(l.endDistance).toBeNull();
    expect(l.behaviour.kind).toBe('diverges');
  });

  it('samples the bowl across the window', () => {
    const { curve } = learningRateLandscape(0.2);
    expect(curve).toHaveLength(81);
    expect(curve[0]).toEqual([-3, 16]);
    expect(curve[40]).toEqual([1, 0]);
    expect(curve[80]).toEqual([5, 16]);
  });
});
