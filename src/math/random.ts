/**
 * Seeded pseudo-random numbers, so that every "random" matrix on a slide or in a test is the
 * same on every run. Math.random is never used in src/math or src/model.
 */
import { MathInputError, assertFiniteNumber, type Matrix, type Vector } from './types';

/** A deterministic random number generator. */
export interface Rng {
  /** Uniform number in [0, 1). */
  next(): number;
  /** Uniform number in [min, max). */
  uniform(min: number, max: number): number;
  /** Standard normal number N(0, 1) (Box–Muller transform). */
  normal(): number;
}

/**
 * mulberry32 (Tommy Ettinger): a 32-bit state s advanced by s ← s + 0x6D2B79F5, then mixed;
 * the result is the mixed 32-bit integer divided by 2³². Period 2³², plenty for teaching.
 * The seed must be a finite integer; it is reduced modulo 2³².
 */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed)) {
    throw new MathInputError(`createRng: seed must be an integer, got ${String(seed)}`);
  }
  let state = seed >>> 0;
  let spare: number | null = null;

  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const uniform = (min: number, max: number): number => {
    assertFiniteNumber(min, 'rng.uniform', 'min');
    assertFiniteNumber(max, 'rng.uniform', 'max');
    if (!(max > min)) throw new MathInputError(`rng.uniform: expected min < max, got ${min} and ${max}`);
    return min + (max - min) * next();
  };

  // Box–Muller: z₀ = √(−2 ln u₁) cos(2π u₂), z₁ = √(−2 ln u₁) sin(2π u₂); z₁ is kept for the next call.
  const normal = (): number => {
    if (spare !== null) {
      const z = spare;
      spare = null;
      return z;
    }
    const u1 = 1 - next(); // in (0, 1], so the log is finite
    const u2 = next();
    const r = Math.sqrt(-2 * Math.log(u1));
    spare = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  };

  return { next, uniform, normal };
}

function assertSize(n: number, op: string, name: string): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new MathInputError(`${op}: ${name} must be a positive integer, got ${String(n)}`);
  }
}

/** Vector with entries σ·N(0, 1), drawn from `rng`. */
export function randomNormalVector(rng: Rng, length: number, std = 1): Vector {
  assertSize(length, 'randomNormalVector', 'length');
  assertFiniteNumber(std, 'randomNormalVector', 'std');
  return Array.from({ length }, () => std * rng.normal());
}

/** rows×cols matrix with entries σ·N(0, 1), drawn row by row from `rng`. */
export function randomNormalMatrix(rng: Rng, rows: number, cols: number, std = 1): Matrix {
  assertSize(rows, 'randomNormalMatrix', 'rows');
  assertSize(cols, 'randomNormalMatrix', 'cols');
  assertFiniteNumber(std, 'randomNormalMatrix', 'std');
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => std * rng.normal()));
}
