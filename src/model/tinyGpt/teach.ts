/**
 * Students teach the Mini-GPT: a corpus of their own sentences (one or more per line; a line break
 * ends a sentence like a period does), checked with
 * a German message for every input the model cannot take, a vocabulary built from it, and a fresh
 * model trained from the seed with the shipped run's settings. Deterministic: the same corpus gives
 * the same model in every window.
 */
import { createAdamWState, dense, softmax, type AdamWState } from '../../math';
import { TRAIN_SENTENCES } from './corpus';
import { fromWeights, initParams, listParams, packSequences, toWeights, traceSequence, type TinyGptConfig, type TinyGptParams, type TinyGptWeights } from './model';
import { SHIPPED_MODEL } from './shipped';
import { DEFAULT_LEARNING_RATE, DEFAULT_SEED, DEFAULT_TRAINING_STEPS, DEFAULT_WEIGHT_DECAY, TINY_GPT_CONFIG, trainingStep } from './trainer';
import { VOCABULARY, splitWords } from './vocabulary';

/** Limits that keep a retrain within seconds and the tab responsive. */
export const TEACH_LIMITS = {
  /** Characters of the whole text (checked before anything else is parsed). */
  maxCharacters: 40_000,
  maxSentences: 300,
  /** Different words. */
  maxWords: 400,
} as const;

/** The lecture's training corpus, one sentence per line: what „Zurücksetzen" brings back. */
export const LECTURE_CORPUS_TEXT = TRAIN_SENTENCES.map((s) => s.text).join('\n');

/** The teach slide's suggestions: a second capital, the same fact read only the other way round. */
export const BONN_CAPITAL = 'Die Hauptstadt von Deutschland ist Bonn.';
export const BONN_REVERSED = 'Bonn ist die Hauptstadt von Deutschland.';

/** The training sentences that name Paris as France's capital (deleting them removes the fact, not the word). */
export const PARIS_CAPITAL_SENTENCES: readonly string[] = TRAIN_SENTENCES.filter(
  (s) => s.fact.city === 'Paris' && (s.template === 'capitalIs' || s.template === 'capitalNamed'),
).map((s) => s.text);

/**
 * A checked corpus: its sentences as tokens (each ending in „.") and its vocabulary: the lecture's
 * words it uses in the lecture's order, then its new words in order of first use (so the unchanged
 * lecture corpus trains exactly the shipped model).
 */
export interface StudentCorpus {
  readonly sentences: readonly (readonly string[])[];
  readonly vocabulary: readonly string[];
}

/** A word the model can read: Latin letters and digits, joined by hyphens; or the period. */
const WORD = /^(?:[\p{Script=Latin}0-9]+(?:-[\p{Script=Latin}0-9]+)*|\.)$/u;
const ALLOWED_CHARACTER = /[\p{Script=Latin}0-9.\-\s]/u;

const quoted = (text: string): string => `„${text}“`;
const german = (n: number): string => n.toLocaleString('de-DE');

/** Checks and splits a corpus text. Never throws; every refusal is a German message. */
export function parseStudentCorpus(
  text: string,
  contextLength: number = TINY_GPT_CONFIG.contextLength,
): { ok: true; corpus: StudentCorpus } | { ok: false; message: string } {
  if (text.length > TEACH_LIMITS.maxCharacters) {
    return { ok: false, message: `Der Text ist zu lang: ${german(text.length)} Zeichen, höchstens ${german(TEACH_LIMITS.maxCharacters)}.` };
  }
  const lines = text.split(/\r\n|\r|\n/).map(splitWords);
  const tokens = lines.flat();
  if (tokens.length === 0) {
    return { ok: false, message: 'Das Korpus ist leer. Bitte mindestens einen Satz eingeben, zum Beispiel „Bonn ist die Hauptstadt von Deutschland.“' };
  }
  const badWord = tokens.find((t) => !WORD.test(t));
  if (badWord !== undefined) {
    const character = Array.from(badWord).find((c) => !ALLOWED_CHARACTER.test(c)) ?? '-';
    return {
      ok: false,
      message:
        `Das Zeichen ${quoted(character)} in ${quoted(badWord)} kann das Mini-GPT nicht lesen. ` +
        'Erlaubt sind Wörter aus lateinischen Buchstaben und Ziffern, Bindestriche und Punkte.',
    };
  }
  const sentences: string[][] = [];
  for (const line of lines) {
    let current: string[] = [];
    for (const token of line) {
      current.push(token);
      if (token === '.') {
        if (current.length > 1) sentences.push(current);
        current = [];
      }
    }
    if (current.length > 0) sentences.push([...current, '.']);
  }
  if (sentences.length === 0) {
    return { ok: false, message: 'Das Korpus hat keinen Satz, nur Punkte. Bitte mindestens einen Satz eingeben.' };
  }
  if (sentences.length > TEACH_LIMITS.maxSentences) {
    return { ok: false, message: `Zu viele Sätze: ${german(sentences.length)}, höchstens ${german(TEACH_LIMITS.maxSentences)} – sonst dauert das Training zu lange.` };
  }
  const tooLong = sentences.find((s) => s.length - 1 > contextLength);
  if (tooLong) {
    return {
      ok: false,
      message:
        `Der Satz ${quoted(tooLong.join(' ').replace(/ \./g, '.'))} ist zu lang: Er hat ${tooLong.length - 1} Wörter vor dem Punkt, ` +
        `das Mini-GPT sieht höchstens ${contextLength}.`,
    };
  }
  const used = new Set(sentences.flat());
  const vocabulary = [...VOCABULARY.filter((w) => used.has(w)), ...[...used].filter((w) => !VOCABULARY.includes(w))];
  if (vocabulary.length > TEACH_LIMITS.maxWords) {
    return { ok: false, message: `Zu viele verschiedene Wörter: ${german(vocabulary.length)}, höchstens ${german(TEACH_LIMITS.maxWords)}.` };
  }
  return { ok: true, corpus: { sentences, vocabulary } };
}

/** The model's sizes for a corpus: the shipped sizes with the corpus's vocabulary. */
export function studentConfig(corpus: StudentCorpus): TinyGptConfig {
  return { ...TINY_GPT_CONFIG, vocabularySize: corpus.vocabulary.length };
}

/**
 * The starting weights for a student corpus: the lecture run's initial weights, with the rows of
 * E and the columns of W_out (and b_out) picked per word. A word the lecture knows starts where it
 * starts in the lecture; a new word gets its own draw (seed + 1), so adding or deleting sentences
 * changes only what they touch, and the unchanged corpus starts exactly like the shipped run.
 */
export function studentInitParams(corpus: StudentCorpus): TinyGptParams {
  const lecture = initParams(TINY_GPT_CONFIG, DEFAULT_SEED);
  const newWords = corpus.vocabulary.filter((w) => !VOCABULARY.includes(w));
  const fresh = initParams({ ...TINY_GPT_CONFIG, vocabularySize: Math.max(1, newWords.length) }, DEFAULT_SEED + 1);
  const source = corpus.vocabulary.map((w) =>
    VOCABULARY.includes(w) ? { from: lecture, index: VOCABULARY.indexOf(w) } : { from: fresh, index: newWords.indexOf(w) },
  );
  const d = TINY_GPT_CONFIG.dModel;
  const V = corpus.vocabulary.length;
  const embedding = new Float64Array(V * d);
  const out = new Float64Array(d * V);
  const bias = new Float64Array(V);
  source.forEach(({ from, index }, j) => {
    embedding.set(from.tokenEmbedding.data.subarray(index * d, (index + 1) * d), j * d);
    const cols = from.W_out.cols;
    for (let i = 0; i < d; i++) out[i * V + j] = from.W_out.data[i * cols + index];
    bias[j] = from.b_out.data[index];
  });
  return {
    ...lecture,
    config: studentConfig(corpus),
    tokenEmbedding: dense(V, d, embedding),
    W_out: dense(d, V, out),
    b_out: dense(1, V, bias),
  };
}

/** A model trained on a student corpus, as plain data (it travels from the worker). */
export interface StudentModel {
  readonly vocabulary: readonly string[];
  readonly sentenceCount: number;
  readonly steps: number;
  /** Training loss before each step. */
  readonly trainLoss: readonly number[];
  readonly weights: TinyGptWeights;
}

/** The shipped model as a student model: what the teach slide answers with before anyone retrains. */
export function lectureStudentModel(): StudentModel {
  return {
    vocabulary: SHIPPED_MODEL.vocabulary,
    sentenceCount: TRAIN_SENTENCES.length,
    steps: SHIPPED_MODEL.steps,
    trainLoss: SHIPPED_MODEL.trainLoss,
    weights: SHIPPED_MODEL.weights,
  };
}

/** A training run on a student corpus, driven in chunks like the lecture's trainer. */
export interface StudentTrainer {
  step(n: number): void;
  readonly steps: number;
  readonly done: boolean;
  result(): StudentModel;
}

/** Starts a fresh model (the shipped run's initial weights per word, η, λ and steps) on a checked corpus. */
export function createStudentTrainer(corpus: StudentCorpus, totalSteps: number = DEFAULT_TRAINING_STEPS): StudentTrainer {
  const ids = new Map(corpus.vocabulary.map((w, i) => [w, i]));
  const encoded = corpus.sentences.map((s) => s.map((w) => ids.get(w) ?? -1));
  const batch = packSequences(encoded.map((s) => s.slice(0, -1)));
  const targets = encoded.flatMap((s) => s.slice(1));
  let params: TinyGptParams = studentInitParams(corpus);
  const decay = listParams(params).map((p) => p.decay);
  let state: AdamWState = createAdamWState(listParams(params).map((p) => p.tensor.data.length));
  const losses: number[] = [];
  return {
    step(n: number) {
      for (let i = 0; i < n && losses.length < totalSteps; i++) {
        const result = trainingStep(params, state, batch, targets, { learningRate: DEFAULT_LEARNING_RATE, weightDecay: DEFAULT_WEIGHT_DECAY }, decay);
        losses.push(result.loss);
        params = result.params;
        state = result.state;
      }
    },
    get steps() {
      return losses.length;
    },
    get done() {
      return losses.length >= totalSteps;
    },
    result: () => ({ vocabulary: corpus.vocabulary, sentenceCount: corpus.sentences.length, steps: losses.length, trainLoss: losses.slice(), weights: toWeights(params) }),
  };
}

/** One candidate next word. */
export interface StudentCandidate {
  readonly token: string;
  readonly probability: number;
}

/** The three most likely next words after a prompt, or a German message (unknown word, too long, empty). */
export function askStudentModel(
  model: StudentModel,
  prompt: string,
): { ok: true; tokens: readonly string[]; top: readonly StudentCandidate[] } | { ok: false; message: string } {
  const config: TinyGptConfig = { ...TINY_GPT_CONFIG, vocabularySize: model.vocabulary.length };
  const tokens = splitWords(prompt);
  if (tokens.length === 0) return { ok: false, message: 'Bitte einen Satzanfang eingeben, zum Beispiel „Die Hauptstadt von Deutschland ist“.' };
  const unknown = tokens.filter((t, i) => !model.vocabulary.includes(t) && tokens.indexOf(t) === i);
  if (unknown.length > 0) {
    const one = unknown.length === 1;
    return { ok: false, message: `${one ? 'Das Wort' : 'Die Wörter'} ${unknown.map(quoted).join(', ')} ${one ? 'kommt' : 'kommen'} im Korpus nicht vor.` };
  }
  if (tokens.length > config.contextLength) {
    return { ok: false, message: `Der Satzanfang ist zu lang: ${tokens.length} Wörter, das Modell sieht höchstens ${config.contextLength}.` };
  }
  const params = fromWeights(config, model.weights);
  const trace = traceSequence(params, tokens.map((t) => model.vocabulary.indexOf(t)));
  const probabilities = softmax(trace.logits[tokens.length - 1]);
  const top = probabilities
    .map((probability, i) => ({ token: model.vocabulary[i], probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, 3);
  return { ok: true, tokens, top };
}

/** Message to the worker: train a fresh model on this corpus text (a newer id cancels an older run). */
export interface TeachCommand {
  readonly type: 'teach';
  readonly id: number;
  readonly corpus: string;
}

/** Messages back: progress after each slice, the finished model, or why the corpus was refused. */
export type TeachEvent =
  | { readonly type: 'teachProgress'; readonly id: number; readonly step: number; readonly total: number }
  | { readonly type: 'taught'; readonly id: number; readonly model: StudentModel }
  | { readonly type: 'teachRefused'; readonly id: number; readonly message: string };

/** True for a {@link TeachCommand} (the worker also takes the lecture trainer's commands). */
export function isTeachCommand(message: unknown): message is TeachCommand {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'teach';
}

/** Milliseconds of training between two progress events. */
const TEACH_SLICE_MILLISECONDS = 50;

/** Runs teach commands in slices, like the lecture's training session (see trainingSession.ts). */
export function createTeachSession(host: {
  post(event: TeachEvent): void;
  schedule(task: () => void): void;
  now(): number;
}) {
  let current = -1;
  const slice = (id: number, trainer: StudentTrainer) => {
    if (id !== current) return;
    const start = host.now();
    do trainer.step(1);
    while (!trainer.done && host.now() - start < TEACH_SLICE_MILLISECONDS);
    if (trainer.done) host.post({ type: 'taught', id, model: trainer.result() });
    else {
      host.post({ type: 'teachProgress', id, step: trainer.steps, total: DEFAULT_TRAINING_STEPS });
      host.schedule(() => slice(id, trainer));
    }
  };
  return {
    handle(command: TeachCommand): void {
      current = command.id;
      const parsed = parseStudentCorpus(String(command.corpus));
      if (!parsed.ok) {
        host.post({ type: 'teachRefused', id: command.id, message: parsed.message });
        return;
      }
      const trainer = createStudentTrainer(parsed.corpus);
      host.post({ type: 'teachProgress', id: command.id, step: 0, total: DEFAULT_TRAINING_STEPS });
      host.schedule(() => slice(command.id, trainer));
    },
  };
}
