import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../slides/sections';
import { activeSlideTitle, launchBrowser, openDeck, pressAndSettle, viewOf } from './browser';

const TITLE = 'Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren';

/** Slides whose outline section has a formula: each must show rendered KaTeX. */
const MATH_SLIDE_TITLES = SECTIONS.filter((s) => [3, 4, 5, 6, 7].includes(s.number)).map((s) => s.title);

type Visit = { slideIndex: number; stepIndex: number; title: string; katex: number };

let browser: Browser;
let page: Page;
let errors: string[];
const visits: Visit[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openDeck(browser));
  // Walk the whole deck with the keyboard, one step at a time, until the URL stops changing.
  for (let guard = 0; guard < 500; guard += 1) {
    const view = viewOf(page);
    visits.push({
      ...view,
      title: await activeSlideTitle(page),
      katex: await page.locator('.slide-frame:visible .katex').count(),
    });
    const before = page.url();
    await pressAndSettle(page, 'ArrowRight');
    if (page.url() === before) break;
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('the deck in Chromium', () => {
  it('starts on the title slide', () => {
    expect(visits[0]).toMatchObject({ slideIndex: 0, stepIndex: 0, title: TITLE });
  });

  it('goes through every slide and step with the right arrow key', () => {
    const slideIndices = [...new Set(visits.map((v) => v.slideIndex))];
    expect(slideIndices).toEqual(slideIndices.map((_, i) => i));
    expect(slideIndices.length).toBeGreaterThanOrEqual(SECTIONS.length + 2);
    // Steps within a slide count up from 0 without gaps.
    for (const index of slideIndices) {
      const steps = visits.filter((v) => v.slideIndex === index).map((v) => v.stepIndex);
      expect(steps).toEqual(steps.map((_, i) => i));
    }
  });

  it('shows each outline section heading on its slide', () => {
    const titles = new Set(visits.map((v) => v.title));
    for (const section of SECTIONS) expect(titles, section.title).toContain(section.title);
  });

  it('renders a KaTeX formula on every math slide', () => {
    for (const title of MATH_SLIDE_TITLES) {
      const katexCounts = visits.filter((v) => v.title === title).map((v) => v.katex);
      expect(Math.max(...katexCounts), title).toBeGreaterThan(0);
    }
  });

  it('logs no console error on the way', () => {
    expect(errors).toEqual([]);
  });

  it('goes back with the left arrow key', async () => {
    const last = visits[visits.length - 1];
    await pressAndSettle(page, 'ArrowLeft');
    const view = viewOf(page);
    expect(view.slideIndex * 1000 + view.stepIndex).toBeLessThan(last.slideIndex * 1000 + last.stepIndex);
  });
});

describe('presenter mode', () => {
  it('shows German speaker notes on every slide', async () => {
    const slideCount = new Set(visits.map((v) => v.slideIndex)).size;
    const { context, page: presenter, errors: presenterErrors } = await openDeck(browser, 'presenterMode=true');
    for (let index = 0; index < slideCount; index += 1) {
      // Go to the slide with the deck's own keys (G, number, Enter): no reload per slide.
      await presenter.keyboard.press('g');
      await presenter.keyboard.type(String(index + 1));
      await pressAndSettle(presenter, 'Enter', 2);
      expect(viewOf(presenter).slideIndex).toBe(index);
      const notes = presenter.locator('[data-testid=speaker-notes]:visible').first();
      await notes.waitFor();
      const text = (await notes.textContent()) ?? '';
      const sentences = text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 10);
      expect(sentences.length, `notes on slide ${index}`).toBeGreaterThanOrEqual(2);
    }
    expect(presenterErrors).toEqual([]);
    await context.close();
  });
});
