/**
 * The reading view in Firefox (and WebKit when run there), as on a phone (390×844): through the whole
 * page stop by stop as tests/e2e/reading.e2e.test.ts does in Chromium, with the same in-page probes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { renderReadingText, textOfMarkup } from '../../src/readingText';
import { readingBodiesOnScreenReady, readingScrollStop, scrollThroughReading, type ReadingMeasure } from '../e2e/deckProbes';
import { connectEngine, deckUrl, ENGINE_LABEL } from './connect';
import type { EnginePage } from './page';

let engine: Awaited<ReturnType<typeof connectEngine>>;
let page: EnginePage;
let measured: ReadingMeasure;

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  engine = await connectEngine();
  page = await engine.newPage();
  await page.setViewport(390, 844);
  await page.goto(deckUrl('view=read'));
  await page.waitFor(() => document.querySelector('[data-testid="reading-view"]') !== null, null, 'the reading view did not open', 15_000);
  measured = await scrollThroughReading(
    () => page.waitFor(readingBodiesOnScreenReady, null, 'the slides on screen did not mount and typeset', 10_000),
    () => page.evaluate(readingScrollStop),
  );
}, 180_000);

afterAll(async () => {
  await page?.close();
  await engine?.disconnect();
});

/** The slide section's top relative to the bottom of the sticky bar (0 = right under it). */
function sectionTop(slideIndex: number) {
  return page.evaluate((index) => {
    const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().bottom;
    return document.getElementById(`folie-${index + 1}`)!.getBoundingClientRect().top - bar;
  }, slideIndex);
}

describe(`the reading view on a phone-sized window in ${ENGINE_LABEL}`, () => {
  it('never scrolls the page sideways and shows at least 95 % of its visible characters at 16 CSS px or larger', () => {
    expect(measured.positions).toBeGreaterThan(SLIDES.length);
    expect(measured.overflowAt).toEqual([]);
    expect(measured.all).toBeGreaterThan(20_000);
    const share = measured.large / measured.all;
    expect(share, `${(share * 100).toFixed(1)} %; smaller, e.g.: ${measured.smallSamples.slice(0, 8).join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('revealed every step of every slide on the way down, one after another', async () => {
    const steps = await page.evaluate(() => [...document.querySelectorAll('.reading-slide')].map((s) => Number(s.getAttribute('data-reading-step'))));
    expect(steps).toEqual(SLIDES.map((meta) => meta.steps));
    expect(measured.partial, 'a slide seen with only some of its steps').toBeGreaterThan(0);
  });

  it("has every slide title and every slide's notes, in the order of the lecture", async () => {
    const titles = await page.evaluate(() => [...document.querySelectorAll('.reading-slide-title')].map((e) => e.textContent ?? ''));
    expect(titles).toEqual(SLIDES.map((meta) => meta.title));
    const expected = await renderReadingText();
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll('.reading-slide')].map((section) => (section.querySelector('.reading-notes .speaker-notes') as HTMLElement | null)?.innerText ?? ''),
    );
    expect(notes.map(normalize)).toEqual(SLIDES.map((meta) => normalize(textOfMarkup(expected[meta.id].notes))));
  });

  it('jumps from the table of contents to a section, and the bar and the address follow', async () => {
    await page.click('.reading-bar button[aria-controls="reading-toc"]');
    await page.waitFor(() => !document.getElementById('reading-toc')!.hidden, null, 'the table of contents did not open');
    expect(await page.evaluate(() => document.querySelectorAll('#reading-toc a').length)).toBe(11);
    const first = SLIDES.findIndex((meta) => meta.section === 7);
    await page.click(`#reading-toc a[href="#folie-${first + 1}"]`);
    await page.waitFor(
      (index) => {
        const bar = document.querySelector('.reading-bar')!.getBoundingClientRect().bottom;
        return Math.abs(document.getElementById(`folie-${index + 1}`)!.getBoundingClientRect().top - bar) < 4;
      },
      first,
      'section 7 did not scroll under the bar',
    );
    expect(Math.abs(await sectionTop(first))).toBeLessThan(4);
    await page.waitFor(() => (document.querySelector('[data-testid="reading-current"]')?.textContent ?? '').includes('7. Modellarchitekturen'), null, 'the bar does not name section 7');
    expect(new URL(await page.url()).hash).toBe(`#folie-${first + 1}`);
  });

  it('logs no error on the way', async () => {
    expect(await page.errors()).toEqual([]);
  });
});
