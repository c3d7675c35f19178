/**
 * Numbers in an index mean one thing per symbol (src/tex/notation.ts, `numericIndex`): w_0 is a time
 * step, h_1 a component, k_1 a token, W_1 the MLP's first matrix. Every symbol written with a number
 * in its index, in a formula of src/tex, on a slide, in a note or in a demo's output, must declare
 * that meaning; matrix entries take their numbers on the bracketed matrix, (W_Q)₄₁, not on W.
 */
import katex from 'katex';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReadingText, textOfMarkup } from '../../src/readingText';
import * as tex from '../../src/tex';
import { NOTATION } from '../../src/tex/notation';
import { SLIDES } from '../../slides';
import { crossEntropyDemo } from '../../src/demos/crossEntropy';
import { gradientDescentDemo } from '../../src/demos/gradientDescent';
import { selfAttentionDemo } from '../../src/demos/selfAttention';
import { softmaxDemo } from '../../src/demos/softmax';
import { SAMPLES, type TexFunction } from './samples';

type ParseNode = { type: string; [key: string]: unknown };
const parse = (katex as unknown as { __parse: (source: string, settings: object) => ParseNode[] }).__parse;

const DECLARED = new Map(NOTATION.map((entry) => [entry.symbol, entry.numericIndex]));
const SYMBOL_OF_PLAIN = new Map(NOTATION.map((entry) => [entry.plain, entry.symbol]));

/** The text of a parse node's ordinary characters (digits, letters, operators). */
function flat(node: unknown): string {
  if (Array.isArray(node)) return node.map(flat).join('');
  if (!node || typeof node !== 'object') return '';
  const n = node as ParseNode;
  if (typeof n.text === 'string' && ['textord', 'mathord', 'atom'].includes(n.type)) return n.text;
  return Object.entries(n)
    .filter(([key]) => key !== 'loc')
    .map(([, value]) => flat(value))
    .join('');
}

/** The symbol of an index's base: a letter (h), a calligraphic letter (\mathcal{M}); null for a group like (W_Q) or ‖…‖. */
function baseSymbol(base: unknown): string | null {
  if (!base || typeof base !== 'object') return null;
  const n = base as ParseNode;
  if (n.type === 'mathord' && typeof n.text === 'string') return n.text;
  if (n.type === 'font' && typeof n.font === 'string' && n.font !== 'mathrm') return `\\${n.font}{${flat(n.body)}}`;
  return null;
}

/** Every „symbol with a number in its index“ of a formula, as [symbol, index]. */
function numericIndicesInFormula(source: string): [string, string][] {
  const found: [string, string][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as ParseNode;
    if (n.type === 'supsub' && n.sub) {
      const index = flat(n.sub);
      const symbol = baseSymbol(n.base);
      if (symbol && /\d/.test(index)) found.push([symbol, index]);
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(parse(source, {}));
  return found;
}

/** The same in words: „h_1“, „w₀“ (a letter, then digits after _ or as subscript digits). */
function numericIndicesInText(text: string): [string, string][] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])(\p{L})(?:_\{?(\d[\d+−-]*)|([₀-₉]+))/gu)].map((m) => [SYMBOL_OF_PLAIN.get(m[1]) ?? m[1], m[2] ?? m[3]]);
}

function undeclared(found: [string, string][], where: string): string[] {
  return found.filter(([symbol]) => !DECLARED.get(symbol)).map(([symbol, index]) => `${where}: ${symbol} mit Index ${index}`);
}

let texts: { where: string; text: string }[] = [];
beforeAll(async () => {
  const reading = await renderReadingText();
  texts = SLIDES.flatMap((meta) => [
    { where: `${meta.id} (Notizen)`, text: textOfMarkup(reading[meta.id].notes) },
    { where: `${meta.id} (Folie)`, text: reading[meta.id].body },
  ]);
  const demos = { crossEntropyDemo, gradientDescentDemo, selfAttentionDemo, softmaxDemo };
  for (const [name, demo] of Object.entries(demos)) texts.push({ where: name, text: (await demo([])).text });
}, 60_000);

describe('numbers in an index', () => {
  it('every formula of src/tex writes a number in an index only on a symbol that declares its meaning', () => {
    const samples = SAMPLES as unknown as Record<string, readonly (readonly unknown[])[] | undefined>;
    const formulas = Object.entries(tex).flatMap(([name, value]) => {
      if (typeof value === 'string') return [{ name, source: value }];
      if (typeof value !== 'function') return [];
      return (samples[name] ?? []).map((args, i) => ({ name: `${name}#${i}`, source: (value as TexFunction)(...(args as never[])) }));
    });
    const all = formulas.flatMap(({ name, source }) => numericIndicesInFormula(source).map((hit) => ({ name, hit })));
    // The deck does use numbers in indices: the rule is not vacuous.
    expect(new Set(all.map(({ hit }) => hit[0]))).toEqual(new Set(['w', 'h', 'W', 'b', 'k', 'v', 'q', '\\mathcal{M}', 'S', 'r', 'R']));
    expect(formulas.flatMap(({ name, source }) => undeclared(numericIndicesInFormula(source), name))).toEqual([]);
  });

  it('slides, notes and demo output do the same in words', () => {
    expect(texts.flatMap(({ where, text }) => undeclared(numericIndicesInText(text), where))).toEqual([]);
  });

  it('the check catches what it is for', () => {
    expect(numericIndicesInFormula(String.raw`z_3 = h_1 + (W_Q)_{41} + \lVert x \rVert_2 + \mathcal{M}_{t-1}`)).toEqual([
      ['z', '3'],
      ['h', '1'],
      ['\\mathcal{M}', 't-1'],
    ]);
    expect(undeclared(numericIndicesInFormula('z_3'), 'probe')).toEqual(['probe: z mit Index 3']);
    expect(numericIndicesInText('Logit z_2, Gewicht w₀, Regler (W_Q)₄₁, r50k_base, 𝓜_t')).toEqual([
      ['z', '2'],
      ['w', '₀'],
    ]);
    expect(undeclared(numericIndicesInText('Logit z_2 und w₀'), 'probe')).toEqual(['probe: z mit Index 2']);
  });
});
