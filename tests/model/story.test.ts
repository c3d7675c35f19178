/** The claims the lecture makes about the worked example hold for DEFAULT_PARAMS. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, traceWorkedExample } from '../../src/model';

const trace = traceWorkedExample();
const PARIS = 0;
const HAUPTSTADT = 3;
const OTHERS = [1, 2, 4]; // ist, die, von

function cosine(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  a.forEach((x, i) => {
    d += x * b[i];
    na += x * x;
    nb += b[i] * b[i];
  });
  return d / Math.sqrt(na * nb);
}

describe('worked example: the story is true', () => {
  it('"von" attends most to "Hauptstadt"', () => {
    const order = [...trace.weights.keys()].sort((i, j) => trace.weights[j] - trace.weights[i]);
    expect(trace.tokens[order[0]]).toBe('Hauptstadt');
    expect(order[0]).toBe(HAUPTSTADT);
  });

  it('"von" attends second most to "Paris"', () => {
    const order = [...trace.weights.keys()].sort((i, j) => trace.weights[j] - trace.weights[i]);
    expect(trace.tokens[order[1]]).toBe('Paris');
    expect(order[1]).toBe(PARIS);
  });

  it('Hauptstadt and Paris are clearly above ist, die and von (visible on a slide)', () => {
    const maxOther = Math.max(...OTHERS.map((j) => trace.weights[j]));
    expect(trace.weights[HAUPTSTADT] - trace.weights[PARIS]).toBeGreaterThan(0.04);
    expect(trace.weights[PARIS] - maxOther).toBeGreaterThan(0.08);
  });

  it('P(Frankreich) rounds to 0.44 and Frankreich is the prediction', () => {
    expect(Math.round(trace.probabilities[0] * 100) / 100).toBe(0.44);
    expect(trace.prediction).toBe(0);
    expect(trace.vocabulary[trace.prediction]).toBe('Frankreich');
  });

  it('the loss is −ln P(Frankreich)', () => {
    expect(trace.loss).toBeCloseTo(-Math.log(trace.probabilities[0]), 14);
  });

  it('Paris and Hauptstadt embeddings are related; W_out[Frankreich] is aligned with their values', () => {
    const E = DEFAULT_PARAMS.embeddings;
    expect(cosine(E[PARIS], E[HAUPTSTADT])).toBeGreaterThan(0.6);
    for (const j of OTHERS) expect(cosine(E[PARIS], E[HAUPTSTADT])).toBeGreaterThan(cosine(E[PARIS], E[j]));
    const frankreich = DEFAULT_PARAMS.W_out[0];
    expect(cosine(frankreich, trace.V[PARIS])).toBeGreaterThan(0.9);
    expect(cosine(frankreich, trace.V[HAUPTSTADT])).toBeGreaterThan(0.6);
    // Frankreich is the vocabulary row best aligned with Paris's value.
    expect(cosine(frankreich, trace.V[PARIS])).toBeGreaterThan(cosine(DEFAULT_PARAMS.W_out[1], trace.V[PARIS]));
  });

  it('the parameters are slide-friendly: one decimal, within [−1, 1]', () => {
    const all = [
      ...DEFAULT_PARAMS.embeddings.flat(),
      ...DEFAULT_PARAMS.W_Q.flat(),
      ...DEFAULT_PARAMS.W_K.flat(),
      ...DEFAULT_PARAMS.W_V.flat(),
      ...DEFAULT_PARAMS.W_out.flat(),
      ...DEFAULT_PARAMS.b,
    ];
    for (const x of all) {
      expect(Math.abs(x)).toBeLessThanOrEqual(1);
      expect(Math.round(x * 10) / 10).toBe(x);
    }
  });

  it('the temperature sharpens or flattens the prediction without changing the argmax', () => {
    const cold = traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.1 });
    const hot = traceWorkedExample(DEFAULT_PARAMS, { temperature: 10 });
    expect(cold.probabilities[0]).toBeGreaterThan(0.95);
    expect(hot.probabilities[0]).toBeLessThan(0.35);
    expect(cold.prediction).toBe(0);
    expect(hot.prediction).toBe(0);
    const tiny = traceWorkedExample(DEFAULT_PARAMS, { temperature: 1e-12 });
    expect(tiny.probabilities).toEqual([1, 0, 0]);
    expect(Number.isFinite(tiny.loss)).toBe(true);
  });
});
