// The size of a lecture recording: a simulated 90-minute lecture's timeline (the real manifest and
// the real demo state keys), and the voice implied by the recorder's Opus bitrate.
import { gzipSync } from 'node:zlib';
import { SECTIONS } from '../../slides/sections';
import { decodeRecording, encodeRecording, encodeTimeline, type RecordedEvent, type Recording } from '../../src/features/recording/format';
import { stateAt, VOICE_BITS_PER_SECOND, voiceBytes } from '../../src/features/recording/timeline';
import { SLIDE_SIZE } from '../../src/theme/slideSize';
import type { Figure } from './report';

type SlideShape = { readonly id: string; readonly section?: number; readonly steps: number };

/**
 * The deck's manifest. Its entries point at the slide components (TSX), which the Node-side type
 * check does not compile: the path is a value, so only tsx (at run time) follows it.
 */
async function manifest(): Promise<readonly SlideShape[]> {
  const path: string = '../../slides/index.ts';
  return ((await import(path)) as { SLIDES: readonly SlideShape[] }).SLIDES;
}

const LECTURE_MS = 90 * 60_000;

/** A small seeded generator (the simulation is the same in every run). */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Demo state keys as the slides use them, with the slider's range and step. */
const SLIDERS = [
  { key: 'softmax.temperature', min: 0.1, max: 3, step: 0.05 },
  { key: 'decoderPrediction.temperature', min: 0.1, max: 3, step: 0.05 },
  { key: 'learningRate.eta', min: 0.01, max: 1.2, step: 0.01 },
  { key: 'gradientDescent.learningRate', min: 0.01, max: 1, step: 0.01 },
  { key: 'gradientDescent.steps', min: 0, max: 50, step: 1 },
  { key: 'tinyGpt.learningRate', min: 0.005, max: 0.1, step: 0.005 },
  { key: 'tinyGpt.temperature', min: 0.1, max: 2, step: 0.05 },
  { key: 'hallucination.temperature', min: 0.1, max: 3, step: 0.05 },
  { key: 'contextCost.exponent', min: 8, max: 20, step: 1 },
  { key: 'rotary.position', min: 0, max: 16, step: 1 },
  { key: 'titansSandbox.surprise', min: 0, max: 1, step: 0.01 },
  { key: 'architecture.geluX', min: -4, max: 4, step: 0.1 },
  { key: 'whatIf.queryWeight', min: 0, max: 2, step: 0.05 },
];

export interface SimulatedLecture {
  recording: Recording;
  counts: { views: number; sliderEvents: number; drags: number; trainingRuns: number; blackouts: number; inkStrokes: number };
}

/**
 * About 400 view changes (the 101 views forward, plus going back, jumps and re-showing), 60 slider
 * drags of 2–5 s at 30 events/s, 6 training runs (start, stop, reset), 8 blackouts (on and off),
 * 40 ink strokes of 60 points (the ink track's events are assumed to be strokes of rounded points).
 */
export function simulateLecture(SLIDES: readonly SlideShape[], seed = 42): SimulatedLecture {
  const random = generator(seed);
  const events: RecordedEvent[] = [];
  const views: { slideIndex: number; stepIndex: number }[] = [];
  SLIDES.forEach((slide, slideIndex) => {
    for (let stepIndex = 0; stepIndex <= slide.steps; stepIndex += 1) views.push({ slideIndex, stepIndex });
  });
  const counts = { views: 0, sliderEvents: 0, drags: 0, trainingRuns: 0, blackouts: 0, inkStrokes: 0 };
  // View changes: forward through the deck with back-steps and jumps until ~400 changes.
  const viewTimes: number[] = [];
  const target = 400;
  for (let i = 0; i < target; i += 1) viewTimes.push(Math.round(((i + random()) / target) * LECTURE_MS));
  let position = 0;
  for (const t of viewTimes) {
    const r = random();
    if (r < 0.7) position = Math.min(position + 1, views.length - 1);
    else if (r < 0.92) position = Math.max(position - 1, 0);
    else position = Math.floor(random() * views.length);
    events.push({ t, kind: 'view', view: views[position] });
    counts.views += 1;
  }
  // Slider drags at 30 events/s.
  for (let drag = 0; drag < 60; drag += 1) {
    const slider = SLIDERS[Math.floor(random() * SLIDERS.length)];
    const start = Math.round(random() * (LECTURE_MS - 10_000));
    const length = 2000 + Math.round(random() * 3000);
    let value = slider.min + random() * (slider.max - slider.min);
    for (let t = 0; t < length; t += 33) {
      value = Math.min(slider.max, Math.max(slider.min, value + (random() - 0.5) * 6 * slider.step));
      const stepped = Math.round(Math.round(value / slider.step) * slider.step * 1e6) / 1e6;
      events.push({ t: start + t, kind: 'state', key: slider.key, value: stepped });
      counts.sliderEvents += 1;
    }
    counts.drags += 1;
  }
  // The what-if slide drags a whole embedding (an array of 4 numbers).
  for (let drag = 0; drag < 6; drag += 1) {
    const start = Math.round(random() * (LECTURE_MS - 10_000));
    for (let t = 0; t < 3000; t += 33) {
      const embedding = [0, 0, 0, 0].map(() => Math.round(random() * 100) / 100);
      events.push({ t: start + t, kind: 'state', key: 'whatIf.focusEmbedding', value: embedding });
      counts.sliderEvents += 1;
    }
    counts.drags += 1;
  }
  // Training runs of the tiny GPT: start, stop after a while, sometimes reset.
  let runs = 0;
  let resets = 0;
  for (let run = 0; run < 6; run += 1) {
    const start = Math.round(random() * (LECTURE_MS - 60_000));
    runs += 1;
    resets = Math.max(resets, 1);
    events.push({ t: start, kind: 'state', key: 'tinyGpt.training', value: { running: true, runs, resets } });
    events.push({ t: start + 20_000, kind: 'state', key: 'tinyGpt.training', value: { running: false, runs, resets } });
    resets += 1;
    events.push({ t: start + 40_000, kind: 'state', key: 'tinyGpt.training', value: { running: false, runs, resets } });
    counts.trainingRuns += 1;
  }
  for (let blackout = 0; blackout < 8; blackout += 1) {
    const t = Math.round(random() * (LECTURE_MS - 120_000));
    events.push({ t, kind: 'blackout', blackout: random() < 0.8 ? 'black' : 'white' });
    events.push({ t: t + 30_000 + Math.round(random() * 60_000), kind: 'blackout', blackout: null });
    counts.blackouts += 1;
  }
  for (let stroke = 0; stroke < 40; stroke += 1) {
    const t = Math.round(random() * LECTURE_MS);
    const points: number[] = [];
    let x = random() * SLIDE_SIZE.width;
    let y = random() * SLIDE_SIZE.height;
    for (let p = 0; p < 60; p += 1) {
      x += (random() - 0.5) * 20;
      y += (random() - 0.5) * 20;
      points.push(Math.round(x), Math.round(y));
    }
    events.push({ t, kind: 'track', track: 'ink', event: { type: 'stroke', slide: 'softmax', step: 0, color: 1, points } });
    counts.inkStrokes += 1;
  }
  events.sort((a, b) => a.t - b.t);
  const recording: Recording = {
    createdAt: '2026-12-01T08:15:00.000Z',
    durationMs: LECTURE_MS,
    slides: SLIDES.map((s) => ({ id: s.id, section: s.section ?? null, steps: s.steps })),
    sections: SECTIONS.map((s) => ({ number: s.number, title: s.title })),
    start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: { ink: { strokes: [] } } },
    events,
    audio: { mimeType: 'audio/webm;codecs=opus', offsetMs: 40, byteLength: 0, bitsPerSecond: VOICE_BITS_PER_SECOND },
  };
  return { recording, counts };
}

export async function recordingFigures(): Promise<Figure[]> {
  const { recording, counts } = simulateLecture(await manifest());
  const timeline = Buffer.byteLength(encodeTimeline(recording));
  const voice = voiceBytes(LECTURE_MS, VOICE_BITS_PER_SECOND);
  // Encode and read back the whole file (with a voice-sized dummy audio part), and seek once.
  const file = encodeRecording(recording, new Uint8Array(voice));
  const started = performance.now();
  const { recording: decoded } = decodeRecording(file);
  stateAt(decoded, LECTURE_MS * 0.75);
  const decodeMs = performance.now() - started;
  const note = `${recording.events.length} Ereignisse: ${counts.views} Ansichtswechsel, ${counts.drags} Reglerzüge mit ${counts.sliderEvents} Werten (30/s), ${counts.trainingRuns} Trainingsläufe, ${counts.blackouts} Schwarzbilder, ${counts.inkStrokes} Tintenstriche`;
  return [
    { name: 'Aufzeichnung: Zeitleiste, 90 min simuliert', value: timeline / 1000, unit: 'kB', goal: { limit: 200, better: 'lower' }, note },
    { name: 'Aufzeichnung: Zeitleiste gzip (zum Vergleich)', value: gzipSync(encodeTimeline(recording)).byteLength / 1000, unit: 'kB' },
    {
      name: 'Aufzeichnung: Ton, 90 min',
      value: voice / 1e6,
      unit: 'MB',
      note: `Opus ${VOICE_BITS_PER_SECOND / 1000} kbit/s in WebM (+2 % Container)`,
    },
    { name: 'Aufzeichnung: Datei, 90 min mit Ton', value: file.byteLength / 1e6, unit: 'MB', goal: { limit: 25, better: 'lower' } },
    { name: 'Aufzeichnung: Datei lesen und zu 67:30 springen', value: decodeMs, unit: 'ms' },
  ];
}
