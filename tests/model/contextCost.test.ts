import { describe, expect, it } from 'vitest';
import { MathInputError } from '../../src/math';
import {
  CONTEXT_EXAMPLES,
  attentionScores,
  contextCost,
  contextCostCurve,
  contextCostView,
  costRatio,
  tokensForExponent,
} from '../../src/model/contextCost';

describe('contextCost: n² scores per head and layer, 2 bytes each in fp16', () => {
  it('hand values: 4096² = 16.777.216 scores, 33.554.432 bytes', () => {
    expect(attentionScores(4096)).toBe(16_777_216);
    expect(contextCost(4096)).toEqual({ tokens: 4096, scores: 16_777_216, bytes: 33_554_432, gigabytes: 0.033554432 });
  });

  it('128k and 1M tokens', () => {
    expect(contextCost(131072).scores).toBe(17_179_869_184);
    expect(contextCost(131072).gigabytes).toBeCloseTo(34.359738368, 9);
    expect(contextCost(1048576).scores).toBe(1_099_511_627_776);
    expect(contextCost(1048576).gigabytes).toBeCloseTo(2199.023255552, 6);
    expect(CONTEXT_EXAMPLES.map((e) => e.tokens)).toEqual([4096, 131072, 1048576]);
  });

  it('fp32 doubles the bytes; 32× the context is 1024× the cost', () => {
    expect(contextCost(10, 4).bytes).toBe(400);
    expect(costRatio(4096, 131072)).toBe(1024);
  });

  it('the curve starts at 0 and ends at the cost of maxTokens', () => {
    const curve = contextCostCurve(1000, 11);
    expect(curve).toHaveLength(11);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[10][0]).toBe(1000);
    expect(curve[10][1]).toBeCloseTo(contextCost(1000).gigabytes, 15);
  });

  it('rejects lengths that are not positive integers', () => {
    for (const n of [0, -1, 1.5, NaN, Infinity]) expect(() => attentionScores(n)).toThrow(MathInputError);
    expect(() => contextCost(10, 0)).toThrow('contextCost: bytesPerScore must be > 0, got 0');
  });
});

describe('contextCostView: all the context-cost slide shows', () => {
  it('n = 2^x rounded: 2^12 = 4096, 2^12,5 ≈ 5792,6 -> 5793', () => {
    expect(tokensForExponent(12)).toBe(4096);
    expect(tokensForExponent(12.5)).toBe(5793);
  });

  it('at x = 12: 4096² = 16.777.216 scores, 2 bytes each = 0,0336 GB', () => {
    const view = contextCostView(12, 2 ** 20);
    expect(view.n).toBe(4096);
    expect(view.cost.scores).toBe(16777216);
    expect(view.cost.gigabytes).toBeCloseTo(0.033554432, 12);
  });

  it('the table quoted in the notes: 16,8 Mio., 17,2 Mrd. and 1,1 Billionen scores; about 2199 GB at 1M', () => {
    const { examples } = contextCostView(12, 2 ** 20);
    expect(examples.map((e) => e.label)).toEqual(['4k', '128k', '1M']);
    expect(examples.map((e) => e.cost.scores)).toEqual([16777216, 17179869184, 1099511627776]);
    expect(examples[2].cost.gigabytes).toBeCloseTo(2199.023255552, 9);
  });

  it('the curve in thousand tokens and TB, its axis rounded up to half a TB (2,199 TB -> 2,5)', () => {
    const { curve, yMaxTerabytes } = contextCostView(12, 2 ** 20);
    expect(curve).toHaveLength(81);
    expect(curve[0]).toEqual([0, 0]);
    expect(curve[80][0]).toBeCloseTo(1048.576, 9);
    expect(curve[80][1]).toBeCloseTo(2.199023255552, 9);
    expect(yMaxTerabytes).toBe(2.5);
  });
});
