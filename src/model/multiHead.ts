/**
 * Multi-head self-attention on the worked example "Paris ist die Hauptstadt von …" (section 7).
 *
 * Every head h has its own projections W_Q^h, W_K^h, W_V^h (4×4 here) and runs the same causal
 * scaled dot-product attention as the single head of section 4; the head outputs of each token are
 * concatenated and projected back to d_model by W_O:
 *   head_h = softmax(E W_Q^h (E W_K^h)ᵀ / √d_k + M) E W_V^h,
 *   MultiHead(E) = Concat(head_1, …, head_H) W_O.
 * Teaching simplification: each toy head keeps the full width d_k = 4 so that head 1 is exactly
 * the lecture's head; real models split d_model instead (d_k = d_model / H, GPT-3: 12288 / 96 = 128),
 * and then Concat has width d_model again and W_O is d_model×d_model.
 */
import {
  MathInputError,
  assertMatrix,
  assertShape,
  formatShape,
  matmul,
  scaledDotProductAttention,
  shapeOf,
  vecMat,
  type Matrix,
  type Vector,
} from '../math';
import { CONTEXT_TOKENS, DEFAULT_PARAMS, FOCUS_INDEX } from './workedExample';

/** The projections of one attention head (row-vector convention: q = e W_Q). */
export interface HeadParams {
  /** Short German name for the slide, e.g. „Hauptstadt?“. */
  readonly name: string;
  readonly W_Q: Matrix;
  readonly W_K: Matrix;
  readonly W_V: Matrix;
}

/** All heads and the output projection W_O ((H·d_v)×d_model). */
export interface MultiHeadParams {
  readonly heads: readonly HeadParams[];
  readonly W_O: Matrix;
}

/** Every value of one head. */
export interface HeadTrace {
  readonly name: string;
  /** E W_Q^h, E W_K^h, E W_V^h (n×d_k, n×d_k, n×d_v). */
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
  /** The query of the focus token, q_von^h. */
  readonly q: Vector;
  /** Causal attention weights of every query (n×n, rows sum to 1). */
  readonly attentionMatrix: Matrix;
  /** The focus token's row of the attention weights (how much "von" looks at each token). */
  readonly weights: Vector;
  /** Index of the token the focus token looks at most (the first one on a tie). */
  readonly top: number;
  /** head_h = A V for every token (n×d_v). */
  readonly outputs: Matrix;
  /** The focus token's head output h_von^h. */
  readonly output: Vector;
}

/** The whole multi-head layer on the example. */
export interface MultiHeadTrace {
  readonly tokens: readonly string[];
  readonly focusIndex: number;
  readonly heads: readonly HeadTrace[];
  /** Concat(head_1, …, head_H) for every token (n×(H·d_v)). */
  readonly concatenated: Matrix;
  /** The focus token's concatenated row (length H·d_v). */
  readonly concat: Vector;
  readonly W_O: Matrix;
  /** Concat · W_O for every token (n×d_model). */
  readonly outputs: Matrix;
  /** The focus token's result (length d_model). */
  readonly output: Vector;
}

/** c·I, the n×n identity times c. */
function identity(n: number, c = 1): Matrix {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? c : 0)));
}

/** Stacks matrices on top of each other (all must have the same width). */
export function stackRows(blocks: readonly Matrix[]): Matrix {
  if (blocks.length === 0) throw new MathInputError('stackRows: expected at least one block');
  const width = shapeOf(blocks[0])[1];
  for (const block of blocks) {
    assertMatrix(block, 'stackRows', 'block');
    const [rows, cols] = shapeOf(block);
    if (cols !== width) {
      throw new MathInputError(`stackRows: expected blocks of width ${width}, got ${formatShape([rows, cols])}`);
    }
  }
  return blocks.flatMap((block) => block.map((row) => row.slice()));
}

/** Joins matrices side by side (all must have the same number of rows): Concat along the feature axis. */
export function concatColumns(blocks: readonly Matrix[]): Matrix {
  if (blocks.length === 0) throw new MathInputError('concatColumns: expected at least one block');
  const rows = shapeOf(blocks[0])[0];
  for (const block of blocks) {
    assertMatrix(block, 'concatColumns', 'block');
    const shape = shapeOf(block);
    if (shape[0] !== rows) {
      throw new MathInputError(`concatColumns: expected blocks with ${rows} rows, got ${formatShape(shape)}`);
    }
  }
  return Array.from({ length: rows }, (_, i) => blocks.flatMap((block) => block[i]));
}

/**
 * The three toy heads of the slide, hand-chosen so that each looks for something different
 * (the embedding features are 0 "Frankreich-Bezug", 1 "Deutschland-Bezug", 2 "Spanien-Bezug",
 * 3 "Funktionswort"):
 * - Kopf 1 is the lecture's own head (W_Q, W_K, W_V of DEFAULT_PARAMS): "von" asks for a word that
 *   names a country and looks most at "Paris".
 * - Kopf 2 turns the function-word feature of "von" into a question for function words: it looks
 *   at "ist" and "die" (and itself), the grammar of the sentence.
 * - Kopf 3 asks for the Germany feature and looks mostly at "Hauptstadt".
 * Without position vectors a toy head cannot look at "the previous token"; real models add
 * positions to the embeddings and do have such heads.
 * W_O = [I; ½ I; ½ I]: head 1 passes on in full, heads 2 and 3 at half weight (a learned W_O
 * mixes features freely; this one keeps the numbers readable).
 */
export const MULTI_HEAD_PARAMS: MultiHeadParams = {
  heads: [
    { name: 'Land?', W_Q: DEFAULT_PARAMS.W_Q, W_K: DEFAULT_PARAMS.W_K, W_V: DEFAULT_PARAMS.W_V },
    {
      name: 'Satzbau?',
      W_Q: [
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 2.0],
      ],
      W_K: [
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 2.0],
      ],
      W_V: [
        [0.5, 0.0, 0.0, 0.0],
        [0.0, 0.5, 0.0, 0.0],
        [0.0, 0.0, 0.5, 0.0],
        [0.0, 0.0, 0.0, 1.0],
      ],
    },
    {
      name: 'Deutschland?',
      W_Q: [
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 3.0, 0.0, 0.0],
      ],
      W_K: [
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 3.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
      ],
      W_V: [
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 1.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
        [0.0, 0.0, 0.0, 0.0],
      ],
    },
  ],
  W_O: stackRows([identity(4, 1), identity(4, 0.5), identity(4, 0.5)]),
};

/** One head with the lecture's matrices and W_O = I: the single head of section 4. */
export const SINGLE_HEAD_PARAMS: MultiHeadParams = {
  heads: [MULTI_HEAD_PARAMS.heads[0]],
  W_O: identity(4),
};

/**
 * Causal multi-head self-attention of the tokens `embeddings` (n×d_model), traced for the token at
 * `focusIndex`. Throws errors that print shapes when W_O does not fit Concat (n×(H·d_v)).
 */
export function traceMultiHead(
  params: MultiHeadParams = MULTI_HEAD_PARAMS,
  embeddings: Matrix = DEFAULT_PARAMS.embeddings,
  focusIndex: number = FOCUS_INDEX,
): MultiHeadTrace {
  const op = 'traceMultiHead';
  assertMatrix(embeddings, op, 'embeddings');
  const [n, d] = shapeOf(embeddings);
  if (!Number.isInteger(focusIndex) || focusIndex < 0 || focusIndex >= n) {
    throw new MathInputError(`${op}: focusIndex must be an integer in 0..${n - 1}, got ${String(focusIndex)}`);
  }
  if (params.heads.length === 0) throw new MathInputError(`${op}: expected at least one head`);
  const heads = params.heads.map((head): HeadTrace => {
    assertShape(head.W_Q, d, shapeOf(head.W_Q)[1], op, `${head.name} W_Q`);
    assertShape(head.W_K, d, shapeOf(head.W_Q)[1], op, `${head.name} W_K`);
    assertShape(head.W_V, d, shapeOf(head.W_V)[1], op, `${head.name} W_V`);
    const Q = matmul(embeddings, head.W_Q);
    const K = matmul(embeddings, head.W_K);
    const V = matmul(embeddings, head.W_V);
    const result = scaledDotProductAttention(Q, K, V, { causal: true });
    return {
      name: head.name,
      Q,
      K,
      V,
      q: Q[focusIndex],
      attentionMatrix: result.weights,
      weights: result.weights[focusIndex],
      top: result.weights[focusIndex].indexOf(Math.max(...result.weights[focusIndex])),
      outputs: result.output,
      output: result.output[focusIndex],
    };
  });
  const concatenated = concatColumns(heads.map((h) => h.outputs));
  const width = shapeOf(concatenated)[1];
  assertMatrix(params.W_O, op, 'W_O');
  const [oRows, oCols] = shapeOf(params.W_O);
  if (oRows !== width) {
    throw new MathInputError(
      `${op}: expected W_O to have ${width} rows (one per concatenated feature), got ${formatShape([oRows, oCols])}`,
    );
  }
  const outputs = matmul(concatenated, params.W_O);
  const concat = concatenated[focusIndex];
  return {
    tokens: n === CONTEXT_TOKENS.length ? CONTEXT_TOKENS : Array.from({ length: n }, (_, i) => `Token ${i + 1}`),
    focusIndex,
    heads,
    concatenated,
    concat,
    W_O: params.W_O,
    outputs,
    output: vecMat(concat, params.W_O),
  };
}
