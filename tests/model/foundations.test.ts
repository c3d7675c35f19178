/** The foundations slide's numbers: worked by hand, by a plain loop and by finite differences. */
import { describe, expect, it } from 'vitest';
import { foundationsView } from '../../src/model/foundations';
import { LEARNING_RATE_BOWL, learningRateLandscape } from '../../src/model/learningRateLandscape';
import { CONTEXT_TOKENS, DEFAULT_PARAMS, traceWorkedExample } from '../../src/model/workedExample';

describe('foundationsView', () => {
  const view = foundationsView();

  it('matrix product: (e_Hauptstadt W_K)_1 = 0,1 · 2 + 0,3 · 2 + 0,1 · 2 + 0 · 0 = 1,0 by hand, a plain loop over i, and the worked example’s K', () => {
    expect(view.product.token).toBe('Hauptstadt');
    expect(view.product.x).toEqual([0.1, 0.3, 0.1, 0]);
    expect(view.product.column).toEqual([2, 2, 2, 0]);
    expect(view.product.result).toBeCloseTo(0.1 * 2 + 0.3 * 2 + 0.1 * 2 + 0 * 0, 12);
    expect(view.product.result).toBeCloseTo(1, 12);
    expect(view.product.x.filter((value) => value !== 0)).toHaveLength(3);
    const keyIndex = CONTEXT_TOKENS.indexOf('Hauptstadt');
    for (let j = 1; j <= 4; j += 1) {
      let loop = 0;
      for (let i = 0; i < 4; i += 1) loop += DEFAULT_PARAMS.embeddings[keyIndex][i] * DEFAULT_PARAMS.W_K[i][j - 1];
      const entry = foundationsView(DEFAULT_PARAMS, LEARNING_RATE_BOWL, 0.2, j);
      expect(entry.product.result).toBeCloseTo(loop, 12);
      expect(entry.product.result).toBeCloseTo(traceWorkedExample().K[keyIndex][j - 1], 12);
    }
  });

  it('chain rule on L = c (w − w*)² at w₀ = −2: ∂L/∂u = −6, ∂u/∂w = 1, their product matches a central difference', () => {
    const { c, wStar, w0, u, dLdu, dudw, dLdw } = view.chain;
    expect({ c, wStar, w0, u, dLdu, dudw }).toEqual({ c: 1, wStar: 1, w0: -2, u: -3, dLdu: -6, dudw: 1 });
    const loss = (w: number) => c * (w - wStar) ** 2;
    const h = 1e-6;
    expect(dLdw).toBeCloseTo((loss(w0 + h) - loss(w0 - h)) / (2 * h), 6);
    expect(dLdu * dudw).toBeCloseTo(dLdw, 12);
  });

  it('one gradient step with η = 0,2 gives w₁ = −0,8, as the learning-rate slide’s descent does', () => {
    expect(view.step).toMatchObject({ learningRate: 0.2, w0: -2 });
    expect(view.step.w1).toBeCloseTo(-0.8, 12);
    expect(view.step.w1).toBeCloseTo(learningRateLandscape(view.step.learningRate).w1, 12);
  });
});
