import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import SoftmaxSlide from '../../slides/SoftmaxSlide.meta';
import WhatIfSlide from '../../slides/WhatIfSlide.meta';
import WorkedExampleStepsSlide from '../../slides/WorkedExampleStepsSlide.meta';
import { renderReadingText, textOfMarkup } from '../../src/readingText';
import { SYNC_CHANNEL } from '../../src/shell/useDeckSync';
import { readingBodiesOnScreenReady, readingScrollStop, scrollThroughReading, type ReadingMeasure } from './deckProbes';
import { collectErrors, connectBrowser, deckUrl, nextFrames, pressAndSettle, settleTransition, SLIDE_SIZE, viewOf } from './browser';

/** A slide with several steps, for links that name a step (from the manifest, not a fixed index). */
const STEPPED = SLIDES.indexOf(WorkedExampleStepsSlide);

// The reading view on a phone (390×844, touch) and the window sync roles (src/shell/syncRoles.ts).

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' as const };

async function openReading(context: BrowserContext, query: string) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(deckUrl(query));
  await page.getByTestId('reading-view').waitFor();
  return { page, errors };
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the whole page, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return (await page.evaluate(async () => {
    type Node = { target: string[]; failureSummary?: string };
    type Axe = { run: (context: Document, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: Node[] }[] }> };
    const { violations } = await (window as unknown as { axe: Axe }).axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${n.failureSummary ?? ''})`).join(', ')}`);
  })) as string[];
}

/** The slide section's top relative to the bottom of the sticky bar (0 = right under it). */
function sectionTop(page: Page, slideIndex: number) {
  return page.evaluate((index) => {
    const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().bottom;
    return document.getElementById(`folie-${index + 1}`)!.getBoundingClientRect().top - bar;
  }, slideIndex);
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the reading view on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let measured: ReadingMeasure;

  beforeAll(async () => {
    context = await browser.newContext(PHONE);
    // A phone held upright opens the reading view without asking for it.
    ({ page, errors } = await openReading(context, ''));
    // Through the whole page, about a screen at a time: at every stop, once the bodies on screen have
    // mounted and typeset, no horizontal page scroll, and the visible characters by their font size.
    measured = await scrollThroughReading(
      () => page.waitForFunction(readingBodiesOnScreenReady, undefined, { timeout: 10_000 }),
      () => page.evaluate(readingScrollStop),
    );
  }, 110_000);

  afterAll(async () => {
    await context?.close();
  });

  it('opens by itself on a phone held upright, with the way back to the slides', async () => {
    expect(await page.getByTestId('to-slides').getAttribute('href')).toMatch(/^\?view=slides&slideIndex=\d+&stepIndex=0$/);
  });

  it('never scrolls the page sideways', () => {
    expect(measured.positions).toBeGreaterThan(SLIDES.length);
    expect(measured.overflowAt).toEqual([]);
  });

  it('shows at least 95 % of its visible characters at 16 CSS px or larger', () => {
    const share = measured.large / measured.all;
    expect(measured.all).toBeGreaterThan(20_000);
    console.warn(`reading view: ${(share * 100).toFixed(1)} % of ${measured.all} visible characters at 16 px or more, ${measured.positions} scroll stops`);
    expect(share, `${(share * 100).toFixed(1)} %; smaller, e.g.: ${measured.smallSamples.slice(0, 8).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('revealed every step of every slide on the way down, one after another', async () => {
    const steps = await page.locator('.reading-slide').evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-reading-step'))));
    expect(steps).toEqual(SLIDES.map((meta) => meta.steps));
    expect(measured.partial, 'a slide seen with only some of its steps').toBeGreaterThan(0);
  });

  it('has every slide title and every slide\'s notes, in the order of the lecture', async () => {
    const titles = await page.locator('.reading-slide-title').allTextContents();
    expect(titles).toEqual(SLIDES.map((meta) => meta.title));
    const expected = await renderReadingText();
    const notes = await page.locator('.reading-slide').evaluateAll((sections) =>
      sections.map((section) => (section.querySelector('.reading-notes .speaker-notes') as HTMLElement | null)?.innerText ?? ''),
    );
    expect(notes.map(normalize)).toEqual(SLIDES.map((meta) => normalize(textOfMarkup(expected[meta.id].notes))));
    for (const text of notes) expect(text.length).toBeGreaterThan(80);
  });

  it('finds no accessibility violation (axe-core) with every body mounted, and every control is at least 44×44 px', async () => {
    const found = await axeViolations(page);
    expect(found).toEqual([]);
    expect(await page.locator('[data-slide-body]').count()).toBe(SLIDES.length);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.reading button, .reading input, .reading select, .reading summary, .reading-bar a')]
        .filter((e) => e.checkVisibility({ visibilityProperty: true }))
        .map((e) => ({ e, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 43.5 || r.height < 43.5)
        .map(({ e, r }) => `${e.tagName} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
  });

  it('jumps from the table of contents to a section and shows it while scrolling', async () => {
    await page.getByRole('button', { name: 'Inhalt', exact: true }).tap();
    const toc = page.getByRole('navigation', { name: 'Inhaltsverzeichnis' });
    await expect.poll(() => toc.locator('a').count()).toBe(11);
    await toc.getByRole('link', { name: /^7\./ }).tap();
    const first = SLIDES.findIndex((meta) => meta.section === 7);
    await expect.poll(() => sectionTop(page, first)).toBeLessThan(4);
    expect(await sectionTop(page, first)).toBeGreaterThan(-4);
    await expect.poll(() => page.getByTestId('reading-current').textContent()).toContain('7. Modellarchitekturen');
    await expect.poll(() => new URL(page.url()).hash).toBe(`#folie-${first + 1}`);
    expect(errors).toEqual([]);
  });
});

describe('live demos in the reading view, by touch', () => {
  it('moves a slider and presses a button by tap; both are at least 44×44 px', async () => {
    const context = await browser.newContext(PHONE);
    const softmax = SLIDES.indexOf(SoftmaxSlide);
    const { page, errors } = await openReading(context, `view=read#folie-${softmax + 1}`);
    const section = page.locator(`#folie-${softmax + 1}`);
    const slider = section.locator('input[type=range]').first();
    await slider.waitFor();
    await slider.scrollIntoViewIfNeeded();
    const box = (await slider.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    const before = await slider.inputValue();
    const shown = await section.locator('.param-slider output').first().textContent();
    await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2);
    await expect.poll(() => slider.inputValue()).not.toBe(before);
    await expect.poll(() => section.locator('.param-slider output').first().textContent()).not.toBe(shown);

    const whatIf = SLIDES.indexOf(WhatIfSlide);
    await page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), `folie-${whatIf + 1}`);
    const berlin = page.locator(`#folie-${whatIf + 1}`).getByRole('button', { name: 'Berlin' });
    await berlin.waitFor();
    const button = (await berlin.boundingBox())!;
    expect(Math.min(button.width, button.height)).toBeGreaterThanOrEqual(44);
    const text = async () => (await page.locator(`#folie-${whatIf + 1} .reading-slide-body`).innerText()).replace(/\s+/g, ' ');
    const said = await text();
    await berlin.tap();
    await expect.poll(text).not.toBe(said);
    expect(await text()).toContain('Deutschland');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('deep links into the reading view', () => {
  it('open at the slide (#folie-N or slideIndex/stepIndex) and survive a reload, the address following the reader', async () => {
    const context = await browser.newContext(PHONE);
    const { page, errors } = await openReading(context, 'view=read#folie-12');
    await expect.poll(() => sectionTop(page, 11)).toBeLessThan(4);
    expect(await sectionTop(page, 11)).toBeGreaterThan(-4);

    // The reader scrolls on; the address follows, and a reload comes back there.
    await page.evaluate(() => document.getElementById('folie-20')!.scrollIntoView());
    await expect.poll(() => new URL(page.url()).hash).toBe('#folie-20');
    await page.reload();
    await page.getByTestId('reading-view').waitFor();
    await expect.poll(() => sectionTop(page, 19)).toBeLessThan(4);
    expect(await sectionTop(page, 19)).toBeGreaterThan(-4);

    // The reader's switch: every step at once, kept across a reload.
    const allSteps = page.getByRole('button', { name: 'Alle Schritte sofort zeigen' }).first();
    await allSteps.tap();
    await expect.poll(() => allSteps.getAttribute('aria-pressed')).toBe('true');
    const everyStep = () => page.locator('.reading-slide').evaluateAll((sections) => sections.map((s) => Number(s.getAttribute('data-reading-step'))));
    await expect.poll(everyStep).toEqual(SLIDES.map((meta) => meta.steps));
    await page.reload();
    await page.getByTestId('reading-view').waitFor();
    await expect.poll(everyStep).toEqual(SLIDES.map((meta) => meta.steps));
    await page.getByRole('button', { name: 'Alle Schritte sofort zeigen' }).first().tap();
    await expect.poll(() => page.getByRole('button', { name: 'Alle Schritte sofort zeigen' }).first().getAttribute('aria-pressed')).toBe('false');

    // The slide view's own link, with a step: that slide, at least that step.
    await page.goto(deckUrl(`view=read&slideIndex=${STEPPED}&stepIndex=2`));
    await page.getByTestId('reading-view').waitFor();
    await expect.poll(() => sectionTop(page, STEPPED)).toBeLessThan(4);
    expect(Number(await page.locator(`#folie-${STEPPED + 1}`).getAttribute('data-reading-step'))).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Records what a page receives on the deck's sync channel (a second channel object in the page). */
async function listenToSync(page: Page) {
  await page.addInitScript((name) => {
    const log: { type: string; role: string }[] = [];
    (window as unknown as { __sync: typeof log }).__sync = log;
    new BroadcastChannel(name).onmessage = (event: MessageEvent<{ type: string; role: string }>) => log.push(event.data);
  }, SYNC_CHANNEL);
}

function received(page: Page, type: string) {
  return page.evaluate((t) => (window as unknown as { __sync: { type: string }[] }).__sync.filter((m) => m.type === t).length, type);
}

/** Two animation frames: what a message started has been handled and rendered. */
describe('windows follow each other only where meant', () => {
  it('a deep link opened beside another tab shows its own slide, and two ordinary tabs do not pull each other along', async () => {
    const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
    const glossary = await context.newPage();
    await glossary.goto(deckUrl(`slideIndex=${SLIDES.length - 1}&stepIndex=0`));
    await glossary.locator('.slide-title:visible').first().waitFor();
    await settleTransition(glossary);

    // The measured bug: a link to slide 7 opened while another tab shows the glossary jumped there.
    const linked = await context.newPage();
    await listenToSync(linked);
    await linked.goto(deckUrl(`slideIndex=${STEPPED}&stepIndex=0`));
    await linked.locator('.slide-title:visible').first().waitFor();
    await expect.poll(() => received(linked, 'snapshot')).toBeGreaterThan(0);
    await nextFrames(linked);
    await settleTransition(linked);
    expect(viewOf(linked)).toEqual({ slideIndex: STEPPED, stepIndex: 0 });

    // A key in one ordinary tab does not move the other.
    await glossary.bringToFront();
    await pressAndSettle(glossary, 'Home');
    expect(viewOf(glossary).slideIndex).toBe(0);
    await expect.poll(() => received(linked, 'view')).toBeGreaterThan(0);
    await nextFrames(linked);
    expect(viewOf(linked)).toEqual({ slideIndex: STEPPED, stepIndex: 0 });

    // Nor does the reading view move anyone, or follow.
    const reader = await context.newPage();
    await listenToSync(reader);
    await reader.goto(deckUrl('view=read#folie-3'));
    await reader.getByTestId('reading-view').waitFor();
    await expect.poll(() => received(linked, 'hello')).toBeGreaterThan(0);
    await expect.poll(async () => Math.abs(await sectionTop(reader, 2))).toBeLessThan(4);
    await linked.bringToFront();
    await pressAndSettle(linked, 'ArrowRight');
    const moved = viewOf(linked);
    expect(moved).toEqual({ slideIndex: STEPPED, stepIndex: 1 });
    await expect.poll(() => received(reader, 'view')).toBeGreaterThan(0);
    await nextFrames(reader);
    expect(new URL(reader.url()).hash).toBe('#folie-3');
    expect(Math.abs(await sectionTop(reader, 2))).toBeLessThan(4);
    await nextFrames(linked);
    expect(viewOf(linked)).toEqual(moved);
    await context.close();
  });
});

describe('presenter and audience, through the deck\'s own channel only', () => {
  it('still follow each other both ways without Spectacle\'s presenter channel (which the new presenter view drops)', async () => {
    const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
    // Spectacle's own presenter bus goes silent in both windows: what still syncs is useDeckSync.
    await context.addInitScript(() => {
      const Native = window.BroadcastChannel;
      window.BroadcastChannel = class extends Native {
        constructor(name: string) {
          super(name === 'spectacle_presenter_bus' ? `silenced-${Math.random()}` : name);
        }
      };
    });
    const audience = await context.newPage();
    const presenter = await context.newPage();
    await audience.goto(deckUrl('slideIndex=1&stepIndex=0'));
    await audience.locator('.slide-title:visible').first().waitFor();
    await presenter.goto(deckUrl('presenterMode=true&slideIndex=1&stepIndex=0'));
    await presenter.getByTestId('presenter-status').first().waitFor();
    await settleTransition(presenter, 2);

    await presenter.bringToFront();
    await pressAndSettle(presenter, 'ArrowRight', 2);
    await expect.poll(() => viewOf(audience)).toEqual({ slideIndex: 2, stepIndex: 0 });

    await audience.bringToFront();
    await pressAndSettle(audience, 'PageDown');
    await expect.poll(() => viewOf(presenter)).toEqual({ slideIndex: 2, stepIndex: 1 });
    await context.close();
  });
});

describe('the Erklärung in the slide view', () => {
  it('E and the button show the notes of the slide on screen, following the slide; the way into the reading view is there', async () => {
    const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const softmax = SLIDES.indexOf(SoftmaxSlide);
    await page.goto(deckUrl(`slideIndex=${softmax}&stepIndex=0`));
    await page.locator('.slide-title:visible').first().waitFor();
    await settleTransition(page);
    const expected = await renderReadingText();
    const panel = page.getByTestId('explanation');
    expect(await panel.count()).toBe(0);
    await page.keyboard.press('e');
    const compact = (text: string) => text.replace(/\s+/g, '');
    await expect.poll(async () => compact((await panel.locator('.speaker-notes').textContent()) ?? '')).toBe(
      compact(textOfMarkup(expected[SoftmaxSlide.id].notes)),
    );
    await pressAndSettle(page, 'ArrowRight');
    await pressAndSettle(page, 'ArrowRight');
    const next = SLIDES[viewOf(page).slideIndex];
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain(textOfMarkup(expected[next.id].notes).split('\n')[0].slice(0, 60));
    expect(await panel.locator('.speaker-notes').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('explanation-button').click();
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.getByTestId('to-reading').getAttribute('href')).toBe(`?view=read#folie-${viewOf(page).slideIndex + 1}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
