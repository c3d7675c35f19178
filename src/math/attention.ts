/**
 * Scaled dot-product attention (one head) and its backward pass.
 *
 * Shapes: Q is n_q×d_k (one row per query), K is n_k×d_k, V is n_k×d_v. All results have one
 * row per query. With `causal: true` the queries are taken to be the LAST n_q positions of the
 * n_k-token sequence (for self-attention n_q = n_k, so query i sees keys 0..i); query i may
 * look at key j iff j ≤ i + (n_k − n_q). A single query (n_q = 1) therefore sees every key,
 * which is exactly the "von looks back at Paris ist die Hauptstadt von" step of the lecture.
 */
import { matmul, transpose } from './linalg';
import { softmaxBackward } from './softmax';
import { MathInputError, assertMatrix, formatShape, shapeOf, type Matrix } from './types';

/** Options for {@link scaledDotProductAttention}. */
export interface AttentionOptions {
  /** Hide future keys (decoder / GPT style). */
  readonly causal: boolean;
}

/** Every intermediate value of one attention head, for display on slides. */
export interface AttentionResult {
  /**
   * Raw scores S = Q Kᵀ (n_q×n_k). Always finite, also at masked positions, so that they can
   * be shown in a table; whether an entry takes part is given by `mask`, not by −Infinity.
   */
  readonly scores: Matrix;
  /** S / √d_k (n_q×n_k), finite everywhere like `scores`. */
  readonly scaledScores: Matrix;
  /**
   * mask[i][j] = true iff key j is hidden from query i (a future position under `causal`).
   * Mathematically the masked scaled score is −∞; its weight is exactly 0.
   */
  readonly mask: readonly (readonly boolean[])[];
  /** A = softmax over the visible entries of each row of S/√d_k; masked entries are exactly 0; rows sum to 1. */
  readonly weights: Matrix;
  /** O = A V (n_q×d_v): row i is the weighted mix of the value vectors seen by query i. */
  readonly output: Matrix;
}

/** Gradients of a scalar loss with respect to Q, K and V. */
export interface AttentionGradients {
  readonly dQ: Matrix;
  readonly dK: Matrix;
  readonly dV: Matrix;
  /** ∂L/∂A (n_q×n_k), the gradient reaching the attention weights. */
  readonly dWeights: Matrix;
  /** ∂L/∂S for the raw scores S = Q Kᵀ (n_q×n_k); exactly 0 at masked positions. */
  readonly dScores: Matrix;
}

function validate(Q: Matrix, K: Matrix, V: Matrix, options: AttentionOptions, op: string): void {
  assertMatrix(Q, op, 'Q');
  assertMatrix(K, op, 'K');
  assertMatrix(V, op, 'V');
  const [nq, dq] = shapeOf(Q);
  const [nk, dk] = shapeOf(K);
  const [nv, dv] = shapeOf(V);
  if (dq !== dk) {
    throw new MathInputError(
      `${op}: expected Q and K to have the same width d_k, got Q ${formatShape([nq, dq])} and K ${formatShape([nk, dk])}`,
    );
  }
  if (nv !== nk) {
    throw new MathInputError(
      `${op}: expected one value row per key, got K ${formatShape([nk, dk])} and V ${formatShape([nv, dv])}`,
    );
  }
  if (options.causal && nq > nk) {
    throw new MathInputError(
      `${op}: causal attention needs at most as many queries as keys, got Q ${formatShape([nq, dq])} and K ${formatShape([nk, dk])}`,
    );
  }
}

/** mask[i][j] = true iff key j is hidden from query i; see the module comment for the alignment. */
export function causalMask(queries: number, keys: number): readonly (readonly boolean[])[] {
  const offset = keys - queries;
  return Array.from({ length: queries }, (_, i) => Array.from({ length: keys }, (_, j) => j > i + offset));
}

/** Softmax of one row restricted to the visible entries; hidden entries get exactly 0. */
function maskedSoftmaxRow(row: readonly number[], hidden: readonly boolean[]): number[] {
  let m = -Infinity;
  for (let j = 0; j < row.length; j++) if (!hidden[j] && row[j] > m) m = row[j];
  const exps = row.map((x, j) => (hidden[j] ? 0 : Math.exp(x - m)));
  let total = 0;
  for (const e of exps) total += e;
  return exps.map((e) => e / total);
}

/**
 * Attention(Q, K, V) = softmax(Q Kᵀ / √d_k + M) V, with M_ij = −∞ where `mask` is true and 0
 * elsewhere. The softmax runs over each row (over keys) and subtracts the row maximum.
 */
export function scaledDotProductAttention(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  options: AttentionOptions,
): AttentionResult {
  validate(Q, K, V, options, 'scaledDotProductAttention');
  const [nq, dk] = shapeOf(Q);
  const nk = K.length;
  const scores = matmul(Q, transpose(K));
  const sqrtDk = Math.sqrt(dk);
  const scaledScores = scores.map((row) => row.map((s) => s / sqrtDk));
  const mask = options.causal
    ? causalMask(nq, nk)
    : Array.from({ length: nq }, () => new Array<boolean>(nk).fill(false));
  const weights = scaledScores.map((row, i) => maskedSoftmaxRow(row, mask[i]));
  const output = matmul(weights, V);
  return { scores, scaledScores, mask, weights, output };
}

/**
 * Backward pass of O = softmax(Q Kᵀ/√d_k + M) V for upstream dO = ∂L/∂O (n_q×d_v):
 *   dV = Aᵀ dO,   dA = dO Vᵀ,
 *   dSᵢ = softmaxBackward(Aᵢ, dAᵢ) / √d_k   (row-wise: Aᵢ ⊙ (dAᵢ − dAᵢ·Aᵢ) / √d_k),
 *   dQ = dS K,    dK = dSᵀ Q.
 * Masked entries have A = 0 and therefore dS = 0 exactly.
 */
export function attentionBackward(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  dOutput: Matrix,
  options: AttentionOptions,
): AttentionGradients {
  validate(Q, K, V, options, 'attentionBackward');
  assertMatrix(dOutput, 'attentionBackward', 'dOutput');
  const [nq, dk] = shapeOf(Q);
  const dv = shapeOf(V)[1];
  const [ndo, ddo] = shapeOf(dOutput);
  if (ndo !== nq || ddo !== dv) {
    throw new MathInputError(
      `attentionBackward: expected dOutput to be ${formatShape([nq, dv])} like the output, got ${formatShape([ndo, ddo])}`,
    );
  }
  const { weights } = scaledDotProductAttention(Q, K, V, options);
  const dV = matmul(transpose(weights), dOutput);
  const dWeights = matmul(dOutput, transpose(V));
  const sqrtDk = Math.sqrt(dk);
  const dScores = weights.map((row, i) => softmaxBackward(row, dWeights[i]).map((g) => g / sqrtDk));
  const dQ = matmul(dScores, K);
  const dK = matmul(transpose(dScores), Q);
  return { dQ, dK, dV, dWeights, dScores };
}
