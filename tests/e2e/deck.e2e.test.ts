import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import { connectBrowser, openDeck, pressAndSettle, viewOf } from './browser';

// The walk through every slide and step is tests/e2e/walk.e2e.test.ts.
let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('presenter mode', () => {
  it('shows German speaker notes on every slide', async () => {
    const slideCount = SLIDES.length;
    const { context, page: presenter, errors: presenterErrors } = await openDeck(browser, 'presenterMode=true');
    for (let index = 0; index < slideCount; index += 1) {
      // Go to the slide with the deck's own keys (G, number, Enter): no reload per slide. The deck opens on the first.
      if (index > 0) {
        await presenter.keyboard.press('g');
        await presenter.keyboard.type(String(index + 1));
        await pressAndSettle(presenter, 'Enter', 2);
      }
      expect(viewOf(presenter).slideIndex).toBe(index);
      const notes = presenter.locator('[data-testid=speaker-notes]:visible').first();
      await notes.waitFor();
      const text = (await notes.textContent()) ?? '';
      const sentences = text.split(/[.!?](\s|$)/).filter((s) => s.trim().length > 10);
      expect(sentences.length, `notes on slide ${index}`).toBeGreaterThanOrEqual(2);
    }
    expect(presenterErrors).toEqual([]);
    await context.close();
  });
});
