import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRecording, type Recording } from '../../src/features/recording/format';
import { connectBrowser, deckUrl } from './browser';

// A voice as MediaRecorder writes it (WebM without duration or cues) seeks once the player opened it.

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SECONDS = 4;

/** Records the fake microphone in the page with MediaRecorder, as the recorder does; returns the raw bytes. */
async function recordRawWebm(page: Page): Promise<Uint8Array> {
  const bytes = await page.evaluate(async (seconds) => {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    const media = new MediaRecorder(stream, { mimeType: 'audio/webm;codecs=opus' });
    const chunks: Blob[] = [];
    media.ondataavailable = (event) => chunks.push(event.data);
    const stopped = new Promise((resolve) => media.addEventListener('stop', resolve, { once: true }));
    media.start(1000);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    media.stop();
    await stopped;
    for (const track of stream.getTracks()) track.stop();
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())];
  }, SECONDS);
  return new Uint8Array(bytes);
}

/** The duration the browser reports for bytes of this type (Infinity for a live WebM). */
const durationOf = (page: Page, bytes: Uint8Array) =>
  page.evaluate(async (data) => {
    const audio = new Audio(URL.createObjectURL(new Blob([new Uint8Array(data)], { type: 'audio/webm' })));
    await new Promise((resolve, reject) => {
      audio.onloadedmetadata = resolve;
      audio.onerror = reject;
    });
    return audio.duration;
  }, [...bytes]);

describe('seeking in a recording whose voice has no index', () => {
  it('remuxes the WebM on open: a finite duration, and a seek lands and keeps playing', async () => {
    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    const raw = await recordRawWebm(page);
    // The precondition: as recorded, the browser knows no duration.
    expect(await durationOf(page, raw)).toBe(Infinity);

    const recording: Recording = {
      createdAt: '2026-12-01T18:00:00.000Z',
      durationMs: SECONDS * 1000,
      slides: [{ id: 'titel', section: null, steps: 0 }],
      sections: [],
      start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
      events: [],
      audio: { mimeType: 'audio/webm;codecs=opus', offsetMs: 0, byteLength: 0, bitsPerSecond: 24000 },
    };
    const file = encodeRecording(recording, raw);
    await page.getByTestId('replay-file-input').setInputFiles({ name: 'roh.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    const audio = page.getByTestId('replay-audio');
    await audio.waitFor({ state: 'attached' });
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeGreaterThan(SECONDS - 0.5);
    expect(await audio.evaluate((a: HTMLAudioElement) => a.duration)).toBeLessThan(SECONDS + 0.5);
    expect(await audio.evaluate((a: HTMLAudioElement) => (a.seekable.length > 0 ? a.seekable.end(0) : 0))).toBeGreaterThan(SECONDS - 0.5);

    // Play, then → (5 s would pass the end: seek to 2 s with the slider instead) and ← on the slider.
    await page.getByTestId('replay-play').click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0.2)).toBe(true);
    await page.getByTestId('replay-seek').fill('2500');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime)).toBeGreaterThan(2.4);
    await page.getByTestId('replay-seek').fill('500');
    // Media time and timeline time agree within 100 ms after the seek back (the playing voice is the clock).
    await expect
      .poll(async () => {
        const t = Number(await page.getByTestId('replay-bar').getAttribute('data-replay-t')) / 1000;
        const media = await audio.evaluate((a: HTMLAudioElement) => (a.paused || a.error ? NaN : a.currentTime));
        return Math.abs(media - t) < 0.1 && t < 2;
      })
      .toBe(true);
    expect(await page.getByTestId('replay-voice').count()).toBe(0);
    await context.close();
  });
});
