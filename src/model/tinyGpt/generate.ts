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
  /** The chosen token. */
  readonly next: string;
  readonly nextId: number;
  /** Its probability. */
  readonly pNext: number;
}

/** Options of {@link generate}. */
export interface GenerateOptions {
  /** T > 0 samples from softmax(z/T); 0 or undefined is greedy (argmax). */
  readonly temperature?: number;
  /** Seed of the sampler (only used when sampling), default 1. */
  readonly seed?: number;
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

/** Runs the generation loop on a prompt (see {@link GenerateResult}). */
export function generate(params: TinyGptParams, promptText: string, options: GenerateOptions = {}): GenerateResult {
  const { temperature = 0, seed = 1 } = options;
  const { contextLength } = params.config;
  if (!(temperature >= 0) || !Number.isFinite(temperature)) {
    return { ok: false, message: `Die Temperatur muss eine Zahl ≥ 0 sein, nicht ${String(temperature)}.` };
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
    const nextId = temperature > 0 ? sampleIndex(probabilities, rng.next()) : argmax(logits);
    steps.push({
      context: ids.map((id) => VOCABULARY[id]),
      attention: trace.attention,
      logits,
      probabilities,
      next: VOCABULARY[nextId],
      nextId,
      pNext: probabilities[nextId],
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
