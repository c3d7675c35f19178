/**
 * Cross-entropy loss for one target class, computed straight from the logits.
 */
import { assertIndex, assertPositiveFinite, assertVector, type Vector } from './types';
import { logSoftmax } from './softmax';

/** Loss, probabilities and gradient of the cross-entropy for one example. */
export interface CrossEntropyResult {
  /** L = −log p_y ≥ 0. */
  readonly loss: number;
  /** p = softmax(z / T). */
  readonly probabilities: Vector;
  /** ∂L/∂z = (p − onehot(y)) / T. */
  readonly gradLogits: Vector;
}

/**
 * L(z, y) = −log softmax(z/T)_y = log Σⱼ exp(zⱼ/T) − z_y/T, evaluated with log-sum-exp
 * (never as −log(softmax(z)_y)), so logits like [1e4, 0] give finite losses (here 1e4 for y = 1).
 * Gradient: ∂L/∂zᵢ = (pᵢ − [i = y]) / T.
 */
export function crossEntropyFromLogits(logits: Vector, targetIndex: number, temperature = 1): CrossEntropyResult {
  assertVector(logits, 'crossEntropyFromLogits', 'logits');
  assertIndex(targetIndex, logits.length, 'crossEntropyFromLogits', 'targetIndex');
  assertPositiveFinite(temperature, 'crossEntropyFromLogits', 'temperature');
  const logP = logSoftmax(logits, temperature);
  const probabilities = logP.map(Math.exp);
  // -logP[y] is ≥ 0 mathematically; clamp the -0 / rounding case so the loss never reads "-0".
  const loss = Math.max(0, -logP[targetIndex]);
  const gradLogits = probabilities.map((p, i) => (p - (i === targetIndex ? 1 : 0)) / temperature);
  return { loss, probabilities, gradLogits };
}
