import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { encodeRecording } from '../../src/deck/recording/format';
import { activeSlideTitle, collectErrors, launchBrowser, pressAndSettle, SLIDE_SIZE, viewOf } from './browser';

// `npm run build:single` (vite.single.config.ts), built into a temporary folder and opened from
// file:// with every network request blocked: the deck must need nothing but its one HTML file.
const run = promisify(execFile);
const TITLE = 'Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren';

let folder: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];
const requests: string[] = [];
const visits: { slideIndex: number; stepIndex: number; title: string }[] = [];
let slideCount = 0;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'single-e2e-'));
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.single.config.ts', '--outDir', folder, '--logLevel', 'warn'], {
    timeout: 240_000,
  });
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: SLIDE_SIZE, reducedMotion: 'reduce' });
  await context.route(/^(https?|wss?):/, (route) => {
    requests.push(route.request().url());
    return route.abort();
  });
  page = await context.newPage();
  errors = collectErrors(page);
  page.on('request', (request) => {
    if (!/^(file|data|blob):/.test(request.url())) requests.push(request.url());
  });
  await page.goto(`${pathToFileURL(join(folder, 'index.html')).href}?slideIndex=0&stepIndex=0`);
  await page.locator('.slide-title:visible').first().waitFor();
  // The deck has taken over from the prerendered title.
  await page.waitForFunction(() => document.getElementById('prerendered') === null);
  slideCount = SLIDES.length;
  for (let guard = 0; guard < 2000; guard += 1) {
    visits.push({ ...viewOf(page), title: await activeSlideTitle(page) });
    const before = page.url();
    await pressAndSettle(page, 'ArrowRight');
    if (page.url() === before) break;
  }
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the single-file build', () => {
  it('is one HTML file, with the fonts inlined as woff2 only', () => {
    expect(readdirSync(folder)).toEqual(['index.html']);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(html).toContain('data:font/woff2;base64,');
    expect(html).not.toMatch(/format\(["']?(woff|truetype)["']?\)/);
    expect(html).not.toMatch(/\.(woff|ttf)\)/);
  });

  it('opens from file:// with the title slide', () => {
    expect(visits[0]).toMatchObject({ slideIndex: 0, stepIndex: 0, title: TITLE });
  });

  it('goes through every slide with the right arrow key, offline, without console errors', () => {
    expect(new Set(visits.map((v) => v.slideIndex)).size).toBe(slideCount);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has its fonts, KaTeX included, from inside the file', async () => {
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/"/g, ''));
    });
    expect(loaded).toContain('Source Sans 3');
    expect(loaded).toContain('KaTeX_Main');
  });

  it('opens the reading view offline, with the notes and a live body', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    await phone.route(/^(https?|wss?):/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const reader = await phone.newPage();
    const readerErrors = collectErrors(reader);
    // The decoder's prediction slide: it has a slider. Found by id, so that moving slides keeps the test.
    const index = SLIDES.findIndex((slide) => slide.id === 'decoder-vorhersage');
    await reader.goto(`${pathToFileURL(join(folder, 'index.html')).href}?view=read#folie-${index + 1}`);
    const section = reader.locator(`#folie-${index + 1}`);
    await section.locator('[data-slide-body] input[type=range]').first().waitFor();
    expect(await section.locator('.reading-slide-title').textContent()).toBe(SLIDES[index].title);
    expect(((await section.locator('.reading-notes').textContent()) ?? '').length).toBeGreaterThan(80);
    expect(await reader.locator('.reading-slide-title').count()).toBe(SLIDES.length);
    expect(readerErrors).toEqual([]);
    expect(requests).toEqual([]);
    await phone.close();
  });

  it('tokenizes with the GPT vocabularies, which travel inside the file', async () => {
    const tokenSlide = visits.find((v) => v.title.startsWith('Tokenisierung'));
    expect(tokenSlide, 'the tokenization slide').toBeDefined();
    await page.goto(`${pathToFileURL(join(folder, 'index.html')).href}?slideIndex=${tokenSlide!.slideIndex}&stepIndex=0`);
    const frame = page.locator(`.slide-frame[data-slide-title^="Tokenisierung"]`);
    await expect.poll(async () => (await frame.textContent()) ?? '', { timeout: 20_000 }).not.toContain('Lade Vokabular');
    const text = (await frame.textContent()) ?? '';
    expect(text).not.toContain('konnte nicht geladen werden');
    expect(text).toContain('o200k_base');
    expect(errors).toEqual([]);
  });

  it('replays a recording opened from the file picker, offline', async () => {
    const file = encodeRecording(
      {
        createdAt: '2026-12-01T08:15:00.000Z',
        durationMs: 60_000,
        slides: SLIDES.map((s) => ({ id: s.id, section: s.section ?? null, steps: s.steps })),
        sections: [],
        start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
        events: [
          { t: 10_000, kind: 'view', view: { slideIndex: 3, stepIndex: 0 } },
          { t: 50_000, kind: 'view', view: { slideIndex: 5, stepIndex: 1 } },
        ],
        audio: null,
      },
      null,
    );
    await page.goto(`${pathToFileURL(join(folder, 'index.html')).href}?slideIndex=0&stepIndex=0`);
    await page.getByTestId('replay-file-input').setInputFiles({ name: 'vorlesung.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    await page.getByTestId('replay-seek').focus();
    await page.keyboard.press('End');
    await expect.poll(() => viewOf(page)).toEqual({ slideIndex: 5, stepIndex: 1 });
    await page.keyboard.press('PageDown'); // one minute back: 0:00
    await expect.poll(() => viewOf(page)).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
