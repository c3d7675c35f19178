import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openDeck, pressAndSettle, viewOf } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Runs axe on the slide on screen; with `printPalette`, only colour contrast in the print palette. */
async function violationsOnScreen(page: import('playwright-core').Page, printPalette: boolean): Promise<Violation[]> {
  return (await page.evaluate(async (print) => {
    type Axe = { run: (context: Element | Document, options: unknown) => Promise<{ violations: unknown[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const slide = [...document.querySelectorAll('.slide-frame')].find((e) => e.getClientRects().length > 0);
    const root = document.documentElement;
    const before = root.dataset.palette;
    if (print) root.dataset.palette = 'print';
    try {
      const options = print
        ? { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] }
        : { resultTypes: ['violations'] };
      return (await axe.run(slide ?? document, options)).violations;
    } finally {
      if (before === undefined) delete root.dataset.palette;
      else root.dataset.palette = before;
    }
  }, printPalette)) as Violation[];
}

describe('accessibility (axe-core in Chromium)', () => {
  it('finds no violation on any slide at any step (colour contrast also in the print palette)', { timeout: 400_000 }, async () => {
    const { page, context } = await openDeck(browser, 'slideIndex=0&stepIndex=0');
    await page.addScriptTag({ path: axePath });
    const problems: string[] = [];
    let previous = '';
    for (let guard = 0; guard < 500 && page.url() !== previous; guard += 1) {
      previous = page.url();
      const { slideIndex, stepIndex } = viewOf(page);
      for (const print of [false, true]) {
        for (const violation of await violationsOnScreen(page, print)) {
          const where = violation.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ');
          problems.push(`${print ? 'print' : 'screen'} slide ${slideIndex} step ${stepIndex}: ${violation.id} (${violation.impact}) ${violation.help} at ${where}`);
        }
      }
      await pressAndSettle(page, 'ArrowRight');
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
