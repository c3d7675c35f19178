// @vitest-environment node
/**
 * The `train --json` contract, reproduced independently: a small reverse-mode autodiff over plain
 * row-major arrays (its own primitives: matmul, exp, tanh, powers, sums; LayerNorm, GeLU, attention
 * and cross-entropy composed from them, so no hand-written backward pass) and AdamW written from
 * the contract's `optimizer` block. Starting from `initialWeights` and repeating `steps` full-batch
 * updates on `sequences` must give `trainedWeights`.
 */
import { describe, expect, it } from 'vitest';
import { trainDemo } from '../../../src/demos/train';
import type { TrainContract } from '../../../src/model/tinyGpt';

/** A matrix on the tape: value, gradient and how to pass the gradient to its inputs. */
interface Node {
  readonly rows: number;
  readonly cols: number;
  readonly value: Float64Array;
  grad: Float64Array;
  back?: () => void;
}

let tape: Node[] = [];
function leaf(rows: number, cols: number, value: Float64Array): Node {
  return { rows, cols, value, grad: new Float64Array(rows * cols) };
}
function op(rows: number, cols: number, value: Float64Array, back: (out: Node) => void): Node {
  const out: Node = { rows, cols, value, grad: new Float64Array(rows * cols) };
  out.back = () => back(out);
  tape.push(out);
  return out;
}
function map2(a: Node, b: Node, f: (x: number, y: number) => number, da: (x: number, y: number) => number, db: (x: number, y: number) => number): Node {
  if (a.rows !== b.rows || a.cols !== b.cols) throw new Error(`map2: ${a.rows}x${a.cols} vs ${b.rows}x${b.cols}`);
  return op(a.rows, a.cols, a.value.map((x, i) => f(x, b.value[i])), (o) => {
    for (let i = 0; i < o.grad.length; i++) {
      a.grad[i] += o.grad[i] * da(a.value[i], b.value[i]);
      b.grad[i] += o.grad[i] * db(a.value[i], b.value[i]);
    }
  });
}
const add = (a: Node, b: Node) => map2(a, b, (x, y) => x + y, () => 1, () => 1);
const sub = (a: Node, b: Node) => map2(a, b, (x, y) => x - y, () => 1, () => -1);
const mul = (a: Node, b: Node) => map2(a, b, (x, y) => x * y, (_, y) => y, (x) => x);
function map1(a: Node, f: (x: number) => number, df: (x: number, fx: number) => number): Node {
  return op(a.rows, a.cols, a.value.map(f), (o) => {
    for (let i = 0; i < o.grad.length; i++) a.grad[i] += o.grad[i] * df(a.value[i], o.value[i]);
  });
}
const scale = (a: Node, s: number) => map1(a, (x) => s * x, () => s);
const addScalar = (a: Node, s: number) => map1(a, (x) => x + s, () => 1);
const pow = (a: Node, p: number) => map1(a, (x) => x ** p, (x) => p * x ** (p - 1));
const tanh = (a: Node) => map1(a, Math.tanh, (_, t) => 1 - t * t);
const exp = (a: Node) => map1(a, Math.exp, (_, e) => e);
const log = (a: Node) => map1(a, Math.log, (x) => 1 / x);
/** a (n×1 or 1×m) repeated to n×m. */
function broadcast(a: Node, rows: number, cols: number): Node {
  const value = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) value[r * cols + c] = a.value[a.rows === 1 ? c : r];
  return op(rows, cols, value, (o) => {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) a.grad[a.rows === 1 ? c : r] += o.grad[r * cols + c];
  });
}
function matmul(a: Node, b: Node): Node {
  if (a.cols !== b.rows) throw new Error(`matmul: ${a.rows}x${a.cols} · ${b.rows}x${b.cols}`);
  const value = new Float64Array(a.rows * b.cols);
  for (let i = 0; i < a.rows; i++) for (let k = 0; k < a.cols; k++) for (let j = 0; j < b.cols; j++) value[i * b.cols + j] += a.value[i * a.cols + k] * b.value[k * b.cols + j];
  return op(a.rows, b.cols, value, (o) => {
    for (let i = 0; i < a.rows; i++)
      for (let k = 0; k < a.cols; k++)
        for (let j = 0; j < b.cols; j++) {
          a.grad[i * a.cols + k] += o.grad[i * b.cols + j] * b.value[k * b.cols + j];
          b.grad[k * b.cols + j] += o.grad[i * b.cols + j] * a.value[i * a.cols + k];
        }
  });
}
function transpose(a: Node): Node {
  const value = new Float64Array(a.rows * a.cols);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) value[j * a.rows + i] = a.value[i * a.cols + j];
  return op(a.cols, a.rows, value, (o) => {
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) a.grad[i * a.cols + j] += o.grad[j * a.rows + i];
  });
}
/** Sum of each row, n×1. */
function rowSum(a: Node): Node {
  const value = new Float64Array(a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) value[i] += a.value[i * a.cols + j];
  return op(a.rows, 1, value, (o) => {
    for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) a.grad[i * a.cols + j] += o.grad[i];
  });
}
/** Rows r0…r1−1 and columns c0…c1−1. */
function block(a: Node, r0: number, r1: number, c0: number, c1: number): Node {
  const rows = r1 - r0;
  const cols = c1 - c0;
  const value = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) value[r * cols + c] = a.value[(r0 + r) * a.cols + c0 + c];
  return op(rows, cols, value, (o) => {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) a.grad[(r0 + r) * a.cols + c0 + c] += o.grad[r * cols + c];
  });
}
/** Blocks placed at (r0, c0) into a rows×cols matrix. */
function assemble(parts: readonly { node: Node; r0: number; c0: number }[], rows: number, cols: number): Node {
  const value = new Float64Array(rows * cols);
  for (const { node, r0, c0 } of parts) for (let r = 0; r < node.rows; r++) for (let c = 0; c < node.cols; c++) value[(r0 + r) * cols + c0 + c] = node.value[r * node.cols + c];
  return op(rows, cols, value, (o) => {
    for (const { node, r0, c0 } of parts) for (let r = 0; r < node.rows; r++) for (let c = 0; c < node.cols; c++) node.grad[r * node.cols + c] += o.grad[(r0 + r) * cols + c0 + c];
  });
}
/** Rows of a table picked by id. */
function gather(table: Node, ids: readonly number[]): Node {
  const value = new Float64Array(ids.length * table.cols);
  ids.forEach((id, r) => value.set(table.value.subarray(id * table.cols, (id + 1) * table.cols), r * table.cols));
  return op(ids.length, table.cols, value, (o) => {
    ids.forEach((id, r) => {
      for (let c = 0; c < table.cols; c++) table.grad[id * table.cols + c] += o.grad[r * table.cols + c];
    });
  });
}
/** Entry targets[r] of every row r, n×1. */
function pick(a: Node, targets: readonly number[]): Node {
  return op(a.rows, 1, Float64Array.from(targets, (t, r) => a.value[r * a.cols + t]), (o) => {
    targets.forEach((t, r) => (a.grad[r * a.cols + t] += o.grad[r]));
  });
}
/** A value without gradient (the row maxima subtracted for stability). */
const constant = (rows: number, cols: number, value: Float64Array) => leaf(rows, cols, value);
function rowMax(a: Node): Node {
  const value = new Float64Array(a.rows).fill(-Infinity);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) value[i] = Math.max(value[i], a.value[i * a.cols + j]);
  return constant(a.rows, 1, value);
}

function layerNorm(x: Node, gamma: Node, beta: Node, eps: number): Node {
  const n = x.cols;
  const centred = sub(x, broadcast(scale(rowSum(x), 1 / n), x.rows, n));
  const variance = scale(rowSum(mul(centred, centred)), 1 / n);
  const normalized = mul(centred, broadcast(pow(addScalar(variance, eps), -0.5), x.rows, n));
  return add(mul(normalized, broadcast(gamma, x.rows, n)), broadcast(beta, x.rows, n));
}
const affine = (x: Node, W: Node, b: Node) => add(matmul(x, W), broadcast(b, x.rows, W.cols));
function gelu(x: Node): Node {
  const inner = scale(add(x, scale(pow(x, 3), 0.044715)), Math.sqrt(2 / Math.PI));
  return mul(scale(x, 0.5), addScalar(tanh(inner), 1));
}
function softmaxRows(x: Node): Node {
  const e = exp(sub(x, broadcast(rowMax(x), x.rows, x.cols)));
  return mul(e, broadcast(pow(rowSum(e), -1), x.rows, x.cols));
}

type Weights = TrainContract['initialWeights'];
const matrix = (m: number[][]) => leaf(m.length, m[0].length, Float64Array.from(m.flat()));
const rowOf = (v: number[]) => leaf(1, v.length, Float64Array.from(v));

/** Every tensor of the weights with its path ("layers.0.W_Q", "layers.0.ln1.gamma", "W_out"). */
function leaves(w: Weights): Map<string, Node> {
  const out = new Map<string, Node>([
    ['tokenEmbedding', matrix(w.tokenEmbedding)],
    ['positionEmbedding', matrix(w.positionEmbedding)],
  ]);
  w.layers.forEach((L, l) => {
    for (const ln of ['ln1', 'ln2'] as const) {
      out.set(`layers.${l}.${ln}.gamma`, rowOf(L[ln].gamma));
      out.set(`layers.${l}.${ln}.beta`, rowOf(L[ln].beta));
    }
    for (const k of ['W_Q', 'W_K', 'W_V', 'W_O', 'W_1', 'W_2'] as const) out.set(`layers.${l}.${k}`, matrix(L[k]));
    for (const k of ['b_Q', 'b_K', 'b_V', 'b_O', 'b_1', 'b_2'] as const) out.set(`layers.${l}.${k}`, rowOf(L[k]));
  });
  out.set('lnFinal.gamma', rowOf(w.lnFinal.gamma));
  out.set('lnFinal.beta', rowOf(w.lnFinal.beta));
  out.set('W_out', matrix(w.W_out));
  out.set('b_out', rowOf(w.b_out));
  return out;
}

/** Mean cross-entropy over every position of every sequence, as the contract says. */
function loss(json: TrainContract, p: Map<string, Node>): Node {
  const { config, sequences } = json;
  const P = (name: string) => p.get(name) as Node;
  const ids = sequences.inputs.flat();
  const positions = sequences.inputs.flatMap((s) => s.map((_, t) => t));
  const starts = sequences.inputs.reduce<number[]>((acc, s) => [...acc, acc[acc.length - 1] + s.length], [0]);
  const dh = config.dModel / config.nHeads;
  let x = add(gather(P('tokenEmbedding'), ids), gather(P('positionEmbedding'), positions));
  for (let l = 0; l < config.nLayers; l++) {
    const L = (k: string) => P(`layers.${l}.${k}`);
    const u = layerNorm(x, L('ln1.gamma'), L('ln1.beta'), config.layerNormEpsilon);
    const q = affine(u, L('W_Q'), L('b_Q'));
    const k = affine(u, L('W_K'), L('b_K'));
    const v = affine(u, L('W_V'), L('b_V'));
    const parts: { node: Node; r0: number; c0: number }[] = [];
    for (let s = 0; s + 1 < starts.length; s++) {
      const [r0, r1] = [starts[s], starts[s + 1]];
      const n = r1 - r0;
      const mask = constant(n, n, Float64Array.from({ length: n * n }, (_, i) => (i % n <= Math.floor(i / n) ? 0 : -Infinity)));
      for (let h = 0; h < config.nHeads; h++) {
        const [c0, c1] = [h * dh, (h + 1) * dh];
        const scores = add(scale(matmul(block(q, r0, r1, c0, c1), transpose(block(k, r0, r1, c0, c1))), 1 / Math.sqrt(dh)), mask);
        parts.push({ node: matmul(softmaxRows(scores), block(v, r0, r1, c0, c1)), r0, c0 });
      }
    }
    const a = add(x, affine(assemble(parts, x.rows, config.dModel), L('W_O'), L('b_O')));
    const hidden = gelu(affine(layerNorm(a, L('ln2.gamma'), L('ln2.beta'), config.layerNormEpsilon), L('W_1'), L('b_1')));
    x = add(a, affine(hidden, L('W_2'), L('b_2')));
  }
  const logits = affine(layerNorm(x, P('lnFinal.gamma'), P('lnFinal.beta'), config.layerNormEpsilon), P('W_out'), P('b_out'));
  const m = rowMax(logits);
  const logSumExp = add(log(rowSum(exp(sub(logits, broadcast(m, logits.rows, logits.cols))))), m);
  const perRow = sub(logSumExp, pick(logits, sequences.targets.flat()));
  return scale(rowSum(transpose(perRow)), 1 / perRow.rows);
}

describe('train --json contract', async () => {
  const { json: raw } = await trainDemo([]);
  const json = JSON.parse(JSON.stringify(raw)) as TrainContract;

  it('has every documented key', () => {
    expect(Object.keys(json).sort()).toEqual(
      ['config', 'initialWeights', 'loss', 'optimizer', 'sequences', 'steps', 'trainedWeights', 'training', 'vocabulary'],
    );
    expect(json.optimizer).toMatchObject({ name: 'AdamW', schedule: 'constant', weightDecayForm: 'decoupled', gradientClipping: null });
    expect(json.sequences.inputs.map((s) => s.length)).toEqual(json.sequences.targets.map((s) => s.length));
    // Targets are the inputs shifted by one: each input's next word is the target of the position before.
    json.sequences.inputs.forEach((s, i) => expect(s.slice(1)).toEqual(json.sequences.targets[i].slice(0, -1)));
  });

  it('an independent autodiff and AdamW repeat the run: the trained weights and every loss', () => {
    const params = leaves(json.initialWeights);
    const names = [...params.keys()];
    for (const name of json.optimizer.weightDecayApplies) expect(names).toContain(name);
    const { learningRate: lr, beta1, beta2, epsilon, weightDecay } = json.optimizer;
    const m = names.map((n) => new Float64Array(params.get(n)?.value.length ?? 0));
    const v = names.map((n) => new Float64Array(params.get(n)?.value.length ?? 0));
    let worstLoss = 0;
    for (let t = 1; t <= json.steps; t++) {
      tape = [];
      names.forEach((n) => params.get(n)?.grad.fill(0));
      const L = loss(json, params);
      worstLoss = Math.max(worstLoss, Math.abs(L.value[0] - json.training.trainLoss[t - 1]));
      L.grad[0] = 1;
      for (let i = tape.length - 1; i >= 0; i--) tape[i].back?.();
      names.forEach((name, k) => {
        const p = params.get(name) as Node;
        const shrink = json.optimizer.weightDecayApplies.includes(name) ? 1 - lr * weightDecay : 1;
        for (let i = 0; i < p.value.length; i++) {
          const g = p.grad[i];
          m[k][i] = beta1 * m[k][i] + (1 - beta1) * g;
          v[k][i] = beta2 * v[k][i] + (1 - beta2) * g * g;
          const mHat = m[k][i] / (1 - beta1 ** t);
          const vHat = v[k][i] / (1 - beta2 ** t);
          p.value[i] = p.value[i] * shrink - (lr * mHat) / (Math.sqrt(vHat) + epsilon);
        }
      });
    }
    const trained = leaves(json.trainedWeights);
    let worst = 0;
    for (const name of names) {
      const a = params.get(name) as Node;
      const b = trained.get(name) as Node;
      for (let i = 0; i < a.value.length; i++) worst = Math.max(worst, Math.abs(a.value[i] - b.value[i]));
    }
    // Float64 rounding in another summation order drifts through 80 steps: about 1e-9 in the loss
    // and 5e-9 in the weights (which are of order 1); a wrong gradient or update is off by 1e-4 or more.
    expect(worstLoss).toBeLessThan(1e-8);
    expect(worst).toBeLessThan(1e-7);
  }, 120_000);
});
