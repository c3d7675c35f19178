/**
 * The title slide is prerendered into index.html: it is on screen before the app's JavaScript runs,
 * and keys pressed while the app loads are not lost.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { collectErrors, deckUrl, connectBrowser, viewOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first paint', () => {
  it('shows the title before the app has loaded, answers the first click, then hands over and replays the other keys', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // Hold the app's entry script until the test lets it go.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(/assets\/index-[^/]*\.js$/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(deckUrl(), { waitUntil: 'commit' });
    const prerendered = page.locator('#prerendered .slide-title:visible');
    await prerendered.waitFor();
    expect(await prerendered.textContent()).toBe(SLIDES[0].title);
    // Scaled to the window like the deck: 1920 / 1366 wide.
    const box = await page.locator('#prerendered .prerendered-slide:visible').boundingBox();
    expect(box?.width).toBeCloseTo(1920, -1);
    // The first click is answered by the prerendered page itself: the next view, and the URL follows.
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#prerendered .slide-title:visible').textContent()).toBe(SLIDES[1].title);
    expect(viewOf(page)).toEqual({ slideIndex: 1, stepIndex: 0 });
    // The second is kept for the deck.
    await page.keyboard.press('PageDown');
    expect(viewOf(page)).toEqual({ slideIndex: 1, stepIndex: 0 });

    release();
    await page.waitForFunction(() => document.getElementById('prerendered') === null);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('slideIndex') === '2');
    expect(viewOf(page)).toEqual({ slideIndex: 2, stepIndex: 0 });
    expect(await page.locator('.slide-title:visible').first().textContent()).toBe(SLIDES[2].title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows no prerendered title for a deep link to another slide', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(deckUrl('slideIndex=5&stepIndex=1'), { waitUntil: 'domcontentloaded' });
    expect(await page.locator('#prerendered').count()).toBe(0);
    await page.locator('.slide-title:visible').first().waitFor();
    expect(await page.locator('.slide-title:visible').first().textContent()).toBe(SLIDES[5].title);
    expect(errors).toEqual([]);
    await context.close();
  });
});
