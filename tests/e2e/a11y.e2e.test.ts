import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deckUrl, connectBrowser } from './browser';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
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
      ? [...document.querySelectorAll(selector)].find((e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0)
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
  // Every step of every slide is checked with axe in the shared walk (walk.e2e.test.ts).
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
