// Record → replay → seek over an EnginePage, through the player's DOM (data-testid attributes of
// src/features/recording) and the file format (src/features/recording/format.ts) only.
import { expect } from 'vitest';
import { SLIDES } from '../../slides';
import { chaptersOf, stateAt } from '../../src/features/recording/timeline';
import { decodeRecording, type Recording } from '../../src/features/recording/format';
import { deckUrl } from './connect';
import { pressAndSettle, settleTransition } from './deck';
import type { EnginePage } from './page';

/** Voice and deck further apart than this are out of sync (the player itself corrects at 250 ms). */
export const SYNC_TOLERANCE_MS = 300;

/**
 * How long a seek may take to play on: about half a second in every engine on a quiet machine, but
 * WebKitGTK's GStreamer pipeline took over 5 s in a full `npm test` on two cores shared with other
 * work (the voice then played on). A wait for a condition, so it costs nothing when the voice is quick.
 */
const MEDIA_PATIENCE_MS = 15_000;

/** The first slide whose last step is followed by a slide of another section: PageDown there opens a chapter. */
export const BEFORE_SECTION = SLIDES.findIndex((slide, i) => i + 1 < SLIDES.length && slide.section !== SLIDES[i + 1].section);

/** The container an audio track is in, from its first bytes. */
export function containerOf(audio: Uint8Array): 'webm' | 'ogg' | 'mp4' | 'unknown' {
  const ascii = (from: number, to: number) => String.fromCharCode(...audio.subarray(from, to));
  if (audio[0] === 0x1a && audio[1] === 0x45 && audio[2] === 0xdf && audio[3] === 0xa3) return 'webm';
  if (ascii(0, 4) === 'OggS') return 'ogg';
  if (ascii(4, 8) === 'ftyp') return 'mp4';
  return 'unknown';
}

/** Keeps every blob the page hands to URL.createObjectURL (a download is one), for takeDownload. */
function captureBlobs() {
  const w = window as unknown as { __blobs?: Blob[] };
  if (w.__blobs) return;
  const blobs: Blob[] = [];
  w.__blobs = blobs;
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original(object);
  };
}

/** The bytes of the first application/octet-stream blob the page made (the saved recording). */
async function takeDownload(page: EnginePage): Promise<Uint8Array> {
  await page.waitFor(
    () => ((window as unknown as { __blobs?: Blob[] }).__blobs ?? []).some((b) => b.type === 'application/octet-stream'),
    null,
    'the recording was not saved',
    30_000,
  );
  const base64 = await page.evaluate(async () => {
    const blob = (window as unknown as { __blobs: Blob[] }).__blobs.find((b) => b.type === 'application/octet-stream')!;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

/**
 * Records in the presenter view with the engine's fake microphone for `seconds` seconds (by the
 * recorder's own clock): from the last step of BEFORE_SECTION, PageDown into the next section at a
 * quarter of the time and on by a step at half; then R saves. Resolves to the file's bytes.
 */
export async function recordInPresenter(page: EnginePage, seconds: number): Promise<Uint8Array> {
  await page.goto(deckUrl(`presenterMode=true&slideIndex=${BEFORE_SECTION}&stepIndex=${SLIDES[BEFORE_SECTION].steps}`));
  await page.waitFor(() => document.querySelector('[data-testid="presenter-view"]') !== null && document.getElementById('prerendered') === null, null, 'the presenter view did not open', 15_000);
  await settleTransition(page, 2);
  await page.evaluate(captureBlobs);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.press('r');
  await page.waitFor(() => document.querySelector('[data-testid="recorder"]')?.getAttribute('data-recording') === 'true', null, 'R did not start the recording', 15_000);
  await page.waitFor(() => /mit Ton/.test(document.querySelector('.presenter-record-time')?.textContent ?? ''), null, 'the recording has no voice');
  const until = (s: number) => page.waitFor((wanted) => {
    const text = document.querySelector('.presenter-record-time')?.textContent ?? '';
    const match = /(\d+):(\d\d)\s*$/.exec(text);
    return match !== null && Number(match[1]) * 60 + Number(match[2]) >= wanted;
  }, s, `the recorder's clock did not reach ${s} s`, (s + 10) * 1000);
  await until(Math.round(seconds / 4));
  await pressAndSettle(page, 'PageDown', 2);
  await until(Math.round(seconds / 2));
  await pressAndSettle(page, 'PageDown', 2);
  await until(seconds);
  await page.press('r');
  return takeDownload(page);
}

/** Opens a recording file in the deck's player as a student would pick it (the hidden file input). */
export async function openRecording(page: EnginePage, bytes: Uint8Array): Promise<Recording> {
  await page.goto(deckUrl('slideIndex=0&stepIndex=0'));
  await page.waitFor(() => document.getElementById('prerendered') === null && document.querySelector('[data-testid="replay-file-input"]') !== null, null, 'the deck did not start', 15_000);
  await page.evaluate((base64) => {
    const binary = atob(base64);
    const data = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const input = document.querySelector<HTMLInputElement>('[data-testid="replay-file-input"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([data], 'vorlesung.vtzrec', { type: 'application/octet-stream' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, Buffer.from(bytes).toString('base64'));
  await page.waitFor(() => document.querySelector('[data-testid="replay-bar"]') !== null, null, 'the player did not open the recording', 15_000);
  return decodeRecording(bytes).recording;
}

type Playing = { t: number; audioMs: number; paused: boolean; error: number | null; readyState: number; playing: string };

function playerState(): Playing {
  const bar = document.querySelector('[data-testid="replay-bar"]')!;
  const audio = document.querySelector<HTMLAudioElement>('[data-testid="replay-audio"]')!;
  return {
    t: Number(bar.getAttribute('data-replay-t')),
    audioMs: audio.currentTime * 1000,
    paused: audio.paused,
    error: audio.error?.code ?? null,
    readyState: audio.readyState,
    playing: bar.getAttribute('data-playing') ?? '',
  };
}

/**
 * The voice plays on from where the deck is: the audio's currentTime advances by at least 0,4 s
 * within 5 s, with no media error, and then sits within SYNC_TOLERANCE_MS of the timeline.
 */
async function expectVoiceInSync(page: EnginePage, recording: Recording, what: string): Promise<void> {
  const offset = recording.audio!.offsetMs;
  const before = await page.evaluate(playerState);
  await page.waitFor(
    (from) => {
      const audio = document.querySelector<HTMLAudioElement>('[data-testid="replay-audio"]')!;
      return !audio.paused && audio.error === null && audio.currentTime * 1000 > from + 400;
    },
    before.audioMs,
    `${what}: the voice does not play on (audio at ${(before.audioMs / 1000).toFixed(2)} s, paused ${before.paused}, error ${before.error})`,
    MEDIA_PATIENCE_MS,
  );
  const now = await page.evaluate(playerState);
  const gap = Math.abs(now.audioMs - (now.t - offset));
  expect(gap, `${what}: voice at ${(now.audioMs / 1000).toFixed(2)} s, deck at ${(now.t / 1000).toFixed(2)} s`).toBeLessThan(SYNC_TOLERANCE_MS);
}

/**
 * The deck shows what the recording showed at the player's time: polled in the page, reading the
 * player's time and the address in the same moment (the replay plays on meanwhile), against the
 * recorded views (from stateAt in Node, at every view event's time).
 */
async function expectDeckAtPlayerTime(page: EnginePage, recording: Recording, what: string): Promise<void> {
  const times = [0, ...recording.events.filter((e) => e.kind === 'view').map((e) => e.t)];
  const views = times.map((t) => ({ t, ...stateAt(recording, t).view }));
  await page.waitFor(
    (recorded) => {
      const t = Number(document.querySelector('[data-testid="replay-bar"]')!.getAttribute('data-replay-t'));
      const view = recorded.filter((v) => v.t <= t).at(-1)!;
      const params = new URL(window.location.href).searchParams;
      return Number(params.get('slideIndex') ?? 0) === view.slideIndex && Number(params.get('stepIndex') ?? 0) === view.stepIndex;
    },
    views,
    `${what}: the deck does not show the recorded view at the player's time`,
    MEDIA_PATIENCE_MS,
  );
}

/** Presses a key on the focused position slider (the player's seek keys: ← → ±5 s, PageUp/PageDown ±1 min). */
async function seekKey(page: EnginePage, key: 'ArrowLeft' | 'ArrowRight' | 'PageUp' | 'PageDown'): Promise<void> {
  await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid="replay-seek"]')!.focus());
  const before = (await page.evaluate(playerState)).t;
  await page.press(key);
  await page.waitFor(
    ([from, forward]) => {
      const t = Number(document.querySelector('[data-testid="replay-bar"]')!.getAttribute('data-replay-t'));
      return forward ? t > from + 2000 || t < from - 1 : t < from - 2000 || t === 0;
    },
    [before, key === 'ArrowRight' || key === 'PageUp'] as const,
    `${key} on the position slider did not move the player from ${before} ms`,
  );
}

/**
 * Plays a recording that has a voice and seeks as a student would: ± 5 s and ± 1 min with the keys
 * of the position slider, and to every chapter from the chapter menu. After each seek the voice
 * plays on, in sync with the deck, and the deck shows the recorded view.
 */
export async function replayAndSeek(page: EnginePage, recording: Recording, source: string): Promise<void> {
  expect(recording.audio, `${source}: the recording has a voice`).not.toBeNull();
  await page.click('[data-testid="replay-play"]');
  await page.waitFor(() => document.querySelector('[data-testid="replay-bar"]')?.getAttribute('data-playing') === 'true', null, `${source}: ▶ did not start the replay`);
  await expectVoiceInSync(page, recording, `${source}, playing`);
  const keys = recording.durationMs >= ONE_MINUTE_ROOM_MS ? (['ArrowRight', 'ArrowLeft', 'PageUp', 'PageDown'] as const) : (['ArrowRight', 'ArrowLeft'] as const);
  for (const key of keys) {
    // Forward from a third, back from two thirds: room to move and time left to play.
    await seekTo(page, Math.round(((key === 'ArrowRight' || key === 'PageUp' ? 1 : 2) * recording.durationMs) / 3));
    await seekKey(page, key);
    await expectDeckAtPlayerTime(page, recording, `${source}, after ${key}`);
    await expectVoiceInSync(page, recording, `${source}, after ${key}`);
  }
  const chapters = chaptersOf(recording);
  expect(chapters.length, `${source}: chapters`).toBeGreaterThan(1);
  for (const [index, chapter] of chapters.entries()) {
    await page.evaluate((value) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="replay-chapters"]')!;
      select.value = String(value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, index);
    await page.waitFor(
      (start) => Math.abs(Number(document.querySelector('[data-testid="replay-bar"]')!.getAttribute('data-replay-t')) - start) < 1500,
      chapter.startMs,
      `${source}: the chapter menu did not move the player to ${chapter.title}`,
    );
    await expectDeckAtPlayerTime(page, recording, `${source}, chapter ${chapter.title}`);
    await expectVoiceInSync(page, recording, `${source}, chapter ${chapter.title}`);
  }
}

/** Recordings at least this long are sought ± 1 min too (from a third or two thirds in, with 10 s left to play). */
export const ONE_MINUTE_ROOM_MS = 3 * 40_000;

/** Puts the player at `target` ms (through the slider's input, as a drag does). */
async function seekTo(page: EnginePage, target: number): Promise<void> {
  await page.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="replay-seek"]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, String(value));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, target);
  await page.waitFor(
    (value) => Math.abs(Number(document.querySelector('[data-testid="replay-bar"]')!.getAttribute('data-replay-t')) - value) < 1500,
    target,
    `the player did not move to ${target} ms`,
  );
}
