import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError, layerNorm, layerNormBackward, sum, type Vector } from '../../src/math';
import { vectorArb } from '../helpers/arbitraries';
import { expectAllClose, numericalGradient } from '../helpers/finiteDifference';

describe('layerNorm', () => {
  it('hand-worked: x = (1, 2, 3), γ = 1, β = 0, ε = 0 gives (−√1.5, 0, √1.5)', () => {
    // μ = 2, σ² = (1 + 0 + 1)/3 = 2/3, x̂ = (−1, 0, 1)/√(2/3).
    const r = layerNorm([1, 2, 3], [1, 1, 1], [0, 0, 0], 0);
    expect(r.mean).toBe(2);
    expect(r.variance).toBeCloseTo(2 / 3, 15);
    expectAllClose(r.output, [-Math.sqrt(1.5), 0, Math.sqrt(1.5)], 1e-15, 1e-14);
  });

  it('applies gain and bias', () => {
    const r = layerNorm([1, 2, 3], [2, 2, 2], [1, 1, 1], 0);
    expectAllClose(r.output, [1 - 2 * Math.sqrt(1.5), 1, 1 + 2 * Math.sqrt(1.5)], 1e-15, 1e-14);
  });

  it('property: the normalised vector has mean 0 and variance ≈ 1', () => {
    fc.assert(
      fc.property(vectorArb(2, 8, 100), (x) => {
        fc.pre(Math.max(...x) - Math.min(...x) > 1e-2);
        const { normalized } = layerNorm(x, x.map(() => 1), x.map(() => 0), 1e-12);
        expect(sum(normalized) / x.length).toBeCloseTo(0, 9);
        expect(sum(normalized.map((v) => v * v)) / x.length).toBeCloseTo(1, 6);
      }),
    );
  });

  it('a constant vector gives β with ε > 0, and is rejected with ε = 0', () => {
    expect(layerNorm([5, 5], [1, 1], [0.1, 0.2]).output).toEqual([0.1, 0.2]);
    expect(() => layerNorm([5, 5], [1, 1], [0, 0], 0)).toThrow(MathInputError);
  });

  it('rejects mismatched lengths and NaN', () => {
    expect(() => layerNorm([1, 2], [1], [0, 0])).toThrow('layerNorm: expected gamma and beta of length 2 like x, got 1 and 2');
    expect(() => layerNorm([1, NaN], [1, 1], [0, 0])).toThrow('layerNorm: x contains NaN at index 1');
  });
});

describe('layerNormBackward (gradient)', () => {
  const caseArb = fc.integer({ min: 2, max: 6 }).chain((n) =>
    fc.tuple(vectorArb(n, n, 3), vectorArb(n, n, 2), vectorArb(n, n, 2), vectorArb(n, n, 2)),
  );

  it('dx, dγ, dβ match central finite differences of L = dy · LayerNorm(x)', () => {
    fc.assert(
      fc.property(caseArb, ([x, gamma, beta, dy]) => {
        fc.pre(Math.max(...x) - Math.min(...x) > 0.1);
        const eps = 1e-5;
        const loss = (xx: Vector, g: Vector, b: Vector) =>
          sum(layerNorm(xx, g, b, eps).output.map((y, i) => y * dy[i]));
        const g = layerNormBackward(x, gamma, beta, dy, eps);
        expectAllClose(g.dx, numericalGradient((v) => loss(v, gamma, beta), x), 1e-7, 1e-6);
        expectAllClose(g.dGamma, numericalGradient((v) => loss(x, v, beta), gamma), 1e-7, 1e-6);
        expectAllClose(g.dBeta, numericalGradient((v) => loss(x, gamma, v), beta), 1e-7, 1e-6);
      }),
    );
  });

  it('property: dx sums to 0 (LayerNorm is shift invariant)', () => {
    fc.assert(
      fc.property(caseArb, ([x, gamma, beta, dy]) => {
        expect(sum(layerNormBackward(x, gamma, beta, dy).dx)).toBeCloseTo(0, 6);
      }),
    );
  });

  it('rejects a dOutput of the wrong length', () => {
    expect(() => layerNormBackward([1, 2], [1, 1], [0, 0], [1])).toThrow('layerNormBackward: expected dOutput of length 2, got 1');
  });
});
