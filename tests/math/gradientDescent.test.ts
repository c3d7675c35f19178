import { describe, expect, it } from 'vitest';
import { MathInputError, descend, gradientDescentStep, type Vector } from '../../src/math';
import { expectAllClose } from '../helpers/finiteDifference';

/** Test fixture: the separable bowl f(x) = ½ Σ cᵢ xᵢ², ∇f = (cᵢ xᵢ); descent is stable iff η < 2 / max cᵢ. */
function quadraticBowl(curvatures: Vector) {
  return {
    f: (x: Vector) => x.reduce((s, xi, i) => s + 0.5 * curvatures[i] * xi * xi, 0),
    grad: (x: Vector) => x.map((xi, i) => curvatures[i] * xi),
  };
}

describe('gradientDescentStep', () => {
  it('vector: θ − η ∇L, hand-worked', () => {
    expect(gradientDescentStep([1, 2], [0.5, -1], 0.1)).toEqual([0.95, 2.1]);
  });

  it('matrix: W − η ∇L, hand-worked', () => {
    expect(gradientDescentStep([[1, 0], [0, 1]], [[2, 0], [0, -2]], 0.5)).toEqual([[0, 0], [0, 2]]);
  });

  it('does not mutate the parameters', () => {
    const W = Object.freeze([Object.freeze([1, 2])]);
    gradientDescentStep(W, [[1, 1]], 1);
    expect(W).toEqual([[1, 2]]);
  });

  it('rejects mismatched shapes and bad learning rates', () => {
    expect(() => gradientDescentStep([[1, 2]], [[1], [2]], 0.1)).toThrow(
      'gradientDescentStep: expected grad of shape 1x2 like param, got 2x1',
    );
    expect(() => gradientDescentStep([1, 2], [1], 0.1)).toThrow(MathInputError);
    expect(() => gradientDescentStep([1], [[1]] as unknown as number[], 0.1)).toThrow(MathInputError);
    for (const eta of [0, -0.1, NaN, Infinity]) expect(() => gradientDescentStep([1], [1], eta)).toThrow(MathInputError);
    expect(() => gradientDescentStep([1], [NaN], 0.1)).toThrow('gradientDescentStep: grad contains NaN at index 0');
  });
});

describe('descend on a quadratic bowl (convergence vs divergence)', () => {
  const bowl = quadraticBowl([1, 4]); // f = ½(x² + 4y²), stable iff η < 2/4 = 0.5

  it('converges for η below the limit: the loss falls monotonically towards 0', () => {
    const path = descend(bowl.f, bowl.grad, [2, 1], 0.2, 50);
    expect(path).toHaveLength(51);
    expect(path[0]).toEqual({ step: 0, x: [2, 1], loss: 4 });
    for (let i = 1; i < path.length; i++) expect(path[i].loss).toBeLessThan(path[i - 1].loss);
    expect(path[50].loss).toBeLessThan(1e-8);
  });

  it('each step multiplies coordinate i by (1 − η cᵢ)', () => {
    const path = descend(bowl.f, bowl.grad, [2, 1], 0.2, 1);
    expectAllClose(path[1].x, [2 * 0.8, 1 * 0.2], 1e-15, 1e-15);
  });

  it('diverges for η above the limit: the loss grows and the path stops before Infinity', () => {
    const path = descend(bowl.f, bowl.grad, [2, 1], 0.6, 20);
    for (let i = 1; i < path.length; i++) expect(path[i].loss).toBeGreaterThan(path[i - 1].loss);
    expect(path[20].loss).toBeGreaterThan(1e3 * path[0].loss);
    const far = descend(bowl.f, bowl.grad, [2, 1], 10, 10000);
    expect(far.length).toBeLessThan(10001);
    expect(far.every((p) => Number.isFinite(p.loss) && p.x.every(Number.isFinite))).toBe(true);
  });

  it('oscillates without progress exactly at η = 2 / c', () => {
    const path = descend(quadraticBowl([2]).f, quadraticBowl([2]).grad, [1], 1, 4);
    expect(path.map((p) => p.x[0])).toEqual([1, -1, 1, -1, 1]);
  });

  it('1-D bowl is solved in one step at η = 1 / c', () => {
    const b = quadraticBowl([4]);
    expect(descend(b.f, b.grad, [3], 0.25, 1)[1].x).toEqual([0]);
  });

  it('validates its arguments', () => {
    expect(() => descend(bowl.f, bowl.grad, [1, 1], 0.1, -1)).toThrow(MathInputError);
    expect(() => descend(bowl.f, bowl.grad, [1, 1], 0, 5)).toThrow(MathInputError);
  });
});
