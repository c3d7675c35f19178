import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyDocument, type InkEvent, type Stroke } from '../../../src/features/ink/model';
import { INK_STORAGE_KEY, loadInk, startPersistence } from '../../../src/features/ink/persistence';
import { clearSlideEvent, createInkStore, type InkOrigin } from '../../../src/features/ink/store';
import { startInkSync, type InkMessage } from '../../../src/features/ink/sync';
import { createInkTrack } from '../../../src/features/ink/track';

const stroke = (id: string, more: Partial<Stroke> = {}): Stroke => ({
  id,
  slide: 'softmax',
  step: 0,
  tool: 'pen',
  color: 'target',
  width: 4,
  points: [[10, 10]],
  ...more,
});

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

describe('the ink store', () => {
  it('adds, extends, erases and clears, and tells each change with its origin', () => {
    const store = createInkStore();
    const heard: [string, InkOrigin][] = [];
    let renders = 0;
    store.onEvent((event, origin) => heard.push([event.type, origin]));
    store.subscribe(() => (renders += 1));
    expect(store.dispatch({ type: 'begin', stroke: stroke('a') }, 'local')).toBe(true);
    expect(store.dispatch({ type: 'extend', id: 'a', points: [[20, 20]] }, 'remote')).toBe(true);
    expect(store.dispatch({ type: 'begin', stroke: stroke('b', { slide: 'agenda' }) }, 'local')).toBe(true);
    expect(store.dispatch({ type: 'erase', ids: ['a'] }, 'local')).toBe(true);
    // Nothing to change: no event, no render.
    expect(store.dispatch({ type: 'erase', ids: ['a'] }, 'local')).toBe(false);
    expect(store.dispatch({ type: 'clear', slide: 'agenda' }, 'remote')).toBe(true);
    expect(store.strokes()).toEqual([]);
    expect(store.dispatch({ type: 'begin', stroke: stroke('r') }, 'replay')).toBe(true);
    expect(heard).toEqual([
      ['begin', 'local'],
      ['extend', 'remote'],
      ['begin', 'local'],
      ['erase', 'local'],
      ['clear', 'remote'],
      ['begin', 'replay'],
    ]);
    expect(renders).toBe(6);
  });
});

describe('replayed ink, a layer of its own', () => {
  it('shows the recorded strokes (and those drawn here) while replaying, keeps the own ink, and gives it back when the replay ends', () => {
    const store = createInkStore([stroke('saved-1'), stroke('me-1')], 'me');
    let renders = 0;
    store.subscribe(() => (renders += 1));
    expect(store.replaying()).toBe(false);
    store.replace([stroke('rec-1')], 'replay');
    expect(store.replaying()).toBe(true);
    // The recorded stroke, and the one drawn in this window since it loaded ("me-…"); not older own ink.
    expect(store.strokes().map((s) => s.id)).toEqual(['rec-1', 'me-1']);
    expect(store.own().map((s) => s.id)).toEqual(['saved-1', 'me-1']);
    expect(store.dispatch({ type: 'extend', id: 'rec-1', points: [[50, 50]] }, 'replay')).toBe(true);
    expect(store.dispatch({ type: 'begin', stroke: stroke('other-1') }, 'remote')).toBe(true);
    expect(store.dispatch({ type: 'begin', stroke: stroke('me-2') }, 'local')).toBe(true);
    expect(store.strokes().map((s) => s.id)).toEqual(['rec-1', 'me-1', 'me-2']);
    expect(store.strokes()[0].points).toEqual([[10, 10], [50, 50]]);
    expect(store.own().map((s) => s.id)).toEqual(['saved-1', 'me-1', 'other-1', 'me-2']);
    // Erasing or clearing while replaying touches the layer it comes from only.
    store.dispatch({ type: 'clear', slide: 'softmax' }, 'replay');
    expect(store.strokes().map((s) => s.id)).toEqual(['me-1', 'me-2']);
    expect(store.own()).toHaveLength(4);
    store.endReplay();
    expect(store.replaying()).toBe(false);
    expect(store.strokes()).toBe(store.own());
    expect(renders).toBe(6);
    // A replayed event without a restore before it starts from no ink, not from the own ink.
    store.dispatch({ type: 'begin', stroke: stroke('rec-2') }, 'replay');
    expect(store.strokes().map((s) => s.id)).toEqual(['rec-2', 'me-1', 'me-2']);
  });

  it('„Folie leeren“ clears the slide; while replaying it erases only the own strokes in sight there', () => {
    const store = createInkStore([stroke('saved-1'), stroke('me-1'), stroke('me-2', { slide: 'agenda' })], 'me');
    expect(clearSlideEvent(store, 'softmax')).toEqual({ type: 'clear', slide: 'softmax' });
    store.replace([stroke('rec-1')], 'replay');
    expect(clearSlideEvent(store, 'softmax')).toEqual({ type: 'erase', ids: ['me-1'] });
    store.dispatch(clearSlideEvent(store, 'softmax')!, 'local');
    expect(clearSlideEvent(store, 'softmax')).toBeNull();
    store.endReplay();
    expect(store.strokes().map((s) => s.id)).toEqual(['saved-1', 'me-2']);
  });

  it("another window that starts during a replay gets this window's own ink, never the replayed", () => {
    const bus = fakeBus();
    const replaying = createInkStore([stroke('own-1')], 'replaying');
    startInkSync(replaying, () => undefined, bus, 'replaying');
    replaying.replace([stroke('rec-1')], 'replay');
    const late = createInkStore();
    startInkSync(late, () => undefined, bus, 'late');
    expect(late.strokes().map((s) => s.id)).toEqual(['own-1']);
  });

  it('a recording started while a replay shows takes the own ink as its snapshot', () => {
    const store = createInkStore([stroke('own-1')], 'me');
    store.replace([stroke('rec-1')], 'replay');
    expect(createInkTrack(store, () => undefined).snapshot().strokes.map((s) => s.id)).toEqual(['own-1']);
    createInkTrack(store, () => undefined).release?.();
    expect(store.strokes().map((s) => s.id)).toEqual(['own-1']);
  });
});

describe('persistence', () => {
  it('saves changes made here and in other windows after a short pause, not replayed ink', () => {
    vi.useFakeTimers();
    const store = createInkStore();
    const stop = startPersistence(store, localStorage, () => undefined, 100);
    store.dispatch({ type: 'begin', stroke: stroke('a') }, 'local');
    expect(localStorage.getItem(INK_STORAGE_KEY)).toBeNull();
    vi.advanceTimersByTime(100);
    expect(loadInk(localStorage)).toEqual({ ok: true, strokes: [stroke('a')], problems: [] });
    store.dispatch({ type: 'begin', stroke: stroke('r') }, 'replay');
    vi.advanceTimersByTime(1000);
    expect(loadInk(localStorage)).toEqual({ ok: true, strokes: [stroke('a')], problems: [] });
    store.dispatch({ type: 'begin', stroke: stroke('b') }, 'remote');
    stop();
    // The replayed stroke is on screen, but what is saved is this window's own ink only.
    expect(store.strokes().map((s) => s.id)).toEqual(['r']);
    const saved = loadInk(localStorage);
    expect(saved?.ok && saved.strokes.map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('loads the saved ink at start (a reload keeps it)', () => {
    localStorage.setItem(INK_STORAGE_KEY, JSON.stringify(emptyDocument([stroke('a'), stroke('b', { step: 2 })])));
    const store = createInkStore();
    startPersistence(store, localStorage, () => undefined)();
    expect(store.strokes().map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('ignores broken saved ink with a message, never a crash', () => {
    const messages: string[] = [];
    localStorage.setItem(INK_STORAGE_KEY, '{"format": "vom-token-zur-antwort-ink", "strokes": [');
    const store = createInkStore();
    startPersistence(store, localStorage, (m) => messages.push(m))();
    expect(store.strokes()).toEqual([]);
    expect(messages).toEqual([expect.stringMatching(/^Die gespeicherte Tinte ist beschädigt und wurde nicht geladen: Kein gültiges JSON/)]);

    messages.length = 0;
    localStorage.setItem(INK_STORAGE_KEY, JSON.stringify(emptyDocument([stroke('a'), { ...stroke('b'), points: [[NaN, 1]] } as Stroke])));
    const other = createInkStore();
    startPersistence(other, localStorage, (m) => messages.push(m))();
    expect(other.strokes().map((s) => s.id)).toEqual(['a']);
    expect(messages).toEqual([expect.stringMatching(/^Gespeicherte Tinte, Strich 2: Punkt 1/)]);
  });

  it('says so when the browser refuses to save', () => {
    vi.useFakeTimers();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    const messages: string[] = [];
    const store = createInkStore();
    const stop = startPersistence(store, full, (m) => messages.push(m), 10);
    store.dispatch({ type: 'begin', stroke: stroke('a') }, 'local');
    vi.advanceTimersByTime(10);
    stop();
    expect(messages[0]).toMatch(/^Die Tinte konnte nicht im Browser gespeichert werden: QuotaExceededError/);
  });
});

/** Two or more windows' channels, connected as a BroadcastChannel connects them (never to itself). */
function fakeBus() {
  type Fake = { onmessage: ((event: MessageEvent) => void) | null; postMessage: (message: unknown) => void; close: () => void };
  const open: Fake[] = [];
  return () => {
    const channel: Fake = {
      onmessage: null,
      postMessage: (message) => {
        const copy = structuredClone(message);
        for (const other of open) if (other !== channel) other.onmessage?.({ data: copy } as MessageEvent);
      },
      close: () => open.splice(open.indexOf(channel), 1),
    };
    open.push(channel);
    return channel;
  };
}

describe('sync between windows', () => {
  it('sends what is drawn here, applies what comes from the others, never sends it back', () => {
    const bus = fakeBus();
    const presenter = createInkStore();
    const audience = createInkStore();
    const sent: string[] = [];
    startInkSync(presenter, () => undefined, bus, 'presenter');
    startInkSync(audience, () => undefined, bus, 'audience');
    audience.onEvent((event, origin) => sent.push(`${event.type}:${origin}`));
    presenter.dispatch({ type: 'begin', stroke: stroke('p-1') }, 'local');
    presenter.dispatch({ type: 'extend', id: 'p-1', points: [[20, 20], [30, 30]] }, 'local');
    expect(audience.strokes()).toEqual(presenter.strokes());
    presenter.dispatch({ type: 'clear', slide: 'softmax' }, 'local');
    expect(audience.strokes()).toEqual([]);
    expect(sent).toEqual(['begin:remote', 'extend:remote', 'clear:remote']);
    // Replayed ink stays in its window.
    presenter.dispatch({ type: 'begin', stroke: stroke('r-1') }, 'replay');
    expect(audience.strokes()).toEqual([]);
  });

  it('a window that starts late gets the ink it lacks, a stroke still being drawn included', () => {
    const bus = fakeBus();
    const presenter = createInkStore();
    startInkSync(presenter, () => undefined, bus, 'presenter');
    presenter.dispatch({ type: 'begin', stroke: stroke('p-1') }, 'local');
    presenter.dispatch({ type: 'begin', stroke: stroke('p-2', { slide: 'agenda' }) }, 'local');
    const late = createInkStore([stroke('own')]);
    startInkSync(late, () => undefined, bus, 'late');
    expect(late.strokes().map((s) => s.id)).toEqual(['own', 'p-1', 'p-2']);
    presenter.dispatch({ type: 'extend', id: 'p-1', points: [[50, 50]] }, 'local');
    expect(late.strokes()[1].points).toEqual([[10, 10], [50, 50]]);
  });

  it('drops broken messages with a message, and messages without a sender', () => {
    const bus = fakeBus();
    const store = createInkStore();
    const messages: string[] = [];
    startInkSync(store, (m) => messages.push(m), bus, 'me');
    const other = bus();
    const send = (message: unknown) => other.postMessage(message);
    send({ type: 'event', from: 'x', event: { type: 'begin', stroke: { ...stroke('b'), width: -1 } } });
    send({ type: 'event', from: 'x', event: { type: 'extend', id: 'b', points: [[1, 'a']] } });
    send({ type: 'state', from: 'x', to: 'me', strokes: 'all of them' });
    send({ type: 'event', event: { type: 'begin', stroke: stroke('c') } } as unknown as InkMessage);
    send(null);
    send({ type: 'state', from: 'x', to: 'me', strokes: [stroke('ok'), { id: 'bad' }] });
    expect(store.strokes().map((s) => s.id)).toEqual(['ok']);
    expect(messages).toEqual([
      expect.stringMatching(/^Tinte aus einem anderen Fenster verworfen: „begin“: „width“/),
      expect.stringMatching(/^Tinte aus einem anderen Fenster verworfen: „extend“: Punkt 1/),
      expect.stringMatching(/^Tinte aus einem anderen Fenster verworfen: „strokes“ ist keine Liste/),
      expect.stringMatching(/^Tinte aus einem anderen Fenster, Strich 2: /),
    ]);
  });

  it('events are plain JSON (they survive structured cloning and JSON unchanged)', () => {
    const events: InkEvent[] = [];
    const store = createInkStore();
    store.onEvent((event) => events.push(event));
    store.dispatch({ type: 'begin', stroke: stroke('a', { points: [[1, 2, 0.5]] }) }, 'local');
    store.dispatch({ type: 'erase', ids: ['a'] }, 'local');
    expect(JSON.parse(JSON.stringify(events))).toEqual(events);
  });
});
