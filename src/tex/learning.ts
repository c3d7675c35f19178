/**
 * Section 5, Lernprozess & Backpropagation (slides/LearningSlide.tsx, slides/CrossEntropySlide.tsx,
 * slides/GradientDescentSlide.tsx): the loss, its gradient and one weight's update.
 * The functions take numbers already computed by src/model and only typeset them.
 */
import { WORKED_DIGITS, texNumber } from '../format';
import { texFactor, texMatrix, texRowVector } from './primitives';

export const CROSS_ENTROPY = String.raw`L = -\sum\nolimits_i y_i \ln p_i = -\ln p_{\text{Frankreich}}`;
export const TRAINED_WEIGHTS = String.raw`W_Q, W_K, W_V, W_{\text{out}}, b`;
export const GRAD_LOGITS = String.raw`\partial L / \partial z = p - y`;
export const ONE_WEIGHT_GRADIENT = String.raw`\partial L / \partial w = (p_{\text{Frankreich}} - y_{\text{Frankreich}}) \cdot h_1`;
export const ONE_WEIGHT_UPDATE = String.raw`w_{\text{neu}} = w_{\text{alt}} - \eta \cdot \partial L / \partial w`;

/** L = −ln p with p put in. */
export function crossEntropyNumbers(p: number): string {
  return String.raw`L = -\ln ${texNumber(p, WORKED_DIGITS)}`;
}

/** ∂L/∂z = (p) − (y) with the vectors put in (as rows, to save height). */
export function gradLogitsNumbers(p: readonly number[], y: readonly number[]): string {
  return String.raw`\partial L / \partial z = ${texRowVector(p)} - ${texRowVector(y, 0)}`;
}

/** ∂L/∂z = (g) as a row. */
export function gradLogitsResult(g: readonly number[]): string {
  return String.raw`\partial L / \partial z = ${texRowVector(g)}`;
}

/** ∂L/∂w = (p − y) · h_j with the numbers put in, and its value. */
export function oneWeightGradientNumbers(p: number, y: number, hj: number, grad: number): string {
  return String.raw`\partial L / \partial w = (${texNumber(p)} - ${texNumber(y, 0)}) \cdot ${texFactor(hj)} = ${texNumber(grad)}`;
}

/** w_neu = w_alt − η · ∂L/∂w with the numbers put in. */
export function oneWeightUpdateNumbers(oldValue: number, learningRate: number, grad: number): string {
  return String.raw`w_{\text{neu}} = ${texNumber(oldValue)} - ${texNumber(learningRate)} \cdot ${texFactor(grad)}`;
}

/** Section 5's bridge to section 6: where z and p come from (row vectors). */
export const LOGITS_AND_PROBABILITIES = String.raw`z = h \, W_{\text{out}} + b, \qquad p = \operatorname{softmax}(z)`;
/** One step back from z to h (row vectors: ∂L/∂z is 1 × n_vocab, W_outᵀ is n_vocab × d). */
export const GRAD_CONTEXT = String.raw`\partial L / \partial h = (\partial L / \partial z) \, W_{\text{out}}^{\top}`;
/** One step back from h = Σ_j a_j v_j to each value. */
export const GRAD_VALUE = String.raw`\partial L / \partial v_j = a_j \cdot \partial L / \partial h`;

/**
 * ∂L/∂h = (∂L/∂z) W_outᵀ with the numbers put in. `wordRows` holds one row per word, which is
 * exactly W_outᵀ (n_vocab × d) in the slides' row-vector notation.
 */
export function gradContextNumbers(gradLogits: readonly number[], wordRows: readonly (readonly number[])[]): string {
  return String.raw`\partial L / \partial h = ${texRowVector(gradLogits, WORKED_DIGITS)} ${texMatrix(wordRows, 1)}`;
}

/** ∂L/∂h = (values). */
export function gradContextResult(gradH: readonly number[]): string {
  return String.raw`\partial L / \partial h = ${texRowVector(gradH, WORKED_DIGITS)}`;
}

