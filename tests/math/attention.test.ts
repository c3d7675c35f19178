import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MathInputError,
  attentionBackward,
  causalMask,
  scaledDotProductAttention,
  softmax,
  sum,
  zeros,
  type Matrix,
} from '../../src/math';
import { matrixArb } from '../helpers/arbitraries';
import { expectAllClose, numericalGradientMatrix } from '../helpers/finiteDifference';

/** Scalar loss L = Σᵢⱼ Gᵢⱼ Oᵢⱼ, whose gradient with respect to O is G. */
function weightedOutput(G: Matrix, O: Matrix): number {
  let s = 0;
  O.forEach((row, i) => row.forEach((o, j) => (s += G[i][j] * o)));
  return s;
}

describe('scaledDotProductAttention', () => {
  // Hand-worked: d_k = 4, so √d_k = 2.
  // q = (1, 0, 1, 0); k₀ = (1, 0, 1, 0), k₁ = (0, 1, 0, 1): scores (2, 0), scaled (1, 0).
  // weights = (e, 1)/(e + 1) = (0.7310585786300049, 0.2689414213699951).
  // v₀ = (1, 0), v₁ = (0, 2): output = (0.7310585786300049, 0.5378828427399902).
  const Q = [[1, 0, 1, 0]];
  const K = [
    [1, 0, 1, 0],
    [0, 1, 0, 1],
  ];
  const V = [
    [1, 0],
    [0, 2],
  ];

  it('hand-worked tiny example', () => {
    const r = scaledDotProductAttention(Q, K, V, { causal: false });
    expect(r.scores).toEqual([[2, 0]]);
    expect(r.scaledScores).toEqual([[1, 0]]);
    expectAllClose(r.weights, [[0.7310585786300049, 0.2689414213699951]], 1e-15, 1e-14);
    expectAllClose(r.output, [[0.7310585786300049, 0.5378828427399902]], 1e-15, 1e-14);
    expect(r.mask).toEqual([[false, false]]);
  });

  it('causal mask gives exact 0 above the diagonal, and scores stay finite', () => {
    const X = [
      [1, 2],
      [3, -1],
      [0.5, 0.5],
    ];
    const r = scaledDotProductAttention(X, X, X, { causal: true });
    expect(r.mask).toEqual([
      [false, true, true],
      [false, false, true],
      [false, false, false],
    ]);
    expect(r.weights[0]).toEqual([1, 0, 0]);
    expect(r.weights[1][2]).toBe(0);
    r.scores.forEach((row) => row.forEach((s) => expect(Number.isFinite(s)).toBe(true)));
    // The scores above the diagonal are the real dot products, only hidden by the mask.
    expect(r.scores[0][1]).toBe(1 * 3 + 2 * -1);
    // Row 1 is the softmax over its two visible entries.
    expectAllClose(r.weights[1].slice(0, 2), softmax(r.scaledScores[1].slice(0, 2)), 1e-15, 1e-14);
  });

  it('a single causal query is aligned with the last key and sees every key', () => {
    const r = scaledDotProductAttention(Q, K, V, { causal: true });
    const free = scaledDotProductAttention(Q, K, V, { causal: false });
    expect(r.mask).toEqual([[false, false]]);
    expect(r.weights).toEqual(free.weights);
  });

  it('causalMask aligns queries with the last keys', () => {
    expect(causalMask(2, 3)).toEqual([
      [false, false, true],
      [false, false, false],
    ]);
  });

  it('rows sum to 1 and weights lie in [0, 1] (property, causal and not)', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 })).chain(([n, d, dv]) =>
          fc.tuple(matrixArb(n, d), matrixArb(n, d), matrixArb(n, dv)),
        ),
        fc.boolean(),
        ([Qm, Km, Vm], causal) => {
          const r = scaledDotProductAttention(Qm, Km, Vm, { causal });
          r.weights.forEach((row, i) => {
            expect(sum(row)).toBeCloseTo(1, 12);
            row.forEach((w, j) => {
              expect(w).toBeGreaterThanOrEqual(0);
              expect(w).toBeLessThanOrEqual(1);
              if (r.mask[i][j]) expect(w).toBe(0);
            });
          });
        },
      ),
    );
  });

  it('output rows are convex combinations of value rows (inside their min/max)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(matrixArb(n, 3), matrixArb(n, 3), matrixArb(n, 2))),
        ([Qm, Km, Vm]) => {
          const r = scaledDotProductAttention(Qm, Km, Vm, { causal: false });
          for (const row of r.output)
            row.forEach((o, j) => {
              const col = Vm.map((v) => v[j]);
              expect(o).toBeGreaterThanOrEqual(Math.min(...col) - 1e-9);
              expect(o).toBeLessThanOrEqual(Math.max(...col) + 1e-9);
            });
        },
      ),
    );
  });

  it('large scores do not overflow', () => {
    const r = scaledDotProductAttention([[1e3, 1e3]], [[1e3, 1e3], [-1e3, -1e3]], [[1], [2]], { causal: false });
    expect(r.weights).toEqual([[1, 0]]);
    expect(r.output).toEqual([[1]]);
  });

  it('prints shapes for mismatched inputs', () => {
    expect(() => scaledDotProductAttention(zeros(5, 4), zeros(5, 3), zeros(5, 4), { causal: false })).toThrow(
      'scaledDotProductAttention: expected Q and K to have the same width d_k, got Q 5x4 and K 5x3',
    );
    expect(() => scaledDotProductAttention(zeros(5, 4), zeros(5, 4), zeros(4, 4), { causal: false })).toThrow(
      'scaledDotProductAttention: expected one value row per key, got K 5x4 and V 4x4',
    );
    expect(() => scaledDotProductAttention(zeros(3, 2), zeros(2, 2), zeros(2, 2), { causal: true })).toThrow(MathInputError);
  });

  it('propagates NaN as a clear error', () => {
    expect(() => scaledDotProductAttention([[NaN]], [[1]], [[1]], { causal: false })).toThrow(
      'scaledDotProductAttention: Q contains NaN at [0, 0]',
    );
  });
});

describe('attentionBackward (gradient)', () => {
  const gradientCase = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
    .chain(([nq, extra, d, dv]) => {
      const nk = nq + extra;
      return fc.tuple(matrixArb(nq, d, fc.double({ min: -2, max: 2, noNaN: true })), matrixArb(nk, d, fc.double({ min: -2, max: 2, noNaN: true })), matrixArb(nk, dv, fc.double({ min: -2, max: 2, noNaN: true })), matrixArb(nq, dv, fc.double({ min: -2, max: 2, noNaN: true })));
    });

  for (const causal of [false, true]) {
    it(`dQ, dK, dV match central finite differences (causal: ${causal})`, () => {
      fc.assert(
        fc.property(gradientCase, ([Qm, Km, Vm, G]) => {
          const opts = { causal };
          const loss = (q: Matrix, k: Matrix, v: Matrix) => weightedOutput(G, scaledDotProductAttention(q, k, v, opts).output);
          const g = attentionBackward(Qm, Km, Vm, G, opts);
          expectAllClose(g.dQ, numericalGradientMatrix((q) => loss(q, Km, Vm), Qm), 1e-7, 1e-6);
          expectAllClose(g.dK, numericalGradientMatrix((k) => loss(Qm, k, Vm), Km), 1e-7, 1e-6);
          expectAllClose(g.dV, numericalGradientMatrix((v) => loss(Qm, Km, v), Vm), 1e-7, 1e-6);
        }),
        { numRuns: 60 },
      );
    });
  }

  it('hand-worked dV = Aᵀ dO for the tiny example', () => {
    const Q = [[1, 0, 1, 0]];
    const K = [[1, 0, 1, 0], [0, 1, 0, 1]];
    const V = [[1, 0], [0, 2]];
    const g = attentionBackward(Q, K, V, [[1, 0]], { causal: false });
    expectAllClose(g.dV, [[0.7310585786300049, 0], [0.2689414213699951, 0]], 1e-15, 1e-14);
    // dA = dO Vᵀ = (1, 0); dS = a ⊙ (dA − dA·a) / 2 = (a₀ a₁, −a₀ a₁) / 2.
    const a0a1 = 0.7310585786300049 * 0.2689414213699951;
    expectAllClose(g.dScores, [[a0a1 / 2, -a0a1 / 2]], 1e-15, 1e-13);
  });

  it('masked positions get exactly zero score gradient', () => {
    const X = [[1, 2], [3, -1], [0.5, 0.5]];
    const g = attentionBackward(X, X, X, [[1, 1], [1, -1], [2, 0]], { causal: true });
    expect(g.dScores[0][1]).toBe(0);
    expect(g.dScores[0][2]).toBe(0);
    expect(g.dScores[1][2]).toBe(0);
  });

  it('prints shapes for a wrong dOutput', () => {
    expect(() => attentionBackward(zeros(2, 3), zeros(2, 3), zeros(2, 4), zeros(2, 3), { causal: false })).toThrow(
      'attentionBackward: expected dOutput to be 2x4 like the output, got 2x3',
    );
  });
});
