import { describe, expect, it } from 'vitest';
import { adamWStep, createAdamWState } from '../../src/math';

describe('adamWStep', () => {
  it('matches a step worked by hand', () => {
    // θ = 1, g = 0.5, η = 0.1, λ = 0.01, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, t = 1:
    // decay: 1·(1 − 0.1·0.01) = 0.999; m = 0.05, v = 0.00025; m̂ = 0.5, v̂ = 0.25;
    // θ = 0.999 − 0.1·0.5/(0.5 + 1e-8) = 0.899 + 1e-9 (approximately 0.8990000002).
    const { params, state } = adamWStep([Float64Array.of(1)], [Float64Array.of(0.5)], createAdamWState([1]), {
      learningRate: 0.1,
      weightDecay: 0.01,
    });
    expect(params[0][0]).toBeCloseTo(0.999 - (0.1 * 0.5) / (0.5 + 1e-8), 15);
    expect(state.step).toBe(1);
    expect(state.m[0][0]).toBeCloseTo(0.05, 15);
    expect(state.v[0][0]).toBeCloseTo(0.00025, 15);
  });

  it('second step uses the bias-corrected moments', () => {
    const first = adamWStep([Float64Array.of(1)], [Float64Array.of(0.5)], createAdamWState([1]), { learningRate: 0.1, weightDecay: 0 });
    const second = adamWStep(first.params, [Float64Array.of(-1)], first.state, { learningRate: 0.1, weightDecay: 0 });
    const m = 0.9 * 0.05 + 0.1 * -1;
    const v = 0.999 * 0.00025 + 0.001 * 1;
    const expected = first.params[0][0] - (0.1 * (m / (1 - 0.81))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8);
    expect(second.params[0][0]).toBeCloseTo(expected, 14);
  });

  it('skips decay where it is off, and does not mutate its inputs', () => {
    const theta = Float64Array.of(2, 2);
    const grad = Float64Array.of(0, 0);
    const state = createAdamWState([2, 2]);
    const { params } = adamWStep([theta, Float64Array.of(2, 2)], [grad, grad], state, { learningRate: 0.5, weightDecay: 0.1 }, [true, false]);
    expect(Array.from(params[0])).toEqual([1.9, 1.9]);
    expect(Array.from(params[1])).toEqual([2, 2]);
    expect(Array.from(theta)).toEqual([2, 2]);
    expect(state.step).toBe(0);
  });

  it('rejects mismatched lists and bad learning rates', () => {
    expect(() => adamWStep([Float64Array.of(1)], [], createAdamWState([1]), { learningRate: 0.1 })).toThrow('expected 1 gradients');
    expect(() => adamWStep([Float64Array.of(1)], [Float64Array.of(1)], createAdamWState([1]), { learningRate: 0 })).toThrow('learning rate');
  });
});
