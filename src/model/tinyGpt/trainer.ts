/**
 * Training the tiny GPT: full-batch AdamW on every training sentence, loss at every position
 * (teacher forcing), accuracy on each sentence's answer. Deterministic: the same seed and
 * learning rate give the same weights, step for step.
 *
 * The trainer is driven in chunks (`step(n)`, then `snapshot()`), so that a Web Worker can train a
 * few steps, post a snapshot and stay responsive to messages.
 */
import { adamWStep, createAdamWState, type AdamWState, type Dense } from '../../math';
import { HELD_OUT_SENTENCES, PARIS_PROMPT, TRAIN_SENTENCES, type Sentence } from './corpus';
import {
  forward,
  fromWeights,
  initParams,
  listParams,
  lossAndGradients,
  packSequences,
  replaceParams,
  toWeights,
  traceSequence,
  type PackedBatch,
  type TinyGptConfig,
  type TinyGptParams,
  type TinyGptWeights,
} from './model';
import { VOCABULARY, splitWords, tokenId } from './vocabulary';

/** The shipped model's sizes. */
export const TINY_GPT_CONFIG: TinyGptConfig = {
  vocabularySize: VOCABULARY.length,
  contextLength: 8,
  dModel: 16,
  nHeads: 2,
  nLayers: 2,
  dFF: 32,
  layerNormEpsilon: 1e-5,
  activation: 'gelu-tanh',
  tiedEmbeddings: false,
};

/** Training settings of the shipped weights. */
export const DEFAULT_SEED = 1;
export const DEFAULT_LEARNING_RATE = 0.03;
export const DEFAULT_WEIGHT_DECAY = 0.01;
/** AdamW's moment decays and ε (PyTorch's defaults); constant learning rate, no gradient clipping. */
export const ADAMW_BETA1 = 0.9;
export const ADAMW_BETA2 = 0.999;
export const ADAMW_EPSILON = 1e-8;
/** Steps of the shipped run. */
export const DEFAULT_TRAINING_STEPS = 80;

/** A set of sentences ready for the model: inputs, next-token targets, and where the answers are. */
export interface EncodedSet {
  readonly sentences: readonly Sentence[];
  readonly batch: PackedBatch;
  /** Next-token target of every row. */
  readonly targets: readonly number[];
  /** Per sentence, the rows whose next token is an answer word (predicted from the words before it). */
  readonly answerRows: readonly (readonly number[])[];
}

/** Encodes sentences: input = all tokens but the last, target = all tokens but the first. */
export function encodeSentences(sentences: readonly Sentence[]): EncodedSet {
  const inputs: number[][] = [];
  const targets: number[] = [];
  const answerRows: number[][] = [];
  let row = 0;
  for (const s of sentences) {
    const ids = s.tokens.map(tokenId);
    inputs.push(ids.slice(0, -1));
    targets.push(...ids.slice(1));
    answerRows.push(Array.from({ length: s.answerLength }, (_, k) => row + s.answerStart + k - 1));
    row += ids.length - 1;
  }
  return { sentences, batch: packSequences(inputs), targets, answerRows };
}

/** One held-out (or training) sentence as the model completes it. */
export interface AnswerEvaluation {
  /** The words before the answer. */
  readonly prompt: string;
  /** The answer: „Frankreich", or „der Schweiz". */
  readonly target: string;
  /** The model's argmax for each answer word, given the true words before it (teacher forcing). */
  readonly predicted: string;
  /** Probability of the whole answer, the product of its words' probabilities. */
  readonly pTarget: number;
  readonly correct: boolean;
}

/** Loss and answer accuracy of a set at some parameters. */
export interface SetEvaluation {
  readonly loss: number;
  /** Share of sentences whose every answer word is the model's argmax. */
  readonly accuracy: number;
  readonly answers: readonly AnswerEvaluation[];
}

function evaluateProbabilities(set: EncodedSet, probabilities: Dense, loss: number): SetEvaluation {
  const V = probabilities.cols;
  const p = probabilities.data;
  const answers = set.sentences.map((s, i) => {
    let pTarget = 1;
    let correct = true;
    const predicted = set.answerRows[i].map((r) => {
      let best = 0;
      for (let j = 1; j < V; j++) if (p[r * V + j] > p[r * V + best]) best = j;
      const target = set.targets[r];
      pTarget *= p[r * V + target];
      if (best !== target) correct = false;
      return VOCABULARY[best];
    });
    return {
      prompt: s.tokens.slice(0, s.answerStart).join(' '),
      target: s.tokens.slice(s.answerStart, s.answerStart + s.answerLength).join(' '),
      predicted: predicted.join(' '),
      pTarget,
      correct,
    };
  });
  const accuracy = answers.filter((a) => a.correct).length / answers.length;
  return { loss, accuracy, answers };
}

/** The sequences of a set as the loss sees them: per sentence its input ids and next-token target ids. */
export function setSequences(set: EncodedSet): { inputs: number[][]; targets: number[][] } {
  const { ids, starts } = set.batch;
  const inputs: number[][] = [];
  const targets: number[][] = [];
  for (let s = 0; s + 1 < starts.length; s++) {
    inputs.push(ids.slice(starts[s], starts[s + 1]));
    targets.push(set.targets.slice(starts[s], starts[s + 1]));
  }
  return { inputs, targets };
}

/** Loss and answer accuracy of a set of sentences (forward pass only). */
export function evaluateSet(params: TinyGptParams, set: EncodedSet): SetEvaluation {
  const { logits } = forward(params, set.batch);
  const V = logits.cols;
  const probabilities = new Float64Array(logits.data.length);
  let loss = 0;
  for (let r = 0; r < logits.rows; r++) {
    let max = -Infinity;
    for (let j = 0; j < V; j++) max = Math.max(max, logits.data[r * V + j]);
    let total = 0;
    for (let j = 0; j < V; j++) total += (probabilities[r * V + j] = Math.exp(logits.data[r * V + j] - max));
    for (let j = 0; j < V; j++) probabilities[r * V + j] /= total;
    loss += Math.log(total) + max - logits.data[r * V + set.targets[r]];
  }
  return evaluateProbabilities(set, { rows: logits.rows, cols: V, data: probabilities }, loss / logits.rows);
}

/** The encoded training and held-out sets. */
export const TRAIN_SET: EncodedSet = encodeSentences(TRAIN_SENTENCES);
export const HELD_OUT_SET: EncodedSet = encodeSentences(HELD_OUT_SENTENCES);

/** Prompt whose last token's attention the snapshots report. */
export const PROBE_PROMPT = PARIS_PROMPT;

/** What a training chart shows after some steps. Plain data (structured-clone-able). */
export interface TrainingSnapshot {
  /** Steps taken so far. */
  readonly step: number;
  readonly learningRate: number;
  readonly trainLoss: number;
  readonly heldOutLoss: number;
  readonly trainAccuracy: number;
  readonly heldOutAccuracy: number;
  /** Training loss before each step taken so far (one entry per step). */
  readonly trainLossHistory: readonly number[];
  /** The probe prompt's tokens. */
  readonly probeTokens: readonly string[];
  /** Attention of the probe's last token („von") over the probe: [layer][head][key]. */
  readonly probeAttention: readonly (readonly (readonly number[])[])[];
}

/** Options of {@link createTrainer}. */
export interface TrainerOptions {
  readonly seed?: number;
  readonly learningRate?: number;
  readonly weightDecay?: number;
  /** Start from these weights instead of a fresh seeded initialisation. */
  readonly weights?: TinyGptWeights;
}

/** A running training: step it, look at it, change η. */
export interface Trainer {
  /** Takes n AdamW steps (n ≥ 0, whole) on the full training set. */
  step(n?: number): void;
  /** Loss, accuracies and probe attention at the current weights, plus the loss history. */
  snapshot(): TrainingSnapshot;
  setLearningRate(learningRate: number): void;
  /** Steps taken. */
  readonly steps: number;
  /** Training accuracy measured in the forward pass of each step (before its update). */
  readonly trainAccuracyHistory: readonly number[];
  /** Current weights as plain arrays. */
  weights(): TinyGptWeights;
  /** Current parameters. */
  params(): TinyGptParams;
  /** The weights it started from. */
  readonly initialWeights: TinyGptWeights;
}

function checkLearningRate(learningRate: number): void {
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new Error(`createTrainer: learning rate must be a positive number, got ${learningRate}`);
  }
}

/**
 * One full-batch AdamW step: loss and gradients at `params` (mean cross-entropy over every row),
 * then the update. `decay[k]`: whether tensor k of {@link listParams} gets weight decay.
 */
export function trainingStep(
  params: TinyGptParams,
  state: AdamWState,
  batch: PackedBatch,
  targets: readonly number[],
  options: { readonly learningRate: number; readonly weightDecay: number },
  decay: readonly boolean[],
): { params: TinyGptParams; state: AdamWState; loss: number; probabilities: Dense } {
  const result = lossAndGradients(params, batch, targets);
  const update = adamWStep(
    listParams(params).map((p) => p.tensor.data),
    listParams(result.gradients).map((g) => g.tensor.data),
    state,
    { ...options, beta1: ADAMW_BETA1, beta2: ADAMW_BETA2, epsilon: ADAMW_EPSILON },
    decay,
  );
  return { params: replaceParams(params, update.params), state: update.state, loss: result.loss, probabilities: result.probabilities };
}

/** A trainer starting from the seeded initialisation (or given weights). */
export function createTrainer(options: TrainerOptions = {}): Trainer {
  const { seed = DEFAULT_SEED, weightDecay = DEFAULT_WEIGHT_DECAY } = options;
  let learningRate = options.learningRate ?? DEFAULT_LEARNING_RATE;
  checkLearningRate(learningRate);
  let params = options.weights ? fromWeights(TINY_GPT_CONFIG, options.weights) : initParams(TINY_GPT_CONFIG, seed);
  const initialWeights = toWeights(params);
  const named = listParams(params);
  const decay = named.map((p) => p.decay);
  let state: AdamWState = createAdamWState(named.map((p) => p.tensor.data.length));
  const lossHistory: number[] = [];
  const accuracyHistory: number[] = [];
  const probeIds = splitWords(PROBE_PROMPT).map(tokenId);

  return {
    step(n = 1) {
      if (!Number.isInteger(n) || n < 0) throw new Error(`trainer.step: n must be a whole number ≥ 0, got ${n}`);
      for (let i = 0; i < n; i++) {
        const result = trainingStep(params, state, TRAIN_SET.batch, TRAIN_SET.targets, { learningRate, weightDecay }, decay);
        lossHistory.push(result.loss);
        accuracyHistory.push(evaluateProbabilities(TRAIN_SET, result.probabilities, result.loss).accuracy);
        params = result.params;
        state = result.state;
      }
    },
    snapshot() {
      const train = evaluateSet(params, TRAIN_SET);
      const heldOut = evaluateSet(params, HELD_OUT_SET);
      const probe = traceSequence(params, probeIds);
      const last = probeIds.length - 1;
      return {
        step: lossHistory.length,
        learningRate,
        trainLoss: train.loss,
        heldOutLoss: heldOut.loss,
        trainAccuracy: train.accuracy,
        heldOutAccuracy: heldOut.accuracy,
        trainLossHistory: lossHistory.slice(),
        probeTokens: splitWords(PROBE_PROMPT),
        probeAttention: probe.attention.map((layer) => layer.map((head) => head[last].slice()),
        ),
      };
    },
    setLearningRate(value: number) {
      checkLearningRate(value);
      learningRate = value;
    },
    get steps() {
      return lossHistory.length;
    },
    get trainAccuracyHistory() {
      return accuracyHistory.slice();
    },
    weights: () => toWeights(params),
    params: () => params,
    initialWeights,
  };
}

/** Result of {@link timeToFullTrainAccuracy}. */
export interface TimeToAccuracy {
  /** First step whose forward pass had 100 % training accuracy (1-based), or null if never reached. */
  readonly steps: number | null;
  /** Wall-clock milliseconds until then (or for all steps tried). */
  readonly milliseconds: number;
}

/**
 * For the benchmark: trains from the seed until the training accuracy is 100 % (at most maxSteps)
 * and reports how many steps and milliseconds that took. `now` is the clock (performance.now).
 */
export function timeToFullTrainAccuracy(now: () => number, options: TrainerOptions = {}, maxSteps = 1000): TimeToAccuracy {
  const trainer = createTrainer(options);
  const start = now();
  for (let i = 0; i < maxSteps; i++) {
    trainer.step(1);
    const history = trainer.trainAccuracyHistory;
    if (history[history.length - 1] === 1) return { steps: i + 1, milliseconds: now() - start };
  }
  return { steps: null, milliseconds: now() - start };
}
