import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckUrl, launchBrowser, openDeck, pressAndSettle, viewOf } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs axe on `selector`'s first element that is on screen (or the whole document). */
async function violations(page: Page, onScreenSelector: string | null): Promise<Violation[]> {
  return (await page.evaluate(async (selector) => {
    type Axe = { run: (context: Element | Document, options: unknown) => Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const root = selector
      ? [...document.querySelectorAll(selector)].find((e) => e.getClientRects().length > 0)
      : document;
    return (await axe.run(root ?? document, { resultTypes: ['violations'] })).violations;
  }, onScreenSelector)) as Violation[];
}

function describeViolation(where: string, violation: Violation): string {
  const nodes = violation.nodes
    .slice(0, 3)
    .map((n) => n.target.join(' '))
    .join(', ');
  return `${where}: ${violation.id} (${violation.impact}) ${violation.help} at ${nodes}`;
}

describe('accessibility (axe-core in Chromium)', () => {
  it('finds no violation on any slide at any step', { timeout: 400_000 }, async () => {
    const { page, context } = await openDeck(browser, 'slideIndex=0&stepIndex=0');
    await page.addScriptTag({ path: axePath });
    const problems: string[] = [];
    let previous = '';
    for (let guard = 0; guard < 500 && page.url() !== previous; guard += 1) {
      previous = page.url();
      const { slideIndex, stepIndex } = viewOf(page);
      // Only the slide on screen: the others are display:none.
      for (const violation of await violations(page, '.slide-frame')) {
        problems.push(describeViolation(`slide ${slideIndex} step ${stepIndex}`, violation));
      }
      await pressAndSettle(page, 'ArrowRight');
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('finds no violation in print mode, where every slide is shown in the light print palette', { timeout: 200_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(deckUrl('printMode=true'));
    await page.locator('.slide-title').first().waitFor();
    await page.waitForFunction(() => document.documentElement.dataset.palette === 'print');
    await page.addScriptTag({ path: axePath });
    const problems = (await violations(page, null)).map((v) => describeViolation('print mode', v));
    await context.close();
    expect(problems).toEqual([]);
  });
});
