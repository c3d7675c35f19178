/**
 * Ink on its way through the hall's relay. The lecturer's windows make an ink event per animation
 * frame while drawing; the relay takes at most 60 messages a second from the lecturer and one
 * message holds at most HALL_LIMITS.inkPoints points. So the presenter view queues ink, merges the
 * extends of one stroke that follow each other, splits what is too long, and sends a few messages
 * per tick (createInkSender). An extend says how many points its stroke had before it (`at`), so a
 * phone that has them already skips them (createInkFollower).
 */
import type { InkEvent, Stroke } from '../ink/model';
import type { InkStore } from '../ink/store';
import { HALL_LIMITS, type RelayInk } from './protocol';

/** One ink message's content: the event, and for an extend the points its stroke had before it. */
export type HallInk = { readonly event: InkEvent; readonly at?: number };

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Extends of `id` with the points in parts, the first after `at` points (undefined: not known). */
function extendsOf(id: string, points: Extract<InkEvent, { type: 'extend' }>['points'], at: number | undefined): HallInk[] {
  return chunks(points, HALL_LIMITS.inkPoints).map((part, i) => ({
    event: { type: 'extend', id, points: part },
    ...(at === undefined ? {} : { at: at + i * HALL_LIMITS.inkPoints }),
  }));
}

/**
 * One message as messages that fit the hall's limits: a begin with a long stroke becomes the begin
 * with its first points and extends with the rest; a long extend several extends; a long erase
 * several erases. Applying the parts in order gives what the whole gives.
 */
export function splitInk(item: HallInk): HallInk[] {
  const { event } = item;
  const limit = HALL_LIMITS.inkPoints;
  switch (event.type) {
    case 'begin': {
      const { points } = event.stroke;
      if (points.length <= limit) return [item];
      return [{ event: { type: 'begin', stroke: { ...event.stroke, points: points.slice(0, limit) } } }, ...extendsOf(event.stroke.id, points.slice(limit), limit)];
    }
    case 'extend':
      return event.points.length <= limit ? [item] : extendsOf(event.id, event.points, item.at);
    case 'erase':
      return event.ids.length <= HALL_LIMITS.inkIds ? [item] : chunks(event.ids, HALL_LIMITS.inkIds).map((ids) => ({ event: { type: 'erase', ids } }));
    case 'clear':
      return [item];
  }
}

/**
 * Fewer messages for the same ink: extends of one stroke that follow each other (a stroke being
 * drawn, frame by frame) become one, then everything is split to the limits. Order is kept.
 */
export function coalesceInk(items: readonly HallInk[]): HallInk[] {
  const merged: HallInk[] = [];
  for (const item of items) {
    const last = merged.at(-1);
    const { event } = item;
    if (event.type === 'extend' && last?.event.type === 'extend' && last.event.id === event.id) {
      const follows = last.at === undefined ? item.at === undefined : item.at === last.at + last.event.points.length;
      if (follows) {
        merged[merged.length - 1] = { ...last, event: { ...last.event, points: [...last.event.points, ...event.points] } };
        continue;
      }
    }
    merged.push(item);
  }
  return merged.flatMap(splitInk);
}

/** A whole stroke as messages (for a relay that starts anew: it has none of the ink). */
export function strokeMessages(stroke: Stroke): HallInk[] {
  return splitInk({ event: { type: 'begin', stroke } });
}

/**
 * An event the presenter's ink store has just applied, with `at` for an extend: the points its
 * stroke had before (read from the store after the event).
 */
export function hallInkOf(event: InkEvent, strokes: readonly Stroke[]): HallInk {
  if (event.type !== 'extend') return { event };
  const stroke = strokes.find((candidate) => candidate.id === event.id);
  return stroke && stroke.points.length >= event.points.length ? { event, at: stroke.points.length - event.points.length } : { event };
}

/** How often the sender sends, and how many ink messages at most each time (40 a second). */
export const INK_TICK_MS = 50;
export const INK_PER_TICK = 2;

/**
 * The presenter's queue of ink for the relay: `push` adds messages, every INK_TICK_MS the queue is
 * coalesced and up to INK_PER_TICK messages go out while the connection is open (`canSend`);
 * what waits stays queued (a short loss of the network loses no ink). `restart` replaces the queue
 * (a relay that started anew gets every stroke whole).
 */
export function createInkSender(send: (item: HallInk) => void, canSend: () => boolean) {
  let queue: HallInk[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    timer = undefined;
    if (!canSend()) return;
    queue = coalesceInk(queue);
    for (const item of queue.splice(0, INK_PER_TICK)) send(item);
    schedule();
  };
  const schedule = () => {
    if (timer === undefined && queue.length > 0) timer = setTimeout(tick, INK_TICK_MS);
  };
  return {
    push(item: HallInk) {
      queue.push(item);
      schedule();
    },
    restart(items: HallInk[]) {
      queue = items;
      schedule();
    },
    /** The connection is open again: send what waits. */
    resume: schedule,
    stop() {
      clearTimeout(timer);
      timer = undefined;
      queue = [];
    },
  };
}

/**
 * A follower's side: ink from the relay into this page's ink store, each message once (its number
 * in the relay's run; a reconnection's catch-up repeats what the page has). A begin is merged (a
 * stroke the page has in part gets the points it lacks), an extend whose points the page has (by
 * its `at`) gives only the ones it lacks, and a reset erases every stroke the relay gave.
 */
export function createInkFollower(store: InkStore) {
  let run = '';
  let last = 0;
  // The strokes that came from the relay (a reset removes them, never the reader's own).
  const fromRelay = new Set<string>();
  return {
    welcome(nextRun: string) {
      if (nextRun !== run) last = 0;
      run = nextRun;
    },
    take(message: RelayInk) {
      if (message.seq <= last) return;
      last = message.seq;
      if (message.type === 'ink-reset') {
        if (fromRelay.size > 0) store.dispatch({ type: 'erase', ids: [...fromRelay] }, 'remote');
        fromRelay.clear();
        return;
      }
      const { event, at } = message;
      if (event.type === 'begin') {
        fromRelay.add(event.stroke.id);
        store.merge([event.stroke], 'remote');
      }
      else if (event.type === 'extend' && at !== undefined) {
        const have = store.own().find((stroke) => stroke.id === event.id)?.points.length ?? at;
        const skip = Math.max(0, have - at);
        if (skip < event.points.length) store.dispatch(skip === 0 ? event : { ...event, points: event.points.slice(skip) }, 'remote');
      } else store.dispatch(event, 'remote');
    },
  };
}
