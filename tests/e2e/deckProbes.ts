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
  const frames = [...document.querySelectorAll('.slide-frame')].filter((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0);
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
  const frame = [...document.querySelectorAll<HTMLElement>('.slide-frame')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0);
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

/** Reading view: true once every slide section on screen has mounted its body and typeset its formulas. */
export function readingBodiesOnScreenReady(): boolean {
  return [...document.querySelectorAll('.reading-slide')].every((section) => {
    const r = section.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) return true;
    return section.querySelector('[data-slide-body]') !== null && section.querySelector('.tex-pending, [data-slide-body] .reading-placeholder') === null;
  });
}

/**
 * Reading view, one stop of a scroll through the page: counts the visible characters not counted at
 * an earlier stop (by font size: 16 CSS px or larger, with up to three smaller samples), whether a
 * slide on screen still has steps to reveal, whether the page scrolls sideways; then scrolls on by
 * 80 % of the window. `moved` is false at the end of the page.
 */
export function readingScrollStop() {
  const w = window as unknown as { __seen?: WeakSet<Text> };
  w.__seen ??= new WeakSet();
  const seen = w.__seen;
  const root = document.querySelector('.reading')!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let large = 0;
  let all = 0;
  const small: string[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const chars = (node.textContent ?? '').replace(/\s/g, '').length;
    if (chars === 0 || seen.has(node)) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest('.katex-mathml, .visually-hidden, [hidden]')) continue;
    if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    if (rect.width === 0 || rect.bottom < 0 || rect.top > window.innerHeight) continue;
    seen.add(node);
    const size = Number.parseFloat(getComputedStyle(parent).fontSize);
    all += chars;
    if (size >= 15.95) large += chars;
    else if (small.length < 3) small.push(`${size.toFixed(1)}px “${(node.textContent ?? '').trim().slice(0, 24)}”`);
  }
  // A slide on screen with some of its steps still to come (it reveals them as the reader goes on).
  const partial = [...document.querySelectorAll('.reading-slide')].some((section) => {
    const r = section.getBoundingClientRect();
    return r.top < window.innerHeight && r.bottom > 0 && section.querySelector('.step-reveal-hidden') !== null;
  });
  const scrolls = document.documentElement.scrollWidth > document.documentElement.clientWidth || window.scrollX !== 0;
  const before = window.scrollY;
  window.scrollBy(0, Math.round(window.innerHeight * 0.8));
  return { large, all, small, scrolls, partial, at: window.scrollY, moved: window.scrollY !== before };
}

/** What scrolling through the reading view measured (sums over its stops). */
export type ReadingMeasure = { large: number; all: number; overflowAt: string[]; smallSamples: string[]; positions: number; partial: number };

/**
 * Scrolls through the whole reading view stop by stop (readingScrollStop), each stop once the
 * bodies on screen are ready: the engine's own wait and evaluate come in as `ready` and `stop`.
 */
export async function scrollThroughReading(ready: () => Promise<unknown>, stop: () => Promise<ReturnType<typeof readingScrollStop>>): Promise<ReadingMeasure> {
  const measured: ReadingMeasure = { large: 0, all: 0, overflowAt: [], smallSamples: [], positions: 0, partial: 0 };
  for (let guard = 0; guard < 400; guard += 1) {
    await ready();
    const at = await stop();
    measured.large += at.large;
    measured.all += at.all;
    measured.positions += 1;
    if (at.partial) measured.partial += 1;
    if (at.scrolls) measured.overflowAt.push(String(at.at));
    measured.smallSamples.push(...at.small);
    if (!at.moved) break;
  }
  return measured;
}
