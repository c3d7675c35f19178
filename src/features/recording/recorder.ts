/**
 * The lecture recorder (presenter view): records the view, every demo state change, blackout and
 * every registered recording track with times, and the microphone if the lecturer allows it. Every
 * event and audio chunk goes to IndexedDB as it arrives (store.ts); stopping builds the file.
 */
import { BLACKOUT_KEY, normalizeBlackout } from '../../shell/blackout';
import { downloadBlob } from '../../shell/download';
import { createSignal } from '../../shell/signal';
import { windowDeck } from '../../shell/windowDeck';
import { recordingTracks } from '../../shell/recordingTracks';
import { sharedStore } from '../../shell/sharedStore';
import { FILE_EXTENSION } from './fileExtension';
import { encodeRecording, type RecordedEvent, type RecordedSection, type RecordedSlide, type Recording, type StartState } from './format';
import { chooseRecordingType } from './containers';
import { recordingStore, type SessionHeader, type StoredSession } from './store';
import { VOICE_BITS_PER_SECOND } from './timeline';

const CHUNK_MS = 1000;

export type RecorderStatus =
  | { readonly kind: 'idle'; readonly message?: string }
  | { readonly kind: 'starting' }
  | { readonly kind: 'recording'; readonly startedAt: number; readonly withVoice: boolean; readonly message?: string }
  | { readonly kind: 'saving' };

export interface RecorderDeck {
  readonly slides: readonly RecordedSlide[];
  readonly sections: readonly RecordedSection[];
}

function cloneValue(value: unknown): unknown {
  // Values are plain data (they already travel between windows); a copy keeps later mutation out.
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}

function currentStart(): StartState {
  const view = windowDeck()?.get() ?? { slideIndex: 0, stepIndex: 0 };
  const state: Record<string, unknown> = {};
  for (const [key, value] of sharedStore.entries()) if (key !== BLACKOUT_KEY) state[key] = cloneValue(value);
  const tracks: Record<string, unknown> = {};
  for (const track of recordingTracks()) tracks[track.name] = cloneValue(track.snapshot());
  return {
    view: { slideIndex: view.slideIndex, stepIndex: view.stepIndex },
    blackout: normalizeBlackout(sharedStore.get(BLACKOUT_KEY)),
    state,
    tracks,
  };
}

/** "vorlesung-2026-12-01-1840.vtzrec" */
export function recordingFileName(createdAt: string): string {
  const date = new Date(createdAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = Number.isNaN(date.getTime())
    ? 'aufzeichnung'
    : `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  return `vorlesung-${stamp}${FILE_EXTENSION}`;
}

/** Builds the file of a stored session (a finished recording or one a crash interrupted). */
export async function fileOfSession(session: StoredSession, endT = session.lastT): Promise<{ bytes: Uint8Array; name: string }> {
  const { header, events, chunks } = session;
  let audio: Uint8Array | null = null;
  if (header.audio && chunks.length > 0) {
    const raw = new Uint8Array(await new Blob(chunks, { type: header.audio.mimeType }).arrayBuffer());
    // MediaRecorder's WebM has no duration and no cues: remuxed so that every browser can seek in it.
    const { seekableVoice } = await import('./seekable');
    audio = (await seekableVoice(raw, header.audio.mimeType)).bytes;
  }
  const recording: Recording = {
    createdAt: header.createdAt,
    durationMs: Math.max(endT, events.at(-1)?.t ?? 0),
    slides: header.slides,
    sections: header.sections,
    start: header.start,
    events,
    audio: audio && header.audio ? { ...header.audio, byteLength: audio.byteLength } : null,
  };
  return { bytes: encodeRecording(recording, audio), name: recordingFileName(header.createdAt) };
}

/** Hands a recording file to the browser's download. */
export function downloadRecording(bytes: Uint8Array, name: string): void {
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }), name);
}

async function openMicrophone(): Promise<{ stream: MediaStream; mimeType: string } | string> {
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined') {
    return 'Dieser Browser kann keinen Ton aufnehmen: Es wird nur der Ablauf (Folien, Schritte, Demos) aufgezeichnet.';
  }
  const mimeType = chooseRecordingType((type) => MediaRecorder.isTypeSupported(type));
  if (!mimeType) return 'Dieser Browser nimmt Ton in keinem bekannten Format auf (WebM, Ogg, MP4): Es wird nur der Ablauf aufgezeichnet.';
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true, channelCount: 1 } });
    return { stream, mimeType };
  } catch (error) {
    const name = error instanceof DOMException ? error.name : '';
    if (name === 'NotAllowedError' || name === 'SecurityError') return 'Mikrofon nicht erlaubt: Es wird nur der Ablauf (Folien, Schritte, Demos) aufgezeichnet.';
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'Kein Mikrofon gefunden: Es wird nur der Ablauf (Folien, Schritte, Demos) aufgezeichnet.';
    return 'Das Mikrofon ließ sich nicht öffnen: Es wird nur der Ablauf aufgezeichnet.';
  }
}

export class LectureRecorder {
  private statusValue: RecorderStatus = { kind: 'idle' };
  private readonly changed = createSignal();
  private session: string | null = null;
  private t0 = 0;
  private writes: Promise<void> = Promise.resolve();
  private stops: (() => void)[] = [];
  private media: MediaRecorder | null = null;
  private stream: MediaStream | null = null;
  private writeFailed = false;
  /** The same recording in memory: the file is built from it if IndexedDB is unavailable. */
  private memory: { header: SessionHeader; events: RecordedEvent[]; chunks: Blob[]; lastT: number } | null = null;

  constructor(private readonly deck: RecorderDeck) {}

  get status(): RecorderStatus {
    return this.statusValue;
  }

  get sessionId(): string | null {
    return this.session;
  }

  subscribe = (listener: () => void): (() => void) => this.changed.subscribe(listener);

  private setStatus(status: RecorderStatus) {
    this.statusValue = status;
    this.changed.notify();
  }

  private now(): number {
    return Math.max(0, Math.round(performance.now() - this.t0));
  }

  private persist(run: () => Promise<void>) {
    this.writes = this.writes.then(run).catch(() => {
      if (this.writeFailed) return;
      this.writeFailed = true;
      if (this.statusValue.kind === 'recording') {
        this.setStatus({ ...this.statusValue, message: 'Der lokale Speicher nimmt nichts mehr an: bei einem Absturz ginge der Rest verloren.' });
      }
    });
  }

  private record(event: RecordedEvent) {
    if (this.memory) {
      this.memory.events.push(event);
      this.memory.lastT = event.t;
    }
    const session = this.session;
    if (session) this.persist(() => recordingStore.appendEvent(session, event));
  }

  async start(withMicrophone: boolean): Promise<void> {
    if (this.statusValue.kind !== 'idle') return;
    this.setStatus({ kind: 'starting' });
    const microphone = withMicrophone ? await openMicrophone() : 'Ohne Mikrofon: Es wird nur der Ablauf (Folien, Schritte, Demos) aufgezeichnet.';
    const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.session = id;
    this.writeFailed = false;
    this.t0 = performance.now();
    const header: SessionHeader = {
      id,
      createdAt: new Date().toISOString(),
      slides: this.deck.slides,
      sections: this.deck.sections,
      start: currentStart(),
      audio: typeof microphone === 'string' ? null : { mimeType: microphone.mimeType, offsetMs: 0, bitsPerSecond: VOICE_BITS_PER_SECOND },
    };
    this.memory = { header, events: [], chunks: [], lastT: 0 };
    this.persist(() => recordingStore.createSession(header));
    this.listen();

    if (typeof microphone !== 'string') {
      this.stream = microphone.stream;
      const media = new MediaRecorder(microphone.stream, { mimeType: microphone.mimeType, audioBitsPerSecond: VOICE_BITS_PER_SECOND });
      this.media = media;
      media.ondataavailable = (event) => {
        if (event.data.size === 0) return;
        const t = this.now();
        this.memory?.chunks.push(event.data);
        this.persist(() => recordingStore.appendChunk(id, t, event.data));
      };
      media.onstart = () => {
        // The audio begins when the recorder really started; the timeline began a moment before.
        // The recorder names what it really writes (Safari: "audio/mp4; codecs=mp4a.40.2"); the file keeps that.
        const offsetMs = this.now();
        const mimeType = media.mimeType || microphone.mimeType;
        if (this.memory?.header.audio) this.memory.header = { ...this.memory.header, audio: { ...this.memory.header.audio, offsetMs, mimeType } };
        this.persist(() => recordingStore.createSession({ ...header, audio: { ...header.audio!, offsetMs, mimeType } }));
      };
      media.start(CHUNK_MS);
    }
    this.setStatus({
      kind: 'recording',
      startedAt: Date.now(),
      withVoice: typeof microphone !== 'string',
      message: typeof microphone === 'string' ? microphone : undefined,
    });
  }

  private listen() {
    const deck = windowDeck();
    if (deck) {
      let last = deck.get();
      this.stops.push(
        deck.subscribe(() => {
          const next = deck.get();
          if (next.slideIndex === last.slideIndex && next.stepIndex === last.stepIndex) return;
          last = next;
          this.record({ t: this.now(), kind: 'view', view: { slideIndex: next.slideIndex, stepIndex: next.stepIndex } });
        }),
      );
    }
    // Every change of the demo state, made here or arriving from the audience window.
    const known = new Map(sharedStore.entries());
    this.stops.push(
      sharedStore.subscribe(() => {
        for (const [key, value] of sharedStore.entries()) {
          if (known.has(key) && Object.is(known.get(key), value)) continue;
          known.set(key, value);
          const t = this.now();
          if (key === BLACKOUT_KEY) this.record({ t, kind: 'blackout', blackout: normalizeBlackout(value) });
          else this.record({ t, kind: 'state', key, value: cloneValue(value) });
        }
      }),
    );
    for (const track of recordingTracks()) {
      this.stops.push(track.subscribe((event) => this.record({ t: this.now(), kind: 'track', track: track.name, event: cloneValue(event) })));
    }
  }

  /** Stops, builds the file, hands it to the download and forgets the stored copy. */
  async stop(): Promise<void> {
    if (this.statusValue.kind !== 'recording' || !this.session) return;
    const id = this.session;
    const endT = this.now();
    this.setStatus({ kind: 'saving' });
    for (const stop of this.stops.splice(0)) stop();
    const media = this.media;
    if (media && media.state !== 'inactive') {
      await new Promise<void>((resolve) => {
        media.addEventListener('stop', () => resolve(), { once: true });
        media.stop();
      });
    }
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.media = null;
    this.stream = null;
    await this.writes;
    const memory = this.memory;
    this.memory = null;
    this.session = null;
    try {
      // What IndexedDB kept (the same as in memory, unless it failed along the way).
      const stored = this.writeFailed ? null : await recordingStore.load(id).catch(() => null);
      const session: StoredSession | null = stored ?? (memory ? { ...memory, lastT: Math.max(memory.lastT, endT) } : null);
      if (!session) throw new Error('nothing recorded');
      const { bytes, name } = await fileOfSession(session, endT);
      downloadRecording(bytes, name);
      await recordingStore.remove(id).catch(() => undefined);
      this.setStatus({ kind: 'idle', message: `Gespeichert: ${name} (${formatSize(bytes.byteLength)})` });
    } catch {
      this.setStatus({ kind: 'idle', message: 'Die Aufzeichnung ließ sich nicht speichern; was im Browser liegt, wird nach dem Neuladen angeboten.' });
    }
  }
}

/** "1,4 MB", "12 kB" */
export function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('de-DE')} kB`;
}
