export { renderSlideBody as renderSlide } from './renderSlide';

/** The visible text of all KaTeX formulas in an element (no MathML/TeX source). */
export function texText(element: Element): string {
  // KaTeX puts zero-width spaces between some glyphs; they are not part of the numbers.
  return [...element.querySelectorAll('.katex-html')].map((e) => (e.textContent ?? '').replace(/\u200b/g, '')).join(' | ');
}
