import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MathInputError,
  add,
  addMatrices,
  argmax,
  dot,
  hadamard,
  matVec,
  matmul,
  outer,
  scale,
  scaleMatrix,
  sub,
  sum,
  transpose,
  vecMat,
  zeros,
  type Matrix,
} from '../../src/math';
import { matrixArb, smallInt, finite } from '../helpers/arbitraries';
import { expectAllClose } from '../helpers/finiteDifference';

const dims = fc.integer({ min: 1, max: 4 });

function deepFreeze<T>(m: T): T {
  if (Array.isArray(m)) {
    m.forEach(deepFreeze);
    Object.freeze(m);
  }
  return m;
}

describe('vector operations (hand-worked)', () => {
  it('dot: (1, 2, 3) · (4, −5, 6) = 4 − 10 + 18 = 12', () => {
    expect(dot([1, 2, 3], [4, -5, 6])).toBe(12);
  });

  it('add, sub, hadamard, scale, sum', () => {
    expect(add([1, 2], [3, 4])).toEqual([4, 6]);
    expect(sub([1, 2], [3, 5])).toEqual([-2, -3]);
    expect(hadamard([1, 2], [3, 4])).toEqual([3, 8]);
    expect(scale([1, -2], 0.5)).toEqual([0.5, -1]);
    expect(sum([1, 2, 3.5])).toBe(6.5);
  });

  it('argmax takes the first of tied maxima', () => {
    expect(argmax([0.1, 0.7, 0.2])).toBe(1);
    expect(argmax([3, 1, 3])).toBe(0);
    expect(argmax([-5])).toBe(0);
  });

  it('zeros', () => {
    expect(zeros(2, 3)).toEqual([[0, 0, 0], [0, 0, 0]]);
    expect(() => zeros(0, 3)).toThrow(MathInputError);
  });

  it('rejects vectors of different length with both lengths in the message', () => {
    expect(() => dot([1, 2], [1, 2, 3])).toThrow('dot: expected vectors of equal length, got 2 and 3');
    expect(() => add([1], [1, 2])).toThrow(MathInputError);
  });

  it('rejects NaN instead of propagating it', () => {
    expect(() => dot([1, NaN], [1, 2])).toThrow('dot: a contains NaN at index 1');
    expect(() => scale([1], NaN)).toThrow(MathInputError);
  });
});

describe('matmul', () => {
  it('hand-worked 2x3 · 3x2', () => {
    // [1 2 3; 4 5 6] · [7 8; 9 10; 11 12] = [58 64; 139 154]
    const A = [[1, 2, 3], [4, 5, 6]];
    const B = [[7, 8], [9, 10], [11, 12]];
    expect(matmul(A, B)).toEqual([[58, 64], [139, 154]]);
  });

  it('hand-worked non-commutativity: AB ≠ BA for 2x2', () => {
    const A = [[0, 1], [0, 0]];
    const B = [[0, 0], [1, 0]];
    expect(matmul(A, B)).toEqual([[1, 0], [0, 0]]);
    expect(matmul(B, A)).toEqual([[0, 0], [0, 1]]);
  });

  it('prints both shapes when inner dimensions differ', () => {
    expect(() => matmul(zeros(5, 4), zeros(3, 4))).toThrow(
      'matmul: expected inner dimensions to match, got 5x4 · 3x4',
    );
  });

  it('does not mutate its inputs', () => {
    const A = deepFreeze([[1, 2], [3, 4]]);
    const B = deepFreeze([[5, 6], [7, 8]]);
    expect(matmul(A, B)).toEqual([[19, 22], [43, 50]]);
  });

  it('property: (AB)ᵀ = BᵀAᵀ (exact on small integers)', () => {
    fc.assert(
      fc.property(
        fc.tuple(dims, dims, dims).chain(([n, m, p]) => fc.tuple(matrixArb(n, m, smallInt), matrixArb(m, p, smallInt))),
        ([A, B]) => {
          expect(transpose(matmul(A, B))).toEqual(matmul(transpose(B), transpose(A)));
        },
      ),
    );
  });

  it('property: (AB)C = A(BC) (exact on small integers, close on doubles)', () => {
    fc.assert(
      fc.property(
        fc.tuple(dims, dims, dims, dims).chain(([n, m, p, r]) =>
          fc.tuple(matrixArb(n, m, smallInt), matrixArb(m, p, smallInt), matrixArb(p, r, smallInt)),
        ),
        ([A, B, C]) => {
          expect(matmul(matmul(A, B), C)).toEqual(matmul(A, matmul(B, C)));
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.tuple(dims, dims, dims, dims).chain(([n, m, p, r]) =>
          fc.tuple(matrixArb(n, m), matrixArb(m, p), matrixArb(p, r)),
        ),
        ([A, B, C]) => {
          expectAllClose(matmul(matmul(A, B), C), matmul(A, matmul(B, C)), 1e-9, 1e-9);
        },
      ),
    );
  });

  it('property: A(B + C) = AB + AC and the identity is neutral', () => {
    fc.assert(
      fc.property(
        fc.tuple(dims, dims, dims).chain(([n, m, p]) =>
          fc.tuple(matrixArb(n, m, smallInt), matrixArb(m, p, smallInt), matrixArb(m, p, smallInt)),
        ),
        ([A, B, C]) => {
          expect(matmul(A, addMatrices(B, C))).toEqual(addMatrices(matmul(A, B), matmul(A, C)));
          const I: Matrix = Array.from({ length: A[0].length }, (_, i) => A[0].map((_, j) => (i === j ? 1 : 0)));
          expect(matmul(A, I)).toEqual(A);
        },
      ),
    );
  });

  it('property: entry (i, j) is the dot product of row i of A and column j of B', () => {
    fc.assert(
      fc.property(
        fc.tuple(dims, dims, dims).chain(([n, m, p]) => fc.tuple(matrixArb(n, m), matrixArb(m, p))),
        ([A, B]) => {
          const C = matmul(A, B);
          const Bt = transpose(B);
          C.forEach((row, i) => row.forEach((c, j) => expect(c).toBeCloseTo(dot(A[i], Bt[j]), 9)));
        },
      ),
    );
  });
});

describe('transpose, vecMat, matVec, outer', () => {
  it('transpose of a 2x3 is 3x2 and an involution', () => {
    const A = [[1, 2, 3], [4, 5, 6]];
    expect(transpose(A)).toEqual([[1, 4], [2, 5], [3, 6]]);
    expect(transpose(transpose(A))).toEqual(A);
  });

  it('vecMat: row vector times matrix, hand-worked', () => {
    // (1, 2) · [3 4 5; 6 7 8] = (15, 18, 21)
    expect(vecMat([1, 2], [[3, 4, 5], [6, 7, 8]])).toEqual([15, 18, 21]);
    expect(() => vecMat([1, 2, 3], zeros(2, 3))).toThrow('vecMat: expected inner dimensions to match, got 1x3 · 2x3');
  });

  it('matVec: matrix times column vector, hand-worked', () => {
    // [1 2; 3 4; 5 6] · (1, −1) = (−1, −1, −1)
    expect(matVec([[1, 2], [3, 4], [5, 6]], [1, -1])).toEqual([-1, -1, -1]);
    expect(() => matVec(zeros(3, 4), [1, 2])).toThrow('matVec: expected inner dimensions to match, got 3x4 · 2x1');
  });

  it('property: vecMat(x, W) = matVec(Wᵀ, x) = the single row of [x]·W', () => {
    fc.assert(
      fc.property(
        fc.tuple(dims, dims).chain(([n, m]) => fc.tuple(matrixArb(1, n, smallInt), matrixArb(n, m, smallInt))),
        ([[x], W]) => {
          expect(vecMat(x, W)).toEqual(matVec(transpose(W), x));
          expect(vecMat(x, W)).toEqual(matmul([x], W)[0]);
        },
      ),
    );
  });

  it('outer: (a bᵀ)ᵢⱼ = aᵢ bⱼ and has rank one (2x2 minors vanish)', () => {
    expect(outer([1, 2], [3, 4, 5])).toEqual([[3, 4, 5], [6, 8, 10]]);
    fc.assert(
      fc.property(fc.array(smallInt, { minLength: 2, maxLength: 4 }), fc.array(smallInt, { minLength: 2, maxLength: 4 }), (a, b) => {
        const M = outer(a, b);
        expect(M[0][0] * M[1][1] - M[0][1] * M[1][0]).toBe(0);
      }),
    );
  });
});

describe('matrix element-wise operations', () => {
  it('addMatrices, scaleMatrix', () => {
    const A = [[1, 2], [3, 4]];
    const B = [[1, 1], [1, 1]];
    expect(addMatrices(A, B)).toEqual([[2, 3], [4, 5]]);
    expect(scaleMatrix(A, 2)).toEqual([[2, 4], [6, 8]]);
  });

  it('rejects different shapes with both shapes in the message', () => {
    expect(() => addMatrices(zeros(2, 3), zeros(3, 2))).toThrow('addMatrices: expected matrices of equal shape, got 2x3 and 3x2');
  });

  it('property: A + B + (−1) B = A up to rounding', () => {
    fc.assert(
      fc.property(fc.tuple(dims, dims).chain(([n, m]) => fc.tuple(matrixArb(n, m), matrixArb(n, m))), ([A, B]) => {
        expectAllClose(addMatrices(addMatrices(A, B), scaleMatrix(B, -1)), A, 1e-12, 1e-12);
      }),
    );
  });

  it('property: scale distributes over add', () => {
    fc.assert(
      fc.property(fc.array(finite(), { minLength: 1, maxLength: 6 }), finite(), (v, c) => {
        expectAllClose(scale(add(v, v), c), add(scale(v, c), scale(v, c)), 1e-12, 1e-12);
      }),
    );
  });
});
