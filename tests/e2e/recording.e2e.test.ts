import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLIDES } from '../../slides';
import WhatIfSlide from '../../slides/WhatIfSlide.meta';
import MotivationSlide from '../../slides/MotivationSlide.meta';
import { INK_STORAGE_KEY } from '../../src/features/ink/persistence';
import type { InkEvent } from '../../src/features/ink/model';
import { decodeRecording, type Recording } from '../../src/features/recording/format';
import { stateAt } from '../../src/features/recording/timeline';
import { collectErrors, connectBrowser, deckUrl, pressAndSettle, settleTransition, viewOf } from './browser';
import { axeProblems } from './axe';

// The run's Chromium has a fake microphone (a beep, FAKE_MICROPHONE_ARGS); every context here may use it.
const MICROPHONE = { permissions: ['microphone'] };

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WHAT_IF = SLIDES.indexOf(WhatIfSlide);

async function presenter(context: BrowserContext, query: string) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(deckUrl(`presenterMode=true&${query}`));
  await page.getByTestId('presenter-view').waitFor();
  await page.locator('.presenter-current .slide-title:visible').first().waitFor();
  await page.waitForFunction(() => document.getElementById('prerendered') === null);
  await settleTransition(page, 2);
  return { page, errors };
}

async function saveDownload(page: Page, action: () => Promise<unknown>): Promise<Uint8Array> {
  const [download] = await Promise.all([page.waitForEvent('download'), action()]);
  // Streamed over the connection: the shared browser's download folder is not this process's.
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

const slider = (page: Page) => page.locator('.slide-frame:visible input[type=range]').first();

describe('recording a session in the presenter view', () => {
  let context: BrowserContext;
  let file: Uint8Array;
  let recording: Recording;
  let sliderBefore: string;
  let sliderMoved: string;
  const errors: string[] = [];

  beforeAll(async () => {
    context = await browser.newContext({ ...MICROPHONE, viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    await context?.close();
  });

  it('records key presses, a slider move and a blackout into one file with the voice', async () => {
    const { page, errors: pageErrors } = await presenter(context, 'slideIndex=2&stepIndex=0');
    await page.keyboard.press('r');
    await expect.poll(() => page.getByTestId('recorder').getAttribute('data-recording')).toBe('true');
    await pressAndSettle(page, 'PageDown', 2); // 2/1
    await pressAndSettle(page, 'PageDown', 2); // 3/0
    await page.keyboard.type(String(WHAT_IF + 1));
    await pressAndSettle(page, 'Enter', 2);
    expect(viewOf(page).slideIndex).toBe(WHAT_IF);
    sliderBefore = await slider(page).inputValue();
    await slider(page).focus();
    await page.keyboard.press('End');
    sliderMoved = await slider(page).inputValue();
    expect(sliderMoved).not.toBe(sliderBefore);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('b');
    await page.getByTestId('presenter-blackout').waitFor();
    await page.keyboard.press('b');
    await expect.poll(() => page.getByTestId('presenter-blackout').count()).toBe(0);
    await pressAndSettle(page, 'PageUp', 2);
    file = await saveDownload(page, () => page.keyboard.press('r'));
    await expect.poll(() => page.getByTestId('record-message').textContent()).toContain('Gespeichert');
    errors.push(...pageErrors);
    recording = decodeRecording(file).recording;
    await page.close();
    const kinds = recording.events.map((e) => e.kind);
    const views = recording.events.flatMap((e) => (e.kind === 'view' ? [`${e.view.slideIndex}/${e.view.stepIndex}`] : []));
    expect(views).toEqual(['2/1', '3/0', `${WHAT_IF}/0`, `${WHAT_IF - 1}/${SLIDES[WHAT_IF - 1].steps}`]);
    expect(recording.start.view).toEqual({ slideIndex: 2, stepIndex: 0 });
    expect(kinds.filter((k) => k === 'state').length).toBeGreaterThan(0);
    expect(recording.events.filter((e) => e.kind === 'blackout').map((e) => (e.kind === 'blackout' ? e.blackout : ''))).toEqual(['black', null]);
    const times = recording.events.map((e) => e.t);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(recording.audio?.mimeType).toMatch(/^audio\/webm/);
    const { audio } = decodeRecording(file);
    expect(audio!.byteLength).toBeGreaterThan(100);
    // WebM (EBML) magic.
    expect([...audio!.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    // The recorder's low bitrate holds (Chromium's default would be several times larger): at most
    // 24 kbit/s plus a generous 50 % and 4 kB of WebM headers over the recording's length.
    const seconds = (recording.durationMs - recording.audio!.offsetMs) / 1000;
    expect(recording.audio!.bitsPerSecond).toBe(24_000);
    expect(audio!.byteLength).toBeLessThanOrEqual(4000 + seconds * 3000 * 1.5);
    expect(recording.slides.map((s) => s.id)).toEqual(SLIDES.map((s) => s.id));
  });

  it('replays: at each recorded time the deck shows the recorded slide, step, slider value and blackout, seeking either way', async () => {
    const page = await context.newPage();
    const replayErrors = collectErrors(page);
    await page.goto(deckUrl('slideIndex=0&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    await page.getByTestId('replay-file-input').setInputFiles({ name: 'vorlesung.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    await page.getByTestId('replay-bar').waitFor();
    expect(await page.getByTestId('replay-audio').count()).toBe(1);
    const chapters = await page.getByTestId('replay-chapters').locator('option').allTextContents();
    expect(chapters[0]).toContain('1. Motivation');
    expect(await axeProblems(page, '[data-testid="replay-bar"]')).toEqual([]);

    const seekTo = (t: number) =>
      page.getByTestId('replay-seek').evaluate((input: HTMLInputElement, value) => {
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        setter.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, t);
    // Every event's time, a moment after it, and the start: forwards, then backwards, then jumping.
    const times = [0, ...recording.events.flatMap((e) => [e.t, e.t + 1])];
    const order = [...times, ...[...times].reverse(), ...times.filter((_, i) => i % 3 === 0), ...times.filter((_, i) => i % 2 === 1).reverse()];
    for (const t of order) {
      await seekTo(t);
      const expected = stateAt(recording, t);
      await expect.poll(() => viewOf(page), { timeout: 5000 }).toEqual(expected.view);
      await expect.poll(() => page.getByTestId('blackout').count()).toBe(expected.blackout ? 1 : 0);
      if (expected.view.slideIndex === WHAT_IF) {
        await settleTransition(page);
        const moved = recording.events.some((e) => e.kind === 'state' && e.t <= t);
        await expect.poll(() => slider(page).inputValue()).toBe(moved ? sliderMoved : sliderBefore);
      }
    }
    // A student pauses, moves the slider, and resumes where the lecturer was.
    const onWhatIf = recording.events.find((e) => e.kind === 'view' && e.view.slideIndex === WHAT_IF)!.t;
    await seekTo(onWhatIf);
    await expect.poll(() => viewOf(page).slideIndex).toBe(WHAT_IF);
    await settleTransition(page);
    await slider(page).focus();
    await page.keyboard.press('Home');
    const own = await slider(page).inputValue();
    expect(own).not.toBe(sliderBefore);
    await page.getByTestId('replay-play').click();
    await expect.poll(() => slider(page).inputValue()).toBe(sliderBefore);
    // Space or K plays and pauses while the player has the focus.
    await page.getByTestId('replay-seek').focus();
    await page.keyboard.press('k');
    await expect.poll(() => page.getByTestId('replay-bar').getAttribute('data-playing')).toBe('false');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('replay-bar').getAttribute('data-playing')).toBe('true');
    await page.keyboard.press('k');
    await expect.poll(() => page.getByTestId('replay-bar').getAttribute('data-playing')).toBe('false');
    expect(replayErrors).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays from ?replay=<URL> beside the deck, and never moves another window', async () => {
    const page = await context.newPage();
    const audience = await context.newPage();
    const lecturer = await context.newPage();
    await page.route('**/aufzeichnung.vtzrec', (route) => route.fulfill({ status: 200, body: Buffer.from(file), contentType: 'application/octet-stream' }));
    await lecturer.goto(deckUrl('presenterMode=true&slideIndex=0&stepIndex=0'));
    await lecturer.getByTestId('presenter-view').waitFor();
    await audience.goto(deckUrl('slideIndex=0&stepIndex=0'));
    await audience.locator('.slide-title:visible').first().waitFor();
    await page.goto(`${deckUrl('replay=aufzeichnung.vtzrec')}`);
    await page.getByTestId('replay-bar').waitFor();
    await page.getByTestId('replay-seek').focus();
    await page.keyboard.press('End'); // the end of the recording: the slide before the what-if slide
    await expect.poll(() => viewOf(page).slideIndex).toBe(WHAT_IF - 1);
    // The lecturer moves on: the audience follows to slide 2, nobody went to the replay's slide.
    await lecturer.bringToFront();
    await pressAndSettle(lecturer, 'PageDown', 2);
    await expect.poll(() => viewOf(audience).slideIndex).toBe(1);
    expect(viewOf(lecturer).slideIndex).toBe(1);
    expect(viewOf(page).slideIndex).toBe(WHAT_IF - 1);
    await Promise.all([page.close(), audience.close(), lecturer.close()]);
  });
});

/** The ink layer over the slide on screen of the window's main deck (as in ink.e2e.test.ts). */
const inkLayer = (page: Page) => page.locator('svg[data-ink-layer][data-ink-active="true"][data-ink-main="true"]');
const inkPaths = (page: Page) =>
  inkLayer(page).evaluate((svg) => [...svg.querySelectorAll('path[data-ink-stroke]')].map((path) => ({ id: path.getAttribute('data-ink-stroke')!, d: path.getAttribute('d')! })));
const savedInk = (page: Page) =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{"strokes":[]}') as { strokes: { id: string }[] }).strokes.map((s) => s.id), INK_STORAGE_KEY);

/** Draws with the mouse through design-px points of the window's current slide. */
async function drawInk(page: Page, points: [number, number][]) {
  const box = (await inkLayer(page).boundingBox())!;
  const client = points.map(([x, y]) => ({ x: box.x + (x * box.width) / 1366, y: box.y + (y * box.height) / 768 }));
  await page.mouse.move(client[0].x, client[0].y);
  await page.mouse.down();
  for (const point of client.slice(1)) await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.mouse.up();
}

describe('a recording with ink', () => {
  const SLIDE = SLIDES.indexOf(MotivationSlide);

  it('replays each stroke from the time it was drawn, at its place, seeking either way; the replayed ink is neither sent nor saved', async () => {
    // The lecturer draws on one slide, moves on, draws on the next, while recording.
    const lecture = await browser.newContext({ ...MICROPHONE, viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const { page: lecturer, errors: lecturerErrors } = await presenter(lecture, `slideIndex=${SLIDE}&stepIndex=0`);
    await lecturer.keyboard.press('r');
    await expect.poll(() => lecturer.getByTestId('recorder').getAttribute('data-recording')).toBe('true');
    await lecturer.keyboard.press('d');
    await lecturer.getByTestId('ink-toolbar').waitFor();
    await drawInk(lecturer, [[300, 300], [450, 340], [600, 300], [700, 360]]);
    await expect.poll(async () => (await inkPaths(lecturer)).length).toBe(1);
    const [first] = await inkPaths(lecturer);
    for (let step = 0; step <= MotivationSlide.steps; step += 1) await pressAndSettle(lecturer, 'ArrowRight', 2);
    expect(viewOf(lecturer)).toEqual({ slideIndex: SLIDE + 1, stepIndex: 0 });
    await drawInk(lecturer, [[200, 600], [500, 650], [900, 620]]);
    await expect.poll(async () => (await inkPaths(lecturer)).length).toBe(1);
    const [second] = await inkPaths(lecturer);
    await lecturer.keyboard.press('d');
    const file = await saveDownload(lecturer, () => lecturer.keyboard.press('r'));
    const { recording } = decodeRecording(file);
    await lecture.close();
    expect(lecturerErrors).toEqual([]);
    // The file holds both strokes as they were drawn: a begin, then batches of points.
    const ink = recording.events.flatMap((e) => (e.kind === 'track' && e.track === 'ink' ? [{ t: e.t, event: e.event as InkEvent }] : []));
    const idOf = (event: InkEvent) => (event.type === 'begin' ? event.stroke.id : event.type === 'extend' ? event.id : null);
    const timesOf = (id: string) => ink.filter((e) => idOf(e.event) === id).map((e) => e.t);
    expect(ink.filter((e) => e.event.type === 'begin').map((e) => idOf(e.event))).toEqual([first.id, second.id]);
    expect(timesOf(first.id).length).toBeGreaterThan(1);
    const [firstBegins, firstEnds] = [timesOf(first.id)[0], timesOf(first.id).at(-1)!];
    const secondEnds = timesOf(second.id).at(-1)!;
    expect(firstBegins).toBeGreaterThan(0);

    // A student at home (another browser profile) with ink of their own, and a second window of theirs.
    const home = await browser.newContext({ ...MICROPHONE, viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
    const page = await home.newPage();
    const errors = collectErrors(page);
    await page.goto(deckUrl('slideIndex=0&stepIndex=0'));
    await inkLayer(page).waitFor({ state: 'attached' });
    await settleTransition(page);
    await page.keyboard.press('d');
    await drawInk(page, [[100, 100], [300, 120]]);
    await page.keyboard.press('d');
    const [own] = await inkPaths(page);
    await expect.poll(() => savedInk(page)).toEqual([own.id]);
    const other = await home.newPage();
    await other.goto(deckUrl(`slideIndex=${SLIDE}&stepIndex=0`));
    await inkLayer(other).waitFor({ state: 'attached' });

    await page.getByTestId('replay-file-input').setInputFiles({ name: 'vorlesung.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    await page.getByTestId('replay-bar').waitFor();
    const seekTo = async (t: number, slideIndex: number) => {
      await page.getByTestId('replay-seek').evaluate((input: HTMLInputElement, value) => {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(value));
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, t);
      await expect.poll(() => page.getByTestId('replay-bar').getAttribute('data-replay-t')).toBe(String(t));
      await expect.poll(() => viewOf(page).slideIndex).toBe(slideIndex);
      await settleTransition(page);
    };
    // Before the first stroke: none. After it: the stroke, with the path the lecturer's window drew.
    await seekTo(firstBegins - 1, SLIDE);
    expect(await inkPaths(page)).toEqual([]);
    await seekTo(firstEnds, SLIDE);
    await expect.poll(() => inkPaths(page)).toEqual([first]);
    await seekTo(secondEnds, SLIDE + 1);
    await expect.poll(() => inkPaths(page)).toEqual([second]);
    // Back before the first stroke: gone again; forwards: there again.
    await seekTo(firstBegins - 1, SLIDE);
    await expect.poll(() => inkPaths(page)).toEqual([]);
    await seekTo(firstEnds, SLIDE);
    await expect.poll(() => inkPaths(page)).toEqual([first]);
    const box = await inkLayer(page).evaluate((svg, id) => {
      const { x, width } = (svg.querySelector(`path[data-ink-stroke="${id}"]`) as SVGPathElement).getBBox();
      return { x, width };
    }, first.id);
    expect(box.x).toBeCloseTo(300, -0.5);
    expect(box.x + box.width).toBeCloseTo(700, -0.5);

    // Nothing of it went to the student's other window; what that window draws meanwhile is saved
    // with the own ink, without the replayed stroke.
    expect(await inkPaths(other)).toEqual([]);
    await other.bringToFront();
    await other.keyboard.press('d');
    await drawInk(other, [[400, 500], [600, 520]]);
    await other.keyboard.press('d');
    const [theirs] = await inkPaths(other);
    await expect.poll(() => savedInk(page)).toEqual([own.id, theirs.id]);
    expect(await inkPaths(page)).toEqual([first]);
    // Closing the player shows the window's own ink again.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Wiedergabe schließen' }).click();
    await expect.poll(async () => (await inkPaths(page)).map((p) => p.id)).toEqual([theirs.id]);
    // A reload without the replay shows the window's own ink only (from storage and from the other window).
    await page.goto(deckUrl(`slideIndex=0&stepIndex=0`));
    await inkLayer(page).waitFor({ state: 'attached' });
    await expect.poll(async () => (await inkPaths(page)).map((p) => p.id)).toEqual([own.id]);
    await page.keyboard.type(String(SLIDE + 1));
    await pressAndSettle(page, 'Enter');
    expect(viewOf(page).slideIndex).toBe(SLIDE);
    expect((await inkPaths(page)).map((p) => p.id)).toEqual([theirs.id]);
    expect(await savedInk(other)).toEqual([own.id, theirs.id]);
    expect(errors).toEqual([]);
    await home.close();
  });
});

describe('a broken or foreign recording', () => {
  it('gets a clear German message, never a crash', async () => {
    const context = await browser.newContext({ ...MICROPHONE, viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    // A phone held upright opens the reading view by itself; the player lives in the slide view.
    await page.goto(deckUrl('view=slides&slideIndex=1&stepIndex=0'));
    await page.locator('.slide-title:visible').first().waitFor();
    // „Aufzeichnung öffnen …“ in the help overlay opens the file picker.
    await page.keyboard.press('?');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-recording').click()]);
    await chooser.setFiles({ name: 'fremd.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from('{"format":"etwas anderes"}') });
    await expect.poll(() => page.getByTestId('replay-error').textContent()).toMatch(/keine Aufzeichnung/);
    for (const [buffer, message] of [
      [Buffer.from('%PDF-1.7 nicht unsere Datei'), /keine Aufzeichnung/],
      [Buffer.from('VTZA-REC\u0001\u0000\u0000\u0000\u00ff\u00ff\u0000\u0000{"format":'), /abgeschnitten|beschädigt/],
    ] as const) {
      await page.getByTestId('replay-file-input').setInputFiles({ name: 'x.vtzrec', mimeType: 'application/octet-stream', buffer });
      await expect.poll(() => page.getByTestId('replay-error').textContent()).toMatch(message);
    }
    await page.goto(deckUrl('replay=https://example.com/vorlesung.vtzrec'));
    await expect.poll(() => page.getByTestId('replay-error').textContent()).toContain('neben dem Deck');
    await page.goto(deckUrl('replay=fehlt.vtzrec'));
    await expect.poll(() => page.getByTestId('replay-error').textContent()).toContain('ließ sich nicht laden');
    expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('a reload in the middle of a recording', () => {
  it('keeps what was recorded and offers it again', async () => {
    const context = await browser.newContext({ ...MICROPHONE, viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
    const { page, errors } = await presenter(context, 'slideIndex=4&stepIndex=0');
    await page.keyboard.press('r');
    await expect.poll(() => page.getByTestId('recorder').getAttribute('data-recording')).toBe('true');
    await pressAndSettle(page, 'PageDown', 2);
    await pressAndSettle(page, 'PageDown', 2);
    // The voice's chunks are in IndexedDB as ArrayBuffers (Safari refuses Blob values), none as Blobs.
    const storedChunks = () =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve, reject) => {
            const open = indexedDB.open('vom-token-zur-antwort-recordings');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const all = open.result.transaction('chunks', 'readonly').objectStore('chunks').getAll();
              all.onsuccess = () => {
                resolve((all.result as { bytes?: unknown; blob?: unknown }[]).map((c) => (c.bytes instanceof ArrayBuffer ? 'ArrayBuffer' : c.blob instanceof Blob ? 'Blob' : 'other')));
                open.result.close();
              };
              all.onerror = () => reject(all.error);
            };
          }),
      );
    await expect.poll(async () => (await storedChunks()).length).toBeGreaterThan(0);
    expect(new Set(await storedChunks())).toEqual(new Set(['ArrayBuffer']));
    await page.reload();
    await page.getByTestId('presenter-view').waitFor();
    const restore = page.getByTestId('restore-recording');
    await restore.first().waitFor();
    const file = await saveDownload(page, () => restore.first().click());
    const { recording, audio } = decodeRecording(file);
    expect(audio?.byteLength).toBeGreaterThan(0);
    expect(recording.start.view).toEqual({ slideIndex: 4, stepIndex: 0 });
    const views = recording.events.flatMap((e) => (e.kind === 'view' ? [e.view] : []));
    expect(views.slice(0, 2)).toEqual([
      { slideIndex: 5, stepIndex: 0 },
      { slideIndex: 5, stepIndex: 1 },
    ]);
    await expect.poll(() => page.getByTestId('restore-recording').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
