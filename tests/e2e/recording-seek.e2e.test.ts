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

/** A recording of SECONDS with a voice as MediaRecorder wrote it (WebM/Opus, no index) and no events. */
function rawRecording(): Recording {
  return {
    createdAt: '2026-12-01T18:00:00.000Z',
    durationMs: SECONDS * 1000,
    slides: [{ id: 'titel', section: null, steps: 0 }],
    sections: [],
    start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
    events: [],
    audio: { mimeType: 'audio/webm;codecs=opus', offsetMs: 0, byteLength: 0, bitsPerSecond: 24000 },
  };
}

/**
 * Holds the voice repair's worker back until the test calls window.releaseRepair(): its request is
 * kept (the worker is started from a URL naming seekable.worker), the other workers run as usual.
 */
function holdTheRepair() {
  const Original = window.Worker;
  const w = window as unknown as { releaseRepair?: () => void };
  window.Worker = class extends Original {
    private readonly isRepair: boolean;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.isRepair = String(url).includes('seekable');
    }
    postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions) {
      if (!this.isRepair) return super.postMessage(message, transfer as Transferable[]);
      w.releaseRepair = () => super.postMessage(message, transfer as Transferable[]);
    }
  };
}

describe('seeking in a recording whose voice has no index', () => {
  it('remuxes the WebM after opening: a finite duration, and a seek lands and keeps playing', async () => {
    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    const raw = await recordRawWebm(page);
    // The precondition: as recorded, the browser knows no duration.
    expect(await durationOf(page, raw)).toBe(Infinity);

    const file = encodeRecording(rawRecording(), raw);
    await page.getByTestId('replay-file-input').setInputFiles({ name: 'roh.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    const audio = page.getByTestId('replay-audio');
    await audio.waitFor({ state: 'attached' });
    // The player opens with the voice as recorded and swaps in the remuxed one (a worker makes it).
    await expect.poll(() => page.getByTestId('replay-bar').getAttribute('data-voice-seekable')).toBe('true');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement, seconds) => Math.abs(a.duration - seconds) < 0.5, SECONDS)).toBe(true);
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

  it('plays at once while the voice is repaired; a seek meanwhile waits for the repaired voice and then lands in sync', async () => {
    const context = await browser.newContext({ permissions: ['microphone'], viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    await context.addInitScript(holdTheRepair);
    const page = await context.newPage();
    await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    const raw = await recordRawWebm(page);
    await page.getByTestId('replay-file-input').setInputFiles({ name: 'roh.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(encodeRecording(rawRecording(), raw)) });
    const bar = page.getByTestId('replay-bar');
    const audio = page.getByTestId('replay-audio');
    await bar.waitFor();
    await expect.poll(() => page.evaluate(() => typeof (window as unknown as { releaseRepair?: () => void }).releaseRepair)).toBe('function');
    expect(await bar.getAttribute('data-voice-seekable')).toBe('false');

    // The voice as recorded plays from the start.
    await page.getByTestId('replay-play').click();
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0.3)).toBe(true);
    // A seek now: the deck goes on from 2 s, the voice waits (paused, said on screen), no error.
    await page.getByTestId('replay-seek').fill('2000');
    await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.paused)).toBe(true);
    expect(await page.getByTestId('replay-voice-waiting').textContent()).toMatch(/Ton wird für Sprünge vorbereitet/);
    await expect.poll(async () => Number(await bar.getAttribute('data-replay-t'))).toBeGreaterThan(2100);
    expect(await page.getByTestId('replay-voice').count()).toBe(0);

    // The repair lands: the remuxed voice (finite duration) plays on where the deck is, within 100 ms.
    await page.evaluate(() => (window as unknown as { releaseRepair: () => void }).releaseRepair());
    await expect.poll(() => bar.getAttribute('data-voice-seekable')).toBe('true');
    await expect
      .poll(async () => {
        const t = Number(await bar.getAttribute('data-replay-t')) / 1000;
        const media = await audio.evaluate((a: HTMLAudioElement) => (a.paused || a.error || !Number.isFinite(a.duration) ? NaN : a.currentTime));
        return Math.abs(media - t) < 0.1 && t > 2;
      })
      .toBe(true);
    expect(await page.getByTestId('replay-voice-waiting').count()).toBe(0);
    expect(await page.getByTestId('replay-voice').count()).toBe(0);
    await context.close();
  });
});
