/** The Titans sandbox's numbers, checked on a stream small enough to work out by hand. */
import { describe, expect, it } from 'vitest';
import { titansStream, type MemoryPair } from '../../src/model/titansMemory';
import { titansSandbox } from '../../src/model/titansSandbox';

// d = 2, unit keys: A (e1 -> e1), B (e2 -> e2), A again. With θ = 0,5 and η = 0 one step stores a
// new fact exactly: ∇ℓ = 2 (M k − v) kᵀ = −2 v kᵀ, so S = θ · 2 v kᵀ = v kᵀ and ‖∇ℓ‖ = 2.
const A: MemoryPair = { key: [1, 0], value: [1, 0], label: 'A' };
const B: MemoryPair = { key: [0, 1], value: [0, 1], label: 'B' };
const STREAM = [A, B, A];

describe('titansSandbox', () => {
  it('without forgetting: A and B are stored in one step each, the repeated A is no surprise', () => {
    const s = titansSandbox(STREAM, { eta: 0, theta: 0.5, alpha: 0 });
    expect(s.run.steps.map((step) => step.gradientNorm)).toEqual([2, 2, 0]);
    expect(s.peak).toBe(0); // a tie goes to the first token
    expect(s.peakStep.loss).toBe(1);
    expect(s.last).toBe(2);
    expect(s.bars.map((bar) => bar.highlight)).toEqual([true, true, false]);
    expect(s.surpriseMax).toBe(4); // the floor of 4, since every surprise is below it
    expect(s.finalRecall).toBe(0);
    expect(s.finalRecallKeep).toBe(0);
    // max(1,5 · ‖v_A‖, recall errors) = 1,5, already a multiple of ½.
    expect(s.recallMax).toBe(1.5);
    // New facts: tokens 1 and 2 (surprise 2 each); the one repeat: token 3 (surprise 0).
    expect(s.meanSurpriseNew).toBe(2);
    expect(s.meanSurpriseRepeat).toBe(0);
    expect(s.firstPositions).toEqual([{ label: 'A', position: 1 }, { label: 'B', position: 2 }]);
  });

  it('with α = ½: M₂ = ½ A + B, so A is recalled half-way, the second A relearns it to ¾', () => {
    const s = titansSandbox(STREAM, { eta: 0, theta: 0.5, alpha: 0.5 });
    // Token 3: M₂ e1 = ½ e1, ℓ = ¼, ∇ℓ = −e1 e1ᵀ (norm 1); M₃ = ½ M₂ + ½ e1 e1ᵀ gives M₃ e1 = ¾ e1.
    expect(s.run.steps.map((step) => step.gradientNorm)).toEqual([2, 2, 1]);
    expect(s.lastStep.loss).toBeCloseTo(0.25, 12);
    expect(s.recallRun.map(([t, error]) => [t, Number(error.toFixed(12))])).toEqual([[1, 0], [2, 0.5], [3, 0.25]]);
    expect(s.recallKeep).toEqual([[1, 0], [2, 0], [3, 0]]);
    expect(s.finalRecall).toBeCloseTo(0.25, 12);
    expect(s.finalRecallKeep).toBe(0);
    expect(s.meanSurpriseNew).toBe(2);
    expect(s.meanSurpriseRepeat).toBe(1);
  });

  it('on the slide stream: the peak is the largest surprise, hatched bars are first appearances', () => {
    const stream = titansStream();
    const s = titansSandbox(stream, { eta: 0.5, theta: 0.3, alpha: 0.1 });
    for (const step of s.run.steps) expect(step.gradientNorm).toBeLessThanOrEqual(s.peakStep.gradientNorm);
    stream.forEach((pair, t) => {
      const firstIndex = stream.findIndex((p) => p.label === pair.label);
      expect(s.bars[t]).toEqual({ label: pair.label, value: s.run.steps[t].gradientNorm, highlight: firstIndex === t });
    });
    expect(s.bars.filter((bar) => bar.highlight).map((bar) => bar.label)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(s.recallMax * 2).toBe(Math.round(s.recallMax * 2));
    for (const [, error] of [...s.recallRun, ...s.recallKeep]) expect(error).toBeLessThanOrEqual(s.recallMax);
    expect(s.firstPositions.map((f) => f.position)).toEqual([1, 2, 3, 4, 10]);
    // At the default sliders and one step either side, new facts surprise more than repeats on average
    // (the single largest bar, by contrast, flips between token 3 and token 10).
    for (const eta of [0.45, 0.5, 0.55]) {
      for (const theta of [0.25, 0.3, 0.35]) {
        for (const alpha of [0.08, 0.1, 0.12]) {
          const near = titansSandbox(stream, { eta, theta, alpha });
          expect(near.meanSurpriseNew).toBeGreaterThan(near.meanSurpriseRepeat);
        }
      }
    }
  });
});
