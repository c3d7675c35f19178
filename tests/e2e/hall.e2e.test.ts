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
