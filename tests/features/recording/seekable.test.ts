import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { describe, expect, it } from 'vitest';
import { seekableVoice } from '../../../src/features/recording/seekable';
import { hasCues, isFragmentedMp4, lacksIndex, needsRepair } from '../../../src/features/recording/voiceIndex';

describe('making the voice seekable', () => {
  it('may repair WebM and MP4 (MediaRecorder writes both without an index), never Ogg (bisection)', () => {
    expect(needsRepair('audio/webm;codecs=opus')).toBe(true);
    expect(needsRepair(' audio/WEBM')).toBe(true);
    expect(needsRepair('audio/ogg;codecs=opus')).toBe(false);
    expect(needsRepair('audio/mp4; codecs=mp4a.40.2')).toBe(true);
    expect(needsRepair('audio/x-m4a')).toBe(true);
    expect(needsRepair('audio/webmx')).toBe(false);
    expect(needsRepair('audio/mp4x')).toBe(false);
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
    const asMp4 = await seekableVoice(garbage, 'audio/mp4');
    expect(asMp4.repaired).toBe(false);
    expect(asMp4.bytes).toBe(garbage);
  });

  it('reads any bytes as fragmented MP4 or not without throwing, and finds a moof after boxes of any size', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => typeof isFragmentedMp4(bytes) === 'boolean'));
    /** A box: 32-bit size, four-letter type, `payload` zero bytes. */
    const box = (type: string, payload: number) => {
      const bytes = new Uint8Array(8 + payload);
      new DataView(bytes.buffer).setUint32(0, 8 + payload);
      bytes.set([...type].map((c) => c.charCodeAt(0)), 4);
      return bytes;
    };
    const join = (...boxes: Uint8Array[]) => Uint8Array.from(boxes.flatMap((b) => [...b]));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 6 }), (sizes) => {
        const before = sizes.map((n) => box('free', n));
        expect(isFragmentedMp4(join(box('ftyp', 24), ...before, box('moov', 40)))).toBe(false);
        expect(isFragmentedMp4(join(box('ftyp', 24), ...before, box('moof', 16), box('mdat', 5)))).toBe(true);
      }),
    );
  });
});

describe('an MP4 as WebKit’s MediaRecorder wrote it (fixture: WebKitGTK 2.50, mock microphone, about 3 s)', () => {
  const raw = new Uint8Array(readFileSync(resolve(__dirname, '../../fixtures/recordings/webkit-mediarecorder.mp4')));

  /** The four-letter types of the top-level boxes, walked by their sizes. */
  function topLevelBoxes(bytes: Uint8Array): string[] {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const types: string[] = [];
    for (let at = 0; at + 8 <= bytes.length; at += view.getUint32(at)) types.push(String.fromCharCode(...bytes.subarray(at + 4, at + 8)));
    return types;
  }

  it('is fragmented as recorded (moof/mdat pairs) and has one index and no fragment after the repair, as long as before', async () => {
    expect(topLevelBoxes(raw)).toContain('moof');
    expect(isFragmentedMp4(raw)).toBe(true);
    expect(lacksIndex(raw, 'audio/mp4; codecs=mp4a.40.2')).toBe(true);
    const { bytes, repaired } = await seekableVoice(raw, 'audio/mp4; codecs=mp4a.40.2');
    expect(repaired).toBe(true);
    const boxes = topLevelBoxes(bytes);
    expect(boxes).not.toContain('moof');
    // fastStart: the index comes before the samples, so a browser can seek before it has the whole file.
    expect(boxes.indexOf('moov')).toBeGreaterThanOrEqual(0);
    expect(boxes.indexOf('moov')).toBeLessThan(boxes.indexOf('mdat'));
    expect(isFragmentedMp4(bytes)).toBe(false);
    const again = await seekableVoice(bytes, 'audio/mp4; codecs=mp4a.40.2');
    expect(again.repaired).toBe(false);
    expect(again.bytes).toBe(bytes);
    const [after, before] = await Promise.all([
      new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS }).computeDuration(),
      new Input({ source: new BufferSource(raw), formats: ALL_FORMATS }).computeDuration(),
    ]);
    expect(after).toBeCloseTo(before, 2);
    expect(after).toBeGreaterThan(2.5);
    expect(after).toBeLessThan(3.5);
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
