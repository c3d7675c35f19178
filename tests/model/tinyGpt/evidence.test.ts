// @vitest-environment node
/** Ablation, head names, the city swap and the embeddings' drift and separation. */
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/math';
import {
  CITY_FACTS,
  ablateHead,
  answerProbability,
  cosineSimilarity,
  evidenceView,
  generate,
  headRole,
  logitLens,
  initParams,
  nearestCentroidCorrect,
  packSequences,
  forward,
  representationView,
  shippedParams,
  type TinyGptConfig,
} from '../../../src/model/tinyGpt';

const config: TinyGptConfig = {
  vocabularySize: 7,
  contextLength: 5,
  dModel: 4,
  nHeads: 2,
  nLayers: 2,
  dFF: 6,
  layerNormEpsilon: 1e-5,
  activation: 'gelu-tanh',
  tiedEmbeddings: false,
};

describe('ablateHead', () => {
  const params = initParams(config, 4);
  const batch = packSequences([[1, 4, 2, 6, 0]]);

  it('makes the logits independent of the ablated head’s values, and of no other head', () => {
    const rng = createRng(9);
    const ablated = ablateHead(params, 1, 0);
    // Scramble W_V's columns of head 0 (columns 0 and 1) in block 2: the ablated model must not notice.
    const scramble = (p: typeof params, cols: number[]) => {
      const data = p.layers[1].W_V.data.slice();
      for (let r = 0; r < 4; r++) for (const c of cols) data[r * 4 + c] = rng.normal();
      return { ...p, layers: [p.layers[0], { ...p.layers[1], W_V: { ...p.layers[1].W_V, data } }] };
    };
    const before = forward(ablated, batch).logits.data;
    expect(Array.from(forward(scramble(ablated, [0, 1]), batch).logits.data)).toEqual(Array.from(before));
    const other = forward(scramble(ablated, [2, 3]), batch).logits.data;
    expect(Math.max(...Array.from(other, (v, i) => Math.abs(v - before[i])))).toBeGreaterThan(1e-6);
  });

  it('switching off both heads of a block is W_O = 0', () => {
    const both = ablateHead(ablateHead(params, 0, 0), 0, 1);
    expect(Array.from(both.layers[0].W_O.data)).toEqual(new Array(16).fill(0));
    expect(both.layers[1]).toBe(params.layers[1]);
  });

  it('says which layer or head does not exist', () => {
    expect(() => ablateHead(params, 2, 0)).toThrow('layer 2 outside 0…1');
    expect(() => ablateHead(params, 0, -1)).toThrow('head -1 outside 0…1');
  });
});

describe('headRole', () => {
  it('names a head by the words it looks at (hand-worked)', () => {
    expect(headRole(['Paris', 'ist', 'von'], [0.9, 0.05, 0.05]).name).toBe('schaut auf das erste Wort');
    expect(headRole(['Paris', 'ist', 'von'], [0.1, 0.45, 0.45])).toEqual({ keys: [1, 2], share: 0.9, name: 'schaut auf „ist“ und sich selbst' });
    expect(() => headRole(['a'], [0.5, 0.5])).toThrow('one weight per token');
  });
});

describe('the shipped model’s evidence', () => {
  const view = evidenceView();

  it('P(answer) is the probability greedy generation reports', () => {
    const result = generate(shippedParams(), 'Paris ist die Hauptstadt von');
    if (!result.ok) throw new Error(result.message);
    expect(answerProbability(shippedParams(), 'Paris ist die Hauptstadt von', 'Frankreich')).toBeCloseTo(result.steps[0].pNext, 12);
  });

  it('the head that looks at the first word carries the answer: without it „Frankreich" is gone', () => {
    expect(view.baseline[0]).toBeGreaterThan(0.9);
    expect(view.keyHead.role.name).toBe('schaut auf das erste Wort');
    expect(view.keyHead.pWithout[0]).toBeLessThan(0.01);
    expect(view.heads).toHaveLength(4);
  });

  it('the answer follows the city put in front, and with that head off it does not', () => {
    for (const swap of view.swaps) {
      const country = CITY_FACTS.find((f) => f.city === swap.city)?.country.name;
      expect(swap.answer).toBe(country);
      expect(swap.answerWithout).not.toBe(country);
    }
    expect(new Set(view.swaps.map((s) => s.answerWithout)).size).toBe(1);
  });
});

describe('representation', () => {
  it('cosineSimilarity and nearestCentroidCorrect on hand-worked values', () => {
    expect(cosineSimilarity([1, 0], [0, 2])).toBe(0);
    expect(cosineSimilarity([1, 2], [2, 4])).toBeCloseTo(1, 15);
    expect(cosineSimilarity([3, 4], [4, 3])).toBeCloseTo(24 / 25, 15);
    // Two tight groups: every point is right. A point of the first group sitting in the second: wrong.
    expect(nearestCentroidCorrect([[0, 0], [0, 1], [1, 0], [9, 9], [9, 8], [8, 9]], [true, true, true, false, false, false])).toBe(6);
    expect(nearestCentroidCorrect([[0, 0], [0, 1], [9, 9], [9, 8], [8, 9]], [true, true, true, false, false])).toBe(4);
  });

  it('training moved the embeddings away from their start and parted cities from countries', () => {
    const r = representationView();
    expect(r.cosineToInit).toBeLessThan(0.3);
    expect(r.separatedFull).toBeGreaterThan(r.separatedFullInit);
    expect(r.separatedFull / r.placeWords).toBeGreaterThan(0.75);
    expect(r.placeWords).toBe(CITY_FACTS.length + new Set(CITY_FACTS.map((f) => f.country.name)).size);
  });
});

describe('logitLens', () => {
  const params = shippedParams();

  it('after the last block it is the model’s own prediction; after block 1 it is a model cut after block 1', () => {
    const lens = logitLens(params, 'Die Hauptstadt von Spanien ist');
    if (!lens.ok) throw new Error(lens.message);
    const greedy = generate(params, 'Die Hauptstadt von Spanien ist');
    if (!greedy.ok) throw new Error(greedy.message);
    const full = greedy.steps[0].probabilities;
    expect(lens.rows.map((r) => r.label)).toEqual(['Eingabe', 'nach Block 1', 'nach Block 2']);
    const best = [...full].sort((a, b) => b - a);
    lens.rows[2].top.forEach((c, i) => expect(c.probability).toBeCloseTo(best[i], 12));
    // A one-block model with the same embeddings, block 1, final LayerNorm and W_out.
    const cut = generate({ ...params, config: { ...params.config, nLayers: 1 }, layers: params.layers.slice(0, 1) }, 'Die Hauptstadt von Spanien ist');
    if (!cut.ok) throw new Error(cut.message);
    const cutBest = [...cut.steps[0].probabilities].sort((a, b) => b - a);
    lens.rows[1].top.forEach((c, i) => expect(c.probability).toBeCloseTo(cutBest[i], 12));
    expect(lens.rows[1].top[0].token).toBe(cut.steps[0].next);
  });

  it('the lecture answer appears after block 1, where the head on the first word sits', () => {
    const lens = logitLens(params, 'Paris ist die Hauptstadt von');
    expect(lens.ok && lens.rows[1].top[0].token).toBe('Frankreich');
    expect(lens.ok && lens.rows[0].top[0].token).not.toBe('Frankreich');
    expect(evidenceView().keyHead.layer).toBe(1);
  });

  it('names an unknown word', () => {
    expect(logitLens(params, 'Tokio liegt in')).toEqual({ ok: false, message: 'Das Wort „Tokio“ kennt das Modell nicht.' });
  });
});
