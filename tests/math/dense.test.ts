import { describe, expect, it } from 'vitest';
import {
  causalSelfAttention,
  causalSelfAttentionBackward,
  createRng,
  dense,
  denseFromMatrix,
  denseToMatrix,
  gatherRows,
  geluTanh,
  geluTanhDense,
  geluTanhDenseBackward,
  geluTanhDenseForward,
  layerNormRows,
  layerNormRowsBackward,
  linear,
  linearBackward,
  matmul,
  scatterAddRows,
  softmax,
  softmaxCrossEntropyRows,
  type Dense,
} from '../../src/math';
import { expectAllClose } from '../helpers/finiteDifference';

const rng = createRng(42);
const random = (rows: number, cols: number): Dense => {
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = rng.normal();
  return dense(rows, cols, data);
};
/** Reference LayerNorm of one vector, written out: γ ⊙ (x − μ)/√(σ² + ε) + β with the population variance. */
function layerNormReference(x: readonly number[], gamma: readonly number[], beta: readonly number[], epsilon: number): number[] {
  let mean = 0;
  for (const v of x) mean += v / x.length;
  let variance = 0;
  for (const v of x) variance += (v - mean) ** 2 / x.length;
  return x.map((v, i) => (gamma[i] * (v - mean)) / Math.sqrt(variance + epsilon) + beta[i]);
}
const sumWith = (Y: Dense, G: Dense): number => Y.data.reduce((s, y, i) => s + y * G.data[i], 0);

/** Central differences of f at every entry of `a` (f reads a.data, which is perturbed in place and restored). */
function numeric(a: Dense, f: () => number, h = 1e-6): number[] {
  return Array.from(a.data, (_, i) => {
    const old = a.data[i];
    a.data[i] = old + h;
    const plus = f();
    a.data[i] = old - h;
    const minus = f();
    a.data[i] = old;
    return (plus - minus) / (2 * h);
  });
}

describe('linear', () => {
  it('is X W + b, as matmul computes it', () => {
    const X = random(3, 4);
    const W = random(4, 2);
    const b = random(1, 2);
    const expected = matmul(denseToMatrix(X), denseToMatrix(W)).map((row) => row.map((v, j) => v + b.data[j]));
    expectAllClose(denseToMatrix(linear(X, W, b)), expected, 1e-12);
  });

  it('forward and backward equal the plain loops bit for bit, at every parity of every size', () => {
    for (const [n, k, m] of [[1, 1, 1], [2, 3, 2], [3, 2, 5], [4, 5, 3], [5, 4, 4], [7, 3, 1], [1, 6, 7]]) {
      const X = random(n, k);
      const W = random(k, m);
      const b = random(1, m);
      const G = random(n, m);
      const y = new Float64Array(n * m);
      const dX = new Float64Array(n * k);
      const dW = new Float64Array(k * m);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < m; j++) {
          let s = b.data[j];
          for (let p = 0; p < k; p++) s += X.data[i * k + p] * W.data[p * m + j];
          y[i * m + j] = s;
        }
        for (let p = 0; p < k; p++) {
          let s = 0;
          for (let j = 0; j < m; j++) s += G.data[i * m + j] * W.data[p * m + j];
          dX[i * k + p] = s;
        }
      }
      for (let p = 0; p < k; p++) {
        for (let j = 0; j < m; j++) {
          let s = 0;
          for (let i = 0; i < n; i++) s += X.data[i * k + p] * G.data[i * m + j];
          dW[p * m + j] = s;
        }
      }
      expect(linear(X, W, b).data).toEqual(y);
      const g = linearBackward(X, W, G);
      expect(g.dX.data).toEqual(dX);
      expect(g.dW.data).toEqual(dW);
    }
  });

  it('prints shapes on a mismatch', () => {
    expect(() => linear(random(5, 4), random(5, 4), random(1, 4))).toThrow('got X 5x4 and W 5x4');
  });

  it('backward matches finite differences for X, W and b', () => {
    const X = random(3, 4);
    const W = random(4, 2);
    const b = random(1, 2);
    const G = random(3, 2);
    const f = () => sumWith(linear(X, W, b), G);
    const g = linearBackward(X, W, G);
    expectAllClose(Array.from(g.dX.data), numeric(X, f), 1e-7);
    expectAllClose(Array.from(g.dW.data), numeric(W, f), 1e-7);
    expectAllClose(Array.from(g.db.data), numeric(b, f), 1e-7);
  });
});

describe('layerNormRows', () => {
  it('agrees with a written-out LayerNorm row by row', () => {
    const X = random(3, 5);
    const gamma = random(1, 5);
    const beta = random(1, 5);
    const rows = denseToMatrix(layerNormRows(X, gamma, beta, 1e-5).output);
    denseToMatrix(X).forEach((x, i) =>
      expectAllClose(rows[i], layerNormReference(x, Array.from(gamma.data), Array.from(beta.data), 1e-5), 1e-12),
    );
  });

  it('backward matches finite differences for x, γ and β', () => {
    const X = random(3, 5);
    const gamma = random(1, 5);
    const beta = random(1, 5);
    const G = random(3, 5);
    const f = () => sumWith(layerNormRows(X, gamma, beta, 1e-5).output, G);
    const g = layerNormRowsBackward(layerNormRows(X, gamma, beta, 1e-5), gamma, G);
    expectAllClose(Array.from(g.dX.data), numeric(X, f), 1e-6);
    expectAllClose(Array.from(g.dGamma.data), numeric(gamma, f), 1e-6);
    expectAllClose(Array.from(g.dBeta.data), numeric(beta, f), 1e-6);
  });
});

describe('geluTanhDense', () => {
  it('applies the scalar tanh GeLU entry by entry', () => {
    const X = random(2, 3);
    expectAllClose(Array.from(geluTanhDense(X).data), Array.from(X.data, geluTanh), 1e-15);
  });
  it('backward matches finite differences', () => {
    const X = random(2, 3);
    const G = random(2, 3);
    expectAllClose(Array.from(geluTanhDenseBackward(X, G).data), numeric(X, () => sumWith(geluTanhDense(X), G)), 1e-7);
  });
  it('backward with the tanh values of the forward pass gives the same numbers, bit for bit', () => {
    const X = random(3, 4);
    const G = random(3, 4);
    const forward = geluTanhDenseForward(X);
    expect(forward.tanh).toEqual(Float64Array.from(X.data, (x) => Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))));
    expect(geluTanhDenseBackward(X, G, forward.tanh).data).toEqual(geluTanhDenseBackward(X, G).data);
    expect(() => geluTanhDenseBackward(X, G, new Float64Array(2))).toThrow('expected 12 tanh values, got 2');
  });
});

describe('gatherRows and scatterAddRows', () => {
  it('look up rows and add gradients back to repeated ids', () => {
    const table = denseFromMatrix([[1, 2], [3, 4], [5, 6]]);
    expect(denseToMatrix(gatherRows(table, [2, 0, 2]))).toEqual([[5, 6], [1, 2], [5, 6]]);
    const d = scatterAddRows(denseFromMatrix([[1, 1], [2, 2], [3, 3]]), [2, 0, 2], 3);
    expect(denseToMatrix(d)).toEqual([[2, 2], [0, 0], [4, 4]]);
  });
});

describe('causalSelfAttention', () => {
  const starts = [0, 3, 5];
  const Q = random(5, 4);
  const K = random(5, 4);
  const V = random(5, 4);

  it('matches a plain per-head softmax(q kᵀ/√d_h) V within each sequence, masked to j ≤ i', () => {
    const result = causalSelfAttention(Q, K, V, 2, starts);
    const q = denseToMatrix(Q);
    const k = denseToMatrix(K);
    const v = denseToMatrix(V);
    for (let s = 0; s < 2; s++) {
      for (let i = starts[s]; i < starts[s + 1]; i++) {
        for (let h = 0; h < 2; h++) {
          const cols = [2 * h, 2 * h + 1];
          const keys = Array.from({ length: i - starts[s] + 1 }, (_, j) => starts[s] + j);
          const scores = keys.map((j) => cols.reduce((acc, c) => acc + q[i][c] * k[j][c], 0) / Math.SQRT2);
          const a = softmax(scores);
          const expected = cols.map((c) => keys.reduce((acc, j, t) => acc + a[t] * v[j][c], 0));
          expectAllClose(cols.map((c) => result.output.data[i * 4 + c]), expected, 1e-12);
          const w = (h * 5 + i) * result.maxLength;
          expectAllClose(Array.from(result.weights.subarray(w, w + keys.length)), a, 1e-12);
          // Masked keys (after the query) carry exactly 0.
          for (let j = keys.length; j < result.maxLength; j++) expect(result.weights[w + j]).toBe(0);
        }
      }
    }
  });

  it('backward matches finite differences for Q, K and V', () => {
    const G = random(5, 4);
    const f = () => sumWith(causalSelfAttention(Q, K, V, 2, starts).output, G);
    const g = causalSelfAttentionBackward(Q, K, V, causalSelfAttention(Q, K, V, 2, starts), starts, G);
    expectAllClose(Array.from(g.dQ.data), numeric(Q, f), 1e-7);
    expectAllClose(Array.from(g.dK.data), numeric(K, f), 1e-7);
    expectAllClose(Array.from(g.dV.data), numeric(V, f), 1e-7);
  });

  it('rejects sequence starts that do not cover the rows', () => {
    expect(() => causalSelfAttention(Q, K, V, 2, [0, 3])).toThrow('sequence starts must run from 0 to 5');
  });
});

describe('softmaxCrossEntropyRows', () => {
  it('is the mean of −log softmax at the targets, stable for large logits', () => {
    const logits = denseFromMatrix([[1000, 1000], [0, Math.log(3)]]);
    const { loss, probabilities } = softmaxCrossEntropyRows(logits, [0, 1]);
    expect(loss).toBeCloseTo((Math.log(2) + Math.log(4 / 3)) / 2, 12);
    expectAllClose(Array.from(probabilities.data), [0.5, 0.5, 0.25, 0.75], 1e-15);
  });
  it('gradient matches finite differences', () => {
    const Z = random(3, 4);
    const targets = [0, 3, 1];
    const g = softmaxCrossEntropyRows(Z, targets).dLogits;
    expectAllClose(Array.from(g.data), numeric(Z, () => softmaxCrossEntropyRows(Z, targets).loss), 1e-8);
  });
});
