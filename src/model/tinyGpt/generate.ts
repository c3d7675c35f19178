/**
 * The generation loop of „Vom Token zur Antwort": run the prompt through the model, turn the last
 * position's logits into probabilities, pick the next token (greedy argmax, or sampled with a
 * temperature from a seeded generator), append it, repeat until „." or the context is full.
 */
import { argmax, createRng, softmax } from '../../math';
import { sampleIndex } from '../sampling';
import { traceSequence, type TinyGptParams } from './model';
import { VOCABULARY, parsePrompt } from './vocabulary';

/** One generated token and everything that led to it. */
export interface GenerationStep {
  /** The tokens the model saw. */
  readonly context: readonly string[];
  /** attention[layer][head][query][key] over the context. */
  readonly attention: number[][][][];
  /** Logits of the last position, one per vocabulary entry. */
  readonly logits: number[];
  /** softmax(logits / T) (T = 1 when greedy): the distribution the next token is taken from. */
  readonly probabilities: number[];
  /**
   * The distribution the token is drawn from when sampling: `probabilities` cut to the top k and to
   * the smallest set of words reaching p, renormalised (0 for every cut word). Equal to
   * `probabilities` when greedy or without a cut.
   */
  readonly cut: number[];
  /** Words left after the cut. */
  readonly kept: number;
  /** The chosen token. */
  readonly next: string;
  readonly nextId: number;
  /** Its probability in the distribution it was taken from (`cut`). */
  readonly pNext: number;
}

/** Options of {@link generate}. */
export interface GenerateOptions {
  /** T > 0 samples from softmax(z/T); 0 or undefined is greedy (argmax). */
  readonly temperature?: number;
  /** Seed of the sampler (only used when sampling), default 1. */
  readonly seed?: number;
  /** Top-k: sample only among the k most likely words (whole, ≥ 1; default: all). */
  readonly topK?: number;
  /** Top-p (nucleus): sample only among the most likely words whose probabilities first reach p (0 < p ≤ 1; default 1). */
  readonly topP?: number;
  /** At most this many new tokens (default: until the context is full). */
  readonly maxNewTokens?: number;
}

/** Why generation stopped. */
export type StopReason = 'period' | 'maxNewTokens' | 'contextFull';

/** A finished generation, or a German message for the user. Never throws for user input. */
export type GenerateResult =
  | {
      readonly ok: true;
      readonly prompt: { readonly text: string; readonly tokens: readonly string[]; readonly ids: readonly number[] };
      readonly steps: readonly GenerationStep[];
      /** Prompt plus generated tokens as text: „Paris ist die Hauptstadt von Frankreich." */
      readonly text: string;
      readonly generated: readonly string[];
      /** 0 when greedy. */
      readonly temperature: number;
      readonly stopReason: StopReason;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Top-k, then top-p (Holtzman et al. 2020) on a distribution, in the order of Hugging Face's and
 * vLLM's samplers: keep the k most likely words and renormalise them to sum 1; of those keep the
 * fewest, most likely ones whose renormalised probabilities sum to at least p; renormalise again.
 * (0,5/0,3/0,2 with k = 2, p = 0,6 keeps one word: 0,5/0,8 = 0,625 ≥ 0,6.) Ties keep the lower
 * index first. Returns the cut distribution and how many words it keeps.
 */
export function cutDistribution(probabilities: readonly number[], topK: number, topP: number): { cut: number[]; kept: number } {
  const order = probabilities.map((_, i) => i).sort((a, b) => probabilities[b] - probabilities[a] || a - b);
  const candidates = order.slice(0, topK);
  const candidateMass = candidates.reduce((sum, i) => sum + probabilities[i], 0);
  const keep: number[] = [];
  let share = 0;
  for (const i of candidates) {
    if (share >= topP) break;
    keep.push(i);
    share += probabilities[i] / candidateMass;
  }
  const keptMass = keep.reduce((sum, i) => sum + probabilities[i], 0);
  const cut = probabilities.map(() => 0);
  for (const i of keep) cut[i] = probabilities[i] / keptMass;
  return { cut, kept: keep.length };
}

/** Runs the generation loop on a prompt (see {@link GenerateResult}). */
export function generate(params: TinyGptParams, promptText: string, options: GenerateOptions = {}): GenerateResult {
  const { temperature = 0, seed = 1 } = options;
  const { contextLength } = params.config;
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    return { ok: false, message: `Die Temperatur muss eine Zahl ≥ 0 sein, nicht ${String(temperature)}.` };
  }
  const vocabularySize = params.config.vocabularySize;
  const topK = options.topK ?? vocabularySize;
  if (!Number.isInteger(topK) || topK < 1) {
    return { ok: false, message: `Top-k muss eine ganze Zahl ≥ 1 sein, nicht ${String(topK)}.` };
  }
  const topP = options.topP ?? 1;
  if (!(topP > 0 && topP <= 1)) {
    return { ok: false, message: `Top-p muss zwischen 0 (ausgeschlossen) und 1 liegen, nicht ${String(topP)}.` };
  }
  const maxNewTokens = options.maxNewTokens ?? contextLength;
  if (!Number.isInteger(maxNewTokens) || maxNewTokens < 1) {
    return { ok: false, message: `Die Zahl neuer Wörter muss eine ganze Zahl ≥ 1 sein, nicht ${String(maxNewTokens)}.` };
  }
  const prompt = parsePrompt(promptText, contextLength);
  if (!prompt.ok) return prompt;
  const rng = createRng(seed);
  const ids = [...prompt.ids];
  const steps: GenerationStep[] = [];
  let stopReason: StopReason = 'maxNewTokens';
  while (steps.length < maxNewTokens) {
    const trace = traceSequence(params, ids);
    const logits = trace.logits[ids.length - 1];
    const probabilities = [...softmax(logits, temperature > 0 ? temperature : 1)];
    const { cut, kept } = temperature > 0 ? cutDistribution(probabilities, topK, topP) : { cut: probabilities, kept: vocabularySize };
    const nextId = temperature > 0 ? sampleIndex(cut, rng.next()) : argmax(logits);
    steps.push({
      context: ids.map((id) => VOCABULARY[id]),
      attention: trace.attention,
      logits,
      probabilities,
      cut,
      kept,
      next: VOCABULARY[nextId],
      nextId,
      pNext: cut[nextId],
    });
    ids.push(nextId);
    if (VOCABULARY[nextId] === '.') {
      stopReason = 'period';
      break;
    }
    if (ids.length > contextLength && steps.length < maxNewTokens) {
      // The position embeddings end here: the model cannot look at a longer context.
      stopReason = 'contextFull';
      break;
    }
  }
  const generated = steps.map((s) => s.next);
  const tokens = [...prompt.tokens, ...generated];
  return {
    ok: true,
    prompt: { text: prompt.text, tokens: prompt.tokens, ids: prompt.ids },
    steps,
    text: tokens.join(' ').replace(/ \./g, '.'),
    generated,
    temperature,
    stopReason,
  };
}
