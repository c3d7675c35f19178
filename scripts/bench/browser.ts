// What the benchmark measures in Chromium, written once for both decks (see targets.ts):
// cold loads, the first key press, a walk through every step, and the JS heap.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatNumber } from '../../src/format';
import { SLIDE_SIZE } from '../../src/theme/slideSize';
import { IS_SHOWN, shownHeadings, type Target } from './targets';

/** Both decks are measured in a window of the deck's design size. */
export const VIEWPORT = { ...SLIDE_SIZE };

/** The slide manifest's runtime marks every mounted slide body with this attribute. */
const SLIDE_BODY = '[data-slide-body]';

type Probe = { titleVisible: number | null; interactive: number | null; fcp: number | null; lcp: number | null; answeredAt: number | null };

/**
 * Installed before the page's scripts: FCP, LCP, when the title is first painted on screen, when
 * the deck itself is on screen (the deck: the prerendered copy of the title, #prerendered, is gone,
 * so the app answers every key; reveal.js paints its own title, so there it is the title), and
 * (given the headings of the title slide) when another slide's heading is first painted on screen.
 */
function pageProbe(target: Target, titleHeadings: string | null): string {
  return `
  window.__bench = { titleVisible: null, interactive: null, fcp: null, lcp: null, answeredAt: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    window.__bench.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // A frame's DOM is checked in its requestAnimationFrame callback; a message posted from there is
  // handled once that frame has been rendered, so its time is when the state reached the screen.
  const afterPaint = (record) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  let titleSeen = false;
  let interactiveSeen = false;
  let answerSeen = false;
  (function poll() {
    const bench = window.__bench;
    if (!titleSeen && [...document.querySelectorAll(${JSON.stringify(target.title)})].some(${IS_SHOWN})) {
      titleSeen = true;
      afterPaint((time) => (bench.titleVisible = time));
    }
    if (titleSeen && !interactiveSeen && !document.getElementById('prerendered')) {
      interactiveSeen = true;
      afterPaint((time) => (bench.interactive = time));
    }
    const reference = ${JSON.stringify(titleHeadings)};
    if (reference !== null && !answerSeen) {
      const headings = ${shownHeadings(target)};
      if (headings && headings !== reference) {
        answerSeen = true;
        afterPaint((time) => (bench.answeredAt = time));
      }
    }
    if (!titleSeen || !interactiveSeen || (reference !== null && !answerSeen)) requestAnimationFrame(poll);
  })();
`;
}

async function readProbe(page: Page): Promise<Probe> {
  return page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);
}

/** Collects requests that leave 127.0.0.1 (there must be none). */
export function watchExternal(page: Page, into: Set<string>): void {
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') into.add(request.url());
  });
}

export type Load = {
  titleVisible: number;
  fcp: number;
  lcp: number;
  /** Bytes (as sent, gzipped) of the requests started before the first contentful paint. */
  bytes: number;
  jsBytes: number;
  /** When the deck itself is on screen and answers every key (see the probe), and the JavaScript (gzip) requested until then. */
  interactive: number;
  jsBytesInteractive: number;
  requests: number;
  /** Requests started after the first paint (e.g. KaTeX), by file. */
  deferred: string[];
  deferredBytes: number;
  /** `[data-slide-body]` elements once the load has settled; 0 when the deck does not mark them. */
  slideBodies: number;
};

/** `runs` cold loads, each in a fresh context (empty cache), with what was transferred before the first paint. */
export async function coldLoads(browser: Browser, target: Target, runs: number, external: Set<string>): Promise<Load[]> {
  const loads: Load[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(pageProbe(target, null));
    const page = await context.newPage();
    watchExternal(page, external);
    const responses: { name: string; startedAt: number; length: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      pending.push(
        response.allHeaders().then((headers) => {
          responses.push({
            name: new URL(response.url()).pathname.split('/').pop() || 'index.html',
            startedAt: response.request().timing().startTime,
            length: Number(headers['content-length'] ?? 0),
          });
        }),
      );
    });
    await page.goto(target.start, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench: Probe }).__bench.interactive !== null);
    // Let the load settle: what loads after the first paint, and the slides mounted around the first.
    await page.waitForTimeout(1000);
    await Promise.all(pending);
    const probe = await readProbe(page);
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const slideBodies = await page.locator(SLIDE_BODY).count();
    // "Before the first paint": requests started before First Contentful Paint (or the title, if earlier).
    const firstPaintAt = timeOrigin + Math.min(probe.fcp ?? Infinity, probe.titleVisible ?? Infinity);
    const initial = responses.filter((r) => r.startedAt <= firstPaintAt);
    const later = responses.filter((r) => r.startedAt > firstPaintAt);
    const interactiveAt = timeOrigin + (probe.interactive ?? Infinity);
    const isJs = (r: { name: string }) => /\.m?js$/.test(r.name);
    loads.push({
      titleVisible: probe.titleVisible ?? Number.NaN,
      fcp: probe.fcp ?? Number.NaN,
      lcp: probe.lcp ?? Number.NaN,
      bytes: initial.reduce((sum, r) => sum + r.length, 0),
      jsBytes: initial.filter(isJs).reduce((sum, r) => sum + r.length, 0),
      interactive: probe.interactive ?? Number.NaN,
      jsBytesInteractive: responses.filter((r) => isJs(r) && r.startedAt <= interactiveAt).reduce((sum, r) => sum + r.length, 0),
      requests: initial.length,
      deferred: later.map((r) => `${r.name} (${formatNumber(r.length / 1000, 1)} kB)`),
      deferredBytes: later.reduce((sum, r) => sum + r.length, 0),
      slideBodies,
    });
    await context.close();
  }
  return loads;
}

/** The headings on screen once the title slide has settled: what "still the first state" looks like. */
async function titleHeadings(browser: Browser, target: Target): Promise<string> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(target.start, { waitUntil: 'load' });
  await page.locator(target.title).first().waitFor();
  await page.waitForTimeout(500);
  const headings = (await page.evaluate(shownHeadings(target))) as string;
  await context.close();
  return headings;
}

export type FirstKey = { answeredAt: number; presses: number };

/**
 * First key press answered: from the start of the navigation until another slide is on screen,
 * pressing → as soon as the page shows any text and again every 10 ms until it is answered
 * (a key that arrives before the deck listens is lost, as it would be for a person).
 */
export async function firstKeyPresses(browser: Browser, target: Target, runs: number, external: Set<string>): Promise<FirstKey[]> {
  const reference = await titleHeadings(browser, target);
  const results: FirstKey[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(pageProbe(target, reference));
    const page = await context.newPage();
    watchExternal(page, external);
    await page.goto(target.start, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body !== null && document.body.innerText.trim().length > 0, undefined, { polling: 'raf' });
    let presses = 0;
    while (presses < 500 && (await readProbe(page)).answeredAt === null) {
      await page.keyboard.press('ArrowRight');
      presses += 1;
      await page.waitForTimeout(10);
    }
    results.push({ answeredAt: (await readProbe(page)).answeredAt ?? Number.NaN, presses });
    await context.close();
  }
  return results;
}

/** Records, for each key press (or slider input), the time until the next frame after the DOM changed. */
export const FRAME_TIMER = `
  window.__frameTimes = [];
  window.__pressAt = null;
  window.addEventListener('keydown', () => (window.__pressAt = performance.now()), true);
  window.addEventListener('input', () => (window.__pressAt = window.__pressAt ?? performance.now()), true);
  new MutationObserver(() => {
    const start = window.__pressAt;
    if (start === null) return;
    window.__pressAt = null;
    requestAnimationFrame(() => window.__frameTimes.push(performance.now() - start));
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
`;

export async function frameTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __frameTimes: number[] }).__frameTimes.splice(0));
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

export type Walk = {
  /** Key press to next frame, first pass. */
  navigation: number[];
  steps: number;
  heapOnePass: number;
  heapThreePasses: number;
  /** Files first requested on a step of the first pass (lazy chunks, fonts), by the step's URL. */
  lazy: Record<string, string[]>;
  /** For each of `find`'s names: the URL of the first step on which it held, or null. */
  found: Record<string, string | null>;
};

/** In-page expression: is an element matching `selector` on screen (and, if given, containing `text`)? */
export function shownExpression(selector: string, text?: string): string {
  const hasText = text === undefined ? '' : ` && e.textContent.includes(${JSON.stringify(text)})`;
  return `[...document.querySelectorAll(${JSON.stringify(selector)})].some((e) => (${IS_SHOWN})(e)${hasText})`;
}

/**
 * Three passes through every slide and step with →, from Home until the position stops changing;
 * the JS heap after a GC after the first and the third pass. `find` names in-page boolean
 * expressions (see `shownExpression`); the first pass notes where each first holds.
 */
export async function walk(browser: Browser, target: Target, external: Set<string>, find: Record<string, string> = {}): Promise<Walk> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  watchExternal(page, external);
  const seen = new Set<string>();
  const lazy: Record<string, string[]> = {};
  let settled = false;
  page.on('response', async (response) => {
    const name = new URL(response.url()).pathname.split('/').pop() ?? '';
    if (seen.has(name)) return;
    seen.add(name);
    if (!settled || !/\.(m?js|css|json|woff2?)$/.test(name)) return;
    const step = page.url();
    const length = Number((await response.allHeaders())['content-length'] ?? 0);
    (lazy[step] ??= []).push(`${name} (${formatNumber(length / 1000, 1)} kB)`);
  });
  await page.goto(target.start, { waitUntil: 'load' });
  await page.locator(target.title).first().waitFor();
  await page.waitForTimeout(1000);
  settled = true;
  await page.evaluate(FRAME_TIMER);
  const position = () => page.evaluate(target.position) as Promise<string>;
  const found: Record<string, string | null> = Object.fromEntries(Object.keys(find).map((name) => [name, null]));
  const result: Walk = { navigation: [], steps: 0, heapOnePass: Number.NaN, heapThreePasses: Number.NaN, lazy, found };
  for (let pass = 1; pass <= 3; pass += 1) {
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    await frameTimes(page);
    let previous = '';
    let steps = 0;
    for (let current = await position(); steps < 1000 && current !== previous; current = await position()) {
      previous = current;
      if (pass === 1) {
        for (const [name, expression] of Object.entries(find)) if (found[name] === null && (await page.evaluate(expression))) found[name] = page.url();
      }
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(120);
      steps += 1;
      const times = await frameTimes(page);
      if (pass === 1) result.navigation.push(...times);
    }
    if (pass === 1) {
      result.steps = steps;
      result.heapOnePass = await heapAfterGc(context, page);
    }
    if (pass === 3) result.heapThreePasses = await heapAfterGc(context, page);
  }
  await context.close();
  return result;
}
