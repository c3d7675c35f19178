import { describe, expect, it } from 'vitest';
import { MathInputError, createRng, randomNormalMatrix, randomNormalVector, shapeOf } from '../../src/math';

describe('createRng (mulberry32)', () => {
  it('is deterministic for a seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20 }, () => a.next());
    const ys = Array.from({ length: 20 }, () => b.next());
    expect(xs).toEqual(ys);
  });

  it('different seeds give different streams', () => {
    expect(createRng(1).next()).not.toBe(createRng(2).next());
  });

  it('next() lies in [0, 1) and has mean ≈ 1/2', () => {
    const rng = createRng(7);
    let total = 0;
    for (let i = 0; i < 20000; i++) {
      const x = rng.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      total += x;
    }
    expect(total / 20000).toBeCloseTo(0.5, 1);
  });

  it('normal() has mean ≈ 0 and variance ≈ 1', () => {
    const rng = createRng(123);
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
    expect(xs.every(Number.isFinite)).toBe(true);
  });

  it('uniform(min, max) stays in range and rejects an empty range', () => {
    const rng = createRng(5);
    for (let i = 0; i < 1000; i++) {
      const x = rng.uniform(-2, 3);
      expect(x).toBeGreaterThanOrEqual(-2);
      expect(x).toBeLessThan(3);
    }
    expect(() => rng.uniform(1, 1)).toThrow(MathInputError);
  });

  it('rejects a non-integer seed', () => {
    expect(() => createRng(0.5)).toThrow('createRng: seed must be an integer, got 0.5');
    expect(() => createRng(NaN)).toThrow(MathInputError);
  });
});

describe('random matrices', () => {
  it('have the requested shape and are reproducible', () => {
    const A = randomNormalMatrix(createRng(3), 5, 4, 0.1);
    expect(shapeOf(A)).toEqual([5, 4]);
    expect(randomNormalMatrix(createRng(3), 5, 4, 0.1)).toEqual(A);
    expect(randomNormalVector(createRng(3), 6)).toHaveLength(6);
  });

  it('reject bad sizes', () => {
    expect(() => randomNormalMatrix(createRng(1), 0, 2)).toThrow('randomNormalMatrix: rows must be a positive integer, got 0');
  });
});
