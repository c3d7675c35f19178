/**
 * Shapes and input validation shared by every numeric routine.
 *
 * Conventions used throughout src/math:
 * - A `Vector` is a plain readonly array of numbers. Whether it is read as a row or a column
 *   depends on the function (`vecMat` treats it as a row, `matVec` as a column).
 * - A `Matrix` is a readonly array of rows: `m[i][j]` is row i, column j. Its shape is written
 *   `rows x cols`, e.g. "5x4" for five tokens with four features each.
 * - Functions never mutate their inputs and always return new arrays.
 * - Bad input (ragged rows, mismatched shapes, NaN, ±Infinity) throws a `MathInputError` whose
 *   message names the operation and the shapes involved. NaN is never silently propagated.
 */

/** A vector of numbers; row or column is decided by the function that uses it. */
export type Vector = readonly number[];

/** A matrix as an array of rows: `m[row][col]`. All rows have the same length. */
export type Matrix = readonly Vector[];

/** Shape of a matrix as `[rows, cols]`. */
export type Shape = readonly [rows: number, cols: number];

/** Thrown for invalid input to a numeric routine (bad shape, NaN, Infinity, bad option). */
export class MathInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MathInputError';
  }
}

/** Shape of a matrix, `[rows, cols]`; a matrix without rows has shape `[0, 0]`. */
export function shapeOf(m: Matrix): Shape {
  return [m.length, m.length === 0 ? 0 : m[0].length];
}

/** Human-readable shape: `formatShape([5, 4]) === "5x4"`. */
export function formatShape(shape: Shape): string {
  return `${shape[0]}x${shape[1]}`;
}

function describeNonFinite(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  return value > 0 ? 'Infinity' : '-Infinity';
}

/** Throws unless `value` is a finite number: "op: name is NaN". */
export function assertFiniteNumber(value: number, op: string, name = 'input'): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MathInputError(`${op}: ${name} is ${typeof value === 'number' ? describeNonFinite(value) : typeof value}`);
  }
}

/** Throws unless `value` is finite and strictly positive (temperatures, learning rates). */
export function assertPositiveFinite(value: number, op: string, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new MathInputError(`${op}: ${name} must be a finite number > 0, got ${String(value)}`);
  }
}

/**
 * Throws unless `v` is a non-empty array of finite numbers.
 * Message example: "softmax: input contains NaN at index 2".
 */
export function assertVector(v: Vector, op: string, name = 'input'): void {
  if (!Array.isArray(v)) {
    throw new MathInputError(`${op}: ${name} must be an array of numbers`);
  }
  if (v.length === 0) {
    throw new MathInputError(`${op}: ${name} must not be empty`);
  }
  for (let i = 0; i < v.length; i++) {
    const x = v[i];
    if (typeof x !== 'number') {
      throw new MathInputError(`${op}: ${name} contains a non-number at index ${i}`);
    }
    if (!Number.isFinite(x)) {
      throw new MathInputError(`${op}: ${name} contains ${describeNonFinite(x)} at index ${i}`);
    }
  }
}

/**
 * Throws unless `m` is a non-empty rectangular matrix of finite numbers.
 * Message examples: "matmul: B is ragged: row 2 has 3 columns, expected 4",
 * "attention: Q contains NaN at [1, 2]".
 */
export function assertMatrix(m: Matrix, op: string, name = 'input'): void {
  if (!Array.isArray(m)) {
    throw new MathInputError(`${op}: ${name} must be an array of rows`);
  }
  if (m.length === 0) {
    throw new MathInputError(`${op}: ${name} must have at least one row, got 0 rows`);
  }
  const cols = Array.isArray(m[0]) ? m[0].length : -1;
  if (cols <= 0) {
    throw new MathInputError(`${op}: ${name} must have at least one column`);
  }
  for (let i = 0; i < m.length; i++) {
    const row = m[i];
    if (!Array.isArray(row)) {
      throw new MathInputError(`${op}: ${name} row ${i} is not an array`);
    }
    if (row.length !== cols) {
      throw new MathInputError(`${op}: ${name} is ragged: row ${i} has ${row.length} columns, expected ${cols}`);
    }
    for (let j = 0; j < cols; j++) {
      const x = row[j];
      if (typeof x !== 'number') {
        throw new MathInputError(`${op}: ${name} contains a non-number at [${i}, ${j}]`);
      }
      if (!Number.isFinite(x)) {
        throw new MathInputError(`${op}: ${name} contains ${describeNonFinite(x)} at [${i}, ${j}]`);
      }
    }
  }
}

/** Throws unless `m` is a valid matrix of exactly `rows x cols`: "op: expected W_Q to be 4x4, got 4x3". */
export function assertShape(m: Matrix, rows: number, cols: number, op: string, name = 'input'): void {
  assertMatrix(m, op, name);
  const shape = shapeOf(m);
  if (shape[0] !== rows || shape[1] !== cols) {
    throw new MathInputError(
      `${op}: expected ${name} to be ${formatShape([rows, cols])}, got ${formatShape(shape)}`,
    );
  }
}

/** Throws unless `v` is a valid vector of exactly `length` entries. */
export function assertLength(v: Vector, length: number, op: string, name = 'input'): void {
  assertVector(v, op, name);
  if (v.length !== length) {
    throw new MathInputError(`${op}: expected ${name} to have length ${length}, got ${v.length}`);
  }
}

/** Throws unless `index` is an integer in `[0, length)`. */
export function assertIndex(index: number, length: number, op: string, name = 'index'): void {
  if (!Number.isInteger(index) || index < 0 || index >= length) {
    throw new MathInputError(`${op}: ${name} must be an integer in [0, ${length - 1}], got ${String(index)}`);
  }
}
