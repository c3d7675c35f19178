// A whole lecture replayed: a 90-minute recording (voice from markedLectureVoice: a beep every 4 s,
// a view change at every full minute) opened in the built deck; the time until it plays and until it
// seeks (the WebM repair runs in the background), and after seeks forward and back the worst offset
// between voice and deck, read twice: the voice's currentTime against the deck's clock, and the
// beeps as heard (an AnalyserNode on the voice) against the times they were put at.
import type { Browser, ElementHandle, Page } from 'playwright-core';
import { encodeRecording, type Recording } from '../../src/features/recording/format';
import { seekableVoice } from '../../src/features/recording/seekable';
import { MARKER_PERIOD_S, markedLectureVoice } from './recordingVoice';
import type { Figure } from './report';

const MINUTES = 90;
/** Where the seeks go (ms): ± 5 s, ± 1 min, far jumps both ways, near the start and the end. */
const SEEKS = [600_000, 605_000, 600_000, 660_000, 600_000, 3_000_000, 2_995_000, 5_100_000, 120_000, 5_340_000, 60_000, 2_700_000];

/**
 * Hands the staged file (in a detached input) to the deck's picker and measures, in the page's own
 * clock, until the voice can play (the player is open and the voice has data: readyState ≥ 2) and
 * until it can seek (the player says so and the voice has a finite duration). Strings, so that
 * tsx's helpers (`__name`) stay out of the page.
 */
const OPEN_FROM_STAGED = `(async () => {
  const picker = document.querySelector('[data-testid=replay-file-input]');
  const transfer = new DataTransfer();
  transfer.items.add(window.benchFile);
  const started = performance.now();
  picker.files = transfer.files;
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  const until = (ready) => new Promise((resolve) => {
    const check = () => {
      if (ready()) resolve(performance.now() - started);
      else requestAnimationFrame(check);
    };
    check();
  });
  const audio = () => document.querySelector('[data-testid=replay-audio]');
  const playableMs = await until(() => audio() !== null && audio().readyState >= 2);
  const seekableMs = await until(
    () => document.querySelector('[data-testid=replay-bar]')?.getAttribute('data-voice-seekable') === 'true' && Number.isFinite(audio()?.duration) && audio().duration > 0,
  );
  return { playableMs, seekableMs };
})()`;

/** Worst of ten frames: the voice's position against the deck's clock, both read in one frame. */

const WORST_OF_TEN_FRAMES = `new Promise((resolve) => {
  let frames = 0;
  let max = 0;
  const sample = () => {
    const audio = document.querySelector('[data-testid=replay-audio]');
    const t = Number(document.querySelector('[data-testid=replay-bar]').getAttribute('data-replay-t'));
    max = Math.max(max, Math.abs(audio.currentTime * 1000 - t));
    frames += 1;
    if (frames >= 10) resolve(max);
    else requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
})`;

/**
 * Listens to the player's voice (the page has been clicked, so an AudioContext may start): every
 * rising edge of a beep, as an AnalyserNode sees it in the rendered sound, is kept with the deck's
 * time in that frame (the player bar's data-replay-t). Resolves to nothing; the onsets collect in
 * window.benchOnsets.
 */
const LISTEN_TO_MARKERS = `(async () => {
  const audio = document.querySelector('[data-testid=replay-audio]');
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 256;
  context.createMediaElementSource(audio).connect(analyser);
  analyser.connect(context.destination);
  await context.resume();
  const samples = new Float32Array(analyser.fftSize);
  const onsets = [];
  window.benchOnsets = onsets;
  let loud = false;
  const listen = () => {
    analyser.getFloatTimeDomainData(samples);
    let sum = 0;
    for (const x of samples) sum += x * x;
    const rms = Math.sqrt(sum / samples.length);
    if (!loud && rms > 0.1) {
      loud = true;
      onsets.push(Number(document.querySelector('[data-testid=replay-bar]').getAttribute('data-replay-t')));
    } else if (loud && rms < 0.02) loud = false;
    requestAnimationFrame(listen);
  };
  requestAnimationFrame(listen);
})()`;

export async function recordingSyncFigures(browser: Browser, deckUrl: string): Promise<Figure[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    // A page of the deck (a secure context: 127.0.0.1) lends its Opus encoder to the marker voice.
    await page.goto(`${deckUrl}?view=slides&slideIndex=0&stepIndex=0`);
    const voice = await markedLectureVoice(page, MINUTES);
    return await measure(page, voice, deckUrl);
  } finally {
    await context.close();
  }
}

async function measure(page: Page, voice: Uint8Array, deckUrl: string): Promise<Figure[]> {
  const durationMs = MINUTES * 60_000;
  const recording: Recording = {
    createdAt: '2026-12-01T08:15:00.000Z',
    durationMs,
    slides: [
      { id: 'titel', section: null, steps: 0 },
      { id: 'agenda', section: null, steps: 0 },
    ],
    sections: [],
    start: { view: { slideIndex: 0, stepIndex: 0 }, blackout: null, state: {}, tracks: {} },
    events: Array.from({ length: MINUTES - 1 }, (_, i) => ({ t: (i + 1) * 60_000, kind: 'view' as const, view: { slideIndex: (i + 1) % 2, stepIndex: 0 } })),
    audio: { mimeType: 'audio/webm;codecs=opus', offsetMs: 0, byteLength: 0, bitsPerSecond: 24_000 },
  };
  // As recorded before this change (no cues: repaired on opening), and as the recorder saves it now.
  const oldFile = encodeRecording(recording, voice);
  const savedFile = encodeRecording(recording, (await seekableVoice(voice, 'audio/webm;codecs=opus')).bytes);
  /** Opens a file through the picker; ms until the voice can play and until it can seek. */
  const open = async (file: Uint8Array) => {
    await page.goto(`${deckUrl}?view=slides&slideIndex=0&stepIndex=0`);
    await page.locator('.slide-title:visible').first().waitFor();
    // The bytes cross to the browser first, so the time counts the deck's work only.
    const staging = (await page.evaluateHandle(`(() => { const el = document.createElement('input'); el.type = 'file'; return el; })()`)) as ElementHandle<HTMLInputElement>;
    await staging.setInputFiles({ name: 'vorlesung-90.vtzrec', mimeType: 'application/octet-stream', buffer: Buffer.from(file) });
    await staging.evaluate((el) => {
      (window as unknown as { benchFile: File }).benchFile = el.files![0];
    });
    return (await page.evaluate(OPEN_FROM_STAGED)) as { playableMs: number; seekableMs: number };
  };
  const saved = await open(savedFile);
  const old = await open(oldFile);

  await page.getByTestId('replay-play').click();
  await page.evaluate(LISTEN_TO_MARKERS);
  const offsets: number[] = [];
  const heard: number[] = [];
  for (const target of SEEKS) {
    await page.getByTestId('replay-seek').fill(String(target));
    // Playing again from the seek, half a second of timeline later.
    await page.waitForFunction(
      (at) => {
        const audio = document.querySelector<HTMLAudioElement>('[data-testid=replay-audio]');
        const t = Number(document.querySelector('[data-testid=replay-bar]')?.getAttribute('data-replay-t'));
        return audio !== null && !audio.paused && audio.readyState >= 3 && t >= at + 500 && t < at + 5000;
      },
      target,
      { timeout: 30_000 },
    );
    // Worst of ten frames: the voice's position against the deck's clock, both read in one frame.
    const worst = (await page.evaluate(WORST_OF_TEN_FRAMES)) as number;
    offsets.push(worst);
    // The next beep heard after the landing: the deck's time then, against the nearest marker time.
    const handle = await page.waitForFunction(
      (from) => (window as unknown as { benchOnsets: number[] }).benchOnsets.find((t) => t >= from) ?? false,
      target + 500,
      { timeout: 30_000 },
    );
    const deckAtBeep = (await handle.jsonValue()) as number;
    const period = MARKER_PERIOD_S * 1000;
    heard.push(Math.abs(deckAtBeep - Math.round(deckAtBeep / period) * period));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1].toFixed(0);
  return [
    { name: `Aufzeichnung ${MINUTES} min öffnen, wie jetzt gespeichert (${(savedFile.byteLength / 1e6).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB), bis der Ton spielt`, value: saved.playableMs, unit: 'ms', goal: { limit: 2000, better: 'lower' }, note: `springbereit nach ${saved.seekableMs.toFixed(0)} ms` },
    { name: `Aufzeichnung ${MINUTES} min öffnen, alte Datei (ohne Index), bis der Ton spielt`, value: old.playableMs, unit: 'ms', goal: { limit: 2000, better: 'lower' } },
    { name: `Aufzeichnung ${MINUTES} min öffnen, alte Datei: WebM-Reparatur im Hintergrund, bis Sprünge gehen`, value: old.seekableMs, unit: 'ms', note: 'bis dahin spielt der Ton vom Anfang; ein Sprung wartet auf die Reparatur' },
    { name: `Größter Versatz Ton/Folien nach ${SEEKS.length} Sprüngen vor und zurück (currentTime)`, value: Math.max(...offsets), unit: 'ms', goal: { limit: 100, better: 'lower' }, note: `Median ${median(offsets)} ms` },
    {
      name: `Größter Versatz hörbare Marke/Folien nach ${SEEKS.length} Sprüngen (Piepton alle ${MARKER_PERIOD_S} s)`,
      value: Math.max(...heard),
      unit: 'ms',
      goal: { limit: 100, better: 'lower' },
      note: `Median ${median(heard)} ms; gehört mit einem AnalyserNode, auf ein Bild (16 ms) genau`,
    },
  ];
}
