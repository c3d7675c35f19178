/** The TeX building blocks: German decimal commas, negative factors in parentheses, escaped text. */
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { namedRowVector, texColumn, texCount, texFactor, texMatrix, texRowVector, texText } from '../../src/tex';

function parses(tex: string) {
  expect(() => katex.renderToString(tex, { throwOnError: true })).not.toThrow();
}

describe('src/tex/primitives', () => {
  it('writes German decimal commas in vectors and matrices', () => {
    expect(texRowVector([0.29, -0.56])).toBe(String.raw`\begin{pmatrix} 0{,}29 & -0{,}56 \end{pmatrix}`);
    expect(texColumn([0.29, -0.56])).toBe(String.raw`\begin{pmatrix} 0{,}29 \\ -0{,}56 \end{pmatrix}`);
    expect(texMatrix([[1, 0], [0, 1]])).toBe(String.raw`\begin{pmatrix} 1{,}00 & 0{,}00 \\ 0{,}00 & 1{,}00 \end{pmatrix}`);
  });

  it('puts negative factors in parentheses, positive ones not', () => {
    expect(texFactor(-0.56)).toBe('(-0{,}56)');
    expect(texFactor(0.29)).toBe('0{,}29');
    expect(texFactor(-1, 1)).toBe('(-1{,}0)');
  });

  it('writes whole numbers with German thousands points, a dash for non-finite ones', () => {
    expect(texCount(124439808)).toBe('124{.}439{.}808');
    expect(texCount(999)).toBe('999');
    expect(texCount(Number.NaN)).toBe(String.raw`\text{—}`);
  });

  it('escapes TeX characters in token names', () => {
    expect(texText('a_b{c}')).toBe(String.raw`\text{a\_b\{c\}}`);
    parses(namedRowVector('h', '50% & $x^2#~', [1, 2]));
  });
});
