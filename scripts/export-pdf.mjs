// PDF handout of the deck: one 16:9 page (the slide's own 1366x768 CSS px) per step of every slide,
// in the light print palette, text and formulas as vector text, one bookmark per slide.
//
// Usage: npm run export:pdf -- [--out FILE] [--final-only] [--notes] [--no-build] [--dir DIR] [--port N]
//
// How: builds the deck into a temporary folder (or takes dist/ with --no-build), serves it on
// 127.0.0.1, opens it in Chromium at 1366x768 and walks it with the right arrow key, as a listener
// with a clicker would (--final-only: goes straight to each slide's last step; --notes: reads the
// notes from presenter mode in a second tab). Each state of the slide on screen is copied into a list of pages in the same
// document (same styles, fonts and KaTeX), and Chromium prints the list once at the end, so fonts are
// embedded once and all text stays vector text. pdf-lib adds title, language and bookmarks.
// The file appears only when it is complete: it is written next to the target and renamed.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { addOutline } from './pdf-outline.mjs';
import { startServer } from './serve.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DECK_TITLE = 'Vom Token zur Antwort – Wie Large Language Models wirklich funktionieren';
const DEFAULT_OUT = 'vom-token-zur-antwort.pdf';
/** The slide's native size (src/deck/theme.ts) is the page size: 16:9, nothing scaled or cut. */
const SLIDE = { width: 1366, height: 768 };
/** Notes are set below the slide, at least this tall (CSS px), taller when the notes need it. */
const NOTES_MIN_HEIGHT = 320;

const USAGE = `Usage: npm run export:pdf -- [options]

Writes a PDF handout of the deck: one 16:9 page per step of every slide.

  --out FILE     where to write the PDF (default: ./${DEFAULT_OUT})
  --final-only   one page per slide, at its last step
  --notes        the speaker notes under each slide (the pages get taller)
  --no-build     use the existing build in dist/ instead of building the deck first
  --dir DIR      use the existing build in DIR (implies --no-build)
  --port N       serve the deck on this port of 127.0.0.1 (default: a free port)
  --help         show this help`;

class UsageError extends Error {}

/** Parses the command line; throws UsageError with a message that names the problem. */
export function parseOptions(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        out: { type: 'string' },
        'final-only': { type: 'boolean', default: false },
        notes: { type: 'boolean', default: false },
        'no-build': { type: 'boolean', default: false },
        dir: { type: 'string' },
        port: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new UsageError(error.message, { cause: error });
  }
  const port = parsed.port === undefined ? 0 : Number(parsed.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${parsed.port}".`);
  if (parsed.out !== undefined && parsed.out.trim() === '') throw new UsageError('--out needs a file name.');
  return {
    help: parsed.help,
    // `npm run` starts in the package folder; INIT_CWD is where the command was typed.
    out: resolve(process.env.INIT_CWD ?? process.cwd(), parsed.out ?? DEFAULT_OUT),
    finalOnly: parsed['final-only'],
    notes: parsed.notes,
    build: !parsed['no-build'] && parsed.dir === undefined,
    dir: resolve(ROOT, parsed.dir ?? 'dist'),
    port,
  };
}

/**
 * Creates the temporary file next to `out` right away, so an unwritable target fails before any
 * work is done, and the final rename stays on one file system. Returns the temporary path.
 */
function reserveTempFile(out) {
  const reasons = {
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
    const reason =
      error.code === 'ENOENT' && existsSync(dirname(out)) ? 'no files can be created in that folder' : reasons[error.code];
    throw new Error(`Cannot write the PDF to ${out}: ${reason ?? error.message}.`, { cause: error });
  }
  return temp;
}

/** Builds the deck with Vite into `outDir`; the build log is shown only if the build fails. */
function buildDeck(outDir) {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`The build failed (vite build, exit code ${code}):\n${log.trim()}`));
    });
  });
}

/** slideIndex and stepIndex as Spectacle keeps them in the URL. */
function viewOf(page) {
  const params = new URL(page.url()).searchParams;
  return { slideIndex: Number(params.get('slideIndex') ?? 0), stepIndex: Number(params.get('stepIndex') ?? 0) };
}

/**
 * Installed in the page before the deck starts (so it must be self-contained). It copies the slide
 * on screen, at its current step, into `#export-pages`, one `.export-page` per PDF page; the export
 * prints that list once at the end, so the fonts are embedded once for the whole file.
 * The copy is static: canvases become images, form fields keep their current values, and ids get a
 * suffix so that SVG references (gradients, markers) and aria links point into the same copy.
 */
function installPageHelpers() {
  let copies = 0;
  const frames = () => [...document.querySelectorAll('.slide-frame')];
  /** Spectacle's slide element (the direct child of its portal): frame < wrapper < container < slide. */
  const slideElement = (frame) => frame.parentElement.parentElement.parentElement;

  function staticCopy(original) {
    const copy = original.cloneNode(true);
    const suffix = `--export-${(copies += 1)}`;
    const originalCanvases = original.querySelectorAll('canvas');
    copy.querySelectorAll('canvas').forEach((canvas, i) => {
      const image = document.createElement('img');
      try {
        image.src = originalCanvases[i].toDataURL('image/png');
      } catch {
        return;
      }
      image.className = canvas.className;
      image.style.cssText = canvas.style.cssText;
      image.width = canvas.width;
      image.height = canvas.height;
      image.alt = canvas.getAttribute('aria-label') ?? '';
      canvas.replaceWith(image);
    });
    const originalFields = original.querySelectorAll('input, select, textarea');
    copy.querySelectorAll('input, select, textarea').forEach((field, i) => {
      const source = originalFields[i];
      if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
        field.toggleAttribute('checked', source.checked);
      } else if (field instanceof HTMLSelectElement) {
        [...field.options].forEach((option, j) => option.toggleAttribute('selected', source.options[j]?.selected ?? false));
      } else if (field instanceof HTMLTextAreaElement) {
        field.textContent = source.value;
      } else {
        field.setAttribute('value', source.value);
      }
    });
    const ids = new Map();
    copy.querySelectorAll('[id]').forEach((element) => {
      ids.set(element.id, element.id + suffix);
      element.id += suffix;
    });
    if (ids.size > 0) {
      const rename = (value) =>
        value
          .replace(/url\(\s*['"]?#([^'")\s]+)['"]?\s*\)/g, (match, id) => (ids.has(id) ? `url(#${ids.get(id)})` : match))
          .replace(/^#(.+)$/, (match, id) => (ids.has(id) ? `#${ids.get(id)}` : match));
      const renameList = (value) => value.split(/\s+/).map((id) => ids.get(id) ?? id).join(' ');
      for (const element of [copy, ...copy.querySelectorAll('*')]) {
        for (const attribute of [...element.attributes]) {
          const name = attribute.name;
          const value = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for'].includes(name)
            ? renameList(attribute.value)
            : rename(attribute.value);
          if (value !== attribute.value) element.setAttribute(name, value);
        }
      }
    }
    return copy;
  }

  window.__exportPdf = {
    slideCount: () => frames().length,
    /** True when the slide `index` is displayed and has moved fully into the window. */
    isOnScreen(index) {
      const frame = frames()[index];
      if (!frame) return false;
      const r = frame.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.left >= -1 && r.right <= innerWidth + 1 && r.top >= -1 && r.bottom <= innerHeight + 1;
    },
    isBusy: (index) => Boolean(frames()[index]?.querySelector('[aria-busy="true"]')),
    titleOf: (index) => frames()[index]?.querySelector('.slide-title')?.textContent?.trim() ?? '',
    /** Resolves when nothing has changed for a few frames (springs and reveals are done); at most 3 s. */
    stillness() {
      return new Promise((done) => {
        const started = performance.now();
        let lastChange = started;
        const observer = new MutationObserver(() => (lastChange = performance.now()));
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const finiteAnimationRunning = () =>
          document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
        const check = () => {
          const now = performance.now();
          if ((now - lastChange > 120 && !finiteAnimationRunning()) || now - started > 3000) {
            observer.disconnect();
            done();
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
    /** Adds a page with the slide `index` as it is now, with the deck's footer. */
    snapshot(index) {
      let list = document.getElementById('export-pages');
      if (!list) {
        list = document.createElement('div');
        list.id = 'export-pages';
        document.body.append(list);
      }
      const frame = frames()[index];
      const slide = slideElement(frame);
      const page = document.createElement('div');
      page.className = 'export-page';
      page.dataset.slideIndex = String(index);
      page.dataset.title = frame.querySelector('.slide-title')?.textContent?.trim() ?? '';
      const area = document.createElement('div');
      area.className = 'export-slide';
      const slideCopy = staticCopy(slide);
      slideCopy.style.transform = 'none';
      slideCopy.style.display = 'block';
      area.append(slideCopy);
      // The template (footer, "Folie n von N") is drawn once by the portal, next to the slides.
      for (const sibling of slide.parentElement.children) {
        if (!sibling.querySelector('.slide-frame')) area.append(staticCopy(sibling));
      }
      page.append(area);
      list.append(page);
    },
    /** Puts each slide's notes (HTML, by slide index) under each of its pages. */
    addNotes(notesBySlide) {
      for (const page of document.querySelectorAll('#export-pages > .export-page')) {
        const block = document.createElement('div');
        block.className = 'export-notes';
        block.innerHTML = notesBySlide[Number(page.dataset.slideIndex)] ?? '';
        page.append(block);
      }
    },
    /** The pages collected so far: which slide, and its title. */
    pages: () => [...document.querySelectorAll('#export-pages > .export-page')].map((p) => ({ slideIndex: Number(p.dataset.slideIndex), title: p.dataset.title })),
    /** Height (CSS px) the tallest notes block needs at the page width. */
    notesHeight(htmlList) {
      const probe = document.createElement('div');
      probe.className = 'export-notes';
      probe.style.cssText = 'position:fixed;left:-20000px;top:0;visibility:hidden';
      document.body.append(probe);
      let height = 0;
      for (const html of htmlList) {
        probe.innerHTML = html;
        height = Math.max(height, probe.scrollHeight);
      }
      probe.remove();
      return Math.ceil(height);
    },
  };
}

/** Print layout of the collected pages; the deck itself is not printed. Colours come from the print palette. */
const EXPORT_CSS = `
#export-pages { display: none; }
.export-notes { box-sizing: border-box; width: 1366px; padding: 14px 48px 20px; border-top: 2px solid var(--border);
  font-family: 'Source Sans 3', 'DejaVu Sans', sans-serif; font-size: 22px; line-height: 1.4; color: var(--text); background: var(--bg); }
.export-notes p { margin: 0 0 8px; }
.export-notes-heading { margin: 0 0 6px; font-size: 18px; font-weight: 600; letter-spacing: 0.05em; text-transform: uppercase; color: var(--muted); }
@media print {
  body > :not(#export-pages) { display: none !important; }
  #export-pages { display: block !important; }
  .export-page { position: relative; width: 1366px; height: var(--export-page-height); overflow: hidden; break-after: page;
    background: var(--bg); color: var(--text); }
  .export-slide { position: relative; width: 1366px; height: 768px; overflow: hidden; }
}`;

/**
 * Counts the page's requests in flight, e.g. a vocabulary that a slide loads when it is shown.
 * Returns `idle()`, which waits until none is left and says whether it had to wait.
 */
function trackRequests(page) {
  let pending = 0;
  page.on('request', () => (pending += 1));
  page.on('requestfinished', () => (pending -= 1));
  page.on('requestfailed', () => (pending -= 1));
  return async function idle(timeout = 30_000) {
    const waited = pending > 0;
    const until = Date.now() + timeout;
    while (pending > 0 && Date.now() < until) await new Promise((done) => setTimeout(done, 25));
    return waited;
  };
}

/**
 * Waits until the slide in the URL has moved fully into the window and the page is still (springs,
 * reveals and demos have settled; at most a few seconds, so a demo that animates forever cannot stop
 * the export), its downloads have finished and nothing on it says it is still loading
 * (`aria-busy="true"`), with its fonts loaded.
 */
async function settle(page, idle) {
  const { slideIndex } = viewOf(page);
  await page.waitForFunction((index) => window.__exportPdf.isOnScreen(index), slideIndex, { timeout: 10_000 });
  await page.evaluate(() => window.__exportPdf.stillness());
  const downloaded = await idle();
  const busy = await page.evaluate((index) => window.__exportPdf.isBusy(index), slideIndex);
  if (busy) {
    await page
      .waitForFunction((index) => !window.__exportPdf.isBusy(index), slideIndex, { timeout: 30_000 })
      .catch(() => undefined);
  }
  if (downloaded || busy) await page.evaluate(() => window.__exportPdf.stillness());
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Moves the deck to the last step of slide `index` by changing the URL in place, as the browser's
 * back and forward buttons do (Spectacle follows its URL); checks that it arrived.
 */
async function jump(page, index, idle) {
  await page.evaluate((i) => {
    window.history.pushState(null, '', `?slideIndex=${i}&stepIndex=final`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, index);
  // Spectacle writes the number of the step it opened into the URL.
  await page
    .waitForFunction(() => new URL(window.location.href).searchParams.get('stepIndex') !== 'final', null, { timeout: 2000 })
    .catch(() => undefined);
  await settle(page, idle);
  const { slideIndex } = viewOf(page);
  if (slideIndex !== index) throw new Error(`The deck did not move to slide ${index + 1} (it shows slide ${slideIndex + 1}).`);
}

/** Presses a key; true if the deck moved (the URL changed), false at the end of the deck. */
async function press(page, key, idle) {
  const before = page.url();
  await page.keyboard.press(key);
  const moved = await page
    .waitForFunction((url) => window.location.href !== url, before, { timeout: 2000 })
    .then(() => true)
    .catch(() => false);
  await settle(page, idle);
  return moved;
}

/**
 * The speaker notes of every slide, as HTML, read from presenter mode (`[data-testid=speaker-notes]`).
 * The first slide is opened by URL; the others by changing the URL in place (as the browser's back
 * and forward buttons do), which Spectacle follows without reloading the deck: the notes are read
 * once they differ from the previous slide's. Should they not change, the slide is loaded by URL.
 */
async function collectNotes(browser, baseUrl, slideCount) {
  // A context of its own: the presenter view must not steer the deck being printed.
  const context = await browser.newContext({ viewport: SLIDE, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    const query = (index) => `?presenterMode=true&slideIndex=${index}&stepIndex=0`;
    const notesHtml = () => document.querySelector('[data-testid=speaker-notes]')?.innerHTML ?? null;
    const loadByUrl = async (index) => {
      await page.goto(`${baseUrl}${query(index)}`);
      await page.waitForFunction(notesHtml, null, { timeout: 15_000 });
      return page.evaluate(notesHtml);
    };
    const notes = [await loadByUrl(0)];
    for (let index = 1; index < slideCount; index += 1) {
      const previous = notes[index - 1];
      await page.evaluate((search) => {
        window.history.pushState(null, '', search);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, query(index));
      const changed = await page
        .waitForFunction(
          (before) => {
            const html = document.querySelector('[data-testid=speaker-notes]')?.innerHTML;
            return html !== undefined && html !== before;
          },
          previous,
          { timeout: 3000 },
        )
        .then(() => true)
        .catch(() => false);
      notes.push(changed ? await page.evaluate(notesHtml) : await loadByUrl(index));
    }
    return notes;
  } finally {
    await context.close();
  }
}

/**
 * Drives the deck at `baseUrl`: walks it from the first slide with the right arrow key, as a
 * listener with a clicker would, copies every state (or with `finalOnly` the last state of each
 * slide) into a page, prints all pages at once and returns the finished PDF with a summary.
 */
async function exportDeck(browser, baseUrl, { finalOnly, notes: withNotes }, log) {
  const context = await browser.newContext({ viewport: SLIDE, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.addInitScript(installPageHelpers);
    const idle = trackRequests(page);
    page.on('pageerror', (error) => log(`  Warnung: Fehler auf der Seite: ${error.message}`));
    await page.goto(`${baseUrl}?slideIndex=0&stepIndex=0`);
    await page.locator('.slide-title').first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.addStyleTag({ content: EXPORT_CSS });
    const slideCount = await page.evaluate(() => window.__exportPdf.slideCount());

    // The notes come from presenter mode in a second tab, read while this one walks the deck.
    const notesPromise = withNotes ? collectNotes(browser, baseUrl, slideCount) : null;
    notesPromise?.catch(() => undefined);

    await settle(page, idle);
    const logSlide = async (index) =>
      log(`  Folie ${index + 1}/${slideCount}: ${await page.evaluate((i) => window.__exportPdf.titleOf(i), index)}`);
    if (finalOnly) {
      // Straight to each slide's last step, as the browser's back and forward buttons move the deck.
      for (let index = 0; index < slideCount; index += 1) {
        await jump(page, index, idle);
        await logSlide(index);
        await page.evaluate((i) => window.__exportPdf.snapshot(i), index);
      }
    } else {
      // Every step, with the right arrow key, as a listener with a clicker sees the deck.
      let lastLogged = -1;
      for (let guard = 0; ; guard += 1) {
        if (guard > 10_000) throw new Error('The deck did not end after 10000 steps.');
        const { slideIndex } = viewOf(page);
        if (slideIndex !== lastLogged) await logSlide((lastLogged = slideIndex));
        await page.evaluate((i) => window.__exportPdf.snapshot(i), slideIndex);
        if (!(await press(page, 'ArrowRight', idle))) break;
      }
    }

    let notesHeight = 0;
    if (notesPromise) {
      const notesBySlide = (await notesPromise).map(
        (html, i) => `<p class="export-notes-heading">Sprechernotizen · Folie ${i + 1} von ${slideCount}</p>${html}`,
      );
      const needed = await page.evaluate((list) => window.__exportPdf.notesHeight(list), notesBySlide);
      // A multiple of 4 px is a whole number of points (3 pt): the page size stays exact, no spill-over page.
      notesHeight = Math.ceil(Math.max(NOTES_MIN_HEIGHT, needed) / 4) * 4;
      await page.evaluate((list) => window.__exportPdf.addNotes(list), notesBySlide);
    }
    const pageHeight = SLIDE.height + notesHeight;
    // The page size, after print.css's 1366x768 @page (which would centre a taller page's content).
    await page.addStyleTag({
      content: `@page { size: ${SLIDE.width}px ${pageHeight}px; margin: 0; } :root { --export-page-height: ${pageHeight}px; }`,
    });

    const pages = await page.evaluate(() => window.__exportPdf.pages());
    const bytes = await page.pdf({
      width: `${SLIDE.width}px`,
      height: `${pageHeight}px`,
      margin: { top: '0', right: '0', bottom: '0', left: '0' },
      printBackground: true,
      preferCSSPageSize: true,
    });
    const pdf = await PDFDocument.load(bytes);
    if (pdf.getPageCount() !== pages.length) {
      throw new Error(`Chromium printed ${pdf.getPageCount()} pages for ${pages.length} steps: a page overflowed.`);
    }
    const bookmarks = pages
      .map((p, pageIndex) => ({ ...p, pageIndex }))
      .filter((p, i, all) => i === 0 || all[i - 1].slideIndex !== p.slideIndex);

    pdf.setTitle(DECK_TITLE, { showInWindowTitleBar: true });
    pdf.setLanguage('de-DE');
    pdf.setAuthor('Angewandte Mathematik 3 – Anwendung: Large Language Models');
    pdf.setSubject(
      `Handout: ${finalOnly ? 'jede Folie in ihrem letzten Schritt' : 'jeder Schritt jeder Folie auf einer eigenen Seite'}` +
        (withNotes ? ', mit Sprechernotizen' : ''),
    );
    pdf.setKeywords(['Large Language Models', 'Transformer', 'Self-Attention', 'Softmax', 'Backpropagation']);
    pdf.setCreator('npm run export:pdf (Chromium, pdf-lib)');
    pdf.setProducer('pdf-lib');
    pdf.setCreationDate(new Date());
    pdf.setModificationDate(new Date());
    addOutline(pdf, bookmarks);
    return { bytes: await pdf.save(), pages: pages.length, slides: bookmarks.length };
  } finally {
    await context.close();
  }
}

/** Runs the export; resolves to the summary line printed on success. */
export async function main(argv, log = (line) => process.stderr.write(`${line}\n`)) {
  const options = parseOptions(argv);
  if (options.help) return USAGE;
  const executablePath = findChromium();
  const temp = reserveTempFile(options.out);
  let buildDir = null;
  const removeTemp = () => rmSync(temp, { force: true });
  const onSignal = (signal) => {
    removeTemp();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let server = null;
  let browser = null;
  try {
    let dir = options.dir;
    if (options.build) {
      buildDir = mkdtempSync(join(tmpdir(), 'vom-token-export-'));
      log('Baue das Deck (vite build) …');
      await buildDeck(buildDir);
      dir = buildDir;
    }
    server = await startServer({ dir, port: options.port });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    log(`Drucke ${options.finalOnly ? 'den letzten Schritt jeder Folie' : 'jeden Schritt jeder Folie'} …`);
    const result = await exportDeck(browser, server.url, options, log);
    writeFileSync(temp, result.bytes);
    renameSync(temp, options.out);
    return `PDF geschrieben: ${options.out} (${result.pages} Seiten, ${result.slides} Folien${options.notes ? ', mit Notizen' : ''})`;
  } catch (error) {
    removeTemp();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await browser?.close().catch(() => undefined);
    await server?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error) => {
      console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : `Export failed: ${error.message}`);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
