import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import TokenizationSlide from '../../slides/TokenizationSlide.meta';
import { activeSlideTitle, connectBrowser, nextFrames, openDeck, viewOf } from './browser';

const SLIDE_INDEX = SLIDES.indexOf(TokenizationSlide);
const TITLE = 'Tokenisierung: Vom Text zu Tokens';

let browser: Browser;
let page: Page;
let errors: string[];

/** The tokens of one row, as data-token holds them (spaces as "␣"). */
async function tokensOf(rowName: RegExp): Promise<string[]> {
  const row = page.getByRole('region', { name: rowName });
  return row.locator('li.token-chip').evaluateAll((items) => items.map((item) => item.getAttribute('data-token') ?? ''));
}

async function countOf(rowName: RegExp): Promise<string> {
  return (await page.getByRole('region', { name: rowName }).locator('.token-row-count').textContent()) ?? '';
}

beforeAll(async () => {
  expect(SLIDE_INDEX, 'TokenizationSlide is registered in slides/index.ts').toBeGreaterThanOrEqual(0);
  browser = await connectBrowser();
  ({ page, errors } = await openDeck(browser, `slideIndex=${SLIDE_INDEX}&stepIndex=0`));
  // The deck may show its first slide for a moment before it reads the deep link.
  await page.locator('.slide-title:visible', { hasText: TITLE }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the tokenization slide in Chromium', () => {
  it('opens on the slide', async () => {
    expect(await activeSlideTitle(page)).toBe(TITLE);
  });

  it('loads both vocabularies and shows the GPT-2 split of " Hauptstadt"', async () => {
    const gpt2 = page.getByRole('region', { name: /GPT-2/ });
    await gpt2.locator('li.token-chip').first().waitFor({ timeout: 30_000 });
    const tokens = await tokensOf(/GPT-2/);
    const start = tokens.indexOf('␣Hau');
    expect(start, tokens.join('|')).toBeGreaterThan(0);
    expect(tokens.slice(start, start + 3)).toEqual(['␣Hau', 'pt', 'stadt']);
    // The ids are printed under the token text.
    const chip = gpt2.locator('li.token-chip[data-token="␣Hau"]');
    expect(await chip.locator('.token-chip-id').textContent()).toBe('49696');

    await page.getByRole('region', { name: /GPT-4o/ }).locator('li.token-chip').first().waitFor({ timeout: 30_000 });
    expect(await tokensOf(/GPT-4o/)).toContain('␣Hauptstadt');
    expect(await countOf(/GPT-4o/)).toBe('6 Tokens');
  });

  it('fetches each vocabulary as its own chunk', async () => {
    const fetched = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop() ?? ''),
    );
    expect(fetched.some((name) => /^r50k_base-.*\.js$/.test(name))).toBe(true);
    expect(fetched.some((name) => /^o200k_base-.*\.js$/.test(name))).toBe(true);
  });

  it('typing in the field, arrow keys and space included, never changes the slide', async () => {
    const before = viewOf(page);
    const field = page.getByLabel('Eigener Satz');
    await field.click();
    await field.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type(' und Berlin');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    // The field took every key (the last, Backspace, included), and two frames followed.
    await expect.poll(() => field.inputValue()).toBe('Paris ist die Hauptstadt von Frankreich und Berli ');
    await nextFrames(page);
    expect(viewOf(page)).toEqual(before);
    expect(viewOf(page).slideIndex).toBe(SLIDE_INDEX);
    expect(await activeSlideTitle(page)).toBe(TITLE);
    expect(await countOf(/^Wörter/)).toBe('8 Tokens');
  });

  it('shows typed HTML as text and asks for a sentence when empty', async () => {
    const field = page.getByLabel('Eigener Satz');
    await field.fill('<img src=x onerror=alert(1)>');
    expect(await page.locator('.slide-frame:visible img').count()).toBe(0);
    expect(await tokensOf(/^Wörter/)).toContain('img');
    await field.fill('');
    await expect(page.getByText('Bitte einen Satz eingeben.').isVisible()).resolves.toBe(true);
  });

  it('still navigates with the arrow keys once the field is left', async () => {
    await page.getByRole('heading', { name: TITLE }).click();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((index) => new URL(location.href).searchParams.get('slideIndex') !== String(index), SLIDE_INDEX);
    expect(viewOf(page).slideIndex).toBe(SLIDE_INDEX + 1);
  });

  it('does not fetch the vocabularies while another slide is shown', async () => {
    const { context, page: other } = await openDeck(browser, 'slideIndex=0&stepIndex=0');
    await other.waitForLoadState('networkidle');
    const fetched = await other.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(fetched.filter((name) => /r50k|o200k/.test(name))).toEqual([]);
    await context.close();
  });

  it('prefetches the vocabularies on the slide before, so they are there when the lecturer arrives', async () => {
    const { context, page: before } = await openDeck(browser, `slideIndex=${SLIDE_INDEX - 1}&stepIndex=0`);
    await expect
      .poll(async () => {
        const fetched = await before.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
        return ['r50k_base', 'o200k_base'].filter((name) => fetched.some((url) => url.includes(`/${name}-`) && url.endsWith('.js')));
      }, { timeout: 20_000 })
      .toEqual(['r50k_base', 'o200k_base']);
    await context.close();
  });

  it('logs no console error', () => {
    expect(errors).toEqual([]);
  });
});
