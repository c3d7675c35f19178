/**
 * One symbol, one meaning (src/tex/notation.ts): no symbol has two entries, and every formula of
 * src/tex, parsed by KaTeX, uses only symbols of the table. The symbols are read from KaTeX's parse
 * tree, not from the source text: a letter in \text{…} or \operatorname{…} is a word, not a symbol;
 * \mathcal{M}, \hat{y}, \bar{A} and \mathrm{e} are symbols of their own.
 */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import * as tex from '../../src/tex';
import { NOTATION, notationBySymbol, type NotationEntry } from '../../src/tex/notation';
import { SAMPLES, type TexFunction } from './samples';

type ParseNode = { type: string; [key: string]: unknown };
const parse = (katex as unknown as { __parse: (source: string, settings: object) => ParseNode[] }).__parse;

/** Operators and marks that KaTeX parses like letters but are not symbols with a meaning of their own. */
const NOT_SYMBOLS = new Set(['\\partial', '\\infty', '\\top', '\\circ', '\\dots', '\\ldots', '\\cdots', '\\prime', '\\lVert', '\\rVert', '\\|']);

/** Every symbol a formula uses: letters and Greek letters, with their font or accent. */
/** Operators a student may not know; the notation table explains them like letters. */
const EXPLAINED_OPERATORS = new Set(['\\odot']);

export function symbolsOf(source: string): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const n = node as ParseNode;
    if (n.type === 'text' || n.type === 'operatorname') return;
    if (n.type === 'atom' && typeof n.text === 'string' && EXPLAINED_OPERATORS.has(n.text)) {
      found.add(n.text);
      return;
    }
    if ((n.type === 'mathord' || n.type === 'textord') && typeof n.text === 'string') {
      const text = n.text;
      if ((/^[A-Za-z]$/.test(text) || /^\\[A-Za-z]+$/.test(text)) && !NOT_SYMBOLS.has(text)) found.add(text);
      return;
    }
    if (n.type === 'font' && typeof n.font === 'string') {
      const letters = symbolsOf(`{${bodyText(n.body)}}`);
      for (const letter of letters) found.add(n.font === 'mathit' ? letter : `\\${n.font}{${letter}}`);
      return;
    }
    if (n.type === 'accent' && typeof n.label === 'string' && ['\\hat', '\\bar', '\\tilde'].includes(n.label)) {
      for (const letter of symbolsOf(`{${bodyText(n.base)}}`)) found.add(`${n.label}{${letter}}`);
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc') visit(value);
  };
  visit(parse(source, {}));
  return found;
}

/** The letters of a font's or accent's body, back as TeX (only ordinary letters occur there). */
function bodyText(node: unknown): string {
  if (Array.isArray(node)) return node.map(bodyText).join(' ');
  if (!node || typeof node !== 'object') return '';
  const n = node as ParseNode;
  if ((n.type === 'mathord' || n.type === 'textord') && typeof n.text === 'string') return n.text;
  return Object.entries(n)
    .filter(([key]) => key !== 'loc')
    .map(([, value]) => bodyText(value))
    .join(' ');
}

/** Every formula of src/tex: the constants, and each function called with its samples. */
function allFormulas(): { name: string; source: string }[] {
  const samples = SAMPLES as unknown as Record<string, readonly (readonly unknown[])[] | undefined>;
  return Object.entries(tex).flatMap(([name, value]) => {
    if (typeof value === 'string') return [{ name, source: value }];
    if (typeof value !== 'function') return [];
    return (samples[name] ?? []).map((args, i) => ({ name: `${name}#${i}`, source: (value as TexFunction)(...(args as never[])) }));
  });
}

describe('the notation table', () => {
  it('gives every symbol exactly one meaning, and every meaning, shape and place in words', () => {
    expect(() => notationBySymbol()).not.toThrow();
    expect(new Set(NOTATION.map((e) => e.symbol)).size).toBe(NOTATION.length);
    for (const entry of NOTATION) {
      expect(entry.meaning.trim(), entry.symbol).not.toBe('');
      expect(entry.shape.trim(), entry.symbol).not.toBe('');
      expect(entry.where.trim(), entry.symbol).not.toBe('');
      // The symbol is one symbol as the formulas write it: the reader finds exactly it.
      expect([...symbolsOf(entry.symbol)], entry.symbol).toEqual([entry.symbol]);
    }
  });

  it('rejects a second meaning for a letter (h reused for the number of heads)', () => {
    const clash: NotationEntry[] = [...NOTATION, { symbol: 'h', plain: 'h', meaning: 'Zahl der Köpfe', shape: 'Zahl', where: '7' }];
    expect(() => notationBySymbol(clash)).toThrow('„h“ hat zwei Bedeutungen: „Kontextvektor: gewichtete Summe der Values“ und „Zahl der Köpfe“');
  });

  it('reads symbols from the parse tree: words, operators and numbers are not symbols', () => {
    expect([...symbolsOf(String.raw`h_{\text{von}} = \sum\nolimits_j a_j \, v_j`)].sort()).toEqual(['a', 'h', 'j', 'v']);
    expect([...symbolsOf(String.raw`\operatorname{softmax}(z / T) + \mathcal{M}_t(k) + \hat{y} + \bar{A} + \mathrm{e}^{1{,}5} + \eta\,\nabla L`)].sort()).toEqual(
      ['L', 'T', '\\bar{A}', '\\eta', '\\hat{y}', '\\mathcal{M}', '\\mathrm{e}', '\\nabla', 'k', 't', 'z'].sort(),
    );
    expect([...symbolsOf(String.raw`\frac{\partial L}{\partial z} = (0{,}44 \;\; 1) \cdot 10^{3}`)].sort()).toEqual(['L', 'z']);
  });

  it('covers every symbol of every formula in src/tex', () => {
    const table = notationBySymbol();
    const formulas = allFormulas();
    expect(formulas.length).toBeGreaterThan(60);
    const unknown = formulas.flatMap(({ name, source }) => [...symbolsOf(source)].filter((s) => !table.has(s)).map((s) => `${name}: ${s}`));
    expect(unknown).toEqual([]);
  });

  it('has no entry that no formula uses (apart from letters that only slide texts use)', () => {
    const used = new Set(allFormulas().flatMap(({ source }) => [...symbolsOf(source)]));
    const textOnly = new Set(['P', 'A', '\\Delta']);
    expect(NOTATION.filter((e) => !used.has(e.symbol) && !textOnly.has(e.symbol)).map((e) => e.symbol)).toEqual([]);
  });
});
