import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { SLIDES } from '../../../slides';
import { handoutInk } from '../../../src/features/ink/handoutInk';
import { inkOfRecording, inkOfRecordingFile } from '../../../src/features/ink/recordingInk';
import { createInkStore } from '../../../src/features/ink/store';
import { createInkTrack } from '../../../src/features/ink/track';
import { encodeRecording } from '../../../src/features/recording/format';
import { restoreTrack, stateAt } from '../../../src/features/recording/timeline';
import { inkRecording, NEXT_SLIDE, RECORDED_SLIDE } from './inkRecording';

const ids = (strokes: readonly { id: string }[]) => strokes.map((s) => s.id);

describe('the ink of a recording, for the handout', () => {
  it('is the ink at the end: the start snapshot and every ink event, as the lecturer had it', () => {
    const { recording, endStrokes } = inkRecording();
    const ink = inkOfRecording(recording);
    expect(ink.ok && ink.strokes).toEqual(endStrokes);
    expect(ink.ok && ids(ink.strokes)).toEqual(['before-1', 'rec-1', 'rec-3']);
    expect(ink.ok && ink.strokes[1].points).toEqual([[300, 300], [450, 340], [600, 300], [700, 360]]);
    // The event a newer deck might write is named, not a crash.
    expect(ink.ok && ink.problems).toEqual([expect.stringMatching(/^Ein Tinte-Ereignis der Aufzeichnung wurde ausgelassen/)]);
  });

  it('is what the player shows at every moment (the same functions: stateAt, then the track restored)', () => {
    const { recording } = inkRecording();
    for (const event of [{ t: 0 }, ...recording.events]) {
      const player = createInkStore([], 'player');
      const recorded = stateAt(recording, event.t).tracks.ink;
      restoreTrack(createInkTrack(player, () => undefined), recorded);
      const at = inkOfRecording(recording, event.t);
      expect(at.ok && at.strokes, `at ${event.t} ms`).toEqual(player.strokes());
    }
    // Before the first stroke: only the ink from before the recording.
    const start = inkOfRecording(recording, 0);
    expect(start.ok && ids(start.strokes)).toEqual(['before-1']);
  });

  it('reaches the handout from the file as the export script hands it over (base64), checked against the deck', () => {
    const { recording } = inkRecording();
    const bytes = encodeRecording(recording, null);
    const ink = handoutInk({ recording: Buffer.from(bytes).toString('base64') }, SLIDES);
    expect(ink?.ok && ink.strokes.map((s) => [s.id, s.slide])).toEqual([
      ['before-1', SLIDES[0].id],
      ['rec-1', RECORDED_SLIDE.id],
      ['rec-3', NEXT_SLIDE.id],
    ]);
    // A recording of another deck: strokes of slides this deck does not have are left out, named.
    const foreign = encodeRecording(
      { ...recording, start: { ...recording.start, tracks: { ink: { format: 'vom-token-zur-antwort-ink', version: 1, strokes: [{ ...inkOfRecordingOk(recording)[0], slide: 'gibt-es-nicht' }] } } }, events: [] },
      null,
    );
    const left = handoutInk({ recording: Buffer.from(foreign).toString('base64') }, SLIDES);
    expect(left?.ok && left.strokes).toEqual([]);
    expect(left?.ok && left.problems).toEqual(['Strich „before-1“: die Folie „gibt-es-nicht“ gibt es nicht (ausgelassen)']);
  });

  it('a broken or foreign file, or none, gets a clear German message, never a crash', () => {
    const bytes = encodeRecording(inkRecording().recording, null);
    expect(inkOfRecordingFile(bytes.subarray(0, bytes.byteLength - 10))).toEqual({ ok: false, message: expect.stringMatching(/abgeschnitten|beschädigt/) });
    expect(inkOfRecordingFile(new TextEncoder().encode('%PDF-1.7'))).toEqual({ ok: false, message: expect.stringMatching(/zu kurz|keine Aufzeichnung/) });
    expect(handoutInk({ recording: '***' }, SLIDES)).toEqual({ ok: false, message: 'Die Aufzeichnung wurde nicht als Base64 übergeben.' });
    expect(handoutInk({ recording: 42 }, SLIDES)).toEqual({ ok: false, message: 'Die Aufzeichnung wurde nicht als Base64 übergeben.' });
    // A recording without an ink track: no strokes, and the handout says why.
    const { recording } = inkRecording();
    const without = inkOfRecording({ ...recording, start: { ...recording.start, tracks: {} }, events: [] });
    expect(without).toEqual({ ok: true, strokes: [], problems: ['die Aufzeichnung enthält keine Tinte'] });
    // A broken ink snapshot: named, the events after it still apply.
    const broken = inkOfRecording({ ...recording, start: { ...recording.start, tracks: { ink: { format: 'etwas' } } } });
    expect(broken.ok && ids(broken.strokes)).toEqual(['rec-1', 'rec-3']);
    expect(broken.ok && broken.problems[0]).toMatch(/^Die Tinte der Aufzeichnung ist beschädigt/);
  });
});

function inkOfRecordingOk(recording: Parameters<typeof inkOfRecording>[0]) {
  const ink = inkOfRecording(recording, 0);
  if (!ink.ok) throw new Error(ink.message);
  return ink.strokes;
}
