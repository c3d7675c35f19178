/**
 * What the slide „Mathematische Grundlagen“ (section 3) shows: each of its three tools once in
 * general and once with numbers, then the result.
 * - Matrix product, with the worked example: the first entry of q_von = e_von W_Q, term by term.
 * - Chain rule, on the learning-rate slide's bowl L(w) = c u², u = w − w*, at the start w₀.
 * - Gradient descent: one step from w₀ with the learning-rate slide's default η.
 */
import { quadraticLandscape, vecMat } from '../math';
import { LEARNING_RATE_BOWL, LEARNING_RATE_DEFAULT, type Bowl } from './learningRateLandscape';
import { DEFAULT_PARAMS, FOCUS_INDEX, type WorkedParams } from './workedExample';

export interface FoundationsView {
  readonly product: {
    /** The row vector x = e_von and the column j of W_Q that the entry uses (1-based j). */
    readonly x: readonly number[];
    readonly column: readonly number[];
    readonly j: number;
    /** (x W_Q)_j = Σ_i x_i W_ij. */
    readonly result: number;
  };
  readonly chain: {
    readonly c: number;
    readonly wStar: number;
    readonly w0: number;
    /** u = w₀ − w*. */
    readonly u: number;
    /** ∂L/∂u = 2cu, ∂u/∂w = 1, ∂L/∂w = their product. */
    readonly dLdu: number;
    readonly dudw: number;
    readonly dLdw: number;
  };
  readonly step: {
    readonly learningRate: number;
    readonly w0: number;
    readonly gradient: number;
    /** w₁ = w₀ − η ∂L/∂w. */
    readonly w1: number;
  };
}

/** The three tools with numbers; `j` is the 1-based column of W_Q the matrix product shows. */
export function foundationsView(
  params: WorkedParams = DEFAULT_PARAMS,
  bowl: Bowl = LEARNING_RATE_BOWL,
  learningRate: number = LEARNING_RATE_DEFAULT,
  j = 1,
): FoundationsView {
  const x = params.embeddings[FOCUS_INDEX];
  const result = vecMat(x, params.W_Q)[j - 1];
  const column = params.W_Q.map((row) => row[j - 1]);
  const landscape = quadraticLandscape(bowl.a, bowl.wStar);
  const u = bowl.w0 - bowl.wStar;
  const dLdu = 2 * bowl.a * u;
  const dudw = 1;
  const dLdw = landscape.grad([bowl.w0])[0];
  return {
    product: { x, column, j, result },
    chain: { c: bowl.a, wStar: bowl.wStar, w0: bowl.w0, u, dLdu, dudw, dLdw },
    step: { learningRate, w0: bowl.w0, gradient: dLdw, w1: bowl.w0 - learningRate * dLdw },
  };
}
