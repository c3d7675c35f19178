/**
 * Every gradient in trace.grads checked by central finite differences of the loss as a function
 * of the parameters (and of h for grads.h).
 */
import { describe, expect, it } from 'vitest';
import { createRng, randomNormalMatrix, randomNormalVector, crossEntropyFromLogits, add, matVec } from '../../src/math';
import { DEFAULT_PARAMS, TARGET_INDEX, traceWorkedExample, type WorkedParams } from '../../src/model';
import { expectAllClose, numericalGradient, numericalGradientMatrix } from '../helpers/finiteDifference';

type MatrixKey = 'W_Q' | 'W_K' | 'W_V' | 'W_out';
const MATRIX_KEYS: readonly MatrixKey[] = ['W_Q', 'W_K', 'W_V', 'W_out'];

function checkAllGradients(params: WorkedParams, temperature: number): void {
  const trace = traceWorkedExample(params, { temperature });
  const lossOf = (p: WorkedParams) => traceWorkedExample(p, { temperature }).loss;
  for (const key of MATRIX_KEYS) {
    const numeric = numericalGradientMatrix((W) => lossOf({ ...params, [key]: W }), params[key]);
    expectAllClose(trace.grads[key], numeric, 1e-8, 1e-6);
  }
  expectAllClose(trace.grads.b, numericalGradient((b) => lossOf({ ...params, b }), params.b), 1e-8, 1e-6);
  // h is an intermediate: L(h) = CE(W_out h + b).
  const lossOfH = (h: readonly number[]) =>
    crossEntropyFromLogits(add(matVec(params.W_out, h), params.b), TARGET_INDEX, temperature).loss;
  expectAllClose(trace.grads.h, numericalGradient(lossOfH, trace.h), 1e-8, 1e-6);
  // The values are intermediates too: with the weights a fixed, h = Σ_j a_j v_j (plain loop).
  const lossOfV = (V: readonly (readonly number[])[]) => {
    const h = [0, 0, 0, 0];
    V.forEach((v, j) => v.forEach((x, i) => (h[i] += trace.weights[j] * x)));
    return lossOfH(h);
  };
  expectAllClose(trace.grads.V, numericalGradientMatrix(lossOfV, trace.V), 1e-8, 1e-6);
}

describe('worked example: gradients by central finite differences', () => {
  it('default parameters, T = 1', () => {
    checkAllGradients(DEFAULT_PARAMS, 1);
  });

  it('default parameters, T = 0.5 and T = 3', () => {
    checkAllGradients(DEFAULT_PARAMS, 0.5);
    checkAllGradients(DEFAULT_PARAMS, 3);
  });

  it('random parameters (seeded)', () => {
    for (const seed of [1, 2, 3]) {
      const rng = createRng(seed);
      const params: WorkedParams = {
        embeddings: randomNormalMatrix(rng, 5, 4, 0.8),
        W_Q: randomNormalMatrix(rng, 4, 4, 0.8),
        W_K: randomNormalMatrix(rng, 4, 4, 0.8),
        W_V: randomNormalMatrix(rng, 4, 4, 0.8),
        W_out: randomNormalMatrix(rng, 3, 4, 0.8),
        b: randomNormalVector(rng, 3, 0.5),
      };
      checkAllGradients(params, 1);
    }
  });

  it('W_Q receives gradient only through q_von: rows scale with e_von', () => {
    const trace = traceWorkedExample();
    const eVon = DEFAULT_PARAMS.embeddings[4];
    // ∂L/∂W_Q = e_vonᵀ ∂L/∂q is rank one: row i = e_von[i] · (∂L/∂q).
    const base = trace.grads.W_Q[3].map((g) => g / eVon[3]);
    trace.grads.W_Q.forEach((row, i) => expectAllClose(row, base.map((g) => g * eVon[i]), 1e-15, 1e-12));
  });

  it('the update is θ − η ∇L on W_Q, W_K, W_V, W_out, b and leaves the embeddings alone', () => {
    const eta = 0.3;
    const trace = traceWorkedExample(DEFAULT_PARAMS, { learningRate: eta });
    expect(trace.updated.embeddings).toBe(DEFAULT_PARAMS.embeddings);
    for (const key of MATRIX_KEYS) {
      const expected = DEFAULT_PARAMS[key].map((row, i) => row.map((w, j) => w - eta * trace.grads[key][i][j]));
      expectAllClose(trace.updated[key], expected, 1e-15, 0);
    }
    expectAllClose(trace.updated.b, DEFAULT_PARAMS.b.map((w, i) => w - eta * trace.grads.b[i]), 1e-15, 0);
    for (const key of MATRIX_KEYS) expect(trace.updated[key]).not.toEqual(DEFAULT_PARAMS[key]);
  });

  it('one step lowers the loss and raises P(Frankreich)', () => {
    const before = traceWorkedExample();
    const after = traceWorkedExample(before.updated);
    expect(after.loss).toBeLessThan(before.loss);
    expect(after.probabilities[0]).toBeGreaterThan(before.probabilities[0]);
  });
});
