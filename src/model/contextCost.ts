/**
 * What a long context costs a GPT-style decoder (section 9), for GPT-3 (n_Block = 96, d = 12.288):
 *
 *   KV cache      every block keeps the key and the value of every earlier token, d numbers each,
 *                 in fp16 (2 bytes):  2 · n_Block · d · 2 bytes per token, n times that for n tokens.
 *   compute       per new token, forward pass, 2 FLOPs per multiply-add:
 *                 dense layers (the 12d² weights of each block)   24 · n_Block · d²
 *                 attention over n earlier tokens (q·k and a·v)    4 · n_Block · n · d
 *                 so attention outweighs the dense layers only beyond n = 6d; over a whole text of
 *                 n tokens its work grows with n².
 * The n × n score matrix itself is never stored by today's kernels (FlashAttention computes it in
 * tiles), so memory is the KV cache, not n².
 */
import { MathInputError } from '../math';
import { MODEL_PRESETS } from './parameterCount';

/** Bytes per number in fp16 (half precision). */
export const FP16_BYTES = 2;

/** 1 GB = 10⁹ bytes, 1 TB = 10¹² bytes (decimal, as on hard-disk labels). */
export const BYTES_PER_GB = 1e9;

/** The model whose costs the slide shows: GPT-3 175B (Brown et al. 2020, Table 2.1). */
export const COST_MODEL = MODEL_PRESETS[2];

/** The context lengths compared on the slide: 4k, 128k and 1M tokens (powers of two). */
export const CONTEXT_EXAMPLES = [
  { label: '4k', tokens: 4096 },
  { label: '128k', tokens: 131072 },
  { label: '1M', tokens: 1048576 },
] as const;

/** The size that sets the costs: blocks and width. */
export interface CostShape {
  readonly layers: number;
  readonly dModel: number;
}

export interface ContextCost {
  readonly tokens: number;
  /** KV cache of n tokens in bytes and in GB. */
  readonly kvCacheBytes: number;
  readonly kvCacheGigabytes: number;
  /** FLOPs of the next token: dense layers, attention over the n tokens, both. */
  readonly denseFlops: number;
  readonly attentionFlops: number;
  readonly totalFlops: number;
  /** attention / total. */
  readonly attentionShare: number;
}

function assertPositiveInteger(n: number, what: string, op: string): void {
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 1) {
    throw new MathInputError(`${op}: ${what} must be a positive integer, got ${String(n)}`);
  }
}

function assertShape(shape: CostShape, op: string): void {
  assertPositiveInteger(shape.layers, 'layers', op);
  assertPositiveInteger(shape.dModel, 'dModel', op);
}

/** 2 · n_Block · d · 2 bytes: key and value of one token in every block, fp16. */
export function kvCacheBytesPerToken(shape: CostShape = COST_MODEL.shape): number {
  assertShape(shape, 'kvCacheBytesPerToken');
  return 2 * shape.layers * shape.dModel * FP16_BYTES;
}

/**
 * A model with Grouped-Query Attention: its blocks keep only n_kv key and value heads of width d_k,
 * shared by all query heads, so a token's KV cache is 2 · n_Block · n_kv · d_k · 2 bytes.
 */
export interface GqaCacheShape {
  readonly layers: number;
  readonly kvHeads: number;
  readonly headDim: number;
}

/**
 * Llama 3 70B (Llama Team, „The Llama 3 Herd of Models“, 2024, Table 3): 80 layers, model width
 * 8192 with 64 query heads (d_k = 8192 / 64 = 128), and 8 key/value heads.
 */
export const LLAMA3_70B: { readonly label: string; readonly shape: GqaCacheShape } = {
  label: 'Llama 3 70B',
  shape: { layers: 80, kvHeads: 8, headDim: 8192 / 64 },
};

/** 2 · n_Block · n_kv · d_k · 2 bytes: key and value of one token in every block, GQA, fp16. */
export function gqaKvCacheBytesPerToken(shape: GqaCacheShape = LLAMA3_70B.shape): number {
  assertPositiveInteger(shape.layers, 'layers', 'gqaKvCacheBytesPerToken');
  assertPositiveInteger(shape.kvHeads, 'kvHeads', 'gqaKvCacheBytesPerToken');
  assertPositiveInteger(shape.headDim, 'headDim', 'gqaKvCacheBytesPerToken');
  return 2 * shape.layers * shape.kvHeads * shape.headDim * FP16_BYTES;
}

/** 24 · n_Block · d²: FLOPs of the dense layers for one token. */
export function denseFlopsPerToken(shape: CostShape = COST_MODEL.shape): number {
  assertShape(shape, 'denseFlopsPerToken');
  return 24 * shape.layers * shape.dModel ** 2;
}

/** 4 · n_Block · n · d: FLOPs of attention for one token that looks at n tokens. */
export function attentionFlopsPerToken(n: number, shape: CostShape = COST_MODEL.shape): number {
  assertPositiveInteger(n, 'the context length', 'attentionFlopsPerToken');
  assertShape(shape, 'attentionFlopsPerToken');
  return 4 * shape.layers * n * shape.dModel;
}

/** The context length from which attention costs more than the dense layers: 6d. */
export function attentionCrossover(shape: CostShape = COST_MODEL.shape): number {
  assertShape(shape, 'attentionCrossover');
  return 6 * shape.dModel;
}

/** KV cache and compute of the next token for a context of n tokens. */
export function contextCost(n: number, shape: CostShape = COST_MODEL.shape): ContextCost {
  assertPositiveInteger(n, 'the context length', 'contextCost');
  const kvCacheBytes = n * kvCacheBytesPerToken(shape);
  const denseFlops = denseFlopsPerToken(shape);
  const attentionFlops = attentionFlopsPerToken(n, shape);
  const totalFlops = denseFlops + attentionFlops;
  return {
    tokens: n,
    kvCacheBytes,
    kvCacheGigabytes: kvCacheBytes / BYTES_PER_GB,
    denseFlops,
    attentionFlops,
    totalFlops,
    attentionShare: attentionFlops / totalFlops,
  };
}

/** n = 2^x, rounded to whole tokens (the slider moves the exponent x). */
export function tokensForExponent(exponent: number): number {
  return Math.round(2 ** exponent);
}

/**
 * Everything the context-cost slide (section 9) shows: the cost at n = 2^exponent, the table of
 * CONTEXT_EXAMPLES (its numbers are quoted in the notes), the crossover 6d, the KV cache of one
 * token, and the two compute curves (TFLOPs of the next token over n in thousand tokens) up to
 * maxTokens, with the top of their axis rounded up to a whole TFLOP.
 */
export function contextCostView(exponent: number, maxTokens: number) {
  assertPositiveInteger(maxTokens, 'maxTokens', 'contextCostView');
  const n = tokensForExponent(exponent);
  const examples = CONTEXT_EXAMPLES.map((example) => ({ ...example, cost: contextCost(example.tokens) }));
  const samples = 81;
  const xs = Array.from({ length: samples }, (_, i) => (maxTokens * i) / (samples - 1));
  const dense = denseFlopsPerToken() / 1e12;
  const perToken = attentionFlopsPerToken(1) / 1e12;
  const denseCurve = xs.map((x) => [x / 1000, dense] as const);
  const attentionCurve = xs.map((x) => [x / 1000, perToken * x] as const);
  return {
    model: COST_MODEL,
    n,
    cost: contextCost(n),
    examples,
    crossover: attentionCrossover(),
    kvPerToken: kvCacheBytesPerToken(),
    denseCurve,
    attentionCurve,
    yMaxTeraflops: Math.ceil(perToken * maxTokens),
  };
}
