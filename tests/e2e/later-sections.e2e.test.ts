/**
 * Sections 8–11 in Chromium at 1366×768: every step of every slide fits and shows clean numbers;
 * every slider (moved by keyboard, without leaving the slide) and every button changes the numbers;
 * every glossary link jumps to its slide, and „← zurück zum Glossar“ leads back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import ConclusionSlide from '../../slides/ConclusionSlide.meta';
import ContextCostSlide from '../../slides/ContextCostSlide.meta';
import { GLOSSARY } from '../../slides/GlossarySlide';
import GlossarySlide from '../../slides/GlossarySlide.meta';
import HallucinationSlide from '../../slides/HallucinationSlide.meta';
import LimitsSlide from '../../slides/LimitsSlide.meta';
import RotarySlide from '../../slides/RotarySlide.meta';
import TitansMemorySlide from '../../slides/TitansMemorySlide.meta';
import TitansSandboxSlide from '../../slides/TitansSandboxSlide.meta';
import TitansSlide from '../../slides/TitansSlide.meta';
import TitansVariantsSlide from '../../slides/TitansVariantsSlide.meta';
import { activeSlideTitle, BROKEN, inspectSlide, launchBrowser, openDeck, pressAndSettle, settleTransition, viewOf } from './browser';


/** Each slide with its number of steps (clicks on the slide + 1). */
const WALKS = [
  { name: 'Titans', component: TitansSlide, steps: 4 },
  { name: 'Titans-Gleichungen', component: TitansMemorySlide, steps: 5 },
  { name: 'MAC/MAG/MAL', component: TitansVariantsSlide, steps: 3 },
  { name: 'Sandkasten', component: TitansSandboxSlide, steps: 2 },
  { name: 'Rotary', component: RotarySlide, steps: 3 },
  { name: 'Grenzen', component: LimitsSlide, steps: 7 },
  { name: 'Kontextkosten', component: ContextCostSlide, steps: 2 },
  { name: 'Halluzination', component: HallucinationSlide, steps: 1 },
  { name: 'Fazit', component: ConclusionSlide, steps: 4 },
  { name: 'Glossar', component: GlossarySlide, steps: 1 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function indexOf(component: (typeof SLIDES)[number]): number {
  const index = SLIDES.indexOf(component);
  expect(index, 'registered in slides/index.ts').toBeGreaterThanOrEqual(0);
  return index;
}

describe.each(WALKS)('$name in Chromium', ({ name, component, steps }) => {
  it('walks every step with → : each fits 1366×768 and shows clean numbers; ← comes back', async () => {
    const index = indexOf(component);
    const { context, page, errors } = await openDeck(browser, `slideIndex=${index}&stepIndex=0`);
    await settleTransition(page);
    const title = await activeSlideTitle(page);
    const texts: string[] = [];
    for (let step = 0; step < steps; step += 1) {
      expect(viewOf(page), `${name} step ${step}`).toEqual({ slideIndex: index, stepIndex: step });
      const seen = await inspectSlide(page);
      expect(seen.text, `${name} step ${step}`).not.toMatch(BROKEN);
      expect(seen.overflow, `${name} step ${step}`).toEqual([]);
      texts.push(seen.text);
      await pressAndSettle(page, 'ArrowRight');
    }
    if (index < SLIDES.length - 1) {
      expect(viewOf(page).slideIndex, `${name}: the last step leaves the slide`).toBe(index + 1);
      await pressAndSettle(page, 'ArrowLeft');
      expect(viewOf(page)).toEqual({ slideIndex: index, stepIndex: steps - 1 });
      expect(await activeSlideTitle(page)).toBe(title);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

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
  it('Titans sandbox: η, θ, α change surprise and recall', async () => {
    const { context, page, errors, view } = await openAtEnd(TitansSandboxSlide, 2);
    const frame = page.locator('.slide-frame:visible');
    const watch = async () =>
      [await frame.getByTestId('titans-peak').innerText(), await frame.getByTestId('titans-last').innerText(), await frame.getByTestId('titans-recall').innerText()].join(' | ');
    for (const label of [/^η/, /^θ/, /^α/]) await exerciseSlider(page, label, watch, view);
    // θ = 0 learns nothing: with and without forgetting, A is recalled as badly as by an empty memory.
    await frame.getByRole('slider', { name: /^θ/ }).focus();
    await page.keyboard.press('Home');
    const baseline = /leeres Gedächtnis: (\S+?)\.?$/.exec((await frame.getByText(/leeres Gedächtnis/).innerText()).trim())![1];
    expect((await frame.getByTestId('titans-recall').innerText()).split(baseline)).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Rotary: position, frequency and shift; the two scores stay equal', async () => {
    const { context, page, errors, view } = await openAtEnd(RotarySlide, 3);
    const frame = page.locator('.slide-frame:visible');
    const watch = async () => (await frame.locator('.worked-formula').innerText()) + (await frame.getByTestId('rotary-scores').innerText());
    for (const label of [/^Position m/, /^Frequenz θ/, /^Verschiebung s/]) await exerciseSlider(page, label, watch, view);
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
    await page.keyboard.press('Home');
    expect(await watch()).toContain('1.024');
    expect(await frame.getByTestId('cost-table').innerText()).toContain('16.777.216');
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
