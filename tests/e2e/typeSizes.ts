import type { Page } from 'playwright-core';

/** The type scale's floors at the 1366×768 design size (README, „Schriftgrößen“). */
export const READABLE_PX = 24;
export const SOURCE_PX = 20;
/** Body text; a formula (KaTeX's base size, before its indices) is at least this large. */
export const BODY_PX = 28;

export type TypeSizes = {
  /** Visible characters (no white space) on the slide on screen and its footer. */
  chars: number;
  /** Characters below READABLE_PX outside source lines and footers (`data-type-role="source"`). */
  belowReadable: number;
  /** Characters below SOURCE_PX anywhere. */
  belowSource: number;
  /** The smallest size seen, in design px, and up to five places below the floors: "size px: text (selector)". */
  smallest: number;
  offenders: string[];
  /** The smallest base size of a formula (`.katex`) on the slide, in design px; Infinity without formulas. */
  smallestFormula: number;
};

/**
 * Measures the size, in px of the 1366×768 design, of every visible character on the slide on
 * screen (its frame and the deck footer). HTML text counts at its computed font size (the deck's
 * scaling of the whole slide is left out); SVG text at its font size times the SVG's own scale
 * (a chart drawn in a 600-wide viewBox and shown 400 wide shrinks its text by a third). Text inside
 * an element (or below one) with `data-type-role="source"` is a source line or footer: it needs
 * only SOURCE_PX. Hidden text (visibility, display, KaTeX's MathML copy, .visually-hidden) is left out.
 */
export async function measureTypeSizes(page: Page): Promise<TypeSizes> {
  return page.evaluate(
    ({ readable, source }) => {
      const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0);
      const result = { chars: 0, belowReadable: 0, belowSource: 0, smallest: Infinity, offenders: [] as string[] };
      if (!frame) return { ...result, smallest: 0, offenders: ['no visible slide'], smallestFormula: 0 };
      const deckScale = frame.getBoundingClientRect().width / frame.offsetWidth || 1;
      const roots: Element[] = [frame, ...[...document.querySelectorAll('.deck-footer')].filter((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)];
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const count = (node.textContent ?? '').replace(/[\s\u200b]/g, '').length;
          const el = node.parentElement;
          if (count === 0 || !el) continue;
          if (el.closest('.katex-mathml, .visually-hidden, script, style, title, desc')) continue;
          const style = getComputedStyle(el);
          if (style.visibility !== 'visible' || el.getClientRects().length === 0) continue;
          let size = parseFloat(style.fontSize);
          if (el instanceof SVGElement) {
            const graphic = el instanceof SVGGraphicsElement ? el : el.closest('text');
            const ctm = graphic instanceof SVGGraphicsElement ? graphic.getScreenCTM() : null;
            if (ctm) size = (size * Math.hypot(ctm.a, ctm.b)) / deckScale;
          }
          size = Math.round(size * 10) / 10;
          const isSource = el.closest('[data-type-role="source"]') !== null;
          result.chars += count;
          result.smallest = Math.min(result.smallest, size);
          const low = size < source || (!isSource && size < readable);
          if (size < source) result.belowSource += count;
          if (!isSource && size < readable) result.belowReadable += count;
          if (low && result.offenders.length < 5) {
            const where = `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
            result.offenders.push(`${size} px: ${(node.textContent ?? '').trim().slice(0, 30)} (${where})`);
          }
        }
      }
      if (result.smallest === Infinity) result.smallest = 0;
      const formulas = [...frame.querySelectorAll<HTMLElement>('.katex')].filter(
        (e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0,
      );
      const smallestFormula = Math.min(...formulas.map((e) => Math.round(parseFloat(getComputedStyle(e).fontSize) * 10) / 10));
      return { ...result, smallestFormula };
    },
    { readable: READABLE_PX, source: SOURCE_PX },
  );
}
