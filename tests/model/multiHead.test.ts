import { describe, expect, it } from 'vitest';
import { MathInputError, matmul, scaledDotProductAttention } from '../../src/math';
import { DEFAULT_PARAMS, FOCUS_INDEX, traceWorkedExample } from '../../src/model';
import {
  MULTI_HEAD_PARAMS,
  SINGLE_HEAD_PARAMS,
  concatColumns,
  stackRows,
  traceMultiHead,
  type MultiHeadParams,
} from '../../src/model/multiHead';

describe('traceMultiHead', () => {
  const trace = traceMultiHead();

  it('has three heads; Concat is n×(3·4), W_O is 12×4 and the output is back at d_model = 4', () => {
    expect(trace.heads).toHaveLength(3);
    expect(trace.concatenated).toHaveLength(5);
    for (const row of trace.concatenated) expect(row).toHaveLength(12);
    expect(trace.concat).toHaveLength(12);
    expect(trace.W_O).toHaveLength(12);
    for (const row of trace.W_O) expect(row).toHaveLength(4);
    expect(trace.outputs).toHaveLength(5);
    for (const row of trace.outputs) expect(row).toHaveLength(4);
    expect(trace.output).toHaveLength(4);
  });

  it('the focus row of Concat is the head outputs side by side, and output = concat · W_O', () => {
    expect(trace.concat).toEqual([...trace.heads[0].output, ...trace.heads[1].output, ...trace.heads[2].output]);
    const expected = matmul([trace.concat], trace.W_O)[0];
    trace.output.forEach((x, j) => expect(x).toBeCloseTo(expected[j], 12));
    trace.outputs[FOCUS_INDEX].forEach((x, j) => expect(x).toBeCloseTo(trace.output[j], 12));
  });

  it("every head's weights (for 'von' and for every token) sum to 1 and hide the future", () => {
    for (const head of trace.heads) {
      expect(head.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      head.attentionMatrix.forEach((row, i) => {
        expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        row.forEach((w, j) => (j > i ? expect(w).toBe(0) : expect(w).toBeGreaterThan(0)));
      });
    }
  });

  it('head i equals scaledDotProductAttention with its own projections', () => {
    MULTI_HEAD_PARAMS.heads.forEach((params, i) => {
      const E = DEFAULT_PARAMS.embeddings;
      const ref = scaledDotProductAttention(matmul(E, params.W_Q), matmul(E, params.W_K), matmul(E, params.W_V), {
        causal: true,
      });
      trace.heads[i].outputs.forEach((row, r) => row.forEach((x, c) => expect(x).toBeCloseTo(ref.output[r][c], 12)));
    });
  });

  it('the heads look at different tokens: Paris, ist (function words) and Hauptstadt', () => {
    const top = trace.heads.map((h) => trace.tokens[h.weights.indexOf(Math.max(...h.weights))]);
    expect(top).toEqual(['Paris', 'ist', 'Hauptstadt']);
  });

  it("top is the token each head's focus weights are largest at: Paris (0), ist (1), Hauptstadt (3)", () => {
    expect(trace.heads.map((h) => h.top)).toEqual([0, 1, 3]);
    for (const head of trace.heads) {
      head.weights.forEach((w, j) => {
        if (j < head.top) expect(w).toBeLessThan(head.weights[head.top]);
        else expect(w).toBeLessThanOrEqual(head.weights[head.top]);
      });
    }
  });

  it('with one head (the lecture matrices) and W_O = I it is the single head of section 4', () => {
    const single = traceMultiHead(SINGLE_HEAD_PARAMS);
    const worked = traceWorkedExample();
    expect(single.output).toHaveLength(4);
    single.output.forEach((x, j) => expect(x).toBeCloseTo(worked.h[j], 12));
    single.heads[0].weights.forEach((w, j) => expect(w).toBeCloseTo(worked.weights[j], 12));
    single.heads[0].attentionMatrix.forEach((row, i) =>
      row.forEach((w, j) => expect(w).toBeCloseTo(worked.attentionMatrix[i][j], 12)),
    );
    // And head 1 of the three-head layer is that same head.
    trace.heads[0].output.forEach((x, j) => expect(x).toBeCloseTo(worked.h[j], 12));
  });

  it('throws an error that prints shapes when W_O does not fit', () => {
    const bad: MultiHeadParams = { heads: MULTI_HEAD_PARAMS.heads, W_O: SINGLE_HEAD_PARAMS.W_O };
    expect(() => traceMultiHead(bad)).toThrow(MathInputError);
    expect(() => traceMultiHead(bad)).toThrow(/12 rows.*4x4/);
    expect(() => traceMultiHead(MULTI_HEAD_PARAMS, DEFAULT_PARAMS.embeddings, 5)).toThrow(/focusIndex/);
  });

  it('stackRows and concatColumns check their shapes', () => {
    expect(stackRows([[[1, 2]], [[3, 4]]])).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(concatColumns([[[1], [2]], [[3], [4]]])).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(() => stackRows([[[1, 2]], [[3]]])).toThrow(/width 2, got 1x1/);
    expect(() => concatColumns([[[1], [2]], [[3]]])).toThrow(/2 rows, got 1x1/);
  });
});
