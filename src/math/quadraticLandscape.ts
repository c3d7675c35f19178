/**
 * A one-dimensional loss landscape for the learning-rate slide: the bowl L(w) = a (w − w*)²,
 * on which gradient descent converges, oscillates or diverges depending on η.
 *
 * One step w_{k+1} = w_k − η L'(w_k) = w_k − 2aη (w_k − w*) gives
 *   w_{k+1} − w* = (1 − 2aη) (w_k − w*),
 * so the distance to the minimum is multiplied by |1 − 2aη| in every step:
 *   η < 1/(2a): monotone convergence;  η = 1/(2a): minimum in one step;
 *   1/(2a) < η < 1/a: convergence with alternating sign;  η = 1/a: endless swinging between two
 *   points;  η > 1/a: divergence.
 */
import type { DescentPoint } from './gradientDescent';
import { MathInputError, assertFiniteNumber, assertPositiveFinite, type Vector } from './types';
import type { CurvePoint } from './lossCurves';

export interface QuadraticLandscape {
  /** Curvature a > 0. */
  readonly a: number;
  /** Position of the minimum w*. */
  readonly wStar: number;
  /** L(w) = a (w − w*)², for `descend` (takes a 1-vector). */
  readonly f: (w: Vector) => number;
  /** L'(w) = 2a (w − w*). */
  readonly grad: (w: Vector) => Vector;
  /** 1 − 2aη: the factor by which one step multiplies w − w*. */
  readonly errorFactor: (learningRate: number) => number;
  /** 1/a: gradient descent diverges for every η above this value. */
  readonly maxStableLearningRate: number;
}

export function quadraticLandscape(a: number, wStar: number): QuadraticLandscape {
  assertPositiveFinite(a, 'quadraticLandscape', 'a');
  assertFiniteNumber(wStar, 'quadraticLandscape', 'wStar');
  const check = (w: Vector): number => {
    if (w.length !== 1) throw new MathInputError(`quadraticLandscape: expected w of length 1, got ${w.length}`);
    return w[0];
  };
  return {
    a,
    wStar,
    f: (w) => {
      const d = check(w) - wStar;
      return a * d * d;
    },
    grad: (w) => [2 * a * (check(w) - wStar)],
    errorFactor: (learningRate) => 1 - 2 * a * learningRate,
    maxStableLearningRate: 1 / a,
  };
}

/** What a descent path does, read from the path itself. */
export interface DescentBehaviour {
  /** Distance to the minimum shrinks ("konvergiert"), stays ("pendelt") or grows ("divergiert"). */
  readonly kind: 'converges' | 'swings' | 'diverges';
  /** True if w − w* changes sign from step to step (the path jumps across the minimum). */
  readonly alternating: boolean;
  /** |w_last − w*| / |w_0 − w*|; Infinity if the path stopped early because it left the finite numbers. */
  readonly distanceRatio: number;
}

/**
 * Classifies a 1-D descent path by comparing the last distance to the minimum with the first.
 * A path that ended before `expectedSteps` (descend stops at the first non-finite value) diverged.
 */
export function classifyDescent(path: readonly DescentPoint[], wStar: number, expectedSteps: number): DescentBehaviour {
  if (path.length === 0) throw new MathInputError('classifyDescent: path must not be empty');
  const errors = path.map((point) => point.x[0] - wStar);
  const first = Math.abs(errors[0]);
  const last = Math.abs(errors[errors.length - 1]);
  const stoppedEarly = path.length < expectedSteps + 1;
  const distanceRatio = stoppedEarly ? Infinity : first === 0 ? (last === 0 ? 0 : Infinity) : last / first;
  const tolerance = 1e-9;
  const kind = distanceRatio > 1 + tolerance ? 'diverges' : distanceRatio < 1 - tolerance ? 'converges' : 'swings';
  let alternating = errors.length > 1;
  for (let i = 1; i < errors.length; i++) {
    if (!(errors[i] * errors[i - 1] < 0)) alternating = false;
  }
  return { kind, alternating, distanceRatio };
}

/** n evenly spaced samples [x, f(x)] of a function of one variable on [from, to]. */
export function sampleFunction(f: (x: number) => number, from: number, to: number, n: number): readonly CurvePoint[] {
  assertFiniteNumber(from, 'sampleFunction', 'from');
  assertFiniteNumber(to, 'sampleFunction', 'to');
  if (!Number.isInteger(n) || n < 2) throw new MathInputError(`sampleFunction: n must be an integer ≥ 2, got ${String(n)}`);
  const points: CurvePoint[] = [];
  for (let i = 0; i < n; i++) {
    const x = i === n - 1 ? to : from + ((to - from) * i) / (n - 1);
    points.push([x, f(x)]);
  }
  return points;
}

/** Clamps a point into the box [x0, x1] × [y0, y1], so a plot never receives values beyond its edges. */
export function clampToBox(point: CurvePoint, xDomain: readonly [number, number], yDomain: readonly [number, number]): CurvePoint {
  const clamp = (v: number, lo: number, hi: number) => (Number.isNaN(v) ? lo : Math.min(Math.max(v, lo), hi));
  return [clamp(point[0], xDomain[0], xDomain[1]), clamp(point[1], yDomain[0], yDomain[1])];
}
