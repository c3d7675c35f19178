/**
 * Section 3, Mathematische Grundlagen (slides/MathFoundationsSlide.tsx, slides/LearningRateSlide.tsx):
 * gradient descent, chain rule, matrix product, and gradient descent on the bowl L(w) = a (w − w*)².
 * The functions take numbers already computed by src/model or src/math and only typeset them.
 */
import { texNumber } from '../format';
import { texFactor } from './primitives';

export const GRADIENT_DESCENT = String.raw`W_{\text{neu}} = W_{\text{alt}} - \eta \cdot \nabla L`;
export const CHAIN_RULE = String.raw`\frac{\partial L}{\partial w} = \frac{\partial L}{\partial u} \cdot \frac{\partial u}{\partial w}`;
export const MATRIX_PRODUCT = String.raw`(x W)_j = \sum\nolimits_i x_i \, W_{ij}`;

export const QUADRATIC_LOSS = String.raw`L(w) = c \, (w - w^{*})^2`;
export const QUADRATIC_STEP = String.raw`w_{t+1} = w_t - \eta \cdot 2c \, (w_t - w^{*})`;
export const QUADRATIC_ERROR_FACTOR = String.raw`w_{t+1} - w^{*} = (1 - 2c\eta) \, (w_t - w^{*})`;

/** w_1 = w_0 − η · 2c (w_0 − w*) with the numbers put in (first step on the bowl). */
export function quadraticStepNumbers(w0: number, learningRate: number, a: number, wStar: number): string {
  return String.raw`w_1 = ${texNumber(w0)} - ${texNumber(learningRate)} \cdot 2 \cdot ${texNumber(a, 0)} \cdot (${texNumber(w0)} - ${texFactor(wStar)})`;
}

/** 1 − 2cη = factor, and whether its magnitude is below 1. */
export function errorFactorNumbers(a: number, learningRate: number, factor: number): string {
  const relation = Math.abs(factor) < 1 ? '<' : Math.abs(factor) > 1 ? '>' : '=';
  return String.raw`1 - 2 \cdot ${texNumber(a, 0)} \cdot ${texNumber(learningRate)} = ${texNumber(factor)}, \quad |${texNumber(factor)}| ${relation} 1`;
}

/** The row-vector convention (src/tex/notation.ts) as a formula: a 1 × d vector times a d × d_aus matrix. */
export const ROW_VECTOR_PRODUCT = String.raw`x\,W:\quad (1 \times d) \cdot (d \times d_{\text{aus}}) = 1 \times d_{\text{aus}}`;
