/**
 * Section 3, Mathematische Grundlagen (slides/MathFoundationsSlide.tsx, slides/LearningRateSlide.tsx):
 * gradient descent, chain rule, matrix product, and gradient descent on the bowl L(w) = a (w − w*)².
 * The functions take numbers already computed by src/model or src/math and only typeset them.
 */
import { texNumber } from '../format';
import { texFactor, texText } from './primitives';

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

/** (e_token W)_j = x_1 W_1j + … + x_4 W_4j = result: the matrix product's one entry, term by term. */
export function matrixProductNumbers(
  token: string,
  matrix: string,
  x: readonly number[],
  column: readonly number[],
  j: number,
  result: number,
): string {
  const digits = (value: number) => (Number.isInteger(value) ? 0 : 1);
  const terms = x.map((value, i) => String.raw`${texFactor(value, digits(value))} \cdot ${texFactor(column[i], digits(column[i]))}`).join(' + ');
  return String.raw`(e_{${texText(token)}} ${matrix})_{${j}} = ${terms} = ${texNumber(result, 1)}`;
}

/** ∂L/∂w = ∂L/∂u · ∂u/∂w = 2cu · 1 with the numbers at w₀ put in, and the result. */
export function chainRuleNumbers(c: number, u: number, dudw: number, dLdw: number): string {
  return String.raw`\frac{\partial L}{\partial w} = \frac{\partial L}{\partial u} \cdot \frac{\partial u}{\partial w} = 2 c u \cdot ${texNumber(dudw, 0)} = 2 \cdot ${texFactor(c, 0)} \cdot ${texFactor(u, 0)} \cdot ${texFactor(dudw, 0)} = ${texNumber(dLdw, 0)}`;
}

/** The chain rule's example: L = c u² with u = w − w* (the learning-rate slide's bowl), at w₀. */
export function chainRuleExample(w0: number, wStar: number, c: number): string {
  return String.raw`L = c \, u^2, \; u = w - w^{*} \quad \text{bei } w_0 = ${texNumber(w0, 0)}, \; w^{*} = ${texNumber(wStar, 0)}, \; c = ${texNumber(c, 0)}`;
}

/** w_neu = w_alt − η · ∂L/∂w (the general rule's spelling for one weight) with the numbers put in and the result. */
export function gradientStepNumbers(w0: number, learningRate: number, gradient: number, w1: number): string {
  return String.raw`w_{\text{neu}} = w_{\text{alt}} - \eta \cdot \frac{\partial L}{\partial w} = ${texNumber(w0, 0)} - ${texNumber(learningRate, 1)} \cdot ${texFactor(gradient, 0)} = ${texNumber(w1, 1)}`;
}
