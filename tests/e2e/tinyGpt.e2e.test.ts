/**
 * The tiny-GPT slides in Chromium: training from scratch in the Web Worker until 100 % training
 * accuracy (waiting for the condition, never for a time), the generation loop with a typed prompt
 * and a bad one, every step of every new slide inside 1366×768 without broken numbers; and the
 * single-file build trains from file:// too (its worker is inlined).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import TinyGptGenerationSlide from '../../slides/TinyGptGenerationSlide.meta';
import TinyGptHallucinationSlide from '../../slides/TinyGptHallucinationSlide.meta';
import TinyGptLearnedSlide from '../../slides/TinyGptLearnedSlide.meta';
import TinyGptTeachSlide from '../../slides/TinyGptTeachSlide.meta';
import { LECTURE_CORPUS_TEXT } from '../../src/model/tinyGpt';
import TinyGptTrainingSlide from '../../slides/TinyGptTrainingSlide.meta';
import { BROKEN, collectErrors, deckUrl, inspectSlide, connectBrowser, openSlide, settleTransition, SLIDE_SIZE } from './browser';

const run = promisify(execFile);
/** Training 60 steps takes a few seconds; the machine may be slow and busy. */
const TRAINING_TIMEOUT = 90_000;

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

/** Resets, trains and waits until the training accuracy reads 100 %. */
async function trainFromScratch(frame: Locator) {
  const accuracy = frame.getByTestId('tiny-gpt-train-accuracy');
  await frame.getByTestId('tiny-gpt-train-reset').click();
  await expect.poll(() => frame.getByTestId('tiny-gpt-train-status').textContent()).toContain('Schritt 0');
  expect(await accuracy.textContent()).not.toBe('100\u00a0%');
  await frame.getByTestId('tiny-gpt-train-start').click();
  await frame.page().waitForFunction(
    () => document.querySelector('.slide-frame [data-testid="tiny-gpt-train-accuracy"]')?.textContent === '100\u00a0%',
    undefined,
    { timeout: TRAINING_TIMEOUT, polling: 200 },
  );
}

describe('Ein Modell lernt', () => {
  it('opens with the shipped run, then trains from scratch in the worker to 100 % training accuracy', async () => {
    const { errors, frame } = await open(TinyGptTrainingSlide);
    expect(await frame.getByTestId('tiny-gpt-train-status').textContent()).toContain('Geliefertes Modell');
    expect(await frame.getByTestId('tiny-gpt-train-accuracy').textContent()).toBe('100\u00a0%');
    await trainFromScratch(frame);
    expect(await frame.getByTestId('tiny-gpt-train-status').getAttribute('data-backend')).toBe('worker');
    const text = await frame.innerText();
    expect(text).not.toMatch(BROKEN);
    // The live loss curve has grown: more than the two points of a fresh run.
    const points = await frame.locator('.line-chart polyline').first().getAttribute('points');
    expect((points ?? '').split(' ').length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  }, TRAINING_TIMEOUT + 30_000);
});

describe('Vom Token zur Antwort', () => {
  it('generates token by token, samples, and names an unknown word', async () => {
    const { errors, frame } = await open(TinyGptGenerationSlide);
    expect(await frame.getByTestId('tiny-gpt-output').textContent()).toBe('Ergebnis: Paris ist die Hauptstadt von Frankreich.');
    expect(await frame.getByTestId('tiny-gpt-steps').locator('tr').count()).toBe(2);
    const input = frame.getByLabel('Satzanfang');
    await input.fill('Genf liegt in');
    await expect.poll(() => frame.getByTestId('tiny-gpt-output').textContent()).toBe('Ergebnis: Genf liegt in der Schweiz.');
    await frame.getByTestId('tiny-gpt-sample').click();
    await frame.getByTestId('tiny-gpt-redraw').click();
    await expect.poll(() => frame.innerText()).toContain('Ziehung Nr. 2');
    // Top-k = 1 leaves one word to draw from; top-p at its smallest does too.
    const cut = frame.getByTestId('tiny-gpt-cut');
    await expect.poll(() => cut.innerText()).toContain('70 Wörter bleiben');
    await frame.getByRole('slider', { name: 'Top-k' }).press('Home');
    await expect.poll(() => cut.innerText()).toContain('1 Wort bleibt');
    expect(await cut.innerText()).toContain('(gestrichen)');
    await frame.getByRole('slider', { name: 'Top-k' }).press('End');
    await frame.getByRole('slider', { name: 'Top-p' }).press('Home');
    await expect.poll(() => cut.innerText()).toContain('1 Wort bleibt');
    await input.fill('Paris ist die Hauptstadt von Tokio');
    const alert = frame.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('„Tokio“');
    expect(await frame.innerText()).not.toMatch(BROKEN);
    expect(errors).toEqual([]);
  });
});

describe('Was hat das Mini-GPT gelernt?', () => {
  it('switches each head off: without the head on the first word, „Frankreich" is gone', async () => {
    const { errors, frame } = await open(TinyGptLearnedSlide);
    const rows = frame.getByTestId('tiny-gpt-ablation').locator('tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await rows.nth(1).innerText()).toMatch(/^B1 · K1\s+0,00/);
    expect(await frame.getByTestId('tiny-gpt-head-names').innerText()).toContain('B1 · K1 schaut auf das erste Wort');
    expect(errors).toEqual([]);
  });
});

describe('Dem Mini-GPT etwas beibringen', () => {
  it('retrains on an edited corpus in the worker and the answer splits; bad input gets a German message', async () => {
    const { errors, frame } = await open(TinyGptTeachSlide);
    const corpus = frame.getByTestId('tiny-gpt-corpus');
    const status = frame.getByTestId('tiny-gpt-teach-status');
    expect(await status.textContent()).toContain('Mini-GPT der Vorlesung');
    await corpus.fill(`${LECTURE_CORPUS_TEXT}\nDie Hauptstadt von Deutschland ist Bonn.`);
    await frame.getByTestId('tiny-gpt-retrain').click();
    await expect.poll(() => status.textContent(), { timeout: TRAINING_TIMEOUT, interval: 200 }).toContain('Neues Mini-GPT: 129 Sätze');
    const answer = frame.getByTestId('tiny-gpt-teach-answer');
    expect(await answer.innerText()).toContain('Bonn');
    expect(await answer.innerText()).toContain('Berlin');
    // The suggestions' table now sets the new model's answer beside the lecture's.
    const germany = frame.getByTestId('tiny-gpt-teach-probes').locator('tbody tr').first().locator('td');
    expect(await germany.nth(0).innerText()).toMatch(/^Berlin/);
    expect(await germany.nth(1).innerText()).toMatch(/^(Berlin|Bonn) \d,\d\d$/);
    const error = frame.getByTestId('tiny-gpt-corpus-error');
    const refusals: [string, string][] = [
      ['', 'Das Korpus ist leer'],
      ['<img src=x onerror=alert(1)> liegt in Frankreich.', 'Das Zeichen „<“'],
      ['Paris 😀 liegt in Frankreich.', 'Das Zeichen „😀“'],
      ['Paris liegt in שלום.', 'Das Zeichen „ש“'],
      ['Eins zwei drei vier fünf sechs sieben acht neun.', 'ist zu lang: Er hat 9 Wörter vor dem Punkt'],
    ];
    for (const [text, message] of refusals) {
      await corpus.fill(text);
      await frame.getByTestId('tiny-gpt-retrain').click();
      await expect.poll(() => error.textContent()).toContain(message);
    }
    // 10 000 sentences, loaded from a file (as „Korpus laden" reads it).
    await frame.getByTestId('tiny-gpt-corpus-file').setInputFiles({ name: 'zehntausend.txt', mimeType: 'text/plain', buffer: Buffer.from('A.\n'.repeat(10_000)) });
    await expect.poll(() => error.textContent()).toContain('Zu viele Sätze: 10.000');
    // The model trained last is still the one asked; nothing was injected.
    expect(await status.textContent()).toContain('Neues Mini-GPT: 129 Sätze');
    expect(await frame.locator('img').count()).toBe(0);
    await frame.getByTestId('tiny-gpt-corpus-reset').click();
    await expect.poll(() => status.textContent()).toContain('Mini-GPT der Vorlesung');
    expect(await frame.innerText()).not.toMatch(BROKEN);
    expect(errors).toEqual([]);
  }, TRAINING_TIMEOUT + 30_000);
});

describe('every step of the new slides', () => {
  const cases = [TinyGptTrainingSlide, TinyGptLearnedSlide, TinyGptGenerationSlide, TinyGptTeachSlide, TinyGptHallucinationSlide].flatMap((meta) =>
    Array.from({ length: meta.steps + 1 }, (_, step) => [meta.id, step, meta] as const),
  );
  it.each(cases)('%s, step %i, fits 1366×768 and shows no broken number', async (_id, step, meta) => {
    const { errors, page } = await open(meta, step);
    const seen = await inspectSlide(page, { leftEdge: true });
    expect(seen.overflow).toEqual([]);
    expect(seen.text).not.toMatch(BROKEN);
    expect(errors).toEqual([]);
  });
});

describe('the handout with one page per slide', () => {
  // Each part's section, by its label: the slide shows one per click, the page for the whole slide all of them.
  const parts = [
    [TinyGptLearnedSlide.id, TinyGptLearnedSlide, ['Gelernte Aufmerksamkeit von „von“', 'Köpfe abschalten', 'Stadt tauschen', 'Wortvektoren in 2-D', 'Logit-Linse']],
    [TinyGptHallucinationSlide.id, TinyGptHallucinationSlide, ['Die Antwort des Mini-GPT auf Zürich', 'Warum: falsche Voraussetzung', 'Wissenslücke']],
  ] as const;

  it.each(parts)('%s shows every part, inside its page', async (_id, meta, labels) => {
    const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
    contexts.push(context);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(deckUrl('handout=true&finalOnly=true'));
    await page.waitForFunction(() => document.documentElement.dataset.handoutReady !== undefined, undefined, { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.handoutReady)).toBe('true');
    const slide = page.locator(`.handout-page[data-slide-index="${SLIDES.indexOf(meta)}"] .handout-slide`);
    const found = await slide.evaluate((box, wanted) => {
      const page = box.getBoundingClientRect();
      const footer = box.querySelector('.deck-footer')?.getBoundingClientRect();
      return wanted.map((label) => {
        const part = box.querySelector(`section[aria-label="${label}"]`);
        if (!part) return { label, shown: false, inside: false };
        const r = part.getBoundingClientRect();
        // Every visible element of the part, not only the section: a table or plot may stick out of
        // it (the plot's list for screen readers is clipped to nothing and does not count).
        const seen = Array.from(part.querySelectorAll('*'), (e) => (e.closest('.visually-hidden') ? r : e.getBoundingClientRect()));
        const bottom = Math.max(r.bottom, ...seen.map((e) => e.bottom));
        const right = Math.max(r.right, ...seen.map((e) => e.right));
        return { label, shown: true, inside: r.left >= page.left && right <= page.right && bottom <= (footer?.top ?? page.bottom) };
      });
    }, labels);
    expect(found).toEqual(labels.map((label) => ({ label, shown: true, inside: true })));
    expect(errors).toEqual([]);
  }, 90_000);
});

describe('the single-file build', () => {
  let folder = '';
  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('trains from file:// with its inlined worker', async () => {
    folder = mkdtempSync(join(tmpdir(), 'single-gpt-'));
    await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.single.config.ts', '--outDir', folder, '--logLevel', 'warn'], {
      timeout: 240_000,
    });
    expect(readdirSync(folder)).toEqual(['index.html']);
    const context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
    contexts.push(context);
    await context.route(/^(https?|wss?):/, (route) => route.abort());
    const page: Page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${pathToFileURL(join(folder, 'index.html')).href}?slideIndex=${SLIDES.indexOf(TinyGptTrainingSlide)}&stepIndex=0`);
    await page.locator('.slide-title:visible').first().waitFor();
    await settleTransition(page);
    const frame = page.locator('.slide-frame:visible').first();
    await trainFromScratch(frame);
    expect(await frame.getByTestId('tiny-gpt-train-status').getAttribute('data-backend')).toBe('worker');
    expect(errors).toEqual([]);
  }, 240_000 + TRAINING_TIMEOUT);
});
