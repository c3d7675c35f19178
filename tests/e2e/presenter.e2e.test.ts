import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import WorkedExampleStepsSlide from '../../slides/WorkedExampleStepsSlide.meta';
import { axeProblems } from './axe';
import { deckUrl, connectBrowser, openDeck, pressAndSettle, settleTransition, viewOf } from './browser';

/** Every English string of Spectacle's stock presenter screen and its command bar (spectacle/lib/index.mjs). */
const SPECTACLE_ENGLISH = [
  'Open a second browser tab',
  'to use as the audience deck',
  'Start Timer',
  'Stop Timer',
  'Reset',
  'Restart Timer',
  'Start/Pause Timer',
  'Presenter Mode',
  'Default Mode',
  'Overview Mode',
  'Print Mode',
  'Export Mode',
  'Back to',
  'Next Slide',
  'Previous Slide',
  'Restart Presentation',
];

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WORKED = SLIDES.indexOf(WorkedExampleStepsSlide);
const revealsShown = (page: Page, scope: string) => page.locator(`${scope} .step-reveal-shown`).count();

describe('the presenter view', () => {
  it('is German: no string and no logo of Spectacle’s screen, and the status, clock and stopwatch are there', async () => {
    const { page, context, errors } = await openDeck(browser, `presenterMode=true&slideIndex=${WORKED}&stepIndex=1`);
    await page.getByTestId('presenter-view').waitFor();
    await expect.poll(() => page.getByTestId('presenter-notes').innerText()).not.toBe('');
    const text = await page.locator('body').innerText();
    for (const english of SPECTACLE_ENGLISH) expect(text, english).not.toContain(english);
    expect(await page.getByTestId('use-browser-tab-text').count()).toBe(0);
    expect(await page.locator('svg[viewBox="0 0 510 500"]').count()).toBe(0);
    const status = await page.getByTestId('presenter-status').textContent();
    expect(status).toBe(`Folie ${WORKED + 1} von ${SLIDES.length} · Schritt 2 von ${WorkedExampleStepsSlide.steps + 1}`);
    expect(text).toMatch(/Uhrzeit \d\d:\d\d/);
    for (const label of ['Vergangen', 'Start', 'Zurücksetzen', 'Aufnahme starten', 'Notizen', 'Nächster Klick']) expect(text).toContain(label);
    // The stopwatch starts, pauses and resets.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => page.getByTestId('elapsed').textContent(), { timeout: 5000 }).not.toBe('0:00');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Zurücksetzen', exact: true }).click();
    expect(await page.getByTestId('elapsed').textContent()).toBe('0:00');
    // The view's own controls (the slides are checked by the walk).
    expect(await axeProblems(page, '.presenter-top')).toEqual([]);
    expect(await axeProblems(page, '.presenter-side')).toEqual([]);
    expect(await axeProblems(page, '.presenter-plan')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('previews what the next click shows: the next step, then the next slide’s first view', async () => {
    const { page, context } = await openDeck(browser, `presenterMode=true&slideIndex=${WORKED}&stepIndex=1`);
    // A window of its own (another context): the presenter must not move it.
    const other = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const audience = await other.newPage();
    const preview = '[data-testid="next-step-preview"]';
    for (let step = 1; step < WorkedExampleStepsSlide.steps; step += 1) {
      await expect.poll(() => page.getByTestId('next-step-preview').getAttribute('data-next-view')).toBe(`${WORKED}/${step + 1}`);
      // The same slide one click on, in an ordinary window: as many parts revealed as in the preview.
      await audience.goto(deckUrl(`slideIndex=${WORKED}&stepIndex=${step + 1}`));
      await audience.locator('.slide-title:visible').first().waitFor();
      await settleTransition(audience);
      const ahead = await revealsShown(audience, '.slide-frame:visible');
      await expect.poll(() => revealsShown(page, preview)).toBe(ahead);
      expect(await revealsShown(page, '.presenter-current .slide-frame:visible')).toBe(ahead - 1);
      await pressAndSettle(page, 'ArrowRight', 2);
      if (step >= 3) break; // three clicks show the pattern
    }
    await other.close();
    // On the last step, the next click shows the next slide at its first view.
    await page.goto(deckUrl(`presenterMode=true&slideIndex=${WORKED}&stepIndex=${WorkedExampleStepsSlide.steps}`));
    await page.getByTestId('presenter-view').waitFor();
    await expect.poll(() => page.getByTestId('next-step-preview').getAttribute('data-next-view')).toBe(`${WORKED + 1}/0`);
    await page.locator(`${preview} [data-slide-body="${SLIDES[WORKED + 1].id}"]`).waitFor();
    expect(await revealsShown(page, preview)).toBe(0);
    await page.goto(deckUrl(`presenterMode=true&slideIndex=${SLIDES.length - 1}&stepIndex=${SLIDES.at(-1)!.steps}`));
    await expect.poll(() => page.getByTestId('next-step-preview').getAttribute('data-next-view')).toBe('end');
    await context.close();
  });

  it('shows the time plan: the section, its budget, ahead/behind, and a bar; the length can change', async () => {
    const { page, context } = await openDeck(browser, `presenterMode=true&slideIndex=${WORKED}&stepIndex=0`);
    const plan = page.getByTestId('time-plan');
    await plan.waitFor();
    expect(await plan.innerText()).toContain('Abschnitt 4: Rechenbeispiel · Budget 15:00');
    expect(await page.getByTestId('pace').textContent()).toBe('Zeit läuft noch nicht');
    expect(await plan.locator('.presenter-plan-part').count()).toBeGreaterThanOrEqual(12);
    expect(await plan.locator('.presenter-plan-part[data-current="true"]').textContent()).toBe('4');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    // Seconds into the lecture, on a slide planned for minute 20 or so: well ahead of the plan.
    await expect.poll(() => page.getByTestId('pace').textContent()).toMatch(/^\d+:\d\d vor Plan$/);
    await page.getByLabel('Dauer der Vorlesung in Minuten').fill('60');
    await expect.poll(() => plan.innerText()).toContain('Budget 10:00');
    await page.reload();
    await page.getByTestId('time-plan').waitFor();
    expect(await page.getByLabel('Dauer der Vorlesung in Minuten').inputValue()).toBe('60');
    await context.close();
  });

  it('makes the notes larger and smaller with buttons and keys, and remembers the size', async () => {
    const { page, context } = await openDeck(browser, `presenterMode=true&slideIndex=${WORKED}&stepIndex=0`);
    const size = () => page.getByTestId('presenter-notes').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    const before = await size();
    await page.getByRole('button', { name: 'Notizen größer (+)' }).click();
    await expect.poll(size).toBeGreaterThan(before);
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('+');
    const larger = await size();
    expect(larger).toBeGreaterThan(before);
    await page.reload();
    await page.getByTestId('presenter-notes').waitFor();
    expect(await size()).toBe(larger);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(size).toBe(before);
    await context.close();
  });

  it('blacks out the projector, not the lecturer’s screen', async () => {
    const { page, context } = await openDeck(browser, 'presenterMode=true&slideIndex=2&stepIndex=0');
    const audience = await context.newPage();
    await audience.goto(deckUrl('slideIndex=2&stepIndex=0'));
    await audience.locator('.slide-title:visible').first().waitFor();
    await page.bringToFront();
    await page.keyboard.press('b');
    await page.getByTestId('presenter-blackout').waitFor();
    expect(await page.getByTestId('blackout').count()).toBe(0);
    await audience.getByTestId('blackout').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => audience.getByTestId('blackout').count()).toBe(0);
    expect(viewOf(audience).slideIndex).toBe(2);
    await context.close();
  });

  it('without a microphone, records the timeline alone and says so in German', async () => {
    const { page, context } = await openDeck(browser, 'presenterMode=true&slideIndex=2&stepIndex=0');
    // This browser has no (fake) microphone and grants none: denied or absent.
    await page.getByTestId('record-button').click();
    await expect.poll(() => page.getByTestId('record-message').textContent()).toMatch(/^(Mikrofon nicht erlaubt|Kein Mikrofon gefunden|Das Mikrofon ließ sich nicht öffnen).*nur der Ablauf/);
    await Promise.all([page.waitForEvent('download'), page.getByTestId('record-button').click()]);
    await page.getByLabel('mit Mikrofon').uncheck();
    await page.getByTestId('record-button').click();
    await expect.poll(() => page.getByTestId('record-message').textContent()).toContain('nur der Ablauf');
    expect(await page.getByTestId('recorder').textContent()).toContain('ohne Ton');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('record-button').click()]);
    expect(download.suggestedFilename()).toMatch(/^vorlesung-\d{4}-\d\d-\d\d-\d{4}\.vtzrec$/);
    await context.close();
  });
});
