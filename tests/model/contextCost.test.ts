import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MathInputError } from '../../src/math';
import {
  CONTEXT_EXAMPLES,
  attentionCrossover,
  attentionFlopsPerToken,
  contextCost,
  contextCostView,
  denseFlopsPerToken,
  gqaKvCacheBytesPerToken,
  kvCacheBytesPerToken,
  LLAMA3_70B,
  tokensForExponent,
} from '../../src/model/contextCost';

describe('contextCost: KV cache and FLOPs of the next token, GPT-3 (96 blocks, d = 12.288)', () => {
  it('hand values: 2 · 96 · 12.288 · 2 bytes = 4.718.592 bytes (about 4,7 MB) a token', () => {
    expect(kvCacheBytesPerToken()).toBe(4_718_592);
    expect(contextCost(4096).kvCacheBytes).toBe(4096 * 4_718_592);
    expect(contextCost(4096).kvCacheGigabytes).toBeCloseTo(19.327352832, 9);
    expect(contextCost(1048576).kvCacheGigabytes).toBeCloseTo(4947.802324992, 6);
  });

  it('hand value with Grouped-Query Attention: Llama 3 70B keeps 2 · 80 · 8 · 128 · 2 bytes = 327.680 bytes (0,33 MB) a token', () => {
    expect(LLAMA3_70B.shape).toEqual({ layers: 80, kvHeads: 8, headDim: 128 });
    expect(gqaKvCacheBytesPerToken()).toBe(327_680);
    // GQA with as many key/value heads as query heads is the full cache of kvCacheBytesPerToken: 2 · n_Block · d · 2.
    expect(gqaKvCacheBytesPerToken({ layers: 96, kvHeads: 96, headDim: 128 })).toBe(kvCacheBytesPerToken({ layers: 96, dModel: 12288 }));
    expect(() => gqaKvCacheBytesPerToken({ layers: 80, kvHeads: 0, headDim: 128 })).toThrow(MathInputError);
  });

  it('hand values of the compute: 24 · 96 · 12.288² ≈ 3,48 · 10¹¹ FLOPs dense, 4 · 96 · 12.288 a token of context', () => {
    expect(denseFlopsPerToken()).toBe(347_892_350_976);
    expect(attentionFlopsPerToken(1)).toBe(4_718_592);
    expect(attentionFlopsPerToken(4096)).toBe(19_327_352_832);
    expect(attentionCrossover()).toBe(73_728);
  });

  it('property: attention equals the dense layers exactly at n = 6d, below it less, above it more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 20_000 }), (layers, dModel) => {
        const shape = { layers, dModel };
        const n = attentionCrossover(shape);
        expect(attentionFlopsPerToken(n, shape)).toBe(denseFlopsPerToken(shape));
        expect(contextCost(n, shape).attentionShare).toBeCloseTo(0.5, 12);
        if (n > 1) expect(attentionFlopsPerToken(n - 1, shape)).toBeLessThan(denseFlopsPerToken(shape));
        expect(attentionFlopsPerToken(n + 1, shape)).toBeGreaterThan(denseFlopsPerToken(shape));
      }),
    );
  });

  it('doubling the context doubles the KV cache and the attention work of the next token', () => {
    const a = contextCost(4096);
    const b = contextCost(8192);
    expect(b.kvCacheBytes).toBe(2 * a.kvCacheBytes);
    expect(b.attentionFlops).toBe(2 * a.attentionFlops);
    expect(b.denseFlops).toBe(a.denseFlops);
  });

  it('rejects lengths and sizes that are not positive integers', () => {
    for (const n of [0, -1, 1.5, NaN, Infinity]) expect(() => contextCost(n)).toThrow(MathInputError);
    expect(() => kvCacheBytesPerToken({ layers: 0, dModel: 4 })).toThrow('kvCacheBytesPerToken: layers must be a positive integer, got 0');
  });
});

describe('contextCostView: all the context-cost slide shows', () => {
  it('n = 2^x rounded: 2^12 = 4096, 2^12,5 ≈ 5792,6 -> 5793', () => {
    expect(tokensForExponent(12)).toBe(4096);
    expect(tokensForExponent(12.5)).toBe(5793);
  });

  it('the table quoted in the notes: 4k, 128k, 1M with KV cache and attention share', () => {
    const { examples } = contextCostView(12, 2 ** 20);
    expect(examples.map((e) => e.label)).toEqual(['4k', '128k', '1M']);
    expect(CONTEXT_EXAMPLES.map((e) => e.tokens)).toEqual([4096, 131072, 1048576]);
    // Share = 4n / (24d + 4n) = n / (6d + n): at 4k 4096 / 77.824.
    expect(examples[0].cost.attentionShare).toBeCloseTo(4096 / (73728 + 4096), 12);
    expect(examples[2].cost.attentionShare).toBeCloseTo(1048576 / (73728 + 1048576), 12);
  });

  it('the curves in thousand tokens and TFLOPs: dense flat, attention a line through 0 that meets it at 6d', () => {
    const { denseCurve, attentionCurve, yMaxTeraflops, crossover } = contextCostView(12, 2 ** 20);
    expect(denseCurve).toHaveLength(81);
    expect(attentionCurve[0]).toEqual([0, 0]);
    expect(attentionCurve[80][0]).toBeCloseTo(1048.576, 9);
    expect(attentionCurve[80][1]).toBeCloseTo((4 * 96 * 1048576 * 12288) / 1e12, 9);
    for (const [, y] of denseCurve) expect(y).toBeCloseTo(0.347892350976, 12);
    expect(yMaxTeraflops).toBe(5);
    expect(crossover).toBe(73728);
  });
});
