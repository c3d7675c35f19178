/**
 * AdamW (Loshchilov & Hutter, "Decoupled Weight Decay Regularization"), in the form PyTorch uses.
 * For step t = 1, 2, … and every parameter θ with gradient g:
 *   θ ← θ − η λ θ                        (decoupled weight decay, only where decay is on)
 *   m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²
 *   m̂ = m / (1 − β₁ᵗ),       v̂ = v / (1 − β₂ᵗ)
 *   θ ← θ − η m̂ / (√v̂ + ε)
 * Pure: the step returns new parameters and a new state; inputs are not mutated.
 */
import { MathInputError } from './types';

/** Hyperparameters of {@link adamWStep}. */
export interface AdamWOptions {
  /** η > 0. */
  readonly learningRate: number;
  /** β₁, default 0.9. */
  readonly beta1?: number;
  /** β₂, default 0.999. */
  readonly beta2?: number;
  /** ε, default 1e-8. */
  readonly epsilon?: number;
  /** λ ≥ 0, default 0.01. */
  readonly weightDecay?: number;
}

/** Moments of every parameter tensor and the number of steps taken. */
export interface AdamWState {
  readonly step: number;
  readonly m: readonly Float64Array[];
  readonly v: readonly Float64Array[];
}

/** Zero moments for tensors of the given sizes, step 0. */
export function createAdamWState(sizes: readonly number[]): AdamWState {
  return { step: 0, m: sizes.map((n) => new Float64Array(n)), v: sizes.map((n) => new Float64Array(n)) };
}

/**
 * One AdamW step over a list of parameter tensors. `decay[k]` says whether tensor k gets weight
 * decay (usually the weight matrices, not biases or LayerNorm gains); all get it if omitted.
 */
export function adamWStep(
  params: readonly Float64Array[],
  grads: readonly Float64Array[],
  state: AdamWState,
  options: AdamWOptions,
  decay?: readonly boolean[],
): { params: Float64Array[]; state: AdamWState } {
  const { learningRate: lr, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weightDecay = 0.01 } = options;
  if (!(lr > 0) || !Number.isFinite(lr)) throw new MathInputError(`adamWStep: learning rate must be > 0, got ${lr}`);
  if (!(weightDecay >= 0)) throw new MathInputError(`adamWStep: weight decay must be ≥ 0, got ${weightDecay}`);
  if (grads.length !== params.length || state.m.length !== params.length || (decay && decay.length !== params.length)) {
    throw new MathInputError(
      `adamWStep: expected ${params.length} gradients, moments and decay flags, got ${grads.length}, ${state.m.length} and ${decay?.length ?? params.length}`,
    );
  }
  const t = state.step + 1;
  const c1 = 1 - beta1 ** t;
  const c2 = 1 - beta2 ** t;
  const newParams: Float64Array[] = [];
  const newM: Float64Array[] = [];
  const newV: Float64Array[] = [];
  params.forEach((theta, k) => {
    const g = grads[k];
    if (g.length !== theta.length || state.m[k].length !== theta.length) {
      throw new MathInputError(`adamWStep: tensor ${k} has ${theta.length} entries but its gradient ${g.length}`);
    }
    const shrink = decay === undefined || decay[k] ? 1 - lr * weightDecay : 1;
    const p = new Float64Array(theta.length);
    const m = new Float64Array(theta.length);
    const v = new Float64Array(theta.length);
    for (let i = 0; i < theta.length; i++) {
      m[i] = beta1 * state.m[k][i] + (1 - beta1) * g[i];
      v[i] = beta2 * state.v[k][i] + (1 - beta2) * g[i] * g[i];
      p[i] = theta[i] * shrink - (lr * (m[i] / c1)) / (Math.sqrt(v[i] / c2) + epsilon);
    }
    newParams.push(p);
    newM.push(m);
    newV.push(v);
  });
  return { params: newParams, state: { step: t, m: newM, v: newV } };
}
