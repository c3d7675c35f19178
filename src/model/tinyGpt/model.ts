/**
 * The tiny GPT: the decoder block of section 7, small enough to read in one sitting.
 *
 *   x⁰ = E[token] + P[position]
 *   per block ℓ:  a = x + MHA(LN₁(x)),   x' = a + MLP(LN₂(a)),   MLP(u) = GeLU(u W₁ + b₁) W₂ + b₂
 *   logits = LN_final(x) W_out + b_out
 *
 * MHA is causal multi-head self-attention: q = u W_Q + b_Q (and k, v alike); head h uses the
 * contiguous column block h of width d/nHeads, scaled by 1/√(d/nHeads); the heads are concatenated
 * in order and projected by W_O + b_O. Row vectors throughout (x W), LayerNorm with the population
 * variance, GeLU in its tanh form (GPT-2).
 *
 * The forward pass runs on a batch of sequences packed into the rows of one matrix; the backward
 * pass goes through the same steps in reverse, each with the backward function next to its
 * forward function in src/math/dense.ts.
 */
import {
  addDense,
  causalSelfAttention,
  causalSelfAttentionBackward,
  createRng,
  dense,
  denseFromMatrix,
  denseFromVector,
  denseToMatrix,
  gatherRows,
  geluTanhDenseBackward,
  geluTanhDenseForward,
  layerNormRows,
  layerNormRowsBackward,
  linear,
  linearBackward,
  scatterAddRows,
  softmaxCrossEntropyRows,
  type CausalAttentionResult,
  type Dense,
  type GeluTanhResult,
  type LayerNormRowsResult,
  type SequenceStarts,
} from '../../math';

/** Sizes of the model. */
export interface TinyGptConfig {
  readonly vocabularySize: number;
  /** Longest input the position embeddings cover. */
  readonly contextLength: number;
  readonly dModel: number;
  readonly nHeads: number;
  readonly nLayers: number;
  /** Width of the MLP's hidden layer. */
  readonly dFF: number;
  readonly layerNormEpsilon: number;
  readonly activation: 'gelu-tanh';
  /** The output projection is its own matrix W_out (not Eᵀ). */
  readonly tiedEmbeddings: false;
}

/** Parameters of one decoder block. γ, β and the biases are 1×n rows. */
export interface BlockParams {
  readonly ln1Gamma: Dense;
  readonly ln1Beta: Dense;
  readonly W_Q: Dense;
  readonly b_Q: Dense;
  readonly W_K: Dense;
  readonly b_K: Dense;
  readonly W_V: Dense;
  readonly b_V: Dense;
  readonly W_O: Dense;
  readonly b_O: Dense;
  readonly ln2Gamma: Dense;
  readonly ln2Beta: Dense;
  readonly W_1: Dense;
  readonly b_1: Dense;
  readonly W_2: Dense;
  readonly b_2: Dense;
}

/** All parameters; gradients have the same shape. */
export interface TinyGptParams {
  readonly config: TinyGptConfig;
  /** E: V×d. */
  readonly tokenEmbedding: Dense;
  /** P: T×d. */
  readonly positionEmbedding: Dense;
  readonly layers: readonly BlockParams[];
  readonly lnFinalGamma: Dense;
  readonly lnFinalBeta: Dense;
  /** d×V. */
  readonly W_out: Dense;
  readonly b_out: Dense;
}

const BLOCK_KEYS = [
  'ln1Gamma', 'ln1Beta', 'W_Q', 'b_Q', 'W_K', 'b_K', 'W_V', 'b_V', 'W_O', 'b_O',
  'ln2Gamma', 'ln2Beta', 'W_1', 'b_1', 'W_2', 'b_2',
] as const satisfies readonly (keyof BlockParams)[];

/** One parameter tensor with its name ("layers.0.W_Q") and whether weight decay applies. */
export interface NamedTensor {
  readonly name: string;
  readonly tensor: Dense;
  readonly decay: boolean;
}

const decays = (key: string): boolean => key.startsWith('W_');

/** Every parameter tensor in a fixed order (the order of the optimiser's state). */
export function listParams(params: TinyGptParams): NamedTensor[] {
  return [
    { name: 'tokenEmbedding', tensor: params.tokenEmbedding, decay: false },
    { name: 'positionEmbedding', tensor: params.positionEmbedding, decay: false },
    ...params.layers.flatMap((layer, l) =>
      BLOCK_KEYS.map((key) => ({ name: `layers.${l}.${key}`, tensor: layer[key], decay: decays(key) })),
    ),
    { name: 'lnFinalGamma', tensor: params.lnFinalGamma, decay: false },
    { name: 'lnFinalBeta', tensor: params.lnFinalBeta, decay: false },
    { name: 'W_out', tensor: params.W_out, decay: true },
    { name: 'b_out', tensor: params.b_out, decay: false },
  ];
}

/** The same model with every tensor replaced, in the order of {@link listParams}. */
export function replaceParams(params: TinyGptParams, data: readonly Float64Array[]): TinyGptParams {
  const old = listParams(params);
  if (data.length !== old.length) throw new Error(`replaceParams: expected ${old.length} tensors, got ${data.length}`);
  const at = (k: number): Dense => dense(old[k].tensor.rows, old[k].tensor.cols, data[k]);
  const perLayer = BLOCK_KEYS.length;
  const layers = params.layers.map((_, l) => {
    const entries = BLOCK_KEYS.map((key, i) => [key, at(2 + l * perLayer + i)] as const);
    return Object.fromEntries(entries) as unknown as BlockParams;
  });
  const k = 2 + params.layers.length * perLayer;
  return {
    config: params.config,
    tokenEmbedding: at(0),
    positionEmbedding: at(1),
    layers,
    lnFinalGamma: at(k),
    lnFinalBeta: at(k + 1),
    W_out: at(k + 2),
    b_out: at(k + 3),
  };
}

/** Number of trainable numbers. */
export function parameterCount(params: TinyGptParams): number {
  return listParams(params).reduce((n, p) => n + p.tensor.data.length, 0);
}

/** Standard deviation of the token and position embeddings at the start, as in GPT-2 (minGPT's `_init_weights`). */
export const EMBEDDING_INIT_STD = 0.02;

/**
 * Seeded initial parameters. E and P ~ N(0, 0.02²) as in GPT-2: LayerNorm takes the scale out of
 * the forward pass, so embeddings this small are moved by the first AdamW steps (each step changes a
 * number by up to about η) and the trained table owes little to its random start; drawn at N(0, 1)
 * they stayed 0.89 cosine-similar to it. Every weight matrix ~ N(0, 1/fan_in) (GPT-2's flat 0.02
 * would leave a 16-wide model's attention and MLP near zero for many more steps than the 2-second
 * budget allows), the residual projections W_O and W_2 further by 1/√(2·nLayers) as in GPT-2;
 * biases 0, γ = 1, β = 0. The same seed gives the same numbers.
 */
export function initParams(config: TinyGptConfig, seed: number): TinyGptParams {
  const rng = createRng(seed);
  const { vocabularySize: V, contextLength: T, dModel: d, dFF, nLayers } = config;
  if (d % config.nHeads !== 0) throw new Error(`initParams: dModel ${d} does not split into ${config.nHeads} heads`);
  const normal = (rows: number, cols: number, std: number): Dense => {
    const data = new Float64Array(rows * cols);
    for (let i = 0; i < data.length; i++) data[i] = std * rng.normal();
    return dense(rows, cols, data);
  };
  const zerosRow = (n: number): Dense => dense(1, n);
  const onesRow = (n: number): Dense => dense(1, n, new Float64Array(n).fill(1));
  const residual = 1 / Math.sqrt(2 * nLayers);
  const tokenEmbedding = normal(V, d, EMBEDDING_INIT_STD);
  const positionEmbedding = normal(T, d, EMBEDDING_INIT_STD);
  const layers: BlockParams[] = [];
  for (let l = 0; l < nLayers; l++) {
    layers.push({
      ln1Gamma: onesRow(d),
      ln1Beta: zerosRow(d),
      W_Q: normal(d, d, 1 / Math.sqrt(d)),
      b_Q: zerosRow(d),
      W_K: normal(d, d, 1 / Math.sqrt(d)),
      b_K: zerosRow(d),
      W_V: normal(d, d, 1 / Math.sqrt(d)),
      b_V: zerosRow(d),
      W_O: normal(d, d, residual / Math.sqrt(d)),
      b_O: zerosRow(d),
      ln2Gamma: onesRow(d),
      ln2Beta: zerosRow(d),
      W_1: normal(d, dFF, 1 / Math.sqrt(d)),
      b_1: zerosRow(dFF),
      W_2: normal(dFF, d, residual / Math.sqrt(dFF)),
      b_2: zerosRow(d),
    });
  }
  return {
    config,
    tokenEmbedding,
    positionEmbedding,
    layers,
    lnFinalGamma: onesRow(d),
    lnFinalBeta: zerosRow(d),
    W_out: normal(d, V, 1 / Math.sqrt(d)),
    b_out: zerosRow(V),
  };
}

/** Sequences packed for one forward pass: row r is token ids[r] at position positions[r]. */
export interface PackedBatch {
  readonly ids: readonly number[];
  readonly positions: readonly number[];
  /** Row where each sequence starts, plus the total number of rows at the end. */
  readonly starts: SequenceStarts;
}

/** Packs token-id sequences one after another. */
export function packSequences(sequences: readonly (readonly number[])[]): PackedBatch {
  const ids: number[] = [];
  const positions: number[] = [];
  const starts: number[] = [0];
  for (const sequence of sequences) {
    sequence.forEach((id, position) => {
      ids.push(id);
      positions.push(position);
    });
    starts.push(ids.length);
  }
  return { ids, positions, starts };
}

/** Intermediates of one block, kept for the backward pass. */
interface BlockCache {
  readonly input: Dense;
  readonly ln1: LayerNormRowsResult;
  readonly q: Dense;
  readonly k: Dense;
  readonly v: Dense;
  readonly attention: CausalAttentionResult;
  readonly afterAttention: Dense;
  readonly ln2: LayerNormRowsResult;
  readonly hidden: Dense;
  /** GeLU(hidden), with its tanh values for the backward pass. */
  readonly activated: GeluTanhResult;
}

/** Everything the forward pass computed. */
export interface ForwardPass {
  readonly batch: PackedBatch;
  readonly blocks: readonly BlockCache[];
  /** Residual stream after the last block. */
  readonly final: Dense;
  readonly lnFinal: LayerNormRowsResult;
  /** One row of V logits per input row. */
  readonly logits: Dense;
}

function checkBatch(params: TinyGptParams, batch: PackedBatch): void {
  const { contextLength, vocabularySize } = params.config;
  batch.positions.forEach((p, r) => {
    if (p >= contextLength) throw new Error(`forward: position ${p} at row ${r} is beyond the context length ${contextLength}`);
  });
  batch.ids.forEach((id, r) => {
    if (!(id >= 0 && id < vocabularySize)) throw new Error(`forward: token id ${id} at row ${r} is outside the vocabulary of ${vocabularySize}`);
  });
}

/** The forward pass over a packed batch. */
export function forward(params: TinyGptParams, batch: PackedBatch): ForwardPass {
  checkBatch(params, batch);
  const { nHeads, layerNormEpsilon: eps } = params.config;
  let x = addDense(gatherRows(params.tokenEmbedding, batch.ids), gatherRows(params.positionEmbedding, batch.positions));
  const blocks: BlockCache[] = [];
  for (const layer of params.layers) {
    const input = x;
    const ln1 = layerNormRows(input, layer.ln1Gamma, layer.ln1Beta, eps);
    const q = linear(ln1.output, layer.W_Q, layer.b_Q);
    const k = linear(ln1.output, layer.W_K, layer.b_K);
    const v = linear(ln1.output, layer.W_V, layer.b_V);
    const attention = causalSelfAttention(q, k, v, nHeads, batch.starts);
    const afterAttention = addDense(input, linear(attention.output, layer.W_O, layer.b_O));
    const ln2 = layerNormRows(afterAttention, layer.ln2Gamma, layer.ln2Beta, eps);
    const hidden = linear(ln2.output, layer.W_1, layer.b_1);
    const activated = geluTanhDenseForward(hidden);
    x = addDense(afterAttention, linear(activated.output, layer.W_2, layer.b_2));
    blocks.push({ input, ln1, q, k, v, attention, afterAttention, ln2, hidden, activated });
  }
  const lnFinal = layerNormRows(x, params.lnFinalGamma, params.lnFinalBeta, eps);
  const logits = linear(lnFinal.output, params.W_out, params.b_out);
  return { batch, blocks, final: x, lnFinal, logits };
}

/** Gradients of every parameter, in the shape of the parameters. */
export type TinyGptGradients = TinyGptParams;

/** Backward pass for upstream dLogits = ∂L/∂logits; returns ∂L/∂θ for every parameter. */
export function backward(params: TinyGptParams, pass: ForwardPass, dLogits: Dense): TinyGptGradients {
  const { config } = params;
  const out = linearBackward(pass.lnFinal.output, params.W_out, dLogits);
  const lnF = layerNormRowsBackward(pass.lnFinal, params.lnFinalGamma, out.dX);
  let dx = lnF.dX;
  const layerGrads: BlockParams[] = [];
  for (let l = params.layers.length - 1; l >= 0; l--) {
    const layer = params.layers[l];
    const c = pass.blocks[l];
    // x' = a + MLP(LN₂(a)): the residual passes dx through, the MLP adds its own share.
    const mlpOut = linearBackward(c.activated.output, layer.W_2, dx);
    const dHidden = geluTanhDenseBackward(c.hidden, mlpOut.dX, c.activated.tanh);
    const mlpIn = linearBackward(c.ln2.output, layer.W_1, dHidden);
    const ln2 = layerNormRowsBackward(c.ln2, layer.ln2Gamma, mlpIn.dX);
    const dA = addDense(dx, ln2.dX);
    // a = x + MHA(LN₁(x)).
    const proj = linearBackward(c.attention.output, layer.W_O, dA);
    const att = causalSelfAttentionBackward(c.q, c.k, c.v, c.attention, pass.batch.starts, proj.dX);
    const gq = linearBackward(c.ln1.output, layer.W_Q, att.dQ);
    const gk = linearBackward(c.ln1.output, layer.W_K, att.dK);
    const gv = linearBackward(c.ln1.output, layer.W_V, att.dV);
    const dLn1 = addDense(addDense(gq.dX, gk.dX), gv.dX);
    const ln1 = layerNormRowsBackward(c.ln1, layer.ln1Gamma, dLn1);
    dx = addDense(dA, ln1.dX);
    layerGrads[l] = {
      ln1Gamma: ln1.dGamma, ln1Beta: ln1.dBeta,
      W_Q: gq.dW, b_Q: gq.db, W_K: gk.dW, b_K: gk.db, W_V: gv.dW, b_V: gv.db,
      W_O: proj.dW, b_O: proj.db,
      ln2Gamma: ln2.dGamma, ln2Beta: ln2.dBeta,
      W_1: mlpIn.dW, b_1: mlpIn.db, W_2: mlpOut.dW, b_2: mlpOut.db,
    };
  }
  return {
    config,
    tokenEmbedding: scatterAddRows(dx, pass.batch.ids, config.vocabularySize),
    positionEmbedding: scatterAddRows(dx, pass.batch.positions, config.contextLength),
    layers: layerGrads,
    lnFinalGamma: lnF.dGamma,
    lnFinalBeta: lnF.dBeta,
    W_out: out.dW,
    b_out: out.db,
  };
}

/** Loss, probabilities and gradients of one batch. */
export interface LossAndGradients {
  /** Mean cross-entropy over every row (teacher forcing: every position predicts its next token). */
  readonly loss: number;
  readonly probabilities: Dense;
  readonly gradients: TinyGptGradients;
}

/** Mean next-token cross-entropy of a batch with one target id per row, and its gradients. */
export function lossAndGradients(params: TinyGptParams, batch: PackedBatch, targets: readonly number[]): LossAndGradients {
  const pass = forward(params, batch);
  const ce = softmaxCrossEntropyRows(pass.logits, targets);
  return { loss: ce.loss, probabilities: ce.probabilities, gradients: backward(params, pass, ce.dLogits) };
}

/** One sequence through the model: logits at every position and every head's attention. */
export interface SequenceTrace {
  /** logits[t] predicts the token after position t. */
  readonly logits: number[][];
  /** attention[layer][head][query][key]; keys after the query are 0. */
  readonly attention: number[][][][];
}

/** Runs one token sequence (at most contextLength long) and returns its logits and attention. */
export function traceSequence(params: TinyGptParams, ids: readonly number[]): SequenceTrace {
  const pass = forward(params, packSequences([ids]));
  const n = ids.length;
  const attention = pass.blocks.map((block) => {
    const { weights, maxLength, heads } = block.attention;
    return Array.from({ length: heads }, (_, h) =>
      Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (j <= i ? weights[(h * n + i) * maxLength + j] : 0))),
    );
  });
  return { logits: denseToMatrix(pass.logits), attention };
}

/** A block's parameters as plain arrays (the JSON contract: row vectors, x·W + b). */
export interface BlockWeights {
  readonly ln1: { readonly gamma: number[]; readonly beta: number[] };
  readonly ln2: { readonly gamma: number[]; readonly beta: number[] };
  readonly W_Q: number[][];
  readonly W_K: number[][];
  readonly W_V: number[][];
  readonly W_O: number[][];
  readonly b_Q: number[];
  readonly b_K: number[];
  readonly b_V: number[];
  readonly b_O: number[];
  readonly W_1: number[][];
  readonly b_1: number[];
  readonly W_2: number[][];
  readonly b_2: number[];
}

/** All parameters as plain, JSON- and structured-clone-friendly arrays. */
export interface TinyGptWeights {
  readonly tokenEmbedding: number[][];
  readonly positionEmbedding: number[][];
  readonly layers: BlockWeights[];
  readonly lnFinal: { readonly gamma: number[]; readonly beta: number[] };
  readonly W_out: number[][];
  readonly b_out: number[];
}

const row = (a: Dense): number[] => Array.from(a.data);

/** Parameters → plain arrays. */
export function toWeights(params: TinyGptParams): TinyGptWeights {
  return {
    tokenEmbedding: denseToMatrix(params.tokenEmbedding),
    positionEmbedding: denseToMatrix(params.positionEmbedding),
    layers: params.layers.map((l) => ({
      ln1: { gamma: row(l.ln1Gamma), beta: row(l.ln1Beta) },
      ln2: { gamma: row(l.ln2Gamma), beta: row(l.ln2Beta) },
      W_Q: denseToMatrix(l.W_Q),
      W_K: denseToMatrix(l.W_K),
      W_V: denseToMatrix(l.W_V),
      W_O: denseToMatrix(l.W_O),
      b_Q: row(l.b_Q),
      b_K: row(l.b_K),
      b_V: row(l.b_V),
      b_O: row(l.b_O),
      W_1: denseToMatrix(l.W_1),
      b_1: row(l.b_1),
      W_2: denseToMatrix(l.W_2),
      b_2: row(l.b_2),
    })),
    lnFinal: { gamma: row(params.lnFinalGamma), beta: row(params.lnFinalBeta) },
    W_out: denseToMatrix(params.W_out),
    b_out: row(params.b_out),
  };
}

/** Plain arrays → parameters; shapes are checked against the config. */
export function fromWeights(config: TinyGptConfig, weights: TinyGptWeights): TinyGptParams {
  const { vocabularySize: V, contextLength: T, dModel: d, dFF } = config;
  const mat = (m: number[][], rows: number, cols: number, name: string): Dense => {
    const a = denseFromMatrix(m);
    if (a.rows !== rows || a.cols !== cols) throw new Error(`fromWeights: expected ${name} ${rows}x${cols}, got ${a.rows}x${a.cols}`);
    return a;
  };
  const vec = (v: number[], n: number, name: string): Dense => {
    if (v.length !== n) throw new Error(`fromWeights: expected ${name} of length ${n}, got ${v.length}`);
    return denseFromVector(v);
  };
  if (weights.layers.length !== config.nLayers) throw new Error(`fromWeights: expected ${config.nLayers} layers, got ${weights.layers.length}`);
  return {
    config,
    tokenEmbedding: mat(weights.tokenEmbedding, V, d, 'tokenEmbedding'),
    positionEmbedding: mat(weights.positionEmbedding, T, d, 'positionEmbedding'),
    layers: weights.layers.map((l, i) => ({
      ln1Gamma: vec(l.ln1.gamma, d, `layers[${i}].ln1.gamma`),
      ln1Beta: vec(l.ln1.beta, d, `layers[${i}].ln1.beta`),
      W_Q: mat(l.W_Q, d, d, `layers[${i}].W_Q`),
      b_Q: vec(l.b_Q, d, `layers[${i}].b_Q`),
      W_K: mat(l.W_K, d, d, `layers[${i}].W_K`),
      b_K: vec(l.b_K, d, `layers[${i}].b_K`),
      W_V: mat(l.W_V, d, d, `layers[${i}].W_V`),
      b_V: vec(l.b_V, d, `layers[${i}].b_V`),
      W_O: mat(l.W_O, d, d, `layers[${i}].W_O`),
      b_O: vec(l.b_O, d, `layers[${i}].b_O`),
      ln2Gamma: vec(l.ln2.gamma, d, `layers[${i}].ln2.gamma`),
      ln2Beta: vec(l.ln2.beta, d, `layers[${i}].ln2.beta`),
      W_1: mat(l.W_1, d, dFF, `layers[${i}].W_1`),
      b_1: vec(l.b_1, dFF, `layers[${i}].b_1`),
      W_2: mat(l.W_2, dFF, d, `layers[${i}].W_2`),
      b_2: vec(l.b_2, d, `layers[${i}].b_2`),
    })),
    lnFinalGamma: vec(weights.lnFinal.gamma, d, 'lnFinal.gamma'),
    lnFinalBeta: vec(weights.lnFinal.beta, d, 'lnFinal.beta'),
    W_out: mat(weights.W_out, d, V, 'W_out'),
    b_out: vec(weights.b_out, V, 'b_out'),
  };
}


/**
 * The same model with one attention head switched off (zero ablation): the rows of W_O that the
 * head's output columns multiply are set to 0, so the head adds nothing to the residual stream and
 * every other number stays as trained. Layer and head count from 0.
 */
export function ablateHead(params: TinyGptParams, layer: number, head: number): TinyGptParams {
  const { nLayers, nHeads, dModel } = params.config;
  if (!Number.isInteger(layer) || layer < 0 || layer >= nLayers) throw new Error(`ablateHead: layer ${layer} outside 0…${nLayers - 1}`);
  if (!Number.isInteger(head) || head < 0 || head >= nHeads) throw new Error(`ablateHead: head ${head} outside 0…${nHeads - 1}`);
  const width = dModel / nHeads;
  const layers = params.layers.map((block, l) => {
    if (l !== layer) return block;
    const data = block.W_O.data.slice();
    data.fill(0, head * width * dModel, (head + 1) * width * dModel);
    return { ...block, W_O: dense(block.W_O.rows, block.W_O.cols, data) };
  });
  return { ...params, layers };
}
