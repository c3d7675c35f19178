import { describe, expect, it } from 'vitest';
import {
  MathInputError,
  assertIndex,
  assertLength,
  assertMatrix,
  assertShape,
  assertVector,
  formatShape,
  shapeOf,
} from '../../src/math';

describe('shapeOf / formatShape', () => {
  it('reports rows x cols', () => {
    expect(shapeOf([[1, 2, 3], [4, 5, 6]])).toEqual([2, 3]);
    expect(formatShape(shapeOf([[1, 2, 3], [4, 5, 6]]))).toBe('2x3');
    expect(formatShape([5, 4])).toBe('5x4');
  });

  it('gives 0x0 for a matrix without rows', () => {
    expect(shapeOf([])).toEqual([0, 0]);
  });
});

describe('MathInputError', () => {
  it('is an Error with its own name', () => {
    const e = new MathInputError('x: bad');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('MathInputError');
    expect(e.message).toBe('x: bad');
  });
});

describe('assertVector', () => {
  it('accepts finite numbers', () => {
    expect(() => assertVector([0, -1.5, 1e300], 'op')).not.toThrow();
  });

  it('reports NaN with its index', () => {
    expect(() => assertVector([1, 2, NaN], 'softmax', 'input')).toThrow('softmax: input contains NaN at index 2');
  });

  it('reports ±Infinity with its index', () => {
    expect(() => assertVector([Infinity], 'op', 'v')).toThrow('op: v contains Infinity at index 0');
    expect(() => assertVector([0, -Infinity], 'op', 'v')).toThrow('op: v contains -Infinity at index 1');
  });

  it('rejects empty vectors and non-arrays', () => {
    expect(() => assertVector([], 'op')).toThrow(MathInputError);
    expect(() => assertVector('12' as unknown as number[], 'op')).toThrow(MathInputError);
  });
});

describe('assertMatrix', () => {
  it('reports ragged rows with their length', () => {
    expect(() => assertMatrix([[1, 2], [3]], 'matmul', 'B')).toThrow('matmul: B is ragged: row 1 has 1 columns, expected 2');
  });

  it('reports NaN with its position', () => {
    expect(() => assertMatrix([[1, 2], [3, NaN]], 'attention', 'Q')).toThrow('attention: Q contains NaN at [1, 1]');
  });

  it('rejects matrices without rows or columns', () => {
    expect(() => assertMatrix([], 'op')).toThrow(MathInputError);
    expect(() => assertMatrix([[]], 'op')).toThrow(MathInputError);
  });
});

describe('assertShape / assertLength / assertIndex', () => {
  it('prints expected and actual shape', () => {
    expect(() => assertShape([[1, 2, 3]], 4, 4, 'trace', 'W_Q')).toThrow('trace: expected W_Q to be 4x4, got 1x3');
    expect(() => assertShape([[1, 2]], 1, 2, 'trace')).not.toThrow();
  });

  it('prints expected and actual length', () => {
    expect(() => assertLength([1, 2], 3, 'trace', 'b')).toThrow('trace: expected b to have length 3, got 2');
  });

  it('accepts only integer indices in range', () => {
    expect(() => assertIndex(2, 3, 'op')).not.toThrow();
    expect(() => assertIndex(3, 3, 'op')).toThrow('op: index must be an integer in [0, 2], got 3');
    expect(() => assertIndex(0.5, 3, 'op')).toThrow(MathInputError);
    expect(() => assertIndex(-1, 3, 'op')).toThrow(MathInputError);
  });
});
