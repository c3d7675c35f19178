/**
 * Engine-neutral checks that run inside the page (no imports, no closures), shared by the Chromium
 * tests (tests/e2e/browser.ts) and the Firefox and WebKit tests (tests/engines).
 */

/**
 * True once a slide transition has finished (one slide frame on screen per deck shown), every
 * <Reveal> on screen has finished fading (opacity 0 or 1), and no body or formula on screen is still
 * loading.
 */
export function deckSettled(decks: number): boolean {
  const frames = [...document.querySelectorAll('.slide-frame')].filter((e) => e.getClientRects().length > 0);
  if (frames.length > decks) return false;
  return frames.every(
    (frame) =>
      frame.querySelector('.slide-loading') === null &&
      frame.querySelector('.tex-pending') === null &&
      [...frame.querySelectorAll('[data-testid="step-reveal"]')].every((e) => {
        const opacity = Number(getComputedStyle(e).opacity);
        return opacity < 0.01 || opacity > 0.99;
      }),
  );
}

/**
 * What is on screen: the visible slide's text, its `data-view`s, how many <Appear>s are revealed,
 * and up to five elements sticking out of the slide body or the window (to the right or below;
 * with `leftEdge`, also to the left).
 */
export function inspectVisibleSlide(checkLeft: boolean): { text: string; view: string; appeared: number; overflow: string[] } {
  const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => e.getClientRects().length > 0);
  if (!frame) return { text: '', view: '', appeared: 0, overflow: ['no visible slide'] };
  const body = frame.querySelector<HTMLElement>('.slide-body')!.getBoundingClientRect();
  const overflow: string[] = [];
  for (const el of frame.querySelectorAll<HTMLElement>('.slide-body *')) {
    const style = getComputedStyle(el);
    // KaTeX draws stretchy brackets as wide SVGs clipped by their box: the box is what counts.
    if (style.visibility === 'hidden' || el.closest('.visually-hidden, .katex-mathml, svg')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (
      r.right > Math.min(body.right, window.innerWidth) + 1 ||
      r.bottom > Math.min(body.bottom, window.innerHeight) + 1 ||
      (checkLeft && r.left < Math.max(body.left, 0) - 1)
    ) {
      overflow.push(`${el.tagName}.${String(el.className)} ${Math.round(r.left)}–${Math.round(r.right)}×${Math.round(r.bottom)}`);
    }
  }
  const view = [...frame.querySelectorAll('[data-view]')].map((e) => e.getAttribute('data-view')).join(',');
  // <Reveal> hides by opacity and visibility: count the revealed ones.
  const appeared = frame.querySelectorAll('.step-reveal-shown').length;
  return { text: frame.innerText, view, appeared, overflow: overflow.slice(0, 5) };
}
