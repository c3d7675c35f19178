/**
 * Ink on slides as data: strokes in slide coordinates (the 1366x768 design space of
 * src/theme/slideSize.ts, so they fit any screen), per slide id and step, and the events that change
 * them. Everything here is pure: the store, sync, persistence, the recording track and the handout
 * all go through these functions, so every window reaches the same strokes from the same events.
 */
import type { Role } from '../../theme/palette';
import { SLIDE_SIZE } from '../../theme/slideSize';

export type InkTool = 'pen' | 'highlighter';

/** The three ink colours: palette roles, so the print palette (handout) swaps them too. */
export type InkColor = 'target' | 'loss' | 'accent';

export const INK_COLORS: readonly { readonly role: InkColor & Role; readonly label: string; readonly key: '1' | '2' | '3' }[] = [
  { role: 'target', label: 'Gelb', key: '1' },
  { role: 'loss', label: 'Orange', key: '2' },
  { role: 'accent', label: 'Blau', key: '3' },
];

/** Base widths in design px: the pen thin, the highlighter wide (and translucent when drawn). */
export const INK_WIDTH: Record<InkTool, number> = { pen: 4, highlighter: 22 };

/** How translucent a highlighter stroke is drawn. */
export const HIGHLIGHTER_OPACITY = 0.35;

/** A point in design px; a third number is the pen's pressure (0 … 1) where the device gives one. */
export type InkPoint = readonly [number, number] | readonly [number, number, number];

export interface Stroke {
  /** Unique across windows: the drawing window's id and a counter. */
  readonly id: string;
  /** The manifest's slide id. */
  readonly slide: string;
  /** The step it was drawn at; it shows at this step and every later step of the slide. */
  readonly step: number;
  readonly tool: InkTool;
  readonly color: InkColor;
  /** Width in design px (with pressure: the width at pressure 0.5). */
  readonly width: number;
  readonly points: readonly InkPoint[];
}

/** Every change to the ink; plain JSON, the same in sync messages, recordings and the store. */
export type InkEvent =
  | { readonly type: 'begin'; readonly stroke: Stroke }
  | { readonly type: 'extend'; readonly id: string; readonly points: readonly InkPoint[] }
  | { readonly type: 'erase'; readonly ids: readonly string[] }
  | { readonly type: 'clear'; readonly slide: string };

/** The file format of an ink export (README, „Tinte“). */
export const INK_FORMAT = 'vom-token-zur-antwort-ink';
export const INK_VERSION = 1;

export interface InkDocument {
  readonly format: typeof INK_FORMAT;
  readonly version: typeof INK_VERSION;
  readonly strokes: readonly Stroke[];
}

/** Points closer than this (design px) to the last kept point are dropped. */
export const MIN_POINT_DISTANCE = 1;

/** Limits of what is accepted from storage, files and other windows. */
export const LIMITS = { strokes: 20_000, pointsPerStroke: 10_000, idLength: 80, maxStep: 1000, minWidth: 0.5, maxWidth: 80 } as const;

const round1 = (value: number) => Math.round(value * 10) / 10;
const round2 = (value: number) => Math.round(value * 100) / 100;
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** The rectangle the slide takes on screen (its bounding client rect). */
export type ScreenRect = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

/**
 * A pointer position in client px → design px: the slide on screen is the design space scaled by
 * rect.width / 1366 (and rect.height / 768), so dividing by that scale gives the same point at any
 * window size. Rounded to 0.1 px and kept inside the slide. Pressure (pen only) is rounded to 0.01.
 */
export function clientToSlide(clientX: number, clientY: number, rect: ScreenRect, pressure?: number): InkPoint {
  const scaleX = rect.width / SLIDE_SIZE.width;
  const scaleY = rect.height / SLIDE_SIZE.height;
  const x = clamp(round1((clientX - rect.left) / (scaleX || 1)), 0, SLIDE_SIZE.width);
  const y = clamp(round1((clientY - rect.top) / (scaleY || 1)), 0, SLIDE_SIZE.height);
  return pressure === undefined ? [x, y] : [x, y, clamp(round2(pressure), 0, 1)];
}

/** A design-px point → client px on a slide shown at `rect` (the inverse of clientToSlide). */
export function slideToClient(point: InkPoint, rect: ScreenRect): { x: number; y: number } {
  return {
    x: rect.left + (point[0] * rect.width) / SLIDE_SIZE.width,
    y: rect.top + (point[1] * rect.height) / SLIDE_SIZE.height,
  };
}

function distance(a: InkPoint, b: InkPoint): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}

/**
 * The points worth keeping of `next`, given the last point kept so far: each kept point is at
 * least MIN_POINT_DISTANCE from the one before. Drawing calls this per batch, so a stroke's data
 * is the same whether it was simplified in one go or batch by batch.
 */
export function simplifyPoints(next: readonly InkPoint[], lastKept: InkPoint | null = null): InkPoint[] {
  const kept: InkPoint[] = [];
  let last = lastKept;
  for (const point of next) {
    if (last === null || distance(point, last) >= MIN_POINT_DISTANCE) {
      kept.push(point);
      last = point;
    }
  }
  return kept;
}

/** Strokes shown on a slide at a step: those of that slide drawn at this step or an earlier one. */
export function visibleStrokes(strokes: readonly Stroke[], slide: string, step: number): Stroke[] {
  return strokes.filter((stroke) => stroke.slide === slide && stroke.step <= step);
}

/** Applies one event; returns the same array when nothing changed (unknown id, stroke already there). */
export function applyInkEvent(strokes: readonly Stroke[], event: InkEvent): readonly Stroke[] {
  switch (event.type) {
    case 'begin':
      if (strokes.some((stroke) => stroke.id === event.stroke.id) || strokes.length >= LIMITS.strokes) return strokes;
      return [...strokes, event.stroke];
    case 'extend': {
      const index = strokes.findIndex((stroke) => stroke.id === event.id);
      if (index < 0 || event.points.length === 0) return strokes;
      const stroke = strokes[index];
      const room = LIMITS.pointsPerStroke - stroke.points.length;
      if (room <= 0) return strokes;
      const next = strokes.slice();
      next[index] = { ...stroke, points: [...stroke.points, ...event.points.slice(0, room)] };
      return next;
    }
    case 'erase': {
      const ids = new Set(event.ids);
      const next = strokes.filter((stroke) => !ids.has(stroke.id));
      return next.length === strokes.length ? strokes : next;
    }
    case 'clear': {
      const next = strokes.filter((stroke) => stroke.slide !== event.slide);
      return next.length === strokes.length ? strokes : next;
    }
  }
}

/**
 * The events that bring `have` up to `incoming` without losing anything: strokes it lacks begin,
 * strokes it has with fewer points are extended. Nothing is removed (a window that starts late
 * merges what the others and the browser's storage hold).
 */
export function mergeEvents(have: readonly Stroke[], incoming: readonly Stroke[]): InkEvent[] {
  const byId = new Map(have.map((stroke) => [stroke.id, stroke]));
  const events: InkEvent[] = [];
  for (const stroke of incoming) {
    const own = byId.get(stroke.id);
    if (!own) events.push({ type: 'begin', stroke });
    else if (stroke.points.length > own.points.length) events.push({ type: 'extend', id: stroke.id, points: stroke.points.slice(own.points.length) });
  }
  return events;
}

/** Distance from point p to segment a–b. */
function pointSegmentDistance(p: InkPoint, a: InkPoint, b: InkPoint): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : clamp(((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2, 0, 1);
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function segmentsCross(a: InkPoint, b: InkPoint, c: InkPoint, d: InkPoint): boolean {
  const cross = (o: InkPoint, p: InkPoint, q: InkPoint) => (p[0] - o[0]) * (q[1] - o[1]) - (p[1] - o[1]) * (q[0] - o[0]);
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Shortest distance between segments a–b and c–d. */
export function segmentDistance(a: InkPoint, b: InkPoint, c: InkPoint, d: InkPoint): number {
  if (segmentsCross(a, b, c, d)) return 0;
  return Math.min(pointSegmentDistance(a, c, d), pointSegmentDistance(b, c, d), pointSegmentDistance(c, a, b), pointSegmentDistance(d, a, b));
}

/** The widest a stroke gets (pressure 1 draws at 1.7 × its width). */
function maxHalfWidth(stroke: Stroke): number {
  return (stroke.width * (stroke.points.some((point) => point.length === 3) ? pressureFactor(1) : 1)) / 2;
}

/**
 * The ids of the strokes an eraser moved from a to b touches (radius in design px): a stroke is
 * touched when any of its segments comes closer than the radius plus half its width.
 */
export function strokesTouched(strokes: readonly Stroke[], a: InkPoint, b: InkPoint, radius: number): string[] {
  const ids: string[] = [];
  for (const stroke of strokes) {
    const reach = radius + maxHalfWidth(stroke);
    const points = stroke.points;
    let hit = false;
    for (let i = 0; i < points.length && !hit; i += 1) {
      const next = points[Math.min(i + 1, points.length - 1)];
      if (segmentDistance(points[i], next, a, b) <= reach) hit = true;
    }
    if (hit) ids.push(stroke.id);
  }
  return ids;
}

/** Width factor of a pen point at pressure p: 0.3 × at no pressure, 1 × at 0.5, 1.7 × at full. */
export function pressureFactor(pressure: number): number {
  return 0.3 + 1.4 * pressure;
}

const fmt = (value: number) => String(round1(value));

/** An SVG path through the points ("M x y L …"); a single point becomes a dot (a round cap). */
export function centerlinePath(points: readonly InkPoint[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  if (rest.length === 0) return `M${fmt(first[0])} ${fmt(first[1])}h0.1`;
  return `M${fmt(first[0])} ${fmt(first[1])}${rest.map((point) => `L${fmt(point[0])} ${fmt(point[1])}`).join('')}`;
}

/**
 * The outline of a stroke whose width varies with pressure, as one filled SVG path: the left edge
 * forward, a round cap, the right edge back, a round cap. Each point's half width is
 * width × pressureFactor(p) / 2 along the normal of its neighbours' direction.
 */
export function outlinePath(points: readonly InkPoint[], width: number): string {
  if (points.length === 0) return '';
  const half = points.map((point) => (width * pressureFactor(point.length === 3 ? point[2] : 0.5)) / 2);
  if (points.length === 1) {
    const [x, y] = points[0];
    const r = fmt(half[0]);
    return `M${fmt(x - half[0])} ${fmt(y)}a${r} ${r} 0 1 0 ${fmt(2 * half[0])} 0a${r} ${r} 0 1 0 ${fmt(-2 * half[0])} 0Z`;
  }
  const left: string[] = [];
  const right: string[] = [];
  for (let i = 0; i < points.length; i += 1) {
    const before = points[Math.max(i - 1, 0)];
    const after = points[Math.min(i + 1, points.length - 1)];
    const dx = after[0] - before[0];
    const dy = after[1] - before[1];
    const length = Math.hypot(dx, dy) || 1;
    const nx = (-dy / length) * half[i];
    const ny = (dx / length) * half[i];
    left.push(`${fmt(points[i][0] + nx)} ${fmt(points[i][1] + ny)}`);
    right.push(`${fmt(points[i][0] - nx)} ${fmt(points[i][1] - ny)}`);
  }
  right.reverse();
  const endR = fmt(half[half.length - 1]);
  const startR = fmt(half[0]);
  return `M${left.join('L')}A${endR} ${endR} 0 0 0 ${right[0]}L${right.join('L')}A${startR} ${startR} 0 0 0 ${left[0]}Z`;
}

/** Whether a stroke is drawn as a filled outline (pressure varies its width) or a stroked line. */
export function hasPressure(stroke: Stroke): boolean {
  return stroke.tool === 'pen' && stroke.points.some((point) => point.length === 3);
}

export function emptyDocument(strokes: readonly Stroke[] = []): InkDocument {
  return { format: INK_FORMAT, version: INK_VERSION, strokes };
}
