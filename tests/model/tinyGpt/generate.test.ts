// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cutDistribution,
  generate,
  generationSlide,
  learnedSlide,
  learningSlide,
  parameterCount,
  parsePrompt,
  shippedParams,
  TINY_GPT_CONFIG,
  VOCABULARY,
} from '../../../src/model/tinyGpt';

describe('parsePrompt', () => {
  it('names an unknown word in German', () => {
    expect(parsePrompt('Tokio ist die Hauptstadt von', 8)).toEqual({ ok: false, message: 'Das Wort „Tokio“ kennt das Modell nicht.' });
  });
  it('suggests the right capitalisation', () => {
    const r = parsePrompt('paris liegt in', 8);
    expect(!r.ok && r.message).toBe('Das Wort „paris“ kennt das Modell nicht. Statt „paris“ vielleicht „Paris“?');
  });
  it('rejects an empty and a too long prompt with a message', () => {
    const empty = parsePrompt('   ', 8);
    expect(!empty.ok && empty.message).toContain('Bitte einen Satzanfang eingeben');
    const long = parsePrompt('Paris ist die Hauptstadt von der Schweiz ist Paris', 8);
    expect(!long.ok && long.message).toBe('Der Satzanfang ist zu lang: 9 Wörter, das Modell sieht höchstens 8.');
  });
  it('splits off „." and maps words to ids', () => {
    const r = parsePrompt('Bern liegt in der Schweiz.', 8);
    expect(r.ok && r.tokens).toEqual(['Bern', 'liegt', 'in', 'der', 'Schweiz', '.']);
    expect(r.ok && r.ids.map((id) => VOCABULARY[id])).toEqual(['Bern', 'liegt', 'in', 'der', 'Schweiz', '.']);
  });
});

describe('generate', () => {
  it('greedy stops at „." and each step is a distribution that sums to 1', () => {
    const r = generationSlide('Die Hauptstadt von Deutschland ist');
    if (!r.ok) throw new Error(r.message);
    expect(r.text).toBe('Die Hauptstadt von Deutschland ist Berlin.');
    expect(r.stopReason).toBe('period');
    for (const step of r.steps) {
      expect(step.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(step.pNext).toBe(Math.max(...step.probabilities));
    }
  });

  it('sampling is seeded: the same seed gives the same text', () => {
    const a = generationSlide('Bern liegt in', { temperature: 1.5, seed: 4 });
    const b = generationSlide('Bern liegt in', { temperature: 1.5, seed: 4 });
    expect(a).toEqual(b);
  });

  it('stops when the context is full', () => {
    const r = generationSlide('Die Hauptstadt von Deutschland ist Berlin . Berlin', { temperature: 0 });
    expect(r.ok && r.stopReason).not.toBe('maxNewTokens');
    expect(r.ok && r.prompt.tokens.length + r.steps.length).toBeLessThanOrEqual(TINY_GPT_CONFIG.contextLength + 1);
  });

  it('returns a message, not a throw, for bad input', () => {
    expect(generationSlide('Tokio ist')).toEqual({ ok: false, message: 'Das Wort „Tokio“ kennt das Modell nicht.' });
    expect(generationSlide('Paris ist', { temperature: -1 }).ok).toBe(false);
  });
});

describe('learningSlide: the parameter count against the GPT-2 formula', () => {
  const parts = learningSlide().parameterParts;
  const { dModel: d, dFF, nLayers, contextLength } = TINY_GPT_CONFIG;
  const V = VOCABULARY.length;

  it('adds up to the tensors the model really has', () => {
    expect(parts.total).toBe(parameterCount(shippedParams()));
  });

  it('matches the hand count for d = 16, d_FF = 32: blocks 8d² + 11d = 2.224 (GPT-2: 12d² + 13d = 3.280), output layer 1.190', () => {
    expect({ d, dFF, nLayers, V, contextLength }).toEqual({ d: 16, dFF: 32, nLayers: 2, V: 70, contextLength: 8 });
    expect(parts.ratio).toBe(2);
    expect(parts.block).toBe(2224);
    expect(parts.gpt2Block).toBe(3280);
    expect(parts.outputLayer).toBe(16 * 70 + 70);
    expect(parts.total).toBe(2 * 2224 + 70 * 16 + 8 * 16 + 2 * 16 + 1190);
    expect(parts.gpt2Total).toBe(2 * 3280 + 70 * 16 + 8 * 16 + 2 * 16);
  });

  it('states each block as a d² + b d with the coefficients shown in the notes', () => {
    const { dSquared, d: linear } = parts.blockCoefficients;
    expect(dSquared * d * d + linear * d).toBe(parts.block);
    expect(parts.gpt2BlockCoefficients.dSquared * d * d + parts.gpt2BlockCoefficients.d * d).toBe(parts.gpt2Block);
  });
});

describe('learnedSlide', () => {
  const slide = learnedSlide();
  it('gives the attention of „von" per layer and head as distributions over the prompt', () => {
    expect(slide.focus).toBe('von');
    expect(slide.attention).toHaveLength(TINY_GPT_CONFIG.nLayers);
    for (const layer of slide.attention) {
      expect(layer).toHaveLength(TINY_GPT_CONFIG.nHeads);
      for (const head of layer) {
        expect(head).toHaveLength(5);
        expect(head.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });
  it('places every token in 2-D with its group', () => {
    expect(slide.embeddingPoints).toHaveLength(VOCABULARY.length);
    expect(slide.embeddingPoints.find((p) => p.token === 'Paris')?.group).toBe('city');
    expect(slide.embeddingPoints.find((p) => p.token === 'Frankreich')?.group).toBe('country');
    expect(slide.embeddingPoints.find((p) => p.token === 'von')?.group).toBe('other');
    expect(slide.explainedVariance[0]).toBeGreaterThanOrEqual(slide.explainedVariance[1]);
  });
});

describe('top-k and top-p', () => {
  it('cuts a distribution by hand-worked numbers and renormalises', () => {
    const p = [0.1, 0.5, 0.15, 0.25];
    expect(cutDistribution(p, 2, 1)).toEqual({ cut: [0, 0.5 / 0.75, 0, 0.25 / 0.75], kept: 2 });
    // Top-p 0,7: 0,5 + 0,25 = 0,75 ≥ 0,7 after two words.
    expect(cutDistribution(p, 4, 0.7).kept).toBe(2);
    expect(cutDistribution(p, 4, 0.5).kept).toBe(1);
    expect(cutDistribution(p, 1, 1).cut).toEqual([0, 1, 0, 0]);
    const all = cutDistribution(p, 4, 1);
    all.cut.forEach((c, i) => expect(c).toBeCloseTo(p[i], 15));
  });

  it('applies top-p to the distribution renormalised after top-k, as Hugging Face and vLLM do', () => {
    // k = 2 keeps 0,5 and 0,3, renormalised 0,625 and 0,375; 0,625 ≥ 0,6 already, so one word.
    // (Top-p on the original distribution would need 0,5 + 0,3 = 0,8 and keep two.)
    expect(cutDistribution([0.5, 0.3, 0.2], 2, 0.6)).toEqual({ cut: [1, 0, 0], kept: 1 });
    // p = 0,7 > 0,625: both words of the top 2, renormalised 0,625 / 0,375.
    const two = cutDistribution([0.5, 0.3, 0.2], 2, 0.7);
    expect(two.kept).toBe(2);
    expect(two.cut[0]).toBeCloseTo(0.625, 15);
    expect(two.cut[1]).toBeCloseTo(0.375, 15);
    expect(two.cut[2]).toBe(0);
    // p = 1 with k = 2 keeps exactly the top 2.
    expect(cutDistribution([0.2, 0.5, 0.3], 2, 1).kept).toBe(2);
  });

  it('top-k = 1 samples what greedy picks, at any seed and temperature', () => {
    const greedy = generate(shippedParams(), 'Die Hauptstadt von Spanien ist');
    for (const seed of [1, 2, 3]) {
      const sampled = generate(shippedParams(), 'Die Hauptstadt von Spanien ist', { temperature: 3, seed, topK: 1 });
      expect(sampled.ok && greedy.ok && sampled.text).toBe(greedy.ok && greedy.text);
      if (sampled.ok) sampled.steps.forEach((s) => expect(s.kept).toBe(1));
    }
  });

  it('every step’s cut sums to 1 and keeps at most k words', () => {
    const result = generate(shippedParams(), 'Paris ist die Hauptstadt von', { temperature: 3, seed: 4, topK: 5, topP: 0.8 });
    if (!result.ok) throw new Error(result.message);
    for (const s of result.steps) {
      expect(s.cut.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(s.cut.filter((c) => c > 0).length).toBe(s.kept);
      expect(s.kept).toBeLessThanOrEqual(5);
      expect(s.cut[s.nextId]).toBeGreaterThan(0);
    }
  });

  it('refuses a bad k or p with a German message', () => {
    expect(generate(shippedParams(), 'Paris ist', { temperature: 1, topK: 0 })).toEqual({ ok: false, message: 'Top-k muss eine ganze Zahl ≥ 1 sein, nicht 0.' });
    expect(generate(shippedParams(), 'Paris ist', { temperature: 1, topP: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/^Top-p muss/) });
  });
});
