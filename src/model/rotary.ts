/**
 * Everything the rotary slide (section 8) shows: one pair rotated by m·θ (in radians and degrees),
 * and the RoPE score of a query at position m and a key `distance` tokens later, before and after
 * shifting both positions by s (equal: only n − m counts), next to the plain dot product, and the
 * spread of frequencies of a real head (ropeFrequencySpread).
 */
import { dot } from '../math';
import { rotaryAngle, rotaryFrequencies, rotaryScore, rotatePair, type Pair } from '../math/rotary';

/** Width of one attention head in Llama-style models, d = 128: 64 pairs, each with its own θ. */
export const ROPE_HEAD_DIM = 128;

/**
 * The frequencies θ_m = 10000^(−2m/d) of a head of width d, the fastest and the slowest, and their
 * wavelengths 2π/θ in tokens: the fast pairs tell neighbours apart, the slow ones long distances.
 */
export function ropeFrequencySpread(d = ROPE_HEAD_DIM) {
  const frequencies = rotaryFrequencies(d);
  const fastest = frequencies[0];
  const slowest = frequencies[frequencies.length - 1];
  return { d, pairs: frequencies.length, fastest, slowest, shortestWavelength: (2 * Math.PI) / fastest, longestWavelength: (2 * Math.PI) / slowest };
}

export interface RotaryExample {
  /** The pair that is rotated. */
  readonly pair: Pair;
  /** Query and key of the relative-position check. */
  readonly query: Pair;
  readonly key: Pair;
  /** The key sits this many tokens after the query. */
  readonly distance: number;
}

export interface RotarySetting {
  readonly position: number;
  readonly theta: number;
  readonly shift: number;
}

export function rotaryView({ position, theta, shift }: RotarySetting, example: RotaryExample) {
  const angle = rotaryAngle(position, theta);
  const m = position;
  const n = position + example.distance;
  return {
    angle,
    degrees: (angle * 180) / Math.PI,
    rotated: rotatePair(example.pair, angle),
    m,
    n,
    scoreHere: rotaryScore(example.query, m, example.key, n, [theta]),
    scoreShifted: rotaryScore(example.query, m + shift, example.key, n + shift, [theta]),
    plain: dot(example.query, example.key),
    spread: ropeFrequencySpread(),
  };
}
