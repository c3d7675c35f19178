// @vitest-environment node
/** The shipped weights: what they do, and that retraining with the seed reproduces them. */
import { describe, expect, it } from 'vitest';
import {
  HELD_OUT_SENTENCES,
  SHIPPED_MODEL,
  TRAIN_SENTENCES,
  createTrainer,
  generationSlide,
  hallucinationSlide,
  shippedTrainingReport,
  trainShippedModel,
  type TinyGptWeights,
} from '../../../src/model/tinyGpt';

function flatten(w: TinyGptWeights): number[] {
  const out: number[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'number') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(w);
  return out;
}

describe('the corpus split', () => {
  it('holds out the lecture sentence; Paris–Frankreich is still trained in the other templates', () => {
    expect(HELD_OUT_SENTENCES.map((s) => s.text)).toContain('Paris ist die Hauptstadt von Frankreich.');
    const parisTrain = TRAIN_SENTENCES.filter((s) => s.fact.city === 'Paris').map((s) => s.text);
    expect(parisTrain).toEqual([
      'Die Hauptstadt von Frankreich ist Paris.',
      'Die Hauptstadt von Frankreich heißt Paris.',
      'Paris liegt in Frankreich.',
      'Paris ist eine Stadt in Frankreich.',
    ]);
  });

  it('never calls Zürich a capital', () => {
    const all = [...TRAIN_SENTENCES, ...HELD_OUT_SENTENCES].filter((s) => s.fact.city === 'Zürich').map((s) => s.text);
    expect(all).toEqual(['Zürich liegt in der Schweiz.', 'Zürich ist eine Stadt in der Schweiz.']);
  });
});

describe('the shipped model', () => {
  const report = shippedTrainingReport();

  it('completes „Paris ist die Hauptstadt von" with „Frankreich" although that sentence is held out', () => {
    const result = generationSlide('Paris ist die Hauptstadt von');
    expect(result.ok && result.generated).toEqual(['Frankreich', '.']);
    expect(report.heldOut.find((a) => a.prompt === 'Paris ist die Hauptstadt von')).toMatchObject({
      target: 'Frankreich',
      predicted: 'Frankreich',
      correct: true,
    });
  });

  it('reaches 100 % training accuracy and reports its held-out accuracy (10 of 10 sentences)', () => {
    expect(report.trainAccuracy).toBe(1);
    expect(report.heldOutAccuracy).toBe(report.heldOut.filter((a) => a.correct).length / HELD_OUT_SENTENCES.length);
    expect(report.heldOutAccuracy).toBe(1);
    expect(report.stepsToFullTrainAccuracy).toBe(43);
    expect(report.trainLoss).toHaveLength(SHIPPED_MODEL.steps);
  });

  it('hallucinates „der Schweiz" for Zürich, fluently and confidently', () => {
    const h = hallucinationSlide();
    expect(h.completion).toBe('Zürich ist die Hauptstadt von der Schweiz.');
    expect(h.answer).toBe('der Schweiz');
    expect(h.answerProbability).toBeGreaterThan(0.8);
    expect(h.truth.capital).toBe('Bern');
    expect(h.truth.corpusSentences).not.toContain('Zürich ist die Hauptstadt von der Schweiz.');
  });
});

describe('training is deterministic', () => {
  it('retraining with the seed reproduces the shipped weights to 1e-9', () => {
    const retrained = trainShippedModel();
    const a = flatten(retrained.weights);
    const b = flatten(SHIPPED_MODEL.weights);
    expect(a).toHaveLength(b.length);
    let worst = 0;
    for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
    expect(worst).toBeLessThan(1e-9);
    retrained.trainLoss.forEach((loss, i) => expect(Math.abs(loss - SHIPPED_MODEL.trainLoss[i])).toBeLessThan(1e-9));
  });

  it('the same seed gives the same initial weights, another seed others', () => {
    expect(flatten(createTrainer({ seed: 5 }).weights())).toEqual(flatten(createTrainer({ seed: 5 }).weights()));
    expect(flatten(createTrainer({ seed: 6 }).weights())).not.toEqual(flatten(createTrainer({ seed: 5 }).weights()));
  });
});
