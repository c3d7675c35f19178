/** fast-check generators for vectors and matrices of finite numbers. */
import fc from 'fast-check';

/** Finite doubles in [-max, max] (fast-check excludes NaN and ±Infinity once min/max are finite). */
export const finite = (max = 10): fc.Arbitrary<number> => fc.double({ min: -max, max, noNaN: true });

/** Vectors of the given length range. */
export const vectorArb = (minLength = 1, maxLength = 8, max = 10): fc.Arbitrary<number[]> =>
  fc.array(finite(max), { minLength, maxLength });

/** A rows×cols matrix with entries from `entry`. */
export const matrixArb = (rows: number, cols: number, entry: fc.Arbitrary<number> = finite()): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

/** Small integer entries, for which sums of products are exact in floating point. */
export const smallInt = fc.integer({ min: -9, max: 9 });
