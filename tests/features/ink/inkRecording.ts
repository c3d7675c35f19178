/**
 * A lecture recording with ink, built as the recorder builds one (src/features/recording/recorder.ts):
 * the ink track's snapshot at the start, then every ink event with its time. Used by the unit test
 * of the handout's ink from a recording and by the export browser test (as a .vtzrec file).
 */
import { SLIDES } from '../../../slides';
import MotivationSlide from '../../../slides/MotivationSlide.meta';
import type { Stroke } from '../../../src/features/ink/model';
import { createInkStore } from '../../../src/features/ink/store';
import { createInkTrack } from '../../../src/features/ink/track';
import type { RecordedEvent, Recording } from '../../../src/features/recording/format';

export const RECORDED_SLIDE = MotivationSlide;
export const NEXT_SLIDE = SLIDES[SLIDES.indexOf(MotivationSlide) + 1];

const pen = (id: string, slide: string, step: number, color: Stroke['color'], points: Stroke['points']): Stroke => ({
  id,
  slide,
  step,
  tool: 'pen',
  color,
  width: 4,
  points,
});

/**
 * Before the recording: one stroke on the title slide (in the snapshot). While recording: a yellow
 * stroke on the motivation slide in three batches, an orange one there that is erased again, an
 * orange one on the next slide; and an event a newer deck might write, which is left out.
 */
export function inkRecording(): { recording: Recording; endStrokes: Stroke[] } {
  const live = createInkStore([pen('before-1', SLIDES[0].id, 0, 'accent', [[100, 100], [200, 110]])]);
  const track = createInkTrack(live, () => undefined);
  const snapshot = JSON.parse(JSON.stringify(track.snapshot())) as unknown;
  const events: RecordedEvent[] = [];
  let t = 1000;
  track.subscribe((event) => {
    t += 40;
    events.push({ t, kind: 'track', track: track.name, event: JSON.parse(JSON.stringify(event)) as unknown });
  });
  live.dispatch({ type: 'begin', stroke: pen('rec-1', RECORDED_SLIDE.id, 0, 'target', [[300, 300]]) }, 'local');
  live.dispatch({ type: 'extend', id: 'rec-1', points: [[450, 340], [600, 300]] }, 'local');
  live.dispatch({ type: 'extend', id: 'rec-1', points: [[700, 360]] }, 'local');
  live.dispatch({ type: 'begin', stroke: pen('rec-2', RECORDED_SLIDE.id, 0, 'loss', [[800, 500], [900, 520]]) }, 'local');
  live.dispatch({ type: 'erase', ids: ['rec-2'] }, 'local');
  events.push({ t: (t += 500), kind: 'view', view: { slideIndex: SLIDES.indexOf(NEXT_SLIDE), stepIndex: 0 } });
  live.dispatch({ type: 'begin', stroke: pen('rec-3', NEXT_SLIDE.id, 0, 'loss', [[200, 600], [500, 650], [900, 620]]) }, 'local');
  events.push({ t: (t += 40), kind: 'track', track: track.name, event: { type: 'rotate', id: 'rec-3' } });
  const recording: Recording = {
    createdAt: '2026-12-01T18:40:00.000Z',
    durationMs: t + 2000,
    slides: SLIDES.map((meta) => ({ id: meta.id, section: meta.section ?? null, steps: meta.steps })),
    sections: [],
    start: { view: { slideIndex: SLIDES.indexOf(RECORDED_SLIDE), stepIndex: 0 }, blackout: null, state: {}, tracks: { ink: snapshot } },
    events,
    audio: null,
  };
  return { recording, endStrokes: [...live.strokes()] };
}
