// Benchmark of the deck against a reveal.js build of the same outline, measured in the same run:
// `npm run bench [-- --json] [--runs N] [--lighthouse-runs N] [--pdf-runs N] [--no-build] [--dir DIR] [--skip-pdf] [--skip-lighthouse] [--only reading|recording|recording-sync|pdf|hall|tinygpt]`.
// `--only recording-sync` opens a 90-minute recording in the built deck and seeks in it.
// `--only reading` measures just the reading view (Lighthouse mobile: performance and accessibility);
// `--only recording` just the size of a simulated lecture recording; `--only pdf` just the PDF rows;
// `--only hall` just the hall's relay under load and faults on loopback (500 simulated phones);
// `--only tinygpt` just the tiny GPT's training rows (Node, the training slide with its frames, the teach slide).
// Builds both decks, serves each gzipped on 127.0.0.1, drives the Debian Chromium through
// playwright-core (and Lighthouse through chrome-launcher) and prints every figure with its goal.
// Timing goals live here, never in tests. The measures themselves are in scripts/bench/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { startServer } from './serve';
import { coldLoads, firstKeyPresses, shownExpression, VIEWPORT, walk, type FirstKey, type Load, type Walk } from './bench/browser';
import { lighthouseMobile, lighthouseReading, type LighthouseResult, type ReadingLighthouseResult } from './bench/lighthouse';
import { pdfFigures } from './bench/pdf';
import { recordingFigures } from './bench/recording';
import { recordingSyncFigures } from './bench/recordingSync';
import { hallFigures } from './bench/hall';
import { formatNumber } from '../src/format';
import { printTable, relativeGoal, type Figure } from './bench/report';
import { sliderTimes } from './bench/sliders';
import { median, percentile } from './bench/stats';
import { deckTarget, revealTarget, type Target } from './bench/targets';
import { RETRAIN_SELECTOR, TRAIN_START_SELECTOR, tinyGptFigures, tinyGptSlideUrls, workedExampleTraining } from './bench/training';

const REVEAL_DIR = 'dist-reveal';
const FRAME_BUDGET = 16.7;

/** The interactive slides whose slider is timed, by a word of their title. */
const SLIDERS = [
  ['Attention', 'Was wäre, wenn'],
  ['Training', 'Gradient Descent'],
] as const;

function build(args: string[]): void {
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Build failed (vite build ${args.join(' ')}):\n${result.stderr}`);
}

function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

type Measured = { loads: Load[]; keys: FirstKey[]; walk: Walk; lighthouse: LighthouseResult | null };

const NA = Number.NaN;

function figures(deck: Measured, reveal: Measured, extra: Figure[]): Figure[] {
  const title = (m: Measured) => median(m.loads.map((l) => l.titleVisible));
  const key = (m: Measured) => median(m.keys.map((k) => k.answeredAt));
  const p95 = (m: Measured) => percentile(m.walk.navigation, 95);
  const heap = (m: Measured) => m.walk.heapThreePasses / m.walk.heapOnePass;
  const bodies = median(deck.loads.map((l) => l.slideBodies));
  const js = (m: Measured) => median(m.loads.map((l) => l.jsBytes)) / 1000;
  const jsInteractive = (m: Measured) => median(m.loads.map((l) => l.jsBytesInteractive)) / 1000;
  const first = deck.loads[0];
  const lighthouse = (m: Measured, pick: (r: LighthouseResult) => number) => (m.lighthouse ? pick(m.lighthouse) : NA);
  const skipped = deck.lighthouse ? undefined : 'übersprungen (--skip-lighthouse)';
  return [
    { name: 'Titel sichtbar, Kaltstart (Median)', value: title(deck), unit: 'ms', reference: title(reveal), goal: relativeGoal(0.9, title(reveal)) },
    { name: 'Titel sichtbar, Kaltstart (Median), reveal.js', value: title(reveal), unit: 'ms' },
    { name: 'Titel sichtbar, Kaltstart (Max)', value: Math.max(...deck.loads.map((l) => l.titleVisible)), unit: 'ms' },
    { name: 'First Contentful Paint (Median)', value: median(deck.loads.map((l) => l.fcp)), unit: 'ms' },
    { name: 'Largest Contentful Paint (Median)', value: median(deck.loads.map((l) => l.lcp)), unit: 'ms' },
    { name: 'Erster Tastendruck beantwortet (Median)', value: key(deck), unit: 'ms', reference: key(reveal), goal: relativeGoal(1, key(reveal)) },
    { name: 'Erster Tastendruck beantwortet (Median), reveal.js', value: key(reveal), unit: 'ms' },
    { name: 'JavaScript vor dem ersten Bild (gzip, Median)', value: js(deck), unit: 'kB', reference: js(reveal), note: 'das erste Bild ist der vorgerenderte Titel' },
    { name: 'JavaScript vor dem ersten Bild (gzip, Median), reveal.js', value: js(reveal), unit: 'kB' },
    {
      name: 'JavaScript bis zur bedienbaren Folie (gzip, Median)',
      value: jsInteractive(deck),
      unit: 'kB',
      reference: jsInteractive(reveal),
      goal: { limit: 120, better: 'lower' },
      note: `bedienbar nach ${formatNumber(median(deck.loads.map((l) => l.interactive)), 0)} ms`,
    },
    { name: 'JavaScript bis zur bedienbaren Folie (gzip, Median), reveal.js', value: jsInteractive(reveal), unit: 'kB' },
    { name: 'Alle Bytes vor dem ersten Bild (erster Kaltstart)', value: first.bytes / 1000, unit: 'kB', goal: { limit: 300, better: 'lower' }, note: `${first.requests} Anfragen` },
    { name: 'Nach dem ersten Bild nachgeladen (erster Kaltstart)', value: first.deferredBytes / 1000, unit: 'kB', note: first.deferred.join(', ') },
    bodies > 0
      ? { name: 'Folienkörper nach dem Laden im DOM', value: bodies, unit: '', goal: { limit: 4, better: 'lower' } }
      : { name: 'Folienkörper nach dem Laden im DOM', value: NA, unit: '', goal: { limit: 4, better: 'lower' }, note: 'n/a — kein [data-slide-body] im DOM' },
    { name: 'Navigation Taste → Bild (Median)', value: median(deck.walk.navigation), unit: 'ms', reference: median(reveal.walk.navigation), note: `${deck.walk.steps} Schritte` },
    { name: 'Navigation Taste → Bild (Median), reveal.js', value: median(reveal.walk.navigation), unit: 'ms' },
    { name: 'Navigation Taste → Bild (p95)', value: p95(deck), unit: 'ms', reference: p95(reveal), goal: { limit: FRAME_BUDGET, better: 'lower' } },
    { name: 'Navigation Taste → Bild (p95), reveal.js', value: p95(reveal), unit: 'ms', note: `${reveal.walk.steps} Schritte` },
    { name: 'JS-Heap nach 1 Durchgang', value: deck.walk.heapOnePass / 1e6, unit: 'MB', reference: reveal.walk.heapOnePass / 1e6 },
    { name: 'JS-Heap nach 3 Durchgängen / nach 1', value: heap(deck), unit: '×', goal: { limit: 1.1, better: 'lower' } },
    { name: 'JS-Heap nach 3 Durchgängen / nach 1, reveal.js', value: heap(reveal), unit: '×' },
    {
      name: 'Lighthouse mobil, Performance (Median)',
      value: lighthouse(deck, (r) => r.score),
      unit: '',
      reference: lighthouse(reveal, (r) => r.score),
      goal: { limit: 95, better: 'higher' },
      note: skipped,
    },
    { name: 'Lighthouse mobil, Performance (Median), reveal.js', value: lighthouse(reveal, (r) => r.score), unit: '', note: skipped },
    {
      name: 'Lighthouse mobil, Total Blocking Time (Median)',
      value: lighthouse(deck, (r) => r.tbt),
      unit: 'ms',
      reference: lighthouse(reveal, (r) => r.tbt),
      goal: { limit: 50, better: 'lower' },
      note: skipped,
    },
    { name: 'Lighthouse mobil, Total Blocking Time (Median), reveal.js', value: lighthouse(reveal, (r) => r.tbt), unit: 'ms', note: skipped },
    ...extra,
  ];
}

/** The reading view's figures: Lighthouse mobile on `?view=read`, as a phone opens it. */
function readingFigures(result: ReadingLighthouseResult | null): Figure[] {
  const note = result ? undefined : 'übersprungen (--skip-lighthouse)';
  return [
    {
      name: 'Lighthouse mobil, Leseansicht: Performance (Median)',
      value: result ? result.score : NA,
      unit: '',
      goal: { limit: 90, better: 'higher' },
      note: note ?? `Total Blocking Time ${formatNumber(result!.tbt, 0)} ms`,
    },
    {
      name: 'Lighthouse mobil, Leseansicht: Barrierefreiheit (Median)',
      value: result ? result.accessibility : NA,
      unit: '',
      goal: { limit: 100, better: 'higher' },
      note: note ?? (result!.failedAudits.length ? `nicht bestanden: ${result!.failedAudits.join('; ')}` : undefined),
    },
  ];
}

/** `--only reading`: builds (unless --no-build), serves and runs just the reading view's Lighthouse. */
async function onlyReading(dir: string, lighthouseRuns: number, json: boolean) {
  const chromePath = findChromium();
  const server = await startServer({ dir, port: 0, gzip: true });
  try {
    const result = await lighthouseReading(`${server.url}?view=read`, chromePath, lighthouseRuns);
    const table = readingFigures(result);
    table.push({ name: 'Anfragen, die 127.0.0.1 verlassen', value: result.external.length, unit: '', goal: { limit: 0, better: 'lower' } });
    if (json) console.log(JSON.stringify({ lighthouseRuns, figures: table, runs: result.runs, failedAudits: result.failedAudits }, null, 2));
    else printTable(table);
  } finally {
    await server.close();
  }
}

async function main() {
  const startedAt = performance.now();
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      'lighthouse-runs': { type: 'string', default: '3' },
      'no-build': { type: 'boolean', default: false },
      dir: { type: 'string', default: 'dist' },
      'skip-pdf': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      only: { type: 'string' },
      'pdf-runs': { type: 'string', default: '1' },
    },
  });
  if (values.only !== undefined && !['reading', 'pdf', 'recording-sync', 'tinygpt'].includes(values.only)) {
    // One part alone (no build, no browser): `--only recording`, the size of a lecture recording;
    // `--only hall`, the relay under load.
    if (values.only !== 'recording' && values.only !== 'hall') {
      throw new Error(`--only: unknown part "${values.only}" (known: reading, recording, recording-sync, pdf, hall, tinygpt)`);
    }
    const table = values.only === 'hall' ? await hallFigures() : await recordingFigures();
    if (values.json) console.log(JSON.stringify({ figures: table }, null, 2));
    else printTable(table);
    return;
  }
  const runs = Math.max(5, Number.parseInt(values.runs ?? '5', 10) || 5);
  const lighthouseRuns = Math.max(1, Number.parseInt(values['lighthouse-runs'] ?? '3', 10) || 3);
  const pdfRuns = Math.max(1, Number.parseInt(values['pdf-runs'] ?? '1', 10) || 1);
  const dir = values.dir ?? 'dist';
  if (!values['no-build']) build(['--outDir', dir, '--emptyOutDir']);
  if (values.only === 'reading') {
    await onlyReading(dir, lighthouseRuns, values.json ?? false);
    return;
  }
  if (values.only === 'tinygpt') {
    const server = await startServer({ dir, port: 0, gzip: true });
    const tinyBrowser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    try {
      const urls = await tinyGptSlideUrls(server.url);
      const table = await tinyGptFigures(tinyBrowser, urls.training, urls.teach);
      if (values.json) console.log(JSON.stringify({ figures: table }, null, 2));
      else printTable(table);
    } finally {
      await tinyBrowser.close();
      await server.close();
    }
    return;
  }
  if (values.only === 'recording-sync') {
    // A 90-minute recording opened and seeked in the built deck.
    const server = await startServer({ dir, port: 0, gzip: true });
    const syncBrowser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--autoplay-policy=no-user-gesture-required'], headless: true });
    try {
      const table = await recordingSyncFigures(syncBrowser, server.url);
      if (values.json) console.log(JSON.stringify({ figures: table }, null, 2));
      else printTable(table);
    } finally {
      await syncBrowser.close();
      await server.close();
    }
    return;
  }
  // The reference is built in every run (it takes a second), unless asked not to and already there.
  if (!values['no-build'] || !existsSync(join(REVEAL_DIR, 'index.html'))) build(['--config', 'bench/reveal/vite.config.ts']);
  if (values.only === 'pdf') {
    // The PDF rows alone: the handout against reveal.js' print, command to file.
    const table = await pdfFigures(dir, REVEAL_DIR, pdfRuns);
    if (values.json) console.log(JSON.stringify({ pdfRuns, figures: table }, null, 2));
    else printTable(table);
    return;
  }

  const chromePath = findChromium();
  const deckServer = await startServer({ dir, port: 0, gzip: true });
  const revealServer = await startServer({ dir: REVEAL_DIR, port: 0, gzip: true });
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS, headless: true });
  const machine = `${cpus().length} Kerne (${cpus()[0]?.model.trim() ?? 'unbekannt'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${browser.version()}`;
  const targets: Record<Target['key'], Target> = { deck: deckTarget(deckServer.url), reveal: revealTarget(revealServer.url) };
  const external = new Set<string>();
  const extra: Figure[] = [];
  let deck: Measured;
  let reveal: Measured;
  try {
    // Cold loads and first key presses alternate between the decks, so that both see the same machine.
    const loads: Record<Target['key'], Load[]> = { deck: [], reveal: [] };
    const keys: Record<Target['key'], FirstKey[]> = { deck: [], reveal: [] };
    for (let run = 0; run < runs; run += 1) {
      for (const target of Object.values(targets)) loads[target.key].push(...(await coldLoads(browser, target, 1, external)));
    }
    for (let run = 0; run < runs; run += 1) {
      for (const target of Object.values(targets)) keys[target.key].push(...(await firstKeyPresses(browser, target, 1, external)));
    }
    const find: Record<string, string> = { training: shownExpression(TRAIN_START_SELECTOR), teach: shownExpression(RETRAIN_SELECTOR) };
    for (const [label, title] of SLIDERS) find[label] = shownExpression('.slide-title', title);
    const deckWalk = await walk(browser, targets.deck, external, find);
    const revealWalk = await walk(browser, targets.reveal, external);

    // Slider input to painted numbers, on the steps the walk found.
    const sliderPage = await browser.newPage({ viewport: VIEWPORT });
    for (const [label, title] of SLIDERS) {
      const url = deckWalk.found[label];
      const times = url ? await sliderTimes(sliderPage, url, 60) : null;
      extra.push(
        times && times.length
          ? { name: `Regler ${label} → Zahlen (p95)`, value: percentile(times, 95), unit: 'ms', goal: { limit: FRAME_BUDGET, better: 'lower' } }
          : { name: `Regler ${label} → Zahlen (p95)`, value: NA, unit: 'ms', note: `n/a — keine Folie „${title}“ mit Regler gefunden` },
      );
    }
    await sliderPage.close();

    // The tiny GPT: Node first, then the browser on its training and teach slides.
    extra.push(...(await tinyGptFigures(browser, deckWalk.found.training, deckWalk.found.teach)));

    // Lighthouse, one fresh Chromium per run, alternating between the decks.
    // The slides with view=slides: a phone-sized window opens the reading view otherwise.
    const lighthouse: Record<Target['key'], LighthouseResult | null> = { deck: null, reveal: null };
    let reading: ReadingLighthouseResult | null = null;
    if (!values['skip-lighthouse']) {
      for (const target of Object.values(targets)) {
        const url = target.key === 'deck' ? `${target.url}?view=slides` : target.url;
        lighthouse[target.key] = await lighthouseMobile(url, chromePath, lighthouseRuns);
      }
      reading = await lighthouseReading(`${targets.deck.url}?view=read`, chromePath, lighthouseRuns);
      for (const result of [...Object.values(lighthouse), reading]) for (const url of result?.external ?? []) external.add(url);
    }
    extra.push(...readingFigures(reading));
    deck = { loads: loads.deck, keys: keys.deck, walk: deckWalk, lighthouse: lighthouse.deck };
    reveal = { loads: loads.reveal, keys: keys.reveal, walk: revealWalk, lighthouse: lighthouse.reveal };

    extra.push(...(await recordingFigures()));
    extra.push(...(await recordingSyncFigures(browser, targets.deck.url)));
    await browser.close();
    extra.push(...(await hallFigures()));
    extra.push({ name: '1000 Trainingsschritte Rechenbeispiel, Node (Median)', value: workedExampleTraining(), unit: 'ms', goal: { limit: 20, better: 'lower' } });
    if (!values['skip-pdf']) extra.push(...(await pdfFigures(dir, REVEAL_DIR, pdfRuns)));
    extra.push({ name: 'Anfragen, die 127.0.0.1 verlassen', value: external.size, unit: '', goal: { limit: 0, better: 'lower' } });
  } finally {
    if (browser.isConnected()) await browser.close();
    await deckServer.close();
    await revealServer.close();
  }

  const table = figures(deck, reveal, extra);
  const seconds = (performance.now() - startedAt) / 1000;
  const versions = { 'reveal.js': installedVersion('reveal.js'), lighthouse: installedVersion('lighthouse') };
  if (values.json) {
    console.log(
      JSON.stringify(
        {
          machine,
          runs,
          lighthouseRuns,
          versions,
          seconds,
          figures: table,
          raw: {
            deck: { loads: deck.loads, firstKey: deck.keys, walkSteps: deck.walk.steps, found: deck.walk.found, lazy: deck.walk.lazy, lighthouse: deck.lighthouse?.runs },
            reveal: { loads: reveal.loads, firstKey: reveal.keys, walkSteps: reveal.walk.steps, lighthouse: reveal.lighthouse?.runs },
          },
          externalRequests: [...external],
        },
        null,
        2,
      ),
    );
  } else {
    console.log(`Benchmark auf ${machine}; ${runs} Kaltstarts je Deck, Lighthouse ${versions.lighthouse} × ${lighthouseRuns}, reveal.js ${versions['reveal.js']}\n`);
    printTable(table);
    const lazy = Object.entries(deck.walk.lazy);
    if (lazy.length) {
      console.log('\nNachgeladene Dateien je Schritt (Deck):');
      for (const [step, files] of lazy) console.log(`  ${new URL(step).search || '/'}: ${files.join(', ')}`);
    }
    if (external.size) console.log(`\nAnfragen nach außen: ${[...external].join(', ')}`);
    console.log(`\nDauer: ${seconds.toFixed(0)} s`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
