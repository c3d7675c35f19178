/**
 * Softmax with temperature, its logarithmic forms and its backward pass.
 *
 * All forms subtract the maximum before exponentiating, so they are stable for any finite
 * logits (softmax([1000, 1000]) = [0.5, 0.5], not NaN). The temperature divides the shifted
 * logits, (zᵢ − max z) / T ≤ 0, so even T = 1e-12 cannot overflow: entries equal to the
 * maximum give exp(0) = 1, all others underflow to 0, which is the argmax one-hot with ties
 * split evenly.
 */
import { assertPositiveFinite, assertVector, MathInputError, type Vector } from './types';

function maxOf(v: Vector): number {
  let m = -Infinity;
  for (const x of v) if (x > m) m = x;
  return m;
}

/** Shifted and tempered logits (zᵢ − max z) / T; every entry is ≤ 0 and at least one is 0. */
function shiftedTempered(logits: Vector, temperature: number): number[] {
  const m = maxOf(logits);
  // (z - m) can only overflow to -Infinity for |z| near Number.MAX_VALUE; exp(-Infinity) = 0 is then correct.
  return logits.map((z) => (z - m) / temperature);
}

/**
 * softmax(z; T)ᵢ = exp((zᵢ − max z)/T) / Σⱼ exp((zⱼ − max z)/T).
 * T > 0 must be finite; as T → 0 the result tends to the argmax one-hot (ties split evenly),
 * as T → ∞ to the uniform distribution.
 */
export function softmax(logits: Vector, temperature = 1): Vector {
  assertVector(logits, 'softmax', 'input');
  assertPositiveFinite(temperature, 'softmax', 'temperature');
  const exps = shiftedTempered(logits, temperature).map(Math.exp);
  let total = 0;
  for (const e of exps) total += e; // ≥ 1 because the maximum contributes exp(0) = 1
  return exps.map((e) => e / total);
}

/** log Σᵢ exp(xᵢ) = m + log Σᵢ exp(xᵢ − m) with m = max x; finite for all finite x. */
export function logSumExp(values: Vector): number {
  assertVector(values, 'logSumExp', 'input');
  const m = maxOf(values);
  let total = 0;
  for (const x of values) total += Math.exp(x - m);
  return m + Math.log(total);
}

/**
 * log softmax(z; T)ᵢ = uᵢ − log Σⱼ exp(uⱼ) with uᵢ = (zᵢ − max z)/T.
 * Never computed as Math.log(softmax(z)), so it stays finite where softmax underflows to 0
 * (except when uᵢ itself underflows to −Infinity, which needs (max z − zᵢ)/T > 1.8e308).
 */
export function logSoftmax(logits: Vector, temperature = 1): Vector {
  assertVector(logits, 'logSoftmax', 'input');
  assertPositiveFinite(temperature, 'logSoftmax', 'temperature');
  const u = shiftedTempered(logits, temperature);
  let total = 0;
  for (const x of u) total += Math.exp(x); // ≥ 1, so the log is ≥ 0 and finite
  const logTotal = Math.log(total);
  return u.map((x) => x - logTotal);
}

/**
 * Backward pass of p = softmax(z; T) as a vector-Jacobian product:
 * ∂L/∂zᵢ = pᵢ (gᵢ − Σⱼ gⱼ pⱼ) / T, where g = ∂L/∂p is the upstream gradient.
 * (The Jacobian is ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)/T.) Entries with pᵢ = 0, e.g. masked positions,
 * receive exactly 0.
 */
export function softmaxBackward(probabilities: Vector, upstream: Vector, temperature = 1): Vector {
  assertVector(probabilities, 'softmaxBackward', 'probabilities');
  assertVector(upstream, 'softmaxBackward', 'upstream');
  assertPositiveFinite(temperature, 'softmaxBackward', 'temperature');
  if (probabilities.length !== upstream.length) {
    throw new MathInputError(
      `softmaxBackward: expected probabilities and upstream of equal length, got ${probabilities.length} and ${upstream.length}`,
    );
  }
  let gp = 0;
  for (let i = 0; i < upstream.length; i++) gp += upstream[i] * probabilities[i];
  // p = 0 (e.g. a masked position) gives +0 rather than -0, so tables never show "-0".
  return probabilities.map((p, i) => (p === 0 ? 0 : (p * (upstream[i] - gp)) / temperature));
}
