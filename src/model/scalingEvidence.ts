/**
 * Why attention divides by √d_k (section 4): the focus token's weights with the scaling, as the
 * lecture computes them, and without it, softmax(q · k_j) on the raw dot products. If the entries
 * of q and k are independent with mean 0 and variance 1, Var(q · k) = Σᵢ Var(qᵢ kᵢ) = d_k, so the
 * raw scores spread with √d_k and softmax saturates; divided by √d_k the variance is 1 again.
 */
import { softmax, type Vector } from '../math';
import type { WorkedTrace } from './workedExample';

export interface ScalingEvidence {
  readonly dK: number;
  readonly sqrtDK: number;
  /** The tokens of the sentence, in order (the columns of both weight vectors). */
  readonly tokens: readonly string[];
  /** softmax(q · k_j / √d_k): the lecture's attention weights (equal to trace.weights). */
  readonly scaled: Vector;
  /** softmax(q · k_j): the same without dividing by √d_k. */
  readonly unscaled: Vector;
  /** Indices of the tokens the focus attends to most and second most, with scaling. */
  readonly top: number;
  readonly second: number;
}

/** The attention weights of the focus token with and without ÷ √d_k, for one trace. */
export function scalingEvidence(trace: WorkedTrace): ScalingEvidence {
  const scaled = trace.weights;
  // Ranked by weight, the first index on a tie.
  const [top, second] = scaled.map((w, j) => [w, j] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, j]) => j);
  return {
    dK: trace.dK,
    sqrtDK: Math.sqrt(trace.dK),
    tokens: trace.tokens,
    scaled,
    unscaled: softmax(trace.scores),
    top,
    second,
  };
}

