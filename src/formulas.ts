/**
 * Every TeX string of the deck, as named constants (String.raw keeps backslashes readable).
 * Formulas with the actual numbers put in are functions of already formatted TeX numbers,
 * so the numbers themselves still come from src/model.
 */
import { texNumber } from './format';

// Section 3: gradient descent, chain rule.
export const GRADIENT_DESCENT = String.raw`W_{\text{neu}} = W_{\text{alt}} - \eta \cdot \nabla L`;
export const CHAIN_RULE = String.raw`\frac{\partial L}{\partial W} = \frac{\partial L}{\partial z} \cdot \frac{\partial z}{\partial h} \cdot \frac{\partial h}{\partial W}`;
export const MATRIX_PRODUCT = String.raw`(AB)_{ij} = \sum_k A_{ik} B_{kj}`;

// Section 4: self-attention on the worked example (row vectors).
export const EMBEDDINGS = String.raw`e_{\text{Paris}}, \dots, e_{\text{von}} \in \mathbb{R}^4`;
export const QKV_WEIGHTS = String.raw`W_Q, W_K, W_V`;
export const QKV_PROJECTION = String.raw`q_i = e_i W_Q, \quad k_j = e_j W_K, \quad v_j = e_j W_V`;
export const ATTENTION_SCORE = String.raw`s_j = \frac{q_{\text{von}} \cdot k_j}{\sqrt{d_k}}`;
export const ATTENTION_WEIGHTS = String.raw`a_j = \frac{e^{s_j}}{\sum_m e^{s_m}}`;
export const CONTEXT_VECTOR = String.raw`h_{\text{von}} = \sum_j a_j \, v_j`;
export const SCALED_DOT_PRODUCT_ATTENTION = String.raw`\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}}\right) V`;

// Sections 5 and 6: prediction, loss and its gradient.
export const CONTEXT_H = 'h';
export const W_OUT = String.raw`W_{\text{out}}`;
export const DECODER_PROJECTION = String.raw`z = W_{\text{out}} \, h + b`;
export const SOFTMAX = String.raw`p_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`;
export const ARGMAX = String.raw`\hat{y} = \arg\max_i \; p_i`;
export const CROSS_ENTROPY = String.raw`L = -\sum_i y_i \ln p_i = -\ln p_{\text{Frankreich}}`;
export const TRAINED_WEIGHTS = String.raw`W_Q, W_K, W_V, W_{\text{out}}`;
export const GRAD_LOGITS = String.raw`\frac{\partial L}{\partial z} = p - y`;

// Section 7: the decoder block.
export const RESIDUAL_LAYER_NORM = String.raw`x' = \operatorname{LayerNorm}\big(x + \operatorname{Attention}(x)\big)`;
export const GELU = String.raw`\operatorname{GeLU}(x) = x \cdot \Phi(x)`;

// ---------------------------------------------------------------------------------------------
// Section 4, worked step by step (slides/SelfAttention*.tsx, slides/WhatIfSlide.tsx).
// The functions take numbers already computed by src/model and only typeset them.
// ---------------------------------------------------------------------------------------------
export const FOCUS_QUERY = String.raw`q_{\text{von}} = e_{\text{von}} \, W_Q`;
export const KEYS_VALUES = String.raw`K = E \, W_K, \qquad V = E \, W_V`;
export const CAUSAL_MASK = String.raw`M_{ij} = -\infty \ \text{für}\ j > i`;
export const MASKED_ATTENTION = String.raw`\operatorname{softmax}\!\left(\frac{Q K^{\top}}{\sqrt{d_k}} + M\right) V`;

/** Characters that need a command in TeX text mode (a plain backslash before them is an accent). */
const TEX_TEXT_ESCAPES: Record<string, string> = {
  '\\': String.raw`\textbackslash{}`,
  '^': String.raw`\textasciicircum{}`,
  '~': String.raw`\textasciitilde{}`,
};

/** \text{…} with TeX's special characters escaped, for token names in subscripts. */
export function texText(text: string): string {
  const escaped = text.replace(/[\\{}$&#^_%~]/g, (c) => TEX_TEXT_ESCAPES[c] ?? `\\${c}`);
  return String.raw`\text{${escaped}}`;
}

/** A number in a sum or product: negative numbers in parentheses, "(-0{,}56)". */
function texFactor(value: number, digits: number): string {
  const tex = texNumber(value, digits);
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/** A row vector as a 1×n pmatrix (no commas between entries: the decimal comma would be ambiguous). */
export function texRowVector(values: readonly number[], digits = 2): string {
  return String.raw`\begin{pmatrix} ${values.map((x) => texNumber(x, digits)).join(' & ')} \end{pmatrix}`;
}

/** A matrix as a pmatrix, one TeX row per row. */
export function texMatrix(rows: readonly (readonly number[])[], digits = 2): string {
  const body = rows.map((row) => row.map((x) => texNumber(x, digits)).join(' & ')).join(String.raw` \\ `);
  return String.raw`\begin{pmatrix} ${body} \end{pmatrix}`;
}

/** q_von = (e_von) (W_Q) with the numbers. */
export function focusQueryNumbers(focus: string, embedding: readonly number[], W_Q: readonly (readonly number[])[]): string {
  return String.raw`q_{${texText(focus)}} = ${texRowVector(embedding)} \, ${texMatrix(W_Q)}`;
}

/** name_{token} = (v) for a result vector, e.g. q_von or h_von. */
export function namedRowVector(name: string, token: string, values: readonly number[], digits = 2): string {
  return String.raw`${name}_{${texText(token)}} = ${texRowVector(values, digits)}`;
}

/** s_token = (q_1·k_1 + … + q_4·k_4) / √d_k with the numbers. */
export function scoreNumbers(token: string, q: readonly number[], k: readonly number[], dK: number): string {
  const products = q.map((qi, i) => String.raw`${texFactor(qi, 2)} \cdot ${texFactor(k[i], 2)}`).join(' + ');
  return String.raw`s_{${texText(token)}} = \frac{${products}}{\sqrt{${dK}}}`;
}

/** s_token = raw / √d_k = scaled. */
export function scoreResult(token: string, raw: number, sqrtDK: number, scaled: number): string {
  return String.raw`s_{${texText(token)}} = \frac{${texNumber(raw)}}{${texNumber(sqrtDK, 0)}} = ${texNumber(scaled)}`;
}

/** a_token = e^{s_token} / Σ_m e^{s_m} with the scaled scores put in. */
export function softmaxNumbers(token: string, score: number, scores: readonly number[]): string {
  const terms = scores.map((s) => `e^{${texNumber(s)}}`).join(' + ');
  return String.raw`a_{${texText(token)}} = \frac{e^{${texNumber(score)}}}{${terms}}`;
}

/** a_token = e^{s} / Σ e^{s_m} = weight, with the exponentials evaluated. */
export function softmaxResult(token: string, exp: number, expSum: number, weight: number): string {
  return String.raw`a_{${texText(token)}} = \frac{${texNumber(exp)}}{${texNumber(expSum)}} = ${texNumber(weight)}`;
}

/** h_focus = a_1 v_1 + … + a_n v_n with the weights put in and the value vectors named. */
export function contextVectorNumbers(focus: string, tokens: readonly string[], weights: readonly number[]): string {
  const terms = tokens.map((t, j) => String.raw`${texNumber(weights[j])} \, v_{${texText(t)}}`).join(' + ');
  return String.raw`h_{${texText(focus)}} = ${terms}`;
}

// ---------------------------------------------------------------------------------------------
// Sections 3, 5 and 6 computed live (slides/DecoderPredictionSlide.tsx, SoftmaxSlide.tsx,
// CrossEntropySlide.tsx, GradientDescentSlide.tsx, LearningRateSlide.tsx).
// The functions take numbers already computed by src/model or src/math and only typeset them.
// ---------------------------------------------------------------------------------------------
export const SOFTMAX_TEMPERATURE = String.raw`p_i = \frac{e^{z_i/T}}{\sum_j e^{z_j/T}}`;
export const LOGIT_ROW = String.raw`z_i = W_{\text{out}}[i] \cdot h + b_i`;
export const NEGATIVE_LOG = String.raw`L(p) = -\ln p`;
export const ONE_WEIGHT_GRADIENT = String.raw`\frac{\partial L}{\partial w} = (p_{\text{Frankreich}} - y_{\text{Frankreich}}) \cdot h_1`;
export const ONE_WEIGHT_UPDATE = String.raw`w_{\text{neu}} = w_{\text{alt}} - \eta \cdot \frac{\partial L}{\partial w}`;
export const QUADRATIC_LOSS = String.raw`L(w) = a \, (w - w^{*})^2`;
export const QUADRATIC_STEP = String.raw`w_{k+1} = w_k - \eta \cdot 2a \, (w_k - w^{*})`;
export const QUADRATIC_ERROR_FACTOR = String.raw`w_{k+1} - w^{*} = (1 - 2a\eta) \, (w_k - w^{*})`;

/** A number as a factor: negative numbers in parentheses, "(-0{,}56)". */
function texTerm(value: number, digits = 2): string {
  const tex = texNumber(value, digits);
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/** A column vector as an n×1 pmatrix. */
export function texColumn(values: readonly number[], digits = 2): string {
  return String.raw`\begin{pmatrix} ${values.map((x) => texNumber(x, digits)).join(String.raw` \\ `)} \end{pmatrix}`;
}

/** z = (W_out)(h) + (b) with the numbers put in. */
export function decoderProjectionNumbers(W_out: readonly (readonly number[])[], h: readonly number[], b: readonly number[]): string {
  return String.raw`z = ${texMatrix(W_out)} ${texColumn(h)} + ${texColumn(b)}`;
}

/** name = (v) as a column, e.g. the logits z = (0,63; 0,20; 0,15). */
export function namedColumn(name: string, values: readonly number[], digits = 2): string {
  return String.raw`${name} = ${texColumn(values, digits)}`;
}

/** p_word = e^{z/T} / Σ e^{z_j/T} with the logits and T put in. */
export function softmaxTemperatureNumbers(word: string, logit: number, logits: readonly number[], temperature: number): string {
  const t = texNumber(temperature);
  const terms = logits.map((z) => `e^{${texNumber(z)}/${t}}`).join(' + ');
  return String.raw`p_{${texText(word)}} = \frac{e^{${texNumber(logit)}/${t}}}{${terms}}`;
}

/** p_word = value. */
export function probabilityResult(word: string, p: number): string {
  return String.raw`p_{${texText(word)}} = ${texNumber(p)}`;
}

/** ŷ = argmax (p_1, …, p_n) = word, with the probabilities put in. */
export function argmaxNumbers(probabilities: readonly number[], word: string): string {
  return String.raw`\hat{y} = \arg\max \, ${texRowVector(probabilities)} = ${texText(word)}`;
}

/** z_word = w_1·h_1 + … + w_4·h_4 + b with the numbers put in, and its value. */
export function logitRowNumbers(word: string, row: readonly number[], h: readonly number[], bias: number, logit: number): string {
  const products = row.map((w, j) => String.raw`${texTerm(w)} \cdot ${texTerm(h[j])}`).join(' + ');
  return String.raw`z_{${texText(word)}} = ${products} + ${texTerm(bias)} = ${texNumber(logit)}`;
}

/** L = −ln p with p put in. */
export function crossEntropyNumbers(p: number): string {
  return String.raw`L = -\ln ${texNumber(p)}`;
}

/** L = value (or any other named scalar). */
export function scalarResult(name: string, value: number, digits = 2): string {
  return String.raw`${name} = ${texNumber(value, digits)}`;
}

/** ∂L/∂z = (p) − (y) with the vectors put in (as rows, to save height). */
export function gradLogitsNumbers(p: readonly number[], y: readonly number[]): string {
  return String.raw`\frac{\partial L}{\partial z} = ${texRowVector(p)} - ${texRowVector(y, 0)}`;
}

/** ∂L/∂z = (g) as a row. */
export function gradLogitsResult(g: readonly number[]): string {
  return String.raw`\frac{\partial L}{\partial z} = ${texRowVector(g)}`;
}

/** ∂L/∂w = (p − y) · h_j with the numbers put in, and its value. */
export function oneWeightGradientNumbers(p: number, y: number, hj: number, grad: number): string {
  return String.raw`\frac{\partial L}{\partial w} = (${texNumber(p)} - ${texNumber(y, 0)}) \cdot ${texTerm(hj)} = ${texNumber(grad)}`;
}

/** w_neu = w_alt − η · ∂L/∂w with the numbers put in. */
export function oneWeightUpdateNumbers(oldValue: number, learningRate: number, grad: number): string {
  return String.raw`w_{\text{neu}} = ${texNumber(oldValue)} - ${texNumber(learningRate)} \cdot ${texTerm(grad)}`;
}

/** w_1 = w_0 − η · 2a (w_0 − w*) with the numbers put in (first step on the bowl). */
export function quadraticStepNumbers(w0: number, learningRate: number, a: number, wStar: number): string {
  return String.raw`w_1 = ${texNumber(w0)} - ${texNumber(learningRate)} \cdot 2 \cdot ${texNumber(a, 0)} \cdot (${texNumber(w0)} - ${texTerm(wStar)})`;
}

/** 1 − 2aη = factor, and whether its magnitude is below 1. */
export function errorFactorNumbers(a: number, learningRate: number, factor: number): string {
  const relation = Math.abs(factor) < 1 ? '<' : Math.abs(factor) > 1 ? '>' : '=';
  return String.raw`1 - 2 \cdot ${texNumber(a, 0)} \cdot ${texNumber(learningRate)} = ${texNumber(factor)}, \quad |${texNumber(factor)}| ${relation} 1`;
}

// ---------------------------------------------------------------------------------------------
// Section 7: architectures (slides/Architecture*.tsx). Decoder block, GeLU, multi-head attention
// and the parameter count. The functions take numbers computed by src/model and only typeset them.
// ---------------------------------------------------------------------------------------------
export const RELU = String.raw`\operatorname{ReLU}(x) = \max(0;\, x)`;
export const FEED_FORWARD = String.raw`\operatorname{MLP}(x) = \operatorname{GeLU}(x W_1 + b_1)\, W_2 + b_2`;
export const FEED_FORWARD_SHAPES = String.raw`W_1 \in \mathbb{R}^{d \times 4d}, \quad W_2 \in \mathbb{R}^{4d \times d}`;
export const ATTENTION_HEAD = String.raw`\text{head}_i = \operatorname{Attention}(E W_Q^{i},\, E W_K^{i},\, E W_V^{i})`;
export const MULTI_HEAD = String.raw`\operatorname{MultiHead}(E) = \operatorname{Concat}(\text{head}_1, \text{head}_2, \text{head}_3)\, W_O`;
export const PARAMS_BLOCK = String.raw`P_{\text{Block}} = \underbrace{4d^2 + 4d}_{\text{Attention}} + \underbrace{2 \cdot d \cdot 4d + 4d + d}_{\text{MLP}} + \underbrace{2 \cdot 2d}_{\text{LayerNorm}} = 12d^2 + 13d`;
export const PARAMS_MODEL = String.raw`P = L \cdot P_{\text{Block}} + V \cdot d + n_{\text{ctx}} \cdot d + 2d`;

/** A whole number with German thousands points for KaTeX: 124439808 -> "124{.}439{.}808". */
export function texCount(value: number): string {
  if (!Number.isFinite(value)) return String.raw`\text{—}`;
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '{.}');
}

/** x · Φ(x) with x and Φ(x) put in (the line under GeLU(x) = x · Φ(x)). */
export function geluNumbers(x: number, phi: number): string {
  return String.raw`${texTerm(x, 1)} \cdot \Phi(${texNumber(x, 1)}) = ${texTerm(x, 1)} \cdot ${texNumber(phi)}`;
}

/** GeLU(x) = value. */
export function geluResult(x: number, gelu: number): string {
  return String.raw`\operatorname{GeLU}(${texNumber(x, 1)}) = ${texNumber(gelu)}`;
}

/** ReLU(x) = max(0; x) = value (a semicolon, since the decimal comma would be ambiguous). */
export function reluNumbers(x: number, relu: number): string {
  return String.raw`\operatorname{ReLU}(${texNumber(x, 1)}) = \max(0;\, ${texNumber(x, 1)}) = ${texNumber(relu)}`;
}

/** Concat(h_1, …, h_H) · W_O with the head outputs put in, as one row with a rule between heads. */
export function multiHeadNumbers(headOutputs: readonly (readonly number[])[]): string {
  const columns = headOutputs.map((h) => 'c'.repeat(h.length)).join('|');
  const entries = headOutputs.map((h) => h.map((x) => texNumber(x)).join(' & ')).join(' & ');
  return String.raw`\left(\begin{array}{${columns}} ${entries} \end{array}\right) W_O`;
}

/** o_token = (values) with the shape of the product. */
export function multiHeadResult(token: string, output: readonly number[], concatWidth: number): string {
  return String.raw`o_{${texText(token)}} = ${texRowVector(output)} \quad (1 \times ${concatWidth} \cdot ${concatWidth} \times ${output.length})`;
}

/** Name of the one-head check vector: o^(1 Kopf). */
export const SINGLE_HEAD_OUTPUT = String.raw`o^{(1\ \text{Kopf})}`;

/** name^T = (matrix), e.g. W_O transposed so that 12×4 fits as 4 rows. */
export function transposedMatrix(name: string, transposed: readonly (readonly number[])[], digits = 1): string {
  return String.raw`${name}^{\top} = ${texMatrix(transposed, digits)}`;
}

/** P_Block = 12 · d² + 13 · d with d put in. */
export function blockParamsNumbers(d: number): string {
  return String.raw`P_{\text{Block}} = 12 \cdot ${texCount(d)}^2 + 13 \cdot ${texCount(d)}`;
}

/** P_Block = value. */
export function blockParamsResult(block: number): string {
  return String.raw`P_{\text{Block}} = ${texCount(block)}`;
}

/** P = L · P_Block + V·d + n_ctx·d + 2d with all sizes (and the block count from src/model) put in. */
export function modelParamsNumbers(layers: number, block: number, d: number, vocab: number, context: number): string {
  const D = texCount(d);
  return String.raw`P = ${texCount(layers)} \cdot ${texCount(block)} + ${texCount(vocab)} \cdot ${D} + ${texCount(context)} \cdot ${D} + 2 \cdot ${D}`;
}

/** P = total ≈ words (e.g. "124,4 Mio."). */
export function modelParamsResult(total: number, words: string): string {
  return String.raw`P = ${texCount(total)} \approx \text{${words.replace(/\u00a0/g, '~')}}`;
}

/** All constant formulas, for the test that parses each with KaTeX. */
export const ALL_FORMULAS: Record<string, string> = {
  GRADIENT_DESCENT,
  CHAIN_RULE,
  MATRIX_PRODUCT,
  EMBEDDINGS,
  QKV_WEIGHTS,
  QKV_PROJECTION,
  ATTENTION_SCORE,
  ATTENTION_WEIGHTS,
  CONTEXT_VECTOR,
  SCALED_DOT_PRODUCT_ATTENTION,
  CONTEXT_H,
  W_OUT,
  DECODER_PROJECTION,
  SOFTMAX,
  ARGMAX,
  CROSS_ENTROPY,
  TRAINED_WEIGHTS,
  GRAD_LOGITS,
  RESIDUAL_LAYER_NORM,
  GELU,
  // Section 4, step by step.
  FOCUS_QUERY,
  KEYS_VALUES,
  CAUSAL_MASK,
  MASKED_ATTENTION,
  // Sections 3, 5 and 6 computed live.
  SOFTMAX_TEMPERATURE,
  LOGIT_ROW,
  NEGATIVE_LOG,
  ONE_WEIGHT_GRADIENT,
  ONE_WEIGHT_UPDATE,
  QUADRATIC_LOSS,
  QUADRATIC_STEP,
  QUADRATIC_ERROR_FACTOR,
  // Section 7: architectures.
  RELU,
  FEED_FORWARD,
  FEED_FORWARD_SHAPES,
  ATTENTION_HEAD,
  MULTI_HEAD,
  PARAMS_BLOCK,
  PARAMS_MODEL,
  SINGLE_HEAD_OUTPUT,
};

// ---------------------------------------------------------------------------------------------
// Sections 8 and 9: Titans, rotary position encoding, cost of long contexts
// (slides/Titans*.tsx, slides/RotarySlide.tsx, slides/ContextCostSlide.tsx).
// Titans: Behrouz, Zhong, Mirrokni, arXiv 2501.00663. Linear memory M(k) = M k, column vectors.
// The functions take numbers already computed by src/model or src/math and only typeset them.
// Declared after ALL_FORMULAS, so they join it through Object.assign at the end of this block.
// ---------------------------------------------------------------------------------------------
export const TITANS_LOSS = String.raw`\ell(\mathcal{M}_{t-1}; x_t) = \big\lVert \mathcal{M}_{t-1}(k_t) - v_t \big\rVert_2^2`;
export const TITANS_SURPRISE = String.raw`S_t = \eta_t \, S_{t-1} - \theta_t \, \nabla \ell(\mathcal{M}_{t-1}; x_t)`;
export const TITANS_MEMORY_UPDATE = String.raw`\mathcal{M}_t = (1 - \alpha_t)\, \mathcal{M}_{t-1} + S_t`;
export const TITANS_READ = String.raw`y_t = \mathcal{M}^{*}(q_t)`;
export const TITANS_KEYS_VALUES = String.raw`k_t = x_t W_K, \quad v_t = x_t W_V, \quad q_t = x_t W_Q`;
export const TITANS_LINEAR_GRADIENT = String.raw`\mathcal{M}(k) = M k \;\Rightarrow\; \nabla_M \ell = 2\,(M k_t - v_t)\, k_t^{\top}`;
export const TITANS_RECALL = String.raw`\text{Abruf-Fehler} = \big\lVert M_T \, k_1 - v_1 \big\rVert`;
export const ROPE_ROTATION = String.raw`\begin{pmatrix} x' \\ y' \end{pmatrix} = \begin{pmatrix} \cos m\theta & -\sin m\theta \\ \sin m\theta & \cos m\theta \end{pmatrix} \begin{pmatrix} x \\ y \end{pmatrix}`;
export const ROPE_RELATIVE = String.raw`(R_{m} q) \cdot (R_{n} k) = q^{\top} R_{n-m} \, k`;
export const ATTENTION_COST = String.raw`\begin{aligned} \text{Scores} &= n^2 \\ \text{Speicher} &= 2\,\text{Byte} \cdot n^2 \end{aligned}`;

/** A column vector as an n×1 pmatrix. */
export function texColumnVector(values: readonly number[], digits = 2): string {
  return String.raw`\begin{pmatrix} ${values.map((x) => texNumber(x, digits)).join(String.raw` \\ `)} \end{pmatrix}`;
}

/** ‖M_T k_1 − v_1‖ with the answer M_T k_1 and the value v_1 put in, as column vectors. */
export function titansRecallNumbers(answer: readonly number[], value: readonly number[]): string {
  return String.raw`\left\lVert ${texColumnVector(answer)} - ${texColumnVector(value)} \right\rVert`;
}

/** Abruf-Fehler = error. */
export function titansRecallResult(error: number): string {
  return String.raw`\text{Abruf-Fehler} = ${texNumber(error)}`;
}

/** The rotation with the angle and the pair put in. */
export function ropeRotationNumbers(position: number, theta: number, pair: readonly [number, number]): string {
  const angle = String.raw`${position} \cdot ${texNumber(theta)}`;
  return String.raw`\begin{pmatrix} x' \\ y' \end{pmatrix} = \begin{pmatrix} \cos(${angle}) & -\sin(${angle}) \\ \sin(${angle}) & \cos(${angle}) \end{pmatrix} ${texColumnVector(pair)}`;
}

/** (x', y') = result, and the angle in degrees. */
export function ropeRotationResult(rotated: readonly [number, number], degrees: number): string {
  return String.raw`\begin{pmatrix} x' \\ y' \end{pmatrix} = ${texColumnVector(rotated)}, \quad m\theta = ${texNumber(degrees, 1)}^{\circ}`;
}

/** German thousands separators inside TeX: 16777216 -> "16.777.216". */
function texInteger(value: number): string {
  if (!Number.isFinite(value)) return String.raw`\text{—}`;
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** n² and 2 · n² bytes with n put in. */
export function attentionCostNumbers(n: number): string {
  return String.raw`\begin{aligned} \text{Scores} &= ${texInteger(n)}^2 \\ \text{Speicher} &= 2\,\text{Byte} \cdot ${texInteger(n)}^2 \end{aligned}`;
}

/** The number of scores and the memory in GB. */
export function attentionCostResult(scores: number, gigabytes: number, digits: number): string {
  return String.raw`\begin{aligned} \text{Scores} &= ${texInteger(scores)} \\ \text{Speicher} &\approx ${texNumber(gigabytes, digits)}\,\text{GB} \end{aligned}`;
}

Object.assign(ALL_FORMULAS, {
  TITANS_LOSS,
  TITANS_SURPRISE,
  TITANS_MEMORY_UPDATE,
  TITANS_READ,
  TITANS_KEYS_VALUES,
  TITANS_LINEAR_GRADIENT,
  TITANS_RECALL,
  ROPE_ROTATION,
  ROPE_RELATIVE,
  ATTENTION_COST,
});

// Section 8, continued: state-space models in one line, and RoPE scores with numbers.
export const SSM_RECURRENCE = String.raw`h_t = A\,h_{t-1} + B\,x_t, \quad y_t = C\,h_t`;

/** q_m · k_n = value, with the positions put in. */
export function ropeScoreNumbers(m: number, n: number, value: number): string {
  return String.raw`(R_{${m}} q) \cdot (R_{${n}} k) = ${texNumber(value, 3)}`;
}

Object.assign(ALL_FORMULAS, { SSM_RECURRENCE });
