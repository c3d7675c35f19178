import { formatPercent } from '../../src/format';
import { describe, expect, it } from 'vitest';
import { MathInputError } from '../../src/math';
import { MODEL_PRESETS, countParameters, parameterBreakdown } from '../../src/model/parameterCount';

const GPT2_SMALL = { dModel: 768, heads: 12, layers: 12, vocabSize: 50257, contextLength: 1024 };

describe('countParameters', () => {
  it('GPT-2 small (d = 768, 12 layers, 12 heads, V = 50257, n_ctx = 1024) has exactly 124,439,808 parameters', () => {
    expect(countParameters(GPT2_SMALL)).toBe(124_439_808);
  });

  it('GPT-2 medium (d = 1024, 24 layers, n_ctx = 1024) has exactly 354,823,168 parameters', () => {
    expect(countParameters({ dModel: 1024, heads: 16, layers: 24, vocabSize: 50257, contextLength: 1024 })).toBe(
      354_823_168,
    );
  });

  it('GPT-3 (d = 12288, 96 layers, n_ctx = 2048) comes to 174.6 billion, the paper rounds to 175', () => {
    const total = countParameters({ dModel: 12288, heads: 96, layers: 96, vocabSize: 50257, contextLength: 2048 });
    expect(total).toBe(174_604_259_328);
    expect(Math.round(total / 1e9)).toBe(175);
  });

  it('a hand-worked tiny model: d = 4, 1 layer, V = 3, n_ctx = 5', () => {
    // Attention: 4 matrices 4×4 = 64, 4 biases of 4 = 16           -> 80
    // MLP: W_1 4×16 = 64, b_1 16, W_2 16×4 = 64, b_2 4              -> 148
    // LayerNorms: 2 × (γ and β of length 4)                        -> 16
    // Block: 80 + 148 + 16 = 244; embeddings 3·4 = 12; positions 5·4 = 20; final LayerNorm 8
    // Total: 244 + 12 + 20 + 8 = 284
    const b = parameterBreakdown({ dModel: 4, heads: 2, layers: 1, vocabSize: 3, contextLength: 5 });
    expect(b).toMatchObject({
      dFF: 16,
      dHead: 2,
      attention: 80,
      mlp: 148,
      layerNorms: 16,
      block: 244,
      blocks: 244,
      tokenEmbedding: 12,
      positionEmbedding: 20,
      finalLayerNorm: 8,
      total: 284,
    });
  });

  it('where the parameters sit: GPT-2 small has 31 % in its token embedding (50.257 · 768 / 124.439.808), GPT-3 over 98 % in its blocks', () => {
    const small = parameterBreakdown({ dModel: 768, heads: 12, layers: 12, vocabSize: 50257, contextLength: 1024 });
    expect(small.tokenEmbeddingShare).toBeCloseTo(38_597_376 / 124_439_808, 12);
    expect(small.tokenEmbeddingShare).toBeGreaterThan(0.31);
    expect(small.blockShare).toBeCloseTo((12 * (12 * 768 * 768 + 13 * 768)) / 124_439_808, 12);
    const gpt3 = parameterBreakdown({ dModel: 12288, heads: 96, layers: 96, vocabSize: 50257, contextLength: 2048 });
    expect(gpt3.blockShare).toBeGreaterThan(0.98);
    // Hand-worked: 96 · (12 · 12.288² + 13 · 12.288) / 174.604.259.328 = 0,99632 → „99,6 %“ on the slide, and the
    // 12 d² alone are 96 · 12 · 12.288² / 174.604.259.328 = 0,99623, so almost all of the blocks.
    expect(gpt3.total).toBe(174_604_259_328);
    expect(gpt3.blockShare).toBeCloseTo(173_961_510_912 / 174_604_259_328, 12);
    expect(formatPercent(gpt3.blockShare, 1)).toBe('99,6\u00a0%');
    expect((96 * 12 * 12288 ** 2) / gpt3.total).toBeGreaterThan(0.996);
  });

  it('a block has 12d² + 13d parameters, and the parts add up to the total', () => {
    for (const d of [4, 64, 768, 1000, 12288]) {
      const b = parameterBreakdown({ ...GPT2_SMALL, dModel: d });
      expect(b.block).toBe(12 * d * d + 13 * d);
      expect(b.total).toBe(b.blocks + b.tokenEmbedding + b.positionEmbedding + b.finalLayerNorm);
      expect(b.blocks).toBe(GPT2_SMALL.layers * b.block);
    }
  });

  it('the number of heads does not change the count (heads split d_model)', () => {
    const counts = [1, 2, 3, 12, 64, 96].map((heads) => countParameters({ ...GPT2_SMALL, heads }));
    expect(new Set(counts).size).toBe(1);
    expect(parameterBreakdown({ ...GPT2_SMALL, heads: 12 }).dHead).toBe(64);
  });

  it('grows linearly in layers, V and n_ctx', () => {
    const base = parameterBreakdown(GPT2_SMALL);
    expect(countParameters({ ...GPT2_SMALL, layers: 13 }) - base.total).toBe(base.block);
    expect(countParameters({ ...GPT2_SMALL, vocabSize: 50258 }) - base.total).toBe(768);
    expect(countParameters({ ...GPT2_SMALL, contextLength: 1025 }) - base.total).toBe(768);
  });

  it('rejects sizes that are not positive integers', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => countParameters({ ...GPT2_SMALL, dModel: bad })).toThrow(MathInputError);
      expect(() => countParameters({ ...GPT2_SMALL, layers: bad })).toThrow(/layers must be a positive integer/);
    }
  });

  it('the presets are GPT-2 small, GPT-2 medium and GPT-3 and their heads divide d_model', () => {
    expect(MODEL_PRESETS.map((p) => p.name)).toEqual(['GPT-2 small', 'GPT-2 medium', 'GPT-3']);
    expect(MODEL_PRESETS.map((p) => countParameters(p.shape))).toEqual([124_439_808, 354_823_168, 174_604_259_328]);
    for (const p of MODEL_PRESETS) expect(Number.isInteger(p.shape.dModel / p.shape.heads)).toBe(true);
  });
});
