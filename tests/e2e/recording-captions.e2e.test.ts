import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecording, encodeRecording, type Recording } from '../../src/features/recording/format';
import { SLIDES } from '../../slides';
import MotivationSlide from '../../slides/MotivationSlide.meta';
import { collectErrors, connectBrowser, deckUrl } from './browser';

// Captions and transcript: added from a WebVTT file, shown as text, searched, clicked to seek, saved inside the file.

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const RECORDING: Recording = {
  createdAt: '2026-12-01T18:00:00.000Z',
  durationMs: 120_000,
  slides: [
    { id: 'titel', section: null, steps: 0 },
    { id: MotivationSlide.id, section: 1, steps: 0 },
  ],
  sections: [{ number: 1, title: 'Motivation' }],
  start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
  events: [{ t: 60_000, kind: 'view', view: { slideIndex: 1, stepIndex: 0 } }],
  audio: null,
};

const VTT = [
  'WEBVTT',
  '',
  '00:00:00.000 --> 00:00:30.000',
  'Willkommen zur Vorlesung <b>über Sprachmodelle</b>',
  '',
  '00:01:05.000 --> 00:01:20.000',
  'Die Softmax macht aus Zahlen <script>window.injected = 1</script>Wahrscheinlichkeiten',
  '',
].join('\n');

async function openPlayer(page: Page, file: Uint8Array) {
  await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
  await page.locator('.slide-title:visible').first().waitFor();
  await page.getByTestId('replay-file-input').setInputFiles({ name: 'vorlesung.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
  await page.getByTestId('replay-bar').waitFor();
}

const replayT = async (page: Page) => Number(await page.getByTestId('replay-bar').getAttribute('data-replay-t'));

describe('captions and transcript', () => {
  it('adds a WebVTT file, shows its cues as text, searches, seeks by a click and saves them into the recording', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce', acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openPlayer(page, encodeRecording(RECORDING, null));
    await page.getByTestId('replay-captions-panel-toggle').click();
    const vttInput = page.getByTestId('replay-vtt-input');

    // A broken file: a German message naming the line, nothing added.
    await vttInput.setInputFiles({ name: 'kaputt.vtt', mimeType: 'text/vtt', buffer: Buffer.from('WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nText\n') });
    await expect.poll(() => page.getByTestId('replay-vtt-message').textContent()).toMatch(/^Untertitel, Zeile 3: .*Komma/);
    expect(await page.getByTestId('replay-transcript-line').count()).toBe(0);

    await vttInput.setInputFiles({ name: 'vorlesung.vtt', mimeType: 'text/vtt', buffer: Buffer.from(VTT) });
    await expect.poll(() => page.getByTestId('replay-transcript-line').count()).toBe(2);
    const captions = page.getByTestId('replay-captions');
    await expect.poll(() => captions.textContent()).toBe('Willkommen zur Vorlesung über Sprachmodelle');
    // Markup in cues is text: no element made from it, no script run.
    expect(await page.locator('.replay-captions b, .replay-transcript b, .replay-transcript script').count()).toBe(0);

    // Search, then a click on the line seeks to it (1:05 on the timeline: no voice offset).
    await page.getByTestId('replay-transcript-search').fill('softmax');
    await expect.poll(() => page.getByTestId('replay-transcript-line').count()).toBe(1);
    await page.getByTestId('replay-transcript-line').click();
    await expect.poll(() => replayT(page)).toBe(65_000);
    await expect.poll(() => captions.textContent()).toBe('Die Softmax macht aus Zahlen window.injected = 1Wahrscheinlichkeiten');
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(await page.getByTestId('replay-transcript-line').getAttribute('aria-current')).toBe('true');
    // The seek moved the deck as well: 1:05 is after the view event at 1:00 (mapped by slide id).
    await expect.poll(() => new URL(page.url()).searchParams.get('slideIndex')).toBe(String(SLIDES.indexOf(MotivationSlide)));

    // Size and on/off.
    const size = () => captions.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    expect(before).toBeGreaterThanOrEqual(24);
    await page.getByTestId('replay-captions-size').click();
    await expect.poll(size).toBeGreaterThan(before);
    await page.getByTestId('replay-captions-shown').click();
    await expect.poll(() => captions.count()).toBe(0);
    await page.getByTestId('replay-captions-shown').click();
    await expect.poll(() => captions.count()).toBe(1);

    await page.screenshot({ path: '/tmp/recording-captions-1366.png' });

    // Saved: the captions travel inside the .vtzrec and come back on opening it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('replay-vtt-save').click()]);
    expect(download.suggestedFilename()).toBe('vorlesung-untertitel.vtzrec');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const saved = new Uint8Array(Buffer.concat(chunks));
    expect(decodeRecording(saved).recording.captions).toBe(VTT);
    await openPlayer(page, saved);
    await expect.poll(() => page.getByTestId('replay-captions').textContent()).toBe('Willkommen zur Vorlesung über Sprachmodelle');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone: captions and transcript at 390×844 with 44 px targets', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await openPlayer(page, encodeRecording({ ...RECORDING, captions: VTT }, null));
    await page.getByTestId('replay-captions-panel-toggle').click();
    await page.getByTestId('replay-transcript').waitFor();
    const boxes = await page.locator('.replay-transcript button, .replay-transcript input:not([hidden])').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { w: r.width, h: r.height, right: r.right };
      }),
    );
    for (const box of boxes) {
      expect(box.h).toBeGreaterThanOrEqual(44);
      expect(box.w).toBeGreaterThanOrEqual(44);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await expect.poll(() => page.getByTestId('replay-captions').textContent()).toBe('Willkommen zur Vorlesung über Sprachmodelle');
    await page.screenshot({ path: '/tmp/recording-captions-390.png' });
    await context.close();
  });
});
