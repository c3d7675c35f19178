/**
 * Record → replay → seek in one engine (Chromium, Firefox, WebKit; each fake microphone is a tone): the presenter view
 * records with voice into a file whose audio is in the container its type names, and the player
 * replays it with the voice playing on and in sync after seeking ± 5 s and to each chapter.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecording } from '../../src/features/recording/format';
import { connectEngine, ENGINE_LABEL } from './connect';
import { SLIDE_SIZE } from './deck';
import type { EnginePage } from './page';
import { BEFORE_SECTION, containerOf, openRecording, recordInPresenter, replayAndSeek } from './recording';

/**
 * 14 s: long enough for ± 5 s from a third and two thirds in, with time left to play. DECK_RECORD_SECONDS and
 * DECK_SAVE_RECORDING make a fixture (README, „Browser-Engines“): a recording of 130 s is sought ± 1 min too.
 */
const SECONDS = Number(process.env.DECK_RECORD_SECONDS ?? 14);

let engine: Awaited<ReturnType<typeof connectEngine>>;
let page: EnginePage;
let file: Uint8Array;

beforeAll(async () => {
  engine = await connectEngine();
  page = await engine.newPage();
  await page.setViewport(SLIDE_SIZE.width, SLIDE_SIZE.height);
});

afterAll(async () => {
  await page?.close();
  await engine?.disconnect();
});

describe(`recording in ${ENGINE_LABEL}`, () => {
  it('records the views and the voice; the audio is in the container its type names', async () => {
    file = await recordInPresenter(page, SECONDS);
    if (process.env.DECK_SAVE_RECORDING) writeFileSync(process.env.DECK_SAVE_RECORDING, file);
    const { recording, audio } = decodeRecording(file);
    const views = recording.events.flatMap((e) => (e.kind === 'view' ? [`${e.view.slideIndex}/${e.view.stepIndex}`] : []));
    expect(views).toEqual([`${BEFORE_SECTION + 1}/0`, `${BEFORE_SECTION + 1}/1`]);
    expect(recording.durationMs).toBeGreaterThanOrEqual(SECONDS * 1000);
    expect(recording.audio?.mimeType).toMatch(/^audio\/(webm|ogg|mp4)/);
    const container = recording.audio!.mimeType.split(/[/;]/)[1];
    expect(containerOf(audio!), `audio bytes of ${recording.audio!.mimeType}`).toBe(container);
    expect(audio!.byteLength).toBeGreaterThan(1000);
    expect(await page.errors()).toEqual([]);
  });

  it(`replays in ${ENGINE_LABEL} with the voice playing on and in sync after seeking ± 5 s and to each chapter`, async () => {
    const recording = await openRecording(page, file);
    await replayAndSeek(page, recording, `${ENGINE_LABEL}'s own recording`);
    expect(await page.errors()).toEqual([]);
  });
});
