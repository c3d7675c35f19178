import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INK_STORAGE_KEY } from '../../src/features/ink/persistence';
import { PRINT_PALETTE } from '../../src/theme/palette';
import MotivationSlide from '../../slides/MotivationSlide.meta';
import { SLIDES } from '../../slides';
import { encodeRecording } from '../../src/features/recording/format';
import { inkRecording } from '../features/ink/inkRecording';
import { collectErrors, connectBrowser, deckUrl, settleTransition, viewOf } from './browser';
import { exportHandout } from './handout';

// The lecturer's ink (src/features/ink/): drawn with mouse and touch on the presenter window, seen on
// an audience window of another size, kept per slide and step, through a reload, erased, cleared,
// and printed into the handout as vector paths.
const run = promisify(execFile);
const SLIDE = MotivationSlide;
const SLIDE_INDEX = SLIDES.indexOf(SLIDE);
const DESIGN = { width: 1366, height: 768 };

let browser: Browser;
let context: BrowserContext;
let presenter: Page;
let audience: Page;
let folder: string;
const errors: string[] = [];

/**
 * The ink layer over the slide on screen of the window's main deck (the presenter page has a
 * second deck for the preview: its layer is not the main one). Found by the layer's own data
 * attributes, whichever presenter screen the page shows.
 */
const currentLayer = (page: Page): Locator => page.locator('svg[data-ink-layer][data-ink-active="true"][data-ink-main="true"]');
const strokesOn = (page: Page) => currentLayer(page).locator('path[data-ink-stroke]');

async function openWindow(query: string, viewport: { width: number; height: number }, decks: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const pageErrors = collectErrors(page);
  page.on('close', () => errors.push(...pageErrors));
  await page.goto(deckUrl(query));
  await page.waitForFunction(() => document.getElementById('prerendered') === null);
  await currentLayer(page).waitFor({ state: 'attached' });
  await settleTransition(page, decks);
  return page;
}

/** Client px of a design-px point on the window's current slide. */
async function toClient(page: Page, x: number, y: number) {
  const box = (await currentLayer(page).boundingBox())!;
  return { x: box.x + (x * box.width) / DESIGN.width, y: box.y + (y * box.height) / DESIGN.height };
}

async function drawWithMouse(page: Page, points: [number, number][]) {
  const [first, ...rest] = await Promise.all(points.map(([x, y]) => toClient(page, x, y)));
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const point of rest) await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.mouse.up();
}

async function drawWithTouch(page: Page, points: [number, number][]) {
  const cdp = await context.newCDPSession(page);
  const client = await Promise.all(points.map(([x, y]) => toClient(page, x, y)));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [client[0]] });
  for (const point of client.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** Each stroke on the window's current slide: its id and its bounding box in design px (SVG user units). */
async function strokeBoxes(page: Page) {
  return currentLayer(page).evaluate((svg) =>
    [...svg.querySelectorAll<SVGPathElement>('path[data-ink-stroke]')].map((path) => {
      const box = path.getBBox();
      return { id: path.dataset.inkStroke!, tool: path.dataset.inkTool!, d: path.getAttribute('d')!, x: box.x, y: box.y, width: box.width, height: box.height };
    }),
  );
}

/** Where a stroke is on screen, back in design px through the slide's scale on that window. */
async function strokeOnScreen(page: Page, id: string) {
  return currentLayer(page).evaluate((svg, strokeId) => {
    const layer = svg.getBoundingClientRect();
    const path = svg.querySelector(`path[data-ink-stroke="${strokeId}"]`)!.getBoundingClientRect();
    const scale = layer.width / 1366;
    return { left: (path.left - layer.left) / scale, top: (path.top - layer.top) / scale, right: (path.right - layer.left) / scale, bottom: (path.bottom - layer.top) / scale };
  }, id);
}

async function press(page: Page, key: string, decks: number) {
  await page.keyboard.press(key);
  await settleTransition(page, decks);
}

async function waitForView(page: Page, slideIndex: number, stepIndex: number) {
  await page.waitForFunction(
    ([slide, step]) => {
      const params = new URLSearchParams(window.location.search);
      return Number(params.get('slideIndex') ?? 0) === slide && Number(params.get('stepIndex') ?? 0) === step;
    },
    [slideIndex, stepIndex],
  );
}

const savedStrokes = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"strokes":[]}') as { strokes: { id: string }[] }).strokes.map((s) => s.id), INK_STORAGE_KEY);

beforeAll(async () => {
  browser = await connectBrowser();
  // One browser profile, as two windows of one browser: the BroadcastChannel and the storage are shared.
  context = await browser.newContext({ reducedMotion: 'reduce', hasTouch: true });
  folder = mkdtempSync(join(tmpdir(), 'ink-e2e-'));
  presenter = await openWindow(`presenterMode=true&slideIndex=${SLIDE_INDEX}&stepIndex=0`, { width: 1366, height: 768 }, 2);
  // Another size and aspect ratio: the slide is letterboxed and scaled differently.
  audience = await openWindow(`slideIndex=${SLIDE_INDEX}&stepIndex=0`, { width: 1000, height: 800 }, 1);
});

afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('ink on the slides', () => {
  const mouseStroke: [number, number][] = [
    [300, 300],
    [450, 340],
    [600, 300],
    [700, 360],
  ];

  it('D shows the toolbar; a mouse stroke on the presenter appears on the audience at the same place in slide coordinates', async () => {
    expect(await strokesOn(presenter).count()).toBe(0);
    await presenter.keyboard.press('d');
    const toolbar = presenter.getByTestId('ink-toolbar');
    await toolbar.waitFor();
    expect(await presenter.getByTestId('ink-pen').getAttribute('aria-pressed')).toBe('true');
    expect(await presenter.getByTestId('ink-color-1').getAttribute('aria-label')).toBe('Farbe Gelb (1)');
    // Drawing mode: the layer takes the pointer (and touch), nothing below it is hit.
    expect(await currentLayer(presenter).evaluate((e) => [getComputedStyle(e).pointerEvents, getComputedStyle(e).touchAction])).toEqual(['auto', 'none']);
    const center = await toClient(presenter, 683, 384);
    expect(await presenter.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('svg[data-ink-layer]') !== null, center)).toBe(true);
    // Every button of the toolbar is at least 44x44 px.
    for (const box of await toolbar.locator('button').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()))) {
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }

    await drawWithMouse(presenter, mouseStroke);
    await expect.poll(() => strokesOn(audience).count()).toBe(1);
    await expect.poll(async () => (await strokeBoxes(audience))[0].d).toBe((await strokeBoxes(presenter))[0].d);
    const [onAudience] = await strokeBoxes(audience);
    expect(onAudience.tool).toBe('pen');
    // The path's box in design px: the points drawn (the pen's half width aside).
    expect(onAudience.x).toBeCloseTo(300, -0.5);
    expect(onAudience.x + onAudience.width).toBeCloseTo(700, -0.5);
    expect(onAudience.y).toBeCloseTo(300, -0.5);
    expect(onAudience.y + onAudience.height).toBeCloseTo(360, -0.5);
    // On screen, at both window sizes, the stroke sits at the same place of the slide.
    const there = await strokeOnScreen(audience, onAudience.id);
    const here = await strokeOnScreen(presenter, onAudience.id);
    for (const side of ['left', 'top', 'right', 'bottom'] as const) {
      expect(Math.abs(there[side] - here[side]), side).toBeLessThan(3);
    }
    expect(there.left).toBeGreaterThan(290);
    expect(there.right).toBeLessThan(710);
    expect(viewOf(presenter)).toEqual({ slideIndex: SLIDE_INDEX, stepIndex: 0 });
  });

  it('a touch stroke draws too, in the colour picked with 2, and is no swipe to the next slide', async () => {
    await presenter.keyboard.press('2');
    expect(await presenter.getByTestId('ink-color-2').getAttribute('aria-pressed')).toBe('true');
    // A digit in drawing mode picks a colour; it does not open "Gehe zu Folie".
    expect(await presenter.getByTestId('goto').count()).toBe(0);
    await drawWithTouch(presenter, Array.from({ length: 12 }, (_, i) => [900 - i * 50, 600] as [number, number]));
    await expect.poll(() => strokesOn(audience).count()).toBe(2);
    const touch = (await strokeBoxes(audience))[1];
    expect(touch.y + touch.height / 2).toBeCloseTo(600, -0.5);
    expect(touch.x).toBeCloseTo(350, -0.5);
    expect(await presenter.locator(`path[data-ink-stroke="${touch.id}"]`).first().evaluate((p) => (p as SVGPathElement).style.stroke)).toBe('var(--loss)');
    expect(viewOf(presenter)).toEqual({ slideIndex: SLIDE_INDEX, stepIndex: 0 });
  });

  it('the deck keys keep working while drawing; strokes stay with their slide and step', async () => {
    // Step 1: the strokes of step 0 stay; one more is drawn at step 1.
    await press(presenter, 'PageDown', 2);
    await waitForView(audience, SLIDE_INDEX, 1);
    expect(await currentLayer(presenter).getAttribute('data-ink-step')).toBe('1');
    expect(await strokesOn(presenter).count()).toBe(2);
    await drawWithMouse(presenter, [
      [200, 650],
      [600, 660],
    ]);
    await expect.poll(() => strokesOn(audience).count()).toBe(3);
    // The next slide has none; going back shows all three (its last step), step 0 shows the first two.
    await press(presenter, 'ArrowRight', 2);
    await waitForView(audience, SLIDE_INDEX + 1, 0);
    expect(await strokesOn(presenter).count()).toBe(0);
    expect(await strokesOn(audience).count()).toBe(0);
    await press(presenter, 'ArrowLeft', 2);
    await waitForView(audience, SLIDE_INDEX, 1);
    expect(await strokesOn(presenter).count()).toBe(3);
    await press(presenter, 'PageUp', 2);
    await waitForView(audience, SLIDE_INDEX, 0);
    await settleTransition(audience);
    expect(await strokesOn(presenter).count()).toBe(2);
    expect(await strokesOn(audience).count()).toBe(2);
  });

  it('keys typed into a text field stay in the field', async () => {
    await presenter.evaluate(() => {
      const field = document.createElement('input');
      field.id = 'ink-probe';
      document.body.append(field);
      field.focus();
    });
    await presenter.keyboard.type('dcx1');
    expect(await presenter.inputValue('#ink-probe')).toBe('dcx1');
    expect(await presenter.getByTestId('ink-toolbar').count()).toBe(1);
    expect(await presenter.getByTestId('ink-pen').getAttribute('aria-pressed')).toBe('true');
    expect(await strokesOn(presenter).count()).toBe(2);
    await presenter.evaluate(() => document.getElementById('ink-probe')?.remove());
  });

  it('survives a reload: the browser keeps the ink', async () => {
    await expect.poll(() => savedStrokes(presenter)).toHaveLength(3);
    // The presenter reloads while it is the only window: the ink can only come from the storage.
    // It reloads the address it shows, which follows a move within the history writer's interval.
    await expect.poll(() => viewOf(presenter)).toEqual({ slideIndex: SLIDE_INDEX, stepIndex: 0 });
    await audience.close();
    await presenter.reload();
    await presenter.waitForFunction(() => document.getElementById('prerendered') === null);
    await currentLayer(presenter).waitFor({ state: 'attached' });
    await settleTransition(presenter, 2);
    await expect.poll(() => strokesOn(presenter).count()).toBe(2);
    audience = await openWindow(`slideIndex=${SLIDE_INDEX}&stepIndex=0`, { width: 1920, height: 1080 }, 1);
    await expect.poll(() => strokesOn(audience).count()).toBe(2);
  });

  it('„Tinte als Datei sichern“ downloads the ink as a JSON file in the documented format', async () => {
    await presenter.keyboard.press('d');
    await presenter.getByTestId('ink-toolbar').waitFor();
    const [download] = await Promise.all([presenter.waitForEvent('download'), presenter.getByTestId('ink-save').click()]);
    expect(download.suggestedFilename()).toBe('tinte-vom-token-zur-antwort.json');
    const file = join(folder, 'ink.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; strokes: { slide: string; step: number; points: number[][] }[] };
    expect(saved.format).toBe('vom-token-zur-antwort-ink');
    expect(saved.version).toBe(1);
    expect(saved.strokes.map((s) => [s.slide, s.step])).toEqual([
      [SLIDE.id, 0],
      [SLIDE.id, 0],
      [SLIDE.id, 1],
    ]);
    // Points in design px, simplified: never two within 1 px.
    for (const stroke of saved.strokes) {
      for (let i = 1; i < stroke.points.length; i += 1) {
        const [a, b] = [stroke.points[i - 1], stroke.points[i]];
        expect(Math.hypot(b[0] - a[0], b[1] - a[1])).toBeGreaterThanOrEqual(1);
      }
      expect(stroke.points.every(([x, y]) => x >= 0 && x <= 1366 && y >= 0 && y <= 768)).toBe(true);
    }
    // The toolbar's click kept the focus where it was: Space still steps the deck.
    expect(await presenter.evaluate(() => document.activeElement?.tagName)).not.toBe('BUTTON');
  });

  it('the eraser removes the whole stroke it touches, on both windows', async () => {
    await presenter.keyboard.press('x');
    expect(await presenter.getByTestId('ink-eraser').getAttribute('aria-pressed')).toBe('true');
    const [mouse, touch] = await strokeBoxes(presenter);
    // Across the mouse stroke's middle, nowhere near the touch stroke.
    await drawWithMouse(presenter, [
      [450, 250],
      [455, 400],
    ]);
    await expect.poll(async () => (await strokeBoxes(audience)).map((s) => s.id)).toEqual([touch.id]);
    expect((await strokeBoxes(presenter)).map((s) => s.id)).toEqual([touch.id]);
    expect(mouse.id).not.toBe(touch.id);
  });

  it('a pen draws wider where it presses harder (its pressure is kept with each point)', async () => {
    await presenter.keyboard.press('3');
    expect(await presenter.getByTestId('ink-pen').getAttribute('aria-pressed')).toBe('true');
    const cdp = await context.newCDPSession(presenter);
    const start = await toClient(presenter, 200, 200);
    const step = (await toClient(presenter, 240, 200)).x - start.x;
    const pen = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', i: number, force: number) =>
      cdp.send('Input.dispatchMouseEvent', { type, x: start.x + i * step, y: start.y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, clickCount: 1, pointerType: 'pen', force });
    await pen('mousePressed', 0, 0.1);
    for (let i = 1; i <= 10; i += 1) await pen('mouseMoved', i, 0.1 + i * 0.08);
    await pen('mouseReleased', 10, 0);
    await cdp.detach();
    await expect.poll(() => strokesOn(audience).count()).toBe(2);
    const drawn = (await strokeBoxes(audience)).at(-1)!;
    // A filled outline, not a line of one width: at the light start it is thin, at the hard end wide.
    expect(await audience.locator(`path[data-ink-stroke="${drawn.id}"]`).evaluate((p) => (p as SVGPathElement).style.fill)).toBe('var(--accent)');
    const width = (x: number) =>
      audience.locator(`path[data-ink-stroke="${drawn.id}"]`).evaluate((path, at) => {
        const svg = (path as SVGPathElement).ownerSVGElement!;
        const hits: number[] = [];
        for (let y = 180; y <= 220; y += 0.25) {
          const point = svg.createSVGPoint();
          point.x = at;
          point.y = y;
          if ((path as SVGPathElement).isPointInFill(point)) hits.push(y);
        }
        return hits.length === 0 ? 0 : hits[hits.length - 1] - hits[0];
      }, x);
    const light = await width(240);
    const hard = await width(580);
    expect(light).toBeGreaterThan(0.5);
    expect(hard).toBeGreaterThan(2.5 * light);
  });

  it('C clears the slide on both windows (its later step too); D leaves drawing mode and the layer lets every click through', async () => {
    await presenter.keyboard.press('c');
    await expect.poll(() => strokesOn(audience).count()).toBe(0);
    expect(await strokesOn(presenter).count()).toBe(0);
    await expect.poll(() => savedStrokes(audience)).toEqual([]);
    await presenter.keyboard.press('d');
    await expect.poll(() => presenter.getByTestId('ink-toolbar').count()).toBe(0);
    expect(await currentLayer(presenter).evaluate((e) => [getComputedStyle(e).pointerEvents, getComputedStyle(e).touchAction])).toEqual(['none', 'auto']);
    const center = await toClient(presenter, 683, 384);
    expect(await presenter.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('svg[data-ink-layer]') ?? null, center)).toBeNull();
  });

  it('logs no console error', async () => {
    await audience.close();
    await presenter.close();
    expect(errors).toEqual([]);
  });
});

/**
 * The stroked, round-ended paths of one colour in poppler's SVG of a PDF page: what a pen stroke
 * becomes (its colour within half a percent, as poppler rounds it).
 */
function inkPaths(svg: string, hex: string): { d: string; width: number }[] {
  const want = [1, 3, 5].map((i) => (Number.parseInt(hex.slice(i, i + 2), 16) / 255) * 100);
  return [...svg.matchAll(/<path style="([^"]*)" d="([^"]*)"/g)].flatMap(([, style, d]) => {
    const props = new Map(style.split(';').filter(Boolean).map((entry) => entry.split(':') as [string, string]));
    const stroke = /^rgb\(([\d.]+)%,([\d.]+)%,([\d.]+)%\)$/.exec(props.get('stroke') ?? '');
    if (!stroke || props.get('stroke-linecap') !== 'round') return [];
    const same = stroke.slice(1).every((value, i) => Math.abs(Number(value) - want[i]) < 0.5);
    return same ? [{ d, width: Number(props.get('stroke-width')) }] : [];
  });
}

describe('the handout with ink', () => {
  const exportPdf = (...args: string[]) => exportHandout(browser, ...args);

  it('holds the strokes of the ink file as vector paths on their pages', async () => {
    const out = join(folder, 'ink.pdf');
    const result = await exportPdf('--final-only', '--ink', join(folder, 'ink.json'), '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Tinte: 3 Striche auf 1 Seiten');
    // The slide's page (one page per slide, at its last step: all three strokes) as SVG, by poppler.
    const page = SLIDE_INDEX + 1;
    const svgOf = async (n: number) =>
      (await run('pdftocairo', ['-svg', '-f', String(n), '-l', String(n), out, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    const inked = await svgOf(page);
    // Vector paths drawn with the pen's width and round ends, in the ink's print colours.
    expect(inkPaths(inked, PRINT_PALETTE.target), 'the yellow mouse stroke').toHaveLength(1);
    expect(inkPaths(inked, PRINT_PALETTE.loss), 'the orange touch stroke and the stroke of step 1').toHaveLength(2);
    // The mouse stroke's path runs through the points drawn (the page is scaled to points: 0.75 pt per px).
    const [yellow] = inkPaths(inked, PRINT_PALETTE.target);
    const numbers = [...yellow.d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    expect(Math.min(...numbers.filter((_, i) => i % 2 === 0))).toBeCloseTo(300, -1);
    expect(Math.max(...numbers.filter((_, i) => i % 2 === 0))).toBeCloseTo(700, -1);
    // No picture stands in for the ink.
    expect((inked.match(/<image/g) ?? []).length).toBe(0);
    // The next slide's page has none.
    const other = await svgOf(page + 1);
    expect(inkPaths(other, PRINT_PALETTE.target)).toHaveLength(0);
    expect(inkPaths(other, PRINT_PALETTE.loss)).toHaveLength(0);
    writeFileSync(join(folder, 'page.svg'), inked);
  });

  it('takes the ink at the end of a recording (.vtzrec) given with --ink; a broken recording gets a clear message', async () => {
    const recordingFile = join(folder, 'aufzeichnung.vtzrec');
    const bytes = encodeRecording(inkRecording().recording, null);
    writeFileSync(recordingFile, bytes);
    const out = join(folder, 'recording.pdf');
    const result = await exportPdf('--final-only', '--ink', recordingFile, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    // The stroke from before the recording, the yellow one; the erased one is gone; one on the next slide.
    expect(result.stderr).toContain('Tinte: 3 Striche auf 3 Seiten (am Ende der Aufzeichnung)');
    expect(result.stderr).toMatch(/Tinte: Ein Tinte-Ereignis der Aufzeichnung wurde ausgelassen/);
    const svgOf = async (n: number) => (await run('pdftocairo', ['-svg', '-f', String(n), '-l', String(n), out, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
    const here = await svgOf(SLIDE_INDEX + 1);
    expect(inkPaths(here, PRINT_PALETTE.target)).toHaveLength(1);
    expect(inkPaths(here, PRINT_PALETTE.loss), 'the erased stroke').toHaveLength(0);
    expect(inkPaths(await svgOf(SLIDE_INDEX + 2), PRINT_PALETTE.loss)).toHaveLength(1);

    const cut = join(folder, 'abgeschnitten.vtzrec');
    writeFileSync(cut, bytes.subarray(0, bytes.byteLength - 20));
    const broken = await exportPdf('--final-only', '--ink', cut, '--out', join(folder, 'cut.pdf'));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/Cannot use the ink file .*abgeschnitten\.vtzrec: Die Aufzeichnung ist ungültig: Die Aufzeichnung ist abgeschnitten/);
  });
});
