/**
 * Sections 8 and 9, Titans and Grenzen (slides/Titans*.tsx, slides/RotarySlide.tsx,
 * slides/ContextCostSlide.tsx): Titans' memory, rotary position encoding, state-space models and
 * the cost of long contexts.
 * Titans: Behrouz, Zhong, Mirrokni, arXiv 2501.00663, in the deck's notation (src/tex/notation.ts):
 * the paper's momentum decay η_t is ρ_t here and its learning rate θ_t is η_t (η is the learning
 * rate everywhere in the deck; θ is RoPE's frequency). Row vectors: the linear memory reads k 𝓜.
 * The functions take numbers already computed by src/model or src/math and only typeset them.
 */
import { texNumber, type Storage } from '../format';
import { texCount, texRowVector } from './primitives';

export const TITANS_LOSS = String.raw`\ell(\mathcal{M}_{t-1}; x_t) = \big\lVert \mathcal{M}_{t-1}(k_t) - v_t \big\rVert_2^2`;
export const TITANS_SURPRISE = String.raw`S_t = \rho_t \, S_{t-1} - \eta_t \, \nabla \ell(\mathcal{M}_{t-1}; x_t)`;
export const TITANS_MEMORY_UPDATE = String.raw`\mathcal{M}_t = (1 - \alpha_t)\, \mathcal{M}_{t-1} + S_t`;
export const TITANS_READ = String.raw`o_t = \mathcal{M}^{*}(q_t)`;
export const TITANS_KEYS_VALUES = String.raw`k_t = x_t W_K, \quad v_t = x_t W_V, \quad q_t = x_t W_Q`;
export const TITANS_LINEAR_GRADIENT = String.raw`\mathcal{M}(k) = k\,\mathcal{M} \;\Rightarrow\; \nabla_{\mathcal{M}} \ell = 2\, k_t^{\top} (k_t \mathcal{M} - v_t)`;
export const TITANS_RECALL = String.raw`\text{Abruf-Fehler} = \big\lVert k_1 \mathcal{M}_n - v_1 \big\rVert`;
export const ROPE_ROTATION = String.raw`(q'_{2m+1} \; q'_{2m+2}) = (q_{2m+1} \; q_{2m+2}) \begin{pmatrix} \cos i\theta & \sin i\theta \\ -\sin i\theta & \cos i\theta \end{pmatrix}`;
/** RoPE's frequencies: pair m of a head of width d_k turns by θ_m per token. */
export const ROPE_FREQUENCIES = String.raw`\theta_m = \exp(-2m \ln(10000) / d_k), \quad m = 0, 1, \dots, d_k/2 - 1`;
export const ROPE_RELATIVE = String.raw`R_i(q) \cdot R_j(k) = q \cdot R_{j-i}(k)`;
/** A state-space recurrence; S4 keeps Ā, B̄, C fixed, Mamba computes them from x_t at every step (selective). */
export const SSM_RECURRENCE = String.raw`r_t = r_{t-1} \bar{A}_t + x_t \bar{B}_t, \quad o_t = r_t\, C_t`;
/** The KV cache of n tokens: key and value, d numbers each, in every block, fp16. */
export const KV_CACHE = String.raw`\text{KV-Cache} = 2 \cdot n_{\text{Block}} \cdot d \cdot 2\,\text{Byte} \cdot n`;
/** FLOPs of the next token: dense layers and attention over n tokens (2 FLOPs per multiply-add). */
export const FLOPS_PER_TOKEN = String.raw`\text{FLOPs pro Token} \approx \underbrace{24\, n_{\text{Block}}\, d^2}_{\text{dichte Schichten}} + \underbrace{4\, n_{\text{Block}}\, n\, d}_{\text{Attention}}`;

/** ‖k_1 𝓜_n − v_1‖ with the answer k_1 𝓜_n and the value v_1 put in, as row vectors. */
export function titansRecallNumbers(answer: readonly number[], value: readonly number[]): string {
  return String.raw`\left\lVert ${texRowVector(answer)} - ${texRowVector(value)} \right\rVert`;
}

/** Abruf-Fehler = error. */
export function titansRecallResult(error: number): string {
  return String.raw`\text{Abruf-Fehler} = ${texNumber(error)}`;
}

/** The rotation with the angle i·θ (radians, from src/model) and the pair put in. */
export function ropeRotationNumbers(angle: number, pair: readonly [number, number]): string {
  const a = texNumber(angle);
  return String.raw`= ${texRowVector(pair)} \begin{pmatrix} \cos ${a} & \sin ${a} \\ -\sin ${a} & \cos ${a} \end{pmatrix}`;
}

/** (x', y') = result, and the angle in degrees. */
export function ropeRotationResult(rotated: readonly [number, number], degrees: number): string {
  return String.raw`= ${texRowVector(rotated)}, \quad i\theta = ${texNumber(degrees, 1)}^{\circ}`;
}

/** q_m · k_n = value, with the positions put in. */
export function ropeScoreNumbers(m: number, n: number, value: number): string {
  return String.raw`R_{${m}}(q) \cdot R_{${n}}(k) = ${texNumber(value, 3)}`;
}

/** The KV cache with the sizes and n put in. */
export function kvCacheNumbers(layers: number, d: number, n: number): string {
  return String.raw`\text{KV-Cache} = 2 \cdot ${texCount(layers)} \cdot ${texCount(d)} \cdot 2\,\text{Byte} \cdot ${texCount(n)}`;
}

/** The KV cache in the unit that reads best (src/format.ts storageOf: GB, from 1000 GB upward TB). */
export function kvCacheResult(storage: Storage): string {
  return String.raw`\text{KV-Cache} \approx ${texNumber(storage.value, storage.digits)}\,\text{${storage.unit}}`;
}
