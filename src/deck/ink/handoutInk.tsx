import type { SlideMeta } from '../manifest';
import { SLIDE_SIZE } from '../slideSize';
import { InkStrokes } from './InkStrokes';
import { visibleStrokes, type Stroke } from './model';
import { parseInkJson, type ParsedDocument } from './validate';
import './ink.css';

declare global {
  interface Window {
    /** The ink file's text, put there by `npm run export:pdf -- --ink FILE` before the handout starts. */
    __VOM_TOKEN_INK__?: unknown;
  }
}

/**
 * The ink the handout draws: the text the export script handed to the page, checked. Strokes of
 * slides the deck does not have, or of steps a slide does not have, are left out with a message.
 * null when no ink was given.
 */
export function handoutInk(text: unknown, slides: readonly SlideMeta[]): ParsedDocument | null {
  if (text === undefined) return null;
  if (typeof text !== 'string') return { ok: false, message: 'Die Tinte wurde nicht als Text übergeben.' };
  const parsed = parseInkJson(text);
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
