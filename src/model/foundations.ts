/**
 * What the slide „Mathematische Grundlagen“ (section 3) shows: each of its three tools once in
 * general and once with numbers, then the result.
 * - Matrix product, with the worked example: the first entry of k_Hauptstadt = e_Hauptstadt W_K, term by
 *   term (three of its four inputs are non-zero, so the entry really mixes them).
 * - Chain rule, on the learning-rate slide's bowl L(w) = c u², u = w − w*, at the start w₀.
 * - Gradient descent: one step from w₀ with the learning-rate slide's default η.
 */
import { quadraticLandscape, vecMat } from '../math';
import { LEARNING_RATE_BOWL, LEARNING_RATE_DEFAULT, type Bowl } from './learningRateLandscape';
import { CONTEXT_TOKENS, DEFAULT_PARAMS, type WorkedParams } from './workedExample';

/** The token of the worked example whose key entry the matrix product shows: „Hauptstadt“. */
export const PRODUCT_TOKEN_INDEX = 3;

export interface FoundationsView {
  readonly product: {
    /** The token whose embedding is x („Hauptstadt“). */
    readonly token: string;
    /** The row vector x = e_Hauptstadt and the column j of W_K that the entry uses (1-based j). */
    readonly x: readonly number[];
    readonly column: readonly number[];
    /** W_K's number of columns (its rows are x's length). */
    readonly columns: number;
    readonly j: number;
    /** (x W_K)_j = Σ_i x_i W_ij, the key k_Hauptstadt's entry j. */
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

/** The three tools with numbers; `j` is the 1-based column of W_K the matrix product shows. */
export function foundationsView(
  params: WorkedParams = DEFAULT_PARAMS,
  bowl: Bowl = LEARNING_RATE_BOWL,
  learningRate: number = LEARNING_RATE_DEFAULT,
  j = 1,
): FoundationsView {
  const x = params.embeddings[PRODUCT_TOKEN_INDEX];
  const result = vecMat(x, params.W_K)[j - 1];
  const column = params.W_K.map((row) => row[j - 1]);
  const landscape = quadraticLandscape(bowl.a, bowl.wStar);
  const u = bowl.w0 - bowl.wStar;
  const dLdu = 2 * bowl.a * u;
  const dudw = 1;
  const dLdw = landscape.grad([bowl.w0])[0];
  return {
    product: { token: CONTEXT_TOKENS[PRODUCT_TOKEN_INDEX], x, column, columns: params.W_K[0].length, j, result },
    chain: { c: bowl.a, wStar: bowl.wStar, w0: bowl.w0, u, dLdu, dudw, dLdw },
    step: { learningRate, w0: bowl.w0, gradient: dLdw, w1: bowl.w0 - learningRate * dLdw },
  };
}
