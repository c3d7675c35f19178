/**
 * One function per slide of the tiny GPT, each returning everything its slide shows, including the
 * numbers its notes quote. All of them read the shipped weights unless given others.
 */
import { denseToMatrix, pca } from '../../math';
import { parameterBreakdown } from '../parameterCount';
import {
  CITY_FACTS,
  GAP_FACT,
  GAP_PROMPT,
  GAP_SENTENCES,
  HELD_OUT_SENTENCES,
  PARIS_ANSWER,
  PARIS_PROMPT,
  SENTENCES,
  TEMPLATES,
  TRAIN_SENTENCES,
  ZURICH_PROMPT,
} from './corpus';
import { generate, type GenerateOptions, type GenerateResult } from './generate';
import { EMBEDDING_INIT_STD, parameterCount, traceSequence, type TinyGptParams } from './model';
import { SHIPPED_MODEL, shippedParams } from './shipped';
import { HELD_OUT_SET, TRAIN_SET, evaluateSet, type AnswerEvaluation } from './trainer';
import { TOKEN_GROUPS, VOCABULARY, splitWords, tokenId, type TokenGroup } from './vocabulary';

/** The `training` block of the JSON contract: how the shipped (or a given) run went. */
export interface TrainingReport {
  readonly seed: number;
  readonly steps: number;
  readonly learningRate: number;
  /** Training loss before each step. */
  readonly trainLoss: readonly number[];
  /** Answer accuracy on the training sentences at the final weights. */
  readonly trainAccuracy: number;
  /** Answer accuracy on the held-out sentences at the final weights. */
  readonly heldOutAccuracy: number;
  readonly trainLossFinal: number;
  readonly heldOutLoss: number;
  /** First step whose forward pass reached 100 % training accuracy (1-based), or null. */
  readonly stepsToFullTrainAccuracy: number | null;
  readonly heldOut: readonly AnswerEvaluation[];
}

/** Evaluates a run's final weights on both sets. */
export function trainingReport(
  params: TinyGptParams,
  run: { seed: number; learningRate: number; trainLoss: readonly number[]; trainAccuracy: readonly number[] },
): TrainingReport {
  const train = evaluateSet(params, TRAIN_SET);
  const heldOut = evaluateSet(params, HELD_OUT_SET);
  const first = run.trainAccuracy.indexOf(1);
  return {
    seed: run.seed,
    steps: run.trainLoss.length,
    learningRate: run.learningRate,
    trainLoss: run.trainLoss,
    trainAccuracy: train.accuracy,
    heldOutAccuracy: heldOut.accuracy,
    trainLossFinal: train.loss,
    heldOutLoss: heldOut.loss,
    stepsToFullTrainAccuracy: first === -1 ? null : first + 1,
    heldOut: heldOut.answers,
  };
}

let shippedReport: TrainingReport | undefined;

/** The shipped run's report (computed once: it runs both sets through the model). */
export function shippedTrainingReport(): TrainingReport {
  shippedReport ??= trainingReport(shippedParams(), SHIPPED_MODEL);
  return shippedReport;
}

/**
 * The tiny GPT's size against the GPT-2 count of the slide before: one block with its narrower MLP
 * (d_FF = 2d), the same block with GPT-2's d_FF = 4d, and the output layer W_out, b_out that GPT-2
 * does not have (it reuses the token embeddings). Counted from the shapes, independently of the
 * tensors that {@link parameterCount} adds up.
 */
function parameterParts(params: TinyGptParams) {
  const { dModel, nHeads, nLayers, vocabularySize, contextLength, dFF } = params.config;
  const shape = { dModel, heads: nHeads, layers: nLayers, vocabSize: vocabularySize, contextLength };
  const tiny = parameterBreakdown({ ...shape, dFF });
  const gpt2 = parameterBreakdown(shape);
  const ratio = dFF / dModel;
  return {
    /** d_FF / d: 2 here, 4 in GPT-2. */
    ratio,
    block: tiny.block,
    /** block = a d² + b d with these a, b (attention 4d² + 4d, MLP 2 d d_FF + d_FF + d, LayerNorms 4d). */
    blockCoefficients: { dSquared: 4 + 2 * ratio, d: 9 + ratio },
    gpt2Block: gpt2.block,
    gpt2BlockCoefficients: { dSquared: 12, d: 13 },
    /** The count of the previous slide's formula (d_FF = 4d, no own output layer). */
    gpt2Total: gpt2.total,
    tokenEmbedding: tiny.tokenEmbedding,
    positionEmbedding: tiny.positionEmbedding,
    finalLayerNorm: tiny.finalLayerNorm,
    outputLayer: vocabularySize * dModel + vocabularySize,
    total: tiny.total + vocabularySize * dModel + vocabularySize,
  };
}

/** „Ein Modell lernt": the corpus, the model's size and the shipped training run. */
export function learningSlide() {
  const params = shippedParams();
  return {
    templates: TEMPLATES.map((t) => t.pattern),
    trainSentences: TRAIN_SENTENCES.map((s) => s.text),
    heldOutSentences: HELD_OUT_SENTENCES.map((s) => s.text),
    sentenceCount: SENTENCES.length,
    trainCount: TRAIN_SENTENCES.length,
    heldOutCount: HELD_OUT_SENTENCES.length,
    /** The knowledge gap's capital sentences, held out as well. */
    gapCount: GAP_SENTENCES.length,
    gapCountry: GAP_FACT.country,
    capitalCount: CITY_FACTS.filter((f) => f.capital).length,
    otherCityCount: CITY_FACTS.filter((f) => !f.capital).length,
    vocabularySize: VOCABULARY.length,
    parameterCount: parameterCount(params),
    parameterParts: parameterParts(params),
    config: params.config,
    embeddingInitStd: EMBEDDING_INIT_STD,
    weightDecay: SHIPPED_MODEL.weightDecay,
    training: shippedTrainingReport(),
  };
}

/** A token's embedding projected onto the first two principal components. */
export interface EmbeddingPoint {
  readonly token: string;
  readonly group: TokenGroup;
  readonly x: number;
  readonly y: number;
}

/** „Was hat es gelernt?": the attention of „von" per layer and head, and the embeddings in 2-D. */
export function learnedSlide(params: TinyGptParams = shippedParams()) {
  const tokens = splitWords(PARIS_PROMPT);
  const trace = traceSequence(params, tokens.map(tokenId));
  const last = tokens.length - 1;
  const embeddings = denseToMatrix(params.tokenEmbedding);
  const projection = pca(embeddings, 2);
  return {
    prompt: PARIS_PROMPT,
    tokens,
    focus: tokens[last],
    /** attention[layer][head][key]: how much „von" looks at each word. */
    attention: trace.attention.map((layer) => layer.map((head) => head[last])),
    embeddingPoints: VOCABULARY.map(
      (token, i): EmbeddingPoint => ({ token, group: TOKEN_GROUPS[i], x: projection.projections[i][0], y: projection.projections[i][1] }),
    ),
    /** Share of the embeddings' variance the two axes show. */
    explainedVariance: projection.variances.map((v) => v / projection.totalVariance),
  };
}

/** „Vom Token zur Antwort": the generation loop on a prompt (greedy, or sampled with T > 0). */
export function generationSlide(prompt: string = PARIS_PROMPT, options: GenerateOptions = {}, params: TinyGptParams = shippedParams()): GenerateResult {
  return generate(params, prompt, options);
}

/** The top alternatives for one next token. */
export interface Candidate {
  readonly token: string;
  readonly probability: number;
}

function topCandidates(probabilities: readonly number[], count: number): Candidate[] {
  return probabilities
    .map((probability, i) => ({ token: VOCABULARY[i], probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, count);
}

/**
 * Section 9, two kinds of hallucination, both measured on the shipped weights.
 * A false premise: „Zürich ist die Hauptstadt von" – Zürich is no capital (Bern is), but the model
 * completes the question with the country Zürich lies in, because it has learned „X ist die
 * Hauptstadt von" + the country of X. A knowledge gap: no training sentence names the capital of
 * {@link GAP_FACT}'s country, and „Die Hauptstadt von Ungarn ist" still gets a fluent city.
 */
export function hallucinationSlide(params: TinyGptParams = shippedParams()) {
  const result = generate(params, ZURICH_PROMPT);
  if (!result.ok) throw new Error(result.message);
  const answerSteps = result.steps.filter((s) => s.next !== '.');
  const paris = generate(params, PARIS_PROMPT);
  if (!paris.ok) throw new Error(paris.message);
  const gap = generate(params, GAP_PROMPT);
  if (!gap.ok) throw new Error(gap.message);
  const zurichSentences = TRAIN_SENTENCES.filter((s) => s.fact.city === 'Zürich').map((s) => s.text);
  const bern = CITY_FACTS.find((f) => f.capital && f.country.name === 'Schweiz');
  const gapTruthId = tokenId(GAP_FACT.city);
  return {
    prompt: ZURICH_PROMPT,
    completion: result.text,
    /** The answer the model gives: „der Schweiz". */
    answer: answerSteps.map((s) => s.next).join(' '),
    /** Probability of each answer word, given the words before it. */
    answerSteps: answerSteps.map((s) => ({ token: s.next, probability: s.pNext, alternatives: topCandidates(s.probabilities, 3) })),
    /** P(der) · P(Schweiz | … der): the probability of the whole answer. */
    answerProbability: answerSteps.reduce((p, s) => p * s.pNext, 1),
    /** For comparison, the true fact the model completes correctly. */
    paris: { prompt: PARIS_PROMPT, answer: paris.steps[0].next, probability: paris.steps[0].pNext, correct: paris.steps[0].next === PARIS_ANSWER },
    truth: {
      city: 'Zürich',
      country: 'Schweiz',
      capital: bern?.city ?? 'Bern',
      /** What the training sentences say about Zürich: only where it lies. */
      corpusSentences: zurichSentences,
      /** What the corpus says about the capital. */
      capitalSentences: SENTENCES.filter((s) => s.fact.city === (bern?.city ?? 'Bern')).map((s) => s.text),
    },
    /** The knowledge gap: a capital the training never names. */
    gap: {
      prompt: GAP_PROMPT,
      answer: gap.steps[0].next,
      probability: gap.steps[0].pNext,
      alternatives: topCandidates(gap.steps[0].probabilities, 3),
      truth: GAP_FACT.city,
      /** P(the true capital): the model has read the city's name, never as the capital. */
      pTruth: gap.steps[0].probabilities[gapTruthId],
      /** What the training sentences say about the true capital. */
      corpusSentences: TRAIN_SENTENCES.filter((s) => s.fact.city === GAP_FACT.city).map((s) => s.text),
      /** The held-out sentences that would have closed the gap. */
      missingSentences: GAP_SENTENCES.map((s) => s.text),
    },
    why:
      'Falsche Voraussetzung: Zürich ist keine Hauptstadt. Das Modell prüft die Frage nicht, sondern ergänzt nach dem ' +
      'Muster „X ist die Hauptstadt von …“ das Land, in dem X liegt. So entsteht flüssig und sicher der Satz ' +
      `„${result.text}“ – falsch, denn die Hauptstadt der Schweiz ist ${bern?.city ?? 'Bern'}.`,
  };
}
