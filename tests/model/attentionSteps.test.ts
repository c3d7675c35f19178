/** The self-attention of "von" taken apart for the slides, and the parameter helpers of "Was wäre, wenn …?". */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError } from '../../src/math';
import { DEFAULT_PARAMS, FOCUS_INDEX, traceWorkedExample } from '../../src/model';
import {
  FEATURE_NAMES,
  attentionMatrixMask,
  focusAttentionSteps,
  withFocusEmbedding,
  withProjectionEntry,
} from '../../src/model/attentionSteps';

const trace = traceWorkedExample();
const steps = focusAttentionSteps(trace);
const entry = fc.double({ min: -2, max: 2, noNaN: true });

describe('focusAttentionSteps', () => {
  it('uses √d_k = 2 for d_k = 4', () => {
    expect(steps.sqrtDK).toBe(2);
  });

  it('has products q_i k_j,i that sum to each score', () => {
    steps.scoreTerms.forEach((terms, j) => {
      expect(terms).toHaveLength(4);
      terms.forEach((t, i) => expect(t).toBeCloseTo(trace.q[i] * trace.K[j][i], 15));
      expect(terms.reduce((a, b) => a + b, 0)).toBeCloseTo(trace.scores[j], 12);
    });
  });

  it('has exponentials whose normalisation gives the trace weights', () => {
    steps.exps.forEach((e, j) => expect(e / steps.expSum).toBeCloseTo(trace.weights[j], 12));
    expect(steps.expSum).toBeCloseTo(steps.exps.reduce((a, b) => a + b, 0), 12);
  });

  it('has weighted values a_j v_j that sum to h', () => {
    const total = steps.weightedValues.reduce((acc, row) => acc.map((x, i) => x + row[i]), [0, 0, 0, 0]);
    total.forEach((x, i) => expect(x).toBeCloseTo(trace.h[i], 12));
    steps.weightedValues.forEach((row, j) => row.forEach((x, i) => expect(x).toBeCloseTo(trace.weights[j] * trace.V[j][i], 15)));
  });

  it('ranks Paris first and Hauptstadt second (the lecture story), ties by position', () => {
    expect(steps.ranking.map((j) => trace.tokens[j]).slice(0, 2)).toEqual(['Paris', 'Hauptstadt']);
    expect([...steps.ranking].sort()).toEqual([0, 1, 2, 3, 4]);
    const tie = focusAttentionSteps({ ...trace, weights: [0.2, 0.2, 0.2, 0.2, 0.2] });
    expect(tie.ranking).toEqual([0, 1, 2, 3, 4]);
  });

  it('agrees with the trace for any embedding of "von" in the slider range', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 4, maxLength: 4 }), (e) => {
        const t = traceWorkedExample(withFocusEmbedding(DEFAULT_PARAMS, e));
        const s = focusAttentionSteps(t);
        s.exps.forEach((x, j) => expect(x / s.expSum).toBeCloseTo(t.weights[j], 10));
        expect(t.weights[s.ranking[0]]).toBe(Math.max(...t.weights));
      }),
      { numRuns: 50 },
    );
  });

  it('throws with shapes on mismatched input', () => {
    expect(() => focusAttentionSteps({ ...trace, weights: [1, 0] })).toThrow(/weights/);
    expect(() => focusAttentionSteps({ ...trace, V: trace.V.slice(0, 3) })).toThrow(/expected 5 value rows/);
  });
});

describe('attentionMatrixMask', () => {
  it('hides exactly the future (j > i)', () => {
    const mask = attentionMatrixMask(5);
    mask.forEach((row, i) => row.forEach((hidden, j) => expect(hidden).toBe(j > i)));
    // Masked entries are those the model gives weight 0.
    trace.attentionMatrix.forEach((row, i) => row.forEach((a, j) => mask[i][j] && expect(a).toBe(0)));
  });
});

describe('withFocusEmbedding', () => {
  it('replaces only the row of "von" and leaves the input untouched', () => {
    const e = [1, -1, 0.5, 2];
    const params = withFocusEmbedding(DEFAULT_PARAMS, e);
    expect(params.embeddings[FOCUS_INDEX]).toEqual(e);
    params.embeddings.forEach((row, i) => i !== FOCUS_INDEX && expect(row).toBe(DEFAULT_PARAMS.embeddings[i]));
    expect(params.W_Q).toBe(DEFAULT_PARAMS.W_Q);
    expect(DEFAULT_PARAMS.embeddings[FOCUS_INDEX]).toEqual([0, 0, 0, 0.9]);
    // A copy: changing the input array later does not change the parameters.
    e[0] = 99;
    expect(params.embeddings[FOCUS_INDEX][0]).toBe(1);
  });

  it('gives the default trace back for the default embedding', () => {
    const t = traceWorkedExample(withFocusEmbedding(DEFAULT_PARAMS, DEFAULT_PARAMS.embeddings[FOCUS_INDEX]));
    expect(t.probabilities).toEqual(trace.probabilities);
  });

  it('changes q, the scores and the prediction when "von" changes', () => {
    const t = traceWorkedExample(withFocusEmbedding(DEFAULT_PARAMS, [0, 0, 0, 0.3]));
    expect(t.q).not.toEqual(trace.q);
    expect(t.K.slice(0, 4)).toEqual(trace.K.slice(0, 4));
    // With less of the function-word feature the query asks less for a country: flatter weights, lower P(Frankreich).
    expect(Math.max(...t.weights)).toBeLessThan(Math.max(...trace.weights));
    expect(t.probabilities[0]).toBeLessThan(trace.probabilities[0]);
  });

  it('rejects wrong lengths and non-finite numbers with a clear message', () => {
    expect(() => withFocusEmbedding(DEFAULT_PARAMS, [1, 2, 3])).toThrow(MathInputError);
    expect(() => withFocusEmbedding(DEFAULT_PARAMS, [1, 2, 3])).toThrow('withFocusEmbedding: expected vector to have length 4, got 3');
    expect(() => withFocusEmbedding(DEFAULT_PARAMS, [1, Number.NaN, 3, 4])).toThrow(/NaN at index 1/);
    expect(() => withFocusEmbedding(DEFAULT_PARAMS, [1, 2, Infinity, 4])).toThrow(/Infinity/);
  });
});

describe('withProjectionEntry', () => {
  it('sets one entry of W_Q, W_K or W_V and nothing else', () => {
    for (const name of ['W_Q', 'W_K', 'W_V'] as const) {
      const params = withProjectionEntry(DEFAULT_PARAMS, name, 3, 1, -1.5);
      params[name].forEach((row, i) =>
        row.forEach((x, j) => expect(x).toBe(i === 3 && j === 1 ? -1.5 : DEFAULT_PARAMS[name][i][j])),
      );
      for (const other of ['W_Q', 'W_K', 'W_V', 'W_out', 'embeddings'] as const) {
        if (other !== name) expect(params[other]).toBe(DEFAULT_PARAMS[other]);
      }
    }
    expect(DEFAULT_PARAMS.W_Q[3][0]).toBe(2);
  });

  it('moves the attention away from Paris when W_K no longer passes its France feature', () => {
    const t = traceWorkedExample(withProjectionEntry(DEFAULT_PARAMS, 'W_K', 0, 0, -2));
    const top = focusAttentionSteps(t).ranking[0];
    expect(t.tokens[top]).not.toBe('Paris');
  });

  it('rejects bad names, indices and values', () => {
    expect(() => withProjectionEntry(DEFAULT_PARAMS, 'W_out' as 'W_Q', 0, 0, 1)).toThrow(/W_Q, W_K or W_V/);
    expect(() => withProjectionEntry(DEFAULT_PARAMS, 'W_Q', 4, 0, 1)).toThrow(/row must be an integer in \[0, 3\]/);
    expect(() => withProjectionEntry(DEFAULT_PARAMS, 'W_Q', 0, 1.5, 1)).toThrow(/col/);
    expect(() => withProjectionEntry(DEFAULT_PARAMS, 'W_Q', 0, 0, Number.NaN)).toThrow(/value is NaN/);
  });
});

describe('FEATURE_NAMES', () => {
  it('names the four embedding features', () => {
    expect(FEATURE_NAMES).toHaveLength(4);
  });
});
