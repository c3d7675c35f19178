/**
 * TeX building blocks shared by the formula files of src/tex/: numbers, text, vectors, matrices and
 * the "name = value" lines. They only typeset numbers; the numbers come from src/model or src/math.
 * Row vectors (x W) throughout, as in the worked example; column vectors where a slide writes M k.
 */
import { texNumber } from '../format';

/** Characters that need a command in TeX text mode (a plain backslash before them is an accent). */
const TEX_TEXT_ESCAPES: Record<string, string> = {
  '\\': String.raw`\textbackslash{}`,
  '^': String.raw`\textasciicircum{}`,
  '~': String.raw`\textasciitilde{}`,
};

/** \text{…} with TeX's special characters escaped, for token names in subscripts. */
export function texText(text: string): string {
  const escaped = text.replace(/[\\{}$&#^_%~]/g, (c) => TEX_TEXT_ESCAPES[c] ?? `\\${c}`);
  return String.raw`\text{${escaped}}`;
}

/** A number in a sum or product: negative numbers in parentheses, "(-0{,}56)". */
export function texFactor(value: number, digits = 2): string {
  const tex = texNumber(value, digits);
  return tex.startsWith('-') ? `(${tex})` : tex;
}

/** A whole number with German thousands points for KaTeX: 124439808 -> "124{.}439{.}808". */
export function texCount(value: number): string {
  if (!Number.isFinite(value)) return String.raw`\text{—}`;
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '{.}');
}

/** A row vector as a 1×n pmatrix (no commas between entries: the decimal comma would be ambiguous). */
export function texRowVector(values: readonly number[], digits = 2): string {
  return String.raw`\begin{pmatrix} ${values.map((x) => texNumber(x, digits)).join(' & ')} \end{pmatrix}`;
}

/** A column vector as an n×1 pmatrix. */
export function texColumn(values: readonly number[], digits = 2): string {
  return String.raw`\begin{pmatrix} ${values.map((x) => texNumber(x, digits)).join(String.raw` \\ `)} \end{pmatrix}`;
}

/** A matrix as a pmatrix, one TeX row per row. */
export function texMatrix(rows: readonly (readonly number[])[], digits = 2): string {
  const body = rows.map((row) => row.map((x) => texNumber(x, digits)).join(' & ')).join(String.raw` \\ `);
  return String.raw`\begin{pmatrix} ${body} \end{pmatrix}`;
}

/** name_{token} = (v) for a result vector, e.g. q_von or h_von. */
export function namedRowVector(name: string, token: string, values: readonly number[], digits = 2): string {
  return String.raw`${name}_{${texText(token)}} = ${texRowVector(values, digits)}`;
}

/** name = (v) as a row vector, e.g. the logits z = (0,72  0,48  0,03). */
export function namedRow(name: string, values: readonly number[], digits = 2): string {
  return String.raw`${name} = ${texRowVector(values, digits)}`;
}

/** name = (v) as a column, e.g. the logits z = (0,63; 0,20; 0,15). */
export function namedColumn(name: string, values: readonly number[], digits = 2): string {
  return String.raw`${name} = ${texColumn(values, digits)}`;
}

/** name^T = (matrix), e.g. W_O transposed so that 12×4 fits as 4 rows. */
export function transposedMatrix(name: string, transposed: readonly (readonly number[])[], digits = 1): string {
  return String.raw`${name}^{\top} = ${texMatrix(transposed, digits)}`;
}

/** L = value (or any other named scalar). */
export function scalarResult(name: string, value: number, digits = 2): string {
  return String.raw`${name} = ${texNumber(value, digits)}`;
}
