import type { SlideMeta } from '../../shell/manifest';
import { SLIDE_SIZE } from '../../theme/slideSize';
import { InkStrokes } from './InkStrokes';
import { visibleStrokes, type Stroke } from './model';
import { bytesOfBase64, inkOfRecordingFile } from './recordingInk';
import { parseInkJson, type ParsedDocument } from './validate';
import './ink.css';

declare global {
  interface Window {
    /**
     * Put there by `npm run export:pdf -- --ink FILE` before the handout starts: the ink file's
     * text, or `{ recording: <base64> }` for a recording (.vtzrec), whose ink at its end is drawn.
     */
    __VOM_TOKEN_INK__?: unknown;
  }
}

/** What the handout names when the ink cannot be used: „Die Tinte-Datei …“ or „Die Aufzeichnung …“. */
export function inkSourceOf(text: unknown): 'Die Tinte-Datei' | 'Die Aufzeichnung' {
  return typeof text === 'object' && text !== null && 'recording' in text ? 'Die Aufzeichnung' : 'Die Tinte-Datei';
}

function parseHanded(text: unknown): ParsedDocument {
  if (inkSourceOf(text) === 'Die Aufzeichnung') {
    const encoded = (text as { recording: unknown }).recording;
    const bytes = typeof encoded === 'string' ? bytesOfBase64(encoded) : null;
    return bytes ? inkOfRecordingFile(bytes) : { ok: false, message: 'Die Aufzeichnung wurde nicht als Base64 übergeben.' };
  }
  if (typeof text !== 'string') return { ok: false, message: 'Die Tinte wurde nicht als Text übergeben.' };
  return parseInkJson(text);
}

/**
 * The ink the handout draws: the ink file's text or the recording the export script handed to
 * the page, checked. Strokes of
 * slides the deck does not have, or of steps a slide does not have, are left out with a message.
 * null when no ink was given.
 */
export function handoutInk(text: unknown, slides: readonly SlideMeta[]): ParsedDocument | null {
  if (text === undefined) return null;
  const parsed = parseHanded(text);
  if (!parsed.ok) return parsed;
  const steps = new Map(slides.map((meta) => [meta.id, meta.steps]));
  const problems = [...parsed.problems];
  const strokes = parsed.strokes.filter((stroke) => {
    const last = steps.get(stroke.slide);
    if (last === undefined) problems.push(`Strich „${stroke.id}“: die Folie „${stroke.slide}“ gibt es nicht (ausgelassen)`);
    else if (stroke.step > last) problems.push(`Strich „${stroke.id}“: Folie „${stroke.slide}“ hat keinen Schritt ${stroke.step} (0 … ${last}; ausgelassen)`);
    else return true;
    return false;
  });
  return { ok: true, strokes, problems };
}

/** The ink of one handout page (a slide at a step) as vector paths over the slide; nothing when it has none. */
export function HandoutInk({ strokes, slide, step }: { strokes: readonly Stroke[]; slide: string; step: number }) {
  const visible = visibleStrokes(strokes, slide, step);
  if (visible.length === 0) return null;
  return (
    <svg
      className="ink-layer"
      viewBox={`0 0 ${SLIDE_SIZE.width} ${SLIDE_SIZE.height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-ink-layer={slide}
      data-ink-step={step}
    >
      <InkStrokes strokes={visible} />
    </svg>
  );
}
