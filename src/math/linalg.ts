/**
 * Small, readable linear algebra for teaching-sized vectors and matrices.
 * Every function validates its input (shape and finiteness) and returns new arrays.
 * Matrices are arrays of rows; see ./types.ts.
 */
import {
  MathInputError,
  assertFiniteNumber,
  assertMatrix,
  assertVector,
  formatShape,
  shapeOf,
  type Matrix,
  type Vector,
} from './types';

function assertSameLength(a: Vector, b: Vector, op: string): void {
  if (a.length !== b.length) {
    throw new MathInputError(`${op}: expected vectors of equal length, got ${a.length} and ${b.length}`);
  }
}

function assertSameShape(a: Matrix, b: Matrix, op: string): void {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (sa[0] !== sb[0] || sa[1] !== sb[1]) {
    throw new MathInputError(`${op}: expected matrices of equal shape, got ${formatShape(sa)} and ${formatShape(sb)}`);
  }
}

function assertDimension(n: number, op: string, name: string): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new MathInputError(`${op}: ${name} must be a positive integer, got ${String(n)}`);
  }
}

/** The zero matrix 0 ∈ ℝ^{rows×cols}. */
export function zeros(rows: number, cols: number): Matrix {
  assertDimension(rows, 'zeros', 'rows');
  assertDimension(cols, 'zeros', 'cols');
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}

/** Dot product a · b = Σᵢ aᵢ bᵢ. */
export function dot(a: Vector, b: Vector): number {
  assertVector(a, 'dot', 'a');
  assertVector(b, 'dot', 'b');
  assertSameLength(a, b, 'dot');
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Element-wise sum (a + b)ᵢ = aᵢ + bᵢ. */
export function add(a: Vector, b: Vector): Vector {
  assertVector(a, 'add', 'a');
  assertVector(b, 'add', 'b');
  assertSameLength(a, b, 'add');
  return a.map((x, i) => x + b[i]);
}

/** Element-wise difference (a − b)ᵢ = aᵢ − bᵢ. */
export function sub(a: Vector, b: Vector): Vector {
  assertVector(a, 'sub', 'a');
  assertVector(b, 'sub', 'b');
  assertSameLength(a, b, 'sub');
  return a.map((x, i) => x - b[i]);
}

/** Element-wise (Hadamard) product (a ⊙ b)ᵢ = aᵢ bᵢ. */
export function hadamard(a: Vector, b: Vector): Vector {
  assertVector(a, 'hadamard', 'a');
  assertVector(b, 'hadamard', 'b');
  assertSameLength(a, b, 'hadamard');
  return a.map((x, i) => x * b[i]);
}

/** Scalar multiple (c · v)ᵢ = c vᵢ. */
export function scale(v: Vector, c: number): Vector {
  assertVector(v, 'scale', 'v');
  assertFiniteNumber(c, 'scale', 'factor');
  return v.map((x) => x * c);
}

/** Sum of entries Σᵢ vᵢ. */
export function sum(v: Vector): number {
  assertVector(v, 'sum', 'v');
  let s = 0;
  for (const x of v) s += x;
  return s;
}

/** Index of the largest entry, argmaxᵢ vᵢ; ties go to the first (lowest) index. */
export function argmax(v: Vector): number {
  assertVector(v, 'argmax', 'v');
  let best = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
  return best;
}

/**
 * Matrix product (A B)ᵢⱼ = Σₖ Aᵢₖ Bₖⱼ for A: n×m and B: m×p, giving n×p.
 * Throws e.g. "matmul: expected inner dimensions to match, got 5x4 · 3x4".
 */
export function matmul(A: Matrix, B: Matrix): Matrix {
  assertMatrix(A, 'matmul', 'A');
  assertMatrix(B, 'matmul', 'B');
  const [n, m] = shapeOf(A);
  const [mb, p] = shapeOf(B);
  if (m !== mb) {
    throw new MathInputError(
      `matmul: expected inner dimensions to match, got ${formatShape([n, m])} · ${formatShape([mb, p])}`,
    );
  }
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(p).fill(0);
    for (let k = 0; k < m; k++) {
      const a = A[i][k];
      const bRow = B[k];
      for (let j = 0; j < p; j++) row[j] += a * bRow[j];
    }
    out.push(row);
  }
  return out;
}

/** Transpose (Aᵀ)ᵢⱼ = Aⱼᵢ; an n×m matrix becomes m×n. */
export function transpose(A: Matrix): Matrix {
  assertMatrix(A, 'transpose', 'A');
  const [n, m] = shapeOf(A);
  return Array.from({ length: m }, (_, j) => Array.from({ length: n }, (_, i) => A[i][j]));
}

/**
 * Row vector times matrix: (x W)ⱼ = Σᵢ xᵢ Wᵢⱼ for x of length n and W: n×m, giving length m.
 * This is how the lecture writes projections: q = e W_Q.
 */
export function vecMat(x: Vector, W: Matrix): Vector {
  assertVector(x, 'vecMat', 'x');
  assertMatrix(W, 'vecMat', 'W');
  const [n, m] = shapeOf(W);
  if (x.length !== n) {
    throw new MathInputError(
      `vecMat: expected inner dimensions to match, got 1x${x.length} · ${formatShape([n, m])}`,
    );
  }
  const out = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) {
    const xi = x[i];
    const row = W[i];
    for (let j = 0; j < m; j++) out[j] += xi * row[j];
  }
  return out;
}

/**
 * Matrix times column vector: (W x)ᵢ = Σⱼ Wᵢⱼ xⱼ for W: n×m and x of length m, giving length n.
 * This is the output projection z = W_out h + b.
 */
export function matVec(W: Matrix, x: Vector): Vector {
  assertMatrix(W, 'matVec', 'W');
  assertVector(x, 'matVec', 'x');
  const [n, m] = shapeOf(W);
  if (x.length !== m) {
    throw new MathInputError(
      `matVec: expected inner dimensions to match, got ${formatShape([n, m])} · ${x.length}x1`,
    );
  }
  return W.map((row) => {
    let s = 0;
    for (let j = 0; j < m; j++) s += row[j] * x[j];
    return s;
  });
}

/** Outer product (a bᵀ)ᵢⱼ = aᵢ bⱼ; lengths n and m give an n×m matrix. */
export function outer(a: Vector, b: Vector): Matrix {
  assertVector(a, 'outer', 'a');
  assertVector(b, 'outer', 'b');
  return a.map((ai) => b.map((bj) => ai * bj));
}

/** Element-wise matrix sum (A + B)ᵢⱼ = Aᵢⱼ + Bᵢⱼ. */
export function addMatrices(A: Matrix, B: Matrix): Matrix {
  assertMatrix(A, 'addMatrices', 'A');
  assertMatrix(B, 'addMatrices', 'B');
  assertSameShape(A, B, 'addMatrices');
  return A.map((row, i) => row.map((x, j) => x + B[i][j]));
}

/** Scalar multiple of a matrix (c A)ᵢⱼ = c Aᵢⱼ. */
export function scaleMatrix(A: Matrix, c: number): Matrix {
  assertMatrix(A, 'scaleMatrix', 'A');
  assertFiniteNumber(c, 'scaleMatrix', 'factor');
  return A.map((row) => row.map((x) => x * c));
}

