/**
 * Sections 8 and 9, Titans and Grenzen (slides/Titans*.tsx, slides/RotarySlide.tsx,
 * slides/ContextCostSlide.tsx): Titans' memory, rotary position encoding, state-space models and
 * the cost of long contexts.
 * Titans: Behrouz, Zhong, Mirrokni, arXiv 2501.00663. Linear memory M(k) = M k, column vectors.
 * The functions take numbers already computed by src/model or src/math and only typeset them.
 */
import { texNumber } from '../format';
import { texColumn, texCount } from './primitives';

export const TITANS_LOSS = String.raw`\ell(\mathcal{M}_{t-1}; x_t) = \big\lVert \mathcal{M}_{t-1}(k_t) - v_t \big\rVert_2^2`;
export const TITANS_SURPRISE = String.raw`S_t = \eta_t \, S_{t-1} - \theta_t \, \nabla \ell(\mathcal{M}_{t-1}; x_t)`;
export const TITANS_MEMORY_UPDATE = String.raw`\mathcal{M}_t = (1 - \alpha_t)\, \mathcal{M}_{t-1} + S_t`;
export const TITANS_READ = String.raw`y_t = \mathcal{M}^{*}(q_t)`;
export const TITANS_KEYS_VALUES = String.raw`k_t = x_t W_K, \quad v_t = x_t W_V, \quad q_t = x_t W_Q`;
export const TITANS_LINEAR_GRADIENT = String.raw`\mathcal{M}(k) = M k \;\Rightarrow\; \nabla_M \ell = 2\,(M k_t - v_t)\, k_t^{\top}`;
export const TITANS_RECALL = String.raw`\text{Abruf-Fehler} = \big\lVert M_T \, k_1 - v_1 \big\rVert`;
export const ROPE_ROTATION = String.raw`\begin{pmatrix} x' \\ y' \end{pmatrix} = \begin{pmatrix} \cos m\theta & -\sin m\theta \\ \sin m\theta & \cos m\theta \end{pmatrix} \begin{pmatrix} x \\ y \end{pmatrix}`;
export const ROPE_RELATIVE = String.raw`(R_{m} q) \cdot (R_{n} k) = q^{\top} R_{n-m} \, k`;
export const SSM_RECURRENCE = String.raw`h_t = A\,h_{t-1} + B\,x_t, \quad y_t = C\,h_t`;
export const ATTENTION_COST = String.raw`\begin{aligned} \text{Scores} &= n^2 \\ \text{Speicher} &= 2\,\text{Byte} \cdot n^2 \end{aligned}`;

/** ‖M_T k_1 − v_1‖ with the answer M_T k_1 and the value v_1 put in, as column vectors. */
export function titansRecallNumbers(answer: readonly number[], value: readonly number[]): string {
  return String.raw`\left\lVert ${texColumn(answer)} - ${texColumn(value)} \right\rVert`;
}

/** Abruf-Fehler = error. */
export function titansRecallResult(error: number): string {
  return String.raw`\text{Abruf-Fehler} = ${texNumber(error)}`;
}

/** The rotation with the angle and the pair put in. */
export function ropeRotationNumbers(position: number, theta: number, pair: readonly [number, number]): string {
  const angle = String.raw`${position} \cdot ${texNumber(theta)}`;
  return String.raw`\begin{pmatrix} x' \\ y' \end{pmatrix} = \begin{pmatrix} \cos(${angle}) & -\sin(${angle}) \\ \sin(${angle}) & \cos(${angle}) \end{pmatrix} ${texColumn(pair)}`;
}

/** (x', y') = result, and the angle in degrees. */
export function ropeRotationResult(rotated: readonly [number, number], degrees: number): string {
  return String.raw`\begin{pmatrix} x' \\ y' \end{pmatrix} = ${texColumn(rotated)}, \quad m\theta = ${texNumber(degrees, 1)}^{\circ}`;
}

/** q_m · k_n = value, with the positions put in. */
export function ropeScoreNumbers(m: number, n: number, value: number): string {
  return String.raw`(R_{${m}} q) \cdot (R_{${n}} k) = ${texNumber(value, 3)}`;
}

/** n² and 2 · n² bytes with n put in. */
export function attentionCostNumbers(n: number): string {
  return String.raw`\begin{aligned} \text{Scores} &= ${texCount(n)}^2 \\ \text{Speicher} &= 2\,\text{Byte} \cdot ${texCount(n)}^2 \end{aligned}`;
}

/** The number of scores and the memory in GB. */
export function attentionCostResult(scores: number, gigabytes: number, digits: number): string {
  return String.raw`\begin{aligned} \text{Scores} &= ${texCount(scores)} \\ \text{Speicher} &\approx ${texNumber(gigabytes, digits)}\,\text{GB} \end{aligned}`;
}
