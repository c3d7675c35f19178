// Benchmark of the deck: `npm run bench [-- --json] [--runs N] [--no-build] [--dir DIR]`.
// Builds the deck, serves it gzipped on 127.0.0.1, drives the Debian Chromium through
// playwright-core and prints every figure with its goal. Timing goals live here, never in tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEFAULT_LEARNING_RATE, DEFAULT_PARAMS, trainWorkedExample } from '../src/model';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';

type Figure = {
  name: string;
  value: number;
  unit: string;
  /** The goal, and whether smaller or larger is better. */
  goal?: { limit: number; better: 'lower' | 'higher' };
  note?: string;
};

const VIEWPORT = { width: 1366, height: 768 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

// The in-page scripts are strings: tsx would wrap named functions in a helper the page lacks.

/** Installed in every page before its scripts: records when the title is first on screen, FCP and LCP. */
const PAGE_PROBE = `
  window.__bench = { titleVisible: null, fcp: null, lcp: null };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.__bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    window.__bench.lcp = entries[entries.length - 1].startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  (function poll() {
    const title = document.querySelector('.slide-title');
    if (title && title.getClientRects().length > 0 && title.textContent) window.__bench.titleVisible = performance.now();
    else requestAnimationFrame(poll);
  })();
`;

/** Measures the time from a key press (or slider input) to the next frame after the DOM changed. */
const FRAME_TIMER = `
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

async function frameTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __frameTimes: number[] }).__frameTimes.splice(0));
}

type Load = {
  titleVisible: number;
  fcp: number;
  lcp: number;
  /** Bytes (as sent, gzipped) of the requests started before the title was on screen. */
  bytes: number;
  jsBytes: number;
  requests: number;
  /** Requests started after the first slide was on screen (e.g. KaTeX), by file. */
  deferred: string[];
  deferredBytes: number;
  external: string[];
};

async function coldLoads(browser: Browser, url: string, runs: number): Promise<Load[]> {
  const loads: Load[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript(PAGE_PROBE);
    const page = await context.newPage();
    const external: string[] = [];
    const responses: { name: string; startedAt: number; length: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (!['data:', 'blob:'].includes(requestUrl.protocol) && requestUrl.hostname !== '127.0.0.1') external.push(request.url());
    });
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
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __bench: { titleVisible: number | null } }).__bench.titleVisible !== null);
    await page.waitForTimeout(500);
    await Promise.all(pending);
    const probe = await page.evaluate(() => {
      const bench = (window as unknown as { __bench: { titleVisible: number; fcp: number; lcp: number } }).__bench;
      return { titleVisible: bench.titleVisible, fcp: bench.fcp, lcp: bench.lcp, timeOrigin: performance.timeOrigin };
    });
    const firstSlideAt = probe.timeOrigin + probe.titleVisible;
    const initial = responses.filter((r) => r.startedAt <= firstSlideAt);
    const later = responses.filter((r) => r.startedAt > firstSlideAt);
    loads.push({
      titleVisible: probe.titleVisible,
      fcp: probe.fcp,
      lcp: probe.lcp,
      bytes: initial.reduce((sum, r) => sum + r.length, 0),
      jsBytes: initial.filter((r) => r.name.endsWith('.js')).reduce((sum, r) => sum + r.length, 0),
      requests: initial.length,
      deferred: later.map((r) => `${r.name} (${(r.length / 1000).toFixed(1)} kB)`),
      deferredBytes: later.reduce((sum, r) => sum + r.length, 0),
      external,
    });
    await context.close();
  }
  return loads;
}

/** Walks every slide and step with the right arrow key; returns the key-to-frame times. */
async function navigationPass(page: Page): Promise<number[]> {
  const times: number[] = [];
  let previous = '';
  for (let guard = 0; guard < 1000 && page.url() !== previous; guard += 1) {
    previous = page.url();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(120);
    times.push(...(await frameTimes(page)));
  }
  return times;
}

async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Index of the slide whose title contains `text` (slides are in DOM order). */
async function slideIndexOf(page: Page, text: string): Promise<number> {
  return page.evaluate(
    (needle) => [...document.querySelectorAll('.slide-frame')].findIndex((e) => (e.getAttribute('data-slide-title') ?? '').includes(needle)),
    text,
  );
}

/** Presses keys on the first slider of a slide and times each press until the new numbers are painted. */
async function sliderTimes(page: Page, base: string, slideTitle: string, presses: number): Promise<number[] | null> {
  await page.goto(`${base}?slideIndex=0&stepIndex=0`);
  await page.locator('.slide-title:visible').first().waitFor();
  const index = await slideIndexOf(page, slideTitle);
  if (index < 0) return null;
  await page.goto(`${base}?slideIndex=${index}&stepIndex=0`);
  const slider = page.locator('.slide-frame:visible input[type=range]').first();
  if ((await slider.count()) === 0) return null;
  await page.evaluate(FRAME_TIMER);
  await slider.focus();
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press(i % 20 < 10 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(100);
  return frameTimes(page);
}


function trainingTime(): { median: number; runs: number[] } {
  const runs: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const start = performance.now();
    trainWorkedExample(DEFAULT_PARAMS, { steps: 1000, learningRate: DEFAULT_LEARNING_RATE });
    runs.push(performance.now() - start);
  }
  return { median: median(runs.slice(2)), runs };
}

function pdfExport(dir: string): { perPage: number; pages: number; seconds: number } | { error: string } {
  const out = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
  const file = join(out, 'deck.pdf');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['scripts/export-pdf.mjs', '--dir', dir, '--out', file], { encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    return { error: (result.stderr || result.stdout).trim().split('\n').pop() ?? 'export failed' };
  }
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
  rmSync(out, { recursive: true, force: true });
  return { perPage: pages ? (seconds * 1000) / pages : Number.NaN, pages, seconds };
}

function verdict(figure: Figure): string {
  if (!figure.goal) return '';
  const { limit, better } = figure.goal;
  const met = better === 'lower' ? figure.value <= limit : figure.value >= limit;
  if (met) return 'erreicht';
  const by = better === 'lower' ? figure.value - limit : limit - figure.value;
  return `verfehlt um ${by.toFixed(1)} ${figure.unit} (${((by / limit) * 100).toFixed(0)} %)`;
}

function printTable(figures: Figure[], machine: string) {
  const rows = figures.map((f) => [
    f.name,
    `${Number.isFinite(f.value) ? f.value.toFixed(f.unit === 'ms' ? 1 : f.unit === 'kB' ? 1 : 0) : '—'} ${f.unit}`,
    f.goal ? `${f.goal.better === 'lower' ? '≤' : '≥'} ${f.goal.limit} ${f.unit}` : '',
    verdict(f) + (f.note ? `${verdict(f) ? '; ' : ''}${f.note}` : ''),
  ]);
  const header = ['Messgröße', 'Wert', 'Ziel', 'Ergebnis'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`Benchmark auf ${machine}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

async function main() {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      'no-build': { type: 'boolean', default: false },
      dir: { type: 'string', default: 'dist' },
      'skip-pdf': { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(5, Number.parseInt(values.runs ?? '5', 10) || 5);
  const dir = values.dir ?? 'dist';
  if (!values['no-build']) {
    const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dir, '--emptyOutDir'], {
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`Build failed:\n${build.stderr}`);
  }
  const machine = `${cpus().length} Kerne (${cpus()[0]?.model.trim() ?? 'unbekannt'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const server = await startServer({ dir, port: 0, gzip: true });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
  const figures: Figure[] = [];
  try {
    // Cold load.
    const loads = await coldLoads(browser, server.url, runs);
    const titleTimes = loads.map((l) => l.titleVisible);
    figures.push(
      { name: 'Kaltstart bis Titel sichtbar (Median)', value: median(titleTimes), unit: 'ms', goal: { limit: 200, better: 'lower' } },
      { name: 'Kaltstart bis Titel sichtbar (Max)', value: Math.max(...titleTimes), unit: 'ms' },
      { name: 'First Contentful Paint (Median)', value: median(loads.map((l) => l.fcp)), unit: 'ms' },
      { name: 'Largest Contentful Paint (Median)', value: median(loads.map((l) => l.lcp)), unit: 'ms' },
      { name: 'JavaScript beim Start (gzip)', value: loads[0].jsBytes / 1000, unit: 'kB', goal: { limit: 150, better: 'lower' } },
      { name: 'Alle Bytes beim Start', value: loads[0].bytes / 1000, unit: 'kB', goal: { limit: 300, better: 'lower' } },
      { name: 'Anfragen beim Start', value: loads[0].requests, unit: '' },
      {
        name: 'Nach dem ersten Bild nachgeladen',
        value: loads[0].deferredBytes / 1000,
        unit: 'kB',
        note: loads[0].deferred.join(', '),
      },
    );

    // Navigation through every slide and step, three passes, with lazy chunks and memory.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    const lazy = new Map<number, string[]>();
    let currentSlide = 0;
    const initialUrls = new Set<string>();
    let loadedInitially = false;
    const external = new Set(loads.flatMap((l) => l.external));
    page.on('request', (request) => {
      const requestUrl = new URL(request.url());
      if (!['data:', 'blob:'].includes(requestUrl.protocol) && requestUrl.hostname !== '127.0.0.1') external.add(request.url());
    });
    page.on('response', async (response) => {
      const name = new URL(response.url()).pathname.split('/').pop() ?? '';
      if (!loadedInitially) {
        initialUrls.add(name);
        return;
      }
      if (initialUrls.has(name) || !/\.(js|css|json|woff2?)$/.test(name)) return;
      initialUrls.add(name);
      const length = Number((await response.allHeaders())['content-length'] ?? 0);
      lazy.set(currentSlide, [...(lazy.get(currentSlide) ?? []), `${name} (${(length / 1000).toFixed(1)} kB)`]);
    });
    page.on('framenavigated', () => {
      currentSlide = Number(new URL(page.url()).searchParams.get('slideIndex') ?? 0);
    });
    await page.goto(`${server.url}?slideIndex=0&stepIndex=0`);
    await page.locator('.slide-title:visible').first().waitFor();
    loadedInitially = true;
    await page.evaluate(FRAME_TIMER);
    const navTimes: number[] = [];
    const heaps: number[] = [];
    for (let pass = 1; pass <= 3; pass += 1) {
      await page.keyboard.press('Home');
      await page.waitForTimeout(200);
      await frameTimes(page);
      const times = await navigationPass(page);
      if (pass === 1) navTimes.push(...times);
      if (pass === 1 || pass === 3) heaps.push(await heapAfterGc(context, page));
    }
    figures.push(
      { name: 'Navigation Taste→Bild (Median)', value: median(navTimes), unit: 'ms' },
      { name: 'Navigation Taste→Bild (p95)', value: percentile(navTimes, 95), unit: 'ms', goal: { limit: 16.7, better: 'lower' } },
      { name: 'JS-Heap nach 1 Durchgang', value: heaps[0] / 1e6, unit: 'MB' },
      {
        name: 'JS-Heap nach 3 Durchgängen / nach 1',
        value: heaps[1] / heaps[0],
        unit: '×',
        goal: { limit: 1.1, better: 'lower' },
      },
      { name: 'Anfragen, die 127.0.0.1 verlassen', value: external.size, unit: '', goal: { limit: 0, better: 'lower' } },
    );
    await context.close();

    // Slider input to painted numbers.
    const sliderContext = await browser.newContext({ viewport: VIEWPORT });
    const sliderPage = await sliderContext.newPage();
    for (const [label, title] of [
      ['Attention', 'Was wäre, wenn'],
      ['Training', 'Gradient Descent'],
    ] as const) {
      const times = await sliderTimes(sliderPage, server.url, title, 60);
      figures.push(
        times && times.length
          ? { name: `Regler ${label} → Zahlen (p95)`, value: percentile(times, 95), unit: 'ms', goal: { limit: 16.7, better: 'lower' } }
          : { name: `Regler ${label} → Zahlen (p95)`, value: Number.NaN, unit: 'ms', note: `keine Folie „${title}“ mit Regler gefunden` },
      );
    }
    await sliderContext.close();

    const training = trainingTime();
    figures.push({ name: '1000 Trainingsschritte in Node (Median)', value: training.median, unit: 'ms', goal: { limit: 20, better: 'lower' } });

    if (!values['skip-pdf']) {
      const pdf = pdfExport(dir);
      figures.push(
        'error' in pdf
          ? { name: 'PDF-Export pro Seite', value: Number.NaN, unit: 'ms', note: pdf.error }
          : { name: 'PDF-Export pro Seite', value: pdf.perPage, unit: 'ms', goal: { limit: 100, better: 'lower' }, note: `${pdf.pages} Seiten in ${pdf.seconds.toFixed(1)} s` },
      );
    }

    if (values.json) {
      const lazyChunks = Object.fromEntries([...lazy.entries()].map(([slide, chunks]) => [`slide ${slide}`, chunks]));
      console.log(JSON.stringify({ machine, runs, figures, lazyChunks, externalRequests: [...external] }, null, 2));
    } else {
      printTable(figures, machine);
      if (lazy.size) {
        console.log('\nNachgeladene Dateien je Folie:');
        for (const [slide, chunks] of lazy) console.log(`  Folie ${slide + 1}: ${chunks.join(', ')}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
