import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MathInputError,
  dot,
  logSoftmax,
  logSumExp,
  softmax,
  softmaxBackward,
  sum,
} from '../../src/math';
import { finite, vectorArb } from '../helpers/arbitraries';
import { expectAllClose, numericalGradient } from '../helpers/finiteDifference';

const temperatureArb = fc.double({ min: 0.05, max: 20, noNaN: true });

describe('softmax', () => {
  it('hand-worked: softmax([1, 2, 3]) = e^z / (e + e² + e³)', () => {
    const total = Math.E + Math.E ** 2 + Math.E ** 3;
    expectAllClose(softmax([1, 2, 3]), [Math.E / total, Math.E ** 2 / total, Math.E ** 3 / total], 1e-15, 1e-14);
    expectAllClose(softmax([1, 2, 3]), [0.09003057317038046, 0.24472847105479764, 0.6652409557748219], 1e-15, 1e-14);
  });

  it('overflow: softmax([1000, 1000]) = [0.5, 0.5]', () => {
    expect(softmax([1000, 1000])).toEqual([0.5, 0.5]);
  });

  it('underflow: softmax([-1000, 0]) = [~0, 1] without NaN', () => {
    const p = softmax([-1000, 0]);
    expect(p[0]).toBeGreaterThanOrEqual(0);
    expect(p[0]).toBeLessThan(1e-300);
    expect(p[1]).toBe(1);
  });

  it('|z| = 1e4: softmax([1e4, 0, -1e4]) is the one-hot of the first entry', () => {
    expect(softmax([1e4, 0, -1e4])).toEqual([1, 0, 0]);
    expect(softmax([-1e4, -1e4])).toEqual([0.5, 0.5]);
  });

  it('handles the largest finite doubles', () => {
    const p = softmax([Number.MAX_VALUE, -Number.MAX_VALUE]);
    expect(p).toEqual([1, 0]);
  });

  it('temperature → 0 gives the argmax one-hot', () => {
    expect(softmax([0.2, 1.5, -3], 1e-3)).toEqual([0, 1, 0]);
    expect(softmax([0.2, 1.5, -3], 1e-12)).toEqual([0, 1, 0]);
    expect(softmax([0.2, 1.5, -3], Number.MIN_VALUE)).toEqual([0, 1, 0]);
  });

  it('temperature → 0 splits ties evenly', () => {
    expect(softmax([2, 1, 2], 1e-12)).toEqual([0.5, 0, 0.5]);
    expect(softmax([7, 7, 7, 7], 1e-12)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('temperature → ∞ approaches the uniform distribution', () => {
    expectAllClose(softmax([5, -5, 0], 1e12), [1 / 3, 1 / 3, 1 / 3], 1e-10);
  });

  it('temperature T equals softmax of z / T', () => {
    expectAllClose(softmax([1, 2, 4], 2), softmax([0.5, 1, 2]), 1e-15, 1e-14);
  });

  it('propagates NaN as a clear error', () => {
    expect(() => softmax([1, 2, NaN])).toThrow(MathInputError);
    expect(() => softmax([1, 2, NaN])).toThrow('softmax: input contains NaN at index 2');
    expect(() => softmax([Infinity, 0])).toThrow('softmax: input contains Infinity at index 0');
  });

  it('rejects a temperature that is not finite and > 0', () => {
    for (const t of [0, -1, NaN, Infinity, -Infinity]) {
      expect(() => softmax([1, 2], t)).toThrow(MathInputError);
    }
    expect(() => softmax([1, 2], 0)).toThrow('softmax: temperature must be a finite number > 0, got 0');
  });

  it('rejects an empty input', () => {
    expect(() => softmax([])).toThrow('softmax: input must not be empty');
  });

  it('does not mutate its input', () => {
    const z = Object.freeze([3, 1, 2]);
    softmax(z);
    expect(z).toEqual([3, 1, 2]);
  });

  it('property: entries lie in [0, 1] and sum to 1, for any temperature', () => {
    fc.assert(
      fc.property(vectorArb(1, 10, 1e4), temperatureArb, (z, t) => {
        const p = softmax(z, t);
        p.forEach((x) => {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        });
        expect(sum(p)).toBeCloseTo(1, 12);
      }),
    );
  });

  it('property: shift invariance softmax(z + c) = softmax(z)', () => {
    fc.assert(
      fc.property(vectorArb(1, 8, 50), finite(100), (z, c) => {
        expectAllClose(softmax(z.map((x) => x + c)), softmax(z), 1e-12, 1e-9);
      }),
    );
  });

  it('property: order-preserving, the argmax keeps the largest probability', () => {
    fc.assert(
      fc.property(vectorArb(2, 8, 50), (z) => {
        const p = softmax(z);
        for (let i = 0; i < z.length; i++)
          for (let j = 0; j < z.length; j++) if (z[i] > z[j]) expect(p[i]).toBeGreaterThanOrEqual(p[j]);
      }),
    );
  });
});

describe('logSumExp', () => {
  it('hand-worked: log(e^0 + e^0) = ln 2', () => {
    expect(logSumExp([0, 0])).toBeCloseTo(Math.LN2, 15);
  });

  it('overflow: logSumExp([1000, 1000]) = 1000 + ln 2', () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 10);
  });

  it('|z| = 1e4: logSumExp([1e4, 0]) = 1e4', () => {
    expect(logSumExp([1e4, 0])).toBe(1e4);
    expect(logSumExp([-1e4, -1e4])).toBeCloseTo(-1e4 + Math.LN2, 10);
  });

  it('propagates NaN as a clear error', () => {
    expect(() => logSumExp([0, NaN])).toThrow('logSumExp: input contains NaN at index 1');
  });

  it('property: max z ≤ logSumExp(z) ≤ max z + ln n', () => {
    fc.assert(
      fc.property(vectorArb(1, 10, 1e4), (z) => {
        const m = Math.max(...z);
        const l = logSumExp(z);
        expect(l).toBeGreaterThanOrEqual(m);
        expect(l).toBeLessThanOrEqual(m + Math.log(z.length) + 1e-9);
      }),
    );
  });
});

describe('logSoftmax', () => {
  it('equals log(softmax) where softmax does not underflow', () => {
    fc.assert(
      fc.property(vectorArb(1, 8, 20), temperatureArb, (z, t) => {
        expectAllClose(logSoftmax(z, t), softmax(z, t).map(Math.log), 1e-9, 1e-9);
      }),
    );
  });

  it('underflow: stays finite where softmax is 0', () => {
    const l = logSoftmax([-1000, 0]);
    expect(l[0]).toBe(-1000);
    expect(l[1]).toBeCloseTo(0, 15);
    expect(logSoftmax([1e4, 0])).toEqual([0, -1e4]);
  });

  it('equals z − logSumExp(z)', () => {
    const z = [0.3, -1.2, 2.5];
    const lse = logSumExp(z);
    expectAllClose(logSoftmax(z), z.map((x) => x - lse), 1e-15, 1e-14);
  });

  it('rejects a bad temperature', () => {
    expect(() => logSoftmax([1], 0)).toThrow(MathInputError);
  });
});

describe('softmaxBackward (gradient)', () => {
  it('hand-worked: p = (0.5, 0.5), g = (1, 0) gives (0.25, −0.25)', () => {
    expect(softmaxBackward([0.5, 0.5], [1, 0])).toEqual([0.25, -0.25]);
    expect(softmaxBackward([0.5, 0.5], [1, 0], 2)).toEqual([0.125, -0.125]);
  });

  it('gradient: matches central finite differences of L(z) = g · softmax(z / T)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(vectorArb(n, n, 3), vectorArb(n, n, 3))),
        fc.double({ min: 0.3, max: 5, noNaN: true }),
        ([z, g], t) => {
          const analytic = softmaxBackward(softmax(z, t), g, t);
          const numeric = numericalGradient((x) => dot(g, softmax(x, t)), z);
          expectAllClose(analytic, numeric, 1e-8, 1e-6);
        },
      ),
    );
  });

  it('property: the gradient sums to 0 (softmax is shift invariant)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(vectorArb(n, n, 5), vectorArb(n, n, 5))), ([z, g]) => {
        expect(sum(softmaxBackward(softmax(z), g))).toBeCloseTo(0, 12);
      }),
    );
  });

  it('gives exactly 0 where p is 0', () => {
    expect(softmaxBackward([0, 1], [5, 1])).toEqual([0, 0]);
  });

  it('prints both lengths on a mismatch and rejects NaN', () => {
    expect(() => softmaxBackward([0.5, 0.5], [1])).toThrow(
      'softmaxBackward: expected probabilities and upstream of equal length, got 2 and 1',
    );
    expect(() => softmaxBackward([0.5, 0.5], [1, NaN])).toThrow('softmaxBackward: upstream contains NaN at index 1');
  });
});
