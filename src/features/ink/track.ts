/**
 * The recording track "ink" (src/shell/recordingTracks.ts): a recording holds the ink at its start
 * (the snapshot, an ink document as in the export file) and every ink event after it, as drawn
 * (a stroke's `begin` and each batch of points), so replay draws each stroke at the time it was
 * drawn. Replayed ink is shown only: it is not sent to other windows, saved or recorded again,
 * and when the replay ends (`release`) the window shows its own ink again.
 */
import type { RecordingTrack } from '../../shell/recordingTracks';
import { emptyDocument, type InkDocument, type InkEvent } from './model';
import type { InkStore } from './store';
import { parseInkDocument, parseInkEvent } from './validate';

export const INK_TRACK = 'ink';

export function createInkTrack(store: InkStore, notify: (message: string) => void): RecordingTrack<InkEvent, InkDocument> {
  return {
    name: INK_TRACK,
    subscribe(emit) {
      return store.onEvent((event, origin) => {
        if (origin !== 'replay') emit(event);
      });
    },
    snapshot() {
      // Strokes are never changed in place, but the recorder keeps the snapshot: a copy of its own.
      return JSON.parse(JSON.stringify(emptyDocument(store.own()))) as InkDocument;
    },
    restore(snapshot) {
      const parsed = parseInkDocument(snapshot);
      if (!parsed.ok) {
        notify(`Die Tinte der Aufzeichnung ist beschädigt: ${parsed.message}`);
        store.replace([], 'replay');
        return;
      }
      for (const problem of parsed.problems) notify(`Tinte der Aufzeichnung, ${problem} (ausgelassen)`);
      store.replace(parsed.strokes, 'replay');
    },
    apply(event) {
      const parsed = parseInkEvent(event);
      if (parsed.ok) store.dispatch(parsed.value, 'replay');
      else notify(`Ein Tinte-Ereignis der Aufzeichnung wurde ausgelassen: ${parsed.message}`);
    },
    release() {
      store.endReplay();
    },
  };
}
