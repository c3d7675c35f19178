/**
 * The lecture recording file: a timeline of what the deck showed (view, demo state, blackout, extra
 * tracks such as ink) with times, and optionally the lecturer's voice. Pure: no DOM, no React, so
 * unit tests and the benchmark exercise it in Node.
 *
 * Container (all integers little-endian):
 *   bytes 0–7   magic "VTZA-REC" (ASCII)
 *   byte  8     container version (1)
 *   bytes 9–11  reserved, 0
 *   bytes 12–15 uint32: length T of the timeline in bytes
 *   bytes 16…   the timeline: UTF-8 JSON (`Timeline`, below)
 *   then        the audio, exactly `timeline.audio.byteLength` bytes as MediaRecorder wrote them
 *               (WebM/Opus, Ogg/Opus or MP4/AAC, named by `timeline.audio.mimeType`), or nothing
 *               when `timeline.audio` is null.
 *
 * Timeline versions: 1 (recorded before captions; always WebM or Ogg Opus) is still read, as a
 * recording without captions. 2 adds `captions` (WebVTT text or null) and allows MP4/AAC voice.
 */

import type { Blackout } from '../../shell/blackout';

export const MAGIC = 'VTZA-REC';
export const CONTAINER_VERSION = 1;
export const FORMAT_NAME = 'vom-token-zur-antwort-recording';
export const TIMELINE_VERSION = 2;
const HEADER_BYTES = 16;

export type View = { readonly slideIndex: number; readonly stepIndex: number };

/** One change, at `t` milliseconds after the recording started. */
export type RecordedEvent =
  | { readonly t: number; readonly kind: 'view'; readonly view: View }
  | { readonly t: number; readonly kind: 'state'; readonly key: string; readonly value: unknown }
  | { readonly t: number; readonly kind: 'blackout'; readonly blackout: Blackout }
  | { readonly t: number; readonly kind: 'track'; readonly track: string; readonly event: unknown };

/** Everything the deck showed when the recording started. */
export interface StartState {
  readonly view: View;
  readonly blackout: Blackout;
  /** The demo state (sharedStore), key -> value. */
  readonly state: Readonly<Record<string, unknown>>;
  /** Each registered recording track's snapshot, by track name. */
  readonly tracks: Readonly<Record<string, unknown>>;
}

export interface RecordedSlide {
  readonly id: string;
  readonly section: number | null;
  readonly steps: number;
}

export interface RecordedSection {
  readonly number: number;
  readonly title: string;
}

export interface AudioInfo {
  readonly mimeType: string;
  /** Where the audio starts on the timeline (ms after the recording started). */
  readonly offsetMs: number;
  readonly byteLength: number;
  readonly bitsPerSecond: number;
}

/** A recording in memory. */
export interface Recording {
  readonly createdAt: string;
  readonly durationMs: number;
  /** The deck it was recorded with (replay maps views by slide id; chapters come from sections). */
  readonly slides: readonly RecordedSlide[];
  readonly sections: readonly RecordedSection[];
  readonly start: StartState;
  /** In time order. */
  readonly events: readonly RecordedEvent[];
  readonly audio: AudioInfo | null;
  /** WebVTT text of the captions („Untertitel hinzufügen“); absent or null: none. */
  readonly captions?: string | null;
}

/**
 * The timeline as stored (JSON), compact: events are arrays `[dt, code, …]`, dt the milliseconds
 * since the previous event (an integer >= 0), state keys by index into `keys`:
 *   [dt, "v", slideIndex, stepIndex]        view
 *   [dt, "s", keyIndex, value]              demo state (any JSON value)
 *   [dt, "b", "black" | "white" | null]     blackout
 *   [dt, "t", trackName, event]             an extra track's event (any JSON value)
 */
export interface StoredTimeline {
  format: typeof FORMAT_NAME;
  version: number;
  createdAt: string;
  durationMs: number;
  deck: { slides: [string, number | null, number][]; sections: [number, string][] };
  start: { view: [number, number]; blackout: Blackout; state: Record<string, unknown>; tracks: Record<string, unknown> };
  keys: string[];
  events: unknown[][];
  audio: AudioInfo | null;
  /** Since version 2. */
  captions: string | null;
}

/** A file that is not a recording, or a broken one: the message is German, for the user. */
export class RecordingFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecordingFormatError';
  }
}

const fail = (message: string): never => {
  throw new RecordingFormatError(message);
};

/** The timeline of a recording as its stored JSON object. */
export function toStoredTimeline(recording: Recording): StoredTimeline {
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const indexOf = (key: string) => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.length;
      keys.push(key);
      keyIndex.set(key, index);
    }
    return index;
  };
  let previous = 0;
  const events = recording.events.map((event): unknown[] => {
    const t = Math.max(previous, Math.round(event.t));
    const dt = t - previous;
    previous = t;
    switch (event.kind) {
      case 'view':
        return [dt, 'v', event.view.slideIndex, event.view.stepIndex];
      case 'state':
        return [dt, 's', indexOf(event.key), event.value === undefined ? null : event.value];
      case 'blackout':
        return [dt, 'b', event.blackout];
      case 'track':
        return [dt, 't', event.track, event.event === undefined ? null : event.event];
    }
  });
  return {
    format: FORMAT_NAME,
    version: TIMELINE_VERSION,
    createdAt: recording.createdAt,
    durationMs: Math.max(Math.round(recording.durationMs), previous),
    deck: {
      slides: recording.slides.map((s) => [s.id, s.section, s.steps]),
      sections: recording.sections.map((s) => [s.number, s.title]),
    },
    start: {
      view: [recording.start.view.slideIndex, recording.start.view.stepIndex],
      blackout: recording.start.blackout,
      state: { ...recording.start.state },
      tracks: { ...recording.start.tracks },
    },
    keys,
    events,
    audio: recording.audio,
    captions: recording.captions ?? null,
  };
}

/** The timeline's JSON text (what the 200 kB goal measures). */
export function encodeTimeline(recording: Recording): string {
  return JSON.stringify(toStoredTimeline(recording));
}

/** A media type as MediaRecorder names it: "audio/webm;codecs=opus", "audio/mp4; codecs=mp4a.40.2". */
const AUDIO_TYPE = /^audio\/[a-z0-9.+-]+(\s*;\s*[a-z]+=("?)[a-z0-9.,+ -]*\2)*$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isBlackout = (value: unknown): value is Blackout => value === null || value === 'black' || value === 'white';

function checkView(value: unknown, slides: readonly RecordedSlide[], where: string): View {
  if (!Array.isArray(value) || value.length !== 2 || !isIndex(value[0]) || !isIndex(value[1])) {
    fail(`${where}: die Ansicht ist keine gültige Folie/Schritt-Angabe.`);
  }
  const [slideIndex, stepIndex] = value as [number, number];
  if (slideIndex >= slides.length) fail(`${where}: Folie ${slideIndex + 1} gibt es in der Aufzeichnung nicht (${slides.length} Folien).`);
  if (stepIndex > slides[slideIndex].steps) fail(`${where}: Folie ${slideIndex + 1} hat keinen Schritt ${stepIndex + 1}.`);
  return { slideIndex, stepIndex };
}

/** Parses and checks a timeline (JSON text); throws RecordingFormatError with a German message. */
export function decodeTimeline(text: string): Recording {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('Die Zeitleiste der Aufzeichnung ist kein gültiges JSON: die Datei ist beschädigt.');
  }
  if (!isRecord(raw) || raw.format !== FORMAT_NAME) fail('Diese Datei ist keine Aufzeichnung dieser Vorlesung.');
  const stored = raw as unknown as Partial<StoredTimeline> & Record<string, unknown>;
  if (!Number.isInteger(stored.version) || (stored.version as number) < 1) fail('Die Aufzeichnung nennt keine gültige Formatversion.');
  if ((stored.version as number) > TIMELINE_VERSION) {
    fail(`Diese Aufzeichnung hat Format ${stored.version}; dieses Deck liest bis Format ${TIMELINE_VERSION}. Bitte eine neuere Fassung des Decks öffnen.`);
  }
  if (typeof stored.createdAt !== 'string') fail('Der Aufzeichnung fehlt das Datum.');
  if (typeof stored.durationMs !== 'number' || !Number.isFinite(stored.durationMs) || stored.durationMs < 0) fail('Die Dauer der Aufzeichnung ist ungültig.');
  const deck = stored.deck;
  if (!isRecord(deck) || !Array.isArray(deck.slides) || !Array.isArray(deck.sections) || deck.slides.length === 0) {
    fail('Der Aufzeichnung fehlt die Liste der Folien.');
  }
  const slides: RecordedSlide[] = (deck!.slides as unknown[]).map((entry, index) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !(entry[1] === null || Number.isInteger(entry[1])) || !isIndex(entry[2])) {
      return fail(`Folie ${index + 1} der Aufzeichnung ist ungültig beschrieben.`);
    }
    return { id: entry[0], section: entry[1] as number | null, steps: entry[2] };
  });
  const sections: RecordedSection[] = (deck!.sections as unknown[]).map((entry, index) => {
    if (!Array.isArray(entry) || !Number.isInteger(entry[0]) || typeof entry[1] !== 'string') {
      return fail(`Abschnitt ${index + 1} der Aufzeichnung ist ungültig beschrieben.`);
    }
    return { number: entry[0] as number, title: entry[1] };
  });
  const start = stored.start;
  if (!isRecord(start) || !isRecord(start.state) || !isRecord(start.tracks) || !isBlackout(start.blackout)) {
    fail('Der Anfangszustand der Aufzeichnung ist ungültig.');
  }
  const startView = checkView(start!.view, slides, 'Anfang');
  const keys = stored.keys;
  if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'string')) fail('Die Schlüsselliste der Aufzeichnung ist ungültig.');
  if (!Array.isArray(stored.events)) fail('Der Aufzeichnung fehlen die Ereignisse.');
  let t = 0;
  const events: RecordedEvent[] = (stored.events as unknown[]).map((entry, index) => {
    const where = `Ereignis ${index + 1}`;
    if (!Array.isArray(entry) || !isIndex(entry[0])) return fail(`${where}: ungültige Zeitangabe.`);
    t += entry[0];
    switch (entry[1]) {
      case 'v':
        if (entry.length !== 4) fail(`${where}: ungültige Ansicht.`);
        return { t, kind: 'view', view: checkView(entry.slice(2), slides, where) };
      case 's':
        if (entry.length !== 4 || !isIndex(entry[2]) || entry[2] >= keys!.length) fail(`${where}: ungültiger Demo-Zustand.`);
        return { t, kind: 'state', key: keys![entry[2] as number], value: entry[3] };
      case 'b':
        if (entry.length !== 3 || !isBlackout(entry[2])) fail(`${where}: ungültiges Schwarz-/Weißbild.`);
        return { t, kind: 'blackout', blackout: entry[2] as Blackout };
      case 't':
        if (entry.length !== 4 || typeof entry[2] !== 'string') fail(`${where}: ungültige Spur.`);
        return { t, kind: 'track', track: entry[2] as string, event: entry[3] };
      default:
        return fail(`${where}: unbekannte Art „${String(entry[1]).slice(0, 20)}“.`);
    }
  });
  const audio = stored.audio;
  if (audio !== null) {
    if (
      !isRecord(audio) ||
      typeof audio.mimeType !== 'string' ||
      !AUDIO_TYPE.test(audio.mimeType) ||
      !isIndex(audio.byteLength) ||
      typeof audio.offsetMs !== 'number' ||
      !Number.isFinite(audio.offsetMs) ||
      typeof audio.bitsPerSecond !== 'number'
    ) {
      fail('Die Tonspur der Aufzeichnung ist ungültig beschrieben.');
    }
  }
  // Version 1 had no captions.
  const captions = stored.version === 1 || stored.captions === undefined ? null : stored.captions;
  if (captions !== null && typeof captions !== 'string') fail('Die Untertitel der Aufzeichnung sind ungültig beschrieben.');
  return {
    createdAt: stored.createdAt as string,
    durationMs: Math.max(stored.durationMs as number, t),
    slides,
    sections,
    start: { view: startView, blackout: start!.blackout as Blackout, state: start!.state as Record<string, unknown>, tracks: start!.tracks as Record<string, unknown> },
    events,
    audio: (audio as AudioInfo | null) ?? null,
    captions,
  };
}

/** The whole file: header, timeline, audio. */
export function encodeRecording(recording: Recording, audio: Uint8Array | null): Uint8Array {
  const withAudio: Recording = {
    ...recording,
    audio: audio && recording.audio ? { ...recording.audio, byteLength: audio.byteLength } : null,
  };
  const timeline = new TextEncoder().encode(encodeTimeline(withAudio));
  const audioBytes = withAudio.audio && audio ? audio : new Uint8Array(0);
  const file = new Uint8Array(HEADER_BYTES + timeline.byteLength + audioBytes.byteLength);
  for (let i = 0; i < MAGIC.length; i += 1) file[i] = MAGIC.charCodeAt(i);
  file[8] = CONTAINER_VERSION;
  new DataView(file.buffer).setUint32(12, timeline.byteLength, true);
  file.set(timeline, HEADER_BYTES);
  file.set(audioBytes, HEADER_BYTES + timeline.byteLength);
  return file;
}

/** Reads a whole file; throws RecordingFormatError (German) for anything that is not a valid recording. */
export function decodeRecording(bytes: Uint8Array): { recording: Recording; audio: Uint8Array | null } {
  if (bytes.byteLength < HEADER_BYTES) fail('Die Datei ist zu kurz für eine Aufzeichnung.');
  for (let i = 0; i < MAGIC.length; i += 1) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) fail('Diese Datei ist keine Aufzeichnung dieser Vorlesung (falsche Kennung).');
  }
  if (bytes[8] > CONTAINER_VERSION || bytes[8] < 1) fail(`Unbekannte Containerversion ${bytes[8]} der Aufzeichnung.`);
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(12, true);
  if (HEADER_BYTES + length > bytes.byteLength) fail('Die Aufzeichnung ist abgeschnitten: die Zeitleiste ist unvollständig.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + length));
  } catch {
    return fail('Die Zeitleiste der Aufzeichnung ist kein gültiger Text: die Datei ist beschädigt.');
  }
  const recording = decodeTimeline(text);
  const rest = bytes.subarray(HEADER_BYTES + length);
  if (recording.audio === null) {
    if (rest.byteLength !== 0) fail('Die Aufzeichnung hat Daten nach der Zeitleiste, aber keine Tonspur: die Datei ist beschädigt.');
    return { recording, audio: null };
  }
  if (rest.byteLength !== recording.audio.byteLength) {
    fail(`Die Tonspur ist unvollständig (${rest.byteLength} von ${recording.audio.byteLength} Bytes).`);
  }
  return { recording, audio: rest };
}
