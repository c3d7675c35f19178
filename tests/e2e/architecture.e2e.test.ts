/**
 * Section 7 in Chromium at 1366×768: the decoder block diagram grows click by click, the GeLU slider,
 * the three attention heads, Concat · W_O, and the parameter counter with its presets and sliders.
 * Every step fits the slide, shows no broken number and logs no console error.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatInteger } from '../../src/format';
import { MODEL_PRESETS, countParameters } from '../../src/model/parameterCount';
import { SLIDES } from '../../slides';
import ArchitectureBlockParamsSlide from '../../slides/ArchitectureBlockParamsSlide.meta';
import ArchitectureConcatSlide from '../../slides/ArchitectureConcatSlide.meta';
import ArchitectureGeluSlide from '../../slides/ArchitectureGeluSlide.meta';
import ArchitectureModelParamsSlide from '../../slides/ArchitectureModelParamsSlide.meta';
import ArchitectureMultiHeadSlide from '../../slides/ArchitectureMultiHeadSlide.meta';
import ArchitectureSlide from '../../slides/ArchitectureSlide.meta';
import { activeSlideTitle, BROKEN, inspectSlide, connectBrowser, openDeck, pressAndSettle, viewOf } from './browser';


let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openSlide(component: (typeof SLIDES)[number], title: string, stepIndex = 0) {
  const index = SLIDES.indexOf(component);
  expect(index, `${title} is registered in slides/index.ts`).toBeGreaterThanOrEqual(0);
  const opened = await openDeck(browser, `slideIndex=${index}&stepIndex=${stepIndex}`);
  await opened.page.locator('.slide-title:visible', { hasText: title }).waitFor();
  return { ...opened, index };
}

async function expectClean(page: Page, what: string) {
  const seen = await inspectSlide(page, { leftEdge: true });
  expect(seen.text, what).not.toMatch(BROKEN);
  expect(seen.overflow, what).toEqual([]);
  return seen.text;
}

describe('Modellarchitekturen im Überblick: the decoder block, click by click', () => {
  it('adds one part per click, with a text alternative, and the last click leaves the slide', async () => {
    const title = 'Modellarchitekturen im Überblick';
    const { context, page, errors, index } = await openSlide(ArchitectureSlide, title);
    const figure = page.locator('.slide-frame:visible .arch-diagram');
    const labels: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: step });
      await expect.poll(() => figure.getAttribute('data-parts')).toBe(String(step + 1));
      expect(await figure.locator('[data-testid^="arch-part-"]').count()).toBe(step + 1);
      const label = (await figure.locator('svg').getAttribute('aria-label')) ?? '';
      expect(label.split(';')).toHaveLength(step + 1);
      labels.push(label);
      // The fade-in has finished (every part opaque and in place) before measuring.
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('.slide-frame .arch-diagram [data-testid^="arch-part-"]')]
          .filter((part) => getComputedStyle(part).visibility === 'visible' && part.getClientRects().length > 0)
          .every((part) => {
            const style = getComputedStyle(part);
            return Number(style.opacity) > 0.99 && (style.transform === 'none' || style.transform === 'matrix(1, 0, 0, 1, 0, 0)');
          }),
      );
      await expectClean(page, `diagram step ${step}`);
      await pressAndSettle(page, 'ArrowRight');
    }
    expect(labels[5]).toContain('× n_Block');
    expect(await page.locator('.slide-frame:visible .arch-bypass').count()).toBe(0);
    expect(viewOf(page).slideIndex).toBe(index + 1);
    await pressAndSettle(page, 'ArrowLeft');
    expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: 5 });
    expect(await page.locator('.slide-frame:visible .arch-bypass').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Im MLP: GeLU statt ReLU', () => {
  it('the x slider moves GeLU(x) with the keyboard and never navigates', async () => {
    const title = 'Im MLP: GeLU statt ReLU';
    const { context, page, errors, index } = await openSlide(ArchitectureGeluSlide, title);
    await expectClean(page, 'GeLU start');
    const result = async () => (await page.locator('.slide-frame:visible .worked-formula-result').innerText()).trim();
    const slider = page.locator('.slide-frame:visible').getByLabel('x', { exact: true });
    const before = await result();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBeCloseTo(-0.8, 10);
    expect(await result()).not.toBe(before);
    await page.keyboard.press('End');
    expect(await slider.inputValue()).toBe('3');
    await expectClean(page, 'GeLU at x = 3');
    await page.keyboard.press('Home');
    expect(await slider.inputValue()).toBe('-3');
    await expectClean(page, 'GeLU at x = −3');
    expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: 0 });
    expect(await activeSlideTitle(page)).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Multi-head attention', () => {
  it('reveals the heads one per click; Concat · W_O fits', async () => {
    const title = 'Multi-Head Attention: mehrere Köpfe, mehrere Fragen';
    const { context, page, errors, index } = await openSlide(ArchitectureMultiHeadSlide, title);
    const shownHeads = () => page.locator('.slide-frame:visible .step-reveal-shown .arch-head').count();
    for (let step = 0; step < 3; step += 1) {
      expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: step });
      await expect.poll(shownHeads).toBe(step);
      await expectClean(page, `heads step ${step}`);
      await pressAndSettle(page, 'ArrowRight');
    }
    expect(viewOf(page).slideIndex).toBe(index + 1);
    expect(SLIDES.indexOf(ArchitectureConcatSlide)).toBe(index + 1);
    expect(await activeSlideTitle(page)).toBe('Köpfe zusammenführen: Concat, dann Projektion');
    const text = await expectClean(page, 'Concat slide');
    expect(text).toContain('Probe');
    expect(await page.locator('.slide-frame:visible .katex').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Parameter count', () => {
  let page: Page;
  let errors: string[];
  let close: () => Promise<void>;
  const total = async () => (await page.getByTestId('model-params').filter({ visible: true }).textContent()) ?? '';

  beforeAll(async () => {
    const opened = await openSlide(ArchitectureModelParamsSlide, 'Wie viele Parameter hat ein Modell?');
    ({ page, errors } = opened);
    close = () => opened.context.close();
  });
  afterAll(async () => {
    await close?.();
  });

  it('each preset shows formatInteger(countParameters(preset))', async () => {
    expect(await total()).toBe(formatInteger(countParameters(MODEL_PRESETS[0].shape)));
    for (const preset of MODEL_PRESETS) {
      await page.locator('.slide-frame:visible').getByRole('button', { name: new RegExp(`^${preset.name}`) }).click();
      expect(await total()).toBe(formatInteger(countParameters(preset.shape)));
      const text = await expectClean(page, preset.name);
      expect(text).toContain(preset.published);
    }
    expect(await total()).toBe('174.604.259.328');
  });

  it('every slider moves with the keyboard, changes the count (heads excepted) and never navigates', async () => {
    const start = viewOf(page);
    await page.locator('.slide-frame:visible').getByRole('button', { name: 'GPT-2 small' }).click();
    for (const label of ['Breite d', 'Blöcke nBlock', 'Vokabular nvocab', 'Kontext nctx', 'Köpfe nhead']) {
      const input = page.locator('.slide-frame:visible').getByLabel(label, { exact: true });
      await input.focus();
      const before = { value: await input.inputValue(), total: await total() };
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(viewOf(page), `arrow keys on ${label} must not navigate`).toEqual(start);
      expect(await input.inputValue()).not.toBe(before.value);
      if (label === 'Köpfe nhead') expect(await total(), 'heads do not change the count').toBe(before.total);
      else expect(await total(), label).not.toBe(before.total);
      await page.keyboard.press('End');
      await expectClean(page, `${label} at max`);
      await page.keyboard.press('Home');
      await expectClean(page, `${label} at min`);
      expect(viewOf(page)).toEqual(start);
    }
    // Back to a preset: the number is the model's again.
    await page.locator('.slide-frame:visible').getByRole('button', { name: 'GPT-2 medium' }).click();
    expect(await total()).toBe(formatInteger(countParameters(MODEL_PRESETS[1].shape)));
  });

  it('the block slide shares d and heads, and its sliders work too', async () => {
    const index = SLIDES.indexOf(ArchitectureBlockParamsSlide);
    await pressAndSettle(page, 'ArrowLeft');
    expect(viewOf(page).slideIndex).toBe(index);
    expect(await activeSlideTitle(page)).toBe('Wie viele Parameter hat ein Block?');
    const block = async () => (await page.getByTestId('block-params').filter({ visible: true }).textContent()) ?? '';
    // GPT-2 medium from the previous test: d = 1024.
    expect(await block()).toBe(formatInteger(12 * 1024 * 1024 + 13 * 1024));
    const d = page.locator('.slide-frame:visible').getByLabel('Breite d', { exact: true });
    await d.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await block()).toBe(formatInteger(12 * 960 * 960 + 13 * 960));
    const heads = page.locator('.slide-frame:visible').getByLabel('Köpfe nhead', { exact: true });
    await heads.focus();
    const before = await block();
    await page.keyboard.press('ArrowRight');
    expect(await block()).toBe(before);
    await page.keyboard.press('End');
    await expectClean(page, 'block slide, heads at max');
    expect(viewOf(page).slideIndex).toBe(index);
  });

  it('logs no console error', () => {
    expect(errors).toEqual([]);
  });
});
