import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type { SlideMeta } from '../../src/shell/manifest';
import { SLIDE_SIZE as DESIGN_SIZE } from '../../src/theme/slideSize';
import { SLIDES } from '../../slides';
import { deckSettled, inspectVisibleSlide } from './deckProbes';

/** The deck's design size (src/theme/slideSize.ts), the window most tests open. */
export const SLIDE_SIZE = { ...DESIGN_SIZE };

/**
 * Connects to the run's one Chromium (launched by tests/e2e/globalSetup.ts). Each test file
 * connects once and makes its own contexts; `close()` ends the connection and closes them, never
 * the browser.
 */
export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
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
 * Waits until a slide transition has finished (one slide frame on screen per deck shown), every
 * <Reveal> on screen has finished fading (opacity 0 or 1), and no body or formula on screen is still
 * loading.
 */
export async function settleTransition(page: Page, decks = 1): Promise<void> {
  await page.waitForFunction(deckSettled, decks, { timeout: 5000 });
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
  // The deck has taken over from the prerendered title (index.html), if there was one.
  await page.waitForFunction(() => document.getElementById('prerendered') === null);
  await settleTransition(page, query.includes('presenterMode=true') ? 2 : 1);
  return { context, page, errors };
}

/**
 * Presses a key that moves the deck, waits until the URL (slide or step) has changed and the
 * transition has settled. Throws when the URL has not changed within 5 s: a key that should move
 * the deck and does not is a failure, never a wait that runs out quietly.
 */
export async function pressAndSettle(page: Page, key: string, decks = 1): Promise<void> {
  const before = page.url();
  await page.keyboard.press(key);
  try {
    await page.waitForFunction((url) => window.location.href !== url, before, { timeout: 5000 });
  } catch (error) {
    throw new Error(`Pressing ${key} did not move the deck from ${before} within 5 s`, { cause: error });
  }
  await settleTransition(page, decks);
}

/**
 * Resolves after two more frames of the page have started: everything an input dispatched before
 * the call has done synchronously, its React commit and effects included, has reached the screen.
 * The marker to wait for before asserting that an input changed nothing.
 */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Presses `key` on `target` (focused first) and resolves once the page itself has seen the key's
 * keyup, which comes after every keydown handler has run, and two frames have followed. The
 * positive signal to wait for before asserting that a key changed nothing.
 */
export async function pressAndConfirm(page: Page, target: Locator, key: string): Promise<void> {
  await target.focus();
  // Wrapped in an object: evaluateHandle would wait for a promise returned bare.
  const marker = await page.evaluateHandle(() => ({
    keyUp: new Promise<void>((resolve) => window.addEventListener('keyup', () => resolve(), { once: true, capture: true })),
  }));
  await target.press(key);
  await marker.evaluate(({ keyUp }) => keyUp);
  await marker.dispose();
  await nextFrames(page);
}

/** Text that must never be on a slide: a number that went wrong. */
export { BROKEN } from './walkChecks';

/**
 * What is on screen: the visible slide's text, its `data-view`s, how many <Appear>s are revealed,
 * and up to five elements sticking out of the slide body or the window (to the right or below;
 * with `leftEdge`, also to the left).
 */
export async function inspectSlide(page: Page, { leftEdge = false } = {}) {
  return page.evaluate(inspectVisibleSlide, leftEdge);
}

/** Opens the deck on a slide of the manifest at a step; throws when the slide is not in slides/index.ts. */
export async function openSlide(browser: Browser, slide: SlideMeta, stepIndex = 0) {
  const slideIndex = SLIDES.indexOf(slide);
  if (slideIndex < 0) throw new Error(`slide ${slide.id} is not registered in slides/index.ts`);
  const opened = await openDeck(browser, `slideIndex=${slideIndex}&stepIndex=${stepIndex}`);
  const frame = opened.page.locator('.slide-frame:visible').first();
  await frame.waitFor();
  return { ...opened, frame, slideIndex };
}

/** The deck's last view (slide and step), from the manifest. */
export const LAST_VIEW = { slideIndex: SLIDES.length - 1, stepIndex: SLIDES[SLIDES.length - 1].steps };

/**
 * Walks the deck with → from where it is, calling `visit` at every view, up to the manifest's last
 * view; there, once the key is processed, → must have moved nowhere. A view before the end that →
 * does not leave fails loudly (pressAndSettle), and so does a walk longer than the manifest's views.
 */
export async function walkToEnd(page: Page, visit: () => Promise<void>): Promise<void> {
  const views = SLIDES.reduce((sum, slide) => sum + slide.steps + 1, 0);
  const atEnd = () => viewOf(page).slideIndex === LAST_VIEW.slideIndex && viewOf(page).stepIndex === LAST_VIEW.stepIndex;
  for (let walked = 0; !atEnd(); walked += 1) {
    if (walked > views) throw new Error(`The walk passed ${views} views without reaching the last one (${JSON.stringify(LAST_VIEW)})`);
    await visit();
    await pressAndSettle(page, 'ArrowRight');
  }
  await visit();
  await pressAndConfirm(page, page.locator('body'), 'ArrowRight');
  if (!atEnd()) throw new Error(`→ on the last view moved the deck to ${page.url()}`);
}

