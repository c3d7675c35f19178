/**
 * What a recording shows at a time, its chapters and its size. Pure: replay and seeking recompute
 * the state at t from the start snapshot and the events up to t (never by applying deltas to
 * whatever is on screen), so seeking backwards and forwards lands on the same state as playing.
 */
import type { RecordingTrack } from '../../shell/recordingTracks';
import type { Blackout } from '../../shell/blackout';
import type { RecordedEvent, Recording, View } from './format';

export interface DeckStateAt {
  readonly view: View;
  readonly blackout: Blackout;
  /** The demo state at t: the start snapshot with every state event up to t applied. */
  readonly state: Readonly<Record<string, unknown>>;
  /** Per track: its start snapshot and the events up to t, in order (tracks are opaque here). */
  readonly tracks: Readonly<Record<string, { readonly snapshot: unknown; readonly events: readonly unknown[] }>>;
  /** How many events are at or before t (the next one to apply is events[applied]). */
  readonly applied: number;
}

/** Index of the first event after t (binary search; events are in time order). */
export function eventsUpTo(events: readonly RecordedEvent[], t: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle].t <= t) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The deck's state at `t` ms: the start snapshot, then every event at or before t. */
export function stateAt(recording: Recording, t: number): DeckStateAt {
  const count = eventsUpTo(recording.events, t);
  let view = recording.start.view;
  let blackout = recording.start.blackout;
  const state: Record<string, unknown> = { ...recording.start.state };
  const tracks: Record<string, { snapshot: unknown; events: unknown[] }> = {};
  for (const [name, snapshot] of Object.entries(recording.start.tracks)) tracks[name] = { snapshot, events: [] };
  for (let i = 0; i < count; i += 1) {
    const event = recording.events[i];
    switch (event.kind) {
      case 'view':
        view = event.view;
        break;
      case 'blackout':
        blackout = event.blackout;
        break;
      case 'state':
        state[event.key] = event.value;
        break;
      case 'track':
        (tracks[event.track] ??= { snapshot: undefined, events: [] }).events.push(event.event);
        break;
    }
  }
  return { view, blackout, state, tracks, applied: count };
}

/**
 * Puts a track into its recorded state: its start snapshot, then its events up to t in order
 * (from stateAt). Replay and seeking do this; so does the handout's ink from a recording.
 */
export function restoreTrack<E, S>(track: RecordingTrack<E, S>, recorded: { readonly snapshot: unknown; readonly events: readonly unknown[] }): void {
  track.restore(recorded.snapshot as S);
  for (const event of recorded.events) track.apply(event as E);
}

export interface Chapter {
  /** Section number, or null for the opening (title, agenda). */
  readonly section: number | null;
  readonly title: string;
  readonly startMs: number;
}

/**
 * Chapters from the sections: one where the lecture first reaches a section (going back to an
 * earlier section later starts no new chapter), in time order. The opening before section 1 is
 * „Einstieg“.
 */
export function chaptersOf(recording: Recording): Chapter[] {
  const titleOf = (section: number | null) =>
    section === null ? 'Einstieg' : `${section}. ${recording.sections.find((s) => s.number === section)?.title ?? `Abschnitt ${section}`}`;
  const chapters: Chapter[] = [];
  const seen = new Set<number | null>();
  const visit = (slideIndex: number, t: number) => {
    const section = recording.slides[slideIndex]?.section ?? null;
    if (seen.has(section)) return;
    seen.add(section);
    chapters.push({ section, title: titleOf(section), startMs: t });
  };
  visit(recording.start.view.slideIndex, 0);
  for (const event of recording.events) if (event.kind === 'view') visit(event.view.slideIndex, event.t);
  return chapters;
}

/** The chapter playing at t (the last one that started at or before t). */
export function chapterAt(chapters: readonly Chapter[], t: number): number {
  let index = 0;
  for (let i = 0; i < chapters.length; i += 1) if (chapters[i].startMs <= t) index = i;
  return index;
}

/** Opus at 24 kbit/s: clear speech, and 90 minutes in about 16,5 MB (the goal is 25 MB with the timeline). */
export const VOICE_BITS_PER_SECOND = 24_000;

/** Bytes of voice for a duration at a bitrate (Opus in WebM adds about 2 % of container). */
export function voiceBytes(durationMs: number, bitsPerSecond: number, containerOverhead = 0.02): number {
  return Math.round(((durationMs / 1000) * bitsPerSecond) / 8 * (1 + containerOverhead));
}

/** "1:05:03" or "12:04" for a time in ms (floor to the second; negative counts as 0). */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(0, Number.isFinite(ms) ? ms : 0) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = hours > 0 ? String(minutes).padStart(2, '0') : String(minutes);
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}
