/**
 * Gradient descent, W_neu = W_alt − η ∇L, for vectors and matrices, and a descent path for plotting
 * (the learning-rate slide's bowl is in quadraticLandscape.ts).
 */
import { MathInputError, assertMatrix, assertPositiveFinite, assertVector, formatShape, shapeOf, type Matrix, type Vector } from './types';

function isMatrixLike(x: Vector | Matrix): x is Matrix {
  return x.length > 0 && Array.isArray(x[0]);
}

/** One gradient-descent step on a vector: θ_new = θ − η ∇L. */
export function gradientDescentStep(param: Vector, grad: Vector, learningRate: number): Vector;
/** One gradient-descent step on a matrix: W_new = W − η ∇L (element-wise). */
export function gradientDescentStep(param: Matrix, grad: Matrix, learningRate: number): Matrix;
export function gradientDescentStep(
  param: Vector | Matrix,
  grad: Vector | Matrix,
  learningRate: number,
): Vector | Matrix {
  const op = 'gradientDescentStep';
  assertPositiveFinite(learningRate, op, 'learningRate');
  if (isMatrixLike(param)) {
    if (!isMatrixLike(grad)) throw new MathInputError(`${op}: param is a matrix but grad is not`);
    assertMatrix(param, op, 'param');
    assertMatrix(grad, op, 'grad');
    const sp = shapeOf(param);
    const sg = shapeOf(grad);
    if (sp[0] !== sg[0] || sp[1] !== sg[1]) {
      throw new MathInputError(`${op}: expected grad of shape ${formatShape(sp)} like param, got ${formatShape(sg)}`);
    }
    return param.map((row, i) => row.map((w, j) => w - learningRate * grad[i][j]));
  }
  if (isMatrixLike(grad)) throw new MathInputError(`${op}: param is a vector but grad is a matrix`);
  const p = param as Vector;
  const g = grad as Vector;
  assertVector(p, op, 'param');
  assertVector(g, op, 'grad');
  if (p.length !== g.length) {
    throw new MathInputError(`${op}: expected grad of length ${p.length} like param, got ${g.length}`);
  }
  return p.map((w, i) => w - learningRate * g[i]);
}

/** One point on a descent path. */
export interface DescentPoint {
  readonly step: number;
  readonly x: Vector;
  readonly loss: number;
}

/**
 * Runs x_{t+1} = x_t − η ∇f(x_t) for `steps` steps from x0 (1-D or 2-D for plotting, any length
 * works) and returns the path, x0 included as step 0. When the iterate leaves the range of finite
 * numbers (a diverging run with too large η) the path stops at the last finite point instead of
 * returning Infinity or NaN.
 */
export function descend(
  f: (x: Vector) => number,
  grad: (x: Vector) => Vector,
  x0: Vector,
  learningRate: number,
  steps: number,
): readonly DescentPoint[] {
  const op = 'descend';
  assertVector(x0, op, 'x0');
  assertPositiveFinite(learningRate, op, 'learningRate');
  if (!Number.isInteger(steps) || steps < 0) {
    throw new MathInputError(`${op}: steps must be a non-negative integer, got ${String(steps)}`);
  }
  const path: DescentPoint[] = [{ step: 0, x: x0.slice(), loss: f(x0) }];
  let x = x0.slice();
  for (let step = 1; step <= steps; step++) {
    const g = grad(x);
    if (g.length !== x.length) {
      throw new MathInputError(`${op}: grad returned length ${g.length} for x of length ${x.length}`);
    }
    const nextX = x.map((xi, i) => xi - learningRate * g[i]);
    const loss = f(nextX);
    if (!nextX.every(Number.isFinite) || !Number.isFinite(loss)) break;
    path.push({ step, x: nextX, loss });
    x = nextX;
  }
  return path;
}
