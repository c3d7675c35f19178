/**
 * √d_k evidence, checked against an independent computation: the dot products q · k_j summed by
 * hand from the trace's q and K, exponentiated and normalised without src/math.
 */
import { describe, expect, it } from 'vitest';
import { traceWorkedExample } from '../../src/model';
import { scalingEvidence } from '../../src/model/scalingEvidence';

function referenceWeights(q: readonly number[], K: readonly (readonly number[])[], divisor: number): number[] {
  const scores = K.map((k) => k.reduce((acc, kj, i) => acc + q[i] * kj, 0) / divisor);
  const exps = scores.map((s) => Math.exp(s));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

describe('scalingEvidence', () => {
  const trace = traceWorkedExample();
  const evidence = scalingEvidence(trace);

  it('divides by √4 = 2 for the worked example', () => {
    expect(evidence.dK).toBe(4);
    expect(evidence.sqrtDK).toBe(2);
  });

  it('matches a hand-summed softmax with and without the scaling', () => {
    const withScaling = referenceWeights(trace.q, trace.K, 2);
    const without = referenceWeights(trace.q, trace.K, 1);
    evidence.scaled.forEach((w, j) => expect(w).toBeCloseTo(withScaling[j], 12));
    evidence.unscaled.forEach((w, j) => expect(w).toBeCloseTo(without[j], 12));
    expect(evidence.scaled).toEqual(trace.weights);
  });

  it('without scaling the largest weight grows, every other one shrinks, the distribution gets sharper', () => {
    const { top, second } = evidence;
    expect([trace.tokens[top], trace.tokens[second]]).toEqual(['Paris', 'Hauptstadt']);
    expect(evidence.unscaled[top]).toBeGreaterThan(evidence.scaled[top]);
    evidence.scaled.forEach((w, j) => {
      if (j !== top) expect(evidence.unscaled[j]).toBeLessThan(w);
    });
    // The lecture's numbers, to two places: Paris 0,58 -> 0,83, Hauptstadt 0,23 -> 0,14.
    expect(evidence.scaled[top]).toBeCloseTo(0.58, 2);
    expect(evidence.unscaled[top]).toBeCloseTo(0.83, 2);
    expect(evidence.scaled[second]).toBeCloseTo(0.23, 2);
    expect(evidence.unscaled[second]).toBeCloseTo(0.14, 2);
    const entropy = (p: readonly number[]) => -p.reduce((acc, x) => acc + (x > 0 ? x * Math.log(x) : 0), 0);
    expect(entropy(evidence.unscaled)).toBeLessThan(entropy(evidence.scaled));
    for (const w of [...evidence.scaled, ...evidence.unscaled]) expect(w).toBeGreaterThanOrEqual(0);
    expect(evidence.unscaled.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
