/**
 * The claims the lecture makes about the worked example hold for DEFAULT_PARAMS. The what-if
 * claims (attention matters, the city decides the country) are checked against a plain-loop
 * forward pass written here, not against the model's own helpers alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, FOCUS_INDEX, traceWorkedExample, type WorkedParams } from '../../src/model';
import { withFocusEmbedding, withProjectionEntry } from '../../src/model/attentionSteps';
import { CITIES, CITY_COUNTRY, CITY_EMBEDDINGS, attentionEvidence, traceWithCity } from '../../src/model/whatIf';

const trace = traceWorkedExample();
const PARIS = 0;
const HAUPTSTADT = 3;
const FUNCTION_WORDS = [1, 2, 4]; // ist, die, von

/** The slider grid of „Was wäre, wenn …?“: −2 … 2 in steps of 0.1. */
const SLIDER_GRID = Array.from({ length: 41 }, (_, i) => (i - 20) / 10);

type Rows = readonly (readonly number[])[];

/** Plain loops: row vector x times matrix W. */
function rowTimes(x: readonly number[], W: Rows): number[] {
  const out: number[] = [];
  for (let j = 0; j < W[0].length; j++) {
    let s = 0;
    for (let i = 0; i < x.length; i++) s += x[i] * W[i][j];
    out.push(s);
  }
  return out;
}

/** Plain-loop forward pass; `weights` replaces the attention of "von" when given. */
function reference(p: WorkedParams, weights?: readonly number[]): { weights: number[]; probabilities: number[] } {
  const q = rowTimes(p.embeddings[4], p.W_Q);
  const exps: number[] = [];
  for (const e of p.embeddings) {
    const k = rowTimes(e, p.W_K);
    let s = 0;
    for (let i = 0; i < 4; i++) s += q[i] * k[i];
    exps.push(Math.exp(s / 2));
  }
  const total = exps.reduce((a, b) => a + b, 0);
  const a = weights ? [...weights] : exps.map((x) => x / total);
  const h = [0, 0, 0, 0];
  p.embeddings.forEach((e, j) => rowTimes(e, p.W_V).forEach((v, i) => (h[i] += a[j] * v)));
  const z = p.W_out.map((row, r) => row.reduce((s, w, i) => s + w * h[i], p.b[r]));
  const ez = z.map(Math.exp);
  const sz = ez.reduce((x, y) => x + y, 0);
  return { weights: a, probabilities: ez.map((x) => x / sz) };
}

function argmaxOf(p: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return best;
}

function withCityRow(p: WorkedParams, row: readonly number[]): WorkedParams {
  return { ...p, embeddings: p.embeddings.map((e, i) => (i === 0 ? row : e)) };
}

describe('worked example: the story is true', () => {
  it('"von" attends most to the city "Paris", then to "Hauptstadt"', () => {
    const order = [...trace.weights.keys()].sort((i, j) => trace.weights[j] - trace.weights[i]);
    expect(order.slice(0, 2)).toEqual([PARIS, HAUPTSTADT]);
    expect(trace.tokens[order[0]]).toBe('Paris');
  });

  it('Paris and Hauptstadt are clearly above ist, die and von (visible on a slide)', () => {
    const maxOther = Math.max(...FUNCTION_WORDS.map((j) => trace.weights[j]));
    expect(trace.weights[PARIS]).toBeGreaterThan(0.5);
    expect(trace.weights[PARIS] - trace.weights[HAUPTSTADT]).toBeGreaterThan(0.2);
    expect(trace.weights[HAUPTSTADT] - maxOther).toBeGreaterThan(0.1);
  });

  it('P(Frankreich) rounds to 0.44 and Frankreich is the prediction', () => {
    expect(Math.round(trace.probabilities[0] * 100) / 100).toBe(0.44);
    expect(trace.prediction).toBe(0);
    expect(trace.vocabulary[trace.prediction]).toBe('Frankreich');
  });

  it('the loss is −ln P(Frankreich)', () => {
    expect(trace.loss).toBeCloseTo(-Math.log(trace.probabilities[0]), 14);
  });

  it('the parameters are slide-friendly: one decimal, within the slider range [−2, 2]', () => {
    const all = [
      ...DEFAULT_PARAMS.embeddings.flat(),
      ...DEFAULT_PARAMS.W_Q.flat(),
      ...DEFAULT_PARAMS.W_K.flat(),
      ...DEFAULT_PARAMS.W_V.flat(),
      ...DEFAULT_PARAMS.W_out.flat(),
      ...DEFAULT_PARAMS.b,
    ];
    for (const x of all) {
      expect(Math.abs(x)).toBeLessThanOrEqual(2);
      expect(Math.round(x * 10) / 10).toBe(x);
    }
    // Embeddings stay within [−1, 1].
    for (const x of DEFAULT_PARAMS.embeddings.flat()) expect(Math.abs(x)).toBeLessThanOrEqual(1);
  });

  it('the temperature sharpens or flattens the prediction without changing the argmax', () => {
    const cold = traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.1 });
    const hot = traceWorkedExample(DEFAULT_PARAMS, { temperature: 10 });
    expect(cold.probabilities[0]).toBeGreaterThan(0.9);
    expect(hot.probabilities[0]).toBeLessThan(0.35);
    expect(cold.prediction).toBe(0);
    expect(hot.prediction).toBe(0);
    const tiny = traceWorkedExample(DEFAULT_PARAMS, { temperature: 1e-12 });
    expect(tiny.probabilities).toEqual([1, 0, 0]);
    expect(Number.isFinite(tiny.loss)).toBe(true);
  });
});

describe('worked example: attention matters', () => {
  const evidence = attentionEvidence();

  it('the plain-loop reference agrees with the trace', () => {
    const ref = reference(DEFAULT_PARAMS);
    ref.probabilities.forEach((p, i) => expect(trace.probabilities[i]).toBeCloseTo(p, 12));
    ref.weights.forEach((a, j) => expect(trace.weights[j]).toBeCloseTo(a, 12));
  });

  it('uniform attention loses the answer: P(Frankreich) falls by more than 0.1 and Deutschland wins', () => {
    const uniform = reference(DEFAULT_PARAMS, [0.2, 0.2, 0.2, 0.2, 0.2]);
    expect(trace.probabilities[0] - uniform.probabilities[0]).toBeGreaterThan(0.1);
    expect(argmaxOf(uniform.probabilities)).toBe(1);
    uniform.probabilities.forEach((p, i) => expect(evidence.uniform.probabilities[i]).toBeCloseTo(p, 12));
    expect(evidence.uniform.prediction).toBe(1);
  });

  it('without the context (h = v_von) only the prior b is left: P(Frankreich) < 1/3', () => {
    const self = reference(DEFAULT_PARAMS, [0, 0, 0, 0, 1]);
    expect(self.probabilities[0]).toBeLessThan(1 / 3);
    expect(argmaxOf(self.probabilities)).toBe(1);
    self.probabilities.forEach((p, i) => expect(evidence.selfOnly.probabilities[i]).toBeCloseTo(p, 12));
    expect(evidence.computed.pTarget).toBe(trace.probabilities[0]);
    expect(evidence.computed.pTarget).toBeGreaterThan(evidence.uniform.pTarget);
    expect(evidence.uniform.pTarget).toBeGreaterThan(evidence.selfOnly.pTarget);
  });

  it('the more attention "von" gives Paris, the surer the answer (any weights summing to 1)', () => {
    // P(Frankreich) grows with the weight on Paris when the rest is spread the same way.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 0.99, noNaN: true }), fc.double({ min: 0.001, max: 0.01, noNaN: true }), (w, dw) => {
        const rest = (1 - w) / 4;
        const more = (1 - w - dw) / 4;
        const lo = reference(DEFAULT_PARAMS, [w, rest, rest, rest, rest]).probabilities[0];
        const hi = reference(DEFAULT_PARAMS, [w + dw, more, more, more, more]).probabilities[0];
        expect(hi).toBeGreaterThan(lo);
      }),
      { numRuns: 100 },
    );
  });
});

describe('worked example: the city decides the country', () => {
  it('swapping Paris for Berlin or Madrid makes the matching country the argmax', () => {
    for (const city of CITIES) {
      const ref = reference(withCityRow(DEFAULT_PARAMS, CITY_EMBEDDINGS[city]));
      expect(argmaxOf(ref.probabilities)).toBe(CITY_COUNTRY[city]);
      const t = traceWithCity(city);
      expect(t.prediction).toBe(CITY_COUNTRY[city]);
      expect(t.tokens[0]).toBe(city);
      expect(t.target).toBe(t.vocabulary[CITY_COUNTRY[city]]);
      ref.probabilities.forEach((p, i) => expect(t.probabilities[i]).toBeCloseTo(p, 12));
    }
    expect(CITY_COUNTRY).toEqual({ Paris: 0, Berlin: 1, Madrid: 2 });
    expect(traceWithCity('Berlin').vocabulary[traceWithCity('Berlin').prediction]).toBe('Deutschland');
    expect(traceWithCity('Madrid').vocabulary[traceWithCity('Madrid').prediction]).toBe('Spanien');
  });

  it('the attention weights do not depend on which city it is (same key length), only the answer does', () => {
    const paris = traceWithCity('Paris');
    for (const city of CITIES) traceWithCity(city).weights.forEach((a, j) => expect(a).toBeCloseTo(paris.weights[j], 12));
    expect(paris.probabilities).toEqual(trace.probabilities);
  });

  it('the loss of a swapped city is measured against its own country', () => {
    const berlin = traceWithCity('Berlin');
    expect(berlin.loss).toBeCloseTo(-Math.log(berlin.probabilities[1]), 12);
  });
});

describe('worked example: the what-if sliders can change the answer', () => {
  // The sliders of WhatIfSlide: W_Q[3][0] and W_K[0][0] (0-based), range −2 … 2, step 0.1.
  const sweep = (name: 'W_Q' | 'W_K', row: number, col: number) =>
    SLIDER_GRID.map((value) => ({ value, prediction: argmaxOf(reference(withProjectionEntry(DEFAULT_PARAMS, name, row, col, value)).probabilities) }));

  it('the query slider W_Q[3][0] flips the argmax to Deutschland, e.g. at 0.5', () => {
    const flips = sweep('W_Q', 3, 0).filter((s) => s.prediction !== 0);
    expect(flips.length).toBeGreaterThan(10);
    expect(flips.map((s) => s.value)).toContain(0.5);
    expect(traceWorkedExample(withProjectionEntry(DEFAULT_PARAMS, 'W_Q', 3, 0, 0.5)).prediction).toBe(1);
    expect(DEFAULT_PARAMS.W_Q[3][0]).toBe(2);
  });

  it('the key slider W_K[0][0] flips the argmax to Deutschland, e.g. at 0.5', () => {
    const flips = sweep('W_K', 0, 0).filter((s) => s.prediction !== 0);
    expect(flips.length).toBeGreaterThan(10);
    expect(flips.map((s) => s.value)).toContain(0.5);
    expect(traceWorkedExample(withProjectionEntry(DEFAULT_PARAMS, 'W_K', 0, 0, 0.5)).prediction).toBe(1);
  });

  it('the focus embedding sliders can flip it too: no function-word feature, no question', () => {
    const eVon = DEFAULT_PARAMS.embeddings[FOCUS_INDEX];
    const flat = withFocusEmbedding(DEFAULT_PARAMS, [eVon[0], eVon[1], eVon[2], 0]);
    const ref = reference(flat);
    ref.weights.forEach((a) => expect(a).toBeCloseTo(0.2, 12));
    expect(argmaxOf(ref.probabilities)).toBe(1);
  });
});
