/**
 * Curves for the loss slides: the cross-entropy of one example as a function of the probability
 * of the correct word, L(p) = −ln p.
 */
import { MathInputError, assertFiniteNumber } from './types';

/** A point [x, y] of a sampled curve. */
export type CurvePoint = readonly [x: number, y: number];

/**
 * L(p) = −ln p for 0 < p ≤ 1: 0 for a certain right answer (p = 1), growing without bound as
 * p → 0 (a confident mistake). The +0 for p = 1 avoids showing "−0".
 */
export function negativeLog(p: number): number {
  assertFiniteNumber(p, 'negativeLog', 'p');
  if (p <= 0 || p > 1) throw new MathInputError(`negativeLog: p must be in (0, 1], got ${String(p)}`);
  return p === 1 ? 0 : -Math.log(p);
}

/**
 * n evenly spaced samples of L(p) = −ln p for p from pMin to 1 (both included), for plotting.
 * p = 0 itself is left out: there the loss is infinite.
 */
export function negativeLogCurve(n: number, pMin = 0.01): readonly CurvePoint[] {
  if (!Number.isInteger(n) || n < 2) {
    throw new MathInputError(`negativeLogCurve: n must be an integer ≥ 2, got ${String(n)}`);
  }
  assertFiniteNumber(pMin, 'negativeLogCurve', 'pMin');
  if (pMin <= 0 || pMin >= 1) throw new MathInputError(`negativeLogCurve: pMin must be in (0, 1), got ${String(pMin)}`);
  const points: CurvePoint[] = [];
  for (let i = 0; i < n; i++) {
    // The last sample is exactly 1, so the curve ends at L = 0.
    const p = i === n - 1 ? 1 : pMin + ((1 - pMin) * i) / (n - 1);
    points.push([p, negativeLog(p)]);
  }
  return points;
}
