/**
 * Evidence of what the trained heads do, beyond their attention weights: switch each head off in
 * turn (zero ablation, {@link ablateHead}) and measure how the probability of the right answer
 * changes; swap the city of the lecture prompt and see whether the answer follows it. Each head is
 * named by where the last word of the lecture prompt looks („schaut auf das erste Wort"). And the
 * logit lens: what the model would predict after each block.
 */
import { dense, layerNormRows, linear, softmax } from '../../math';
import { PARIS_ANSWER, PARIS_PROMPT } from './corpus';
import { ablateHead, forward, packSequences, traceSequence, type TinyGptParams } from './model';
import { shippedParams } from './shipped';
import { VOCABULARY, parsePrompt, splitWords, tokenId } from './vocabulary';

/**
 * P(answer | prompt): the product of each answer word's probability given the prompt and the answer
 * words before it (teacher forcing). Both texts must use known words only.
 */
export function answerProbability(params: TinyGptParams, prompt: string, answer: string): number {
  const promptIds = splitWords(prompt).map(tokenId);
  const answerIds = splitWords(answer).map(tokenId);
  const trace = traceSequence(params, [...promptIds, ...answerIds]);
  return answerIds.reduce((p, id, k) => p * softmax(trace.logits[promptIds.length - 1 + k])[id], 1);
}

/** The most likely next word after a prompt, and its probability. */
export function topNext(params: TinyGptParams, prompt: string): { token: string; probability: number } {
  const ids = splitWords(prompt).map(tokenId);
  const probabilities = softmax(traceSequence(params, ids).logits[ids.length - 1]);
  const best = probabilities.reduce((b, p, i) => (p > probabilities[b] ? i : b), 0);
  return { token: VOCABULARY[best], probability: probabilities[best] };
}

/** What a head does, read from the attention of the prompt's last word. */
export interface HeadRole {
  /** The words it looks at most, at least three quarters of its weight together (one or two words). */
  readonly keys: readonly number[];
  /** Their share of the weight. */
  readonly share: number;
  /** „schaut auf das erste Wort", „schaut auf „die“ und „Hauptstadt“", „schaut auf sich selbst". */
  readonly name: string;
}

/** Names a head by the keys that take most of the last word's attention (`weights` sums to 1). */
export function headRole(tokens: readonly string[], weights: readonly number[]): HeadRole {
  if (tokens.length === 0 || weights.length !== tokens.length) {
    throw new Error(`headRole: expected one weight per token, got ${weights.length} weights for ${tokens.length} tokens`);
  }
  const order = weights.map((_, i) => i).sort((a, b) => weights[b] - weights[a]);
  const keys = weights[order[0]] >= 0.75 || order.length === 1 ? [order[0]] : order.slice(0, 2).sort((a, b) => a - b);
  const share = keys.reduce((s, k) => s + weights[k], 0);
  const last = tokens.length - 1;
  const word = (k: number): string => (k === 0 ? 'das erste Wort' : k === last ? 'sich selbst' : `„${tokens[k]}“`);
  return { keys, share, name: `schaut auf ${keys.map(word).join(' und ')}` };
}

/** One head of the evidence table. */
export interface HeadEvidence {
  readonly layer: number;
  readonly head: number;
  /** „Block 1 · Kopf 1" */
  readonly label: string;
  /** „B1 · K1" */
  readonly short: string;
  readonly role: HeadRole;
  /** P(right answer) of each probe with this head switched off, in the order of the probes. */
  readonly pWithout: readonly number[];
  /** What the model answers instead to each probe with this head off (its most likely next word). */
  readonly answerWithout: readonly string[];
}

/** A question with its right answer. */
export interface Probe {
  readonly prompt: string;
  readonly answer: string;
}

/** The lecture prompt, then the question the other way round. */
export const EVIDENCE_PROBES: readonly Probe[] = [
  { prompt: PARIS_PROMPT, answer: PARIS_ANSWER },
  { prompt: `Die Hauptstadt von ${PARIS_ANSWER} ist`, answer: splitWords(PARIS_PROMPT)[0] },
];

/** Cities put in place of „Paris" in the lecture prompt: two capitals, then two cities that are none. */
export const SWAP_CITIES: readonly string[] = ['Paris', 'Berlin', 'Lyon', 'Hamburg'];

/** One row of the city swap. */
export interface CitySwap {
  readonly city: string;
  readonly prompt: string;
  /** The model's answer and its probability, with every head on. */
  readonly answer: string;
  readonly probability: number;
  /** The answer with the most important head switched off. */
  readonly answerWithout: string;
  readonly probabilityWithout: number;
}

/** „Was hat das Mini-GPT gelernt?" step 2: ablation per head and the city swap. */
export function evidenceView(params: TinyGptParams = shippedParams()) {
  const promptTokens = splitWords(PARIS_PROMPT);
  const trace = traceSequence(params, promptTokens.map(tokenId));
  const last = promptTokens.length - 1;
  const baseline = EVIDENCE_PROBES.map((probe) => answerProbability(params, probe.prompt, probe.answer));
  const heads: HeadEvidence[] = trace.attention.flatMap((layer, l) =>
    layer.map((rows, h) => {
      const ablated = ablateHead(params, l, h);
      return {
        layer: l + 1,
        head: h + 1,
        label: `Block ${l + 1} · Kopf ${h + 1}`,
        short: `B${l + 1} · K${h + 1}`,
        role: headRole(promptTokens, rows[last]),
        pWithout: EVIDENCE_PROBES.map((probe) => answerProbability(ablated, probe.prompt, probe.answer)),
        answerWithout: EVIDENCE_PROBES.map((probe) => topNext(ablated, probe.prompt).token),
      };
    }),
  );
  // The head whose loss hurts the lecture prompt most.
  const key = heads.reduce((best, h) => (h.pWithout[0] < best.pWithout[0] ? h : best), heads[0]);
  const keyParams = ablateHead(params, key.layer - 1, key.head - 1);
  const swaps: CitySwap[] = SWAP_CITIES.map((city) => {
    const prompt = [city, ...promptTokens.slice(1)].join(' ');
    const on = topNext(params, prompt);
    const off = topNext(keyParams, prompt);
    return { city, prompt, answer: on.token, probability: on.probability, answerWithout: off.token, probabilityWithout: off.probability };
  });
  return { probes: EVIDENCE_PROBES, tokens: promptTokens, baseline, heads, keyHead: key, swaps };
}

/** One row of the logit lens: what the model would say if the residual stream stopped here. */
export interface LensRow {
  /** „Eingabe", „nach Block 1", „nach Block 2" */
  readonly label: string;
  readonly top: readonly { token: string; probability: number }[];
}

/**
 * The logit lens (nostalgebraist 2020): the residual stream of the prompt's last word after each
 * block, put through the final LayerNorm and W_out as if it were the last block's output. The row
 * after the last block is the model's own prediction. A German message for a prompt it cannot read.
 */
export function logitLens(params: TinyGptParams, prompt: string): { ok: true; tokens: readonly string[]; rows: readonly LensRow[] } | { ok: false; message: string } {
  const parsed = parsePrompt(prompt, params.config.contextLength);
  if (!parsed.ok) return parsed;
  const pass = forward(params, packSequences([parsed.ids]));
  const last = parsed.ids.length - 1;
  const streams = [...pass.blocks.map((b) => b.input), pass.final];
  const rows = streams.map((stream, k): LensRow => {
    const row = dense(1, stream.cols, stream.data.slice(last * stream.cols, (last + 1) * stream.cols));
    const normed = layerNormRows(row, params.lnFinalGamma, params.lnFinalBeta, params.config.layerNormEpsilon).output;
    const probabilities = softmax(Array.from(linear(normed, params.W_out, params.b_out).data));
    const top = probabilities
      .map((probability, i) => ({ token: VOCABULARY[i], probability }))
      .sort((a, b) => b.probability - a.probability)
      .slice(0, 3);
    return { label: k === 0 ? 'Eingabe' : `nach Block ${k}`, top };
  });
  return { ok: true, tokens: parsed.tokens, rows };
}
