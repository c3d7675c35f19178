/**
 * Drawing the next word from the worked example's distribution, the way a chatbot does when it
 * samples instead of taking the argmax. A seeded generator makes every draw reproducible.
 */
import { MathInputError, assertVector, createRng, type Vector } from '../math';
import { DEFAULT_PARAMS, traceWorkedExample, type WorkedParams } from './workedExample';

/**
 * Inverse-CDF sampling: the first index i with u < p₀ + … + pᵢ, for u uniform in [0, 1).
 * Rounding can leave the last partial sum just below 1; u beyond it picks the last word with p > 0.
 */
export function sampleIndex(probabilities: Vector, u: number): number {
  assertVector(probabilities, 'sampleIndex', 'probabilities');
  if (!(u >= 0 && u < 1)) throw new MathInputError(`sampleIndex: u must be in [0, 1), got ${String(u)}`);
  let cumulative = 0;
  let lastPositive = -1;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i];
    if (p < 0) throw new MathInputError(`sampleIndex: probabilities must be ≥ 0, got ${p} at index ${i}`);
    if (p > 0) lastPositive = i;
    cumulative += p;
    if (u < cumulative) return i;
  }
  if (lastPositive < 0) throw new MathInputError('sampleIndex: all probabilities are 0');
  return lastPositive;
}

export interface SampleRun {
  /** The word index of every draw, in order. */
  draws: number[];
  /** How often each word was drawn; sums to the number of draws. */
  counts: number[];
  /** The distribution that was sampled from. */
  probabilities: Vector;
}

/** `count` independent draws from `probabilities` with the generator seeded by `seed`. */
export function sampleMany(probabilities: Vector, count: number, seed: number): SampleRun {
  if (!Number.isInteger(count) || count < 0) throw new MathInputError(`sampleMany: count must be an integer ≥ 0, got ${String(count)}`);
  assertVector(probabilities, 'sampleMany', 'probabilities');
  const rng = createRng(seed);
  const draws = Array.from({ length: count }, () => sampleIndex(probabilities, rng.next()));
  const counts = probabilities.map(() => 0);
  for (const i of draws) counts[i] += 1;
  return { draws, counts, probabilities };
}

/** Samples the next word of „Paris ist die Hauptstadt von …“ at temperature T, `count` times. */
export function sampleNextWords(count: number, seed: number, temperature: number, params: WorkedParams = DEFAULT_PARAMS): SampleRun {
  const trace = traceWorkedExample(params, { temperature });
  return sampleMany(trace.probabilities, count, seed);
}
