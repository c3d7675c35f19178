/**
 * Sections 8–11 in Chromium at 1366×768: every step of every slide fits and shows clean numbers;
 * every slider (moved by keyboard, without leaving the slide) and every button changes the numbers;
 * every glossary link jumps to its slide, and „← zurück zum Glossar“ leads back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import ContextCostSlide from '../../slides/ContextCostSlide.meta';
import { GLOSSARY } from '../../slides/GlossarySlide';
import GlossarySlide from '../../slides/GlossarySlide.meta';
import HallucinationSlide from '../../slides/HallucinationSlide.meta';
import RotarySlide from '../../slides/RotarySlide.meta';
import TitansSandboxSlide from '../../slides/TitansSandboxSlide.meta';
import { BROKEN, inspectSlide, connectBrowser, openDeck, pressAndSettle, settleTransition, viewOf } from './browser';


// Walking every step of these slides (layout, clean numbers, ← back) is the shared walk: walk.e2e.test.ts.
let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function indexOf(component: (typeof SLIDES)[number]): number {
  const index = SLIDES.indexOf(component);
  expect(index, 'registered in slides/index.ts').toBeGreaterThanOrEqual(0);
  return index;
}

/** Opens a slide at its last step, so every control is visible. */
async function openAtEnd(component: (typeof SLIDES)[number], steps: number) {
  const index = indexOf(component);
  const opened = await openDeck(browser, `slideIndex=${index}&stepIndex=${steps - 1}`);
  await settleTransition(opened.page);
  return { ...opened, index, view: { slideIndex: index, stepIndex: steps - 1 } };
}

/** Moves a slider by keyboard (→, End, Home) and checks that the watched text changes and the deck stays. */
async function exerciseSlider(page: Page, label: RegExp, watch: () => Promise<string>, view: { slideIndex: number; stepIndex: number }) {
  const input = page.locator('.slide-frame:visible').getByRole('slider', { name: label });
  await input.focus();
  const start = await watch();
  const values = new Set<string>([start]);
  await page.keyboard.press('End');
  values.add(await watch());
  await page.keyboard.press('Home');
  values.add(await watch());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  values.add(await watch());
  expect(viewOf(page), `keys on ${label} must not navigate`).toEqual(view);
  expect(values.size, `${label} changes the numbers`).toBeGreaterThan(1);
  const seen = await inspectSlide(page);
  expect(seen.text, String(label)).not.toMatch(BROKEN);
  expect(seen.overflow, String(label)).toEqual([]);
}

describe('controls in Chromium', () => {
  it('Titans sandbox: ρ, η, α (the paper’s η, θ, α) change surprise and recall', async () => {
    const { context, page, errors, view } = await openAtEnd(TitansSandboxSlide, 2);
    const frame = page.locator('.slide-frame:visible');
    const watch = async () =>
      [await frame.getByTestId('titans-peak').innerText(), await frame.getByTestId('titans-last').innerText(), await frame.getByTestId('titans-recall').innerText()].join(' | ');
    for (const label of [/^ρ/, /^η/, /^α/]) await exerciseSlider(page, label, watch, view);
    // η = 0 learns nothing: with and without forgetting, A is recalled as badly as by an empty memory.
    await frame.getByRole('slider', { name: /^η/ }).focus();
    await page.keyboard.press('Home');
    const baseline = /leeres Gedächtnis: (\S+?)\.?$/.exec((await frame.getByText(/leeres Gedächtnis/).innerText()).trim())![1];
    expect((await frame.getByTestId('titans-recall').innerText()).split(baseline)).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Rotary: position, frequency and shift; the two scores stay equal', async () => {
    // Step 1 shows the rotated pair's scores; the rotation's worked formula is step 0 (the sliders stay).
    const { context, page, errors, view } = await openAtEnd(RotarySlide, 2);
    const frame = page.locator('.slide-frame:visible');
    const watch = async () => (await frame.locator('.ol-rotary').innerText()) + (await frame.getByTestId('rotary-scores').innerText());
    for (const label of [/^Position i/, /^Frequenz θ/, /^Verschiebung Δ/]) await exerciseSlider(page, label, watch, view);
    const scores = (await frame.getByTestId('rotary-scores').locator('.katex-html').allInnerTexts()).map((t) => t.split('=').at(-1)!.trim());
    expect(scores).toHaveLength(2);
    expect(scores[0]).toBe(scores[1]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Kontextkosten: the context slider moves n from 1.024 to 1.048.576 tokens', async () => {
    const { context, page, errors, view } = await openAtEnd(ContextCostSlide, 2);
    const frame = page.locator('.slide-frame:visible');
    const watch = async () => frame.getByTestId('cost-now').innerText();
    await exerciseSlider(page, /^Kontextlänge/, watch, view);
    await page.keyboard.press('End');
    expect(await watch()).toContain('1.048.576');
    // With the widest numbers (n = 1.048.576), the worked KV-cache lines end left of the chart and its
    // rotated y-axis label, with a gap (they touched before the numbers line started at „=“).
    const gap = await frame.evaluate((root) => {
      const formulas = [...root.querySelectorAll('.worked-formula .katex')].map((e) => e.getBoundingClientRect().right);
      const axisLabel = [...root.querySelectorAll('.line-chart .chart-axis-label')].map((e) => e.getBoundingClientRect().left);
      return Math.min(...axisLabel) - Math.max(...formulas);
    });
    expect(gap, 'px between the worked formula and the y-axis label').toBeGreaterThanOrEqual(16);
    await page.keyboard.press('Home');
    expect(await watch()).toContain('1.024');
    expect(await frame.getByTestId('cost-table').innerText()).toContain('19,33 GB');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Halluzination: temperature and „Ziehen“ change the answers; counts sum to 20', async () => {
    const { context, page, errors, view } = await openAtEnd(HallucinationSlide, 1);
    const frame = page.locator('.slide-frame:visible');
    const counts = async () => frame.getByTestId('hallucination-counts').innerText();
    await exerciseSlider(page, /^Temperatur/, async () => (await frame.locator('.bar-value').allInnerTexts()).join(' '), view);
    const button = frame.getByRole('button', { name: /Ziehen/ });
    const seen = new Set<string>([await frame.getByTestId('hallucination-answers').innerText()]);
    for (let i = 0; i < 3; i += 1) {
      await button.click();
      seen.add(await frame.getByTestId('hallucination-answers').innerText());
      const numbers = (await counts()).match(/\d+/g)!.map(Number);
      expect(numbers.reduce((a, b) => a + b, 0)).toBe(20);
    }
    expect(seen.size).toBeGreaterThan(1);
    // Keyboard: Enter on the focused button draws too, without moving the deck.
    const round = async () => Number(/Nr\. (\d+)/.exec(await frame.getByText(/Ziehung Nr\./).innerText())![1]);
    await button.focus();
    const before = await round();
    await page.keyboard.press('Enter');
    expect(await round()).toBe(before + 1);
    expect(viewOf(page)).toEqual(view);
    const after = await inspectSlide(page);
    expect(after.text).not.toMatch(BROKEN);
    expect(after.overflow).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('Glossar links in Chromium', () => {
  it('every term jumps to its slide, and „← zurück zum Glossar“ leads back (mouse and keyboard)', async () => {
    const glossary = indexOf(GlossarySlide);
    const { context, page, errors } = await openDeck(browser, `slideIndex=${glossary}&stepIndex=0`);
    await settleTransition(page);
    for (const [i, entry] of GLOSSARY.entries()) {
      const link = page.locator('.slide-frame:visible').getByRole('link', { name: new RegExp(`^${entry.term} → Folie`) });
      const href = (await link.getAttribute('href')) ?? '';
      const target = Number(new URLSearchParams(href).get('slideIndex'));
      const byKeyboard = i % 2 === 1;
      if (byKeyboard) {
        await link.focus();
        await page.keyboard.press('Enter');
      } else {
        await link.click();
      }
      await page.waitForFunction((t) => new URL(window.location.href).searchParams.get('slideIndex') === String(t), target);
      await settleTransition(page);
      expect(viewOf(page), entry.term).toEqual({ slideIndex: target, stepIndex: 0 });
      const back = page.getByTestId('return-link');
      await back.waitFor();
      expect(await back.innerText()).toBe('← zurück zum Glossar');
      expect(await back.evaluate((e) => e === document.activeElement), 'the way back has the focus').toBe(true);
      const seen = await inspectSlide(page);
      expect(seen.text).not.toMatch(BROKEN);
      if (byKeyboard) await page.keyboard.press('Enter');
      else await back.click();
      await page.waitForFunction((g) => new URL(window.location.href).searchParams.get('slideIndex') === String(g), glossary);
      await settleTransition(page);
      expect(viewOf(page)).toEqual({ slideIndex: glossary, stepIndex: 0 });
      expect(await page.getByTestId('return-link').count()).toBe(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the way back disappears when the lecturer moves on with the arrow keys', async () => {
    const glossary = indexOf(GlossarySlide);
    const { context, page, errors } = await openDeck(browser, `slideIndex=${glossary}&stepIndex=0`);
    await settleTransition(page);
    await page.locator('.slide-frame:visible').getByRole('link', { name: /^Softmax → Folie/ }).click();
    await page.getByTestId('return-link').waitFor();
    const target = viewOf(page).slideIndex;
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 12 && viewOf(page).slideIndex === target; i += 1) await pressAndSettle(page, 'ArrowRight');
    expect(viewOf(page).slideIndex).toBe(target + 1);
    expect(await page.getByTestId('return-link').count()).toBe(0);
    await pressAndSettle(page, 'ArrowLeft');
    expect(viewOf(page).slideIndex).toBe(target);
    expect(await page.getByTestId('return-link').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
