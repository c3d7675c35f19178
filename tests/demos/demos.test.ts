// @vitest-environment node
/**
 * The terminal demos, called directly (no subprocess): their JSON carries every required key with
 * exactly the model's numbers, and their text shows the key numbers in German format.
 */
import { describe, expect, it } from 'vitest';
import { crossEntropyDemo } from '../../src/demos/crossEntropy';
import { gradientDescentDemo } from '../../src/demos/gradientDescent';
import { notationDemo } from '../../src/demos/notation';
import { NOTATION } from '../../src/tex/notation';
import { DEMO_NAMES } from '../../src/demos/index';
import { selfAttentionDemo } from '../../src/demos/selfAttention';
import { softmaxDemo } from '../../src/demos/softmax';
import type { Demo } from '../../src/demos/types';
import { CITIES, attentionEvidence, traceWithCity } from '../../src/model/whatIf';
import { formatNumber } from '../../src/format';
import {
  DEFAULT_LEARNING_RATE,
  DEFAULT_PARAMS,
  trainWorkedExample,
  traceWorkedExample,
  type WorkedTrace,
} from '../../src/model';

const trace = traceWorkedExample();

async function run(demo: Demo, args: readonly string[] = []) {
  const output = await demo(args);
  return { text: output.text, json: output.json as Record<string, unknown> };
}

/** The trace's values for `keys`, to compare with the demo's JSON. */
function pick(source: WorkedTrace, keys: readonly (keyof WorkedTrace)[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, source[key]]));
}

function expectKeys(json: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) expect(json, `missing key ${key}`).toHaveProperty(key);
}

describe('registry', () => {
  it('has the five demos of the outline, the tiny GPT\'s two and the notation table', () => {
    expect(DEMO_NAMES).toEqual(['tokenization', 'self-attention', 'softmax', 'cross-entropy', 'gradient-descent', 'train', 'generate', 'notation']);
  });
});

describe('self-attention demo', () => {
  const keys = [
    'tokens', 'focus', 'target', 'vocabulary', 'embeddings', 'W_Q', 'W_K', 'W_V', 'W_out', 'b',
    'q', 'K', 'V', 'scores', 'scaledScores', 'weights', 'h', 'logits', 'probabilities', 'loss', 'gradLogits',
    'dK', 'attentionMatrix',
  ] as const;

  it('returns every value of the trace under the required keys', async () => {
    const { json } = await run(selfAttentionDemo);
    expectKeys(json, keys);
    const { whatIf, ...rest } = json as Record<string, unknown>;
    expect(rest).toEqual(pick(trace, keys));
    // The what-if block comes from attentionEvidence and traceWithCity (tests/model/story.test.ts).
    const evidence = attentionEvidence();
    expect(whatIf).toEqual({
      uniform: evidence.uniform.probabilities,
      selfOnly: evidence.selfOnly.probabilities,
      cities: Object.fromEntries(CITIES.map((city) => [city, traceWithCity(city).probabilities])),
    });
  });

  it('prints the what-if tables: the attention and the city decide the answer', async () => {
    const { text } = await run(selfAttentionDemo);
    expect(text).toContain('Diese Zahlen sind von Hand gewählt');
    expect(text).toMatch(/alle Gewichte 1\/5\s+│\s+0,3314 │\s+0,4080 │\s+0,2607 │ Deutschland/);
    expect(text).toMatch(/Berlin\s+│\s+0,1940 │\s+0,6120 │\s+0,1940 │ Deutschland/);
    expect(text).toMatch(/Madrid\s+│\s+0,2185 │\s+0,3448 │\s+0,4367 │ Spanien/);
  });

  it('prints the five steps in German with the key numbers', async () => {
    const { text } = await run(selfAttentionDemo);
    for (const title of [
      'Schritt 1: Embeddings für alle Tokens',
      'Schritt 2: Q, K, V über die Gewichtsmatrizen W_Q, W_K, W_V',
      'Schritt 3: Attention-Scores über das Skalarprodukt',
      'Schritt 4: Softmax über die Scores → Attention-Gewichte',
      'Schritt 5: Neuer kontextualisierter Vektor für „von“',
    ]) {
      expect(text).toContain(title);
    }
    expect(text).toContain('P(Frankreich) = 0,4367 ≈ 0,44');
    // The unscaled dot product; s_j is the scaled score, as on the slide.
    expect(text).toContain(`q_von · k_Paris      = 1,80·2,00 + 0,00·0,00 + 0,00·0,00 + (−0,90)·0,00 = ${formatNumber(trace.scores[0], 4)}`);
    for (const value of [...trace.q, ...trace.K.flat(), ...trace.V.flat()]) expect(text).toContain(formatNumber(value, 2));
    for (const value of [...trace.scaledScores, ...trace.weights, ...trace.h, ...trace.logits, trace.loss]) {
      expect(text).toContain(formatNumber(value, 4));
    }
    expect(text).toContain(formatNumber(trace.gradLogits[0], 4)); // −0,5633 with a real minus
    expect(text).not.toMatch(/\d\.(?!\d{3}\b)\d/); // no English decimal point (12.288 is a German thousand)
  });

  it('rejects options it does not have', () => {
    expect(() => selfAttentionDemo(['--temperature', '2'])).toThrow(/^usage:/);
  });
});

describe('softmax demo', () => {
  const keys = ['vocabulary', 'W_out', 'b', 'h', 'logits', 'temperature', 'probabilities', 'prediction'] as const;

  it('returns the decoder prediction of the trace at T = 1', async () => {
    const { json, text } = await run(softmaxDemo);
    expectKeys(json, keys);
    expect(json).toMatchObject({ ...pick(trace, ['vocabulary', 'W_out', 'b', 'h', 'logits', 'probabilities']), temperature: 1 });
    expect(json.prediction).toBe('Frankreich');
    expect(text).toContain('P(Frankreich) = 0,4367 ≈ 0,44');
    expect(text).toContain('z = h · W_out + b');
    expect(text).toContain(`z_Deutschland = 0,00·0,6007 + 1,20·0,0704 + 0,00·0,0235 + 0,00·0,0877 + 0,40 = 0,4845`);
  });

  it('uses the chosen temperature and adds it to the comparison', async () => {
    const atQuarter = traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.25 });
    const { json, text } = await run(softmaxDemo, ['--temperature', '0.25']);
    expect(json.temperature).toBe(0.25);
    expect(json.probabilities).toEqual(atQuarter.probabilities);
    expect((json.comparison as { temperature: number }[]).map((c) => c.temperature)).toEqual([0.25, 0.5, 1, 2]);
    expect(text).toContain('T = 0,25');
    expect(text).toContain(formatNumber(atQuarter.probabilities[0], 4));
    // T = 1 is already in the comparison, so it is not listed twice.
    const { json: atOne } = await run(softmaxDemo, ['--temperature=1']);
    expect((atOne.comparison as { temperature: number }[]).map((c) => c.temperature)).toEqual([0.5, 1, 2]);
  });

  it('sharpens with small T and flattens with large T', async () => {
    const sharp = (await run(softmaxDemo, ['--temperature', '0.5'])).json.probabilities as number[];
    const flat = (await run(softmaxDemo, ['--temperature', '2'])).json.probabilities as number[];
    expect(sharp[0]).toBeGreaterThan(trace.probabilities[0]);
    expect(flat[0]).toBeLessThan(trace.probabilities[0]);
  });

  it('stays finite for a tiny temperature', async () => {
    const { json, text } = await run(softmaxDemo, ['--temperature', '1e-6']);
    expect(json.probabilities).toEqual([1, 0, 0]);
    expect(text).not.toContain('—'); // formatNumber's mark for NaN / Infinity
  });

  it.each([['0'], ['-1'], ['abc'], ['Infinity'], ['NaN']])('rejects --temperature %s with a usage error', (value) => {
    expect(() => softmaxDemo(['--temperature', value])).toThrow(/^usage: --temperature/);
  });
});

describe('cross-entropy demo', () => {
  const keys = ['vocabulary', 'target', 'logits', 'probabilities', 'loss', 'gradLogits', 'table'] as const;

  it('returns the loss and gradient of the trace', async () => {
    const { json } = await run(crossEntropyDemo);
    expectKeys(json, keys);
    expect(json).toMatchObject(pick(trace, ['vocabulary', 'target', 'logits', 'probabilities', 'loss', 'gradLogits']));
    expect(json.y).toEqual([1, 0, 0]);
  });

  it('tabulates −ln p, where confident mistakes cost most', async () => {
    const { json } = await run(crossEntropyDemo);
    const table = json.table as { p: number; loss: number }[];
    expect(table.map((row) => row.p)).toEqual([0.9, 0.5, 0.44, 0.1, 0.01]);
    for (const row of table) expect(row.loss).toBeCloseTo(-Math.log(row.p), 12);
    const losses = table.map((row) => row.loss);
    expect([...losses].sort((a, b) => a - b)).toEqual(losses);
  });

  it('prints L = −ln p(Frankreich) with the numbers put in', async () => {
    const { text } = await run(crossEntropyDemo);
    expect(text).toContain('L = −ln P(Frankreich) = −ln 0,4367 = 0,8285');
    expect(text).toContain('P(Frankreich) ≈ 0,44');
    expect(text).toContain('−0,5633');
    expect(text).toContain('4,6052'); // −ln 0,01
    expect(text).toContain('Schritt 3: Gradient ∂L/∂z = p − y');
  });
});

describe('gradient-descent demo', () => {
  const keys = [
    'tokens', 'focus', 'target', 'vocabulary', 'embeddings', 'W_Q', 'W_K', 'W_V', 'W_out', 'b',
    'learningRate', 'steps', 'gradLogits', 'grads',
  ] as const;

  it('runs 10 steps at the default learning rate and reports what trainWorkedExample computes', async () => {
    const { json, text } = await run(gradientDescentDemo);
    expectKeys(json, keys);
    expect(json).toMatchObject(
      pick(trace, ['tokens', 'focus', 'target', 'vocabulary', 'embeddings', 'W_Q', 'W_K', 'W_V', 'W_out', 'b', 'gradLogits', 'grads']),
    );
    expect(json.learningRate).toBe(DEFAULT_LEARNING_RATE);
    const points = trainWorkedExample(DEFAULT_PARAMS, { steps: 10, learningRate: DEFAULT_LEARNING_RATE });
    const steps = json.steps as { step: number; loss: number; pTarget: number; params: Record<string, unknown> }[];
    expect(steps).toHaveLength(11);
    steps.forEach((step, i) => {
      expect(step).toEqual({
        step: i,
        loss: points[i].loss,
        pTarget: points[i].pTarget,
        params: {
          W_Q: points[i].params.W_Q,
          W_K: points[i].params.W_K,
          W_V: points[i].params.W_V,
          W_out: points[i].params.W_out,
          b: points[i].params.b,
        },
      });
    });
    const last = points[10];
    expect(text).toContain(`P(Frankreich): 0,4367 → ${formatNumber(last.pTarget, 4)}`);
    expect(text).toContain(`Loss: 0,8285 → ${formatNumber(last.loss, 4)}`);
    expect(text).toContain(formatNumber(last.params.W_out[0][0], 4));
    expect(text).toContain(formatNumber(last.params.b[0], 4));
    expect(text).toContain(formatNumber(trace.grads.W_out[0][1], 4));
    expect(text).toContain('Lernrate η = 0,5, Schritte: 10');
  });

  it('takes --steps and --learning-rate', async () => {
    const { json, text } = await run(gradientDescentDemo, ['--steps', '3', '--learning-rate=0,1']);
    const points = trainWorkedExample(DEFAULT_PARAMS, { steps: 3, learningRate: 0.1 });
    expect(json.learningRate).toBe(0.1);
    expect((json.steps as { loss: number }[]).map((s) => s.loss)).toEqual(points.map((p) => p.loss));
    expect(json.grads).toEqual(traceWorkedExample(DEFAULT_PARAMS, { learningRate: 0.1 }).grads);
    expect(text).toContain('Gewichte nach 3 Schritten');
  });

  it('shows a selection of the steps for long runs, and every step in the JSON', async () => {
    const { json, text } = await run(gradientDescentDemo, ['--steps', '200']);
    expect(json.steps as unknown[]).toHaveLength(201);
    expect(text).toContain('Auswahl der Schritte');
    expect(text).toMatch(/│\s+200 │/);
    expect(text).not.toMatch(/│\s+199 │/);
  });

  it.each([
    [['--steps', '0']],
    [['--steps', '10001']],
    [['--steps', '2.5']],
    [['--learning-rate', '0']],
    [['--learning-rate', '-0.1']],
    [['--learning-rate', 'schnell']],
    [['--epochs', '3']],
  ])('rejects %j with a usage error', (args) => {
    expect(() => gradientDescentDemo(args)).toThrow(/^usage:/);
  });
});

describe('notation', () => {
  it('prints every symbol of the notation table with its meaning, and the row-vector convention', async () => {
    const { text, json } = await run(notationDemo);
    expect(text).toContain('Zeilenvektoren');
    for (const entry of NOTATION) expect(text, entry.symbol).toContain(`${entry.meaning}`);
    expect(json.notation).toEqual(NOTATION);
  });
});
