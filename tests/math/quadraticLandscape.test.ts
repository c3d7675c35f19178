import { describe, expect, it } from 'vitest';
import { MathInputError, clampToBox, classifyDescent, descend, quadraticLandscape, sampleFunction } from '../../src/math';

/*
 * Hand derivation for L(w) = a (w − w*)²: L'(w) = 2a (w − w*), so one step gives
 *   w_{k+1} − w* = w_k − w* − 2aη (w_k − w*) = (1 − 2aη)(w_k − w*).
 * It converges iff |1 − 2aη| < 1 ⟺ 0 < η < 1/a, swings for η = 1/a and diverges for η > 1/a.
 */
function run(a: number, wStar: number, w0: number, eta: number, steps: number) {
  const bowl = quadraticLandscape(a, wStar);
  const path = descend(bowl.f, bowl.grad, [w0], eta, steps);
  return { bowl, path, behaviour: classifyDescent(path, wStar, steps) };
}

describe('quadraticLandscape', () => {
  it('has value, gradient and error factor as derived by hand', () => {
    const bowl = quadraticLandscape(2, 1);
    expect(bowl.f([3])).toBe(8); // 2 · (3 − 1)²
    expect(bowl.grad([3])).toEqual([8]); // 2 · 2 · (3 − 1)
    expect(bowl.errorFactor(0.1)).toBeCloseTo(0.6, 15); // 1 − 2 · 2 · 0.1
    expect(bowl.maxStableLearningRate).toBe(0.5); // 1/a
  });

  it('multiplies the distance to the minimum by (1 − 2aη) in every step', () => {
    const { path } = run(1, 1, -2, 0.3, 5);
    for (let k = 0; k < 5; k++) expect(path[k + 1].x[0] - 1).toBeCloseTo(0.4 * (path[k].x[0] - 1), 12);
    expect(path[1].x[0]).toBeCloseTo(-0.2, 12); // −2 − 0.3 · 2 · (−3) = −2 + 1.8
  });

  it.each([
    // [a, η, kind, alternating]
    [1, 0.05, 'converges', false],
    [1, 0.4, 'converges', false],
    [1, 0.5, 'converges', false], // 1 − 2aη = 0: minimum after one step
    [1, 0.75, 'converges', true], // factor −0.5
    [1, 1, 'swings', true], // factor −1: jumps between −2 and 4 forever
    [1, 1.05, 'diverges', true], // factor −1.1
    [1, 1.5, 'diverges', true],
    [2, 0.45, 'converges', true], // 1/a = 0.5: factor −0.8
    [2, 0.55, 'diverges', true], // factor −1.2
  ] as const)('a = %s, η = %s: %s', (a, eta, kind, alternating) => {
    const { behaviour } = run(a, 1, -2, eta, 10);
    expect(behaviour.kind).toBe(kind);
    if (eta !== 0.5) expect(behaviour.alternating).toBe(alternating);
  });

  it('diverges exactly above η = 1/a (checked on both sides of the threshold)', () => {
    for (const a of [0.5, 1, 4]) {
      expect(run(a, 0, 1, (1 / a) * 0.99, 20).behaviour.kind).toBe('converges');
      expect(run(a, 0, 1, (1 / a) * 1.01, 20).behaviour.kind).toBe('diverges');
    }
  });

  it('calls a path that overflowed to Infinity divergent and keeps only finite points', () => {
    const { path, behaviour } = run(1, 0, 1, 1e10, 100);
    expect(path.length).toBeLessThan(101);
    expect(path.every((p) => Number.isFinite(p.x[0]) && Number.isFinite(p.loss))).toBe(true);
    expect(behaviour.kind).toBe('diverges');
    expect(behaviour.distanceRatio).toBe(Infinity);
  });

  it('rejects a bad curvature or shape', () => {
    expect(() => quadraticLandscape(0, 1)).toThrow(MathInputError);
    expect(() => quadraticLandscape(1, Number.NaN)).toThrow(MathInputError);
    expect(() => quadraticLandscape(1, 0).f([1, 2])).toThrow(MathInputError);
    expect(() => classifyDescent([], 0, 1)).toThrow(MathInputError);
  });
});

describe('sampleFunction and clampToBox', () => {
  it('samples evenly from `from` to exactly `to`', () => {
    const points = sampleFunction((x) => x * x, -1, 1, 5);
    expect(points.map(([x]) => x)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(points.map(([, y]) => y)).toEqual([1, 0.25, 0, 0.25, 1]);
  });

  it('clamps points into the plotting window and never returns NaN', () => {
    expect(clampToBox([10, -5], [-3, 5], [0, 16])).toEqual([5, 0]);
    expect(clampToBox([-1e300, 1e300], [-3, 5], [0, 16])).toEqual([-3, 16]);
    expect(clampToBox([1, 2], [-3, 5], [0, 16])).toEqual([1, 2]);
    expect(clampToBox([Number.NaN, Number.NaN], [-3, 5], [0, 16])).toEqual([-3, 0]);
  });
});
