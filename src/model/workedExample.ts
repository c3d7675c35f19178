/**
 * The lecture's running example: "Paris ist die Hauptstadt von Frankreich".
 *
 * One attention head with 4-dimensional vectors looks from the focus token "von" back at the
 * context "Paris ist die Hauptstadt von" and predicts the next word from a three-word vocabulary.
 * `traceWorkedExample` returns every intermediate value (forward pass, loss, backward pass and
 * one gradient-descent step) so that slides, terminal demos and tests all read the same numbers.
 *
 * Conventions (as on the slides): token vectors are ROW vectors, so q_i = e_i W_Q,
 * k_j = e_j W_K, v_j = e_j W_V (W_Q[input][output]); the output layer is written
 * z = W_out h + b with one row of W_out per vocabulary word.
 */
import {
  MathInputError,
  add,
  argmax,
  assertIndex,
  assertLength,
  assertPositiveFinite,
  assertShape,
  attentionBackward,
  crossEntropyFromLogits,
  gradientDescentStep,
  matVec,
  matmul,
  outer,
  scaledDotProductAttention,
  transpose,
  vecMat,
  type Matrix,
  type Vector,
} from '../math';

/** Tokens the model sees (one word = one token in this toy example). */
export const CONTEXT_TOKENS: readonly string[] = ['Paris', 'ist', 'die', 'Hauptstadt', 'von'];

/** Position of the focus token "von", the last context token, whose output predicts the next word. */
export const FOCUS_INDEX = 4;

/** The toy vocabulary for the next-word prediction. */
export const VOCABULARY: readonly string[] = ['Frankreich', 'Deutschland', 'Spanien'];

/** Index of the correct next word "Frankreich" in {@link VOCABULARY}. */
export const TARGET_INDEX = 0;

/** Width of embeddings, queries, keys and values (GPT-3 uses 12288 and d_k = 128 per head). */
export const D_MODEL = 4;

/** Default softmax temperature of the output layer. */
export const DEFAULT_TEMPERATURE = 1;

/**
 * Default learning rate η for the demo step. With η = 0.5 a single step visibly raises
 * P(Frankreich) from 0.44 to 0.66, and repeated steps still lower the loss monotonically
 * (checked in tests/model). For a smooth loss curve over ~50 steps, η = 0.1 works well
 * (0.44 → 0.89 after 20 steps). This one-example model is easy to fit, so divergence with too
 * large an η is shown on the quadratic bowl of src/math/gradientDescent.ts instead.
 */
export const DEFAULT_LEARNING_RATE = 0.5;

/** All learnable parameters of the toy model. */
export interface WorkedParams {
  /** 5×4, one row per context token (the embedding lookup result). */
  readonly embeddings: Matrix;
  /** 4×4 query projection: q = e W_Q. */
  readonly W_Q: Matrix;
  /** 4×4 key projection: k = e W_K. */
  readonly W_K: Matrix;
  /** 4×4 value projection: v = e W_V. */
  readonly W_V: Matrix;
  /** 3×4 output projection, one row per vocabulary word: z = W_out h + b. */
  readonly W_out: Matrix;
  /** Output bias, one entry per vocabulary word. */
  readonly b: Vector;
}

/** Gradients ∂L/∂θ of the loss for the parameters (and for h) that the lecture updates. */
export interface WorkedGradients {
  readonly W_out: Matrix;
  readonly b: Vector;
  readonly h: Vector;
  /** ∂L/∂v_j = a_j ∂L/∂h, one row per context token (5×4): the step back from h to the values. */
  readonly V: Matrix;
  readonly W_V: Matrix;
  readonly W_Q: Matrix;
  readonly W_K: Matrix;
}

/** Options of {@link traceWorkedExample}. */
export interface TraceOptions {
  /** Softmax temperature T > 0 of the output layer (not of the attention). Default 1. */
  readonly temperature?: number;
  /** Learning rate η > 0 for the `updated` parameters. Default {@link DEFAULT_LEARNING_RATE}. */
  readonly learningRate?: number;
  /**
   * Index of the correct next word in {@link VOCABULARY} for loss and gradients. Default
   * {@link TARGET_INDEX} (Frankreich); the city swap of whatIf.ts uses the city's country.
   */
  readonly targetIndex?: number;
}

/** Every value of one forward and backward pass of the worked example. */
export interface WorkedTrace {
  readonly tokens: readonly string[];
  /** The focus token "von". */
  readonly focus: string;
  readonly focusIndex: number;
  /** The correct next word "Frankreich". */
  readonly target: string;
  readonly targetIndex: number;
  readonly vocabulary: readonly string[];
  readonly embeddings: Matrix;
  readonly W_Q: Matrix;
  readonly W_K: Matrix;
  readonly W_V: Matrix;
  readonly W_out: Matrix;
  readonly b: Vector;
  /** Key width d_k = 4; scores are divided by √d_k = 2. */
  readonly dK: number;
  /** q_von = e_von W_Q. */
  readonly q: Vector;
  /** All queries Q = E W_Q (5×4). */
  readonly Q: Matrix;
  /** All keys K = E W_K (5×4). */
  readonly K: Matrix;
  /** All values V = E W_V (5×4). */
  readonly V: Matrix;
  /** s_j = q_von · k_j for j = 0..4. */
  readonly scores: Vector;
  /** s_j / √d_k. */
  readonly scaledScores: Vector;
  /** a = softmax(s / √d_k) over the tokens 0..4 ("von" sees itself and everything before). */
  readonly weights: Vector;
  /** Causal attention weights of every query (5×5, row i = query i); row 4 equals `weights`. */
  readonly attentionMatrix: Matrix;
  /** Context vector h = Σ_j a_j v_j. */
  readonly h: Vector;
  /** z = W_out h + b. */
  readonly logits: Vector;
  /** p = softmax(z / T). */
  readonly probabilities: Vector;
  /** argmax_i p_i, the predicted vocabulary index. */
  readonly prediction: number;
  /** L = −ln p_target, computed with log-sum-exp. */
  readonly loss: number;
  /** ∂L/∂z = (p − onehot(target)) / T. */
  readonly gradLogits: Vector;
  readonly grads: WorkedGradients;
  readonly temperature: number;
  readonly learningRate: number;
  /** Parameters after one step θ − η ∇L; the embeddings are kept fixed. */
  readonly updated: WorkedParams;
}

/** Freezes nested arrays so that shared defaults cannot be changed by accident at runtime. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/*
 * DEFAULT_PARAMS: hand-chosen one-decimal numbers (not trained: the tiny GPT of sections 5/6 learns
 * its own). They are chosen so that the answer depends on the attention, not on a puppet:
 *
 * Embedding features (columns) are a reading aid, not something a real model guarantees:
 *   0 "Frankreich-Bezug"   1 "Deutschland-Bezug"   2 "Spanien-Bezug"   3 "Funktionswort"
 * - Which country is meant sits in the city: Paris = (1, 0, 0, 0). Swapping it for Berlin
 *   (0, 1, 0, 0) or Madrid (0, 0, 1, 0) (see whatIf.ts) changes the answer to Deutschland / Spanien.
 *   "Hauptstadt" relates a little to every country, most to Deutschland (in German texts it is
 *   often about Berlin): (0.1, 0.3, 0.1, 0). ist, die and von are function words (feature 3 only),
 *   so their values say nothing about a country.
 * - W_Q turns the function-word feature of "von" into the question "which word names a country?"
 *   (query column 0) and away from function words (column 3): q_von = (1.8, 0, 0, −0.9).
 * - W_K sums the three country features into key column 0 ("names a country", weight 2) and
 *   passes the function-word feature to column 3. Paris scores 3.6, Hauptstadt 1.8, the function
 *   words −0.9 and −0.81, so "von" looks mostly at Paris (0.58) and then at Hauptstadt (0.23).
 * - W_V = diag(1, 1, 1, 0.5) passes the country features on unchanged, so h carries "Frankreich"
 *   only in proportion to the attention on Paris.
 * - W_out = 1.2 · (country features): row k reads feature k. b = (0, 0.4, 0) is the prior: with no
 *   hint from the context the model guesses Deutschland (the most frequent country in German text).
 * Result: p = (0.4367, 0.3448, 0.2185), P(Frankreich) ≈ 0,44 as on the slide, L ≈ 0.8285.
 * Attention matters: with uniform weights P(Frankreich) = 0.33 and Deutschland wins; with h = v_von
 * alone it is 0.29 (the prior). See `attentionEvidence` in whatIf.ts. The numbers were found by a
 * small grid search over one-decimal values for these story constraints; the full list of
 * intermediate values is in tests/fixtures/workedExample.md.
 */
export const DEFAULT_PARAMS: WorkedParams = deepFreeze({
  embeddings: [
    [1.0, 0.0, 0.0, 0.0], // Paris
    [0.0, 0.0, 0.0, 1.0], // ist
    [0.0, 0.0, 0.0, 0.9], // die
    [0.1, 0.3, 0.1, 0.0], // Hauptstadt
    [0.0, 0.0, 0.0, 0.9], // von
  ],
  W_Q: [
    [0.0, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0, 0.0],
    [2.0, 0.0, 0.0, -1.0],
  ],
  W_K: [
    [2.0, 0.0, 0.0, 0.0],
    [2.0, 0.0, 0.0, 0.0],
    [2.0, 0.0, 0.0, 0.0],
    [0.0, 0.0, 0.0, 1.0],
  ],
  W_V: [
    [1.0, 0.0, 0.0, 0.0],
    [0.0, 1.0, 0.0, 0.0],
    [0.0, 0.0, 1.0, 0.0],
    [0.0, 0.0, 0.0, 0.5],
  ],
  W_out: [
    [1.2, 0.0, 0.0, 0.0], // Frankreich reads the France feature
    [0.0, 1.2, 0.0, 0.0], // Deutschland reads the Germany feature
    [0.0, 0.0, 1.2, 0.0], // Spanien reads the Spain feature
  ],
  b: [0.0, 0.4, 0.0],
});

/** Throws a MathInputError naming the parameter and its shape if `params` does not fit the example. */
export function assertWorkedParams(params: WorkedParams, op = 'workedExample'): void {
  const n = CONTEXT_TOKENS.length;
  assertShape(params.embeddings, n, D_MODEL, op, 'embeddings');
  assertShape(params.W_Q, D_MODEL, D_MODEL, op, 'W_Q');
  assertShape(params.W_K, D_MODEL, D_MODEL, op, 'W_K');
  assertShape(params.W_V, D_MODEL, D_MODEL, op, 'W_V');
  assertShape(params.W_out, VOCABULARY.length, D_MODEL, op, 'W_out');
  assertLength(params.b, VOCABULARY.length, op, 'b');
}

function resolveOptions(
  options: TraceOptions,
  op: string,
): { temperature: number; learningRate: number; targetIndex: number } {
  if (typeof options !== 'object' || options === null) {
    throw new MathInputError(`${op}: options must be an object`);
  }
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  const learningRate = options.learningRate ?? DEFAULT_LEARNING_RATE;
  assertPositiveFinite(temperature, op, 'temperature');
  assertPositiveFinite(learningRate, op, 'learningRate');
  const targetIndex = options.targetIndex ?? TARGET_INDEX;
  assertIndex(targetIndex, VOCABULARY.length, op, 'targetIndex');
  return { temperature, learningRate, targetIndex };
}

/**
 * Forward pass, loss, backward pass and one gradient-descent step of the worked example:
 *   Q = E W_Q, K = E W_K, V = E W_V, q = Q_von,
 *   s_j = q · k_j, a = softmax(s / √d_k) over j = 0..4, h = Σ_j a_j v_j,
 *   z = W_out h + b, p = softmax(z / T), L = −ln p_target,
 * and back: ∂L/∂z = (p − y)/T, ∂L/∂W_out = (∂L/∂z) hᵀ, ∂L/∂b = ∂L/∂z, ∂L/∂h = W_outᵀ ∂L/∂z
 * (on the slides, with row vectors: ∂L/∂z · W_outᵀ), ∂L/∂v_j = a_j ∂L/∂h, then through the
 * attention of "von": ∂L/∂W_Q = e_vonᵀ ∂L/∂q, ∂L/∂W_K = Eᵀ ∂L/∂K,
 * ∂L/∂W_V = Eᵀ ∂L/∂V. Only the output of "von" enters the loss, so W_Q receives gradient
 * only through q_von, W_K and W_V through all five keys and values.
 */
export function traceWorkedExample(params: WorkedParams = DEFAULT_PARAMS, options: TraceOptions = {}): WorkedTrace {
  const op = 'traceWorkedExample';
  const { temperature, learningRate, targetIndex } = resolveOptions(options, op);
  assertWorkedParams(params, op);
  const { embeddings, W_Q, W_K, W_V, W_out, b } = params;

  // Forward: projections and attention.
  const Q = matmul(embeddings, W_Q);
  const K = matmul(embeddings, W_K);
  const V = matmul(embeddings, W_V);
  const q = Q[FOCUS_INDEX];
  const attentionMatrix = scaledDotProductAttention(Q, K, V, { causal: true }).weights;
  // A single query is aligned with the last key, so "von" sees tokens 0..4 (see attention.ts).
  const focus = scaledDotProductAttention([q], K, V, { causal: true });
  const h = focus.output[0];

  // Forward: output layer and loss.
  const logits = add(matVec(W_out, h), b);
  const { loss, probabilities, gradLogits } = crossEntropyFromLogits(logits, targetIndex, temperature);

  // Backward.
  const gradWout = outer(gradLogits, h);
  const gradB = gradLogits.slice();
  const gradH = vecMat(gradLogits, W_out); // = W_outᵀ ∂L/∂z
  const back = attentionBackward([q], K, V, [gradH], { causal: true });
  const E_T = transpose(embeddings);
  const grads: WorkedGradients = {
    W_out: gradWout,
    b: gradB,
    h: gradH,
    V: back.dV,
    W_V: matmul(E_T, back.dV),
    W_Q: outer(embeddings[FOCUS_INDEX], back.dQ[0]),
    W_K: matmul(E_T, back.dK),
  };

  const updated: WorkedParams = {
    embeddings,
    W_Q: gradientDescentStep(W_Q, grads.W_Q, learningRate),
    W_K: gradientDescentStep(W_K, grads.W_K, learningRate),
    W_V: gradientDescentStep(W_V, grads.W_V, learningRate),
    W_out: gradientDescentStep(W_out, grads.W_out, learningRate),
    b: gradientDescentStep(b, grads.b, learningRate),
  };

  return {
    tokens: CONTEXT_TOKENS,
    focus: CONTEXT_TOKENS[FOCUS_INDEX],
    focusIndex: FOCUS_INDEX,
    target: VOCABULARY[targetIndex],
    targetIndex,
    vocabulary: VOCABULARY,
    embeddings,
    W_Q,
    W_K,
    W_V,
    W_out,
    b,
    dK: D_MODEL,
    q,
    Q,
    K,
    V,
    scores: focus.scores[0],
    scaledScores: focus.scaledScores[0],
    weights: focus.weights[0],
    attentionMatrix,
    h,
    logits,
    probabilities,
    prediction: argmax(probabilities),
    loss,
    gradLogits,
    grads,
    temperature,
    learningRate,
    updated,
  };
}
