/**
 * The step-by-step self-attention slides show exactly the numbers of the model: every number is
 * compared with traceWorkedExample() AND with the terminal demo's JSON (selfAttentionDemo).
 */
import { cleanup, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { StaticSlide } from '../../src/shell/StaticSlide';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber, texNumber } from '../../src/format';
import {
  CONTEXT_VECTOR,
  FOCUS_QUERY,
  KEYS_VALUES,
  SCALED_DOT_PRODUCT_ATTENTION,
  contextVectorNumbers,
  equalsRowVector,
  focusProjection,
  focusQueryNumbers,
  namedRowVector,
  scoreNumbers,
  scoreResult,
  softmaxNumbers,
  softmaxResult,
} from '../../src/tex';
import { DEFAULT_PARAMS, traceWorkedExample } from '../../src/model';
import { AttentionMatrixSlide } from '../../slides/AttentionMatrixSlide';
import { SelfAttentionQkvSlide } from '../../slides/SelfAttentionQkvSlide';
import { SelfAttentionWeightsSlide } from '../../slides/SelfAttentionWeightsSlide';
import {
  bodyRows,
  demoJson,
  formatMatrix,
  renderSlideAt,
  tableByCaption,
  texSources,
  views,
  type SelfAttentionJson,
} from './selfAttentionHelpers';

const trace = traceWorkedExample();
let json: SelfAttentionJson;

beforeAll(async () => {
  json = await demoJson();
});
afterEach(cleanup);

/** Token indices by weight, largest first, computed here independently of src/model/attentionSteps. */
function byWeight(weights: readonly number[]): number[] {
  return weights.map((_, j) => j).sort((a, b) => weights[b] - weights[a]);
}

describe('the demo JSON and the trace agree (so comparing with either is meaningful)', () => {
  it('has the same numbers', () => {
    for (const key of ['embeddings', 'W_Q', 'K', 'V', 'q', 'scores', 'scaledScores', 'weights', 'attentionMatrix', 'h'] as const) {
      expect(json[key], key).toEqual(JSON.parse(JSON.stringify(trace[key])));
    }
    expect(json.focus).toBe('von');
  });
});

describe('Self-Attention Schritt für Schritt (steps 1 and 2)', () => {
  it('step 1 shows the embeddings, with "von" marked as the focus row', () => {
    const frame = renderSlideAt(SelfAttentionQkvSlide, 0);
    expect(views(frame)).toEqual(['embeddings']);
    const table = tableByCaption(frame, /^Embeddings E/);
    expect(bodyRows(table)).toEqual(formatMatrix(json.embeddings));
    expect(bodyRows(table)).toEqual(formatMatrix(trace.embeddings));
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows[json.tokens.indexOf(json.focus)].className).toContain('matrix-row-highlight');
    expect(rows.filter((r) => r.className.includes('matrix-row-highlight'))).toHaveLength(1);
    expect([...table.querySelectorAll('tbody th')].map((th) => th.textContent)).toEqual(json.tokens);
    expect(frame.querySelector('[aria-current="step"]')?.textContent).toContain('Embeddings');
  });

  it('step 2a computes q_von = e_von W_Q: formula, numbers put in, result', () => {
    const frame = renderSlideAt(SelfAttentionQkvSlide, 1);
    expect(views(frame)).toEqual(['query']);
    const focus = json.tokens.indexOf(json.focus);
    const tex = texSources(frame);
    expect(tex).toEqual([
      FOCUS_QUERY,
      focusQueryNumbers(json.focus, json.embeddings[focus], json.W_Q),
      namedRowVector('q', json.focus, json.q),
    ]);
    // The numbers in the TeX are the model's, in German format.
    for (const x of [...json.embeddings[focus], ...json.W_Q.flat()]) expect(tex[1]).toContain(texNumber(x));
    expect(tex[2]).toBe(namedRowVector('q', trace.focus, trace.q));
    for (const x of trace.q) expect(tex[2]).toContain(texNumber(x));
  });

  it('step 2b shows K and V for all tokens', () => {
    const frame = renderSlideAt(SelfAttentionQkvSlide, 2);
    expect(views(frame)).toEqual(['keys-values']);
    expect(bodyRows(tableByCaption(frame, /^Keys K/))).toEqual(formatMatrix(json.K));
    expect(bodyRows(tableByCaption(frame, /^Values V/))).toEqual(formatMatrix(json.V));
    expect(bodyRows(tableByCaption(frame, /^Keys K/))).toEqual(formatMatrix(trace.K));
    expect(bodyRows(tableByCaption(frame, /^Values V/))).toEqual(formatMatrix(trace.V));
    const focus = trace.tokens.indexOf(json.focus);
    expect(texSources(frame)).toEqual([
      KEYS_VALUES,
      namedRowVector('q', json.focus, json.q),
      focusProjection('k', json.focus),
      equalsRowVector(json.K[focus]),
      focusProjection('v', json.focus),
      equalsRowVector(json.V[focus]),
    ]);
    // The focus rows are e_von W_K and e_von W_V, by a plain loop over the worked example's parameters.
    const times = (e: readonly number[], W: readonly (readonly number[])[]) => W[0].map((_, j) => e.reduce((sum, x, i) => sum + x * W[i][j], 0));
    expect(json.K[focus].map((x) => texNumber(x))).toEqual(times(DEFAULT_PARAMS.embeddings[focus], DEFAULT_PARAMS.W_K).map((x) => texNumber(x)));
    expect(json.V[focus].map((x) => texNumber(x))).toEqual(times(DEFAULT_PARAMS.embeddings[focus], DEFAULT_PARAMS.W_V).map((x) => texNumber(x)));
  });
});

describe('Scores, Softmax, Kontextvektor (steps 3 to 5)', () => {
  it('step 3 works out the score of the most attended token, then lists all scores', () => {
    const frame = renderSlideAt(SelfAttentionWeightsSlide, 0);
    expect(views(frame)).toEqual(['scores']);
    const j = byWeight(json.weights)[0];
    const token = json.tokens[j];
    expect(token).toBe('Paris'); // the lecture's story, read from the data
    const tex = texSources(frame);
    expect(tex[1]).toBe(scoreNumbers(token, json.q, json.K[j], json.dK));
    expect(tex[2]).toBe(scoreResult(token, json.scores[j], Math.sqrt(json.dK), json.scaledScores[j]));
    // The written-out dot product really sums to the score.
    const dot = json.q.reduce((acc, x, i) => acc + x * json.K[j][i], 0);
    expect(dot).toBeCloseTo(json.scores[j], 12);
    expect(tex[2]).toContain(`${texNumber(dot)}}{2} = ${texNumber(dot / 2)}`);
    const table = tableByCaption(frame, /^Alle fünf Scores/);
    expect(bodyRows(table)).toEqual([json.scores.map((x) => formatNumber(x)), json.scaledScores.map((x) => formatNumber(x))]);
    expect(bodyRows(table)).toEqual(formatMatrix([trace.scores, trace.scaledScores]));
  });

  it('step 4 turns the scores into weights with softmax and names the most attended tokens from the data', () => {
    const frame = renderSlideAt(SelfAttentionWeightsSlide, 1);
    expect(views(frame)).toEqual(['softmax']);
    const [first, second] = byWeight(json.weights);
    const exps = json.scaledScores.map(Math.exp);
    const total = exps.reduce((a, b) => a + b, 0);
    expect(exps[first] / total).toBeCloseTo(json.weights[first], 12);
    const tex = texSources(frame);
    expect(tex[1]).toBe(softmaxNumbers(json.tokens[first], json.scaledScores[first], json.scaledScores));
    expect(tex[2]).toBe(softmaxResult(json.tokens[first], exps[first], total, json.weights[first]));
    const values = [...frame.querySelectorAll('.bar-value')].map((e) => e.textContent);
    expect(values).toEqual(json.weights.map((w) => formatNumber(w)));
    expect(values).toEqual(trace.weights.map((w) => formatNumber(w)));
    expect(frame.querySelector('.bar-highlight .bar-label')?.textContent).toBe(json.tokens[first]);
    const finding = frame.querySelector('[data-testid="attention-finding"]')?.textContent?.replace(/\s+/g, ' ');
    expect(finding).toBe(
      `„${json.focus}“ achtet am stärksten auf „${json.tokens[first]}“ (${formatNumber(json.weights[first])}), ` +
        `danach auf „${json.tokens[second]}“ (${formatNumber(json.weights[second])}).`,
    );
    expect(finding).toContain('am stärksten auf „Paris“');
    expect(finding).toContain('„Hauptstadt“');
    // √d_k: the same weights without ÷ 2, from the demo JSON's raw scores.
    const rawExps = json.scores.map(Math.exp);
    const rawTotal = rawExps.reduce((a, b) => a + b, 0);
    const unscaled = rawExps.map((e) => e / rawTotal);
    const evidence = frame.querySelector('[data-testid="scaling-evidence"]')?.textContent?.replace(/\s+/g, ' ');
    expect(evidence).toBe(
      `Ohne Teilung durch √4 = 2: „${json.tokens[first]}“ ${formatNumber(unscaled[first])} statt ${formatNumber(json.weights[first])}, ` +
        `„${json.tokens[second]}“ ${formatNumber(unscaled[second])} statt ${formatNumber(json.weights[second])} – die Verteilung wird spitzer.`,
    );
  });

  it('step 5 writes h_von as the weighted sum of the values, term by term', () => {
    const frame = renderSlideAt(SelfAttentionWeightsSlide, 2);
    expect(views(frame)).toEqual(['context']);
    const tex = texSources(frame);
    expect(tex).toEqual([
      CONTEXT_VECTOR,
      contextVectorNumbers(json.focus, json.tokens, json.weights),
      namedRowVector('h', json.focus, json.h),
    ]);
    const table = tableByCaption(frame, /^Jeder Value-Vektor/);
    const products = json.V.map((v, j) => v.map((x) => x * json.weights[j]));
    expect(bodyRows(table)).toEqual(
      json.tokens.map((_, j) => [formatNumber(json.weights[j]), ...json.V[j].map((x) => formatNumber(x)), ...products[j].map((x) => formatNumber(x))]),
    );
    const sum = products.reduce((acc, row) => acc.map((x, i) => x + row[i]), [0, 0, 0, 0]);
    sum.forEach((x, i) => expect(x).toBeCloseTo(json.h[i], 12));
    const totals = [...table.querySelectorAll('tfoot td')].map((td) => td.textContent);
    expect(totals).toEqual(json.h.map((x) => formatNumber(x)));
    expect(totals).toEqual(trace.h.map((x) => formatNumber(x)));
  });

  it('never shows NaN, Infinity or undefined at any step', () => {
    for (const [Slide, steps] of [
      [SelfAttentionQkvSlide, 3],
      [SelfAttentionWeightsSlide, 3],
      [AttentionMatrixSlide, 3],
    ] as const) {
      for (let step = 0; step < steps; step += 1) {
        const frame = renderSlideAt(Slide, step);
        expect(frame.textContent).not.toMatch(/NaN|Infinity|undefined/);
        cleanup();
      }
    }
  });
});

describe('Die ganze Attention-Matrix', () => {
  it('shows every visible weight and hatches the future under the causal mask', () => {
    const frame = renderSlideAt(AttentionMatrixSlide, 2);
    const table = tableByCaption(frame, /^Attention-Gewichte A/);
    const expected = json.attentionMatrix.map((row, i) => row.map((a, j) => (j > i ? '–' : formatNumber(a))));
    expect(bodyRows(table)).toEqual(expected);
    expect(bodyRows(table)).toEqual(trace.attentionMatrix.map((row, i) => row.map((a, j) => (j > i ? '–' : formatNumber(a)))));
    const masked = table.querySelectorAll('td.heatmap-masked[aria-label="maskiert"]');
    expect(masked).toHaveLength((json.tokens.length * (json.tokens.length - 1)) / 2);
    // The masked weights really are 0 in the model, and the last row is the "von" row from before.
    json.attentionMatrix.forEach((row, i) => row.forEach((a, j) => j > i && expect(a).toBe(0)));
    expect(json.attentionMatrix[json.tokens.length - 1]).toEqual(json.weights);
    expect(texSources(frame)).toContain(SCALED_DOT_PRODUCT_ATTENTION);
    expect(frame.textContent).toContain(`„Paris“ (${formatNumber(json.weights[0])})`);
  });
});

describe('the page for the whole slide (print, one-page handout) of the two step-by-step slides', () => {
  const summaryOf = (Body: ComponentType) =>
    render(<StaticSlide meta={{ id: 'test', title: 'Testfolie', steps: 2, load: () => Promise.reject(new Error('not loaded')) }} Body={Body} step={2} summary />)
      .container;
  const headings = (frame: HTMLElement) => [...frame.querySelectorAll('h3')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());

  it('marks no single step as current and names each view by its step, in step order', () => {
    const qkv = summaryOf(SelfAttentionQkvSlide);
    expect(views(qkv)).toEqual(['embeddings', 'query', 'keys-values']);
    expect(qkv.querySelector('[aria-current]')).toBeNull();
    expect(headings(qkv)).toEqual(['1 Embeddings', `2 Query von „${json.focus}“`, '2 Keys und Values aller Tokens']);
    const weights = summaryOf(SelfAttentionWeightsSlide);
    expect(views(weights)).toEqual(['scores', 'softmax', 'context']);
    expect(weights.querySelector('[aria-current]')).toBeNull();
    expect(headings(weights)).toEqual(['3 Scores', '4 Softmax: die Gewichte', '5 Kontextvektor']);
    // Each heading stands in its own view, first in it.
    for (const frame of [qkv, weights]) {
      for (const view of frame.querySelectorAll<HTMLElement>('[data-view]')) expect(view.querySelector('h3'), view.dataset.view).not.toBeNull();
    }
  });

  it('a slide on screen keeps one current step and no headings', () => {
    const frame = renderSlideAt(SelfAttentionWeightsSlide, 1);
    expect(frame.querySelector('[aria-current="step"]')?.textContent).toContain('Softmax');
    expect(frame.querySelectorAll('h3')).toHaveLength(0);
  });
});
