/**
 * The ink a recording ends with, for the handout (`npm run export:pdf -- --ink aufzeichnung.vtzrec`):
 * the recording's state at its end (stateAt, as the player computes it when seeking) put into the
 * "ink" track of a store of its own (restoreTrack, as the player does), so the handout prints
 * exactly what replay shows at the last moment. Pure: no window, no storage, no other window.
 */
import { decodeRecording, RecordingFormatError, type Recording } from '../recording/format';
import { restoreTrack, stateAt } from '../recording/timeline';
import { createInkStore } from './store';
import { createInkTrack, INK_TRACK } from './track';
import type { ParsedDocument } from './validate';

/** The strokes on screen at `at` ms of the recording (its end by default), with what was left out. */
export function inkOfRecording(recording: Recording, at = Number.POSITIVE_INFINITY): ParsedDocument {
  const recorded = stateAt(recording, at).tracks[INK_TRACK];
  if (!recorded) return { ok: true, strokes: [], problems: ['die Aufzeichnung enthält keine Tinte'] };
  const problems: string[] = [];
  // An id no stroke has: the store shows the replayed ink only.
  const store = createInkStore([], '\u0000');
  restoreTrack(createInkTrack(store, (message) => problems.push(message)), recorded);
  return { ok: true, strokes: [...store.strokes()], problems };
}

/** A recording file's bytes → the ink at its end; a broken file → its German message. */
export function inkOfRecordingFile(bytes: Uint8Array): ParsedDocument {
  try {
    return inkOfRecording(decodeRecording(bytes).recording);
  } catch (error) {
    return { ok: false, message: error instanceof RecordingFormatError ? error.message : 'Diese Datei ließ sich nicht als Aufzeichnung lesen.' };
  }
}

/** Base64 (how the export script hands the file to the page) → bytes; null when it is not base64. */
export function bytesOfBase64(text: string): Uint8Array | null {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
