/**
 * Layer normalisation of one token vector, with learnable gain γ and bias β, and its backward pass.
 */
import { MathInputError, assertFiniteNumber, assertVector, type Vector } from './types';

/** Output and intermediates of {@link layerNorm}. */
export interface LayerNormResult {
  /** y = γ ⊙ x̂ + β. */
  readonly output: Vector;
  /** x̂ = (x − μ) / √(σ² + ε). */
  readonly normalized: Vector;
  /** μ = (1/n) Σᵢ xᵢ. */
  readonly mean: number;
  /** σ² = (1/n) Σᵢ (xᵢ − μ)² (population variance, as in the Transformer). */
  readonly variance: number;
}

/** Gradients of a scalar loss through {@link layerNorm}. */
export interface LayerNormGradients {
  readonly dx: Vector;
  readonly dGamma: Vector;
  readonly dBeta: Vector;
}

function validate(x: Vector, gamma: Vector, beta: Vector, epsilon: number, op: string): void {
  assertVector(x, op, 'x');
  assertVector(gamma, op, 'gamma');
  assertVector(beta, op, 'beta');
  if (gamma.length !== x.length || beta.length !== x.length) {
    throw new MathInputError(
      `${op}: expected gamma and beta of length ${x.length} like x, got ${gamma.length} and ${beta.length}`,
    );
  }
  assertFiniteNumber(epsilon, op, 'epsilon');
  if (epsilon < 0) throw new MathInputError(`${op}: epsilon must be ≥ 0, got ${epsilon}`);
}

function stats(x: Vector): { mean: number; variance: number } {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let variance = 0;
  for (const v of x) variance += (v - mean) * (v - mean);
  variance /= n;
  return { mean, variance };
}

/**
 * LayerNorm(x) = γ ⊙ (x − μ) / √(σ² + ε) + β with μ and σ² the mean and population variance of x.
 * With ε = 0 a constant x has σ² = 0 and is rejected instead of producing NaN.
 */
export function layerNorm(x: Vector, gamma: Vector, beta: Vector, epsilon = 1e-5): LayerNormResult {
  validate(x, gamma, beta, epsilon, 'layerNorm');
  const { mean, variance } = stats(x);
  const denom = Math.sqrt(variance + epsilon);
  if (denom === 0) {
    throw new MathInputError('layerNorm: x has zero variance and epsilon is 0; use epsilon > 0');
  }
  const normalized = x.map((v) => (v - mean) / denom);
  const output = normalized.map((v, i) => gamma[i] * v + beta[i]);
  return { output, normalized, mean, variance };
}

/**
 * Backward pass of y = LayerNorm(x) for upstream dy = ∂L/∂y:
 *   dβ = dy,  dγ = dy ⊙ x̂,  g = dy ⊙ γ,
 *   dx = (g − mean(g) − x̂ ⊙ mean(g ⊙ x̂)) / √(σ² + ε).
 */
export function layerNormBackward(
  x: Vector,
  gamma: Vector,
  beta: Vector,
  dOutput: Vector,
  epsilon = 1e-5,
): LayerNormGradients {
  validate(x, gamma, beta, epsilon, 'layerNormBackward');
  assertVector(dOutput, 'layerNormBackward', 'dOutput');
  if (dOutput.length !== x.length) {
    throw new MathInputError(`layerNormBackward: expected dOutput of length ${x.length}, got ${dOutput.length}`);
  }
  const { normalized, variance } = layerNorm(x, gamma, beta, epsilon);
  const denom = Math.sqrt(variance + epsilon);
  const n = x.length;
  const g = dOutput.map((d, i) => d * gamma[i]);
  let meanG = 0;
  let meanGX = 0;
  for (let i = 0; i < n; i++) {
    meanG += g[i];
    meanGX += g[i] * normalized[i];
  }
  meanG /= n;
  meanGX /= n;
  const dx = g.map((gi, i) => (gi - meanG - normalized[i] * meanGX) / denom);
  const dGamma = dOutput.map((d, i) => d * normalized[i]);
  const dBeta = dOutput.slice();
  return { dx, dGamma, dBeta };
}
