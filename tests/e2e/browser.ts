import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';

export const SLIDE_SIZE = { width: 1366, height: 768 };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

export function deckUrl(query = ''): string {
  return `${inject('baseUrl')}${query ? `?${query}` : ''}`;
}

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** slideIndex and stepIndex as Spectacle keeps them in the URL. */
export function viewOf(page: Page): { slideIndex: number; stepIndex: number } {
  const params = new URL(page.url()).searchParams;
  return { slideIndex: Number(params.get('slideIndex') ?? 0), stepIndex: Number(params.get('stepIndex') ?? 0) };
}

/**
 * Waits until a slide transition has finished (one slide frame on screen per deck shown) and every
 * <Appear> reveal on screen has finished fading (opacity 0 or 1).
 */
export async function settleTransition(page: Page, decks = 1): Promise<void> {
  await page.waitForFunction(
    (count) => {
      const frames = [...document.querySelectorAll('.slide-frame')].filter((e) => e.getClientRects().length > 0);
      if (frames.length > count) return false;
      return frames.every((frame) =>
        [...frame.querySelectorAll('[data-testid="AppearElement"]')].every((e) => {
          const opacity = Number(getComputedStyle(e).opacity);
          return opacity < 0.01 || opacity > 0.99;
        }),
      );
    },
    decks,
    { timeout: 5000 },
  );
}

/** The title of the slide on screen (inactive slides are not displayed). */
export async function activeSlideTitle(page: Page): Promise<string> {
  return (await page.locator('.slide-title:visible').first().textContent()) ?? '';
}

/** Opens a page at the slide size, with errors collected. */
export async function openDeck(browser: Browser, query = '', viewport = SLIDE_SIZE) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(deckUrl(query));
  await page.locator('.slide-title:visible').first().waitFor();
  return { context, page, errors };
}

/** Presses a key and waits until the URL (slide or step) has changed, or a short while has passed. */
export async function pressAndSettle(page: Page, key: string, decks = 1): Promise<void> {
  const before = page.url();
  await page.keyboard.press(key);
  await page.waitForFunction((url) => window.location.href !== url, before, { timeout: 1500 }).catch(() => undefined);
  await settleTransition(page, decks);
}
