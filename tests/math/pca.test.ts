import { describe, expect, it } from 'vitest';
import { covariance, createRng, pca } from '../../src/math';
import { expectAllClose } from '../helpers/finiteDifference';

const rng = createRng(5);
// Correlated 4-D data: a strong direction, a weaker one and noise.
const data = Array.from({ length: 60 }, () => {
  const a = 3 * rng.normal();
  const b = rng.normal();
  return [a + 0.1 * rng.normal(), 0.5 * a + b, -b + 0.2 * rng.normal(), 0.3 * rng.normal()];
});
const variance = (u: readonly number[]): number => {
  const { covariance: c } = covariance(data);
  return u.reduce((s, x, a) => s + x * c[a].reduce((t, y, b) => t + y * u[b], 0), 0);
};

describe('pca', () => {
  const result = pca(data, 2);

  it('gives unit, orthogonal components', () => {
    const [u, v] = result.components;
    expect(Math.hypot(...u)).toBeCloseTo(1, 12);
    expect(Math.hypot(...v)).toBeCloseTo(1, 12);
    expect(u.reduce((s, x, j) => s + x * v[j], 0)).toBeCloseTo(0, 10);
  });

  it('each component is an eigenvector of the covariance with its variance as eigenvalue', () => {
    const { covariance: c } = covariance(data);
    result.components.forEach((u, k) => {
      const cu = c.map((row) => row.reduce((s, x, j) => s + x * u[j], 0));
      expectAllClose(cu, u.map((x) => x * result.variances[k]), 1e-9);
    });
  });

  it('the first component maximises the variance: no other direction has more', () => {
    const best = result.variances[0];
    for (let t = 0; t < 200; t++) {
      const w = Array.from({ length: 4 }, () => rng.normal());
      const norm = Math.hypot(...w);
      expect(variance(w.map((x) => x / norm))).toBeLessThanOrEqual(best + 1e-12);
    }
    expect(result.variances[0]).toBeGreaterThanOrEqual(result.variances[1]);
  });

  it('projections are the centred rows times the components, with the components’ variances', () => {
    const p0 = result.projections.map((p) => p[0]);
    const mean = p0.reduce((s, x) => s + x, 0) / p0.length;
    expect(mean).toBeCloseTo(0, 10);
    expect(p0.reduce((s, x) => s + x * x, 0) / p0.length).toBeCloseTo(result.variances[0], 9);
    expect(result.variances[0] + result.variances[1]).toBeLessThanOrEqual(result.totalVariance + 1e-12);
  });

  it('fixes the sign: the largest entry of each component is positive', () => {
    for (const u of result.components) {
      const largest = u.reduce((b, x, j) => (Math.abs(x) > Math.abs(u[b]) ? j : b), 0);
      expect(u[largest]).toBeGreaterThan(0);
    }
  });

  it('rejects k beyond the dimension', () => {
    expect(() => pca(data, 5)).toThrow('k must be a whole number from 1 to 4');
  });
});
