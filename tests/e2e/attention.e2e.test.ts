/**
 * The self-attention slides of section 4 in Chromium at 1366×768: every step fits, shows no broken
 * number, and the "Was wäre, wenn …?" sliders and button recompute the example live.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import WhatIfSlide from '../../slides/WhatIfSlide.meta';
import { activeSlideTitle, BROKEN, inspectSlide, connectBrowser, openDeck, viewOf } from './browser';

// Walking every step of these slides (views, layout, clean numbers) is the shared walk: walk.e2e.test.ts.
const WHAT_IF_TITLE = 'Was wäre, wenn …?';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSlide(component: (typeof SLIDES)[number], title: string) {
  const index = SLIDES.indexOf(component);
  expect(index, `${title} is registered in slides/index.ts`).toBeGreaterThanOrEqual(0);
  const opened = await openDeck(browser, `slideIndex=${index}&stepIndex=0`);
  await opened.page.locator('.slide-title:visible', { hasText: title }).waitFor();
  return { ...opened, index };
}

describe('Was wäre, wenn …? in Chromium', () => {
  let page: Page;
  let errors: string[];
  let index: number;
  let close: () => Promise<void>;

  const pValue = async () => (await page.locator('.slide-frame:visible .what-if-p-value').textContent()) ?? '';
  const weights = async () => page.locator('.slide-frame:visible .bar-value').allTextContents();
  const top = async () => (await page.getByTestId('what-if-top').filter({ visible: true }).textContent()) ?? '';
  const slider = (label: RegExp) => page.locator('.slide-frame:visible').getByLabel(label);

  beforeAll(async () => {
    const opened = await openSlide(WhatIfSlide, WHAT_IF_TITLE);
    ({ page, errors, index } = opened);
    close = () => opened.context.close();
  });
  afterAll(async () => {
    await close?.();
  });

  it('shows the lecture numbers and fits 1366×768', async () => {
    expect(await pValue()).toBe('0,44');
    expect(await weights()).toEqual(['0,58', '0,06', '0,06', '0,23', '0,06']);
    expect(await top()).toContain('„Paris“');
    const seen = await inspectSlide(page);
    expect(seen.overflow).toEqual([]);
    expect(seen.text).not.toMatch(BROKEN);
  });

  it('moves every slider with the keyboard without leaving the slide, and the numbers follow', async () => {
    const labels = [/^\(evon\)₁/, /^\(evon\)₂/, /^\(evon\)₃/, /^\(evon\)₄/, /^\(WQ\)₄₁/, /^\(WK\)₁₁/];
    for (const label of labels) {
      // Each slider from the lecture values: with "von" ignored (e.g. (e_von)₁ = −2) its own features do nothing.
      await page.locator('.slide-frame:visible').getByRole('button', { name: 'Zurücksetzen' }).click();
      const input = slider(label);
      await input.focus();
      const before = { value: await input.inputValue() };
      // Down, not up: the W_Q and W_K sliders start at their maximum 2.
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowDown');
      expect(viewOf(page), `arrow keys on ${label} must not navigate`).toEqual({ slideIndex: index, stepIndex: 0 });
      expect(await activeSlideTitle(page)).toBe(WHAT_IF_TITLE);
      expect(Number(await input.inputValue())).toBeCloseTo(Number(before.value) - 0.3, 10);
      await page.keyboard.press('End');
      expect(await input.inputValue()).toBe('2');
      const atMax = { p: await pValue(), weights: await weights() };
      await page.keyboard.press('Home');
      expect(await input.inputValue()).toBe('-2');
      const atMin = { p: await pValue(), weights: await weights() };
      expect(atMin, `${label} from its maximum to its minimum changes the numbers`).not.toEqual(atMax);
      expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: 0 });
      const seen = await inspectSlide(page);
      expect(seen.text).not.toMatch(BROKEN);
      expect(seen.overflow, String(label)).toEqual([]);
    }
    // With (W_K)₁₁ at −2 the story has changed: Paris no longer gets the attention.
    expect(await pValue()).not.toBe('0,44');
  });

  it('"Zurücksetzen" restores the lecture numbers', async () => {
    await page.locator('.slide-frame:visible').getByRole('button', { name: 'Zurücksetzen' }).click();
    expect(await pValue()).toBe('0,44');
    expect(await weights()).toEqual(['0,58', '0,06', '0,06', '0,23', '0,06']);
    expect(await slider(/^\(evon\)₄/).inputValue()).toBe('0.9');
    expect(await slider(/^\(WK\)₁₁/).inputValue()).toBe('2');
    expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: 0 });
  });

  it('swaps the city with buttons of at least 44 px; the prediction follows, and reset brings Paris back', async () => {
    const frame = page.locator('.slide-frame:visible');
    const prediction = async () => (await frame.getByTestId('what-if-prediction').textContent()) ?? '';
    for (const [city, country] of [['Berlin', 'Deutschland'], ['Madrid', 'Spanien']] as const) {
      const button = frame.getByRole('button', { name: city, exact: true });
      const box = await button.boundingBox();
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(44);
      await button.click();
      await expect.poll(prediction).toContain(`„${country}“ – richtig`);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await weights()).toEqual(['0,58', '0,06', '0,06', '0,23', '0,06']);
      const seen = await inspectSlide(page);
      expect(seen.overflow).toEqual([]);
    }
    await frame.getByRole('button', { name: 'Zurücksetzen' }).click();
    await expect.poll(prediction).toContain('„Frankreich“ – richtig');
    expect(await pValue()).toBe('0,44');
    expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: 0 });
  });

  it('logs no console error', () => {
    expect(errors).toEqual([]);
  });
});
