/**
 * The title slide is prerendered into index.html: it is on screen before the app's JavaScript runs,
 * and keys pressed while the app loads are not lost.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { collectErrors, deckUrl, launchBrowser, viewOf } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('first paint', () => {
  it('shows the title before the app has loaded, then hands over and replays the keys pressed meanwhile', async () => {
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
    const prerendered = page.locator('#prerendered .slide-title');
    await prerendered.waitFor();
    expect(await prerendered.textContent()).toBe(SLIDES[0].title);
    // Scaled to the window like the deck: 1920 / 1366 wide.
    const box = await page.locator('#prerendered .prerendered-slide').boundingBox();
    expect(box?.width).toBeCloseTo(1920, -1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(viewOf(page)).toEqual({ slideIndex: 0, stepIndex: 0 });

    release();
    await page.waitForFunction(() => document.getElementById('prerendered') === null);
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('slideIndex') === '2');
    expect(viewOf(page)).toEqual({ slideIndex: 2, stepIndex: 0 });
    expect(await page.locator('.slide-title:visible').first().textContent()).toBe(SLIDES[2].title);
    expect(errors).toEqual([]);
    await context.close();
  });
});
