import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { describe, expect, it } from 'vitest';
import { hasCues, needsRepair, seekableVoice } from '../../../src/features/recording/seekable';

describe('making the voice seekable', () => {
  it('repairs WebM only: Ogg has bisection, MP4 its index', () => {
    expect(needsRepair('audio/webm;codecs=opus')).toBe(true);
    expect(needsRepair(' audio/WEBM')).toBe(true);
    expect(needsRepair('audio/ogg;codecs=opus')).toBe(false);
    expect(needsRepair('audio/mp4; codecs=mp4a.40.2')).toBe(false);
    expect(needsRepair('audio/webmx')).toBe(false);
  });

  it('leaves other containers untouched, byte for byte', async () => {
    const bytes = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3]);
    const result = await seekableVoice(bytes, 'audio/ogg;codecs=opus');
    expect(result.repaired).toBe(false);
    expect(result.bytes).toBe(bytes);
  });

  it('gives back bytes it cannot read as they were (mediabunny loads in Node), never throws', async () => {
    const garbage = new Uint8Array(2000).map((_, i) => (i * 31) % 256);
    const result = await seekableVoice(garbage, 'audio/webm;codecs=opus');
    expect(result.repaired).toBe(false);
    expect([...result.bytes]).toEqual([...garbage]);
  });
});

/** Whether an EBML element ID occurs in the bytes (a plain scan; Cues 1C 53 BB 6B, Duration 44 89). */
function hasId(bytes: Uint8Array, id: number[]): boolean {
  outer: for (let i = 0; i + id.length <= bytes.length; i += 1) {
    for (let j = 0; j < id.length; j += 1) if (bytes[i + j] !== id[j]) continue outer;
    return true;
  }
  return false;
}

describe('a WebM as Chromium’s MediaRecorder wrote it (fixture, 3 s of the fake microphone)', () => {
  const raw = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/recordings/chromium-mediarecorder.webm')));
  const CUES = [0x1c, 0x53, 0xbb, 0x6b];
  const DURATION = [0x44, 0x89];

  it('has no cues and no duration as recorded, and both after the repair', async () => {
    expect(hasId(raw, CUES)).toBe(false);
    expect(hasId(raw, DURATION)).toBe(false);
    const { bytes, repaired } = await seekableVoice(raw, 'audio/webm;codecs=opus');
    expect(repaired).toBe(true);
    expect(hasId(bytes, CUES)).toBe(true);
    expect(hasId(bytes, DURATION)).toBe(true);
    // The walk over the top-level elements sees the cues in the repaired file only; a repaired file is not remuxed again.
    expect(hasCues(raw)).toBe(false);
    expect(hasCues(bytes)).toBe(true);
    const again = await seekableVoice(bytes, 'audio/webm;codecs=opus');
    expect(again.repaired).toBe(false);
    expect(again.bytes).toBe(bytes);
    expect(hasCues(bytes.subarray(0, 40))).toBe(false);
    // The same packets: the repaired file lasts as long as the recording (about 3 s).
    const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
    const original = new Input({ source: new BufferSource(raw), formats: ALL_FORMATS });
    const [after, before] = await Promise.all([input.computeDuration(), original.computeDuration()]);
    expect(after).toBeCloseTo(before, 2);
    expect(after).toBeGreaterThan(2.5);
    expect(after).toBeLessThan(3.5);
  });
});
