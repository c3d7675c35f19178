/** Small text helpers shared by the demos: German quotes, number lists, bars, dot products written out. */
import { formatNumber } from '../format';
import type { Vector } from '../math';

/** German quotation marks: „von“. */
export function quote(text: string): string {
  return `„${text}“`;
}

/**
 * A user-chosen setting (temperature, learning rate) exactly as given, German style:
 * 0.5 → "0,5", 0.25 → "0,25", 1e-6 → "1e-6" (never rounded to "0,00").
 */
export function formatSetting(value: number): string {
  return String(value).replace('.', ',');
}

/** A number inside a product: negative numbers in parentheses, "(−0,56)". */
function factor(value: number, digits: number): string {
  const text = formatNumber(value, digits);
  return text.startsWith('\u2212') ? `(${text})` : text;
}

/**
 * A dot product written out term by term, "0,29·0,45 + 1,32·0,60 + …", for the "formula with the
 * numbers put in" line. Only the terms are printed; the result comes from the model.
 */
export function writtenDotProduct(a: Vector, b: Vector, digitsA = 2, digitsB = 2): string {
  return a.map((x, i) => `${factor(x, digitsA)}·${factor(b[i], digitsB)}`).join(' + ');
}

/** A vector in parentheses, "(0,29; 1,32; −0,56; 0,00)" (semicolons, since the comma is the decimal mark). */
export function writtenVector(v: Vector, digits = 2): string {
  return `(${v.map((x) => formatNumber(x, digits)).join('; ')})`;
}

/** A horizontal bar of `width` cells at most for value/max ∈ [0, 1], in eighths of a cell. */
export function bar(value: number, max: number, width = 20): string {
  if (!(max > 0) || !Number.isFinite(value) || value <= 0) return '';
  const eighths = Math.round(Math.min(1, value / max) * width * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8];
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

/** Equations with aligned "=": [["s_Paris", "0,29·0,45 + … = 0,9225"], …] → "  s_Paris      = 0,29·0,45 …". */
export function renderLines(equations: readonly (readonly [left: string, right: string])[]): string {
  const width = Math.max(0, ...equations.map(([left]) => Array.from(left).length));
  return equations.map(([left, right]) => `  ${left}${' '.repeat(width - Array.from(left).length)} = ${right}`).join('\n');
}
