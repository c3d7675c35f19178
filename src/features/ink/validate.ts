/**
 * Checks ink that comes from outside this window's own drawing: the browser's storage, another
 * window, a recording, an exported file. Broken data is never applied: a broken stroke is left out
 * with a German message saying what is wrong, a broken file or event is refused as a whole.
 */
import { SLIDE_SIZE } from '../../theme/slideSize';
import { INK_COLORS, INK_FORMAT, INK_VERSION, LIMITS, type InkColor, type InkEvent, type InkPoint, type InkTool, type Stroke } from './model';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export type ParsedDocument =
  | { readonly ok: true; readonly strokes: Stroke[]; readonly problems: string[] }
  | { readonly ok: false; readonly message: string };

const TOOLS: readonly InkTool[] = ['pen', 'highlighter'];
const COLORS: readonly InkColor[] = INK_COLORS.map((color) => color.role);
const ID = /^[A-Za-z0-9_-]+$/;
const SLIDE_ID = /^[a-z0-9-]+$/;

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const clamp = (value: number, low: number, high: number) => Math.min(Math.max(value, low), high);

/** A short, safe rendering of a bad value for a message (never more than 40 characters). */
function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? `„${value}“` : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function parseId(value: unknown, what: string): Parsed<string> {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.idLength || !ID.test(value)) {
    return fail(`${what} ist keine gültige Kennung: ${shown(value)}`);
  }
  return { ok: true, value };
}

function parseSlideId(value: unknown): Parsed<string> {
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.idLength || !SLIDE_ID.test(value)) {
    return fail(`„slide“ ist keine Folienkennung: ${shown(value)}`);
  }
  return { ok: true, value };
}

/** Points: [x, y] or [x, y, pressure], finite numbers; coordinates are kept inside the slide. */
export function parsePoints(value: unknown): Parsed<InkPoint[]> {
  if (!Array.isArray(value)) return fail(`„points“ ist keine Liste: ${shown(value)}`);
  if (value.length > LIMITS.pointsPerStroke) return fail(`zu viele Punkte (${value.length}, höchstens ${LIMITS.pointsPerStroke})`);
  const points: InkPoint[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const point: unknown = value[i];
    if (!Array.isArray(point) || (point.length !== 2 && point.length !== 3) || !point.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      return fail(`Punkt ${i + 1} ist kein [x, y] oder [x, y, Druck] aus Zahlen: ${shown(point)}`);
    }
    const x = clamp(point[0] as number, 0, SLIDE_SIZE.width);
    const y = clamp(point[1] as number, 0, SLIDE_SIZE.height);
    points.push(point.length === 3 ? [x, y, clamp(point[2] as number, 0, 1)] : [x, y]);
  }
  return { ok: true, value: points };
}

/** One stroke, every field checked. */
export function parseStroke(value: unknown): Parsed<Stroke> {
  if (!isRecord(value)) return fail(`kein Strich-Objekt: ${shown(value)}`);
  const id = parseId(value.id, '„id“');
  if (!id.ok) return id;
  const slide = parseSlideId(value.slide);
  if (!slide.ok) return slide;
  const step = value.step;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > LIMITS.maxStep) {
    return fail(`„step“ ist keine Schrittnummer (0 … ${LIMITS.maxStep}): ${shown(step)}`);
  }
  if (!TOOLS.includes(value.tool as InkTool)) return fail(`„tool“ ist weder "pen" noch "highlighter": ${shown(value.tool)}`);
  if (!COLORS.includes(value.color as InkColor)) return fail(`„color“ ist keine der Tintenfarben (${COLORS.join(', ')}): ${shown(value.color)}`);
  const width = value.width;
  if (typeof width !== 'number' || !Number.isFinite(width) || width < LIMITS.minWidth || width > LIMITS.maxWidth) {
    return fail(`„width“ ist keine Strichbreite (${LIMITS.minWidth} … ${LIMITS.maxWidth}): ${shown(width)}`);
  }
  const points = parsePoints(value.points);
  if (!points.ok) return points;
  return {
    ok: true,
    value: { id: id.value, slide: slide.value, step, tool: value.tool as InkTool, color: value.color as InkColor, width, points: points.value },
  };
}

/**
 * A list of strokes: broken ones and repeated ids are left out, each with a message naming the
 * stroke by its position ("Strich 3: …").
 */
export function parseStrokes(value: unknown): ParsedDocument {
  if (!Array.isArray(value)) return fail(`„strokes“ ist keine Liste: ${shown(value)}`);
  if (value.length > LIMITS.strokes) return fail(`zu viele Striche (${value.length}, höchstens ${LIMITS.strokes})`);
  const strokes: Stroke[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  value.forEach((item, index) => {
    const stroke = parseStroke(item);
    if (!stroke.ok) problems.push(`Strich ${index + 1}: ${stroke.message}`);
    else if (seen.has(stroke.value.id)) problems.push(`Strich ${index + 1}: die Kennung „${stroke.value.id}“ kommt doppelt vor`);
    else {
      seen.add(stroke.value.id);
      strokes.push(stroke.value);
    }
  });
  return { ok: true, strokes, problems };
}

/** An ink document ({format, version, strokes}) as parsed JSON. */
export function parseInkDocument(value: unknown): ParsedDocument {
  if (!isRecord(value)) return fail('Die Daten sind kein Tinte-Dokument (ein JSON-Objekt mit „format“, „version“ und „strokes“).');
  if (value.format !== INK_FORMAT) return fail(`„format“ ist nicht "${INK_FORMAT}": ${shown(value.format)}`);
  if (value.version !== INK_VERSION) return fail(`Version ${shown(value.version)} wird nicht unterstützt (erwartet: ${INK_VERSION}).`);
  return parseStrokes(value.strokes);
}

/** An ink document as JSON text (a file, the browser's storage). */
export function parseInkJson(text: string): ParsedDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`Kein gültiges JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseInkDocument(value);
}

/** One event (from another window or a recording). */
export function parseInkEvent(value: unknown): Parsed<InkEvent> {
  if (!isRecord(value)) return fail(`kein Tinte-Ereignis: ${shown(value)}`);
  switch (value.type) {
    case 'begin': {
      const stroke = parseStroke(value.stroke);
      return stroke.ok ? { ok: true, value: { type: 'begin', stroke: stroke.value } } : fail(`„begin“: ${stroke.message}`);
    }
    case 'extend': {
      const id = parseId(value.id, '„id“');
      if (!id.ok) return fail(`„extend“: ${id.message}`);
      const points = parsePoints(value.points);
      return points.ok ? { ok: true, value: { type: 'extend', id: id.value, points: points.value } } : fail(`„extend“: ${points.message}`);
    }
    case 'erase': {
      if (!Array.isArray(value.ids) || value.ids.length > LIMITS.strokes) return fail(`„erase“: „ids“ ist keine Liste: ${shown(value.ids)}`);
      const ids: string[] = [];
      for (const item of value.ids) {
        const id = parseId(item, 'eine der „ids“');
        if (!id.ok) return fail(`„erase“: ${id.message}`);
        ids.push(id.value);
      }
      return { ok: true, value: { type: 'erase', ids } };
    }
    case 'clear': {
      const slide = parseSlideId(value.slide);
      return slide.ok ? { ok: true, value: { type: 'clear', slide: slide.value } } : fail(`„clear“: ${slide.message}`);
    }
    default:
      return fail(`unbekannte Art von Tinte-Ereignis: ${shown(value.type)}`);
  }
}
