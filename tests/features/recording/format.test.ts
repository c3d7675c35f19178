import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Blackout } from '../../../src/shell/blackout';
import {
  decodeRecording,
  decodeTimeline,
  encodeRecording,
  encodeTimeline,
  MAGIC,
  RecordingFormatError,
  type RecordedEvent,
  type Recording,
  type View,
} from '../../../src/features/recording/format';
import { chapterAt, chaptersOf, formatClock, stateAt, voiceBytes } from '../../../src/features/recording/timeline';

const SLIDES = [
  { id: 'titel', section: null, steps: 0 },
  { id: 'agenda', section: null, steps: 0 },
  { id: 'motivation', section: 1, steps: 1 },
  { id: 'transformer', section: 2, steps: 3 },
  { id: 'mathe', section: 3, steps: 2 },
  { id: 'lernen', section: 5, steps: 1 },
  { id: 'lernrate', section: 3, steps: 0 },
];
const SECTIONS = [
  { number: 1, title: 'Motivation' },
  { number: 2, title: 'Transformer' },
  { number: 3, title: 'Mathematik' },
  { number: 5, title: 'Lernprozess' },
];

function recording(events: RecordedEvent[], extra: Partial<Recording> = {}): Recording {
  return {
    createdAt: '2026-12-01T18:00:00.000Z',
    durationMs: events.at(-1)?.t ?? 0,
    slides: SLIDES,
    sections: SECTIONS,
    start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: { 'softmax.temperature': 1 }, tracks: { ink: { strokes: [] } } },
    events,
    audio: null,
    ...extra,
  };
}

/** The truth, tracked while a session is simulated: what the deck shows after each event. */
type Truth = { t: number; view: View; blackout: Blackout; state: Record<string, unknown>; ink: unknown[] };

/** A random lecture: events with increasing times, and the state after each, kept by the generator itself. */
const sessions = fc
  .array(
    fc.record({
      dt: fc.integer({ min: 0, max: 5000 }),
      kind: fc.constantFrom('view', 'state', 'blackout', 'track'),
      slide: fc.integer({ min: 0, max: SLIDES.length - 1 }),
      step: fc.integer({ min: 0, max: 3 }),
      key: fc.constantFrom('softmax.temperature', 'whatIf.city', 'whatIf.focusEmbedding', 'tinyGpt.training'),
      value: fc.oneof(fc.double({ min: -10, max: 10, noNaN: true }).map((v) => v + 0), fc.constantFrom('Berlin', 'Paris'), fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 4 }), fc.record({ running: fc.boolean(), runs: fc.nat(9) })),
      blackout: fc.constantFrom<Blackout>('black', 'white', null),
    }),
    { maxLength: 60 },
  )
  .map((steps) => {
    let t = 0;
    let truth: Truth = { t: 0, view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: { 'softmax.temperature': 1 }, ink: [] };
    const truths: Truth[] = [truth];
    const events: RecordedEvent[] = steps.map((s): RecordedEvent => {
      t += s.dt;
      let event: RecordedEvent;
      const next: Truth = { ...truth, t, state: { ...truth.state }, ink: [...truth.ink] };
      if (s.kind === 'view') {
        const view = { slideIndex: s.slide, stepIndex: Math.min(s.step, SLIDES[s.slide].steps) };
        event = { t, kind: 'view', view };
        next.view = view;
      } else if (s.kind === 'state') {
        event = { t, kind: 'state', key: s.key, value: s.value };
        next.state[s.key] = s.value;
      } else if (s.kind === 'blackout') {
        event = { t, kind: 'blackout', blackout: s.blackout };
        next.blackout = s.blackout;
      } else {
        event = { t, kind: 'track', track: 'ink', event: { stroke: s.slide } };
        next.ink.push({ stroke: s.slide });
      }
      truth = next;
      truths.push(truth);
      return event;
    });
    return { events, truths };
  });

describe('recording format', () => {
  it('round-trips a timeline and a whole file with audio', () => {
    fc.assert(
      fc.property(sessions, ({ events }) => {
        const original = recording(events);
        const decoded = decodeTimeline(encodeTimeline(original));
        expect(decoded.events).toEqual(events);
        expect(decoded.start).toEqual(original.start);
        expect(decoded.slides).toEqual(SLIDES);
        const audio = new Uint8Array([1, 2, 3, 4, 5, 250]);
        const file = encodeRecording({ ...original, audio: { mimeType: 'audio/webm;codecs=opus', offsetMs: 12, byteLength: 0, bitsPerSecond: 24000 } }, audio);
        const back = decodeRecording(file);
        expect([...back.audio!]).toEqual([...audio]);
        expect(back.recording.audio).toEqual({ mimeType: 'audio/webm;codecs=opus', offsetMs: 12, byteLength: 6, bitsPerSecond: 24000 });
        expect(back.recording.events).toEqual(events);
      }),
      { numRuns: 60 },
    );
  });

  it('stores times as deltas and state keys once', () => {
    const text = encodeTimeline(
      recording([
        { t: 1000, kind: 'state', key: 'softmax.temperature', value: 1.5 },
        { t: 1033, kind: 'state', key: 'softmax.temperature', value: 1.6 },
        { t: 2000, kind: 'view', view: { slideIndex: 2, stepIndex: 1 } },
      ]),
    );
    const stored = JSON.parse(text);
    expect(stored.keys).toEqual(['softmax.temperature']);
    expect(stored.events).toEqual([
      [1000, 's', 0, 1.5],
      [33, 's', 0, 1.6],
      [967, 'v', 2, 1],
    ]);
    expect(text.split('softmax.temperature').length - 1).toBe(2); // once in start.state, once in keys
  });

  const valid = () => JSON.parse(encodeTimeline(recording([{ t: 5, kind: 'view', view: { slideIndex: 3, stepIndex: 2 } }])));
  const broken: [string, (stored: ReturnType<typeof valid>) => unknown, RegExp][] = [
    ['not a recording', () => ({ hello: 'world' }), /keine Aufzeichnung/],
    ['a newer version', (s) => ({ ...s, version: 99 }), /Format 99.*neuere Fassung/],
    ['no version', (s) => ({ ...s, version: 'eins' }), /Formatversion/],
    ['a slide out of range', (s) => ({ ...s, events: [[5, 'v', 40, 0]] }), /Folie 41 gibt es/],
    ['a step out of range', (s) => ({ ...s, events: [[5, 'v', 3, 9]] }), /keinen Schritt 10/],
    ['a negative time', (s) => ({ ...s, events: [[-5, 'v', 3, 0]] }), /Zeitangabe/],
    ['a fractional index', (s) => ({ ...s, events: [[5, 'v', 1.5, 0]] }), /Ansicht/],
    ['an unknown key index', (s) => ({ ...s, events: [[5, 's', 7, 1]] }), /Demo-Zustand/],
    ['an unknown event kind', (s) => ({ ...s, events: [[5, 'x', 1]] }), /unbekannte Art/],
    ['a wrong blackout', (s) => ({ ...s, events: [[5, 'b', 'grün']] }), /Schwarz/],
    ['a broken start', (s) => ({ ...s, start: { ...s.start, view: [0] } }), /Anfang/],
    ['no slides', (s) => ({ ...s, deck: { slides: [], sections: [] } }), /Liste der Folien/],
    ['a foreign audio type', (s) => ({ ...s, audio: { mimeType: 'text/html', offsetMs: 0, byteLength: 0, bitsPerSecond: 1 } }), /Tonspur/],
    ['an infinite duration', (s) => ({ ...s, durationMs: null }), /Dauer/],
    ['a media type with markup', (s) => ({ ...s, audio: { mimeType: 'audio/webm"><script>', offsetMs: 0, byteLength: 0, bitsPerSecond: 1 } }), /Tonspur/],
    ['captions that are not text', (s) => ({ ...s, captions: { cues: 1 } }), /Untertitel/],
  ];
  it.each(broken)('rejects a timeline with %s, in German', (_name, mutate, message) => {
    expect(() => decodeTimeline(JSON.stringify(mutate(valid())))).toThrow(message);
    expect(() => decodeTimeline(JSON.stringify(mutate(valid())))).toThrow(RecordingFormatError);
  });

  it('rejects broken and foreign files with a German message, never another error', () => {
    const good = encodeRecording(recording([{ t: 5, kind: 'view', view: { slideIndex: 2, stepIndex: 1 } }]), null);
    const cases: [Uint8Array, RegExp][] = [
      [new Uint8Array(0), /zu kurz/],
      [new TextEncoder().encode('%PDF-1.7 this is a pdf file'), /falsche Kennung/],
      [good.subarray(0, good.byteLength - 10), /abgeschnitten/],
      [new Uint8Array([...good, 1, 2, 3]), /keine Tonspur/],
    ];
    for (const [bytes, message] of cases) expect(() => decodeRecording(bytes)).toThrow(message);
    const garbled = good.slice();
    garbled[20] = 0xff;
    expect(() => decodeRecording(garbled)).toThrow(RecordingFormatError);
    const withAudio = encodeRecording({ ...recording([]), audio: { mimeType: 'audio/webm', offsetMs: 0, byteLength: 0, bitsPerSecond: 24000 } }, new Uint8Array(100));
    expect(() => decodeRecording(withAudio.subarray(0, withAudio.byteLength - 1))).toThrow(/Tonspur ist unvollständig/);
    expect(String.fromCharCode(...good.subarray(0, 8))).toBe(MAGIC);
    // Random bytes: always a RecordingFormatError.
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeRecording(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(RecordingFormatError);
        }
      }),
    );
  });
});

describe('state at t', () => {
  it('equals the state the simulated session had at that time, forwards and backwards', () => {
    fc.assert(
      fc.property(sessions, fc.array(fc.integer({ min: -100, max: 200_000 }), { maxLength: 10 }), ({ events, truths }, times) => {
        const decoded = decodeTimeline(encodeTimeline(recording(events)));
        for (const t of times) {
          // The truth at t: the last simulated state whose time is at or before t.
          const truth = [...truths].reverse().find((entry) => entry.t <= t) ?? truths[0];
          const at = stateAt(decoded, t);
          expect(at.view).toEqual(truth.view);
          expect(at.blackout).toBe(truth.blackout);
          expect(at.state).toEqual(truth.state);
          expect(at.tracks.ink.snapshot).toEqual({ strokes: [] });
          expect(at.tracks.ink.events).toEqual(truth.ink);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('takes every event at exactly t, and none after it', () => {
    const decoded = recording([
      { t: 100, kind: 'view', view: { slideIndex: 2, stepIndex: 0 } },
      { t: 100, kind: 'view', view: { slideIndex: 2, stepIndex: 1 } },
      { t: 101, kind: 'view', view: { slideIndex: 3, stepIndex: 0 } },
    ]);
    expect(stateAt(decoded, 99).view).toEqual({ slideIndex: 0, stepIndex: 0 });
    expect(stateAt(decoded, 100).view).toEqual({ slideIndex: 2, stepIndex: 1 });
    expect(stateAt(decoded, 100).applied).toBe(2);
    expect(stateAt(decoded, 101).view).toEqual({ slideIndex: 3, stepIndex: 0 });
  });
});

describe('chapters', () => {
  it('start where the lecture first reaches a section; going back starts none', () => {
    const decoded = recording([
      { t: 1000, kind: 'view', view: { slideIndex: 1, stepIndex: 0 } },
      { t: 60_000, kind: 'view', view: { slideIndex: 2, stepIndex: 0 } },
      { t: 120_000, kind: 'view', view: { slideIndex: 3, stepIndex: 0 } },
      { t: 130_000, kind: 'view', view: { slideIndex: 2, stepIndex: 1 } },
      { t: 200_000, kind: 'view', view: { slideIndex: 4, stepIndex: 0 } },
      { t: 300_000, kind: 'view', view: { slideIndex: 5, stepIndex: 0 } },
      { t: 350_000, kind: 'view', view: { slideIndex: 6, stepIndex: 0 } },
    ]);
    const chapters = chaptersOf(decoded);
    expect(chapters.map((c) => [c.title, c.startMs])).toEqual([
      ['Einstieg', 0],
      ['1. Motivation', 60_000],
      ['2. Transformer', 120_000],
      ['3. Mathematik', 200_000],
      ['5. Lernprozess', 300_000],
    ]);
    expect(chapterAt(chapters, 0)).toBe(0);
    expect(chapterAt(chapters, 125_000)).toBe(2);
    expect(chapterAt(chapters, 360_000)).toBe(4);
  });
});

describe('sizes and clocks', () => {
  it('voice at 24 kbit/s for 90 minutes is about 16,5 MB', () => {
    expect(voiceBytes(90 * 60_000, 24_000)).toBeCloseTo(16_524_000, -3);
  });
  it('formats times', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(65_999)).toBe('1:05');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(Number.NaN)).toBe('0:00');
    expect(formatClock(-5)).toBe('0:00');
  });
});

describe('file format versions', () => {
  /** A version-1 file as the recorder before captions wrote it, spelled out by hand. */
  function versionOneFile(audio: Uint8Array): Uint8Array {
    const timeline = JSON.stringify({
      format: 'vom-token-zur-antwort-recording',
      version: 1,
      createdAt: '2026-11-20T09:15:00.000Z',
      durationMs: 4000,
      deck: { slides: [['titel', null, 0], ['motivation', 1, 1]], sections: [[1, 'Motivation']] },
      start: { view: [0, 0], blackout: null, state: {}, tracks: {} },
      keys: [],
      events: [[1500, 'v', 1, 0], [1000, 'v', 1, 1]],
      audio: { mimeType: 'audio/webm;codecs=opus', offsetMs: 40, byteLength: audio.byteLength, bitsPerSecond: 24000 },
    });
    const text = new TextEncoder().encode(timeline);
    const file = new Uint8Array(16 + text.byteLength + audio.byteLength);
    file.set(new TextEncoder().encode('VTZA-REC'), 0);
    file[8] = 1;
    file[12] = text.byteLength & 0xff;
    file[13] = (text.byteLength >> 8) & 0xff;
    file.set(text, 16);
    file.set(audio, 16 + text.byteLength);
    return file;
  }

  it('still opens a version-1 file, as a recording without captions', () => {
    const { recording: old, audio } = decodeRecording(versionOneFile(new Uint8Array([7, 8, 9])));
    expect(old.events.map((e) => e.t)).toEqual([1500, 2500]);
    expect(old.audio?.mimeType).toBe('audio/webm;codecs=opus');
    expect(old.audio?.offsetMs).toBe(40);
    expect([...audio!]).toEqual([7, 8, 9]);
    expect(old.captions).toBeNull();
  });

  it('writes version 2 with the MP4/AAC type and the captions, and reads both back', () => {
    const vtt = 'WEBVTT\n\n00:00.000 --> 00:02.000\nGuten Morgen „zusammen“ <b>fett</b>\n';
    const mp4 = { mimeType: 'audio/mp4; codecs=mp4a.40.2', offsetMs: 0, byteLength: 0, bitsPerSecond: 48000 };
    const file = encodeRecording({ ...recording([]), audio: mp4, captions: vtt }, new Uint8Array([1, 2]));
    const stored = JSON.parse(new TextDecoder().decode(file.subarray(16, 16 + (file[12] | (file[13] << 8)))));
    expect(stored.version).toBe(2);
    const back = decodeRecording(file);
    expect(back.recording.audio?.mimeType).toBe('audio/mp4; codecs=mp4a.40.2');
    expect(back.recording.captions).toBe(vtt);
  });
});
