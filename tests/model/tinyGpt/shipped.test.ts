// @vitest-environment node
/** The shipped weights: what they do, and that retraining with the seed reproduces them. */
import { describe, expect, it } from 'vitest';
import {
  GAP_FACT,
  GAP_SENTENCES,
  HELD_OUT_SENTENCES,
  SENTENCES,
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

  it('is standard German: „Hauptstadt der Schweiz", never „Hauptstadt von der Schweiz"', () => {
    expect(SENTENCES.filter((s) => s.text.includes('von der'))).toEqual([]);
    expect(TRAIN_SENTENCES.filter((s) => s.fact.city === 'Bern').map((s) => s.text)).toEqual([
      'Bern ist die Hauptstadt der Schweiz.',
      'Die Hauptstadt der Schweiz ist Bern.',
      'Die Hauptstadt der Schweiz heißt Bern.',
      'Bern liegt in der Schweiz.',
      'Bern ist eine Stadt in der Schweiz.',
    ]);
  });

  it('holds out every capital sentence of the knowledge gap, and only those of its city', () => {
    const capitalWords = /Hauptstadt/;
    expect(GAP_SENTENCES.map((s) => s.text)).toEqual([
      `${GAP_FACT.city} ist die Hauptstadt von ${GAP_FACT.country}.`,
      `Die Hauptstadt von ${GAP_FACT.country} ist ${GAP_FACT.city}.`,
      `Die Hauptstadt von ${GAP_FACT.country} heißt ${GAP_FACT.city}.`,
    ]);
    expect(TRAIN_SENTENCES.filter((s) => s.text.includes(GAP_FACT.country) && capitalWords.test(s.text))).toEqual([]);
    expect(TRAIN_SENTENCES.filter((s) => s.fact.city === GAP_FACT.city).map((s) => s.text)).toEqual([
      `${GAP_FACT.city} liegt in ${GAP_FACT.country}.`,
      `${GAP_FACT.city} ist eine Stadt in ${GAP_FACT.country}.`,
    ]);
    expect(HELD_OUT_SENTENCES.filter((s) => s.knowledgeGap)).toEqual([]);
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
    // The first step at 100 % is within the run, and the step before it was not yet at 100 %.
    const first = report.stepsToFullTrainAccuracy ?? Infinity;
    expect(first).toBeLessThanOrEqual(SHIPPED_MODEL.steps);
    expect(SHIPPED_MODEL.trainAccuracy[first - 2]).toBeLessThan(1);
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

  it('fills the knowledge gap with a fluent, confident, wrong city', () => {
    const h = hallucinationSlide();
    const cities = new Set(TRAIN_SENTENCES.map((s) => s.fact.city));
    expect(cities.has(h.gap.answer)).toBe(true);
    expect(h.gap.answer).not.toBe(GAP_FACT.city);
    expect(h.gap.probability).toBeGreaterThan(0.3);
    expect(h.gap.pTruth).toBeLessThan(0.01);
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
