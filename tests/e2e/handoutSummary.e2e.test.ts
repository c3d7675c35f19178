/**
 * The one-page-per-slide handout (`--final-only`, `?handout=true&finalOnly=true`) against the
 * every-step handout (`?handout=true`), in Chromium: each slide's one page shows everything any of
 * its steps shows — every visible text and every formula (by its TeX) — so a slide whose clicks
 * replace one view by the next must lay out all of its views on that page (useIsSummary /
 * useViewShown). Every page keeps its content inside the slide, above the footer, at a size a
 * printed page can be read at.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { GLOSSARY } from '../../slides/GlossarySlide';
import { collectErrors, connectBrowser, deckUrl, SLIDE_SIZE } from './browser';

/**
 * Smallest text on a page for the whole slide, in px of the 1366×768 page: the summary pages zoom
 * out to fit every view, down to 0.625 of the type scale's 24 px (about 9 pt on an A4 page).
 */
const SUMMARY_PX = 15;

/** The slides whose clicks replace a view (found below from the every-step pages, listed so a change is seen). */
const REPLACING = [
  'self-attention',
  'self-attention-gewichte',
  'decoder-vorhersage',
  'mini-gpt-lernt',
  'mini-gpt-gelernt',
  'titans-sandkasten',
  'rotary',
  'mini-gpt-halluzination',
];

type PageContent = {
  slide: number;
  step: number;
  /** Visible text (one entry per text node, white space collapsed) and `tex:` + the TeX of each visible formula. */
  shown: string[];
  /** Visible content outside the slide or over the footer: "selector: how far". */
  outside: string[];
  /** The smallest visible text, in page px, and where. */
  smallest: { px: number; text: string };
  /** The links on the page (their href). */
  links: string[];
  /** The text of each step marked as current (aria-current="step"). */
  current: string[];
  /** The visible step headings, in reading order: by row (tops within 20 px), then left to right. */
  headings: string[];
};

/** Runs in the page: what every handout page shows. */
function readHandoutPages(): PageContent[] {
  const visible = (el: Element) => {
    const style = getComputedStyle(el);
    return style.visibility === 'visible' && el.getClientRects().length > 0;
  };
  return [...document.querySelectorAll<HTMLElement>('.handout-page')].map((page) => {
    const slide = page.querySelector<HTMLElement>('.handout-slide')!;
    const body = slide.querySelector<HTMLElement>('.slide-body-content') ?? slide;
    const box = slide.getBoundingClientRect();
    const footerTop = slide.querySelector('.deck-footer')?.getBoundingClientRect().top ?? box.bottom;
    const shown: string[] = [];
    const outside: string[] = [];
    let smallest = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const el = node.parentElement;
      if (!text || !el || el.closest('.katex, .visually-hidden, style, script, title, desc') || !visible(el)) continue;
      shown.push(text);
      // CSS zoom (the summary pages) scales HTML text; an SVG's own scale and the zoom are in its CTM.
      let px = parseFloat(getComputedStyle(el).fontSize) * (el.currentCSSZoom ?? 1);
      if (el instanceof SVGElement) {
        const graphic = el instanceof SVGGraphicsElement ? el : el.closest('text');
        const ctm = graphic instanceof SVGGraphicsElement ? graphic.getScreenCTM() : null;
        if (ctm) px = parseFloat(getComputedStyle(el).fontSize) * Math.hypot(ctm.a, ctm.b);
      }
      if (px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: text.slice(0, 40) };
    }
    for (const tex of body.querySelectorAll<HTMLElement>('.katex')) {
      if (!visible(tex)) continue;
      shown.push(`tex:${tex.querySelector('annotation')?.textContent ?? ''}`);
      // A formula's base size; its indices are 0,7 of it.
      const px = parseFloat(getComputedStyle(tex).fontSize) * tex.currentCSSZoom * 0.7;
      if (px < smallest.px) smallest = { px: Math.round(px * 10) / 10, text: `index in ${tex.querySelector('annotation')?.textContent?.slice(0, 30)}` };
    }
    for (const el of body.querySelectorAll('*')) {
      // A formula counts as its box (KaTeX clips the long tails of its root signs inside it); pattern
      // and marker shapes are drawn where they are used, not where their rectangles say.
      if (!visible(el) || el.closest('.visually-hidden, defs, pattern, marker, clipPath, mask') || el.parentElement?.closest('.katex')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const over = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - footerTop);
      if (over > 1 && outside.length < 5) outside.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${Math.round(over)} px`);
    }
    const links = [...body.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    const current = [...body.querySelectorAll('[aria-current="step"]')].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
    const headings = [...body.querySelectorAll('.step-heading')]
      .filter(visible)
      .map((el) => ({ text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), box: el.getBoundingClientRect() }))
      .sort((a, b) => (Math.abs(a.box.top - b.box.top) > 20 ? a.box.top - b.box.top : a.box.left - b.box.left))
      .map((h) => h.text);
    return { slide: Number(page.dataset.slideIndex), step: Number(page.dataset.stepIndex), shown, outside, smallest, links, current, headings };
  });
}

let browser: Browser;
const contexts: BrowserContext[] = [];
let everyStep: PageContent[] = [];
let onePage: PageContent[] = [];

async function handoutPages(query: string): Promise<PageContent[]> {
  const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(deckUrl(query));
  await page.waitForFunction(() => document.documentElement.dataset.handoutReady !== undefined, undefined, { timeout: 90_000 });
  expect(await page.evaluate(() => document.documentElement.dataset.handoutReady)).toBe('true');
  await page.emulateMedia({ media: 'print' });
  const pages = await page.evaluate(readHandoutPages);
  expect(errors).toEqual([]);
  return pages;
}

beforeAll(async () => {
  browser = await connectBrowser();
  everyStep = await handoutPages('handout=true');
  onePage = await handoutPages('handout=true&finalOnly=true');
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

/** What the slide's steps show and its one page does not. */
function missingFromOnePage(slide: number): string[] {
  const page = onePage.find((p) => p.slide === slide);
  const have = new Set(page?.shown ?? []);
  const seen = new Set(everyStep.filter((p) => p.slide === slide).flatMap((p) => p.shown));
  return [...seen].filter((text) => !have.has(text));
}

describe('the one-page-per-slide handout', () => {
  it('has one page per slide and one per step in the every-step handout', () => {
    expect(onePage.map((p) => [p.slide, p.step])).toEqual(SLIDES.map((meta, i) => [i, meta.steps]));
    expect(everyStep).toHaveLength(SLIDES.reduce((sum, meta) => sum + meta.steps + 1, 0));
  });

  it('finds the slides whose clicks replace a view: an earlier step shows what the last step does not', () => {
    const replacing = SLIDES.flatMap((meta, slide) => {
      const last = new Set(everyStep.find((p) => p.slide === slide && p.step === meta.steps)?.shown ?? []);
      const earlier = everyStep.filter((p) => p.slide === slide && p.step < meta.steps).flatMap((p) => p.shown);
      return earlier.some((text) => !last.has(text)) ? [meta.id] : [];
    });
    expect(replacing).toEqual(REPLACING);
  });

  it.each(SLIDES.map((meta, slide) => [meta.id, slide] as const))('%s: its page shows every text and formula of every step', (_id, slide) => {
    expect(missingFromOnePage(slide)).toEqual([]);
  });

  it.each(SLIDES.map((meta, slide) => [meta.id, slide] as const))('%s: its page keeps everything inside the slide and its text at SUMMARY_PX or more', (_id, slide) => {
    const page = onePage.find((p) => p.slide === slide)!;
    expect(page.outside).toEqual([]);
    expect(page.smallest.px, page.smallest.text).toBeGreaterThanOrEqual(SUMMARY_PX);
  });

  it('the self-attention pages mark no single step as current and show their parts under step headings in step order', () => {
    const pageOf = (id: string) => onePage.find((p) => p.slide === SLIDES.findIndex((meta) => meta.id === id))!;
    expect(pageOf('self-attention').current).toEqual([]);
    expect(pageOf('self-attention').headings).toEqual(['1 Embeddings', '2 Query von „von“', '2 Keys und Values aller Tokens']);
    expect(pageOf('self-attention-gewichte').current).toEqual([]);
    expect(pageOf('self-attention-gewichte').headings).toEqual(['3 Scores', '4 Softmax: die Gewichte', '5 Kontextvektor']);
    // A page per step still marks its step.
    const weights = SLIDES.findIndex((meta) => meta.id === 'self-attention-gewichte');
    expect(everyStep.filter((p) => p.slide === weights).map((p) => p.current)).toEqual([['3 Scores'], ['4 Softmax'], ['5 Kontextvektor']]);
  });

  it('names the slide of each glossary term on paper („→ Folie N“), as text and not as a link to the server that printed it', () => {
    const glossary = SLIDES.findIndex((meta) => meta.id === 'glossar');
    for (const pages of [everyStep, onePage]) {
      const page = pages.find((p) => p.slide === glossary)!;
      for (const entry of GLOSSARY) expect(page.shown, entry.term).toContain(`Folie ${SLIDES.findIndex((meta) => meta.id === entry.slideId) + 1}`);
      expect(page.links).toEqual([]);
    }
  });
});
