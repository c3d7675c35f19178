import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError, crossEntropyFromLogits, softmax, sum } from '../../src/math';
import { vectorArb } from '../helpers/arbitraries';
import { expectAllClose, numericalGradient } from '../helpers/finiteDifference';

describe('crossEntropyFromLogits', () => {
  it('hand-worked: logits [2, 1, 0], target 0 gives ln(e² + e + 1) − 2 ≈ 0.40760596', () => {
    const { loss, probabilities, gradLogits } = crossEntropyFromLogits([2, 1, 0], 0);
    expect(loss).toBeCloseTo(Math.log(Math.E ** 2 + Math.E + 1) - 2, 14);
    expect(loss).toBeCloseTo(0.40760596, 8);
    expectAllClose(probabilities, [0.6652409557748219, 0.24472847105479764, 0.09003057317038046], 1e-15, 1e-14);
    expectAllClose(gradLogits, [0.6652409557748219 - 1, 0.24472847105479764, 0.09003057317038046], 1e-15, 1e-14);
  });

  it('hand-worked: uniform logits give ln n', () => {
    expect(crossEntropyFromLogits([0, 0, 0, 0], 2).loss).toBeCloseTo(Math.log(4), 15);
  });

  it('gradient: equals p − onehot(y), divided by T', () => {
    const z = [0.5, -1, 2];
    const t = 0.7;
    const { gradLogits } = crossEntropyFromLogits(z, 1, t);
    const p = softmax(z, t);
    expectAllClose(gradLogits, [p[0] / t, (p[1] - 1) / t, p[2] / t], 1e-15, 1e-13);
  });

  it('gradient: matches central finite differences, with and without temperature', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(vectorArb(n, n, 5), fc.integer({ min: 0, max: n - 1 }))),
        fc.double({ min: 0.3, max: 4, noNaN: true }),
        ([z, y], t) => {
          const analytic = crossEntropyFromLogits(z, y, t).gradLogits;
          const numeric = numericalGradient((x) => crossEntropyFromLogits(x, y, t).loss, z);
          expectAllClose(analytic, numeric, 1e-8, 1e-6);
        },
      ),
    );
  });

  it('|z| = 1e4: logits [1e4, 0], target 1 gives loss 1e4, finite everywhere', () => {
    const r = crossEntropyFromLogits([1e4, 0], 1);
    expect(r.loss).toBe(1e4);
    expect(r.probabilities).toEqual([1, 0]);
    expect(r.gradLogits).toEqual([1, -1]);
    expect(crossEntropyFromLogits([1e4, 0], 0).loss).toBe(0);
    expect(crossEntropyFromLogits([-1e4, 1e4], 0).loss).toBe(2e4);
  });

  it('overflow: logits [1000, 1000] give ln 2', () => {
    expect(crossEntropyFromLogits([1000, 1000], 0).loss).toBeCloseTo(Math.LN2, 12);
  });

  it('tiny temperature: the loss is finite and the gradient finite', () => {
    const r = crossEntropyFromLogits([1, 2], 1, 1e-12);
    expect(r.loss).toBe(0);
    expect(r.gradLogits.every(Number.isFinite)).toBe(true);
    const wrong = crossEntropyFromLogits([1, 2], 0, 1e-3);
    expect(wrong.loss).toBeCloseTo(1000, 9);
  });

  it('property: loss ≥ 0 and the gradient sums to 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(vectorArb(n, n, 1e4), fc.integer({ min: 0, max: n - 1 }))), ([z, y]) => {
        const r = crossEntropyFromLogits(z, y);
        expect(r.loss).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(r.loss)).toBe(true);
        expect(sum(r.gradLogits)).toBeCloseTo(0, 10);
      }),
    );
  });

  it('property: loss = −ln p_y where p_y does not underflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((n) => fc.tuple(vectorArb(n, n, 20), fc.integer({ min: 0, max: n - 1 }))), ([z, y]) => {
        expect(crossEntropyFromLogits(z, y).loss).toBeCloseTo(-Math.log(softmax(z)[y]), 9);
      }),
    );
  });

  it('propagates NaN as a clear error', () => {
    expect(() => crossEntropyFromLogits([0, NaN], 0)).toThrow('crossEntropyFromLogits: logits contains NaN at index 1');
  });

  it('rejects a target index outside the vocabulary', () => {
    expect(() => crossEntropyFromLogits([0, 1], 2)).toThrow(
      'crossEntropyFromLogits: targetIndex must be an integer in [0, 1], got 2',
    );
    expect(() => crossEntropyFromLogits([0, 1], 0.5)).toThrow(MathInputError);
  });

  it('rejects a bad temperature', () => {
    expect(() => crossEntropyFromLogits([0, 1], 0, 0)).toThrow(MathInputError);
    expect(() => crossEntropyFromLogits([0, 1], 0, NaN)).toThrow(MathInputError);
  });
});
