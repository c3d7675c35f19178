/**
 * How many parameters a GPT-style decoder has (section 7), counted part by part:
 *   attention   W_Q, W_K, W_V, W_O (d×d each) + their biases:   4d² + 4d
 *   MLP         W_1 (d×d_ff), b_1 (d_ff), W_2 (d_ff×d), b_2 (d):  2·d·d_ff + d_ff + d
 *   LayerNorms  two per block, each γ and β of length d:         2·2d
 *   block       with d_ff = 4d:                                   12d² + 13d
 *   model       L blocks + token embeddings V·d + positions n_ctx·d + final LayerNorm 2d;
 *               the output layer reuses the token embeddings (weight tying), so it adds nothing.
 * The number of heads does not appear: the heads split d_model into H slices of d/H columns,
 * so W_Q, W_K, W_V, W_O stay d×d whatever H is.
 */
import { MathInputError } from '../math';

/** The size of a decoder-only Transformer. */
export interface ModelShape {
  /** Width d_model of every token vector. */
  readonly dModel: number;
  /** Attention heads per block (does not change the count). */
  readonly heads: number;
  /** Number of decoder blocks L. */
  readonly layers: number;
  /** Vocabulary size V (rows of the token embedding). */
  readonly vocabSize: number;
  /** Context length n_ctx (rows of the learned position embedding). */
  readonly contextLength: number;
  /** Hidden width of the MLP; default 4·d_model. */
  readonly dFF?: number;
}

/** The count part by part, all whole numbers. */
export interface ParameterBreakdown {
  readonly dModel: number;
  readonly dFF: number;
  /** d_model / heads, the width of one head (may be fractional if heads does not divide d). */
  readonly dHead: number;
  readonly attention: number;
  readonly mlp: number;
  readonly layerNorms: number;
  /** One block: attention + MLP + layer norms. */
  readonly block: number;
  /** layers · block. */
  readonly blocks: number;
  /** V · d. */
  readonly tokenEmbedding: number;
  /** n_ctx · d. */
  readonly positionEmbedding: number;
  /** 2d. */
  readonly finalLayerNorm: number;
  readonly total: number;
  /** blocks / total and tokenEmbedding / total: where the parameters sit. */
  readonly blockShare: number;
  readonly tokenEmbeddingShare: number;
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new MathInputError(`parameterCount: ${name} must be a positive integer, got ${String(value)}`);
  }
}

/** Every part of the count; throws for anything that is not a positive integer. */
export function parameterBreakdown(shape: ModelShape): ParameterBreakdown {
  const { dModel: d, heads, layers, vocabSize, contextLength } = shape;
  const dFF = shape.dFF ?? 4 * d;
  assertCount(d, 'dModel');
  assertCount(heads, 'heads');
  assertCount(layers, 'layers');
  assertCount(vocabSize, 'vocabSize');
  assertCount(contextLength, 'contextLength');
  assertCount(dFF, 'dFF');
  const attention = 4 * d * d + 4 * d;
  const mlp = 2 * d * dFF + dFF + d;
  const layerNorms = 2 * 2 * d;
  const block = attention + mlp + layerNorms;
  const blocks = layers * block;
  const tokenEmbedding = vocabSize * d;
  const positionEmbedding = contextLength * d;
  const finalLayerNorm = 2 * d;
  const total = blocks + tokenEmbedding + positionEmbedding + finalLayerNorm;
  return {
    dModel: d,
    dFF,
    dHead: d / heads,
    attention,
    mlp,
    layerNorms,
    block,
    blocks,
    tokenEmbedding,
    positionEmbedding,
    finalLayerNorm,
    total,
    blockShare: blocks / total,
    tokenEmbeddingShare: tokenEmbedding / total,
  };
}

/** The total number of parameters (weight-tied output layer). */
export function countParameters(shape: ModelShape): number {
  return parameterBreakdown(shape).total;
}

/** A named model size for the preset buttons. */
export interface ModelPreset {
  readonly name: string;
  /** The button names the shape too (n_Block and d), where the name alone does not say the size. */
  readonly labelShowsShape: boolean;
  readonly shape: Required<Omit<ModelShape, 'dFF'>>;
  /** What the authors published, for an honest comparison on the slide. */
  readonly published: string;
}

/** GPT-2 small and medium (Radford et al. 2019) and GPT-3 175B (Brown et al. 2020, Table 2.1). */
export const MODEL_PRESETS: readonly ModelPreset[] = [
  {
    name: 'GPT-2 small',
    labelShowsShape: false,
    shape: { dModel: 768, heads: 12, layers: 12, vocabSize: 50257, contextLength: 1024 },
    published: '124 Mio. (im GPT-2-Paper noch „117 Mio.“)',
  },
  {
    name: 'GPT-2 medium',
    labelShowsShape: false,
    shape: { dModel: 1024, heads: 16, layers: 24, vocabSize: 50257, contextLength: 1024 },
    published: '355 Mio. (im GPT-2-Paper noch „345 Mio.“)',
  },
  {
    name: 'GPT-3',
    labelShowsShape: true,
    shape: { dModel: 12288, heads: 96, layers: 96, vocabSize: 50257, contextLength: 2048 },
    published: '175 Mrd. (gerundet; nicht jedes Detail ist veröffentlicht)',
  },
];
