/**
 * The self-attention of "von", taken apart into the pieces the slides show one at a time
 * (section 4 of the outline), and small helpers that change one parameter for the
 * "Was wäre, wenn …?" slide. Everything here reads a {@link WorkedTrace}; nothing is recomputed
 * differently from `traceWorkedExample`.
 */
import {
  MathInputError,
  assertFiniteNumber,
  assertIndex,
  assertLength,
  causalMask,
  hadamard,
  scale,
  sum,
  type Matrix,
  type Vector,
} from '../math';
import { D_MODEL, FOCUS_INDEX, assertWorkedParams, type WorkedParams, type WorkedTrace } from './workedExample';

/**
 * Reading aids for the four embedding features (columns of E), as chosen for DEFAULT_PARAMS
 * (see the comment there). A real model does not name its features; these only help to read
 * the toy numbers.
 */
export const FEATURE_NAMES: readonly string[] = ['Frankreich-Bezug', 'Deutschland-Bezug', 'Spanien-Bezug', 'Funktionswort'];

/** The pieces of the attention of the focus token, in the order of the slides. */
export interface FocusAttentionSteps {
  /** √d_k, the divisor of the scores (2 for d_k = 4). */
  readonly sqrtDK: number;
  /** scoreTerms[j][i] = q_i · k_j,i: the products summed in q · k_j (one row per token). */
  readonly scoreTerms: Matrix;
  /**
   * exps[j] = e^{s_j} of the scaled scores, unshifted as written on the slide. The weights
   * themselves come from the trace (computed with the max subtracted); exps[j] / expSum equals
   * them up to rounding as long as the scores are moderate (they are, for the lecture's values
   * and the slider ranges).
   */
  readonly exps: Vector;
  /** Σ_m e^{s_m}. */
  readonly expSum: number;
  /** weightedValues[j] = a_j · v_j, the terms summed into h. */
  readonly weightedValues: Matrix;
  /** Token indices ordered by attention weight, largest first (ties: earlier token first). */
  readonly ranking: readonly number[];
}

type AttentionTraceView = Pick<WorkedTrace, 'q' | 'K' | 'V' | 'dK' | 'scaledScores' | 'weights'>;

/** Breaks the attention of the focus token into the terms shown on the slides. */
export function focusAttentionSteps(trace: AttentionTraceView): FocusAttentionSteps {
  const op = 'focusAttentionSteps';
  const n = trace.K.length;
  assertLength(trace.q, trace.dK, op, 'q');
  assertLength(trace.scaledScores, n, op, 'scaledScores');
  assertLength(trace.weights, n, op, 'weights');
  if (trace.V.length !== n) {
    throw new MathInputError(`${op}: expected ${n} value rows like K, got ${trace.V.length}`);
  }
  const scoreTerms = trace.K.map((k) => hadamard(trace.q, k));
  const exps = trace.scaledScores.map((s) => Math.exp(s));
  const weightedValues = trace.V.map((v, j) => scale(v, trace.weights[j]));
  const ranking = [...trace.weights.keys()].sort((i, j) => trace.weights[j] - trace.weights[i] || i - j);
  return { sqrtDK: Math.sqrt(trace.dK), scoreTerms, exps, expSum: sum(exps), weightedValues, ranking };
}

/** The causal mask of the full attention matrix: true where token i may not look at token j > i. */
export function attentionMatrixMask(tokenCount: number): readonly (readonly boolean[])[] {
  return causalMask(tokenCount, tokenCount);
}

/** A copy of `params` in which the embedding of the focus token "von" is `vector` (length 4, finite). */
export function withFocusEmbedding(params: WorkedParams, vector: Vector): WorkedParams {
  const op = 'withFocusEmbedding';
  assertLength(vector, D_MODEL, op, 'vector');
  assertWorkedParams(params, op);
  const embeddings = params.embeddings.map((row, i) => (i === FOCUS_INDEX ? vector.slice() : row));
  return { ...params, embeddings };
}

/** The projection matrices a slider may change. */
export type ProjectionName = 'W_Q' | 'W_K' | 'W_V';

/** A copy of `params` in which one entry `[row][col]` (0-based) of W_Q, W_K or W_V is `value`. */
export function withProjectionEntry(
  params: WorkedParams,
  name: ProjectionName,
  row: number,
  col: number,
  value: number,
): WorkedParams {
  const op = 'withProjectionEntry';
  if (name !== 'W_Q' && name !== 'W_K' && name !== 'W_V') {
    throw new MathInputError(`${op}: name must be W_Q, W_K or W_V, got ${String(name)}`);
  }
  assertWorkedParams(params, op);
  assertIndex(row, D_MODEL, op, 'row');
  assertIndex(col, D_MODEL, op, 'col');
  assertFiniteNumber(value, op, 'value');
  const matrix = params[name].map((r, i) => (i === row ? r.map((x, j) => (j === col ? value : x)) : r));
  return { ...params, [name]: matrix };
}
