import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRecording, type AudioInfo, type Recording } from '../../src/features/recording/format';
import { collectErrors, connectBrowser, deckUrl } from './browser';

// The player tells the truth about the voice: none, not playable here, broken, or refused a start.

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Two seconds of a 440 Hz tone as 8-bit mono WAV, written sample by sample (every browser plays WAV). */
function beepWav(seconds = 2, rate = 8000): Uint8Array {
  const samples = seconds * rate;
  const bytes = new Uint8Array(44 + samples);
  const view = new DataView(bytes.buffer);
  const ascii = (at: number, text: string) => [...text].forEach((c, i) => (bytes[at + i] = c.charCodeAt(0)));
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate, true); // bytes per second
  view.setUint16(32, 1, true);
  view.setUint16(34, 8, true);
  ascii(36, 'data');
  view.setUint32(40, samples, true);
  for (let i = 0; i < samples; i += 1) bytes[44 + i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / rate));
  return bytes;
}

function recordingFile(audio: Omit<AudioInfo, 'byteLength'> | null, voice: Uint8Array | null): Uint8Array {
  const recording: Recording = {
    createdAt: '2026-12-01T18:00:00.000Z',
    durationMs: 4000,
    slides: [{ id: 'titel', section: null, steps: 0 }],
    sections: [],
    start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
    events: [],
    audio: audio && { ...audio, byteLength: 0 },
  };
  return encodeRecording(recording, voice);
}

async function openRecording(page: Page, file: Uint8Array) {
  await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
  await page.locator('.slide-title:visible').first().waitFor();
  await page.getByTestId('replay-file-input').setInputFiles({ name: 'test.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
  await page.getByTestId('replay-bar').waitFor();
}

const voiceMessage = (page: Page) => page.getByTestId('replay-voice');

describe('the player and the voice', () => {
  it('says on screen when a replay has no voice', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await openRecording(page, recordingFile(null, null));
    await expect.poll(() => voiceMessage(page).textContent()).toMatch(/hat keinen Ton/);
    expect(await voiceMessage(page).getAttribute('role')).toBe('status');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says in German when this browser cannot play the voice, and plays the slides anyway', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await openRecording(page, recordingFile({ mimeType: 'audio/x-unbekannt;codecs=xyz', offsetMs: 0, bitsPerSecond: 24000 }, new Uint8Array(64)));
    await expect.poll(() => voiceMessage(page).textContent()).toMatch(/kann die Tonspur dieser Aufzeichnung \(audio\/x-unbekannt\) nicht abspielen.*Chrome, Edge, Firefox oder Safari/);
    expect(await page.getByTestId('replay-audio').count()).toBe(0);
    await page.getByTestId('replay-play').click();
    await expect.poll(async () => Number(await page.getByTestId('replay-bar').getAttribute('data-replay-t'))).toBeGreaterThan(300);
    await context.close();
  });

  it('shows an audio error with „Erneut versuchen“, which loads the voice again', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    // Bytes that claim to be WebM/Opus but are not: the element reports a decode/format error.
    const garbage = new Uint8Array(4000).map((_, i) => (i * 37) % 251);
    await openRecording(page, recordingFile({ mimeType: 'audio/webm;codecs=opus', offsetMs: 0, bitsPerSecond: 24000 }, garbage));
    await page.getByTestId('replay-play').click();
    await expect.poll(() => voiceMessage(page).getAttribute('data-voice')).toBe('error');
    expect(await voiceMessage(page).getAttribute('role')).toBe('alert');
    expect(await voiceMessage(page).textContent()).toMatch(/beschädigt oder in einem Format/);
    const retry = page.getByTestId('replay-voice-action');
    expect(await retry.textContent()).toBe('Erneut versuchen');
    await retry.click();
    // The same broken bytes fail again: the message comes back rather than a silent replay.
    await expect.poll(() => voiceMessage(page).getAttribute('data-voice')).toBe('error');
    await context.close();
  });

  it('shows „Ton starten“ when the browser refuses to start the voice; a click starts it', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    // The first play() is refused as an autoplay policy refuses it; later ones are the browser's own.
    await context.addInitScript(() => {
      const original = HTMLMediaElement.prototype.play;
      let refused = false;
      HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
        if (refused) return original.call(this);
        refused = true;
        return Promise.reject(new DOMException('play() needs a gesture', 'NotAllowedError'));
      };
    });
    const page = await context.newPage();
    await openRecording(page, recordingFile({ mimeType: 'audio/wav', offsetMs: 0, bitsPerSecond: 64000 }, beepWav()));
    await page.getByTestId('replay-play').click();
    await expect.poll(() => voiceMessage(page).getAttribute('data-voice')).toBe('blocked');
    expect(await page.getByTestId('replay-voice-action').textContent()).toBe('Ton starten');
    await page.getByTestId('replay-voice-action').click();
    await expect.poll(() => voiceMessage(page).count()).toBe(0);
    await expect.poll(() => page.getByTestId('replay-audio').evaluate((a: HTMLAudioElement) => !a.paused && a.currentTime > 0)).toBe(true);
    await context.close();
  });
});
