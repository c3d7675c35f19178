/**
 * The live slides of sections 3, 5 and 6 in Chromium: every step, every slider, every button;
 * numbers change, nothing broken reaches the screen, keys on controls do not move the deck.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import CrossEntropySlide from '../../slides/CrossEntropySlide.meta';
import DecoderPredictionSlide from '../../slides/DecoderPredictionSlide.meta';
import GradientDescentSlide from '../../slides/GradientDescentSlide.meta';
import LearningRateSlide from '../../slides/LearningRateSlide.meta';
import SoftmaxSlide from '../../slides/SoftmaxSlide.meta';
import { collectErrors, connectBrowser, deckUrl, nextFrames, openSlide, pressAndConfirm, pressAndSettle, SLIDE_SIZE, viewOf } from './browser';

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function open(slide: (typeof SLIDES)[number], stepIndex = 0) {
  const opened = await openSlide(browser, slide, stepIndex);
  contexts.push(opened.context);
  return opened;
}

/** The slide's visible text never holds a broken number. */
async function expectClean(frame: Locator) {
  const text = await frame.innerText();
  expect(text).not.toMatch(/NaN|Infinity|undefined/);
  return text;
}

/** Presses a key on a focused control and checks, once the key is processed, that the deck stayed on the same slide and step. */
async function pressOnControl(page: Page, control: Locator, key: string) {
  const before = viewOf(page);
  await pressAndConfirm(page, control, key);
  expect(viewOf(page), `${key} on a control must not navigate`).toEqual(before);
}

async function barValues(frame: Locator): Promise<string[]> {
  return frame.locator('.bar-value').allTextContents();
}

describe('Decoder-Vorhersage', () => {
  it('shows the projection, then softmax in its place, then argmax, and moves p with the temperature slider', async () => {
    const { page, errors, frame, slideIndex } = await open(DecoderPredictionSlide);
    const view = () => frame.locator('[data-view]').first().getAttribute('data-view');
    const reveals = frame.locator('[data-testid=step-reveal]');
    expect(await view()).toBe('projection');
    await pressAndSettle(page, 'ArrowRight');
    expect(viewOf(page)).toEqual({ slideIndex, stepIndex: 1 });
    expect(await view()).toBe('softmax');
    expect(await reveals.evaluateAll((els) => els.map((e) => getComputedStyle(e).visibility))).toEqual(['hidden']);
    await pressAndSettle(page, 'ArrowRight');
    expect(viewOf(page)).toEqual({ slideIndex, stepIndex: 2 });
    await expect.poll(() => reveals.evaluateAll((els) => els.map((e) => getComputedStyle(e).visibility))).toEqual(['visible']);
    expect(await frame.getByTestId('p-target').textContent()).toBe('0,44');
    expect(await frame.getByTestId('prediction').textContent()).toBe('Frankreich');

    const slider = frame.getByLabel('Temperatur T');
    const before = await barValues(frame);
    await pressOnControl(page, slider, 'ArrowLeft');
    await pressOnControl(page, slider, 'ArrowLeft');
    await pressOnControl(page, slider, 'ArrowRight');
    const lower = await barValues(frame);
    expect(lower).not.toEqual(before);
    await pressOnControl(page, slider, 'Home');
    expect(await frame.getByTestId('p-target').textContent()).toBe('0,91');
    await pressOnControl(page, slider, 'End');
    expect(await frame.getByTestId('p-target').textContent()).toBe('0,37');
    await expectClean(frame);
    expect(errors).toEqual([]);
  });
});

describe('Softmax', () => {
  it('shows the logits, the temperature comparison on click, and follows the slider', async () => {
    const { page, errors, frame } = await open(SoftmaxSlide);
    expect(await frame.locator('.katex').count()).toBeGreaterThan(4);
    await pressAndSettle(page, 'ArrowRight');
    await expect.poll(() => frame.locator('.heatmap').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await frame.locator('.heatmap-cell').allTextContents()).toEqual(['0,53', '0,44', '0,39', '0,33', '0,34', '0,34', '0,13', '0,22', '0,27']);
    const slider = frame.getByLabel('Temperatur T');
    const before = await barValues(frame);
    await pressOnControl(page, slider, 'Home');
    const cold = await barValues(frame);
    expect(cold).not.toEqual(before);
    expect(cold[0]).toBe('0,91');
    await pressOnControl(page, slider, 'End');
    expect(await barValues(frame)).not.toEqual(cold);
    await expectClean(frame);
    expect(errors).toEqual([]);
  });
});

describe('Cross-Entropy', () => {
  it('computes L = 0,83, adds the confident mistake, then the gradient', async () => {
    const { page, errors, frame, slideIndex } = await open(CrossEntropySlide);
    const text = await expectClean(frame);
    expect(text).toContain('unser p = 0,44, L = 0,83');
    expect(await frame.locator('.chart-marker-label').count()).toBe(1);
    await pressAndSettle(page, 'ArrowRight');
    await expect.poll(() => frame.locator('.chart-marker-label').count()).toBe(2);
    expect(await frame.locator('.chart-marker-label').nth(1).textContent()).toBe('sicher falsch: p = 0,01, L = 4,61');
    await pressAndSettle(page, 'ArrowRight');
    expect(viewOf(page)).toEqual({ slideIndex, stepIndex: 2 });
    await expect.poll(() => frame.getByText('Gradient nach den Logits').isVisible()).toBe(true);
    await pressAndSettle(page, 'ArrowRight');
    expect(viewOf(page)).toEqual({ slideIndex: slideIndex + 1, stepIndex: 0 });
    expect(errors).toEqual([]);
  });
});

describe('Gradient Descent: ein Schritt gegen den Gradienten', () => {
  const lossOf = async (frame: Locator) => {
    const text = (await frame.getByTestId('gd-loss').textContent()) ?? '';
    return Number(text.replace('L = ', '').replace(',', '.'));
  };

  it('steps, trains and resets with the buttons; keys on buttons press them', async () => {
    const { page, errors, frame } = await open(GradientDescentSlide);
    expect(await frame.getByTestId('gd-loss').textContent()).toBe('L = 0,828');
    const start = await lossOf(frame);
    await frame.getByRole('button', { name: 'Schritt', exact: true }).click();
    await expect.poll(() => frame.getByTestId('gd-steps').textContent()).toBe('1');
    const one = await lossOf(frame);
    expect(one).toBeLessThan(start);
    // Enter and Space on the focused button press it and leave the deck where it is.
    const stepButton = frame.getByRole('button', { name: 'Schritt', exact: true });
    await pressOnControl(page, stepButton, 'Enter');
    await expect.poll(() => frame.getByTestId('gd-steps').textContent()).toBe('2');
    expect(await lossOf(frame)).toBeLessThan(one);
    await pressOnControl(page, stepButton, ' ');
    await expect.poll(() => frame.getByTestId('gd-steps').textContent()).toBe('3');
    const three = await lossOf(frame);

    await frame.getByRole('button', { name: /Trainieren/ }).click();
    await expect.poll(() => frame.getByTestId('gd-steps').textContent()).toBe('53');
    expect(await lossOf(frame)).toBeLessThan(three);
    await expectClean(frame);

    await frame.getByRole('button', { name: 'Zurücksetzen' }).click();
    await expect.poll(() => frame.getByTestId('gd-loss').textContent()).toBe('L = 0,828');

    const slider = frame.getByLabel('Lernrate η');
    const rateText = async () => (await frame.locator('.param-slider output').textContent()) ?? '';
    await pressOnControl(page, slider, 'ArrowRight');
    expect(await rateText()).toBe('0,55');
    await pressOnControl(page, slider, 'End');
    expect(await rateText()).toBe('3,00');
    await frame.getByRole('button', { name: 'Schritt', exact: true }).click();
    await expect.poll(() => frame.getByTestId('gd-loss').textContent()).toBe('L = 0,001');
    await pressOnControl(page, slider, 'Home');
    expect(await rateText()).toBe('0,05');
    await expectClean(frame);
    expect(errors).toEqual([]);
  });

  it('animates "Trainieren" when motion is allowed and finishes at 50 steps', async () => {
    const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'no-preference' });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(deckUrl(`slideIndex=${SLIDES.indexOf(GradientDescentSlide)}&stepIndex=0`));
    const frame = page.locator('.slide-frame:visible').first();
    await frame.waitFor();
    // Every count the slide shows, as it shows it, until the goal.
    const counts = () =>
      page.evaluate(
        (goal) =>
          new Promise<string[]>((resolve) => {
            const shown = document.querySelector('.slide-frame:not([hidden]) [data-testid="gd-steps"]')!;
            const seen = [shown.textContent ?? ''];
            new MutationObserver((_, observer) => {
              seen.push(shown.textContent ?? '');
              if (shown.textContent === goal) {
                observer.disconnect();
                resolve(seen);
              }
            }).observe(shown, { characterData: true, childList: true, subtree: true });
          }),
        String(50),
      );
    const trained = counts();
    await frame.getByRole('button', { name: /Trainieren/ }).click();
    const seen = new Set(await trained);
    expect(seen.has('50')).toBe(true);
    expect(seen.size).toBeGreaterThan(2); // intermediate states were on screen
    // One step of the animation per frame: two frames after 50, a step too many would show.
    await nextFrames(page);
    expect(await frame.getByTestId('gd-steps').textContent()).toBe('50');
    // Leaving the slide mid-animation is harmless: the animation runs on in the slide behind (or
    // stops with it) without an error.
    await frame.getByRole('button', { name: /Trainieren/ }).click();
    await pressAndSettle(page, 'ArrowRight');
    await page.waitForFunction(() => {
      const shown = document.querySelector('[data-testid="gd-steps"]');
      return shown === null || shown.textContent === '100';
    });
    await nextFrames(page);
    expect(errors).toEqual([]);
  });
});

describe('Lernrate: Konvergenz und Divergenz', () => {
  it('converges for small η, swings at η = 1 and diverges above, without broken numbers', async () => {
    const { page, errors, frame } = await open(LearningRateSlide);
    const verdict = () => frame.getByTestId('lr-verdict').textContent();
    expect(await verdict()).toBe('konvergiert');
    const slider = frame.getByLabel('Lernrate η');
    await pressOnControl(page, slider, 'End');
    expect(await verdict()).toBe('divergiert');
    await expectClean(frame);
    await slider.fill('1');
    expect(await verdict()).toMatch(/^pendelt/);
    await pressOnControl(page, slider, 'ArrowRight');
    expect(await verdict()).toBe('divergiert');
    await pressOnControl(page, slider, 'Home');
    expect(await verdict()).toBe('konvergiert');
    await expectClean(frame);
    // Every drawn point stays inside the chart.
    await slider.fill('1.5');
    const inside = await frame.locator('svg[role=img]').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('circle')].every((c) => {
        const r = c.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
      });
    });
    expect(inside).toBe(true);
    expect(errors).toEqual([]);
  });
});

