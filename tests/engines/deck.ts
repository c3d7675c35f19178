// The deck's walk helpers over an EnginePage: the same steps as tests/e2e/browser.ts for Chromium,
// with the same in-page checks (tests/e2e/deckProbes.ts).
import { SLIDES } from '../../slides';
import { deckSettled } from '../e2e/deckProbes';
import { deckUrl } from './connect';
import type { EnginePage, TestKey } from './page';

export const SLIDE_SIZE = { width: 1366, height: 768 };

/** slideIndex and stepIndex as Spectacle keeps them in the URL. */
export async function viewOf(page: EnginePage): Promise<{ slideIndex: number; stepIndex: number }> {
  const params = new URL(await page.url()).searchParams;
  return { slideIndex: Number(params.get('slideIndex') ?? 0), stepIndex: Number(params.get('stepIndex') ?? 0) };
}

export async function settleTransition(page: EnginePage, decks = 1): Promise<void> {
  await page.waitFor(deckSettled, decks, 'the slide transition did not settle');
}

/** Opens the deck at `query` and waits until the deck has taken over from the prerendered title. */
export async function openDeck(page: EnginePage, query = ''): Promise<void> {
  await page.goto(deckUrl(query));
  await page.waitFor(
    () => document.getElementById('prerendered') === null && [...document.querySelectorAll('.slide-title')].some((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0),
    null,
    'the deck did not show a slide title',
    15_000,
  );
  await settleTransition(page);
}

/** The title of the slide on screen. */
export function activeSlideTitle(page: EnginePage): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.slide-title')].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)?.textContent ?? '');
}

/**
 * Presses a key that moves the deck, waits until the URL has changed and the transition has
 * settled; throws when the URL has not changed within 5 s.
 */
export async function pressAndSettle(page: EnginePage, key: TestKey, decks = 1): Promise<void> {
  const before = await page.url();
  await page.press(key);
  await page.waitFor((url) => window.location.href !== url, before, `pressing ${key} did not move the deck from ${before}`);
  await settleTransition(page, decks);
}

/** Presses `key` and resolves once the page has seen its keyup and two frames have followed. */
export async function pressAndConfirm(page: EnginePage, key: TestKey): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __keyUp?: boolean };
    w.__keyUp = false;
    window.addEventListener('keyup', () => (w.__keyUp = true), { once: true, capture: true });
  });
  await page.press(key);
  await page.waitFor(() => (window as unknown as { __keyUp?: boolean }).__keyUp === true, null, `the page did not see ${key}'s keyup`);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

export const LAST_VIEW = { slideIndex: SLIDES.length - 1, stepIndex: SLIDES[SLIDES.length - 1].steps };

/**
 * Walks the deck with → up to the manifest's last view, calling `visit` at every view; there, →
 * must move nowhere. A walk longer than the manifest's views fails loudly.
 */
export async function walkToEnd(page: EnginePage, visit: () => Promise<void>): Promise<void> {
  const views = SLIDES.reduce((sum, slide) => sum + slide.steps + 1, 0);
  const atEnd = async () => {
    const v = await viewOf(page);
    return v.slideIndex === LAST_VIEW.slideIndex && v.stepIndex === LAST_VIEW.stepIndex;
  };
  for (let walked = 0; !(await atEnd()); walked += 1) {
    if (walked > views) throw new Error(`The walk passed ${views} views without reaching the last one (${JSON.stringify(LAST_VIEW)})`);
    await visit();
    await pressAndSettle(page, 'ArrowRight');
  }
  await visit();
  await pressAndConfirm(page, 'ArrowRight');
  if (!(await atEnd())) throw new Error(`→ on the last view moved the deck to ${await page.url()}`);
}
