/**
 * Section 6, Decoder-Vorhersage (slides/DecoderSlide.tsx, slides/DecoderPredictionSlide.tsx,
 * slides/SoftmaxSlide.tsx): logits, softmax with temperature, argmax.
 * The functions take numbers already computed by src/model and only typeset them.
 */
import { texNumber } from '../format';
import { texColumn, texFactor, texMatrix, texRowVector, texText } from './primitives';

export const CONTEXT_H = 'h';
export const W_OUT = String.raw`W_{\text{out}}`;
export const DECODER_PROJECTION = String.raw`z = W_{\text{out}} \, h + b`;
export const SOFTMAX = String.raw`p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`;
export const ARGMAX = String.raw`\hat{y} = \arg\max_i \; p_i`;
export const SOFTMAX_TEMPERATURE = String.raw`p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}`;
export const LOGIT_ROW = String.raw`z_i = W_{\text{out}}[i] \cdot h + b_i`;

/** z = (W_out)(h) + (b) with the numbers put in. */
export function decoderProjectionNumbers(W_out: readonly (readonly number[])[], h: readonly number[], b: readonly number[]): string {
  return String.raw`z = ${texMatrix(W_out)} ${texColumn(h)} + ${texColumn(b)}`;
}

/** p_word = e^{z/T} / Σ e^{z_j/T} with the logits and T put in. */
export function softmaxTemperatureNumbers(word: string, logit: number, logits: readonly number[], temperature: number): string {
  const t = texNumber(temperature);
  const terms = logits.map((z) => `e^{${texNumber(z)}/${t}}`).join(' + ');
  return String.raw`p_{${texText(word)}} = \frac{e^{${texNumber(logit)}/${t}}}{${terms}}`;
}

/** p_word = value. */
export function probabilityResult(word: string, p: number): string {
  return String.raw`p_{${texText(word)}} = ${texNumber(p)}`;
}

/** ŷ = argmax (p_1, …, p_n) = word, with the probabilities put in. */
export function argmaxNumbers(probabilities: readonly number[], word: string): string {
  return String.raw`\hat{y} = \arg\max \, ${texRowVector(probabilities)} = ${texText(word)}`;
}

/** z_word = w_1·h_1 + … + w_4·h_4 + b with the numbers put in, and its value. */
export function logitRowNumbers(word: string, row: readonly number[], h: readonly number[], bias: number, logit: number): string {
  const products = row.map((w, j) => String.raw`${texFactor(w)} \cdot ${texFactor(h[j])}`).join(' + ');
  return String.raw`z_{${texText(word)}} = ${products} + ${texFactor(bias)} = ${texNumber(logit)}`;
}
