/**
 * The hall's messages (npm run hall): the lecturer's windows and phone talk to the relay
 * (scripts/hall.ts), the relay passes them on to the students' phones. JSON text frames, one
 * message each. The same checks run in the relay (on everything it receives) and in the browser
 * (on everything the relay sends): a message that does not fit is dropped, never applied.
 *
 * Lecturer -> relay: view, state, ink, ink-reset (the presenter's ink follows whole), clock (the
 * presenter's stopwatch), command (Weiter/Zurück from the phone).
 * Relay -> everyone: welcome (first), view, state, ink, ink-reset; relay -> lecturers only: clock
 * and command;
 * relay -> a refused connection: refused (then it closes).
 */
import { SLIDE_SIZE } from '../../theme/slideSize';
import { LIMITS, type InkEvent } from '../ink/model';
import { parseInkEvent } from '../ink/validate';

export type HallView = { readonly slideIndex: number; readonly stepIndex: number };
export type HallCommand = 'next' | 'previous';

/**
 * The presenter's stopwatch and the lecture's length as set in the presenter view: the remote page
 * computes the pace from them with the same time plan (src/shell/timePlan.ts).
 */
export type HallClock = { readonly elapsedMs: number; readonly running: boolean; readonly lengthMinutes: number };

export type LecturerMessage =
  | { readonly type: 'view'; readonly view: HallView }
  | { readonly type: 'state'; readonly key: string; readonly value: unknown }
  | { readonly type: 'ink'; readonly event: InkEvent; readonly at?: number }
  | { readonly type: 'ink-reset' }
  | { readonly type: 'clock'; readonly clock: HallClock }
  | { readonly type: 'command'; readonly command: HallCommand };

/**
 * Ink from the relay carries its number in this run of the relay (`seq`, from 1), and the welcome
 * names the run: a phone that reconnects skips the ink it already has. An extend may say how many
 * points its stroke had before it (`at`): a phone that has more skips those (a stroke sent whole
 * again after a relay restart gives no point twice). An ink-reset (numbered as the ink) says that
 * all ink from the relay so far is void: the presenter sends its strokes whole after it.
 */
export type RelayInk =
  | { readonly type: 'ink'; readonly event: InkEvent; readonly at?: number; readonly seq: number }
  | { readonly type: 'ink-reset'; readonly seq: number };

export type RelayMessage =
  | Exclude<LecturerMessage, { type: 'ink' | 'ink-reset' }>
  | RelayInk
  | { readonly type: 'welcome'; readonly role: 'lecturer' | 'follower'; readonly followUrl: string; readonly run: string }
  | { readonly type: 'refused'; readonly reason: string };

/** The relay's path, and its close code for a refused secret. */
export const HALL_PATH = '/hall';
export const REFUSED_CODE = 4401;

export const HALL_LIMITS = {
  /** Bytes of one message (a batch of ink points is the largest, well below). */
  messageBytes: 16 * 1024,
  /** Bytes of one demo state value as JSON. */
  stateBytes: 4 * 1024,
  /** Distinct demo state keys the relay keeps. */
  stateKeys: 200,
  slideIndex: 10_000,
  stepIndex: 1_000,
  /** Points in one ink message (a longer stroke travels as a begin and extends). */
  inkPoints: 200,
  /** Stroke ids in one erase. */
  inkIds: 500,
  /** The stopwatch: at most a day; the lecture's length in minutes. */
  elapsedMs: 24 * 60 * 60 * 1000,
  lengthMinutes: { min: 1, max: 24 * 60 },
} as const;

const STATE_KEY = /^[A-Za-z][\w.-]{0,79}$/;

export type Checked<T> = { readonly ok: true; readonly message: T } | { readonly ok: false; readonly reason: string };

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isIndex = (value: unknown, max: number): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

/** The number of UTF-8 bytes of a text (what travels on the wire). */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkView(value: unknown): value is HallView {
  return isRecord(value) && isIndex(value.slideIndex, HALL_LIMITS.slideIndex) && isIndex(value.stepIndex, HALL_LIMITS.stepIndex);
}

function checkClock(value: unknown): value is HallClock {
  if (!isRecord(value) || typeof value.running !== 'boolean') return false;
  const { elapsedMs, lengthMinutes } = value;
  return (
    typeof elapsedMs === 'number' && Number.isFinite(elapsedMs) && elapsedMs >= 0 && elapsedMs <= HALL_LIMITS.elapsedMs &&
    typeof lengthMinutes === 'number' && Number.isFinite(lengthMinutes) && lengthMinutes >= HALL_LIMITS.lengthMinutes.min && lengthMinutes <= HALL_LIMITS.lengthMinutes.max
  );
}

const inRange = (value: unknown, max: number) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;

/**
 * What the hall refuses in an ink event before the ink's own checks (validate.ts, which keeps
 * points inside the slide by clamping): more points or ids than one message carries, or a point
 * outside the slide (x 0 … 1366, y 0 … 768, pressure 0 … 1). null when none of that.
 */
function inkTransportProblem(event: unknown): string | null {
  if (!isRecord(event)) return null;
  if (Array.isArray(event.ids) && event.ids.length > HALL_LIMITS.inkIds) return `zu viele Kennungen (${event.ids.length}, höchstens ${HALL_LIMITS.inkIds})`;
  const points = isRecord(event.stroke) ? event.stroke.points : event.points;
  if (!Array.isArray(points)) return null;
  if (points.length > HALL_LIMITS.inkPoints) return `zu viele Punkte (${points.length}, höchstens ${HALL_LIMITS.inkPoints})`;
  for (let i = 0; i < points.length; i += 1) {
    const point: unknown = points[i];
    if (!Array.isArray(point) || (point.length !== 2 && point.length !== 3)) continue;
    if (!inRange(point[0], SLIDE_SIZE.width) || !inRange(point[1], SLIDE_SIZE.height) || (point.length === 3 && !inRange(point[2], 1))) {
      return `Punkt ${i + 1} liegt nicht auf der Folie`;
    }
  }
  return null;
}

/** Plain JSON data only (no functions, no NaN or Infinity), as a demo's state is. */
function isPlainJson(value: unknown, depth = 0): boolean {
  if (depth > 6) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isPlainJson(item, depth + 1));
  if (isRecord(value)) return Object.values(value).every((item) => isPlainJson(item, depth + 1));
  return false;
}

/** Checks one message a lecturer's connection sent (already parsed from JSON). */
export function checkLecturerMessage(data: unknown): Checked<LecturerMessage> {
  if (!isRecord(data)) return refuse('keine Nachricht (kein Objekt)');
  switch (data.type) {
    case 'view':
      return checkView(data.view) ? { ok: true, message: { type: 'view', view: { slideIndex: data.view.slideIndex, stepIndex: data.view.stepIndex } } } : refuse('Ansicht ungültig');
    case 'state': {
      if (typeof data.key !== 'string' || !STATE_KEY.test(data.key)) return refuse('Zustandsschlüssel ungültig');
      if (!isPlainJson(data.value)) return refuse('Zustandswert ist kein einfacher JSON-Wert');
      if (utf8Bytes(JSON.stringify(data.value)) > HALL_LIMITS.stateBytes) return refuse('Zustandswert zu groß');
      return { ok: true, message: { type: 'state', key: data.key, value: data.value } };
    }
    case 'ink': {
      const problem = inkTransportProblem(data.event);
      if (problem) return refuse(`Tinte ungültig: ${problem}`);
      const event = parseInkEvent(data.event);
      if (!event.ok) return refuse(`Tinte ungültig: ${event.message}`);
      if (data.at === undefined) return { ok: true, message: { type: 'ink', event: event.value } };
      if (event.value.type !== 'extend' || !isIndex(data.at, LIMITS.pointsPerStroke)) return refuse('Tinte ungültig: „at“ gehört zu einem „extend“ und ist eine Punktzahl');
      return { ok: true, message: { type: 'ink', event: event.value, at: data.at } };
    }
    case 'ink-reset':
      return { ok: true, message: { type: 'ink-reset' } };
    case 'clock':
      return checkClock(data.clock)
        ? { ok: true, message: { type: 'clock', clock: { elapsedMs: data.clock.elapsedMs, running: data.clock.running, lengthMinutes: data.clock.lengthMinutes } } }
        : refuse('Stoppuhr ungültig');
    case 'command':
      return data.command === 'next' || data.command === 'previous' ? { ok: true, message: { type: 'command', command: data.command } } : refuse('Befehl unbekannt');
    default:
      return refuse('Nachrichtentyp unbekannt');
  }
}

/** Parses one text frame: size first, then JSON, then the schema. */
export function parseLecturerFrame(text: string): Checked<LecturerMessage> {
  if (utf8Bytes(text) > HALL_LIMITS.messageBytes) return refuse('Nachricht zu groß');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('kein JSON');
  }
  return checkLecturerMessage(data);
}

/** Checks one message from the relay in the browser (the relay is checked as any other sender). */
export function parseRelayFrame(text: unknown): Checked<RelayMessage> {
  if (typeof text !== 'string') return refuse('keine Textnachricht');
  if (utf8Bytes(text) > HALL_LIMITS.messageBytes * 4) return refuse('Nachricht zu groß');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('kein JSON');
  }
  if (!isRecord(data)) return refuse('keine Nachricht (kein Objekt)');
  if (data.type === 'welcome') {
    const role = data.role;
    if ((role !== 'lecturer' && role !== 'follower') || typeof data.followUrl !== 'string' || !/^https?:\/\/[^\s"<>]{1,300}$/.test(data.followUrl)) {
      return refuse('Begrüßung ungültig');
    }
    if (typeof data.run !== 'string' || !/^[\w-]{1,40}$/.test(data.run)) return refuse('Begrüßung ungültig');
    return { ok: true, message: { type: 'welcome', role, followUrl: data.followUrl, run: data.run } };
  }
  if (data.type === 'refused') {
    return typeof data.reason === 'string' && data.reason.length <= 200 ? { ok: true, message: { type: 'refused', reason: data.reason } } : refuse('Abweisung ungültig');
  }
  const checked = checkLecturerMessage(data);
  if (!checked.ok) return checked;
  if (checked.message.type !== 'ink' && checked.message.type !== 'ink-reset') return { ok: true, message: checked.message };
  if (!Number.isSafeInteger(data.seq) || (data.seq as number) < 1) return refuse('Tinte ohne gültige Nummer');
  return { ok: true, message: { ...checked.message, seq: data.seq as number } };
}

/**
 * A token bucket per connection: `burst` messages at once, refilled at `perSecond`. `take()` is
 * false when the sender floods.
 */
export function createRateLimit(perSecond: number, burst: number, now: () => number = () => performance.now()) {
  let tokens = burst;
  let last = now();
  return {
    take(): boolean {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - last) / 1000) * perSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
