/**
 * Section 7, Modellarchitekturen (slides/Architecture*.tsx): the decoder block, GeLU, multi-head
 * attention and the parameter count.
 * The functions take numbers already computed by src/model and only typeset them.
 */
import { texNumber } from '../format';
import { texCount, texFactor, texRowVector, texText } from './primitives';

/** GPT-2's pre-LN block: LayerNorm before each sub-layer, the residual adds the sub-layer's output to x. */
export const RESIDUAL_LAYER_NORM = String.raw`\begin{aligned} x' &= x + \operatorname{Attention}\big(\operatorname{LayerNorm}(x)\big) \\ x'' &= x' + \operatorname{MLP}\big(\operatorname{LayerNorm}(x')\big) \end{aligned}`;
/** LayerNorm over the d entries of one token vector x (μ, σ² its mean and population variance). */
export const LAYER_NORM = String.raw`\operatorname{LayerNorm}(x) = \gamma \odot \frac{x - \mu}{\sqrt{\sigma^2 + \varepsilon}} + \beta`;
export const GELU = String.raw`\operatorname{GeLU}(x) = x \cdot \Phi(x)`;
export const RELU = String.raw`\operatorname{ReLU}(x) = \max(0;\, x)`;
export const FEED_FORWARD = String.raw`\operatorname{MLP}(x) = \operatorname{GeLU}(x W_1 + b_1)\, W_2 + b_2`;
export const FEED_FORWARD_SHAPES = String.raw`W_1 \in \mathbb{R}^{d \times 4d}, \quad W_2 \in \mathbb{R}^{4d \times d}`;
/** One head with its own matrices; the head number is a superscript in parentheses (i is the query position). */
export const ATTENTION_HEAD = String.raw`\text{head}_1 = \operatorname{Attention}(E W_Q^{(1)},\, E W_K^{(1)},\, E W_V^{(1)})`;
export const MULTI_HEAD = String.raw`\operatorname{MultiHead}(E) = \operatorname{Concat}(\text{head}_1, \text{head}_2, \text{head}_3)\, W_O`;
export const PARAMS_BLOCK = String.raw`N_{\text{Block}} = \underbrace{4d^2 + 4d}_{\text{Attention}} + \underbrace{2 \cdot d \cdot 4d + 4d + d}_{\text{MLP}} + \underbrace{2 \cdot 2d}_{\text{LayerNorm}} = 12d^2 + 13d`;
export const PARAMS_MODEL = String.raw`N = n_{\text{Block}} \cdot N_{\text{Block}} + n_{\text{vocab}} \cdot d + n_{\text{ctx}} \cdot d + 2d`;
/** Name of the one-head check vector: o^(1 Kopf). */
/** The output projection of multi-head attention. */
export const W_O = 'W_O';
export const SINGLE_HEAD_OUTPUT = String.raw`o^{(1\ \text{Kopf})}`;

/** x · Φ(x) with x and Φ(x) put in (the line under GeLU(x) = x · Φ(x)). */
export function geluNumbers(x: number, phi: number): string {
  return String.raw`${texFactor(x, 1)} \cdot \Phi(${texNumber(x, 1)}) = ${texFactor(x, 1)} \cdot ${texNumber(phi)}`;
}

/** GeLU(x) = value. */
export function geluResult(x: number, gelu: number): string {
  return String.raw`\operatorname{GeLU}(${texNumber(x, 1)}) = ${texNumber(gelu)}`;
}

/** ReLU(x) = max(0; x) = value (a semicolon, since the decimal comma would be ambiguous). */
export function reluNumbers(x: number, relu: number): string {
  return String.raw`\operatorname{ReLU}(${texNumber(x, 1)}) = \max(0;\, ${texNumber(x, 1)}) = ${texNumber(relu)}`;
}

/** Concat(h_1, …, h_H) · W_O with the head outputs put in, as one row with a rule between heads. */
export function multiHeadNumbers(headOutputs: readonly (readonly number[])[]): string {
  const columns = headOutputs.map((h) => 'c'.repeat(h.length)).join('|');
  const entries = headOutputs.map((h) => h.map((x) => texNumber(x)).join(' & ')).join(' & ');
  return String.raw`\left(\begin{array}{${columns}} ${entries} \end{array}\right) W_O`;
}

/** o_token = (values) with the shape of the product. */
export function multiHeadResult(token: string, output: readonly number[], concatWidth: number): string {
  return String.raw`o_{${texText(token)}} = ${texRowVector(output)} \quad (1 \times ${concatWidth} \cdot ${concatWidth} \times ${output.length})`;
}

/** N_Block = 12 · d² + 13 · d with d put in. */
export function blockParamsNumbers(d: number): string {
  return String.raw`N_{\text{Block}} = 12 \cdot ${texCount(d)}^2 + 13 \cdot ${texCount(d)}`;
}

/** N_Block = value. */
export function blockParamsResult(block: number): string {
  return String.raw`N_{\text{Block}} = ${texCount(block)}`;
}

/** N = n_Block · N_Block + n_vocab·d + n_ctx·d + 2d with all sizes (and the block count from src/model) put in. */
export function modelParamsNumbers(layers: number, block: number, d: number, vocab: number, context: number): string {
  const D = texCount(d);
  return String.raw`N = ${texCount(layers)} \cdot ${texCount(block)} + ${texCount(vocab)} \cdot ${D} + ${texCount(context)} \cdot ${D} + 2 \cdot ${D}`;
}

/** N = total ≈ words (e.g. "124,4 Mio."). */
export function modelParamsResult(total: number, words: string): string {
  return String.raw`N = ${texCount(total)} \approx \text{${words.replace(/\u00a0/g, '~')}}`;
}
