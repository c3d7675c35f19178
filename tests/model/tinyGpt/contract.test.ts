// @vitest-environment node
/**
 * The `generate --json` contract, recomputed independently: plain loops over the JSON's nested
 * arrays (no model code), following the README's description of the forward pass.
 */
import { describe, expect, it } from 'vitest';
import { generateContract, type GenerateContract } from '../../../src/model/tinyGpt';

type M = number[][];

function layerNorm(x: number[], gamma: number[], beta: number[], eps: number): number[] {
  const n = x.length;
  let mean = 0;
  for (const v of x) mean += v;
  mean /= n;
  let variance = 0;
  for (const v of x) variance += (v - mean) * (v - mean);
  variance /= n; // population variance
  return x.map((v, i) => (gamma[i] * (v - mean)) / Math.sqrt(variance + eps) + beta[i]);
}

function affine(x: number[], W: M, b: number[]): number[] {
  const out: number[] = [];
  for (let j = 0; j < W[0].length; j++) {
    let s = b[j];
    for (let i = 0; i < x.length; i++) s += x[i] * W[i][j];
    out.push(s);
  }
  return out;
}

function gelu(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
}

/** Logits of the last position and attention[layer][head][query][key] for a token-id sequence. */
function reference(json: GenerateContract, ids: readonly number[]) {
  const { config, weights } = json;
  const eps = config.layerNormEpsilon;
  const dh = config.dModel / config.nHeads;
  let x = ids.map((id, t) => weights.tokenEmbedding[id].map((e, j) => e + weights.positionEmbedding[t][j]));
  const attention: number[][][][] = [];
  for (const L of weights.layers) {
    const u = x.map((row) => layerNorm(row, L.ln1.gamma, L.ln1.beta, eps));
    const q = u.map((row) => affine(row, L.W_Q, L.b_Q));
    const k = u.map((row) => affine(row, L.W_K, L.b_K));
    const v = u.map((row) => affine(row, L.W_V, L.b_V));
    const heads: number[][][] = [];
    const concat = x.map(() => new Array<number>(config.dModel).fill(0));
    for (let h = 0; h < config.nHeads; h++) {
      const rows: number[][] = [];
      for (let i = 0; i < x.length; i++) {
        const scores: number[] = [];
        for (let j = 0; j <= i; j++) {
          let s = 0;
          for (let c = h * dh; c < (h + 1) * dh; c++) s += q[i][c] * k[j][c];
          scores.push(s / Math.sqrt(dh));
        }
        const m = Math.max(...scores);
        const e = scores.map((s) => Math.exp(s - m));
        const total = e.reduce((a, b) => a + b, 0);
        const a = x.map((_, j) => (j <= i ? e[j] / total : 0));
        rows.push(a);
        for (let c = h * dh; c < (h + 1) * dh; c++) for (let j = 0; j <= i; j++) concat[i][c] += a[j] * v[j][c];
      }
      heads.push(rows);
    }
    attention.push(heads);
    const a = x.map((row, i) => affine(concat[i], L.W_O, L.b_O).map((o, j) => row[j] + o));
    x = a.map((row) => {
      const hidden = affine(layerNorm(row, L.ln2.gamma, L.ln2.beta, eps), L.W_1, L.b_1).map(gelu);
      return affine(hidden, L.W_2, L.b_2).map((m, j) => row[j] + m);
    });
  }
  const last = layerNorm(x[x.length - 1], weights.lnFinal.gamma, weights.lnFinal.beta, eps);
  const logits = config.tiedEmbeddings
    ? weights.tokenEmbedding.map((e, t) => e.reduce((s, w, j) => s + w * last[j], weights.b_out[t]))
    : affine(last, weights.W_out, weights.b_out);
  return { logits, attention };
}

describe('generate --json contract', () => {
  const result = generateContract('Paris ist die Hauptstadt von');
  if (!result.ok) throw new Error(result.message);
  // Through JSON, as the demo prints it.
  const json = JSON.parse(JSON.stringify(result.contract)) as GenerateContract;

  it('has every documented key', () => {
    expect(Object.keys(json).sort()).toEqual(['config', 'prompt', 'steps', 'training', 'vocabulary', 'weights']);
    expect(Object.keys(json.config).sort()).toEqual(
      ['activation', 'contextLength', 'dFF', 'dModel', 'layerNormEpsilon', 'nHeads', 'nLayers', 'tiedEmbeddings'],
    );
    expect(json.config.activation).toBe('gelu-tanh');
    expect(json.prompt.tokens).toEqual(['Paris', 'ist', 'die', 'Hauptstadt', 'von']);
    expect(json.prompt.ids).toEqual(json.prompt.tokens.map((t) => json.vocabulary.indexOf(t)));
    expect(Object.keys(json.training).sort()).toEqual(['heldOut', 'heldOutAccuracy', 'seed', 'steps', 'trainAccuracy', 'trainLoss']);
  });

  it('generates „Frankreich" and then „."', () => {
    expect(json.steps.map((s) => s.next)).toEqual(['Frankreich', '.']);
  });

  it('every logit and attention weight of every step matches the independent recomputation to 1e-9', () => {
    const ids = [...json.prompt.ids];
    for (const step of json.steps) {
      const ref = reference(json, ids);
      expect(step.logits).toHaveLength(json.vocabulary.length);
      ref.logits.forEach((z, i) => expect(Math.abs(step.logits[i] - z)).toBeLessThan(1e-9));
      ref.attention.forEach((layer, l) =>
        layer.forEach((head, h) =>
          head.forEach((row, i) => row.forEach((a, j) => expect(Math.abs(step.attention[l][h][i][j] - a)).toBeLessThan(1e-9))),
        ),
      );
      const m = Math.max(...ref.logits);
      const total = ref.logits.reduce((s, z) => s + Math.exp(z - m), 0);
      ref.logits.forEach((z, i) => expect(Math.abs(step.probabilities[i] - Math.exp(z - m) / total)).toBeLessThan(1e-12));
      ids.push(json.vocabulary.indexOf(step.next));
    }
  });
});
