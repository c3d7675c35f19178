/**
 * The forward pass recomputed independently with plain loops (no src/math), compared to the
 * trace to 1e-12, plus anchors from the hand-worked fixture tests/fixtures/workedExample.md.
 */
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_TOKENS,
  DEFAULT_PARAMS,
  FOCUS_INDEX,
  TARGET_INDEX,
  VOCABULARY,
  traceWorkedExample,
  type WorkedParams,
} from '../../src/model';
import { expectAllClose } from '../helpers/finiteDifference';

interface Reference {
  q: number[];
  Q: number[][];
  K: number[][];
  V: number[][];
  scores: number[];
  scaledScores: number[];
  weights: number[];
  h: number[];
  logits: number[];
  probabilities: number[];
  loss: number;
}

/** Independent reference: every sum written out as a loop, softmax and log with plain Math. */
function referenceForward(p: WorkedParams, temperature = 1): Reference {
  const n = p.embeddings.length;
  const d = p.embeddings[0].length;
  const project = (W: readonly (readonly number[])[]) => {
    const out: number[][] = [];
    for (let t = 0; t < n; t++) {
      const row: number[] = [];
      for (let j = 0; j < d; j++) {
        let s = 0;
        for (let i = 0; i < d; i++) s += p.embeddings[t][i] * W[i][j];
        row.push(s);
      }
      out.push(row);
    }
    return out;
  };
  const Q = project(p.W_Q);
  const K = project(p.W_K);
  const V = project(p.W_V);
  const q = Q[4];
  const scores: number[] = [];
  for (let j = 0; j <= 4; j++) {
    let s = 0;
    for (let i = 0; i < d; i++) s += q[i] * K[j][i];
    scores.push(s);
  }
  const scaledScores = scores.map((s) => s / Math.sqrt(d));
  const expScores = scaledScores.map((s) => Math.exp(s));
  const totalScores = expScores.reduce((a, b) => a + b, 0);
  const weights = expScores.map((e) => e / totalScores);
  const h: number[] = [];
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let j = 0; j <= 4; j++) s += weights[j] * V[j][i];
    h.push(s);
  }
  const logits: number[] = [];
  for (let r = 0; r < p.W_out.length; r++) {
    let s = p.b[r];
    for (let i = 0; i < d; i++) s += p.W_out[r][i] * h[i];
    logits.push(s);
  }
  const expLogits = logits.map((z) => Math.exp(z / temperature));
  const total = expLogits.reduce((a, b) => a + b, 0);
  const probabilities = expLogits.map((e) => e / total);
  // The logits are small here, so the naive formula is accurate and independent of log-sum-exp.
  const loss = -Math.log(probabilities[0]);
  return { q, Q, K, V, scores, scaledScores, weights, h, logits, probabilities, loss };
}

describe('worked example: forward pass', () => {
  const trace = traceWorkedExample();
  const ref = referenceForward(DEFAULT_PARAMS);

  it('matches the independent loop computation to 1e-12', () => {
    expectAllClose(trace.q, ref.q, 1e-12, 0);
    expectAllClose(trace.Q, ref.Q, 1e-12, 0);
    expectAllClose(trace.K, ref.K, 1e-12, 0);
    expectAllClose(trace.V, ref.V, 1e-12, 0);
    expectAllClose(trace.scores, ref.scores, 1e-12, 0);
    expectAllClose(trace.scaledScores, ref.scaledScores, 1e-12, 0);
    expectAllClose(trace.weights, ref.weights, 1e-12, 0);
    expectAllClose(trace.h, ref.h, 1e-12, 0);
    expectAllClose(trace.logits, ref.logits, 1e-12, 0);
    expectAllClose(trace.probabilities, ref.probabilities, 1e-12, 0);
    expectAllClose(trace.loss, ref.loss, 1e-12, 0);
  });

  it('matches the independent computation with a temperature', () => {
    const t = traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.5 });
    const r = referenceForward(DEFAULT_PARAMS, 0.5);
    expectAllClose(t.probabilities, r.probabilities, 1e-12, 0);
    expectAllClose(t.loss, r.loss, 1e-12, 0);
    // The temperature acts on the output only; attention is unchanged.
    expectAllClose(t.weights, ref.weights, 1e-15, 0);
  });

  it('matches the hand-worked numbers of tests/fixtures/workedExample.md', () => {
    expectAllClose(trace.q, [1.8, 0, 0, -0.9], 1e-12, 0);
    expectAllClose(trace.scores, [3.6, -0.9, -0.81, 1.8, -0.81], 1e-12, 0);
    expectAllClose(trace.scaledScores, [1.8, -0.45, -0.405, 0.9, -0.405], 1e-12, 0);
    expectAllClose(trace.weights, [0.577211, 0.060838, 0.063638, 0.234676, 0.063638], 5e-7, 0);
    expectAllClose(trace.h, [0.600678, 0.070403, 0.023468, 0.087693], 5e-7, 0);
    expectAllClose(trace.logits, [0.720814, 0.484483, 0.028161], 5e-7, 0);
    expectAllClose(trace.probabilities, [0.436726, 0.344804, 0.218471], 5e-7, 0);
    expect(trace.loss).toBeCloseTo(0.8284500966, 10);
  });

  it('exposes the example metadata under the agreed keys', () => {
    expect(trace.tokens).toEqual(['Paris', 'ist', 'die', 'Hauptstadt', 'von']);
    expect(trace.tokens).toEqual(CONTEXT_TOKENS);
    expect(trace.focus).toBe('von');
    expect(trace.focusIndex).toBe(FOCUS_INDEX);
    expect(trace.target).toBe('Frankreich');
    expect(trace.targetIndex).toBe(TARGET_INDEX);
    expect(trace.vocabulary).toEqual(VOCABULARY);
    expect(trace.dK).toBe(4);
    expect(trace.temperature).toBe(1);
    expect(trace.learningRate).toBe(0.5);
    expect(trace.embeddings).toBe(DEFAULT_PARAMS.embeddings);
    expect(trace.W_Q).toBe(DEFAULT_PARAMS.W_Q);
    expect(trace.W_out).toBe(DEFAULT_PARAMS.W_out);
    expect(trace.b).toBe(DEFAULT_PARAMS.b);
  });

  it('attentionMatrix is causal, rows sum to 1, and its "von" row equals the weights', () => {
    const A = trace.attentionMatrix;
    expect(A).toHaveLength(5);
    A.forEach((row, i) => {
      expect(row).toHaveLength(5);
      expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 14);
      for (let j = i + 1; j < 5; j++) expect(row[j]).toBe(0);
    });
    expect(A[0]).toEqual([1, 0, 0, 0, 0]);
    expectAllClose(A[FOCUS_INDEX], trace.weights, 1e-15, 0);
  });

  it('gradLogits = (p − y) / T and prediction = argmax p', () => {
    const y = [1, 0, 0];
    expectAllClose(trace.gradLogits, trace.probabilities.map((p, i) => p - y[i]), 1e-15, 0);
    const hot = traceWorkedExample(DEFAULT_PARAMS, { temperature: 2 });
    expectAllClose(hot.gradLogits, hot.probabilities.map((p, i) => (p - y[i]) / 2), 1e-15, 0);
    expect(trace.prediction).toBe(0);
  });
});
