/** The cross-entropy slide's numbers, checked against plain logarithms. */
import { describe, expect, it } from 'vitest';
import { crossEntropyView } from '../../src/model/crossEntropyView';

describe('crossEntropyView', () => {
  const v = crossEntropyView(0.01, 100);

  it('our loss is −ln p(Frankreich), the target is one-hot on Frankreich', () => {
    expect(v.trace.vocabulary[v.trace.targetIndex]).toBe('Frankreich');
    expect(v.pTarget).toBe(v.trace.probabilities[v.trace.targetIndex]);
    expect(v.trace.loss).toBeCloseTo(-Math.log(v.pTarget), 12);
    expect(v.oneHot).toEqual(v.trace.vocabulary.map((word) => (word === 'Frankreich' ? 1 : 0)));
    expect(v.oneHot.filter((y) => y === 1)).toHaveLength(1);
  });

  it('the confident mistake p = 0,01 costs −ln 0,01 = 2 ln 10 ≈ 4,61, that many times our loss', () => {
    expect(v.mistakeLoss).toBeCloseTo(2 * Math.LN10, 12);
    expect(v.mistakeRatio).toBeCloseTo((2 * Math.LN10) / -Math.log(v.pTarget), 12);
  });

  it('the curve runs from (0,01; 4,61) to (1; 0)', () => {
    expect(v.curve).toHaveLength(100);
    expect(v.curve[0][0]).toBeCloseTo(0.01, 12);
    expect(v.curve[0][1]).toBeCloseTo(2 * Math.LN10, 12);
    expect(v.curve[99][0]).toBeCloseTo(1, 12);
    expect(v.curve[99][1]).toBeCloseTo(0, 12);
  });
});
