/**
 * Row-major matrices over a Float64Array and the batched operations of a decoder-only
 * Transformer (the tiny GPT), each forward pass next to its backward pass.
 *
 * Why a second matrix type: `Matrix` (arrays of rows) is for teaching-sized traces that a slide
 * prints. Training the tiny GPT multiplies a few hundred token rows per step hundreds of times,
 * and flat typed arrays make that fast enough to run in about a second. The API is the same in
 * spirit: inputs are never mutated, every function returns new arrays, shapes are checked and
 * errors print them ("linear: expected W with 16 rows like X has columns, got 16x4 and 8x16").
 *
 * Rows are tokens, columns are features (row vectors, y = x W + b, as on the slides).
 */
import { MathInputError, assertMatrix, type Matrix } from './types';

/** A rows×cols matrix stored row by row: entry (i, j) is data[i·cols + j]. */
export interface Dense {
  readonly rows: number;
  readonly cols: number;
  /** Never mutated by the functions of this module. */
  readonly data: Float64Array;
}

function shape(a: Dense): string {
  return `${a.rows}x${a.cols}`;
}

/** Throws a MathInputError with the message (built only when needed: these run in the training loop). */
function check(condition: boolean, message: () => string): void {
  if (!condition) throw new MathInputError(message());
}

/** A rows×cols matrix filled with zeros, or wrapping `data` (its length must be rows·cols). */
export function dense(rows: number, cols: number, data?: Float64Array): Dense {
  check(Number.isInteger(rows) && rows >= 0 && Number.isInteger(cols) && cols >= 0, () => `dense: bad shape ${rows}x${cols}`);
  const values = data ?? new Float64Array(rows * cols);
  check(values.length === rows * cols, () => `dense: expected ${rows * cols} values for ${rows}x${cols}, got ${values.length}`);
  return { rows, cols, data: values };
}

/** A Dense copy of an array-of-rows matrix. */
export function denseFromMatrix(m: Matrix): Dense {
  assertMatrix(m, 'denseFromMatrix', 'm');
  const rows = m.length;
  const cols = m[0].length;
  const data = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) data.set(m[i], i * cols);
  return { rows, cols, data };
}

/** A 1×n Dense row from a vector (biases, LayerNorm γ and β). */
export function denseFromVector(v: readonly number[]): Dense {
  return dense(1, v.length, Float64Array.from(v));
}

/** The array-of-rows form, plain numbers (JSON- and structured-clone-friendly). */
export function denseToMatrix(a: Dense): number[][] {
  return Array.from({ length: a.rows }, (_, i) => Array.from(a.data.subarray(i * a.cols, (i + 1) * a.cols)));
}

/** A + B, entry by entry (the residual connection). */
export function addDense(A: Dense, B: Dense): Dense {
  check(A.rows === B.rows && A.cols === B.cols, () => `addDense: expected equal shapes, got ${shape(A)} and ${shape(B)}`);
  const out = new Float64Array(A.data.length);
  for (let i = 0; i < out.length; i++) out[i] = A.data[i] + B.data[i];
  return { rows: A.rows, cols: A.cols, data: out };
}

/** Rows of `table` picked by `ids`: out_i = table[ids_i] (an embedding lookup). */
export function gatherRows(table: Dense, ids: readonly number[]): Dense {
  const d = table.cols;
  const out = new Float64Array(ids.length * d);
  ids.forEach((id, i) => {
    check(Number.isInteger(id) && id >= 0 && id < table.rows, () => `gatherRows: id ${id} out of range for ${shape(table)}`);
    out.set(table.data.subarray(id * d, (id + 1) * d), i * d);
  });
  return { rows: ids.length, cols: d, data: out };
}

/** Backward of {@link gatherRows}: d table[r] = Σ_{i: ids_i = r} dOut_i, for a table with `rows` rows. */
export function scatterAddRows(dOut: Dense, ids: readonly number[], rows: number): Dense {
  check(dOut.rows === ids.length, () => `scatterAddRows: expected ${ids.length} rows of gradient, got ${shape(dOut)}`);
  const d = dOut.cols;
  const out = new Float64Array(rows * d);
  ids.forEach((id, i) => {
    check(Number.isInteger(id) && id >= 0 && id < rows, () => `scatterAddRows: id ${id} out of range for ${rows} rows`);
    const o = id * d;
    const s = i * d;
    for (let j = 0; j < d; j++) out[o + j] += dOut.data[s + j];
  });
  return { rows, cols: d, data: out };
}

/** The k×n transpose of an n×k row-major matrix's data. */
function transposeData(data: Float64Array, n: number, k: number): Float64Array {
  const out = new Float64Array(k * n);
  for (let i = 0; i < n; i++) {
    const r = i * k;
    for (let p = 0; p < k; p++) out[p * n + i] = data[r + p];
  }
  return out;
}

/**
 * C = A Bᵀ for A: a×k and B: b×k (row-major), C: a×b, with an optional row `start` (1×b) added to
 * every row of C first. Entry (i, j) is start_j + Σ_p A_ip B_jp, summed in the order p = 0, 1, …,
 * exactly as the plain loop sums it, so the result is the same to the last bit. The loop computes
 * a 2×2 block of entries at once: four independent sums keep the floating-point unit busy where a
 * single sum would wait for each addition (about 3× faster at the tiny GPT's sizes).
 */
function multiplyTransposed(A: Float64Array, a: number, B: Float64Array, b: number, k: number, start?: Float64Array): Float64Array {
  const C = new Float64Array(a * b);
  const init = (j: number): number => (start ? start[j] : 0);
  let i = 0;
  for (; i + 1 < a; i += 2) {
    const a0 = i * k;
    const a1 = a0 + k;
    const c0 = i * b;
    const c1 = c0 + b;
    let j = 0;
    for (; j + 1 < b; j += 2) {
      const b0 = j * k;
      const b1 = b0 + k;
      let s00 = init(j);
      let s01 = init(j + 1);
      let s10 = s00;
      let s11 = s01;
      for (let p = 0; p < k; p++) {
        const x0 = A[a0 + p];
        const x1 = A[a1 + p];
        const y0 = B[b0 + p];
        const y1 = B[b1 + p];
        s00 += x0 * y0;
        s01 += x0 * y1;
        s10 += x1 * y0;
        s11 += x1 * y1;
      }
      C[c0 + j] = s00;
      C[c0 + j + 1] = s01;
      C[c1 + j] = s10;
      C[c1 + j + 1] = s11;
    }
    if (j < b) {
      const b0 = j * k;
      let s0 = init(j);
      let s1 = s0;
      for (let p = 0; p < k; p++) {
        const y = B[b0 + p];
        s0 += A[a0 + p] * y;
        s1 += A[a1 + p] * y;
      }
      C[c0 + j] = s0;
      C[c1 + j] = s1;
    }
  }
  if (i < a) {
    const a0 = i * k;
    for (let j = 0; j < b; j++) {
      const b0 = j * k;
      let s = init(j);
      for (let p = 0; p < k; p++) s += A[a0 + p] * B[b0 + p];
      C[i * b + j] = s;
    }
  }
  return C;
}

/** Y = X W + b for X: n×k, W: k×m and b: 1×m (b is added to every row). */
export function linear(X: Dense, W: Dense, b: Dense): Dense {
  check(W.rows === X.cols, () => `linear: expected W with ${X.cols} rows like X has columns, got X ${shape(X)} and W ${shape(W)}`);
  check(b.rows === 1 && b.cols === W.cols, () => `linear: expected b of shape 1x${W.cols}, got ${shape(b)}`);
  const n = X.rows;
  const k = X.cols;
  const m = W.cols;
  // y_ij = b_j + Σ_p x_ip w_pj: row i of X against row j of Wᵀ.
  return { rows: n, cols: m, data: multiplyTransposed(X.data, n, transposeData(W.data, k, m), m, k, b.data) };
}

/** Gradients of Y = X W + b. */
export interface LinearGradients {
  /** ∂L/∂X = dY Wᵀ. */
  readonly dX: Dense;
  /** ∂L/∂W = Xᵀ dY. */
  readonly dW: Dense;
  /** ∂L/∂b = Σ_rows dY. */
  readonly db: Dense;
}

/** Backward of {@link linear} for upstream dY = ∂L/∂Y. */
export function linearBackward(X: Dense, W: Dense, dY: Dense): LinearGradients {
  check(W.rows === X.cols, () => `linearBackward: expected W with ${X.cols} rows, got X ${shape(X)} and W ${shape(W)}`);
  check(dY.rows === X.rows && dY.cols === W.cols, () => `linearBackward: expected dY of shape ${X.rows}x${W.cols}, got ${shape(dY)}`);
  const n = X.rows;
  const k = X.cols;
  const m = W.cols;
  const dy = dY.data;
  const db = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    const r = i * m;
    for (let j = 0; j < m; j++) db[j] += dy[r + j];
  }
  // dx_ip = Σ_j dy_ij w_pj: row i of dY against row p of W.
  const dX = multiplyTransposed(dy, n, W.data, k, m);
  // dw_pj = Σ_i x_ip dy_ij: row p of Xᵀ against row j of dYᵀ, summed over the rows i in order.
  const dW = multiplyTransposed(transposeData(X.data, n, k), k, transposeData(dy, n, m), m, n);
  return { dX: { rows: n, cols: k, data: dX }, dW: { rows: k, cols: m, data: dW }, db: { rows: 1, cols: m, data: db } };
}

/** Output and intermediates of {@link layerNormRows}. */
export interface LayerNormRowsResult {
  /** y = γ ⊙ x̂ + β, row by row. */
  readonly output: Dense;
  /** x̂ = (x − μ) / √(σ² + ε) per row. */
  readonly normalized: Dense;
  /** 1/√(σ² + ε) per row (σ² the population variance). */
  readonly inverseStd: Float64Array;
}

/** LayerNorm of every row: y = γ ⊙ (x − μ)/√(σ² + ε) + β, μ and σ² (population) over the row. */
export function layerNormRows(X: Dense, gamma: Dense, beta: Dense, epsilon: number): LayerNormRowsResult {
  const d = X.cols;
  check(gamma.data.length === d && beta.data.length === d, () => `layerNormRows: expected γ and β of length ${d}, got ${shape(gamma)} and ${shape(beta)}`);
  check(epsilon >= 0, () => `layerNormRows: epsilon must be ≥ 0, got ${epsilon}`);
  const n = X.rows;
  const out = new Float64Array(n * d);
  const xhat = new Float64Array(n * d);
  const inverseStd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let mean = 0;
    for (let j = 0; j < d; j++) mean += X.data[o + j];
    mean /= d;
    let variance = 0;
    for (let j = 0; j < d; j++) variance += (X.data[o + j] - mean) ** 2;
    variance /= d;
    const r = 1 / Math.sqrt(variance + epsilon);
    check(Number.isFinite(r), () => 'layerNormRows: a row has zero variance and epsilon is 0; use epsilon > 0');
    inverseStd[i] = r;
    for (let j = 0; j < d; j++) {
      const v = (X.data[o + j] - mean) * r;
      xhat[o + j] = v;
      out[o + j] = gamma.data[j] * v + beta.data[j];
    }
  }
  return { output: { rows: n, cols: d, data: out }, normalized: { rows: n, cols: d, data: xhat }, inverseStd };
}

/** Gradients of {@link layerNormRows}. */
export interface LayerNormRowsGradients {
  readonly dX: Dense;
  readonly dGamma: Dense;
  readonly dBeta: Dense;
}

/**
 * Backward of {@link layerNormRows}, per row with g = dy ⊙ γ:
 * dx = (g − mean(g) − x̂ ⊙ mean(g ⊙ x̂)) / √(σ² + ε);  dγ = Σ_rows dy ⊙ x̂;  dβ = Σ_rows dy.
 */
export function layerNormRowsBackward(forward: LayerNormRowsResult, gamma: Dense, dY: Dense): LayerNormRowsGradients {
  const { normalized, inverseStd } = forward;
  const n = normalized.rows;
  const d = normalized.cols;
  check(dY.rows === n && dY.cols === d, () => `layerNormRowsBackward: expected dY of shape ${n}x${d}, got ${shape(dY)}`);
  const dX = new Float64Array(n * d);
  const dGamma = new Float64Array(d);
  const dBeta = new Float64Array(d);
  const g = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let meanG = 0;
    let meanGX = 0;
    for (let j = 0; j < d; j++) {
      const dy = dY.data[o + j];
      const xh = normalized.data[o + j];
      dGamma[j] += dy * xh;
      dBeta[j] += dy;
      g[j] = dy * gamma.data[j];
      meanG += g[j];
      meanGX += g[j] * xh;
    }
    meanG /= d;
    meanGX /= d;
    for (let j = 0; j < d; j++) dX[o + j] = (g[j] - meanG - normalized.data[o + j] * meanGX) * inverseStd[i];
  }
  return { dX: { rows: n, cols: d, data: dX }, dGamma: { rows: 1, cols: d, data: dGamma }, dBeta: { rows: 1, cols: d, data: dBeta } };
}

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const GELU_CUBIC = 0.044715;

/** Output of {@link geluTanhDenseForward}. */
export interface GeluTanhResult {
  readonly output: Dense;
  /** t = tanh u of every entry, u = √(2/π)(x + 0.044715 x³): the backward pass needs it again. */
  readonly tanh: Float64Array;
}

/** GeLU, tanh approximation (GPT-2), entry by entry, with the tanh of every entry kept for the backward pass. */
export function geluTanhDenseForward(X: Dense): GeluTanhResult {
  const out = new Float64Array(X.data.length);
  const tanh = new Float64Array(X.data.length);
  for (let i = 0; i < out.length; i++) {
    const x = X.data[i];
    const t = Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x));
    tanh[i] = t;
    out[i] = 0.5 * x * (1 + t);
  }
  return { output: { rows: X.rows, cols: X.cols, data: out }, tanh };
}

/** GeLU, tanh approximation (GPT-2), entry by entry: ½ x (1 + tanh(√(2/π)(x + 0.044715 x³))). */
export function geluTanhDense(X: Dense): Dense {
  return geluTanhDenseForward(X).output;
}

/**
 * Backward of {@link geluTanhDense}: dX = dY ⊙ GeLU'(X) with t = tanh u, u = √(2/π)(x + 0.044715 x³),
 * GeLU'(x) = ½(1 + t) + ½ x (1 − t²) √(2/π)(1 + 3·0.044715 x²). `tanh`: the forward pass's t
 * ({@link geluTanhDenseForward}), so that it is not computed twice; computed here if not given.
 */
export function geluTanhDenseBackward(X: Dense, dY: Dense, tanh?: Float64Array): Dense {
  check(dY.rows === X.rows && dY.cols === X.cols, () => `geluTanhDenseBackward: expected dY of shape ${shape(X)}, got ${shape(dY)}`);
  check(tanh === undefined || tanh.length === X.data.length, () => `geluTanhDenseBackward: expected ${X.data.length} tanh values, got ${tanh?.length}`);
  const out = new Float64Array(X.data.length);
  for (let i = 0; i < out.length; i++) {
    const x = X.data[i];
    const t = tanh ? tanh[i] : Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x));
    out[i] = dY.data[i] * (0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * x * x));
  }
  return { rows: X.rows, cols: X.cols, data: out };
}

/**
 * Sequences packed one after another into the rows of a matrix: sequence s occupies rows
 * starts[s] … starts[s + 1] − 1. Attention never crosses from one sequence into another.
 */
export type SequenceStarts = readonly number[];

/** Output and attention weights of {@link causalSelfAttention}. */
export interface CausalAttentionResult {
  /** Heads concatenated in order, n×d. */
  readonly output: Dense;
  /**
   * Attention weights: for head h and row (query) i of a sequence starting at row s, the weight on
   * key s + j (j ≤ i − s) is weights[(h·n + i)·maxLength + j]. Entries for j > i − s are 0.
   */
  readonly weights: Float64Array;
  readonly maxLength: number;
  readonly heads: number;
}

function checkStarts(starts: SequenceStarts, n: number, op: string): number {
  check(starts.length >= 1 && starts[0] === 0 && starts[starts.length - 1] === n, () => `${op}: sequence starts must run from 0 to ${n}, got [${starts.join(', ')}]`);
  let maxLength = 0;
  for (let s = 0; s + 1 < starts.length; s++) {
    check(starts[s + 1] > starts[s], () => `${op}: empty or unordered sequence at ${s} in [${starts.join(', ')}]`);
    maxLength = Math.max(maxLength, starts[s + 1] - starts[s]);
  }
  return maxLength;
}

/**
 * Causal multi-head self-attention on packed sequences. Q, K, V are n×d; head h uses the columns
 * h·d_h … (h+1)·d_h − 1 (d_h = d / heads). For query i and key j ≤ i of the same sequence:
 *   s_ij = q_i · k_j / √d_h,  a_ij = softmax_j(s_ij),  out_i = Σ_j a_ij v_j  (per head).
 * Keys after the query (j > i) are masked: their weight is exactly 0.
 */
export function causalSelfAttention(Q: Dense, K: Dense, V: Dense, heads: number, starts: SequenceStarts): CausalAttentionResult {
  const n = Q.rows;
  const d = Q.cols;
  check(K.rows === n && K.cols === d && V.rows === n && V.cols === d, () => `causalSelfAttention: expected Q, K, V of equal shape, got ${shape(Q)}, ${shape(K)}, ${shape(V)}`);
  check(Number.isInteger(heads) && heads >= 1 && d % heads === 0, () => `causalSelfAttention: ${d} columns do not split into ${heads} heads`);
  const maxLength = checkStarts(starts, n, 'causalSelfAttention');
  const dh = d / heads;
  const scale = 1 / Math.sqrt(dh);
  const out = new Float64Array(n * d);
  const weights = new Float64Array(heads * n * maxLength);
  const q = Q.data;
  const k = K.data;
  const v = V.data;
  for (let s = 0; s + 1 < starts.length; s++) {
    const start = starts[s];
    const end = starts[s + 1];
    for (let h = 0; h < heads; h++) {
      const c = h * dh;
      for (let i = start; i < end; i++) {
        const w = (h * n + i) * maxLength;
        let max = -Infinity;
        for (let j = start; j <= i; j++) {
          let dot = 0;
          for (let p = 0; p < dh; p++) dot += q[i * d + c + p] * k[j * d + c + p];
          const score = dot * scale;
          weights[w + j - start] = score;
          if (score > max) max = score;
        }
        let total = 0;
        for (let j = start; j <= i; j++) {
          const e = Math.exp(weights[w + j - start] - max);
          weights[w + j - start] = e;
          total += e;
        }
        for (let j = start; j <= i; j++) {
          const a = weights[w + j - start] / total;
          weights[w + j - start] = a;
          for (let p = 0; p < dh; p++) out[i * d + c + p] += a * v[j * d + c + p];
        }
      }
    }
  }
  return { output: { rows: n, cols: d, data: out }, weights, maxLength, heads };
}

/** Gradients of {@link causalSelfAttention}. */
export interface CausalAttentionGradients {
  readonly dQ: Dense;
  readonly dK: Dense;
  readonly dV: Dense;
}

/**
 * Backward of {@link causalSelfAttention} for upstream dOut, per head and query i:
 *   da_ij = dout_i · v_j,  dv_j += a_ij dout_i,
 *   ds_ij = a_ij (da_ij − Σ_k a_ik da_ik)  (softmax backward),
 *   dq_i += ds_ij k_j / √d_h,  dk_j += ds_ij q_i / √d_h.
 */
export function causalSelfAttentionBackward(
  Q: Dense,
  K: Dense,
  V: Dense,
  forward: CausalAttentionResult,
  starts: SequenceStarts,
  dOut: Dense,
): CausalAttentionGradients {
  const n = Q.rows;
  const d = Q.cols;
  check(dOut.rows === n && dOut.cols === d, () => `causalSelfAttentionBackward: expected dOut of shape ${n}x${d}, got ${shape(dOut)}`);
  const { heads, maxLength, weights } = forward;
  check(checkStarts(starts, n, 'causalSelfAttentionBackward') === maxLength, () => 'causalSelfAttentionBackward: sequence starts differ from the forward pass');
  const dh = d / heads;
  const scale = 1 / Math.sqrt(dh);
  const q = Q.data;
  const k = K.data;
  const v = V.data;
  const g = dOut.data;
  const dQ = new Float64Array(n * d);
  const dK = new Float64Array(n * d);
  const dV = new Float64Array(n * d);
  const da = new Float64Array(maxLength);
  for (let s = 0; s + 1 < starts.length; s++) {
    const start = starts[s];
    const end = starts[s + 1];
    for (let h = 0; h < heads; h++) {
      const c = h * dh;
      for (let i = start; i < end; i++) {
        const w = (h * n + i) * maxLength;
        let weighted = 0;
        for (let j = start; j <= i; j++) {
          const a = weights[w + j - start];
          let dot = 0;
          for (let p = 0; p < dh; p++) {
            dot += g[i * d + c + p] * v[j * d + c + p];
            dV[j * d + c + p] += a * g[i * d + c + p];
          }
          da[j - start] = dot;
          weighted += a * dot;
        }
        for (let j = start; j <= i; j++) {
          const ds = weights[w + j - start] * (da[j - start] - weighted) * scale;
          if (ds === 0) continue;
          for (let p = 0; p < dh; p++) {
            dQ[i * d + c + p] += ds * k[j * d + c + p];
            dK[j * d + c + p] += ds * q[i * d + c + p];
          }
        }
      }
    }
  }
  return { dQ: { rows: n, cols: d, data: dQ }, dK: { rows: n, cols: d, data: dK }, dV: { rows: n, cols: d, data: dV } };
}

/** Result of {@link softmaxCrossEntropyRows}. */
export interface SoftmaxCrossEntropyResult {
  /** Mean over the rows of −log softmax(z_i)[y_i], via log-sum-exp. */
  readonly loss: number;
  /** softmax of every row. */
  readonly probabilities: Dense;
  /** ∂loss/∂z = (p − onehot(y)) / n. */
  readonly dLogits: Dense;
}

/**
 * Mean cross-entropy of row-wise softmax: L = (1/n) Σ_i (log Σ_j e^{z_ij} − z_{i,y_i}),
 * stable by subtracting each row's maximum; the gradient sits beside it.
 */
export function softmaxCrossEntropyRows(logits: Dense, targets: readonly number[]): SoftmaxCrossEntropyResult {
  const n = logits.rows;
  const m = logits.cols;
  check(targets.length === n, () => `softmaxCrossEntropyRows: expected ${n} targets for ${shape(logits)} logits, got ${targets.length}`);
  const p = new Float64Array(n * m);
  const dz = new Float64Array(n * m);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const y = targets[i];
    check(Number.isInteger(y) && y >= 0 && y < m, () => `softmaxCrossEntropyRows: target ${y} out of range for ${m} classes`);
    const o = i * m;
    let max = -Infinity;
    for (let j = 0; j < m; j++) if (logits.data[o + j] > max) max = logits.data[o + j];
    let total = 0;
    for (let j = 0; j < m; j++) {
      const e = Math.exp(logits.data[o + j] - max);
      p[o + j] = e;
      total += e;
    }
    loss += Math.log(total) + max - logits.data[o + y];
    for (let j = 0; j < m; j++) {
      p[o + j] /= total;
      dz[o + j] = p[o + j] / n;
    }
    dz[o + y] -= 1 / n;
  }
  return { loss: loss / n, probabilities: { rows: n, cols: m, data: p }, dLogits: { rows: n, cols: m, data: dz } };
}
