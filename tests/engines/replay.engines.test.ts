/**
 * Replay of the committed recordings (tests/fixtures/recordings/<engine that made it>.vtzrec) in
 * Chromium, Firefox and WebKit: each opens, plays with its voice, and keeps voice and deck in sync after
 * seeking ± 5 s, ± 1 min and to each chapter.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecording } from '../../src/features/recording/format';
import { connectEngine, ENGINE_LABEL } from './connect';
import { SLIDE_SIZE } from './deck';
import type { EnginePage } from './page';
import { containerOf, ONE_MINUTE_ROOM_MS, openRecording, replayAndSeek } from './recording';

const FIXTURES = new URL('../fixtures/recordings/', import.meta.url);
const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.vtzrec')).sort();

let engine: Awaited<ReturnType<typeof connectEngine>>;
let page: EnginePage;

beforeAll(async () => {
  engine = await connectEngine();
  page = await engine.newPage();
  await page.setViewport(SLIDE_SIZE.width, SLIDE_SIZE.height);
});

afterAll(async () => {
  await page?.close();
  await engine?.disconnect();
});

describe(`replaying recordings made in other browsers, in ${ENGINE_LABEL}`, () => {
  it('has a fixture recording with voice, long enough for ± 1 min, made by each engine', () => {
    expect(files).toEqual(['chromium.vtzrec', 'firefox.vtzrec', 'webkit.vtzrec']);
    for (const name of files) {
      const { recording, audio } = decodeRecording(new Uint8Array(readFileSync(new URL(name, FIXTURES))));
      expect(containerOf(audio!), name).toBe(recording.audio!.mimeType.split(/[/;]/)[1]);
      expect(recording.durationMs, name).toBeGreaterThanOrEqual(ONE_MINUTE_ROOM_MS);
    }
  });

  for (const name of files) {
    it(`plays ${name} with its voice, in sync after seeking ± 5 s, ± 1 min and to each chapter`, async () => {
      const recording = await openRecording(page, new Uint8Array(readFileSync(new URL(name, FIXTURES))));
      await replayAndSeek(page, recording, name);
      expect(await page.errors()).toEqual([]);
    });
  }
});
