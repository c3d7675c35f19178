/**
 * Central finite differences, the independent check for every analytic gradient in the code base:
 *   ∂f/∂xᵢ ≈ (f(x + h eᵢ) − f(x − h eᵢ)) / (2h),  error O(h²).
 */
import { expect } from 'vitest';
import type { Matrix, Vector } from '../../src/math';

/** Default step; with O(h²) truncation and O(ε/h) rounding, h ≈ 1e-5 gives ~1e-10 accuracy for smooth f of size ~1. */
export const DEFAULT_STEP = 1e-5;

/** Numerical gradient of a scalar function of a vector. */
export function numericalGradient(f: (x: Vector) => number, x: Vector, h = DEFAULT_STEP): number[] {
  return x.map((_, i) => {
    const plus = x.slice();
    const minus = x.slice();
    plus[i] += h;
    minus[i] -= h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

/** Numerical gradient of a scalar function of a matrix, same shape as the matrix. */
export function numericalGradientMatrix(f: (m: Matrix) => number, m: Matrix, h = DEFAULT_STEP): number[][] {
  return m.map((row, i) =>
    row.map((_, j) => {
      const perturb = (delta: number): Matrix => m.map((r, a) => (a === i ? r.map((v, b) => (b === j ? v + delta : v)) : r));
      return (f(perturb(h)) - f(perturb(-h))) / (2 * h);
    }),
  );
}

/** Numerical derivative of a scalar function of one variable. */
export function numericalDerivative(f: (x: number) => number, x: number, h = DEFAULT_STEP): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

/**
 * Asserts |actual − expected| ≤ atol + rtol·|expected| entry by entry, for numbers, vectors or
 * matrices, and reports the first offending index.
 */
export function expectAllClose(
  actual: number | Vector | Matrix,
  expected: number | Vector | Matrix,
  atol = 1e-7,
  rtol = 1e-6,
): void {
  const flatA = flatten(actual);
  const flatE = flatten(expected);
  expect(flatA.length, 'number of entries').toBe(flatE.length);
  for (let i = 0; i < flatA.length; i++) {
    const a = flatA[i];
    const e = flatE[i];
    const ok = Number.isFinite(a) && Math.abs(a - e) <= atol + rtol * Math.abs(e);
    if (!ok) {
      expect.fail(`entry ${i}: got ${a}, expected ${e} (atol ${atol}, rtol ${rtol})`);
    }
  }
}

function flatten(x: number | Vector | Matrix): number[] {
  if (typeof x === 'number') return [x];
  const out: number[] = [];
  for (const item of x as readonly (number | Vector)[]) {
    if (typeof item === 'number') out.push(item);
    else out.push(...item);
  }
  return out;
}
