/**
 * Every TeX string of the deck, as named constants (String.raw keeps backslashes readable).
 * Formulas with the actual numbers put in are functions of already formatted TeX numbers,
 * so the numbers themselves still come from src/model.
 */

// Section 3: gradient descent, chain rule.
export const GRADIENT_DESCENT = String.raw`W_{\text{neu}} = W_{\text{alt}} - \eta \cdot \nabla L`;
export const CHAIN_RULE = String.raw`\frac{\partial L}{\partial W} = \frac{\partial L}{\partial z} \cdot \frac{\partial z}{\partial h} \cdot \frac{\partial h}{\partial W}`;
export const MATRIX_PRODUCT = String.raw`(AB)_{ij} = \sum_k A_{ik} B_{kj}`;

// Section 4: self-attention on the worked example (row vectors).
export const EMBEDDINGS = String.raw`e_{\text{Paris}}, \dots, e_{\text{von}} \in \mathbb{R}^4`;
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

/** All constant formulas, for the test that parses each with KaTeX. */
export const ALL_FORMULAS: Record<string, string> = {
  GRADIENT_DESCENT,
  CHAIN_RULE,
  MATRIX_PRODUCT,
  EMBEDDINGS,
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
};
