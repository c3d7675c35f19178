import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError, dot } from '../../src/math';
import { applyRotary, rotaryAngle, rotaryFrequencies, rotaryScore, rotatePair } from '../../src/math/rotary';
import { finite, vectorArb } from '../helpers/arbitraries';
import { expectAllClose } from '../helpers/finiteDifference';

const position = fc.integer({ min: -64, max: 64 });

describe('rotatePair', () => {
  it('rotates (1, 0) by 90° to (0, 1), hand-worked', () => {
    expectAllClose(rotatePair([1, 0], Math.PI / 2), [0, 1], 1e-15);
    expectAllClose(rotatePair([2, 1], Math.PI), [-2, -1], 1e-15);
  });

  it('keeps the length', () => {
    fc.assert(
      fc.property(finite(), finite(), finite(10), (x, y, angle) => {
        const [a, b] = rotatePair([x, y], angle);
        expect(Math.hypot(a, b)).toBeCloseTo(Math.hypot(x, y), 9);
      }),
    );
  });

  it('rejects NaN', () => {
    expect(() => rotatePair([1, NaN], 0)).toThrow('rotatePair: y is NaN');
  });
});

describe('RoPE', () => {
  it('angle m·θ and frequencies θᵢ = 10000^{−2i/d}', () => {
    expect(rotaryAngle(3, 0.5)).toBe(1.5);
    expectAllClose(rotaryFrequencies(4), [1, 0.01], 1e-15);
    expect(() => rotaryFrequencies(3)).toThrow(MathInputError);
  });

  it('position 0 is the identity', () => {
    fc.assert(fc.property(vectorArb(4, 4), (x) => expectAllClose(applyRotary(x, 0), x, 1e-12)));
  });

  it('relative position: q_m · k_n = q_{m+s} · k_{n+s} for every shift s', () => {
    fc.assert(
      fc.property(vectorArb(4, 4, 3), vectorArb(4, 4, 3), position, position, position, (q, k, m, n, s) => {
        expect(rotaryScore(q, m + s, k, n + s)).toBeCloseTo(rotaryScore(q, m, k, n), 8);
      }),
    );
  });

  it('the score depends on n − m, and equals q · k at equal positions', () => {
    fc.assert(
      fc.property(vectorArb(2, 2, 3), vectorArb(2, 2, 3), position, (q, k, m) => {
        expect(rotaryScore(q, m, k, m, [0.4])).toBeCloseTo(dot(q, k), 8);
      }),
    );
  });

  it('rejects odd lengths and wrong frequency counts', () => {
    expect(() => applyRotary([1, 2, 3], 1)).toThrow('applyRotary: x must have even length, got 3');
    expect(() => applyRotary([1, 2], 1, [1, 2])).toThrow('applyRotary: expected 1 frequencies for length 2, got 2');
  });
});
