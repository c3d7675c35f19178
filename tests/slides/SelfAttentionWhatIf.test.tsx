/**
 * "Was wäre, wenn …?": the sliders feed traceWorkedExample with changed parameters, and every
 * number on the slide follows; "Zurücksetzen" restores the lecture's values (the demo JSON).
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/format';
import { DEFAULT_PARAMS, FOCUS_INDEX, traceWorkedExample, type WorkedTrace } from '../../src/model';
import { withFocusEmbedding, withProjectionEntry } from '../../src/model/attentionSteps';
import { traceWithCity } from '../../src/model/whatIf';
import { WhatIfSlide } from '../../slides/WhatIfSlide';
import { bodyRows, demoJson, renderSlideAt, tableByCaption, type SelfAttentionJson } from './selfAttentionHelpers';

let json: SelfAttentionJson;
beforeAll(async () => {
  json = await demoJson();
});
afterEach(cleanup);

type Shown = { scores: string[]; weights: string[]; h: string[]; output: string[][]; p: string; top: string };

function shown(frame: HTMLElement): Shown {
  return {
    scores: bodyRows(tableByCaption(frame, /^Scores/))[0],
    weights: [...frame.querySelectorAll('.bar-value')].map((e) => e.textContent ?? ''),
    h: bodyRows(tableByCaption(frame, /^Kontextvektor/))[0],
    output: bodyRows(tableByCaption(frame, /^Logits/)),
    p: frame.querySelector('.what-if-p-value')?.textContent ?? '',
    top: frame.querySelector('[data-testid="what-if-top"]')?.textContent?.replace(/\s+/g, ' ') ?? '',
  };
}

function expected(t: Pick<WorkedTrace, 'tokens' | 'scaledScores' | 'weights' | 'h' | 'logits' | 'probabilities' | 'targetIndex'>): Shown {
  const top = t.weights.map((_, j) => j).sort((a, b) => t.weights[b] - t.weights[a])[0];
  return {
    scores: t.scaledScores.map((x) => formatNumber(x)),
    weights: t.weights.map((x) => formatNumber(x)),
    h: t.h.map((x) => formatNumber(x)),
    output: t.logits.map((z, i) => [formatNumber(z), formatNumber(t.probabilities[i])]),
    p: formatNumber(t.probabilities[t.targetIndex]),
    top: `Meiste Aufmerksamkeit: „${t.tokens[top]}“ (${formatNumber(t.weights[top])})`,
  };
}

/**
 * The slider state lives in the deck-wide shared store (src/shell/sharedStore.ts), which outlives a
 * test; each test after the first starts from the lecture values by pressing "Zurücksetzen".
 */
function renderFresh(): HTMLElement {
  const frame = renderSlideAt(WhatIfSlide, 0);
  fireEvent.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
  return frame;
}

function slider(label: RegExp): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

describe('Was wäre, wenn …?', () => {
  it('starts with the lecture numbers, equal to the demo JSON', () => {
    const frame = renderSlideAt(WhatIfSlide, 0);
    const fromDemo = expected({ ...json, targetIndex: json.vocabulary.indexOf(json.target) });
    expect(shown(frame)).toEqual(fromDemo);
    expect(shown(frame)).toEqual(expected(traceWorkedExample()));
    expect(shown(frame).p).toBe('0,44');
    expect(shown(frame).top).toContain('„Paris“');
  });

  it('has a labelled slider for each entry of e_von and for one entry of W_Q and W_K', () => {
    renderFresh();
    DEFAULT_PARAMS.embeddings[FOCUS_INDEX].forEach((x, i) => {
      const input = slider(new RegExp(`^\\(evon\\)${String.fromCharCode(0x2081 + i)}`));
      expect(Number(input.value)).toBeCloseTo(x, 12);
      expect([input.min, input.max, input.step]).toEqual(['-2', '2', '0.1']);
    });
    expect(Number(slider(/^\(WQ\)₄₁/).value)).toBe(DEFAULT_PARAMS.W_Q[3][0]);
    expect(Number(slider(/^\(WK\)₁₁/).value)).toBe(DEFAULT_PARAMS.W_K[0][0]);
  });

  it('recomputes everything when e_von changes', () => {
    const frame = renderFresh();
    fireEvent.change(slider(/^\(evon\)₄/), { target: { value: '0.3' } });
    fireEvent.change(slider(/^\(evon\)₂/), { target: { value: '0.5' } });
    const e = [DEFAULT_PARAMS.embeddings[FOCUS_INDEX][0], 0.5, DEFAULT_PARAMS.embeddings[FOCUS_INDEX][2], 0.3];
    const t = traceWorkedExample(withFocusEmbedding(DEFAULT_PARAMS, e));
    expect(shown(frame)).toEqual(expected(t));
    expect(shown(frame).p).not.toBe('0,44');
  });

  it('recomputes everything when W_Q and W_K change, and names the new most attended token', () => {
    const frame = renderFresh();
    fireEvent.change(slider(/^\(WK\)₁₁/), { target: { value: '-2' } });
    fireEvent.change(slider(/^\(WQ\)₄₁/), { target: { value: '1.5' } });
    const t = traceWorkedExample(
      withProjectionEntry(withProjectionEntry(DEFAULT_PARAMS, 'W_Q', 3, 0, 1.5), 'W_K', 0, 0, -2),
    );
    expect(shown(frame)).toEqual(expected(t));
    expect(shown(frame).top).not.toContain('„Paris“');
    // Attention away from Paris loses the answer: the prior wins.
    expect(t.prediction).toBe(1);
    expect(screen.getByTestId('what-if-prediction').textContent).toContain('„Deutschland“ – falsch');
  });

  it('swaps the city with three labelled buttons; the prediction follows the city', () => {
    const frame = renderFresh();
    const group = screen.getByRole('group', { name: 'Stadt im Satz' });
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Paris', 'Berlin', 'Madrid']);
    expect(buttons.map((b) => b.getAttribute('aria-pressed'))).toEqual(['true', 'false', 'false']);
    for (const [city, country] of [['Berlin', 'Deutschland'], ['Madrid', 'Spanien']] as const) {
      fireEvent.click(screen.getByRole('button', { name: city }));
      expect(screen.getByRole('button', { name: city }).getAttribute('aria-pressed')).toBe('true');
      expect(shown(frame)).toEqual(expected(traceWithCity(city)));
      expect(screen.getByTestId('what-if-prediction').textContent).toContain(`„${country}“ – richtig`);
      expect(frame.querySelector('.what-if-p-label')?.textContent).toBe(`P(${country})`);
      expect([...frame.querySelectorAll('.bar-label')].map((e) => e.textContent)[0]).toBe(city);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
    expect(screen.getByRole('button', { name: 'Paris' }).getAttribute('aria-pressed')).toBe('true');
    expect(shown(frame)).toEqual(expected(traceWorkedExample()));
  });

  it('clamps out-of-range input and never shows NaN, Infinity or undefined', () => {
    const frame = renderFresh();
    const input = slider(/^\(evon\)₃/);
    // Browsers clamp range inputs themselves; the slider clamps again, so 2 is the most it can reach.
    for (const value of ['2', '-2', '1e9', 'abc']) {
      fireEvent.change(input, { target: { value } });
      expect(frame.textContent).not.toMatch(/NaN|Infinity|undefined/);
      expect(Math.abs(Number(input.value))).toBeLessThanOrEqual(2);
    }
  });

  it('"Zurücksetzen" restores the lecture numbers', () => {
    const frame = renderFresh();
    const lecture = expected(traceWorkedExample());
    fireEvent.change(slider(/^\(evon\)₂/), { target: { value: '-1.5' } });
    fireEvent.change(slider(/^\(WK\)₁₁/), { target: { value: '0.3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Madrid' }));
    expect(shown(frame)).not.toEqual(lecture);
    fireEvent.click(screen.getByRole('button', { name: 'Zurücksetzen' }));
    expect(shown(frame)).toEqual(lecture);
    expect(Number(slider(/^\(evon\)₂/).value)).toBe(DEFAULT_PARAMS.embeddings[FOCUS_INDEX][1]);
    expect(Number(slider(/^\(WK\)₁₁/).value)).toBe(DEFAULT_PARAMS.W_K[0][0]);
    expect(screen.getByRole('button', { name: 'Paris' }).getAttribute('aria-pressed')).toBe('true');
  });
});
