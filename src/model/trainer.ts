/**
 * Training the worked example by plain gradient descent, for the "loss goes down" slide and demo.
 */
import { MathInputError, type Matrix } from '../math';
import { DEFAULT_TEMPERATURE, FOCUS_INDEX, TARGET_INDEX, traceWorkedExample, type WorkedParams } from './workedExample';

/** State of the model before step `step` is taken (step 0 is the initial state). */
export interface TrainingPoint {
  readonly step: number;
  /** L = −ln p_target at these parameters. */
  readonly loss: number;
  /** p_target = P(Frankreich) at these parameters. */
  readonly pTarget: number;
  readonly params: WorkedParams;
}

/** Options of {@link trainWorkedExample}. */
export interface TrainOptions {
  /** Number of gradient-descent steps (a non-negative integer). */
  readonly steps: number;
  /** Learning rate η > 0. */
  readonly learningRate: number;
  /** Output softmax temperature T > 0, default 1. */
  readonly temperature?: number;
}

/**
 * One gradient-descent step θ ← θ − η ∇_θ L(θ) on W_Q, W_K, W_V, W_out and b
 * (the embeddings stay fixed). Returns new parameters.
 */
export function stepWorkedExample(
  params: WorkedParams,
  learningRate: number,
  temperature: number = DEFAULT_TEMPERATURE,
): WorkedParams {
  return traceWorkedExample(params, { learningRate, temperature }).updated;
}

/**
 * The worked example's parameters in flat arrays, for the training loop: the same numbers as
 * {@link WorkedParams} (row-major), without the allocations of a full trace per step.
 */
interface FlatParams {
  readonly E: Float64Array; // n × d embeddings (fixed)
  readonly WQ: Float64Array; // d × d
  readonly WK: Float64Array;
  readonly WV: Float64Array;
  readonly Wout: Float64Array; // vocabulary × d
  readonly b: Float64Array; // vocabulary
  readonly n: number;
  readonly d: number;
  readonly words: number;
}

function flatten(m: Matrix): Float64Array {
  return Float64Array.from(m.flat());
}

function unflatten(values: Float64Array, rows: number, cols: number): Matrix {
  return Array.from({ length: rows }, (_, i) => Array.from(values.subarray(i * cols, (i + 1) * cols)));
}

function toFlat(params: WorkedParams): FlatParams {
  const n = params.embeddings.length;
  const d = params.embeddings[0].length;
  return {
    E: flatten(params.embeddings),
    WQ: flatten(params.W_Q),
    WK: flatten(params.W_K),
    WV: flatten(params.W_V),
    Wout: flatten(params.W_out),
    b: Float64Array.from(params.b),
    n,
    d,
    words: params.b.length,
  };
}

function fromFlat(flat: FlatParams, embeddings: Matrix): WorkedParams {
  const { d, words } = flat;
  return {
    embeddings,
    W_Q: unflatten(flat.WQ, d, d),
    W_K: unflatten(flat.WK, d, d),
    W_V: unflatten(flat.WV, d, d),
    W_out: unflatten(flat.Wout, words, d),
    b: Array.from(flat.b),
  };
}

function copyFlat(flat: FlatParams): FlatParams {
  return { ...flat, WQ: flat.WQ.slice(), WK: flat.WK.slice(), WV: flat.WV.slice(), Wout: flat.Wout.slice(), b: flat.b.slice() };
}

/** Scratch buffers of one training step, allocated once per run. */
function scratch(n: number, d: number, words: number) {
  const f = (length: number) => new Float64Array(length);
  return { K: f(n * d), V: f(n * d), q: f(d), w: f(n), h: f(d), z: f(words), dz: f(words), dh: f(d), dw: f(n), ds: f(n), dq: f(d), dK: f(n * d), dV: f(n * d) };
}

/**
 * One gradient-descent step of the worked example on flat arrays, in place: the same forward pass,
 * loss and gradients as {@link traceWorkedExample} (the attention of "von" over all five tokens,
 * z = W_out h + b, L = −ln softmax(z/T)_target), written as plain loops. Returns the loss and
 * P(target) BEFORE the update. Tests check it against traceWorkedExample step by step.
 */
function leanStep(p: FlatParams, s: ReturnType<typeof scratch>, learningRate: number, temperature: number, target: number) {
  const { E, WQ, WK, WV, Wout, b, n, d, words } = p;
  const { K, V, q, w, h, z, dz, dh, dw, ds, dq, dK, dV } = s;
  const focus = FOCUS_INDEX * d;
  // k_j = e_j W_K, v_j = e_j W_V, q = e_von W_Q.
  for (let j = 0; j < n; j++) {
    for (let c = 0; c < d; c++) {
      let k = 0;
      let v = 0;
      for (let r = 0; r < d; r++) {
        k += E[j * d + r] * WK[r * d + c];
        v += E[j * d + r] * WV[r * d + c];
      }
      K[j * d + c] = k;
      V[j * d + c] = v;
    }
  }
  for (let c = 0; c < d; c++) {
    let sum = 0;
    for (let r = 0; r < d; r++) sum += E[focus + r] * WQ[r * d + c];
    q[c] = sum;
  }
  // w = softmax(q kᵀ / √d), h = Σ_j w_j v_j.
  const scale = 1 / Math.sqrt(d);
  let max = -Infinity;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let c = 0; c < d; c++) sum += q[c] * K[j * d + c];
    w[j] = sum * scale;
    if (w[j] > max) max = w[j];
  }
  let total = 0;
  for (let j = 0; j < n; j++) total += (w[j] = Math.exp(w[j] - max));
  for (let j = 0; j < n; j++) w[j] /= total;
  h.fill(0);
  for (let j = 0; j < n; j++) for (let c = 0; c < d; c++) h[c] += w[j] * V[j * d + c];
  // z = W_out h + b; p = softmax(z / T); L = −ln p_target; ∂L/∂z = (p − y) / T.
  let zMax = -Infinity;
  for (let i = 0; i < words; i++) {
    let sum = b[i];
    for (let c = 0; c < d; c++) sum += Wout[i * d + c] * h[c];
    z[i] = sum / temperature;
    if (z[i] > zMax) zMax = z[i];
  }
  let zTotal = 0;
  for (let i = 0; i < words; i++) zTotal += Math.exp(z[i] - zMax);
  const logTotal = Math.log(zTotal) + zMax;
  const loss = Math.max(0, logTotal - z[target]);
  const pTarget = Math.exp(z[target] - logTotal);
  for (let i = 0; i < words; i++) dz[i] = (Math.exp(z[i] - logTotal) - (i === target ? 1 : 0)) / temperature;
  // ∂L/∂h = W_outᵀ dz; then the output layer's own step.
  for (let c = 0; c < d; c++) {
    let sum = 0;
    for (let i = 0; i < words; i++) sum += Wout[i * d + c] * dz[i];
    dh[c] = sum;
  }
  for (let i = 0; i < words; i++) {
    for (let c = 0; c < d; c++) Wout[i * d + c] -= learningRate * dz[i] * h[c];
    b[i] -= learningRate * dz[i];
  }
  // Attention backward: ∂L/∂w_j = dh·v_j, ∂L/∂v_j = w_j dh, softmax backward, scores back to q and k.
  let weighted = 0;
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let c = 0; c < d; c++) {
      sum += dh[c] * V[j * d + c];
      dV[j * d + c] = w[j] * dh[c];
    }
    dw[j] = sum;
    weighted += w[j] * sum;
  }
  dq.fill(0);
  for (let j = 0; j < n; j++) {
    ds[j] = (w[j] * (dw[j] - weighted)) * scale;
    for (let c = 0; c < d; c++) {
      dq[c] += ds[j] * K[j * d + c];
      dK[j * d + c] = ds[j] * q[c];
    }
  }
  // ∂L/∂W_V = Eᵀ dV, ∂L/∂W_K = Eᵀ dK, ∂L/∂W_Q = e_von ⊗ dq; step.
  for (let r = 0; r < d; r++) {
    for (let c = 0; c < d; c++) {
      let gV = 0;
      let gK = 0;
      for (let j = 0; j < n; j++) {
        gV += E[j * d + r] * dV[j * d + c];
        gK += E[j * d + r] * dK[j * d + c];
      }
      WV[r * d + c] -= learningRate * gV;
      WK[r * d + c] -= learningRate * gK;
      WQ[r * d + c] -= learningRate * E[focus + r] * dq[c];
    }
  }
  return { loss, pTarget };
}

/**
 * Runs `steps` gradient-descent steps θ_{t+1} = θ_t − η ∇L(θ_t) and returns steps + 1 points:
 * the initial state (step 0) and the state after each step, with loss and P(target).
 * Each step is a lean loop over flat arrays (about a microsecond), not a full trace.
 */
export function trainWorkedExample(params: WorkedParams, options: TrainOptions): readonly TrainingPoint[] {
  const { steps, learningRate } = options;
  const temperature = options.temperature ?? DEFAULT_TEMPERATURE;
  if (!Number.isInteger(steps) || steps < 0) {
    throw new MathInputError(`trainWorkedExample: steps must be a non-negative integer, got ${String(steps)}`);
  }
  // The full trace checks the parameters' shapes and the options once.
  traceWorkedExample(params, { learningRate, temperature });
  const flat = toFlat(params);
  const buffers = scratch(flat.n, flat.d, flat.words);
  const points: TrainingPoint[] = [];
  for (let step = 0; step <= steps; step++) {
    // The parameters before this step, as a cheap copy; turned into matrices only when read.
    const before = step === 0 ? null : copyFlat(flat);
    const { loss, pTarget } = leanStep(flat, buffers, learningRate, temperature, TARGET_INDEX);
    let built: WorkedParams | null = before === null ? params : null;
    points.push({
      step,
      loss,
      pTarget,
      get params() {
        built ??= fromFlat(before!, params.embeddings);
        return built;
      },
    });
  }
  return points;
}
