import { describe, expect, it } from 'vitest';
import { recordingTracks } from '../../../src/shell/recordingTracks';
import { emptyDocument, simplifyPoints, type InkDocument, type InkEvent, type InkPoint, type Stroke } from '../../../src/features/ink/model';
import { createInkStore } from '../../../src/features/ink/store';
import { createInkTrack, INK_TRACK } from '../../../src/features/ink/track';

const quiet = () => undefined;

/**
 * An independent reading of the events: a map of strokes by id, written without the deck's reducer,
 * as a second program reading a recording file would.
 */
function referenceReplay(snapshot: InkDocument, events: readonly unknown[]): { id: string; slide: string; step: number; points: number[][] }[] {
  const strokes = new Map<string, { id: string; slide: string; step: number; points: number[][] }>();
  for (const s of snapshot.strokes) strokes.set(s.id, { id: s.id, slide: s.slide, step: s.step, points: s.points.map((p) => [...p]) });
  for (const raw of events) {
    const event = raw as Record<string, never>;
    if (event.type === 'begin') {
      const s = event.stroke as Stroke;
      if (!strokes.has(s.id)) strokes.set(s.id, { id: s.id, slide: s.slide, step: s.step, points: s.points.map((p) => [...p]) });
    } else if (event.type === 'extend') {
      strokes.get(event.id)?.points.push(...(event.points as number[][]).map((p) => [...p]));
    } else if (event.type === 'erase') {
      for (const id of event.ids as string[]) strokes.delete(id);
    } else if (event.type === 'clear') {
      for (const [id, s] of strokes) if (s.slide === event.slide) strokes.delete(id);
    }
  }
  return [...strokes.values()];
}

const summary = (strokes: readonly Stroke[]) => strokes.map((s) => ({ id: s.id, slide: s.slide, step: s.step, points: s.points.map((p) => [...p]) }));

/** A lecture's worth of ink: drawn in batches as the layer sends them, from two windows, erased, cleared. */
function lecture(store: ReturnType<typeof createInkStore>) {
  const draw = (id: string, slide: string, step: number, raw: InkPoint[], batch: number, origin: 'local' | 'remote' = 'local') => {
    const points = simplifyPoints(raw);
    store.dispatch({ type: 'begin', stroke: { id, slide, step, tool: 'pen', color: 'loss', width: 4, points: points.slice(0, 1) } }, origin);
    for (let at = 1; at < points.length; at += batch) store.dispatch({ type: 'extend', id, points: points.slice(at, at + batch) }, origin);
  };
  const wave = (n: number, y: number): InkPoint[] => Array.from({ length: n }, (_, i) => [100 + i * 3.3, y + 20 * Math.sin(i / 4)]);
  draw('p-1', 'softmax', 0, wave(40, 200), 5);
  draw('a-1', 'softmax', 1, wave(25, 400), 3, 'remote');
  store.dispatch({ type: 'begin', stroke: { id: 'p-2', slide: 'softmax', step: 1, tool: 'highlighter', color: 'target', width: 22, points: [[50, 50]] } }, 'local');
  store.dispatch({ type: 'erase', ids: ['p-1'] }, 'local');
  store.dispatch({ type: 'extend', id: 'p-2', points: [[300, 52], [600, 55, 0.4]] }, 'local');
  draw('p-3', 'agenda', 0, wave(12, 300), 4);
  store.dispatch({ type: 'clear', slide: 'softmax' }, 'local');
  draw('p-4', 'agenda', 2, wave(30, 500), 7);
}

describe('the recording track "ink"', () => {
  it('records a plain-JSON snapshot and events, and restore + apply reproduce the ink at every moment', () => {
    const live = createInkStore([
      { id: 'old-1', slide: 'agenda', step: 0, tool: 'pen', color: 'accent', width: 4, points: [[1, 1], [40, 40]] },
    ]);
    const track = createInkTrack(live, quiet);
    // The recorder: a snapshot when recording starts, then every event with the ink it led to.
    const snapshot = JSON.parse(JSON.stringify(track.snapshot())) as InkDocument;
    const events: unknown[] = [];
    const after: ReturnType<typeof summary>[] = [];
    track.subscribe((event) => {
      events.push(JSON.parse(JSON.stringify(event)));
      after.push(summary(live.strokes()));
    });
    lecture(live);
    expect(events.length).toBeGreaterThan(20);
    expect(events.filter((e) => (e as InkEvent).type === 'extend').length).toBeGreaterThan(10);

    // Replay in another window: for every moment (after k events), the track shows what the
    // independent reading of the same events shows, and what the lecturer saw then.
    const replay = createInkStore([{ id: 'unrelated', slide: 'title', step: 0, tool: 'pen', color: 'target', width: 4, points: [[5, 5]] }]);
    const replayTrack = createInkTrack(replay, quiet);
    for (let k = 0; k <= events.length; k += 1) {
      replayTrack.restore(snapshot);
      for (const event of events.slice(0, k)) replayTrack.apply(event as InkEvent);
      expect(summary(replay.strokes()), `after ${k} events`).toEqual(referenceReplay(snapshot, events.slice(0, k)));
      if (k > 0) expect(summary(replay.strokes())).toEqual(after[k - 1]);
    }
    expect(summary(replay.strokes())).toEqual(summary(live.strokes()));
  });

  it('seeking forward from a later snapshot gives the same ink as replaying from the start', () => {
    const live = createInkStore();
    const track = createInkTrack(live, quiet);
    const events: unknown[] = [];
    let middle: InkDocument | null = null;
    let middleAt = 0;
    track.subscribe((event) => {
      events.push(event);
      if (events.length === 15) {
        middle = track.snapshot();
        middleAt = events.length;
      }
    });
    lecture(live);
    const a = createInkStore();
    createInkTrack(a, quiet).restore(emptyDocument());
    for (const event of events) createInkTrack(a, quiet).apply(event as InkEvent);
    const b = createInkStore();
    const bTrack = createInkTrack(b, quiet);
    bTrack.restore(middle!);
    for (const event of events.slice(middleAt)) bTrack.apply(event as InkEvent);
    expect(b.strokes()).toEqual(a.strokes());
    expect(a.strokes()).toEqual(live.strokes());
  });

  it('replayed ink is not recorded again, and a broken recording is skipped with a message', () => {
    const store = createInkStore();
    const track = createInkTrack(store, quiet);
    const heard: unknown[] = [];
    track.subscribe((event) => heard.push(event));
    track.restore(emptyDocument([{ id: 'r', slide: 'agenda', step: 0, tool: 'pen', color: 'target', width: 4, points: [[1, 1]] }]));
    track.apply({ type: 'extend', id: 'r', points: [[9, 9]] });
    expect(heard).toEqual([]);
    expect(store.strokes()[0].points).toEqual([[1, 1], [9, 9]]);

    const messages: string[] = [];
    const strict = createInkTrack(store, (m) => messages.push(m));
    strict.apply({ type: 'extend', id: 'r', points: [[NaN, 1]] });
    strict.apply('nonsense' as unknown as InkEvent);
    expect(store.strokes()[0].points).toEqual([[1, 1], [9, 9]]);
    strict.restore({ format: 'other' } as unknown as InkDocument);
    expect(store.strokes()).toEqual([]);
    expect(messages).toEqual([
      expect.stringMatching(/^Ein Tinte-Ereignis der Aufzeichnung wurde ausgelassen: „extend“: Punkt 1/),
      expect.stringMatching(/^Ein Tinte-Ereignis der Aufzeichnung wurde ausgelassen: kein Tinte-Ereignis/),
      expect.stringMatching(/^Die Tinte der Aufzeichnung ist beschädigt: „format“/),
    ]);
  });

  it('the deck registers it under the name "ink"', async () => {
    const { startInk } = await import('../../../src/features/ink/start');
    startInk();
    expect(recordingTracks().map((t) => t.name)).toContain(INK_TRACK);
  });
});
