/**
 * What the four tiny-GPT slides show, derived from the slide functions in ./slides (so that the slide
 * bodies only format and lay out): the training chart's series for the shipped run and for a live
 * run, the heads' attention with labels, the generation loop's top-3 per step, and the
 * hallucination next to the question asked the other way round.
 */
import { CITY_FACTS, COUNTRIES } from './corpus';
import { generate, type GenerateOptions } from './generate';
import { evidenceView, logitLens } from './evidence';
import { representationView } from './representation';
import { SHIPPED_MODEL, shippedParams } from './shipped';
import { hallucinationSlide, learnedSlide, learningSlide, shippedTrainingReport, type Candidate } from './slides';
import { DEFAULT_SEED, type TrainingSnapshot } from './trainer';
import { TOKEN_GROUPS, VOCABULARY } from './vocabulary';
import type { TinyGptParams } from './model';

/** A point of a loss curve: (steps taken, loss). */
export type LossPoint = readonly [step: number, loss: number];

/** The attention of the probe's last token in one head. */
export interface HeadAttention {
  readonly layer: number;
  readonly head: number;
  /** „Block 1 · Kopf 2" (as the terminal demo says it) */
  readonly label: string;
  /** „B1 · K2", for table rows. */
  readonly short: string;
  /** One weight per probe token. */
  readonly weights: readonly number[];
}

/** Everything the training panel of „Ein Modell lernt" shows. */
export interface TrainingView {
  /** 'shipped': the finished run behind the shipped weights; 'live': a run in this window. */
  readonly source: 'shipped' | 'live';
  readonly seed: number;
  readonly step: number;
  readonly learningRate: number;
  readonly trainLoss: number;
  readonly heldOutLoss: number;
  readonly trainAccuracy: number;
  readonly heldOutAccuracy: number;
  /** Training loss after 0, 1, … steps. */
  readonly trainLossPoints: readonly LossPoint[];
  /** Held-out loss where it was measured (every snapshot of a live run; the end of the shipped run). */
  readonly heldOutLossPoints: readonly LossPoint[];
  /** x axis: 0 … at least the default run's length. */
  readonly stepDomain: readonly [number, number];
  /** y axis: 0 … the loss at initialisation, rounded up. */
  readonly lossDomain: readonly [number, number];
  readonly probeTokens: readonly string[];
  readonly heads: readonly HeadAttention[];
}

function headsOf(attention: readonly (readonly (readonly number[])[])[]): HeadAttention[] {
  return attention.flatMap((layer, l) =>
    layer.map((weights, h) => ({ layer: l + 1, head: h + 1, label: `Block ${l + 1} · Kopf ${h + 1}`, short: `B${l + 1} · K${h + 1}`, weights })),
  );
}

function lossDomain(points: readonly LossPoint[]): [number, number] {
  const top = Math.max(1, ...points.map(([, loss]) => (Number.isFinite(loss) ? loss : 0)));
  return [0, Math.ceil(top)];
}

/** The shipped run: its loss curve, final numbers and the trained heads' attention. */
export function shippedTrainingView(): TrainingView {
  const report = shippedTrainingReport();
  const learned = learnedSlide();
  const trainLossPoints: LossPoint[] = [...report.trainLoss.map((loss, i): LossPoint => [i, loss]), [report.steps, report.trainLossFinal]];
  return {
    source: 'shipped',
    seed: report.seed,
    step: report.steps,
    learningRate: report.learningRate,
    trainLoss: report.trainLossFinal,
    heldOutLoss: report.heldOutLoss,
    trainAccuracy: report.trainAccuracy,
    heldOutAccuracy: report.heldOutAccuracy,
    trainLossPoints,
    heldOutLossPoints: [[report.steps, report.heldOutLoss]],
    stepDomain: [0, report.steps],
    lossDomain: lossDomain(trainLossPoints),
    probeTokens: learned.tokens,
    heads: headsOf(learned.attention),
  };
}

/**
 * A live run's view from its latest snapshot and the held-out losses measured so far.
 * The y axis is fixed by the loss at initialisation, so the curve does not jump while it grows.
 */
export function liveTrainingView(snapshot: TrainingSnapshot, heldOutLossPoints: readonly LossPoint[], seed = DEFAULT_SEED): TrainingView {
  const trainLossPoints: LossPoint[] = [...snapshot.trainLossHistory.map((loss, i): LossPoint => [i, loss]), [snapshot.step, snapshot.trainLoss]];
  return {
    source: 'live',
    seed,
    step: snapshot.step,
    learningRate: snapshot.learningRate,
    trainLoss: snapshot.trainLoss,
    heldOutLoss: snapshot.heldOutLoss,
    trainAccuracy: snapshot.trainAccuracy,
    heldOutAccuracy: snapshot.heldOutAccuracy,
    trainLossPoints,
    heldOutLossPoints,
    stepDomain: [0, Math.max(SHIPPED_MODEL.steps, snapshot.step)],
    lossDomain: lossDomain([...trainLossPoints, ...heldOutLossPoints]),
    probeTokens: snapshot.probeTokens,
    heads: headsOf(snapshot.probeAttention),
  };
}

/** Appends a snapshot's held-out loss to the measured ones (a snapshot at step 0 starts a new run). */
export function appendHeldOut(points: readonly LossPoint[], snapshot: TrainingSnapshot): LossPoint[] {
  const kept = snapshot.step === 0 ? [] : points.filter(([step]) => step < snapshot.step);
  return [...kept, [snapshot.step, snapshot.heldOutLoss]];
}

/** „Ein Modell lernt": the corpus as the slide lists it, and the shipped run. */
export function learningView() {
  const slide = learningSlide();
  const training = shippedTrainingView();
  return {
    ...slide,
    /** The training sentences about Paris: the only places where Paris and Frankreich meet. */
    trainExamples: slide.trainSentences.filter((s) => s.split(/[ .]/).includes('Paris')),
    shipped: training,
  };
}

/** „Was hat es gelernt?": the heads' attention and what switching each off does, the city swap, the PCA. */
export function learnedView(params: TinyGptParams = shippedParams()) {
  const slide = learnedSlide(params);
  const evidence = evidenceView(params);
  return {
    ...slide,
    heads: headsOf(slide.attention),
    evidence,
    representation: representationView(params),
    /** The embeddings' dimension (d_model) before the projection. */
    dimensions: params.config.dModel,
    /** Both axes together. */
    explainedTotal: slide.explainedVariance.reduce((a, b) => a + b, 0),
    counts: {
      city: TOKEN_GROUPS.filter((g) => g === 'city').length,
      country: TOKEN_GROUPS.filter((g) => g === 'country').length,
      other: TOKEN_GROUPS.filter((g) => g === 'other').length,
    },
  };
}

function top(probabilities: readonly number[], count: number): Candidate[] {
  return probabilities
    .map((probability, i) => ({ token: VOCABULARY[i], probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, count);
}

/** Words the cut chart of the generation slide shows. */
export const CUT_CHART_WORDS = 4;

/** One row of the generation table. */
export interface GenerationRow {
  readonly context: readonly string[];
  readonly top: readonly Candidate[];
  readonly next: string;
  readonly pNext: number;
}

/** The default prompt of „Vom Token zur Antwort". */
export const GENERATION_PROMPT = 'Paris ist die Hauptstadt von';

/** The generation loop as the slide's table: each step's context, top-3 and choice; or the model's message. */
export function generationView(prompt: string, options: GenerateOptions = {}, params: TinyGptParams = shippedParams()) {
  const result = generate(params, prompt, options);
  if (!result.ok) return { ok: false as const, message: result.message };
  const first = result.steps[0];
  const shownWords = top(first.probabilities, CUT_CHART_WORDS).map((c) => ({ ...c, cut: first.cut[VOCABULARY.indexOf(c.token)] }));
  return {
    ok: true as const,
    text: result.text,
    stopReason: result.stopReason,
    rows: result.steps.map((s): GenerationRow => ({ context: s.context, top: top(s.probabilities, 3), next: s.next, pNext: s.pNext })),
    /** The first step's most likely words before and after the top-k/top-p cut. */
    firstCut: {
      words: shownWords,
      kept: first.kept,
      /** Probability the kept words had before renormalising. */
      keptMass: first.probabilities.reduce((sum, p, i) => (first.cut[i] > 0 ? sum + p : sum), 0),
    },
  };
}

/** The words a prompt may use, grouped as the slide's hint lists them. */
export function vocabularyHint() {
  return {
    templateWords: VOCABULARY.filter((_, i) => TOKEN_GROUPS[i] === 'other'),
    cities: CITY_FACTS.map((f) => f.city),
    countries: COUNTRIES.map((c) => c.name),
    size: VOCABULARY.length,
  };
}

/** The question asked the other way round: „Die Hauptstadt der Schweiz ist" → „Bern". */
export const REVERSE_PROMPT = 'Die Hauptstadt der Schweiz ist';

/** Section 9: the fluent false answer, why, and the right answer the model gives when asked the other way round. */
export function hallucinationView(params: TinyGptParams = shippedParams()) {
  const slide = hallucinationSlide(params);
  const reverse = generate(params, REVERSE_PROMPT);
  if (!reverse.ok) throw new Error(reverse.message);
  return {
    ...slide,
    reverse: { prompt: REVERSE_PROMPT, answer: reverse.steps[0].next, probability: reverse.steps[0].pNext, text: reverse.text },
  };
}

/** The logit lens's default student prompt. */
export const LENS_PROMPT = 'Die Hauptstadt von Spanien ist';

/** „Was hat es gelernt?" step 4: the logit lens for the lecture prompt and for a prompt of one's own. */
export function lensView(prompt: string, params: TinyGptParams = shippedParams()) {
  const lecture = logitLens(params, GENERATION_PROMPT);
  if (!lecture.ok) throw new Error(lecture.message);
  return { lecture, own: logitLens(params, prompt) };
}
