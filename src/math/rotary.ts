/**
 * Rotary position encoding (RoPE, Su et al. 2021, "RoFormer"): instead of adding a position
 * vector, every pair of coordinates (x_{2i}, x_{2i+1}) of a query or key at position m is rotated
 * by the angle m·θᵢ, with frequencies θᵢ = base^{−2i/d}:
 *
 *   ( x' )   ( cos mθ  −sin mθ ) ( x )
 *   ( y' ) = ( sin mθ   cos mθ ) ( y )
 *
 * Rotations keep lengths, and R(mθ)ᵀ R(nθ) = R((n − m)θ), so the score q_m · k_n depends on the
 * positions only through the distance n − m.
 */
import { MathInputError, assertFiniteNumber, assertVector, type Vector } from './types';

/** A 2-D point (x, y). */
export type Pair = readonly [number, number];

/** The pair (x, y) rotated counter-clockwise by `angle` radians. */
export function rotatePair(pair: Pair, angle: number): Pair {
  assertFiniteNumber(pair[0], 'rotatePair', 'x');
  assertFiniteNumber(pair[1], 'rotatePair', 'y');
  assertFiniteNumber(angle, 'rotatePair', 'angle');
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return [c * pair[0] - s * pair[1], s * pair[0] + c * pair[1]];
}

/** The angle m·θ (radians) for position m and frequency θ. */
export function rotaryAngle(position: number, theta: number): number {
  assertFiniteNumber(position, 'rotaryAngle', 'position');
  assertFiniteNumber(theta, 'rotaryAngle', 'theta');
  return position * theta;
}

/** The frequencies θᵢ = base^{−2i/d}, i = 0 … d/2 − 1, for an even dimension d. */
export function rotaryFrequencies(d: number, base = 10000): Vector {
  if (!Number.isInteger(d) || d < 2 || d % 2 !== 0) {
    throw new MathInputError(`rotaryFrequencies: d must be an even integer ≥ 2, got ${String(d)}`);
  }
  assertFiniteNumber(base, 'rotaryFrequencies', 'base');
  if (base <= 0) throw new MathInputError(`rotaryFrequencies: base must be > 0, got ${base}`);
  return Array.from({ length: d / 2 }, (_, i) => base ** (-(2 * i) / d));
}

/**
 * RoPE of a whole vector of even length d at position m: pair i, (x_{2i}, x_{2i+1}), is rotated by
 * m·θᵢ. `frequencies` defaults to rotaryFrequencies(d).
 */
export function applyRotary(x: Vector, position: number, frequencies?: Vector): Vector {
  assertVector(x, 'applyRotary', 'x');
  if (x.length % 2 !== 0) throw new MathInputError(`applyRotary: x must have even length, got ${x.length}`);
  const freqs = frequencies ?? rotaryFrequencies(x.length);
  if (freqs.length !== x.length / 2) {
    throw new MathInputError(`applyRotary: expected ${x.length / 2} frequencies for length ${x.length}, got ${freqs.length}`);
  }
  const out: number[] = [];
  for (let i = 0; i < freqs.length; i++) {
    const [a, b] = rotatePair([x[2 * i], x[2 * i + 1]], rotaryAngle(position, freqs[i]));
    out.push(a, b);
  }
  return out;
}

/** The attention score of a query at position m and a key at position n after RoPE: R_m q · R_n k. */
export function rotaryScore(q: Vector, m: number, k: Vector, n: number, frequencies?: Vector): number {
  const rq = applyRotary(q, m, frequencies);
  const rk = applyRotary(k, n, frequencies);
  if (rq.length !== rk.length) throw new MathInputError(`rotaryScore: q and k must have equal length, got ${rq.length} and ${rk.length}`);
  let s = 0;
  for (let i = 0; i < rq.length; i++) s += rq[i] * rk[i];
  return s;
}
