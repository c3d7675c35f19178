/**
 * Which recording the deck replays: none, one being read, one that failed (a German message), or
 * one ready to play. Opened from the file picker („Aufzeichnung öffnen“) or `?replay=<URL>`.
 */
import { createSignal } from '../../shell/signal';
import type { Recording } from './format';
import { lacksIndex } from './voiceIndex';
import { repairVoice } from './voiceRepair';

export type ReplayState =
  | { readonly kind: 'closed' }
  | { readonly kind: 'loading'; readonly name: string }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'ready';
      /** One per opened file: the player starts afresh for another file, not for the repaired voice. */
      readonly id: number;
      readonly name: string;
      readonly recording: Recording;
      readonly audioUrl: string | null;
      /** The voice as the player has it (made seekable once repaired): saved again when captions are added. */
      readonly voice: Uint8Array | null;
      /** True while a voice without an index is remuxed: it plays from the start, seeks wait for the repair. */
      readonly repairing: boolean;
    };

let state: ReplayState = { kind: 'closed' };
const changed = createSignal();
let picker: (() => void) | null = null;
let opened = 0;

function set(next: ReplayState) {
  if (state.kind === 'ready' && state.audioUrl && (next.kind !== 'ready' || next.audioUrl !== state.audioUrl)) URL.revokeObjectURL(state.audioUrl);
  state = next;
  changed.notify();
}

const voiceUrl = (bytes: Uint8Array, mimeType: string) => URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));

async function open(bytes: Uint8Array, name: string) {
  // The file format's code loads with the first recording opened.
  const { decodeRecording, RecordingFormatError } = await import('./format');
  try {
    const { recording, audio } = decodeRecording(bytes);
    const id = (opened += 1);
    if (!audio || !recording.audio) {
      set({ kind: 'ready', id, name, recording, audioUrl: null, voice: null, repairing: false });
      return;
    }
    const { mimeType } = recording.audio;
    // Older recordings and other browsers' voices may have no index: the player opens at once with the
    // voice as it is (it plays from the start) and swaps in the remuxed one, in which every seek works.
    const repairing = lacksIndex(audio, mimeType);
    set({ kind: 'ready', id, name, recording, audioUrl: voiceUrl(audio, mimeType), voice: audio, repairing });
    if (!repairing) return;
    const voice = await repairVoice(audio, mimeType);
    if (state.kind !== 'ready' || state.id !== id) return;
    set(voice.repaired ? { ...state, audioUrl: voiceUrl(voice.bytes, mimeType), voice: voice.bytes, repairing: false } : { ...state, repairing: false });
  } catch (error) {
    set({
      kind: 'error',
      message: error instanceof RecordingFormatError ? error.message : 'Diese Datei ließ sich nicht als Aufzeichnung lesen.',
    });
  }
}

/** Only a recording beside the deck (same origin, or a relative path): nothing from the internet. */
export function replayUrlOf(raw: string, base: string): URL | null {
  try {
    const url = new URL(raw, base);
    const origin = new URL(base);
    if (url.protocol !== origin.protocol || url.host !== origin.host) return null;
    return url;
  } catch {
    return null;
  }
}

export const replayStore = {
  get: (): ReplayState => state,
  subscribe: changed.subscribe,
  async openFile(file: File): Promise<void> {
    set({ kind: 'loading', name: file.name });
    try {
      await open(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch {
      set({ kind: 'error', message: `„${file.name.slice(0, 80)}“ ließ sich nicht lesen.` });
    }
  },
  async openUrl(raw: string): Promise<void> {
    const url = replayUrlOf(raw, window.location.href);
    if (!url) {
      set({ kind: 'error', message: 'Eine Aufzeichnung lässt sich nur von neben dem Deck öffnen (gleiche Adresse, z. B. ?replay=vorlesung.vtzrec).' });
      return;
    }
    const name = decodeURIComponent(url.pathname.split('/').pop() || 'Aufzeichnung');
    set({ kind: 'loading', name });
    try {
      const response = await fetch(url.href);
      if (!response.ok) throw new Error(String(response.status));
      await open(new Uint8Array(await response.arrayBuffer()), name);
    } catch {
      set({ kind: 'error', message: `Die Aufzeichnung „${name.slice(0, 80)}“ ließ sich nicht laden.` });
    }
  },
  close(): void {
    set({ kind: 'closed' });
  },
  /** Opens the file picker (the help overlay's button); the player registers it. */
  pick(): void {
    picker?.();
  },
  registerPicker(open: () => void): () => void {
    picker = open;
    return () => {
      if (picker === open) picker = null;
    };
  },
};
