/**
 * Section 6, Decoder-Vorhersage (slides/DecoderSlide.tsx, slides/DecoderPredictionSlide.tsx,
 * slides/SoftmaxSlide.tsx): logits, softmax with temperature, argmax.
 * The functions take numbers already computed by src/model and only typeset them.
 */
import { WORKED_DIGITS, texNumber } from '../format';
import { texFactor, texMatrix, texRowVector, texText } from './primitives';

export const CONTEXT_H = 'h';
export const W_OUT = String.raw`W_{\text{out}}`;
/** Row vectors: h (1 × d) times W_out (d × n_vocab), one column per word; z and b are 1 × n_vocab. */
export const DECODER_PROJECTION = String.raw`z = h \, W_{\text{out}} + b`;
export const SOFTMAX = String.raw`p_i = \frac{\exp(z_i)}{\sum_m \exp(z_m)}`;
export const ARGMAX = String.raw`\hat{y} = \arg\max_i \; p_i`;
export const SOFTMAX_TEMPERATURE = String.raw`p_i = \frac{\exp(z_i / T)}{\sum_m \exp(z_m / T)}`;
export const LOGIT_ROW = String.raw`\textstyle z_i = \sum\nolimits_m h_m \, (W_{\text{out}})_{m i} + b_i`;

/**
 * z = (h)(W_out) + (b) with the numbers put in. `wordRows` holds one row per word (as src/model
 * stores it); in the slides' row-vector notation that row is a column of W_out, so it is typeset
 * transposed (d × n_vocab). W_out and b are shown with one digit: the worked example sets them by
 * hand in steps of 0,1 (tests/slides/learning.test.tsx checks that), so nothing is rounded away.
 */
export function decoderProjectionNumbers(wordRows: readonly (readonly number[])[], h: readonly number[], b: readonly number[]): string {
  const columns = h.map((_, d) => wordRows.map((row) => row[d]));
  return String.raw`z = ${texRowVector(h, WORKED_DIGITS)} ${texMatrix(columns, 1)} + ${texRowVector(b, 1)}`;
}

/** p_word = exp(z/T) / Σ exp(z_j/T) with the logits and T put in (e upright: Euler's number). */
export function softmaxTemperatureNumbers(word: string, logit: number, logits: readonly number[], temperature: number): string {
  const t = texNumber(temperature);
  const terms = logits.map((z) => String.raw`\mathrm{e}^{${texNumber(z)}/${t}}`).join(' + ');
  return String.raw`p_{${texText(word)}} = \frac{\mathrm{e}^{${texNumber(logit)}/${t}}}{${terms}}`;
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

/** ŷ = word: the token argmax chose. */
export function predictedWord(word: string): string {
  return String.raw`\hat{y} = ${texText(word)}`;
}
