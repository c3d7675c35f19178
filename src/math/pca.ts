/**
 * Principal component analysis by power iteration on the covariance matrix, for plotting
 * high-dimensional vectors (token embeddings) in 2-D.
 *
 *   μ = (1/n) Σᵢ xᵢ,   C = (1/n) Σᵢ (xᵢ − μ)ᵀ (xᵢ − μ)
 *   power iteration v ← C v / ‖C v‖ converges to the eigenvector of the largest eigenvalue λ = vᵀ C v;
 *   deflation C ← C − λ v vᵀ then yields the next component.
 * Each component's sign is fixed so that its largest-magnitude entry is positive, so the plot
 * never flips between runs.
 */
import { createRng } from './random';
import { MathInputError, assertMatrix, type Matrix, type Vector } from './types';

/** Result of {@link pca}. */
export interface PcaResult {
  /** μ, the mean of the rows. */
  readonly mean: Vector;
  /** Unit eigenvectors of C, largest eigenvalue first (k × d). */
  readonly components: Matrix;
  /** Their eigenvalues λ: the variance of the data along each component. */
  readonly variances: Vector;
  /** trace(C): the total variance, Σ of all eigenvalues. */
  readonly totalVariance: number;
  /** (xᵢ − μ) · component, for every row (n × k). */
  readonly projections: Matrix;
}

const MAX_ITERATIONS = 10000;
const TOLERANCE = 1e-13;

/** The covariance C = (1/n) Σᵢ (xᵢ − μ)ᵀ (xᵢ − μ) (population, d × d) and the mean. */
export function covariance(data: Matrix): { mean: number[]; covariance: number[][] } {
  assertMatrix(data, 'covariance', 'data');
  const n = data.length;
  const d = data[0].length;
  const mean = new Array<number>(d).fill(0);
  for (const row of data) for (let j = 0; j < d; j++) mean[j] += row[j] / n;
  const c = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (const row of data) {
    for (let a = 0; a < d; a++) {
      const da = row[a] - mean[a];
      for (let b = 0; b < d; b++) c[a][b] += (da * (row[b] - mean[b])) / n;
    }
  }
  return { mean, covariance: c };
}

/** The first k principal components of the rows of `data` (n × d, k ≤ d). */
export function pca(data: Matrix, k = 2): PcaResult {
  assertMatrix(data, 'pca', 'data');
  const d = data[0].length;
  if (!Number.isInteger(k) || k < 1 || k > d) {
    throw new MathInputError(`pca: k must be a whole number from 1 to ${d}, got ${String(k)}`);
  }
  const { mean, covariance: c } = covariance(data);
  const totalVariance = c.reduce((s, row, i) => s + row[i], 0);
  const rng = createRng(1);
  const components: number[][] = [];
  const variances: number[] = [];
  for (let component = 0; component < k; component++) {
    let v = Array.from({ length: d }, () => rng.normal());
    for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      const w = c.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
      const norm = Math.hypot(...w);
      if (norm === 0) break; // no variance left: any unit vector orthogonal to the others will do
      const next = w.map((x) => x / norm);
      const change = Math.hypot(...next.map((x, j) => Math.abs(x) - Math.abs(v[j])));
      v = next;
      if (change < TOLERANCE) break;
    }
    // Keep v orthogonal to earlier components (rounding), unit length, largest entry positive.
    for (const u of components) {
      const p = u.reduce((s, x, j) => s + x * v[j], 0);
      v = v.map((x, j) => x - p * u[j]);
    }
    const norm = Math.hypot(...v);
    v = v.map((x) => x / norm);
    const largest = v.reduce((best, x, j) => (Math.abs(x) > Math.abs(v[best]) ? j : best), 0);
    if (v[largest] < 0) v = v.map((x) => -x);
    const lambda = v.reduce((s, x, a) => s + x * c[a].reduce((t, y, b) => t + y * v[b], 0), 0);
    components.push(v);
    variances.push(lambda);
    for (let a = 0; a < d; a++) for (let b = 0; b < d; b++) c[a][b] -= lambda * v[a] * v[b];
  }
  const projections = data.map((row) => components.map((u) => u.reduce((s, x, j) => s + x * (row[j] - mean[j]), 0)));
  return { mean, components, variances, totalVariance, projections };
}
