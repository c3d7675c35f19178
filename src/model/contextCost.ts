/**
 * What a long context costs in plain attention: every token scores against every token, so one
 * head in one layer computes n × n scores. Stored as fp16 (2 bytes per score) that is 2 n² bytes.
 * Real implementations (FlashAttention) avoid storing the whole matrix, but the n² multiply-adds remain.
 */
import { MathInputError } from '../math';

/** Bytes per score in fp16 (half precision). */
export const FP16_BYTES = 2;

/** 1 GB = 10⁹ bytes (decimal, as on hard-disk labels). */
export const BYTES_PER_GB = 1e9;

/** The context lengths compared on the slide: 4k, 128k and 1M tokens (powers of two). */
export const CONTEXT_EXAMPLES = [
  { label: '4k', tokens: 4096 },
  { label: '128k', tokens: 131072 },
  { label: '1M', tokens: 1048576 },
] as const;

export interface ContextCost {
  tokens: number;
  /** n²: attention scores per head and layer. */
  scores: number;
  /** n² · bytes per score. */
  bytes: number;
  /** bytes / 10⁹. */
  gigabytes: number;
}

function assertTokens(n: number, op: string): void {
  if (!Number.isFinite(n) || !Number.isInteger(n) || n < 1) {
    throw new MathInputError(`${op}: the context length must be a positive integer, got ${String(n)}`);
  }
}

/** n² scores for n tokens (one head, one layer). */
export function attentionScores(n: number): number {
  assertTokens(n, 'attentionScores');
  return n * n;
}

/** n², the bytes of the score matrix and the same in GB, for `bytesPerScore` bytes per score (fp16: 2). */
export function contextCost(n: number, bytesPerScore = FP16_BYTES): ContextCost {
  assertTokens(n, 'contextCost');
  if (!Number.isFinite(bytesPerScore) || bytesPerScore <= 0) {
    throw new MathInputError(`contextCost: bytesPerScore must be > 0, got ${String(bytesPerScore)}`);
  }
  const scores = attentionScores(n);
  const bytes = scores * bytesPerScore;
  return { tokens: n, scores, bytes, gigabytes: bytes / BYTES_PER_GB };
}

/** `count` evenly spaced points (n, GB) from n = 0 to n = maxTokens, for a curve. */
export function contextCostCurve(maxTokens: number, count = 64, bytesPerScore = FP16_BYTES): [number, number][] {
  assertTokens(maxTokens, 'contextCostCurve');
  if (!Number.isInteger(count) || count < 2) throw new MathInputError(`contextCostCurve: count must be an integer ≥ 2, got ${count}`);
  return Array.from({ length: count }, (_, i) => {
    const n = (maxTokens * i) / (count - 1);
    return [n, (n * n * bytesPerScore) / BYTES_PER_GB];
  });
}

/** How many times the cost grows when the context grows from a to b tokens: (b / a)². */
export function costRatio(a: number, b: number): number {
  return attentionScores(b) / attentionScores(a);
}

/** n = 2^x, rounded to whole tokens (the slider moves the exponent x). */
export function tokensForExponent(exponent: number): number {
  return Math.round(2 ** exponent);
}

/**
 * Everything the context-cost slide (section 9) shows: the cost at n = 2^exponent, the table of
 * CONTEXT_EXAMPLES (its numbers are quoted in the notes), and the curve up to maxTokens in thousand
 * tokens and terabytes (1 TB = 1000 GB) with the top of its axis, rounded up to half a terabyte.
 */
export function contextCostView(exponent: number, maxTokens: number) {
  const n = tokensForExponent(exponent);
  const examples = CONTEXT_EXAMPLES.map((example) => ({ ...example, cost: contextCost(example.tokens) }));
  const curve = contextCostCurve(maxTokens, 81).map(([x, y]) => [x / 1000, y / 1000] as const);
  const largest = examples[examples.length - 1].cost.gigabytes / 1000;
  return { n, cost: contextCost(n), examples, curve, yMaxTerabytes: Math.ceil(largest * 2) / 2 };
}
