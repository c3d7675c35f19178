/**
 * Extra tracks of a lecture recording. The recorder (src/features/recording/) always records the view
 * (slide, step), the demo state in `sharedStore` and blackout; any other part of the deck whose
 * changes belong in a recording (the lecturer's ink, say) registers a track here. Events and
 * snapshots are plain JSON data: they are written to the recording file as they are.
 */
export interface RecordingTrack<Event = unknown, Snapshot = unknown> {
  /** Key of the track in the recording file, e.g. "ink". */
  readonly name: string;
  /** Calls `emit` for every change in this window (made here or arriving from another window). */
  subscribe(emit: (event: Event) => void): () => void;
  /** The whole state of the track now: written when a recording starts. */
  snapshot(): Snapshot;
  /** Puts the track into a recorded state (replay, seeking): the start snapshot, then events. */
  restore(snapshot: Snapshot): void;
  /** Applies one recorded event during replay. */
  apply(event: Event): void;
  /** The replay ended: the track shows this window's own state again. */
  release?(): void;
}

const tracks = new Map<string, RecordingTrack>();

/** Registers a track (once per name; a second registration replaces the first). */
export function registerRecordingTrack<E, S>(track: RecordingTrack<E, S>): () => void {
  tracks.set(track.name, track as RecordingTrack);
  return () => {
    if (tracks.get(track.name) === (track as RecordingTrack)) tracks.delete(track.name);
  };
}

/** The registered tracks, in registration order. */
export function recordingTracks(): readonly RecordingTrack[] {
  return [...tracks.values()];
}
