import type { Page } from 'playwright-core';

/** The share of a slide's content box that may stay empty at its last step (issue 17: „over a third empty“). */
export const EMPTY_BUDGET = 1 / 3;
/** Room around each content box that counts as used, in design px: the gap between two lines or a list's items. */
export const CONTENT_PAD_PX = 8;
/** The raster the union of boxes is drawn on, in design px. */
export const EMPTY_CELL_PX = 4;

export type EmptySpace = {
  /** The share (0–1) of the slide body's box that no content box (plus CONTENT_PAD_PX) covers. */
  empty: number;
  /** The tallest run of empty rows across the whole body, in design px (an empty band). */
  emptyBand: number;
  /** The body's size in design px. */
  width: number;
  height: number;
};

/**
 * Measures how much of the slide body on screen is empty, at the 1366×768 design size. A content
 * box is what a student sees: the box of the element that holds a text (a paragraph or list item as
 * wide as it is laid out; an inline element line by line), a whole formula (.katex), a chart (the
 * outermost svg), a canvas or image, a control, and any element that paints a background or a
 * border (a card, a bar). Each box grows by CONTENT_PAD_PX on every side, so the gaps between lines
 * and items count as used. Hidden content (visibility, opacity 0 as a not-yet-revealed step, display,
 * KaTeX's MathML copy, .visually-hidden) counts as empty.
 */
export async function measureEmptySpace(page: Page): Promise<EmptySpace> {
  return page.evaluate(
    ({ pad, cell }) => {
      const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0);
      const bodyElement = frame?.querySelector<HTMLElement>('.slide-body');
      if (!frame || !bodyElement) return { empty: 1, emptyBand: 0, width: 0, height: 0 };
      const scale = frame.getBoundingClientRect().width / frame.offsetWidth || 1;
      const body = bodyElement.getBoundingClientRect();
      const boxes: DOMRect[] = [];
      const shown = (el: Element) =>
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && el.closest('.katex-mathml, .visually-hidden') === null;
      const walker = document.createTreeWalker(bodyElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!(node.textContent ?? '').trim() || !parent || parent.closest('svg, .katex') || !shown(parent)) continue;
        if (getComputedStyle(parent).display.startsWith('inline')) {
          const range = document.createRange();
          range.selectNodeContents(node);
          boxes.push(...range.getClientRects());
        } else {
          boxes.push(parent.getBoundingClientRect());
        }
      }
      const replaced = ['canvas', 'img', 'video', 'input', 'button', 'select', 'textarea'];
      for (const el of bodyElement.querySelectorAll('*')) {
        if (!shown(el)) continue;
        const tag = el.tagName.toLowerCase();
        const inSvg = el.parentElement?.closest('svg') != null;
        if ((tag === 'svg' && !inSvg) || replaced.includes(tag) || el.classList.contains('katex')) {
          boxes.push(el.getBoundingClientRect());
          continue;
        }
        if (inSvg || tag === 'svg') continue;
        const style = getComputedStyle(el);
        const background = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent';
        const border = ['Top', 'Right', 'Bottom', 'Left'].some(
          (side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 && style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
        );
        if (background || border || style.backgroundImage !== 'none') boxes.push(el.getBoundingClientRect());
      }
      const step = cell * scale;
      const grow = pad * scale;
      const cols = Math.ceil(body.width / step);
      const rows = Math.ceil(body.height / step);
      const grid = new Uint8Array(cols * rows);
      for (const box of boxes) {
        if (box.width === 0 || box.height === 0) continue;
        const x0 = Math.max(0, Math.floor((box.left - grow - body.left) / step));
        const x1 = Math.min(cols, Math.ceil((box.right + grow - body.left) / step));
        const y0 = Math.max(0, Math.floor((box.top - grow - body.top) / step));
        const y1 = Math.min(rows, Math.ceil((box.bottom + grow - body.top) / step));
        for (let y = y0; y < y1 && x0 < x1; y += 1) grid.fill(1, y * cols + x0, y * cols + x1);
      }
      let covered = 0;
      let band = 0;
      let run = 0;
      for (let y = 0; y < rows; y += 1) {
        const row = grid.subarray(y * cols, (y + 1) * cols);
        const used = row.reduce((sum, value) => sum + value, 0);
        covered += used;
        run = used === 0 ? run + 1 : 0;
        band = Math.max(band, run);
      }
      return {
        empty: grid.length === 0 ? 1 : 1 - covered / grid.length,
        emptyBand: band * cell,
        width: Math.round(body.width / scale),
        height: Math.round(body.height / scale),
      };
    },
    { pad: CONTENT_PAD_PX, cell: EMPTY_CELL_PX },
  );
}
