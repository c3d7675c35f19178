import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError } from '../../src/math';
import { DEFAULT_PARAMS, TARGET_INDEX, traceWorkedExample } from '../../src/model';
import { sampleIndex, sampleMany, sampleNextWords } from '../../src/model/sampling';

describe('sampleIndex (inverse CDF)', () => {
  it('hand-worked: p = (0,5; 0,3; 0,2)', () => {
    const p = [0.5, 0.3, 0.2];
    expect(sampleIndex(p, 0)).toBe(0);
    expect(sampleIndex(p, 0.49)).toBe(0);
    expect(sampleIndex(p, 0.5)).toBe(1);
    expect(sampleIndex(p, 0.79)).toBe(1);
    expect(sampleIndex(p, 0.81)).toBe(2);
  });

  it('never picks a word with p = 0, even when the sum falls short of 1', () => {
    expect(sampleIndex([0.3, 0.69999, 0], 0.999999)).toBe(1);
    expect(() => sampleIndex([0, 0], 0.5)).toThrow('sampleIndex: all probabilities are 0');
    expect(() => sampleIndex([0.5, 0.5], 1)).toThrow(MathInputError);
  });
});

describe('sampleMany / sampleNextWords', () => {
  it('is reproducible for a seed, and the counts sum to N', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 60 }), (seed, n) => {
        const a = sampleNextWords(n, seed, 1);
        expect(sampleNextWords(n, seed, 1)).toEqual(a);
        expect(a.counts.reduce((s, c) => s + c, 0)).toBe(n);
        expect(a.draws).toHaveLength(n);
        a.draws.forEach((i) => expect(a.counts[i]).toBeGreaterThan(0));
      }),
    );
  });

  it('samples the trace probabilities of the worked example at temperature T', () => {
    const run = sampleNextWords(20, 7, 1.5);
    expect(run.probabilities).toEqual(traceWorkedExample(DEFAULT_PARAMS, { temperature: 1.5 }).probabilities);
  });

  it('T → 0: always „Frankreich“', () => {
    for (const seed of [1, 2, 3]) {
      const run = sampleNextWords(200, seed, 1e-3);
      expect(run.counts[TARGET_INDEX]).toBe(200);
    }
  });

  it('T = 1: with p(Frankreich) ≈ 0,44 the model names a wrong country in about 56 % of 2000 draws', () => {
    const run = sampleNextWords(2000, 11, 1);
    const wrong = 2000 - run.counts[TARGET_INDEX];
    expect(wrong / 2000).toBeGreaterThan(0.5);
    expect(wrong / 2000).toBeLessThan(0.62);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => sampleMany([1], -1, 0)).toThrow(MathInputError);
    expect(() => sampleMany([1], 1.5, 0)).toThrow(MathInputError);
  });
});
