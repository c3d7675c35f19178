/**
 * Activation functions of the Transformer's feed-forward block: GeLU (exact and tanh
 * approximation) and ReLU, each with its derivative, plus the error function erf they need.
 */
import { assertFiniteNumber } from './types';

const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
const GELU_CUBIC = 0.044715;

/**
 * erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt, via the everywhere-convergent series with positive terms
 * erf(x) = (2/√π) e^{−x²} Σₙ 2ⁿ x^{2n+1} / (1·3·5···(2n+1)).
 * No cancellation occurs, so the absolute error is a few ulps; for |x| ≥ 6, |1 − |erf x|| < 3e-17
 * and ±1 is returned.
 */
export function erf(x: number): number {
  assertFiniteNumber(x, 'erf', 'x');
  if (x === 0) return 0;
  const ax = Math.abs(x);
  if (ax >= 6) return Math.sign(x);
  const x2 = ax * ax;
  let term = ax;
  let total = ax;
  for (let n = 1; n < 500; n++) {
    term *= (2 * x2) / (2 * n + 1);
    total += term;
    if (term < total * 1e-17) break;
  }
  const value = TWO_OVER_SQRT_PI * Math.exp(-x2) * total;
  return Math.sign(x) * Math.min(1, value);
}

/** Standard normal density φ(x) = e^{−x²/2} / √(2π). */
function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** Standard normal distribution function Φ(x) = ½ (1 + erf(x/√2)). */
export function normalCdf(x: number): number {
  return 0.5 * (1 + erf(x / Math.SQRT2));
}

/** Exact GeLU(x) = x Φ(x) = ½ x (1 + erf(x/√2)). */
export function geluExact(x: number): number {
  assertFiniteNumber(x, 'geluExact', 'x');
  return x * normalCdf(x);
}

/** d/dx GeLU(x) = Φ(x) + x φ(x). */
export function geluExactDerivative(x: number): number {
  assertFiniteNumber(x, 'geluExactDerivative', 'x');
  return normalCdf(x) + x * normalPdf(x);
}

/** GeLU tanh approximation (GPT-2): ½ x (1 + tanh(√(2/π) (x + 0.044715 x³))). */
export function geluTanh(x: number): number {
  assertFiniteNumber(x, 'geluTanh', 'x');
  return 0.5 * x * (1 + Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x)));
}

/**
 * d/dx of the tanh approximation, with u = √(2/π)(x + 0.044715 x³) and t = tanh u:
 * ½ (1 + t) + ½ x (1 − t²) √(2/π) (1 + 3·0.044715 x²).
 */
export function geluTanhDerivative(x: number): number {
  assertFiniteNumber(x, 'geluTanhDerivative', 'x');
  const t = Math.tanh(SQRT_2_OVER_PI * (x + GELU_CUBIC * x * x * x));
  return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * GELU_CUBIC * x * x);
}

/** ReLU(x) = max(0, x). */
export function relu(x: number): number {
  assertFiniteNumber(x, 'relu', 'x');
  return x > 0 ? x : 0;
}

/** d/dx ReLU(x) = 1 for x > 0, else 0 (the subgradient 0 is used at x = 0, as in most libraries). */
export function reluDerivative(x: number): number {
  assertFiniteNumber(x, 'reluDerivative', 'x');
  return x > 0 ? 1 : 0;
}
