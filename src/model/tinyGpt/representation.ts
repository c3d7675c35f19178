/**
 * How far training moved the word vectors and whether cities and countries part: the cosine
 * similarity of the whole trained table E with its random start, and a nearest-centroid check
 * (is a city's vector nearer the mean of the other cities than the mean of the countries?) in the
 * model's own d dimensions and in the 2-D PCA the slide draws.
 */
import { denseToMatrix, pca, type Matrix } from '../../math';
import { initParams, type TinyGptParams } from './model';
import { SHIPPED_MODEL, shippedParams } from './shipped';
import { TOKEN_GROUPS } from './vocabulary';

/** cos(a, b) = a·b / (|a| |b|) of two equally long lists of numbers. */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) throw new Error(`cosineSimilarity: expected two non-empty lists of one length, got ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i] * b[i];
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return dot / Math.sqrt(na * nb);
}

/**
 * Leave-one-out nearest centroid with two classes: for each row, the centroids of both classes
 * without that row; the row counts as right if it is nearer its own class's centroid. Returns the
 * number of rows counted right.
 */
export function nearestCentroidCorrect(rows: Matrix, isFirstClass: readonly boolean[]): number {
  if (rows.length !== isFirstClass.length) throw new Error(`nearestCentroidCorrect: ${rows.length} rows but ${isFirstClass.length} labels`);
  const dims = rows[0]?.length ?? 0;
  let correct = 0;
  rows.forEach((row, i) => {
    const centroid = (first: boolean): number[] => {
      const members = rows.filter((_, j) => j !== i && isFirstClass[j] === first);
      return Array.from({ length: dims }, (_, d) => members.reduce((s, m) => s + m[d], 0) / members.length);
    };
    const distance = (c: readonly number[]): number => Math.hypot(...row.map((v, d) => v - c[d]));
    if ((distance(centroid(true)) < distance(centroid(false))) === isFirstClass[i]) correct++;
  });
  return correct;
}

/** Drift and separation of the token embeddings, before and after training. */
export function representationView(params: TinyGptParams = shippedParams(), seed: number = SHIPPED_MODEL.seed) {
  const initial = initParams(params.config, seed).tokenEmbedding;
  const trained = denseToMatrix(params.tokenEmbedding);
  const ids = TOKEN_GROUPS.map((g, i) => (g === 'other' ? -1 : i)).filter((i) => i >= 0);
  const isCity = ids.map((i) => TOKEN_GROUPS[i] === 'city');
  const projected = pca(trained, 2).projections;
  const initialRows = denseToMatrix(initial);
  return {
    /** cos(E_init, E_trained) over the whole table. */
    cosineToInit: cosineSimilarity(initial.data, params.tokenEmbedding.data),
    /** Cities and countries together. */
    placeWords: ids.length,
    /** Right by nearest centroid in d dimensions, trained and at the start. */
    separatedFull: nearestCentroidCorrect(ids.map((i) => trained[i]), isCity),
    separatedFullInit: nearestCentroidCorrect(ids.map((i) => initialRows[i]), isCity),
    /** Right by nearest centroid in the 2-D PCA drawn on the slide. */
    separated2d: nearestCentroidCorrect(ids.map((i) => projected[i]), isCity),
  };
}
