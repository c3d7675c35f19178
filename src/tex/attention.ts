/**
 * Section 4, Rechenbeispiel: self-attention on the worked example, row vectors (slides/SelfAttention*.tsx,
 * slides/WorkedExampleStepsSlide.tsx, slides/AttentionMatrixSlide.tsx, slides/WhatIfSlide.tsx).
 * The functions take numbers already computed by src/model and only typeset them.
 */
import { texNumber } from '../format';
import { texFactor, texMatrix, texRowVector, texText } from './primitives';

export const EMBEDDINGS = String.raw`e_{\text{Paris}}, \dots, e_{\text{von}} \in \mathbb{R}^4`;
/** A transformer's input at position t: token embedding plus position embedding (GPT-2: learned). */
export const INPUT_WITH_POSITION = String.raw`x_t = e_t + \text{pos}_t`;
export const QKV_WEIGHTS = String.raw`W_Q, W_K, W_V`;
export const QKV_PROJECTION = String.raw`q_i = e_i W_Q, \quad k_j = e_j W_K, \quad v_j = e_j W_V`;
export const ATTENTION_SCORE = String.raw`s_j = \frac{q_{\text{von}} \cdot k_j}{\sqrt{d_k}}`;
export const ATTENTION_WEIGHTS = String.raw`a_j = \frac{\exp(s_j)}{\sum_m \exp(s_m)}`;
export const CONTEXT_VECTOR = String.raw`h_{\text{von}} = \sum\nolimits_j a_j \, v_j`;
export const SCALED_DOT_PRODUCT_ATTENTION = String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}}\right) V`;

export const FOCUS_QUERY = String.raw`q_{\text{von}} = e_{\text{von}} \, W_Q`;
export const KEYS_VALUES = String.raw`K = E \, W_K, \qquad V = E \, W_V`;
export const CAUSAL_MASK = String.raw`M_{ij} = -\infty \ (j > i), \ 0 \text{ sonst}`;
export const MASKED_ATTENTION = String.raw`\operatorname{softmax}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}} + M\right) V`;

/** q_von = (e_von) (W_Q) with the numbers. */
export function focusQueryNumbers(focus: string, embedding: readonly number[], W_Q: readonly (readonly number[])[]): string {
  return String.raw`q_{${texText(focus)}} = ${texRowVector(embedding)} \, ${texMatrix(W_Q)}`;
}

/** s_token = (q_1·k_1 + … + q_4·k_4) / √d_k with the numbers. */
export function scoreNumbers(token: string, q: readonly number[], k: readonly number[], dK: number): string {
  const products = q.map((qi, i) => String.raw`${texFactor(qi)} \cdot ${texFactor(k[i])}`).join(' + ');
  return String.raw`s_{${texText(token)}} = \frac{${products}}{\sqrt{${dK}}}`;
}

/** s_token = raw / √d_k = scaled. */
export function scoreResult(token: string, raw: number, sqrtDK: number, scaled: number): string {
  return String.raw`s_{${texText(token)}} = \frac{${texNumber(raw)}}{${texNumber(sqrtDK, 0)}} = ${texNumber(scaled)}`;
}

/** a_token = e^{s_token} / Σ_m e^{s_m} with the scaled scores put in. */
export function softmaxNumbers(token: string, score: number, scores: readonly number[]): string {
  const terms = scores.map((s) => String.raw`\mathrm{e}^{${texNumber(s)}}`).join(' + ');
  return String.raw`a_{${texText(token)}} = \frac{\mathrm{e}^{${texNumber(score)}}}{${terms}}`;
}

/** a_token = e^{s} / Σ e^{s_m} = weight, with the exponentials evaluated. */
export function softmaxResult(token: string, exp: number, expSum: number, weight: number): string {
  return String.raw`a_{${texText(token)}} = \frac{${texNumber(exp)}}{${texNumber(expSum)}} = ${texNumber(weight)}`;
}

/** h_focus = a_1 v_1 + … + a_n v_n with the weights put in and the value vectors named. */
export function contextVectorNumbers(focus: string, tokens: readonly string[], weights: readonly number[]): string {
  const terms = tokens.map((t, j) => String.raw`${texNumber(weights[j])} \, v_{${texText(t)}}`).join(' + ');
  return String.raw`h_{${texText(focus)}} = ${terms}`;
}

/** k_von = e_von W_K (or v, W_V): how the focus token's row of K or V arises. */
export function focusProjection(name: 'k' | 'v', focus: string): string {
  const weight = name === 'k' ? 'W_K' : 'W_V';
  return String.raw`${name}_{${texText(focus)}} = e_{${texText(focus)}} \, ${weight}`;
}

/** = (row) with an = in front, the second line of a projection whose left side stands above. */
export function equalsRowVector(values: readonly number[]): string {
  return String.raw`= ${texRowVector(values)}`;
}
