/**
 * The curves of the activation slide (section 7): GeLU (exact and tanh approximation) and ReLU,
 * sampled on an even grid, plus the values at one point x for the three-line formula.
 */
import { MathInputError, assertFiniteNumber, geluExact, geluTanh, normalCdf, relu } from '../math';

export type Point = readonly [x: number, y: number];

/** f sampled at `count` evenly spaced points from `from` to `to` (both included). */
export function sampleCurve(f: (x: number) => number, from: number, to: number, count: number): Point[] {
  assertFiniteNumber(from, 'sampleCurve', 'from');
  assertFiniteNumber(to, 'sampleCurve', 'to');
  if (!Number.isInteger(count) || count < 2) {
    throw new MathInputError(`sampleCurve: count must be an integer ≥ 2, got ${String(count)}`);
  }
  if (!(to > from)) throw new MathInputError(`sampleCurve: expected from < to, got ${from} and ${to}`);
  const step = (to - from) / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    const x = i === count - 1 ? to : from + i * step;
    return [x, f(x)] as const;
  });
}

/**
 * The three curves on [from, to], the largest gap between exact GeLU and its tanh approximation,
 * and the lowest sampled point of GeLU (the slide's caption quotes it; the true minimum is near
 * x ≈ −0,75, GeLU ≈ −0,17).
 */
export function activationCurves(from = -4, to = 4, count = 161) {
  const gelu = sampleCurve(geluExact, from, to, count);
  const tanh = sampleCurve(geluTanh, from, to, count);
  const reluPoints = sampleCurve(relu, from, to, count);
  const maxTanhError = Math.max(...gelu.map(([, y], i) => Math.abs(y - tanh[i][1])));
  const geluMinimum = gelu.reduce((best, p) => (p[1] < best[1] ? p : best));
  return { gelu, tanh, relu: reluPoints, maxTanhError, geluMinimum };
}

/** GeLU(x) = x·Φ(x) and ReLU(x) at one point. */
export function activationsAt(x: number) {
  assertFiniteNumber(x, 'activationsAt', 'x');
  return { x, phi: normalCdf(x), gelu: geluExact(x), geluTanh: geluTanh(x), relu: relu(x) };
}
