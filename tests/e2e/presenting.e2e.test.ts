import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import WhatIfSlide from '../../slides/WhatIfSlide.meta';
import { axeProblems } from './axe';
import { activeSlideTitle, connectBrowser, deckUrl, nextFrames, openDeck, pressAndSettle, settleTransition, viewOf } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const LAST = SLIDES.length - 1;

async function at(page: Page, slideIndex: number, stepIndex = 0) {
  await page.goto(deckUrl(`slideIndex=${slideIndex}&stepIndex=${stepIndex}`));
  await page.locator('.slide-title:visible').first().waitFor();
  await settleTransition(page);
}

describe('keys for the lecture hall', () => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    ({ page, errors } = await openDeck(browser));
  });

  it('PageDown and PageUp (clickers) step forward and back', async () => {
    await at(page, 2);
    await pressAndSettle(page, 'PageDown');
    expect(viewOf(page)).toEqual({ slideIndex: 2, stepIndex: 1 });
    await pressAndSettle(page, 'PageDown');
    expect(viewOf(page)).toEqual({ slideIndex: 3, stepIndex: 0 });
    await pressAndSettle(page, 'PageUp');
    expect(viewOf(page).slideIndex).toBe(2);
  });

  it('Space and Shift+Space step forward and back', async () => {
    await at(page, 1);
    await pressAndSettle(page, 'Space');
    expect(viewOf(page).slideIndex).toBe(2);
    await pressAndSettle(page, 'Shift+Space');
    expect(viewOf(page).slideIndex).toBe(1);
  });

  it('Home and End go to the first and the last slide', async () => {
    await at(page, 4);
    await pressAndSettle(page, 'End');
    expect(viewOf(page).slideIndex).toBe(LAST);
    await pressAndSettle(page, 'Home');
    expect(viewOf(page)).toEqual({ slideIndex: 0, stepIndex: 0 });
  });

  it('G, a number and Enter go to that slide; a number alone works too', async () => {
    await at(page, 0);
    await page.keyboard.press('g');
    await expect.poll(() => page.getByTestId('goto').isVisible()).toBe(true);
    await page.keyboard.type('5');
    await pressAndSettle(page, 'Enter');
    expect(viewOf(page).slideIndex).toBe(4);
    await expect.poll(() => page.getByTestId('goto').count()).toBe(0);
    await page.keyboard.type('1');
    await page.keyboard.type('2');
    await pressAndSettle(page, 'Enter');
    expect(viewOf(page).slideIndex).toBe(Math.min(11, LAST));
    await page.keyboard.type('999');
    await pressAndSettle(page, 'Enter');
    expect(viewOf(page).slideIndex).toBe(LAST);
  });

  it('B and . black the screen out, W whites it out, the same key or Escape brings it back', async () => {
    await at(page, 2);
    for (const [key, color] of [
      ['b', 'rgb(0, 0, 0)'],
      ['.', 'rgb(0, 0, 0)'],
      ['w', 'rgb(255, 255, 255)'],
    ] as const) {
      await page.keyboard.press(key);
      const blackout = page.getByTestId('blackout');
      await blackout.waitFor();
      expect(await blackout.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(color);
      await page.keyboard.press(key);
      await expect.poll(() => blackout.count()).toBe(0);
    }
    await page.keyboard.press('b');
    await page.getByTestId('blackout').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('blackout').count()).toBe(0);
  });

  it('? shows a help overlay that lists the keys, Escape closes it', async () => {
    await page.keyboard.press('?');
    const help = page.getByTestId('help');
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    for (const word of ['Bild ↓', 'Leertaste', 'Pos1', 'Vollbild', 'Schwarzbild', 'Weißbild', 'Übersicht', 'Referentenansicht']) {
      expect(text).toContain(word);
    }
    // Every key in sight without scrolling at 1366×768 and 1024×768, at 20 px or more; on a phone
    // it scrolls up and down, never sideways.
    const layout = () =>
      help.evaluate((root) => {
        const card = root.querySelector('.deck-help-card')!;
        const rows = [...root.querySelectorAll('tr')].map((row) => row.getBoundingClientRect());
        return {
          scrolls: card.scrollHeight > card.clientHeight + 1,
          sideways: card.scrollWidth > card.clientWidth + 1,
          rows: rows.length,
          inSight: rows.every((box) => box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth),
          smallest: Math.min(...[...root.querySelectorAll('th, td')].map((cell) => Number.parseFloat(getComputedStyle(cell).fontSize))),
          columns: new Set([...root.querySelectorAll('.deck-help-group')].map((group) => Math.round(group.getBoundingClientRect().left))).size,
        };
      });
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1024, height: 768 }]) {
      await page.setViewportSize(viewport);
      expect(await layout(), `${viewport.width}×${viewport.height}`).toEqual({ scrolls: false, sideways: false, rows: 17, inSight: true, smallest: 20, columns: 2 });
    }
    expect(await axeProblems(page, '[data-testid="help"]')).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Schließen');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await layout()).toMatchObject({ sideways: false, columns: 1 });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);
  });

  it('F toggles fullscreen', async () => {
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
  });

  it('no key fires while a text field or slider has focus, except Escape', async () => {
    await at(page, 2);
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'probe-field';
      document.body.append(field);
      field.focus();
    });
    for (const key of ['PageDown', 'Space', 'End', 'b', 'g', '5', 'Enter', 'ArrowRight']) await page.keyboard.press(key);
    // The keys reached the field (the last one typed is the 5), and two frames followed.
    await expect.poll(() => page.locator('#probe-field').inputValue()).toBe(' bg5');
    await nextFrames(page);
    expect(viewOf(page)).toEqual({ slideIndex: 2, stepIndex: 0 });
    expect(await page.getByTestId('blackout').count()).toBe(0);
    expect(await page.getByTestId('goto').count()).toBe(0);
    await page.evaluate(() => document.getElementById('probe-field')?.remove());
  });

  it('O opens the overview and P the presenter view', async () => {
    await at(page, 3);
    await Promise.all([page.waitForURL(/overviewMode=true/), page.keyboard.press('o')]);
    expect(new URL(page.url()).searchParams.get('slideIndex')).toBe('3');
    await at(page, 3);
    await Promise.all([page.waitForURL(/presenterMode=true/), page.keyboard.press('p')]);
    await page.getByTestId('presenter-status').first().waitFor();
    expect(await page.getByTestId('presenter-status').first().textContent()).toContain(`Folie 4 von ${SLIDES.length}`);
  });

  it('logs no console error', () => {
    expect(errors).toEqual([]);
  });
});

describe('deep links', () => {
  it('a deep link survives a reload', async () => {
    const { page, context, errors } = await openDeck(browser, 'slideIndex=3&stepIndex=2');
    const title = await activeSlideTitle(page);
    await page.reload();
    await page.locator('.slide-title:visible').first().waitFor();
    await settleTransition(page);
    expect(viewOf(page)).toEqual({ slideIndex: 3, stepIndex: 2 });
    expect(await activeSlideTitle(page)).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    ['slideIndex=999&stepIndex=4', LAST],
    ['slideIndex=-3', 0],
    ['slideIndex=abc&stepIndex=xyz', 0],
    ['slideIndex=NaN', 0],
    ['slideIndex=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 0],
    ['slideIndex=1e9', LAST],
  ])('an invalid link (%s) lands on the nearest valid slide without an error', async (query, expected) => {
    const { page, context, errors } = await openDeck(browser, query);
    expect(viewOf(page).slideIndex).toBe(expected);
    expect((await activeSlideTitle(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('hostile links', () => {
  it('always lands on a valid slide, never with an uncaught error or an injected element', async () => {
    const links = [
      '?slideIndex=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      '?slideIndex=Infinity&stepIndex=-Infinity',
      '?slideIndex=0x10&stepIndex=1e400',
      '?slideIndex=3.7&stepIndex=2.2',
      '?slideIndex=&stepIndex=',
      '?slideIndex=1&slideIndex=2&stepIndex=abc',
      '?presenterMode=maybe&slideIndex=2',
      '?overviewMode=%3Cb%3E&slideIndex=-0',
      `?slideIndex=${'9'.repeat(300)}`,
      '?stepIndex=5',
      '#slideIndex=4',
      '#<img src=x onerror=alert(1)>',
      '?slideIndex=2#%3Cscript%3Ealert(1)%3C/script%3E',
      '?%E0%A4%A=1&slideIndex=1',
      '?slideIndex=%EF%BC%91%EF%BC%92',
      '?slideIndex=null&stepIndex=undefined',
      '?slideIndex=[]&stepIndex={}',
      '?slideIndex=1;DROP TABLE&stepIndex=0',
    ];
    const { page, context, errors } = await openDeck(browser, 'slideIndex=0&stepIndex=0');
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const base = deckUrl().split('?')[0];
    for (const link of links) {
      await page.goto(`${base}${link}`);
      await page.locator('.slide-title:visible').first().waitFor();
      const { slideIndex } = viewOf(page);
      expect(Number.isInteger(slideIndex) && slideIndex >= 0 && slideIndex <= LAST, link).toBe(true);
      expect(await page.locator('img[src="x"]').count(), link).toBe(0);
    }
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('presenter and audience windows', () => {
  it('stay in sync both ways, and a reloaded window resyncs', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const audience = await context.newPage();
    const presenter = await context.newPage();
    await audience.goto(deckUrl('slideIndex=1&stepIndex=0'));
    await audience.locator('.slide-title:visible').first().waitFor();
    await presenter.goto(deckUrl('presenterMode=true&slideIndex=1&stepIndex=0'));
    await presenter.getByTestId('presenter-status').first().waitFor();

    // Presenter -> audience.
    await presenter.bringToFront();
    await pressAndSettle(presenter, 'ArrowRight', 2);
    await expect.poll(() => viewOf(audience).slideIndex).toBe(2);

    // Audience -> presenter, with a clicker key.
    await audience.bringToFront();
    await pressAndSettle(audience, 'PageDown');
    await expect.poll(() => viewOf(audience)).toEqual({ slideIndex: 2, stepIndex: 1 });
    await expect.poll(() => viewOf(presenter)).toEqual({ slideIndex: 2, stepIndex: 1 });
    await audience.keyboard.type('4');
    await pressAndSettle(audience, 'Enter');
    await expect.poll(() => viewOf(presenter).slideIndex).toBe(3);

    // A reloaded audience window comes back to where the presenter is.
    await audience.reload();
    await expect.poll(() => viewOf(audience).slideIndex).toBe(3);

    // Closing the presenter leaves the audience window working on its own.
    await presenter.close();
    await audience.bringToFront();
    await audience.locator('.slide-title:visible').first().waitFor();
    await settleTransition(audience);
    await expect.poll(() => audience.getByTestId('slide-counter').first().textContent()).toContain('Folie 4 von');
    await pressAndSettle(audience, 'PageDown');
    await expect.poll(() => viewOf(audience)).toEqual({ slideIndex: 3, stepIndex: 1 });
    await context.close();
  });
});

describe('live demos across windows', () => {
  it('a slider moved in the presenter window moves on the projector, and a reloaded window gets it back', async () => {
    const slideIndex = SLIDES.indexOf(WhatIfSlide);
    expect(slideIndex).toBeGreaterThan(0);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const audience = await context.newPage();
    const presenter = await context.newPage();
    const query = `slideIndex=${slideIndex}&stepIndex=0`;
    await audience.goto(deckUrl(query));
    await presenter.goto(deckUrl(`presenterMode=true&${query}`));
    const presenterSlider = presenter.locator('.slide-frame:visible input[type=range]').first();
    const audienceSlider = audience.locator('.slide-frame:visible input[type=range]').first();
    await presenterSlider.waitFor();
    await audienceSlider.waitFor();
    const before = await audienceSlider.inputValue();

    await presenter.bringToFront();
    await presenterSlider.focus();
    await presenter.keyboard.press('End');
    const moved = await presenterSlider.inputValue();
    expect(moved).not.toBe(before);
    await expect.poll(() => audienceSlider.inputValue()).toBe(moved);
    // The numbers follow on the projector too: both windows print the same P(Frankreich).
    const text = (page: Page) => page.locator('.slide-frame:visible').first().innerText();
    await expect.poll(async () => (await text(audience)).includes(await presenterSlider.evaluate((e) => e.closest('.param-slider')?.querySelector('output')?.textContent ?? ''))).toBe(true);

    await audience.reload();
    await audience.locator('.slide-frame:visible input[type=range]').first().waitFor();
    await expect.poll(() => audience.locator('.slide-frame:visible input[type=range]').first().inputValue()).toBe(moved);
    await context.close();
  });
});

describe('phones and tablets', () => {
  it('fits the slide into a portrait phone screen (view=slides) and changes slides on a swipe', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    // Without view=slides a phone held upright opens the reading view (tests/e2e/reading.e2e.test.ts).
    await page.goto(deckUrl('view=slides&slideIndex=2&stepIndex=0'));
    const frame = page.locator('.slide-frame:visible').first();
    await frame.waitFor();
    const box = await frame.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(-1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(391);

    // A swipe to the left is "next".
    const cdp = await context.newCDPSession(page);
    const y = 400;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: 330, y }] });
    for (const x of [280, 220, 160, 100]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => viewOf(page)).toEqual({ slideIndex: 2, stepIndex: 1 });
    await context.close();
  });
});
