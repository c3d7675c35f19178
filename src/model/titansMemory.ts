/**
 * The long-term neural memory of Titans (Behrouz, Zhong, Mirrokni, "Titans: Learning to Memorize
 * at Test Time", arXiv 2501.00663), shrunk to a LINEAR memory so every number fits on a slide.
 *
 * Convention: column vectors. The memory is a d×d matrix M (array of rows), and reading a key is
 * the matrix–vector product M(k) = M k. For each token t with key k_t and value v_t:
 *
 *   loss      ℓ(M_{t−1}; x_t) = ‖M_{t−1} k_t − v_t‖²
 *   gradient  ∇_M ℓ = 2 (M_{t−1} k_t − v_t) k_tᵀ            (d×d, an outer product)
 *   surprise  S_t = η S_{t−1} − θ ∇ℓ(M_{t−1}; x_t)         (η: decay of past surprise, θ: learning rate)
 *   memory    M_t = (1 − α) M_{t−1} + S_t                  (α: forgetting)
 *   read      y_t = M*(q_t) = M q_t                         (no update)
 *
 * The paper lets η, θ, α depend on the token; here they are constants set by sliders.
 */
import {
  MathInputError,
  addMatrices,
  assertFiniteNumber,
  assertMatrix,
  assertVector,
  createRng,
  dot,
  matVec,
  outer,
  randomNormalVector,
  scale,
  scaleMatrix,
  sub,
  zeros,
  type Matrix,
  type Vector,
} from '../math';

/** One token of the stream: the key k_t and the value v_t the memory should associate with it. */
export interface MemoryPair {
  key: Vector;
  value: Vector;
  /** Which "fact" the pair belongs to (A, B, …): repeated facts have (almost) the same key and value. */
  label: string;
}

/** η (momentum: how much past surprise is kept), θ (learning rate of the memory), α (forgetting). */
export interface MemoryParams {
  eta: number;
  theta: number;
  alpha: number;
}

/** The memory and the running surprise after some tokens. */
export interface MemoryState {
  memory: Matrix;
  surprise: Matrix;
}

/** What one token does to the memory. */
export interface MemoryStepResult extends MemoryState {
  /** ℓ(M_{t−1}; x_t), the loss BEFORE the update. */
  loss: number;
  /** ∇_M ℓ at M_{t−1}. */
  gradient: Matrix;
  /** ‖∇_M ℓ‖ (Frobenius norm): the momentary surprise of this token. */
  gradientNorm: number;
}

/** Per-token record of a run over a stream. */
export interface MemoryRunStep {
  label: string;
  loss: number;
  gradientNorm: number;
  /** ‖M_t k_r − v_r‖ after this token, r = the recalled token (the first one by default). */
  recallError: number;
  /** cos(M_t k_r, v_r); 0 while M_t k_r is the zero vector. */
  recallCosine: number;
}

export interface MemoryRun {
  steps: MemoryRunStep[];
  /** M after the whole stream. */
  memory: Matrix;
  /** ‖v_r‖: the recall error of an empty memory, for scale. */
  recallBaseline: number;
  /** M_T k_r, what the memory answers for the recalled key at the end. */
  recalled: Vector;
}

/** Frobenius norm ‖A‖ = √(Σᵢⱼ Aᵢⱼ²). */
export function frobeniusNorm(A: Matrix): number {
  let total = 0;
  for (const row of A) for (const x of row) total += x * x;
  return Math.sqrt(total);
}

/** Euclidean norm ‖v‖. */
function norm(v: Vector): number {
  return Math.sqrt(dot(v, v));
}

function assertSquare(M: Matrix, k: Vector, op: string): void {
  assertMatrix(M, op, 'M');
  assertVector(k, op, 'k');
  if (M.length !== k.length || M[0].length !== k.length) {
    throw new MathInputError(`${op}: expected M of shape ${k.length}x${k.length} for k of length ${k.length}, got ${M.length}x${M[0].length}`);
  }
}

/** Read the memory without changing it: y = M q. */
export function memoryRead(M: Matrix, q: Vector): Vector {
  assertSquare(M, q, 'memoryRead');
  return matVec(M, q);
}

/** ℓ(M; k, v) = ‖M k − v‖². */
export function memoryLoss(M: Matrix, k: Vector, v: Vector): number {
  assertSquare(M, k, 'memoryLoss');
  const r = sub(matVec(M, k), v);
  return dot(r, r);
}

/** ∇_M ℓ = 2 (M k − v) kᵀ: row i, column j is 2 (M k − v)ᵢ k_j. */
export function memoryLossGradient(M: Matrix, k: Vector, v: Vector): Matrix {
  assertSquare(M, k, 'memoryLossGradient');
  return outer(scale(sub(matVec(M, k), v), 2), k);
}

/** Throws unless 0 ≤ η ≤ 1, θ ≥ 0 and 0 ≤ α ≤ 1, all finite. */
export function assertMemoryParams(params: MemoryParams, op = 'memoryStep'): void {
  assertFiniteNumber(params.eta, op, 'eta');
  assertFiniteNumber(params.theta, op, 'theta');
  assertFiniteNumber(params.alpha, op, 'alpha');
  if (params.eta < 0 || params.eta > 1) throw new MathInputError(`${op}: eta must be in [0, 1], got ${params.eta}`);
  if (params.theta < 0) throw new MathInputError(`${op}: theta must be ≥ 0, got ${params.theta}`);
  if (params.alpha < 0 || params.alpha > 1) throw new MathInputError(`${op}: alpha must be in [0, 1], got ${params.alpha}`);
}

/** An empty memory of size d: M_0 = 0, S_0 = 0. */
export function emptyMemory(d: number): MemoryState {
  return { memory: zeros(d, d), surprise: zeros(d, d) };
}

/**
 * One token: S_t = η S_{t−1} − θ ∇ℓ(M_{t−1}; x_t), then M_t = (1 − α) M_{t−1} + S_t.
 * Returns the new state together with the loss and gradient at M_{t−1}.
 */
export function memoryStep(state: MemoryState, pair: Pick<MemoryPair, 'key' | 'value'>, params: MemoryParams): MemoryStepResult {
  assertMemoryParams(params);
  const { memory, surprise } = state;
  const loss = memoryLoss(memory, pair.key, pair.value);
  const gradient = memoryLossGradient(memory, pair.key, pair.value);
  const nextSurprise = addMatrices(scaleMatrix(surprise, params.eta), scaleMatrix(gradient, -params.theta));
  const nextMemory = addMatrices(scaleMatrix(memory, 1 - params.alpha), nextSurprise);
  return { memory: nextMemory, surprise: nextSurprise, loss, gradient, gradientNorm: frobeniusNorm(gradient) };
}

/**
 * Runs the memory over a stream, token by token, starting empty. After every token it also reads
 * the key of token `recallIndex` (the first by default) and measures how far the answer is from
 * that token's value: ‖M_t k_r − v_r‖ and cos(M_t k_r, v_r).
 */
export function runMemory(stream: readonly MemoryPair[], params: MemoryParams, recallIndex = 0): MemoryRun {
  if (stream.length === 0) throw new MathInputError('runMemory: the stream must not be empty');
  if (!Number.isInteger(recallIndex) || recallIndex < 0 || recallIndex >= stream.length) {
    throw new MathInputError(`runMemory: recallIndex must be an index into the stream of length ${stream.length}, got ${recallIndex}`);
  }
  assertMemoryParams(params, 'runMemory');
  const probe = stream[recallIndex];
  let state = emptyMemory(probe.key.length);
  const steps: MemoryRunStep[] = [];
  for (const pair of stream) {
    const result = memoryStep(state, pair, params);
    state = result;
    const answer = memoryRead(state.memory, probe.key);
    const answerNorm = norm(answer);
    const valueNorm = norm(probe.value);
    steps.push({
      label: pair.label,
      loss: result.loss,
      gradientNorm: result.gradientNorm,
      recallError: norm(sub(answer, probe.value)),
      recallCosine: answerNorm > 0 && valueNorm > 0 ? dot(answer, probe.value) / (answerNorm * valueNorm) : 0,
    });
  }
  return {
    steps,
    memory: state.memory,
    recallBaseline: norm(probe.value),
    recalled: memoryRead(state.memory, probe.key),
  };
}

/**
 * Which fact each token of the demo stream belongs to: A once at the start (the fact we try to
 * recall at the end), then B, C, D again and again, and one new fact E late in the stream.
 */
export const DEMO_SCHEDULE: readonly string[] = ['A', 'B', 'C', 'D', 'B', 'C', 'D', 'B', 'C', 'E', 'D', 'B', 'C', 'D', 'B', 'C'];

export interface StreamOptions {
  /** Size d of keys, values and the d×d memory. */
  d?: number;
  /** Labels of the tokens, in order; equal labels repeat a fact. */
  schedule?: readonly string[];
  /** Standard deviation of the noise added to a repeated key and value. */
  noise?: number;
}

/** Unit vector in the direction of v. */
function normalize(v: Vector): Vector {
  const n = norm(v);
  return n > 0 ? scale(v, 1 / n) : v;
}

/**
 * A deterministic stream of key/value pairs from the seeded generator: every fact gets a random
 * unit key and a random value (entries N(0, ½)); every token adds a little noise to its fact's
 * key and value, so keys are only roughly unit length and repeats are almost, not exactly, equal.
 */
export function titansStream(seed = 2501, options: StreamOptions = {}): MemoryPair[] {
  const { d = 4, schedule = DEMO_SCHEDULE, noise = 0.05 } = options;
  if (!Number.isInteger(d) || d < 1) throw new MathInputError(`titansStream: d must be a positive integer, got ${d}`);
  const rng = createRng(seed);
  const facts = new Map<string, { key: Vector; value: Vector }>();
  for (const label of schedule) {
    if (!facts.has(label)) facts.set(label, { key: normalize(randomNormalVector(rng, d)), value: randomNormalVector(rng, d, Math.SQRT1_2) });
  }
  return schedule.map((label) => {
    const fact = facts.get(label)!;
    const jitter = (v: Vector) => v.map((x) => x + noise * rng.normal());
    return { label, key: jitter(fact.key), value: jitter(fact.value) };
  });
}
