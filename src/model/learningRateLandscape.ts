/**
 * Everything the learning-rate slide (section 3) shows for one η: gradient descent on the bowl
 * L(w) = a (w − w*)² from w₀, what the path does, the first step, the error factor 1 − 2aη, and
 * the path drawn into the plotted window (points outside are put on its edge).
 */
import {
  clampToBox,
  classifyDescent,
  descend,
  quadraticLandscape,
  sampleFunction,
  type CurvePoint,
  type DescentBehaviour,
  type DescentPoint,
} from '../math';

/** The learning rate the slide opens with (and the step the foundations slide shows). */
export const LEARNING_RATE_DEFAULT = 0.2;

/** The bowl of the slide, its start point, the number of steps and the plotted window. */
export const LEARNING_RATE_BOWL = {
  a: 1,
  wStar: 1,
  w0: -2,
  steps: 10,
  xDomain: [-3, 5],
  yDomain: [0, 16],
} as const;

export type Bowl = {
  readonly a: number;
  readonly wStar: number;
  readonly w0: number;
  readonly steps: number;
  readonly xDomain: readonly [number, number];
  readonly yDomain: readonly [number, number];
};

export interface LearningRateLandscape {
  /** L(w) sampled at 81 points across the window. */
  readonly curve: readonly CurvePoint[];
  /** w₀, w₁, …: stops early if the iterate leaves the finite numbers. */
  readonly path: readonly DescentPoint[];
  readonly behaviour: DescentBehaviour;
  /** 1 − 2aη. */
  readonly factor: number;
  /** 1/a: the largest η that does not diverge. */
  readonly maxStableLearningRate: number;
  /** w after the first step (w₀ if there is none). */
  readonly w1: number;
  /** The path as [w, L(w)], clamped into the window. */
  readonly plotted: readonly CurvePoint[];
  /** True if some point of the path lies outside the window (and is drawn on its edge). */
  readonly leftWindow: boolean;
  /** |w₀ − w*|. */
  readonly startDistance: number;
  /** |w_last − w*| after all steps, or null if the path stopped early (too large to compute). */
  readonly endDistance: number | null;
}

export function learningRateLandscape(learningRate: number, bowl: Bowl = LEARNING_RATE_BOWL): LearningRateLandscape {
  const { a, wStar, w0, steps, xDomain, yDomain } = bowl;
  const landscape = quadraticLandscape(a, wStar);
  const path = descend(landscape.f, landscape.grad, [w0], learningRate, steps);
  const last = path[path.length - 1];
  return {
    curve: sampleFunction((w) => landscape.f([w]), xDomain[0], xDomain[1], 81),
    path,
    behaviour: classifyDescent(path, wStar, steps),
    factor: landscape.errorFactor(learningRate),
    maxStableLearningRate: landscape.maxStableLearningRate,
    w1: path.length > 1 ? path[1].x[0] : w0,
    plotted: path.map((point) => clampToBox([point.x[0], point.loss], xDomain, yDomain)),
    leftWindow: path.some((point) => point.x[0] < xDomain[0] || point.x[0] > xDomain[1] || point.loss > yDomain[1]),
    startDistance: Math.abs(w0 - wStar),
    endDistance: path.length - 1 < steps ? null : Math.abs(last.x[0] - wStar),
  };
}
