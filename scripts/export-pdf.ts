// PDF handout of the deck: one 16:9 page (the slide's own 1366x768 CSS px) per step of every slide,
// in the light print palette, text and formulas as vector text, tagged, one bookmark per slide.
//
// Usage: npm run export:pdf -- [--out FILE] [--final-only] [--notes] [--ink FILE] [--no-build] [--dir DIR] [--port N]
//
// How: builds the deck into a temporary folder (or takes dist/ with --no-build), serves it on
// 127.0.0.1 and opens its handout view (`?handout=true`), which renders every step of every slide
// from the slide manifest into one print document; Chromium prints it once, so fonts are embedded
// once and all text stays vector text; the PDF is tagged (accessible structure, language "de") and
// pdf-lib adds one bookmark per slide. With --ink, the lecturer's strokes (an ink file exported from
// the deck, README „Tinte“) are handed to the page before it starts and drawn as SVG paths over
// their pages, so they stay vector paths in the PDF. The file appears only when it is complete: it is written
// next to the target and renamed.
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { MAGIC as RECORDING_MAGIC } from '../src/features/recording/format';
import { SLIDE_SIZE as SLIDE } from '../src/theme/slideSize';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import type { OutlineEntry } from './pdf-outline';
import { startServer, type RunningServer } from './serve';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_OUT = 'vom-token-zur-antwort.pdf';
// The slide's design size (SLIDE, src/theme/slideSize.ts) is the page size: 16:9, nothing scaled or cut.
/** Notes are set below the slide, at least this tall (CSS px), taller when the notes need it. */
const NOTES_MIN_HEIGHT = 320;

const USAGE = `Usage: npm run export:pdf -- [options]

Writes a PDF handout of the deck: one 16:9 page per step of every slide.

  --out FILE     where to write the PDF (default: ./${DEFAULT_OUT})
  --final-only   one page per slide, at its last step
  --notes        the speaker notes under each slide (the pages get taller)
  --ink FILE     draw the lecturer's ink from FILE: the JSON file the deck's drawing toolbar saves,
                 or a lecture recording (.vtzrec), whose ink at its end is drawn
  --no-build     use the existing build in dist/ instead of building the deck first
  --dir DIR      use the existing build in DIR (implies --no-build)
  --port N       serve the deck on this port of 127.0.0.1 (default: a free port)
  --help         show this help`;

export class UsageError extends Error {}

export type ExportOptions = {
  help: boolean;
  out: string;
  finalOnly: boolean;
  notes: boolean;
  ink: string | null;
  build: boolean;
  dir: string;
  port: number;
};

/** What the page gets as ink: the ink file's text, or a recording as base64 (see readInkFile). */
export type InkInput = string | { recording: string };

type Log = (line: string) => void;

/** Parses the command line; throws UsageError with a message that names the problem. */
export function parseOptions(argv: readonly string[]): ExportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        'final-only': { type: 'boolean', default: false },
        notes: { type: 'boolean', default: false },
        ink: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        dir: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  const port = parsed.port === undefined ? 0 : Number(parsed.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${parsed.port}".`);
  if (parsed.out !== undefined && parsed.out.trim() === '') throw new UsageError('--out needs a file name.');
  if (parsed.ink !== undefined && parsed.ink.trim() === '') throw new UsageError('--ink needs a file name.');
  return {
    help: parsed.help,
    // `npm run` starts in the package folder; INIT_CWD is where the command was typed.
    out: resolve(process.env.INIT_CWD ?? process.cwd(), parsed.out ?? DEFAULT_OUT),
    finalOnly: parsed['final-only'],
    notes: parsed.notes,
    ink: parsed.ink === undefined ? null : resolve(process.env.INIT_CWD ?? process.cwd(), parsed.ink),
    build: !parsed['no-build'] && parsed.dir === undefined,
    dir: resolve(ROOT, parsed.dir ?? 'dist'),
    port,
  };
}

/**
 * Creates the temporary file next to `out` right away, so an unwritable target fails before any
 * work is done, and the final rename stays on one file system. Returns the temporary path.
 */
function reserveTempFile(out: string): string {
  const reasons: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder',
  };
  if (existsSync(out) && statSync(out).isDirectory()) {
    throw new Error(`Cannot write the PDF to ${out}: it is a folder. Give a file name with --out.`);
  }
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.part`);
  try {
    closeSync(openSync(temp, 'wx'));
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' && existsSync(dirname(out)) ? 'no files can be created in that folder' : reasons[code ?? ''];
    throw new Error(`Cannot write the PDF to ${out}: ${reason ?? message}.`, { cause: error });
  }
  return temp;
}

/**
 * Reads the ink file: its content goes to the page as it is (the handout checks every stroke, the
 * one place that knows the format); here only what the page cannot say is checked: that the file
 * can be read and is JSON. A recording (.vtzrec, known by its first bytes) goes to the page as
 * base64; the page reads its ink with the same functions the player uses (src/features/ink/recordingInk.ts).
 */
export function readInkFile(file: string): InkInput {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    const reasons: Record<string, string> = { ENOENT: 'it does not exist', EISDIR: 'it is a folder', EACCES: 'permission denied' };
    throw new Error(`Cannot read the ink file ${file}: ${reasons[code ?? ''] ?? message}.`, { cause: error });
  }
  if (bytes.subarray(0, RECORDING_MAGIC.length).toString('latin1') === RECORDING_MAGIC) return { recording: bytes.toString('base64') };
  const text = bytes.toString('utf8');
  try {
    JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The ink file ${file} is not JSON (${(error as Error).message}). Save the ink from the deck's drawing toolbar („Tinte als Datei sichern“), or give a recording (.vtzrec).`,
      { cause: error },
    );
  }
  return text;
}

/**
 * Builds the deck for the handout with Vite into `outDir`: the deck's own configuration, without
 * what only the slides and the reading view show (deckConfig's `handoutOnly`, about half the
 * build's time). Vite is loaded only here, when a build is asked for.
 */
async function buildDeck(outDir: string): Promise<void> {
  const [{ build, mergeConfig }, { deckConfig }] = await Promise.all([import('vite'), import('../vite.config')]);
  try {
    await build(
      mergeConfig(deckConfig({ singleFile: false, handoutOnly: true }), {
        configFile: false,
        root: ROOT,
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      }),
    );
  } catch (error) {
    throw new Error(`The build failed (vite build): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The error for a handout that did not render: what the page shows (`shown`, its status line) and
 * the page's uncaught errors. A refused ink file or recording names the file given with --ink.
 */
export function handoutFailure(shown: string, problems: readonly string[], ink: string | null): Error {
  if (ink && /Tinte-Datei|Aufzeichnung ist ungültig/.test(shown)) {
    return new Error(`Cannot use the ink file ${ink}: ${shown.replace(/^Das Handout konnte nicht geladen werden: /, '')}`);
  }
  return new Error(`The handout did not render: ${[shown, ...problems].filter(Boolean).join('; ')}`);
}

type Printed = { bytes: Uint8Array; pages: number; slides: number };

/**
 * Opens the handout view (src/features/handout/Handout.tsx: every page rendered from the slide manifest into one
 * document), waits until it is complete and prints it with one `page.pdf` call. Chromium writes a
 * tagged PDF (an accessible structure tree, language from <html lang="de">) with bookmarks from
 * the headings: each slide's title is a heading on its first page only.
 */
async function exportDeck(
  browser: Browser,
  baseUrl: string,
  { finalOnly, notes, ink, inkText }: ExportOptions & { inkText: InkInput | null },
  log: Log,
): Promise<Printed> {
  const context = await browser.newContext({ viewport: SLIDE, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    if (inkText !== null) {
      // Before any script of the page runs: the handout finds the ink when it starts.
      // The name is declared with the handout's ink (src/features/ink/handoutInk.tsx).
      await page.addInitScript((text) => {
        (window as Window & { __VOM_TOKEN_INK__?: unknown }).__VOM_TOKEN_INK__ = text;
      }, inkText);
    }
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const query = new URLSearchParams({ handout: 'true' });
    if (finalOnly) query.set('finalOnly', 'true');
    if (notes) query.set('notes', 'true');
    await page.goto(`${baseUrl}?${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.handoutReady !== undefined, null, { timeout: 60_000 });
    const ready = await page.evaluate(() => document.documentElement.dataset.handoutReady);
    if (ready !== 'true' || problems.length > 0) {
      const shown = (await page.locator('.handout-status').textContent().catch(() => '')) ?? '';
      throw handoutFailure(shown, problems, ink);
    }
    if (ink) {
      const report = await page.evaluate(() => {
        const main = document.querySelector('.handout');
        return {
          strokes: Number(main?.getAttribute('data-ink-strokes') ?? 0),
          problems: JSON.parse(main?.getAttribute('data-ink-problems') ?? '[]') as string[],
          pages: document.querySelectorAll('.handout-page [data-ink-layer]').length,
        };
      });
      for (const problem of report.problems) log(`  Tinte: ${problem}`);
      log(`  Tinte: ${report.strokes} Striche auf ${report.pages} Seiten${typeof inkText === 'object' ? ' (am Ende der Aufzeichnung)' : ''}`);
    }
    const { pages, bookmarks, notesNeeded } = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('.handout-page')];
      const notesHeights = [...document.querySelectorAll('.handout-notes')].map((e) => e.scrollHeight);
      return {
        pages: sections.length,
        // Each slide's first page carries its title as the heading: that page is its bookmark.
        bookmarks: sections.flatMap((e, pageIndex) => {
          const heading = e.querySelector('h2.slide-title');
          return heading ? [{ title: (heading.textContent ?? '').replace(/\s+/g, ' ').trim(), pageIndex }] : [];
        }),
        notesNeeded: Math.max(0, ...notesHeights),
      };
    });
    log(`  ${pages} Seiten aus ${bookmarks.length} Folien`);
    // A multiple of 4 px is a whole number of points (3 pt): the page size stays exact, no spill-over page.
    const notesHeight = notes ? Math.ceil(Math.max(NOTES_MIN_HEIGHT, notesNeeded) / 4) * 4 : 0;
    const pageHeight = SLIDE.height + notesHeight;
    await page.addStyleTag({
      content: `@page { size: ${SLIDE.width}px ${pageHeight}px; margin: 0; } :root { --handout-page-height: ${pageHeight}px; }`,
    });
    // pdf-lib (half a second to load) is loaded while Chromium prints, not before.
    const pdfTools = Promise.all([import('pdf-lib'), import('./pdf-outline')]);
    const bytes = await page.pdf({
      width: `${SLIDE.width}px`,
      height: `${pageHeight}px`,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      printBackground: true,
      preferCSSPageSize: true,
      tagged: true,
    });
    // Chromium's own outline (`outline: true`) nests every subheading of a slide and drops the space
    // where a title wraps, so the bookmarks come from the manifest's titles instead: one per slide.
    const [{ PDFDocument }, { addOutline }] = await pdfTools;
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    if (pdf.getPageCount() !== pages) {
      throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${pages} steps: a page overflowed.`);
    }
    addOutline(pdf, bookmarks satisfies OutlineEntry[]);
    return { bytes: await pdf.save({ updateFieldAppearances: false }), pages, slides: bookmarks.length };
  } finally {
    await context.close();
  }
}

/**
 * Runs the export; resolves to the summary line printed on success. With `browser`, prints in that
 * browser (the browser tests' one Chromium) instead of launching one, and leaves it open.
 */
export async function main(argv: readonly string[], log: Log = (line) => process.stderr.write(`${line}\n`), { browser }: { browser?: Browser } = {}) {
  const options = parseOptions(argv);
  if (options.help) return USAGE;
  // A broken ink file fails before anything is built.
  const inkText = options.ink ? readInkFile(options.ink) : null;
  const temp = reserveTempFile(options.out);
  let buildDir: string | null = null;
  const removeTemp = () => rmSync(temp, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    removeTemp();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let server: RunningServer | null = null;
  let launching: Promise<Browser> | null = null;
  try {
    // Chromium starts while the deck is built: the build is mostly native threads and the browser
    // another process, so neither waits for the other. (A failed launch is reported where it is awaited.)
    launching = browser ? null : chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
    launching?.catch(() => undefined);
    let dir = options.dir;
    if (options.build) {
      buildDir = mkdtempSync(join(tmpdir(), 'vom-token-export-'));
      log('Baue das Deck (vite build) …');
      await buildDeck(buildDir);
      dir = buildDir;
    }
    server = await startServer({ dir, port: options.port });
    const printer = browser ?? (await launching!);
    log(`Drucke ${options.finalOnly ? 'den letzten Schritt jeder Folie' : 'jeden Schritt jeder Folie'} …`);
    const result = await exportDeck(printer, server.url, { ...options, inkText }, log);
    writeFileSync(temp, result.bytes);
    renameSync(temp, options.out);
    return `PDF geschrieben: ${options.out} (${result.pages} Seiten, ${result.slides} Folien${options.notes ? ', mit Notizen' : ''}${options.ink ? ', mit Tinte' : ''})`;
  } catch (error) {
    removeTemp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await launching?.then((launched) => launched.close()).catch(() => undefined);
    await server?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  }
}

/** How the command line reports a failure: the text for stderr and the exit code (2: a usage error, with the usage). */
export function failureReport(error: unknown): { code: 1 | 2; text: string } {
  if (error instanceof UsageError) return { code: 2, text: `${error.message}\n\n${USAGE}` };
  return { code: 1, text: `Export failed: ${error instanceof Error ? error.message : String(error)}` };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      const { code, text } = failureReport(error);
      console.error(text);
      process.exit(code);
    },
  );
}
