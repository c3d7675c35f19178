/**
 * The slides of sections 3, 5 and 6 computed live: every number on them must equal the model's
 * trace (formatted German) and the terminal demos' JSON.
 */
import { act, cleanup, fireEvent, within } from '@testing-library/react';
import katex from 'katex';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crossEntropyDemo } from '../../src/demos/crossEntropy';
import { gradientDescentDemo } from '../../src/demos/gradientDescent';
import { softmaxDemo } from '../../src/demos/softmax';
import type { Demo } from '../../src/demos/types';
import { sharedStore } from '../../src/shell/sharedStore';
import { formatNumber } from '../../src/format';
import * as formulas from '../../src/tex';
import { negativeLog } from '../../src/math';
import { DEFAULT_LEARNING_RATE, DEFAULT_PARAMS, traceWorkedExample, trainWorkedExample } from '../../src/model';
import { CrossEntropySlide, CONFIDENT_MISTAKE_P } from '../../slides/CrossEntropySlide';
import { DecoderPredictionSlide } from '../../slides/DecoderPredictionSlide';
import { GradientDescentSlide, MAX_STEPS, TRAIN_STEPS } from '../../slides/GradientDescentSlide';
import { LearningRateSlide } from '../../slides/LearningRateSlide';
import { SoftmaxSlide } from '../../slides/SoftmaxSlide';
import { SLIDES } from '../../slides';
import { renderSlide, texText } from './learningHelpers';

type Json = Record<string, unknown>;

/** The --json output of a terminal demo (these demos are synchronous). */
function jsonOf(demo: Demo, args: readonly string[]): Json {
  const output = demo(args);
  if (output instanceof Promise) throw new Error('expected a synchronous demo');
  return output.json as Json;
}
const trace = traceWorkedExample();
const fmtAll = (values: readonly number[], digits = 2) => values.map((v) => formatNumber(v, digits));

function barValues(scope: HTMLElement): string[] {
  return [...scope.querySelectorAll('.bar-value')].map((e) => e.textContent ?? '');
}

function expectNoBrokenNumbers(frame: HTMLElement) {
  expect(frame.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

const SHARED_KEYS: Record<string, unknown> = {
  'decoderPrediction.temperature': 1,
  'softmax.temperature': 1,
  'gradientDescent.steps': 0,
  'gradientDescent.learningRate': DEFAULT_LEARNING_RATE,
  'learningRate.eta': 0.2,
};

beforeEach(() => {
  for (const [key, value] of Object.entries(SHARED_KEYS)) sharedStore.set(key, value);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

// KaTeX in jsdom is slow; a loaded machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

describe('deck order', () => {
  it('puts cross-entropy, backpropagation and gradient descent after the learning slide, prediction and softmax after the decoder slide', () => {
    const at = (id: string) => SLIDES.findIndex((s) => s.id === id);
    expect(at('cross-entropy')).toBe(at('lernprozess') + 1);
    expect(at('backpropagation')).toBe(at('lernprozess') + 2);
    expect(at('gradient-descent')).toBe(at('lernprozess') + 3);
    expect(at('lernrate')).toBe(at('lernprozess') + 4);
    expect(at('decoder-vorhersage')).toBe(at('decoder') + 1);
    expect(at('softmax')).toBe(at('decoder') + 2);
  });
});

describe('formulas with numbers', () => {
  it('every TeX function of the block parses with KaTeX (throwOnError)', () => {
    const p = trace.probabilities;
    const samples = [
      formulas.decoderProjectionNumbers(trace.W_out, trace.h, trace.b),
      formulas.namedColumn('z', trace.logits),
      formulas.softmaxTemperatureNumbers('Frankreich', trace.logits[0], trace.logits, 0.5),
      formulas.probabilityResult('Frankreich', p[0]),
      formulas.argmaxNumbers(p, 'Frankreich'),
      formulas.logitRowNumbers('Frankreich', trace.W_out[0], trace.h, trace.b[0], trace.logits[0]),
      formulas.crossEntropyNumbers(p[0]),
      formulas.scalarResult('L', trace.loss),
      formulas.gradLogitsNumbers(p, [1, 0, 0]),
      formulas.gradLogitsResult(trace.gradLogits),
      formulas.oneWeightGradientNumbers(p[0], 1, trace.h[1], trace.grads.W_out[0][1]),
      formulas.oneWeightUpdateNumbers(0.6, 0.5, -0.28),
      formulas.quadraticStepNumbers(-2, 0.2, 1, 1),
      formulas.errorFactorNumbers(1, 1.5, -2),
    ];
    for (const tex of samples) expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
  });
});

describe('Decoder-Vorhersage', () => {
  it('shows z = h W_out + b (row vectors) with the numbers and the logits of the trace and the softmax demo', () => {
    const { frame } = renderSlide(DecoderPredictionSlide, 0);
    const tex = texText(frame);
    const demo = jsonOf(softmaxDemo, []);
    expect(demo.logits).toEqual(trace.logits);
    // Three digits, so that the shown h times the shown W_out plus b gives the shown z.
    expect(tex).toContain(`z=(${fmtAll(trace.logits, 3).join('')})`);
    // W_out and b are hand-set in steps of 0,1, so one digit shows them exactly (and keeps the line on the slide).
    for (const w of [...trace.W_out.flat(), ...trace.b]) expect(Math.abs(w * 10 - Math.round(w * 10))).toBeLessThan(1e-12);
    for (const row of trace.W_out) for (const w of row) expect(tex).toContain(formatNumber(w, 1));
    expect(tex).toContain(fmtAll(trace.h, 3).join(''));
    expectNoBrokenNumbers(frame);
  });

  it('shows the projection, then softmax in its place, then reveals argmax, on presenter clicks', () => {
    const steps = [0, 1, 2].map((step) => {
      const { frame, unmount } = renderSlide(DecoderPredictionSlide, step);
      const view = frame.querySelector('[data-view]')?.getAttribute('data-view');
      const shown = [...frame.querySelectorAll('[data-testid=step-reveal]')].map((e) => e.classList.contains('step-reveal-shown'));
      unmount();
      return { view, shown };
    });
    expect(steps).toEqual([
      { view: 'projection', shown: [] },
      { view: 'softmax', shown: [false] },
      { view: 'softmax', shown: [true] },
    ]);
  });

  it('shows p = softmax(z), P(Frankreich) = 0,44 and the argmax, as the trace and the demo', () => {
    const { frame } = renderSlide(DecoderPredictionSlide, 2);
    const demo = jsonOf(softmaxDemo, []);
    expect(barValues(frame)).toEqual(fmtAll(demo.probabilities as number[]));
    expect(barValues(frame)).toEqual(fmtAll(trace.probabilities));
    expect(within(frame).getByTestId('p-target').textContent).toBe('0,44');
    expect(within(frame).getByTestId('prediction').textContent).toBe(demo.prediction);
    expect(within(frame).getByTestId('prediction').textContent).toBe(trace.vocabulary[trace.prediction]);
  });

  it('changes p live with the temperature slider (clamped to its range)', () => {
    const { frame } = renderSlide(DecoderPredictionSlide, 2);
    const slider = within(frame).getByLabelText('Temperatur T') as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '0.5' } });
    const sharp = traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.5 }).probabilities;
    expect(barValues(frame)).toEqual(fmtAll(sharp));
    expect(barValues(frame)).toEqual(fmtAll(jsonOf(softmaxDemo, ['--temperature', '0.5']).probabilities as number[]));
    expect(within(frame).getByTestId('p-target').textContent).toBe(formatNumber(sharp[0]));
    fireEvent.change(slider, { target: { value: '3' } });
    expect(barValues(frame)).toEqual(fmtAll(traceWorkedExample(DEFAULT_PARAMS, { temperature: 3 }).probabilities));
    act(() => sharedStore.set('decoderPrediction.temperature', 1e9));
    expect(barValues(frame)).toEqual(fmtAll(traceWorkedExample(DEFAULT_PARAMS, { temperature: 3 }).probabilities));
    act(() => sharedStore.set('decoderPrediction.temperature', Number.NaN));
    expect(barValues(frame)).toEqual(fmtAll(trace.probabilities));
    expectNoBrokenNumbers(frame);
  });
});

describe('Softmax', () => {
  it('writes out each logit as a row of W_out times h plus b', () => {
    const { frame } = renderSlide(SoftmaxSlide, 0);
    const tex = texText(frame);
    trace.vocabulary.forEach((word, i) => {
      expect(tex).toContain(`z${word}=`);
      expect(tex).toContain(`=${formatNumber(trace.logits[i])}`);
    });
    expect(tex).toContain(`pFrankreich=${formatNumber(trace.probabilities[0])}`);
    expectNoBrokenNumbers(frame);
  });

  it('compares T = 0,5 / 1 / 2 with the numbers of the softmax demo', () => {
    const { frame } = renderSlide(SoftmaxSlide, 1);
    const comparison = jsonOf(softmaxDemo, []).comparison as { temperature: number; probabilities: number[] }[];
    const cells = [...frame.querySelectorAll('.heatmap-cell')].map((e) => e.textContent);
    const expected = trace.vocabulary.flatMap((_, i) => comparison.map((c) => formatNumber(c.probabilities[i])));
    expect(cells).toEqual(expected);
  });

  it('sharpens towards argmax for small T and flattens towards uniform for large T', () => {
    const { frame } = renderSlide(SoftmaxSlide, 0);
    const slider = within(frame).getByLabelText('Temperatur T');
    fireEvent.change(slider, { target: { value: '0.1' } });
    const cold = traceWorkedExample(DEFAULT_PARAMS, { temperature: 0.1 }).probabilities;
    expect(barValues(frame)).toEqual(fmtAll(cold));
    expect(cold[0]).toBeGreaterThan(0.9);
    fireEvent.change(slider, { target: { value: '3' } });
    const hot = traceWorkedExample(DEFAULT_PARAMS, { temperature: 3 }).probabilities;
    expect(barValues(frame)).toEqual(fmtAll(hot));
    expect(Math.max(...hot) - Math.min(...hot)).toBeLessThan(0.11);
    expect(texText(frame)).toContain(`pFrankreich=${formatNumber(hot[0])}`);
  });
});

describe('Cross-Entropy', () => {
  it('computes L = −ln p(Frankreich) as the trace and the cross-entropy demo', () => {
    const { frame } = renderSlide(CrossEntropySlide, 0);
    const demo = jsonOf(crossEntropyDemo, []);
    const tex = texText(frame);
    expect(demo.loss).toBeCloseTo(trace.loss, 12);
    // Three digits: −ln 0,437 = 0,828 can be checked, −ln 0,44 = 0,83 cannot (it is 0,82).
    expect(tex).toContain(`L=−ln${formatNumber(trace.probabilities[0], 3)}`);
    expect(tex).toContain(`L=${formatNumber(demo.loss as number, 3)}`);
    expect(formatNumber(trace.loss, 3)).toBe('0,828');
  });

  it('marks our p and, on the first click, the confident mistake on the −ln p curve', () => {
    const before = renderSlide(CrossEntropySlide, 0);
    const label = (f: HTMLElement) => [...f.querySelectorAll('.chart-marker-label')].map((e) => e.textContent);
    expect(label(before.frame)).toEqual([`unser p = 0,44, L = ${formatNumber(trace.loss)}`]);
    before.unmount();
    const { frame } = renderSlide(CrossEntropySlide, 1);
    const mistake = formatNumber(negativeLog(CONFIDENT_MISTAKE_P));
    expect(mistake).toBe(formatNumber(-Math.log(0.01)));
    expect(label(frame)[1]).toBe(`sicher falsch: p = 0,01, L = ${mistake}`);
    expect(frame.querySelector('svg[role=img]')?.getAttribute('aria-label')).toContain(mistake);
  });

  it('shows ∂L/∂z = p − y with the numbers of the demo', () => {
    const { frame } = renderSlide(CrossEntropySlide, 2);
    const demo = jsonOf(crossEntropyDemo, []);
    const tex = texText(frame);
    expect(tex).toContain(fmtAll(demo.gradLogits as number[]).join(''));
    expect(tex).toContain(fmtAll(trace.gradLogits).join(''));
    expect(tex).toContain(fmtAll(demo.y as number[], 0).join(''));
    expectNoBrokenNumbers(frame);
  });
});

describe('Gradient Descent: ein Schritt gegen den Gradienten', () => {
  const lossText = (frame: HTMLElement) => within(frame).getByTestId('gd-loss').textContent;

  it('starts at the default loss and shows one weight update with the numbers', () => {
    const { frame } = renderSlide(GradientDescentSlide);
    expect(lossText(frame)).toBe(`L = ${formatNumber(trace.loss, 3)}`);
    const tex = texText(frame);
    const w = trace.W_out[0][0];
    const g = trace.grads.W_out[0][0];
    expect(g).toBeCloseTo((trace.probabilities[0] - 1) * trace.h[0], 12);
    expect(tex).toContain(`=${formatNumber(g)}`);
    expect(tex).toContain(`wneu=${formatNumber(w)}−${formatNumber(DEFAULT_LEARNING_RATE)}`);
    expect(tex).toContain(`wneu=${formatNumber(trace.updated.W_out[0][0])}`);
    expect(barValues(frame)).toEqual(fmtAll(trace.probabilities));
  });

  it('"Schritt" takes one gradient-descent step: the loss of trainWorkedExample and the demo', () => {
    const { frame } = renderSlide(GradientDescentSlide);
    fireEvent.click(within(frame).getByRole('button', { name: 'Schritt' }));
    const one = trainWorkedExample(DEFAULT_PARAMS, { steps: 1, learningRate: DEFAULT_LEARNING_RATE });
    const demo = jsonOf(gradientDescentDemo, ['--steps', '1', '--learning-rate', String(DEFAULT_LEARNING_RATE)]);
    const demoSteps = demo.steps as { loss: number; pTarget: number }[];
    expect(demoSteps[1].loss).toBeCloseTo(one[1].loss, 12);
    expect(lossText(frame)).toBe(`L = ${formatNumber(one[1].loss, 3)}`);
    expect(lossText(frame)).toBe(`L = ${formatNumber(demoSteps[1].loss, 3)}`);
    expect(within(frame).getByTestId('gd-p').textContent).toBe(formatNumber(demoSteps[1].pTarget, 3));
    fireEvent.click(within(frame).getByRole('button', { name: 'Schritt' }));
    const two = trainWorkedExample(DEFAULT_PARAMS, { steps: 2, learningRate: DEFAULT_LEARNING_RATE });
    expect(lossText(frame)).toBe(`L = ${formatNumber(two[2].loss, 3)}`);
    expect(two[2].loss).toBeLessThan(one[1].loss);
  });

  it('uses the learning rate of the slider for every step', () => {
    const { frame } = renderSlide(GradientDescentSlide);
    fireEvent.change(within(frame).getByLabelText('Lernrate η'), { target: { value: '0.1' } });
    fireEvent.click(within(frame).getByRole('button', { name: 'Schritt' }));
    const one = trainWorkedExample(DEFAULT_PARAMS, { steps: 1, learningRate: 0.1 });
    expect(lossText(frame)).toBe(`L = ${formatNumber(one[1].loss, 3)}`);
  });

  it('"Trainieren" runs 50 steps, animated frame by frame, and "Zurücksetzen" goes back', () => {
    // Frames are run by hand, so the test sees every intermediate state.
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    const { frame } = renderSlide(GradientDescentSlide);
    const stepsText = () => within(frame).getByTestId('gd-steps').textContent;
    fireEvent.click(within(frame).getByRole('button', { name: /Trainieren/ }));
    expect(stepsText()).toBe('0');
    const seen: number[] = [];
    while (frames.length > 0) {
      const next = frames.shift()!;
      act(() => next(performance.now()));
      seen.push(Number(stepsText()));
    }
    expect(seen.length).toBeGreaterThan(5);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(TRAIN_STEPS);
    const trained = trainWorkedExample(DEFAULT_PARAMS, { steps: TRAIN_STEPS, learningRate: DEFAULT_LEARNING_RATE });
    expect(lossText(frame)).toBe(`L = ${formatNumber(trained[TRAIN_STEPS].loss, 3)}`);
    fireEvent.click(within(frame).getByRole('button', { name: 'Zurücksetzen' }));
    expect(lossText(frame)).toBe(`L = ${formatNumber(trace.loss, 3)}`);
    expectNoBrokenNumbers(frame);
    vi.unstubAllGlobals();
  });

  it('trains at once under prefers-reduced-motion and stops at the step limit', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    const { frame } = renderSlide(GradientDescentSlide);
    const train = within(frame).getByRole('button', { name: /Trainieren/ });
    fireEvent.click(train);
    expect(within(frame).getByTestId('gd-steps').textContent).toBe(String(TRAIN_STEPS));
    for (let i = 0; i < 10; i++) fireEvent.click(train);
    expect(within(frame).getByTestId('gd-steps').textContent).toBe(String(MAX_STEPS));
    expect((train as HTMLButtonElement).disabled).toBe(true);
    expectNoBrokenNumbers(frame);
    vi.unstubAllGlobals();
  });

  it('cancels a running animation when the slide unmounts', () => {
    const cancel = vi.spyOn(window, 'cancelAnimationFrame');
    const { frame, unmount } = renderSlide(GradientDescentSlide);
    fireEvent.click(within(frame).getByRole('button', { name: /Trainieren/ }));
    act(() => unmount());
    expect(cancel).toHaveBeenCalled();
  });
});

describe('Lernrate: Konvergenz und Divergenz', () => {
  it('says "konvergiert" below η = 1/a, "pendelt" at it and "divergiert" above, and writes out 1 − 2aη', () => {
    const { frame } = renderSlide(LearningRateSlide);
    const slider = within(frame).getByLabelText('Lernrate η');
    const at = (eta: string) => {
      fireEvent.change(slider, { target: { value: eta } });
      expectNoBrokenNumbers(frame);
      return { verdict: within(frame).getByTestId('lr-verdict').textContent, tex: texText(frame) };
    };
    const slow = at('0.2');
    expect(slow.verdict).toBe('konvergiert');
    expect(slow.tex).toContain('w1=−0,80'); // −2 − 0,2 · 2 · 1 · (−2 − 1)
    expect(slow.tex).toContain('=0,60'); // 1 − 2 · 1 · 0,2
    expect(at('0.75').verdict).toBe('konvergiert');
    expect(at('1').verdict).toMatch(/^pendelt/);
    expect(at('1.05').verdict).toBe('divergiert');
    const fast = at('1.5');
    expect(fast.verdict).toBe('divergiert');
    expect(fast.tex).toContain('=−2,00'); // 1 − 2 · 1 · 1,5
  }, 20_000);

  it('keeps the plotted path inside the chart when it diverges', () => {
    const { frame } = renderSlide(LearningRateSlide);
    fireEvent.change(within(frame).getByLabelText('Lernrate η'), { target: { value: '1.5' } });
    const svg = frame.querySelector('svg[role=img]') as SVGSVGElement;
    const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    for (const dot of svg.querySelectorAll('circle')) {
      const cx = Number(dot.getAttribute('cx'));
      const cy = Number(dot.getAttribute('cy'));
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(width);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(height);
    }
    expect(within(frame).getByTestId('lr-distance').textContent).toContain('Rand');
  });
});
