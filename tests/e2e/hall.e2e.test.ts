import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachRelay } from '../../scripts/hallRelay';
import { startHall, type RunningHall } from '../../scripts/hall';
import { SLIDES } from '../../slides';
import { collectErrors, connectBrowser, settleTransition, viewOf } from './browser';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' as const };

let browser: Browser;
let hall: RunningHall;
const logged: string[] = [];
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
  hall = await startHall({ dir: process.env.DECK_DIST ?? 'dist', port: 0, log: (line) => logged.push(line) });
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await hall?.close();
});

async function open(url: string, phone: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext(phone ? PHONE : { viewport: { width: 1366, height: 768 }, reducedMotion: 'reduce' });
  contexts.push(context);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** The presenter's view as its status line says it ("Folie n von N · Schritt k von K"), 0-based. */
async function presenterView(page: Page) {
  const text = (await page.getByTestId('presenter-status').textContent()) ?? '';
  const match = /Folie (\d+) von \d+ · Schritt (\d+) von/.exec(text);
  if (!match) throw new Error(`no status: ${text}`);
  return { slideIndex: Number(match[1]) - 1, stepIndex: Number(match[2]) - 1 };
}

/** What a follower's live bar says for a view (the same words for the same view, computed from the manifest). */
function liveText({ slideIndex, stepIndex }: { slideIndex: number; stepIndex: number }) {
  const steps = SLIDES[slideIndex].steps + 1;
  return `Live: Folie ${slideIndex + 1} von ${SLIDES.length} · Schritt ${stepIndex + 1} von ${steps}`;
}

/** The presenter's pace („2:10 hinter Plan“, „im Plan“) as the remote says it, in whole minutes (rounded, at least 1). */
function inMinutes(pace: string) {
  const match = /^(\d+):(\d\d) (hinter|vor) Plan$/.exec(pace);
  if (!match) return pace === 'im Plan' ? 'im Zeitplan' : `unexpected pace: ${pace}`;
  const minutes = Math.max(1, Math.round((Number(match[1]) * 60 + Number(match[2])) / 60));
  return `${minutes} min ${match[3]} dem Zeitplan`;
}

/** True when the follower shows that slide on screen at that step. */
function showsSlide(page: Page, { slideIndex, stepIndex }: { slideIndex: number; stepIndex: number }) {
  return page.waitForFunction(
    ([index, step]) => {
      const section = document.getElementById(`folie-${index + 1}`);
      if (!section) return false;
      const box = section.getBoundingClientRect();
      return box.top < window.innerHeight && box.bottom > 0 && section.dataset.readingStep === String(step);
    },
    [slideIndex, stepIndex] as const,
    { timeout: 10_000 },
  );
}

async function pressOnPresenter(page: Page, key: string) {
  const before = await presenterView(page);
  await page.keyboard.press(key);
  await expect.poll(() => presenterView(page), { timeout: 5000 }).not.toEqual(before);
  await settleTransition(page, 2);
  return presenterView(page);
}

describe('the hall (npm run hall) on loopback', () => {
  it('moves two phones with the lecturer’s keys, lets a phone read on alone, drives from the remote with the secret only, and catches up after a relay restart', async () => {
    const presenter = await open(hall.links.presenter, false);
    await presenter.page.getByTestId('presenter-view').waitFor();
    await expect.poll(() => presenter.page.getByTestId('hall-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('open');
    // The secret is taken out of the address at once.
    expect(presenter.page.url()).not.toContain(hall.secret);

    const a = await open(hall.links.follow, true);
    const b = await open(hall.links.follow, true);
    for (const phone of [a, b]) await phone.page.getByTestId('reading-view').waitFor();

    // The lecturer's key moves both phones, to the slide and its step.
    await pressOnPresenter(presenter.page, 'ArrowRight');
    let view = await pressOnPresenter(presenter.page, 'ArrowRight');
    for (const phone of [a, b]) {
      await expect.poll(() => phone.page.getByTestId('hall-live').innerText(), { timeout: 10_000 }).toBe(liveText(view));
      await showsSlide(phone.page, view);
    }

    // Phone A scrolls away: it stops following, the lecturer does not move, phone B still follows.
    await a.page.mouse.move(200, 400);
    await a.page.mouse.wheel(0, 3000);
    await a.page.getByTestId('hall-follow').waitFor();
    expect(await presenterView(presenter.page)).toEqual(view);
    view = await pressOnPresenter(presenter.page, 'ArrowRight');
    await expect.poll(() => b.page.getByTestId('hall-live').innerText(), { timeout: 10_000 }).toBe(liveText(view));
    await expect.poll(() => a.page.getByTestId('hall-follow').innerText()).toBe(`Live folgen – zu Folie ${view.slideIndex + 1}`);
    // „Live folgen“ brings it back.
    await a.page.getByTestId('hall-follow').click();
    await showsSlide(a.page, view);
    await expect.poll(() => a.page.getByTestId('hall-live').innerText()).toBe(liveText(view));

    // The remote with the secret drives; presenter and phones follow.
    const remote = await open(hall.links.remote, true);
    await expect.poll(() => remote.page.getByTestId('remote-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('open');
    expect(remote.page.url()).not.toContain(hall.secret);
    const box = await remote.page.getByTestId('remote-next').boundingBox();
    expect(box && box.width >= 44 && box.height >= 44).toBe(true);
    const beforeRemote = view;
    await remote.page.getByTestId('remote-next').click();
    await expect.poll(() => presenterView(presenter.page), { timeout: 10_000 }).not.toEqual(beforeRemote);
    await settleTransition(presenter.page, 2);
    view = await presenterView(presenter.page);
    await expect.poll(() => b.page.getByTestId('hall-live').innerText(), { timeout: 10_000 }).toBe(liveText(view));
    const steps = SLIDES[view.slideIndex].steps + 1;
    await expect.poll(() => remote.page.getByTestId('remote-view').innerText()).toBe(`Folie ${view.slideIndex + 1} von ${SLIDES.length} · Schritt ${view.stepIndex + 1} von ${steps}`);

    // The remote shows the pace as the presenter view has it: no stopwatch yet, then running.
    await expect.poll(() => remote.page.getByTestId('remote-pace').innerText(), { timeout: 10_000 }).toBe('Stoppuhr läuft noch nicht');
    await presenter.page.getByRole('group', { name: 'Vergangene Zeit' }).getByRole('button', { name: 'Start' }).click();
    const presenterPace = await presenter.page.getByTestId('pace').innerText();
    await expect.poll(() => remote.page.getByTestId('remote-pace').innerText(), { timeout: 10_000 }).toBe(inMinutes(presenterPace));
    // The same section and planned window as the presenter's plan bar.
    const planned = /hier geplant \S+–\S+/.exec(await presenter.page.getByTestId('time-plan').innerText())?.[0];
    expect(planned).toBeTruthy();
    expect(await remote.page.getByTestId('remote-times').innerText()).toContain(planned);

    // A remote without the right secret is refused and cannot drive.
    const base = new URL(hall.links.follow).origin;
    const intruder = await open(`${base}/?hall=remote&key=falschfalschfalsch`, true);
    await expect.poll(() => intruder.page.getByTestId('remote-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('refused');
    expect(await intruder.page.getByTestId('remote-status').innerText()).toContain('Falscher oder fehlender Schlüssel');
    expect(await intruder.page.getByTestId('remote-next').isDisabled()).toBe(true);
    expect(logged.some((line) => line.startsWith('Abgewiesen: falscher Schlüssel'))).toBe(true);
    expect(logged.join('\n')).not.toContain('falschfalschfalsch');
    expect(await presenterView(presenter.page)).toEqual(view);

    // The relay restarts (same run, same secret): while it is down the lecturer moves on; once it is
    // back the presenter resends its view and the phones reconnect and catch up.
    hall.relay.close();
    await expect.poll(() => presenter.page.getByTestId('hall-status').getAttribute('data-status'), { timeout: 10_000 }).not.toBe('open');
    view = await pressOnPresenter(presenter.page, 'ArrowRight');
    hall.relay = attachRelay(hall.server.server, { secret: hall.secret, followUrl: hall.links.follow, log: (line) => logged.push(line) });
    for (const phone of [a, b]) {
      await expect.poll(() => phone.page.getByTestId('hall-live').innerText(), { timeout: 20_000 }).toBe(liveText(view));
      await showsSlide(phone.page, view);
    }
    // Nothing went wrong in any page (a lost connection is no error).
    for (const page of [presenter, a, b, remote]) expect(page.errors.filter((e) => !/WebSocket/.test(e))).toEqual([]);
  });

  it('shows the follow code on the projector’s title slide, and moves a student’s slide window too, with the lecturer’s ink', async () => {
    for (const context of contexts.splice(0)) await context.close();
    const presenter = await open(hall.links.presenter, false);
    await expect.poll(() => presenter.page.getByTestId('hall-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('open');
    await settleTransition(presenter.page, 2);
    // The projector (a plain window in the presenter's browser) shows the follow code on the title slide.
    const projector = await presenter.page.context().newPage();
    await projector.goto(`${new URL(hall.links.follow).origin}/?slideIndex=0&stepIndex=0`);
    await projector.getByTestId('hall-title-code').waitFor({ timeout: 10_000 });
    // The code's library is a lazy chunk: wait for the code itself, then there is exactly one.
    await projector.getByRole('img', { name: `QR-Code zum Mitlesen: ${hall.links.follow}` }).first().waitFor({ timeout: 10_000 });
    expect(await projector.getByRole('img', { name: `QR-Code zum Mitlesen: ${hall.links.follow}` }).count()).toBe(1);
    const tablet = await open(`${hall.links.follow}&view=slides`, false);
    await tablet.page.waitForFunction(() => document.getElementById('prerendered') === null);
    const view = await pressOnPresenter(presenter.page, 'ArrowRight');
    await expect.poll(() => viewOf(tablet.page), { timeout: 10_000 }).toEqual(view);
    // Past the title slide the projector's code is gone.
    await expect.poll(() => viewOf(projector), { timeout: 10_000 }).toEqual(view);
    expect(await projector.getByTestId('hall-title-code').count()).toBe(0);
    // The lecturer draws a stroke on the slide; it appears on the student's slide, same id.
    const layer = (page: Page) => page.locator('svg[data-ink-layer][data-ink-active="true"][data-ink-main="true"]');
    await presenter.page.keyboard.press('d');
    const box = (await layer(presenter.page).boundingBox())!;
    await presenter.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await presenter.page.mouse.down();
    await presenter.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 8 });
    await presenter.page.mouse.up();
    const drawn = await layer(presenter.page).locator('path[data-ink-stroke]').first().getAttribute('data-ink-stroke');
    expect(drawn).toBeTruthy();
    await layer(tablet.page).locator(`path[data-ink-stroke="${drawn}"]`).waitFor({ timeout: 10_000 });
    expect(tablet.errors).toEqual([]);
  });

  it('shows the lecturer’s ink on a phone’s reading view over that slide, keeps it when the reader scrolls away, and drops it on clear', async () => {
    for (const context of contexts.splice(0)) await context.close();
    const presenter = await open(hall.links.presenter, false);
    await expect.poll(() => presenter.page.getByTestId('hall-status').getAttribute('data-status'), { timeout: 10_000 }).toBe('open');
    await settleTransition(presenter.page, 2);
    const phone = await open(hall.links.follow, true);
    await phone.page.getByTestId('reading-view').waitFor();
    // A reading view in the presenter's own browser (no hall link): its ink comes over the BroadcastChannel.
    const reader = await presenter.page.context().newPage();
    const readerErrors = collectErrors(reader);
    await reader.goto(`${new URL(hall.links.follow).origin}/?view=read`);
    await reader.getByTestId('reading-view').waitFor();
    const view = await pressOnPresenter(presenter.page, 'ArrowRight');
    await showsSlide(phone.page, view);
    const slideId = SLIDES[view.slideIndex].id;
    // The earlier test's presenter drew on this slide; this presenter window has none of that ink
    // and reset the relay's ink when it connected: nothing is over the slide.
    expect(await phone.page.locator(`svg[data-ink-layer="${slideId}"]`).count()).toBe(0);
    await presenter.page.keyboard.press('d');

    const layer = presenter.page.locator('svg[data-ink-layer][data-ink-active="true"][data-ink-main="true"]');
    const box = (await layer.boundingBox())!;
    await presenter.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
    await presenter.page.mouse.down();
    await presenter.page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6, { steps: 12 });
    await presenter.page.mouse.up();
    const drawn = layer.locator('path[data-ink-stroke]').first();
    const id = await drawn.getAttribute('data-ink-stroke');
    // The whole stroke (every point) has reached the phone: the same path in the same coordinates.
    const phoneInk = (page: Page) => page.locator(`#folie-${view.slideIndex + 1} svg[data-ink-reading][data-ink-layer="${slideId}"]`);
    for (const page of [phone.page, reader]) {
      await expect.poll(async () => (await phoneInk(page).locator(`path[data-ink-stroke="${id}"]`).count()) > 0 && phoneInk(page).locator(`path[data-ink-stroke="${id}"]`).getAttribute('d'), { timeout: 10_000 }).toBe(await drawn.getAttribute('d'));
    }
    // The layer has the section body's width and the slide's proportions (1366 × 768).
    const size = await phoneInk(phone.page).evaluate((svg) => {
      const own = svg.getBoundingClientRect();
      const body = svg.parentElement!.getBoundingClientRect();
      return { width: own.width, height: own.height, bodyWidth: body.width, bodyLeft: body.left, left: own.left };
    });
    expect(size.width).toBeCloseTo(size.bodyWidth, 0);
    expect(size.left).toBeCloseTo(size.bodyLeft, 0);
    expect(size.height).toBeCloseTo((size.width * 768) / 1366, 0);
    // And it is drawn: pixels in the stroke's colour where the stroke passes (its middle point).
    const middle = await phoneInk(phone.page).evaluate((svg, strokeId) => {
      const path = svg.querySelector<SVGPathElement>(`path[data-ink-stroke="${strokeId}"]`)!;
      const point = path.getPointAtLength(path.getTotalLength() / 2).matrixTransform(path.getScreenCTM()!);
      return { x: point.x, y: point.y };
    }, id);
    const clip = { x: middle.x - 3, y: middle.y - 3, width: 6, height: 6 };
    const withInk = await phone.page.screenshot({ clip });
    await phoneInk(phone.page).evaluate((svg) => {
      svg.style.visibility = 'hidden';
    });
    const withoutInk = await phone.page.screenshot({ clip });
    await phoneInk(phone.page).evaluate((svg) => {
      svg.style.visibility = '';
    });
    expect(withInk.equals(withoutInk)).toBe(false);

    // The reader scrolls away: the ink stays on its slide.
    await phone.page.mouse.move(200, 400);
    await phone.page.mouse.wheel(0, 3000);
    await phone.page.getByTestId('hall-follow').waitFor();
    expect(await phoneInk(phone.page).locator(`path[data-ink-stroke="${id}"]`).count()).toBe(1);

    // C clears the slide: the stroke and the layer go, on the phone and in the reading view.
    await presenter.page.keyboard.press('c');
    for (const page of [phone.page, reader]) await expect.poll(() => page.locator(`svg[data-ink-layer="${slideId}"]`).count(), { timeout: 10_000 }).toBe(0);
    expect(phone.errors).toEqual([]);
    expect(readerErrors).toEqual([]);
  });

  it('without the hall (a plain deck link) opens no connection', async () => {
    const { page, errors } = await open(`${new URL(hall.links.follow).origin}/?view=read`, true);
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.reload();
    await page.getByTestId('reading-view').waitFor();
    expect(await page.getByTestId('hall-live').count()).toBe(0);
    expect(sockets).toEqual([]);
    expect(errors).toEqual([]);
  });
});
