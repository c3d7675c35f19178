/**
 * Section 7: every number on the architecture slides is the model's (src/model/multiHead.ts,
 * parameterCount.ts, activationCurves.ts, traceWorkedExample), formatted the German way.
 * No terminal demo exists for section 7, so the independent reference is the model itself and,
 * for the single-head check, traceWorkedExample (the source of the self-attention demo JSON).
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formatInteger, formatNumber, texNumber } from '../../src/format';
import { geluExact, normalCdf, relu } from '../../src/math';
import { traceWorkedExample } from '../../src/model';
import { activationCurves } from '../../src/model/activationCurves';
import { SINGLE_HEAD_PARAMS, traceMultiHead } from '../../src/model/multiHead';
import { MODEL_PRESETS, countParameters, parameterBreakdown } from '../../src/model/parameterCount';
import { ArchitectureBlockParamsSlide } from '../../slides/ArchitectureBlockParamsSlide';
import { ArchitectureConcatSlide } from '../../slides/ArchitectureConcatSlide';
import { ArchitectureGeluSlide } from '../../slides/ArchitectureGeluSlide';
import { ArchitectureModelParamsSlide } from '../../slides/ArchitectureModelParamsSlide';
import { ArchitectureMultiHeadSlide } from '../../slides/ArchitectureMultiHeadSlide';
import { ArchitectureSlide } from '../../slides/ArchitectureSlide';
import { presetLabel } from '../../slides/architectureModel';
import { renderSlideAt, texSources } from './selfAttentionHelpers';

afterEach(cleanup);

const BROKEN = /NaN|Infinity|undefined/;
const OUTLINE_BULLETS = [
  'Embedding-Schicht',
  'Multi-Head Self-Attention',
  'Feedforward-MLP (z. B. mit GeLU)',
  'Residual-Verbindungen und LayerNorm',
  'Viele Wiederholungen dieser Blöcke (z. B. 12, 24, 96)',
];

describe('Modellarchitekturen im Überblick (decoder block diagram)', () => {
  it('keeps every outline bullet of section 7 and has no placeholder', () => {
    const frame = renderSlideAt(ArchitectureSlide, 0);
    const items = [...frame.querySelectorAll('.arch-parts li')].map((li) => li.textContent);
    expect(items).toEqual(OUTLINE_BULLETS);
    expect(frame.querySelector('[data-testid="placeholder"]')).toBeNull();
  });

  it.each([
    [0, 1, ['Embedding']],
    [1, 2, ['Embedding', 'LayerNorm, dann Multi-Head Self-Attention']],
    [2, 3, ['Addieren: Residual um LayerNorm und Attention']],
    [3, 4, ['LayerNorm, dann Feedforward-MLP mit GeLU']],
    [4, 5, ['Residual um LayerNorm und MLP']],
    [5, 6, ['× n_Block', 'letzte LayerNorm']],
  ])('step %i shows %i parts, and the text alternative lists them', (step, parts, names) => {
    const frame = renderSlideAt(ArchitectureSlide, step);
    const figure = frame.querySelector('.arch-diagram')!;
    expect(figure.getAttribute('data-parts')).toBe(String(parts));
    const alt = figure.querySelector('svg')!.getAttribute('aria-label')!;
    expect(figure.querySelector('figcaption')!.textContent).toBe(alt);
    expect(alt.split(';')).toHaveLength(parts);
    for (const name of names) expect(alt).toContain(name);
    expect(figure.querySelectorAll('[data-testid^="arch-part-"]')).toHaveLength(parts);
    // Residual bypass arrows come with the two additions (pre-LN: LayerNorm sits before each sub-layer).
    expect(figure.querySelectorAll('.arch-bypass')).toHaveLength(parts >= 5 ? 2 : parts >= 3 ? 1 : 0);
    expect(frame.querySelector('[aria-current="step"]')).not.toBeNull();
  });
});

describe('Im MLP: GeLU statt ReLU', () => {
  it('shows GeLU(x) = x·Φ(x) with the numbers from src/math, and the tanh gap', () => {
    const frame = renderSlideAt(ArchitectureGeluSlide, 0);
    const tex = texSources(frame).join('\n');
    expect(tex).toContain(texNumber(normalCdf(-1)));
    expect(tex).toContain(`= ${texNumber(geluExact(-1))}`);
    expect(frame.textContent).toContain(formatNumber(activationCurves().maxTanhError, 4));
    const chart = frame.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toContain(`GeLU = ${formatNumber(geluExact(-1))}`);
    // Solid vs dashed: colour is not the only difference.
    const lines = [...chart.querySelectorAll('polyline')];
    expect(lines.map((l) => l.getAttribute('stroke-dasharray'))).toEqual(['8 6', null]);
  });

  it('the x slider moves the evaluation point', () => {
    const frame = renderSlideAt(ArchitectureGeluSlide, 0);
    const slider = within(frame).getByLabelText('x') as HTMLInputElement;
    fireEvent.change(slider, { target: { value: '2' } });
    const tex = texSources(frame).join('\n');
    expect(tex).toContain(`\\operatorname{GeLU}(${texNumber(2, 1)}) = ${texNumber(geluExact(2))}`);
    expect(tex).toContain(`\\operatorname{ReLU}(${texNumber(2, 1)}) = \\max(0;\\, ${texNumber(2, 1)}) = ${texNumber(relu(2))}`);
    fireEvent.change(slider, { target: { value: '-1' } });
    expect(frame.textContent).not.toMatch(BROKEN);
  });
});

describe('Multi-Head Attention', () => {
  const trace = traceMultiHead();

  it("shows each head's weights for „von“ as bars, equal to the model", () => {
    const frame = renderSlideAt(ArchitectureMultiHeadSlide, 2);
    const heads = [...frame.querySelectorAll('.arch-head')];
    expect(heads).toHaveLength(3);
    heads.forEach((head, i) => {
      const values = [...head.querySelectorAll('.bar-value')].map((e) => e.textContent);
      expect(values).toEqual(trace.heads[i].weights.map((w) => formatNumber(w)));
      // q and the head's output o are tables of numbers (MatrixView), the output in the last one.
      const output = [...head.querySelectorAll('table')].at(-1)!;
      expect([...output.querySelectorAll('td')].map((e) => e.textContent)).toEqual(trace.heads[i].output.map((x) => formatNumber(x)));
    });
    // Head 1 is the lecture's head: its weights are the worked example's.
    expect([...heads[0].querySelectorAll('.bar-value')].map((e) => e.textContent)).toEqual(
      traceWorkedExample().weights.map((w) => formatNumber(w)),
    );
  });

  it('reveals heads 2 and 3 one click each', () => {
    const hidden = (frame: HTMLElement) => frame.querySelectorAll('.step-reveal-hidden').length;
    expect(hidden(renderSlideAt(ArchitectureMultiHeadSlide, 0))).toBe(2);
    cleanup();
    expect(hidden(renderSlideAt(ArchitectureMultiHeadSlide, 1))).toBe(1);
  });

  it('Concat · W_O shows the concatenated head outputs and the projected result; one head equals h', () => {
    const frame = renderSlideAt(ArchitectureConcatSlide, 0);
    const tex = texSources(frame).join('\n');
    // The 12 concatenated numbers are a table (too many for a formula at the formula size).
    const concat = frame.querySelector('.arch-concat-numbers table')!;
    expect([...concat.querySelectorAll('td')].map((e) => e.textContent)).toEqual(trace.concat.map((x) => formatNumber(x)));
    expect(tex).toContain(trace.output.map((x) => texNumber(x)).join(' & '));
    const single = traceMultiHead(SINGLE_HEAD_PARAMS).output.map((x) => texNumber(x)).join(' & ');
    const h = traceWorkedExample().h.map((x) => texNumber(x)).join(' & ');
    expect(single).toBe(h);
    expect(tex.split(h).length - 1).toBeGreaterThanOrEqual(2);
  });
});

describe('Parameter count', () => {
  function pressPreset(label: string) {
    fireEvent.click(screen.getByRole('button', { name: label }));
  }

  it('the model slide shows formatInteger(countParameters(preset)) for every preset', () => {
    const frame = renderSlideAt(ArchitectureModelParamsSlide, 0);
    for (const preset of MODEL_PRESETS) {
      pressPreset(presetLabel(preset));
      expect(screen.getByTestId('model-params').textContent).toBe(formatInteger(countParameters(preset.shape)));
      expect(screen.getByRole('button', { name: presetLabel(preset) }).getAttribute('aria-pressed')).toBe('true');
      expect(frame.textContent).toContain(preset.published);
      const tex = texSources(frame).join('\n');
      expect(tex).toContain(formatInteger(countParameters(preset.shape)).replace(/\./g, '{.}'));
    }
    pressPreset('GPT-2 small');
    expect(screen.getByTestId('model-params').textContent).toBe('124.439.808');
    expect(frame.textContent).not.toMatch(BROKEN);
  });

  it('labels the presets from their shapes: GPT-3 with its blocks and width, as its paper’s table gives them', () => {
    expect(MODEL_PRESETS.map(presetLabel)).toEqual(['GPT-2 small', 'GPT-2 medium', 'GPT-3 (96 Blöcke, d = 12.288)']);
    const wider = { ...MODEL_PRESETS[2], shape: { ...MODEL_PRESETS[2].shape, layers: 80, dModel: 8192 } };
    expect(presetLabel(wider)).toBe('GPT-3 (80 Blöcke, d = 8.192)');
  });

  it('sliders change the count, except the heads slider', () => {
    renderSlideAt(ArchitectureModelParamsSlide, 0);
    pressPreset('GPT-2 small');
    const total = () => screen.getByTestId('model-params').textContent;
    const before = total();
    fireEvent.change(screen.getByLabelText('Köpfe nhead'), { target: { value: '7' } });
    expect(total()).toBe(before);
    fireEvent.change(screen.getByLabelText('Blöcke nBlock'), { target: { value: '24' } });
    const shape = { dModel: 768, heads: 7, layers: 24, vocabSize: 50257, contextLength: 1024 };
    expect(total()).toBe(formatInteger(countParameters(shape)));
    fireEvent.change(screen.getByLabelText('Kontext nctx'), { target: { value: '2048' } });
    expect(total()).toBe(formatInteger(countParameters({ ...shape, contextLength: 2048 })));
    fireEvent.change(screen.getByLabelText('Vokabular nvocab'), { target: { value: '1000' } });
    expect(total()).toBe(formatInteger(countParameters({ ...shape, contextLength: 2048, vocabSize: 1000 })));
    // No preset matches any more.
    for (const preset of MODEL_PRESETS) {
      expect(screen.getByRole('button', { name: presetLabel(preset) }).getAttribute('aria-pressed')).toBe('false');
    }
    pressPreset('GPT-2 small');
  });

  it('the block slide shows the parts of 12d² + 13d for the shared d, and d_k = d / n_head', () => {
    renderSlideAt(ArchitectureBlockParamsSlide, 0);
    fireEvent.change(screen.getByLabelText('Breite d'), { target: { value: '1024' } });
    fireEvent.change(screen.getByLabelText('Köpfe nhead'), { target: { value: '16' } });
    const b = parameterBreakdown({ dModel: 1024, heads: 16, layers: 12, vocabSize: 50257, contextLength: 1024 });
    expect(screen.getByTestId('block-params').textContent).toBe(formatInteger(b.block));
    const cells = [...document.querySelectorAll('.arch-param-table tbody td.num')].map((e) => e.textContent);
    expect(cells).toEqual([b.attention, b.mlp, b.layerNorms].map(formatInteger));
    expect(screen.getByTestId('head-width').textContent).toContain('= 64');
    fireEvent.change(screen.getByLabelText('Köpfe nhead'), { target: { value: '3' } });
    expect(screen.getByTestId('block-params').textContent).toBe(formatInteger(b.block));
    expect(screen.getByTestId('head-width').textContent).toContain(formatNumber(1024 / 3));
    expect(document.body.textContent).not.toMatch(BROKEN);
  });
});
