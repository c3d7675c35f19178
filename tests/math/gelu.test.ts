import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MathInputError,
  erf,
  geluExact,
  geluExactDerivative,
  geluTanh,
  geluTanhDerivative,
  normalCdf,
  relu,
  reluDerivative,
} from '../../src/math';
import { numericalDerivative } from '../helpers/finiteDifference';

// Reference values of erf from tables (Abramowitz & Stegun 7.1, 15+ digits).
const ERF_TABLE: readonly (readonly [number, number])[] = [
  [0.1, 0.1124629160182849],
  [0.5, 0.5204998778130465],
  [1, 0.8427007929497149],
  [1.5, 0.9661051464753108],
  [2, 0.9953222650189527],
  [3, 0.9999779095030014],
];

describe('erf', () => {
  it('matches tabulated values', () => {
    for (const [x, v] of ERF_TABLE) {
      expect(erf(x)).toBeCloseTo(v, 14);
      expect(erf(-x)).toBeCloseTo(-v, 14);
    }
    expect(erf(0)).toBe(0);
  });

  it('saturates at ±1 and stays within [−1, 1]', () => {
    expect(erf(10)).toBe(1);
    expect(erf(-10)).toBe(-1);
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => {
      expect(Math.abs(erf(x))).toBeLessThanOrEqual(1);
    }));
  });

  it('derivative 2/√π e^{−x²} matches finite differences (so the series is smooth)', () => {
    for (const x of [-3, -1, -0.2, 0, 0.7, 2, 4]) {
      expect(numericalDerivative(erf, x)).toBeCloseTo((2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), 8);
    }
  });

  it('Φ(0) = 0.5 and Φ(1.96) ≈ 0.975', () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 12);
  });
});

describe('GeLU', () => {
  it('exact: GeLU(1) = Φ(1) = 0.8413447460685429, GeLU(0) = 0, GeLU(−1) = −0.15865525393145707', () => {
    expect(geluExact(1)).toBeCloseTo(0.8413447460685429, 14);
    expect(geluExact(0)).toBe(0);
    expect(geluExact(-1)).toBeCloseTo(-0.15865525393145707, 14);
  });

  it('tanh approximation stays within 1e-3 of the exact GeLU', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 10, noNaN: true }), (x) => {
      expect(Math.abs(geluTanh(x) - geluExact(x))).toBeLessThan(1e-3);
    }));
  });

  it('behaves like ReLU far from 0', () => {
    expect(geluExact(20)).toBe(20);
    expect(geluExact(-20)).toBeCloseTo(0, 12);
    expect(geluTanh(20)).toBe(20);
    expect(geluTanh(-20)).toBeCloseTo(0, 12);
  });

  it('gradient: exact derivative Φ(x) + x φ(x) matches finite differences', () => {
    fc.assert(fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
      expect(geluExactDerivative(x)).toBeCloseTo(numericalDerivative(geluExact, x), 8);
    }));
  });

  it('gradient: tanh-approximation derivative matches finite differences', () => {
    fc.assert(fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
      expect(geluTanhDerivative(x)).toBeCloseTo(numericalDerivative(geluTanh, x), 8);
    }));
  });

  it('propagates NaN as a clear error', () => {
    expect(() => geluExact(NaN)).toThrow('geluExact: x is NaN');
    expect(() => geluTanh(Infinity)).toThrow(MathInputError);
    expect(() => erf(NaN)).toThrow(MathInputError);
  });
});

describe('ReLU', () => {
  it('max(0, x) and its derivative (0 at x = 0)', () => {
    expect([-2, 0, 3].map(relu)).toEqual([0, 0, 3]);
    expect([-2, 0, 3].map(reluDerivative)).toEqual([0, 0, 1]);
  });

  it('gradient: derivative matches finite differences away from the kink', () => {
    for (const x of [-1.5, -0.1, 0.1, 2]) expect(reluDerivative(x)).toBeCloseTo(numericalDerivative(relu, x), 8);
  });
});
