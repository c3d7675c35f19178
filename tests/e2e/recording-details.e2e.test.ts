import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeRecording, type Recording } from '../../src/features/recording/format';
import { collectErrors, connectBrowser, deckUrl } from './browser';

// Details WebKit showed: a readable chapter menu, and F where there is no element fullscreen.

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** WCAG contrast ratio of two "rgb(r, g, b)" colours. */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('details every engine shows alike', () => {
  it('draws the chapter menu itself, light text on the dark ground (options too)', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    const recording: Recording = {
      createdAt: '2026-12-01T18:00:00.000Z',
      durationMs: 60_000,
      slides: [
        { id: 'titel', section: null, steps: 0 },
        { id: 'motivation', section: 1, steps: 0 },
      ],
      sections: [{ number: 1, title: 'Motivation' }],
      start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
      events: [{ t: 30_000, kind: 'view', view: { slideIndex: 1, stepIndex: 0 } }],
      audio: null,
    };
    await page.getByTestId('replay-file-input').setInputFiles({ name: 'k.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(encodeRecording(recording, null)) });
    const menu = page.getByTestId('replay-chapters');
    await menu.waitFor();
    const style = await menu.evaluate((select) => {
      const own = getComputedStyle(select);
      const option = getComputedStyle(select.querySelector('option')!);
      return { appearance: own.appearance, color: own.color, background: own.backgroundColor, optionColor: option.color, optionBackground: option.backgroundColor, scheme: own.colorScheme };
    });
    expect(style.appearance).toBe('none');
    expect(style.scheme).toBe('dark');
    expect(contrast(style.color, style.background)).toBeGreaterThan(7);
    expect(contrast(style.optionColor, style.optionBackground)).toBeGreaterThan(7);
    await context.close();
  });

  it('F without element fullscreen (as on an iPhone) says so in German instead of doing nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false, configurable: true });
      Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(deckUrl('view=slides&slideIndex=0&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    await page.keyboard.press('f');
    await expect.poll(() => page.getByTestId('fullscreen-note').textContent()).toMatch(/Vollbild gibt es in diesem Browser nicht/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
