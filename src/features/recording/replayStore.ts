/**
 * Which recording the deck replays: none, one being read, one that failed (a German message), or
 * one ready to play. Opened from the file picker („Aufzeichnung öffnen“) or `?replay=<URL>`.
 */
import { createSignal } from '../../shell/signal';
import type { Recording } from './format';

export type ReplayState =
  | { readonly kind: 'closed' }
  | { readonly kind: 'loading'; readonly name: string }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly name: string;
      readonly recording: Recording;
      readonly audioUrl: string | null;
      /** The voice as the player has it (made seekable): saved again when captions are added. */
      readonly voice: Uint8Array | null;
    };

let state: ReplayState = { kind: 'closed' };
const changed = createSignal();
let picker: (() => void) | null = null;

function set(next: ReplayState) {
  if (state.kind === 'ready' && state.audioUrl) URL.revokeObjectURL(state.audioUrl);
  state = next;
  changed.notify();
}

async function open(bytes: Uint8Array, name: string) {
  // The file format's code loads with the first recording opened.
  const { decodeRecording, RecordingFormatError } = await import('./format');
  try {
    const { recording, audio } = decodeRecording(bytes);
    let audioUrl: string | null = null;
    let voiceBytes: Uint8Array | null = null;
    if (audio && recording.audio) {
      // Older recordings and other browsers' WebM have no index: remuxed here, so every seek works.
      const { seekableVoice } = await import('./seekable');
      const voice = await seekableVoice(audio, recording.audio.mimeType);
      voiceBytes = voice.bytes;
      audioUrl = URL.createObjectURL(new Blob([voice.bytes as BlobPart], { type: recording.audio.mimeType }));
    }
    set({ kind: 'ready', name, recording, audioUrl, voice: voiceBytes });
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
