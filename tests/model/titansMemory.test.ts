import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError } from '../../src/math';
import {
  DEMO_SCHEDULE,
  emptyMemory,
  frobeniusNorm,
  memoryLoss,
  memoryLossGradient,
  memoryRead,
  memoryStep,
  runMemory,
  titansStream,
  type MemoryState,
} from '../../src/model/titansMemory';
import { finite, matrixArb, vectorArb } from '../helpers/arbitraries';
import { expectAllClose, numericalGradientMatrix } from '../helpers/finiteDifference';

describe('memoryLoss and its gradient (column vectors: M(k) = M k)', () => {
  it('ℓ = ‖M k − v‖², hand-worked', () => {
    // M k = (1, 0), v = (0, 1): residual (1, −1), squared length 2.
    expect(memoryLoss([[1, 0], [0, 0]], [1, 1], [0, 1])).toBe(2);
  });

  it('gradient: ∇_M ℓ = 2 (M k − v) kᵀ matches central finite differences', () => {
    fc.assert(
      fc.property(matrixArb(3, 3, finite(2)), vectorArb(3, 3, 2), vectorArb(3, 3, 2), (M, k, v) => {
        const numeric = numericalGradientMatrix((m) => memoryLoss(m, k, v), M);
        expectAllClose(memoryLossGradient(M, k, v), numeric, 1e-6, 1e-6);
      }),
      { numRuns: 50 },
    );
  });

  it('reading does not change the memory: y = M q', () => {
    const M = [[1, 2], [3, 4]];
    expect(memoryRead(M, [1, -1])).toEqual([-1, -1]);
    expect(M).toEqual([[1, 2], [3, 4]]);
  });

  it('rejects shapes that do not match, with the shapes in the message', () => {
    expect(() => memoryLoss([[1, 0]], [1, 0], [0, 1])).toThrow('memoryLoss: expected M of shape 2x2 for k of length 2, got 1x2');
    expect(() => memoryLoss([[1, 0], [0, 1]], [1, NaN], [0, 1])).toThrow(MathInputError);
  });
});

describe('memoryStep: S_t = η S_{t−1} − θ ∇ℓ, M_t = (1 − α) M_{t−1} + S_t', () => {
  it('a hand-worked 2×2 step', () => {
    // M = [[1,0],[0,0]], k = (1,1), v = (0,1): M k − v = (1,−1), ℓ = 2, ∇ℓ = 2 (1,−1)(1,1)ᵀ = [[2,2],[−2,−2]].
    // S = 0,5·[[0,4, 0],[0, 0]] − 0,25·∇ℓ = [[−0,3, −0,5],[0,5, 0,5]];  M = 0,5·M + S = [[0,2, −0,5],[0,5, 0,5]].
    const result = memoryStep(
      { memory: [[1, 0], [0, 0]], surprise: [[0.4, 0], [0, 0]] },
      { key: [1, 1], value: [0, 1] },
      { eta: 0.5, theta: 0.25, alpha: 0.5 },
    );
    expect(result.loss).toBe(2);
    expect(result.gradient).toEqual([[2, 2], [-2, -2]]);
    expect(result.gradientNorm).toBe(4);
    expectAllClose(result.surprise, [[-0.3, -0.5], [0.5, 0.5]], 1e-12);
    expectAllClose(result.memory, [[0.2, -0.5], [0.5, 0.5]], 1e-12);
  });

  it('α = 1 forgets everything except the current surprise: M_t = S_t', () => {
    const stream = titansStream(3);
    let state: MemoryState = { memory: [[5, -1, 2, 0], [0, 3, 0, 1], [1, 1, 1, 1], [0, 0, 0, 9]], surprise: emptyMemory(4).surprise };
    for (const pair of stream) {
      const result = memoryStep(state, pair, { eta: 0.7, theta: 0.4, alpha: 1 });
      expect(result.memory).toEqual(result.surprise);
      state = result;
    }
  });

  it('θ = 0 learns nothing: an empty memory stays empty, a full one stays as it is (α = 0)', () => {
    const stream = titansStream(4);
    const run = runMemory(stream, { eta: 0.9, theta: 0, alpha: 0 });
    expect(frobeniusNorm(run.memory)).toBe(0);
    expect(run.steps.every((s) => s.recallError === run.recallBaseline)).toBe(true);
    const M = [[1, 2], [3, 4]];
    const step = memoryStep({ memory: M, surprise: [[0, 0], [0, 0]] }, { key: [1, 0], value: [0, 1] }, { eta: 0.5, theta: 0, alpha: 0 });
    expect(step.memory).toEqual(M);
  });

  it('one step with θ = ½, η = 0 and a unit key stores the pair exactly: M k = v', () => {
    const result = memoryStep(emptyMemory(2), { key: [0.6, 0.8], value: [2, -1] }, { eta: 0, theta: 0.5, alpha: 0 });
    expectAllClose(memoryRead(result.memory, [0.6, 0.8]), [2, -1], 1e-12);
  });

  it('rejects parameters outside their range', () => {
    const state = emptyMemory(2);
    const pair = { key: [1, 0], value: [0, 1] };
    expect(() => memoryStep(state, pair, { eta: 1.5, theta: 0.1, alpha: 0 })).toThrow('memoryStep: eta must be in [0, 1], got 1.5');
    expect(() => memoryStep(state, pair, { eta: 0.5, theta: -1, alpha: 0 })).toThrow(MathInputError);
    expect(() => memoryStep(state, pair, { eta: 0.5, theta: 0.1, alpha: NaN })).toThrow('memoryStep: alpha is NaN');
  });
});

describe('runMemory over the demo stream', () => {
  const stream = titansStream();

  it('is deterministic, follows the schedule, and keys are roughly unit length', () => {
    expect(titansStream()).toEqual(stream);
    expect(stream.map((p) => p.label)).toEqual(DEMO_SCHEDULE);
    for (const pair of stream) {
      expect(Math.hypot(...pair.key)).toBeGreaterThan(0.85);
      expect(Math.hypot(...pair.key)).toBeLessThan(1.15);
    }
  });

  it('reports one record per token; the surprise ‖∇ℓ‖ equals 2 √ℓ ‖k‖', () => {
    const run = runMemory(stream, { eta: 0.5, theta: 0.3, alpha: 0 });
    expect(run.steps).toHaveLength(stream.length);
    run.steps.forEach((s, t) => {
      expect(s.gradientNorm).toBeCloseTo(2 * Math.sqrt(s.loss) * Math.hypot(...stream[t].key), 10);
      expect(Number.isFinite(s.recallError)).toBe(true);
      expect(Math.abs(s.recallCosine)).toBeLessThanOrEqual(1 + 1e-12);
    });
  });

  it('a repeated fact surprises less than its first appearance', () => {
    const run = runMemory(stream, { eta: 0, theta: 0.5, alpha: 0 });
    const firstB = DEMO_SCHEDULE.indexOf('B');
    const secondB = DEMO_SCHEDULE.indexOf('B', firstB + 1);
    expect(run.steps[secondB].gradientNorm).toBeLessThan(run.steps[firstB].gradientNorm / 2);
  });

  it('forgetting (α > 0) recalls the early fact A worse at the end than α = 0', () => {
    const keep = runMemory(stream, { eta: 0.5, theta: 0.3, alpha: 0 });
    const forget = runMemory(stream, { eta: 0.5, theta: 0.3, alpha: 0.1 });
    expect(forget.steps.at(-1)!.recallError).toBeGreaterThan(keep.steps.at(-1)!.recallError);
    expect(keep.recallBaseline).toBeCloseTo(Math.hypot(...stream[0].value), 12);
  });

  it('rejects an empty stream and a recall index outside it', () => {
    expect(() => runMemory([], { eta: 0, theta: 0, alpha: 0 })).toThrow('runMemory: the stream must not be empty');
    expect(() => runMemory(stream, { eta: 0, theta: 0, alpha: 0 }, 99)).toThrow(MathInputError);
  });
});
