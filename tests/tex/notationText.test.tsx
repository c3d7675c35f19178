/**
 * One symbol, one meaning beyond the formulas (tests/tex/notation.test.ts checks those): the words
 * of every slide, every note and every terminal demo use only symbols of the notation table
 * (src/tex/notation.ts). A Greek letter, 𝓜, or the letter before a subscript (W_out, h_1, ρ_t)
 * must be a symbol of the table; the long-term memory is 𝓜, never M (the causal mask), and P is a
 * probability, never the persistent memory („P + x“).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReadingText, textOfMarkup } from '../../src/readingText';
import { NOTATION } from '../../src/tex/notation';
import * as tex from '../../src/tex';
import { SLIDES } from '../../slides';
import { crossEntropyDemo } from '../../src/demos/crossEntropy';
import { gradientDescentDemo } from '../../src/demos/gradientDescent';
import { notationDemo } from '../../src/demos/notation';
import { selfAttentionDemo } from '../../src/demos/selfAttention';
import { softmaxDemo } from '../../src/demos/softmax';
import { tokenizationDemo } from '../../src/demos/tokenization';

const PLAIN = new Set(NOTATION.map((entry) => entry.plain));
/** Operators, not symbols with a meaning of their own. */
const OPERATORS = new Set(['Σ', '∇']);

/** A matrix or vector entry in code style, W_Q[4,1], e_von[4] or W_{\\text{out}}[:, i]; entries take subscripts. */
const MATRIX_ENTRY_IN_BRACKETS = /[\p{L}\p{N}_}]\[(?:\s*[\d:]|[a-z]\])[^\]]*\]/gu;

/** Every symbol problem in a text, as readable lines. */
function symbolProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [letter] of text.matchAll(/[α-ωΑ-Ω]|𝓜/gu)) {
    if (!PLAIN.has(letter) && !OPERATORS.has(letter)) problems.push(`„${letter}“ steht nicht in der Schreibweise`);
  }
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(\p{L})_[\p{L}\p{N}(]/gu)) {
    if (!PLAIN.has(match[1]) && !OPERATORS.has(match[1])) problems.push(`„${match[0]}…“: ${match[1]} steht nicht in der Schreibweise`);
  }
  for (const [found] of text.matchAll(/Gedächtnis(?:ses)? M\b|\bM\*|\bM\(k|\bM_t\b/gu)) {
    problems.push(`„${found}“: das Langzeitgedächtnis heißt 𝓜, M ist die kausale Maske`);
  }
  for (const [found] of text.matchAll(/(?<![\p{L}\p{N}])P(?= [+‖]|,)/gu)) {
    problems.push(`„${found}“ als Gedächtnis: P ist eine Wahrscheinlichkeit, P(…)`);
  }
  for (const [found] of text.matchAll(MATRIX_ENTRY_IN_BRACKETS)) {
    problems.push(`„${found}“: Einträge mit Index, (W_Q)₄₁ bzw. (W_{\\text{out}})_{m i}, nicht in eckigen Klammern`);
  }
  return [...new Set(problems)];
}

let texts: { where: string; text: string }[] = [];
beforeAll(async () => {
  const reading = await renderReadingText();
  texts = SLIDES.flatMap((meta) => [
    { where: `${meta.id} (Notizen)`, text: textOfMarkup(reading[meta.id].notes) },
    { where: `${meta.id} (Folie)`, text: `${meta.title}\n${reading[meta.id].body}` },
  ]);
  const demos = { crossEntropyDemo, gradientDescentDemo, notationDemo, selfAttentionDemo, softmaxDemo, tokenizationDemo };
  for (const [name, demo] of Object.entries(demos)) texts.push({ where: name, text: (await demo([])).text });
}, 60_000);

describe('notation in words: slides, notes and demo output', () => {
  it('use only the symbols of the notation table, 𝓜 for the memory and P only as P(…)', () => {
    const problems = texts.map(({ where, text }) => [where, symbolProblems(text)] as const).filter(([, found]) => found.length > 0);
    expect(problems).toEqual([]);
  });

  it('the check catches what it is for', () => {
    expect(symbolProblems('ein Wert λ')).toHaveLength(1);
    expect(symbolProblems('die Matrix U_1')).toHaveLength(1);
    expect(symbolProblems('das Gedächtnis M lernt')).toHaveLength(1);
    expect(symbolProblems('P + Eingabe x')).toHaveLength(1);
    expect(symbolProblems('P(Frankreich) = 0,44, W_out, h_1, ρ_t, 𝓜*, Σ a_j v_j, r50k_base')).toEqual([]);
    expect(symbolProblems('Regler W_Q[4,1] und e_von[4]')).toHaveLength(2);
    expect(symbolProblems(String.raw`z_i = h \cdot W_{\text{out}}[:, i]`)).toHaveLength(1);
    expect(symbolProblems('Regler (W_Q)₄₁, Vokabular [Paris, ist], Quelle [1]')).toEqual([]);
  });

  it('formulas write matrix entries with subscripts, never in brackets', () => {
    const formulas = Object.entries(tex).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    expect(formulas.length).toBeGreaterThan(20);
    const inBrackets = formulas.filter(([, formula]) => MATRIX_ENTRY_IN_BRACKETS.test(formula)).map(([name]) => name);
    expect(inBrackets).toEqual([]);
  });
});
