/** Shared helpers for the self-attention slide tests: render one slide at a step, read its numbers. */
import type { ComponentType } from 'react';
import { formatNumber } from '../../src/format';
import { selfAttentionDemo } from '../../src/demos/selfAttention';
import { renderSlideBody } from './renderSlide';

/** The terminal demo's JSON: the independent source the slides must agree with. */
export interface SelfAttentionJson {
  tokens: string[];
  focus: string;
  target: string;
  vocabulary: string[];
  embeddings: number[][];
  W_Q: number[][];
  W_K: number[][];
  W_V: number[][];
  W_out: number[][];
  b: number[];
  dK: number;
  q: number[];
  K: number[][];
  V: number[][];
  scores: number[];
  scaledScores: number[];
  weights: number[];
  attentionMatrix: number[][];
  h: number[];
  logits: number[];
  probabilities: number[];
  loss: number;
  gradLogits: number[];
}

export async function demoJson(): Promise<SelfAttentionJson> {
  const output = await selfAttentionDemo([]);
  // A JSON round trip, as `npm run demo -- self-attention --json` prints it.
  return JSON.parse(JSON.stringify(output.json)) as SelfAttentionJson;
}

/** Renders one slide body at the given step and returns its frame. */
export function renderSlideAt(Slide: ComponentType, stepIndex: number): HTMLElement {
  return renderSlideBody(Slide, stepIndex).frame;
}

/** The numbers of a table (MatrixView, Heatmap, WeightedSumTable) found by its caption, row by row. */
export function tableByCaption(root: HTMLElement, caption: string | RegExp): HTMLTableElement {
  const table = [...root.querySelectorAll('table')].find((t) => {
    const text = t.querySelector('caption')?.textContent ?? '';
    return typeof caption === 'string' ? text === caption : caption.test(text);
  });
  if (!table) throw new Error(`no table with caption ${String(caption)}`);
  return table;
}

export function bodyRows(table: HTMLTableElement): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

export function formatMatrix(m: readonly (readonly number[])[], digits = 2): string[][] {
  return m.map((row) => row.map((x) => formatNumber(x, digits)));
}

/** The TeX sources of all formulas on the slide (KaTeX keeps them in a MathML annotation). */
export function texSources(root: HTMLElement): string[] {
  return [...root.querySelectorAll('annotation[encoding="application/x-tex"]')].map((a) => a.textContent ?? '');
}

/** The view a replacing slide shows (data-view attribute), to check that the step shows what we think. */
export function views(root: HTMLElement): string[] {
  return [...root.querySelectorAll('[data-view]')].map((e) => e.getAttribute('data-view') ?? '');
}

