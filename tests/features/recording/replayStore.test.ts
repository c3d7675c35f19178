import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeRecording, type Recording } from '../../../src/features/recording/format';
import { replayStore, type ReplayState } from '../../../src/features/recording/replayStore';
import { hasCues } from '../../../src/features/recording/voiceIndex';

const FIXTURE = resolve(__dirname, '../../fixtures/recordings/chromium-mediarecorder.webm');

const recording = (mimeType: string): Recording => ({
  createdAt: '2026-12-01T18:00:00.000Z',
  durationMs: 3000,
  slides: [{ id: 'titel', section: null, steps: 0 }],
  sections: [],
  start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
  events: [],
  audio: { mimeType, offsetMs: 0, byteLength: 0, bitsPerSecond: 24000 },
});

const asFile = (bytes: Uint8Array) => new File([bytes as BlobPart], 'alt.vtzrec', { type: 'application/octet-stream' });

describe('opening a recording whose voice has no index (jsdom has no Worker: the repair runs on the main thread)', () => {
  const made: string[] = [];
  const revoked: string[] = [];
  beforeEach(() => {
    made.length = 0;
    revoked.length = 0;
    // jsdom has no object URLs: numbered stand-ins, and which of them were given back.
    vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: () => `blob:voice-${made.push('x')}`, revokeObjectURL: (url: string) => revoked.push(url) }));
  });
  afterEach(() => {
    replayStore.close();
    vi.unstubAllGlobals();
  });

  it('is ready at once with the voice as recorded, then swaps in the remuxed voice for the same opened file', async () => {
    const raw = new Uint8Array(readFileSync(FIXTURE));
    const states: ReplayState[] = [];
    const unsubscribe = replayStore.subscribe(() => states.push(replayStore.get()));
    await replayStore.openFile(asFile(encodeRecording(recording('audio/webm;codecs=opus'), raw)));
    await vi.waitFor(() => expect(replayStore.get()).toMatchObject({ kind: 'ready', repairing: false }), { timeout: 10_000 });
    unsubscribe();
    const ready = states.filter((s): s is Extract<ReplayState, { kind: 'ready' }> => s.kind === 'ready');
    expect(ready.map((s) => s.repairing)).toEqual([true, false]);
    const [first, repaired] = ready;
    expect(first.id).toBe(repaired.id);
    expect([...first.voice!]).toEqual([...raw]);
    expect(hasCues(first.voice!)).toBe(false);
    expect(hasCues(repaired.voice!)).toBe(true);
    expect(repaired.audioUrl).not.toBe(first.audioUrl);
    expect(revoked).toEqual([first.audioUrl]);
  });

  it('does not repair a voice that has its index, and a repair that lands after another file was opened is dropped', async () => {
    const raw = new Uint8Array(readFileSync(FIXTURE));
    const oggFile = asFile(encodeRecording(recording('audio/ogg;codecs=opus'), new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0, 2])));
    let firstId = 0;
    let second: Promise<void> | null = null;
    // The moment the first file is ready and still repairing, the student opens another.
    const unsubscribe = replayStore.subscribe(() => {
      const current = replayStore.get();
      if (second || current.kind !== 'ready' || !current.repairing) return;
      firstId = current.id;
      second = replayStore.openFile(oggFile);
    });
    await replayStore.openFile(asFile(encodeRecording(recording('audio/webm;codecs=opus'), raw)));
    await second;
    unsubscribe();
    // An Ogg voice needs no repair: ready and seekable at once; the WebM's repair did not replace it.
    const ogg = replayStore.get() as Extract<ReplayState, { kind: 'ready' }>;
    expect(ogg).toMatchObject({ kind: 'ready', repairing: false, voice: new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0, 2]) });
    expect(ogg.id).toBeGreaterThan(firstId);
    expect(firstId).toBeGreaterThan(0);
  });
});
