import { useEffect, useMemo, useRef, useSyncExternalStore, type RefObject } from 'react';
import { SLIDE_SIZE } from '../../theme/slideSize';
import { InkStrokes } from './InkStrokes';
import { clientToSlide, INK_WIDTH, simplifyPoints, strokesTouched, visibleStrokes, type InkColor, type InkPoint } from './model';
import { inkStore, nextStrokeId } from './store';
import { useInkUi, type InkToolChoice } from './ui';
import './ink.css';

/** How far around the eraser's path (design px) a stroke counts as touched. */
const ERASER_RADIUS = 10;

type InkLayerProps = {
  slideId: string;
  /** The step the slide shows: strokes of this step and the earlier ones are drawn. */
  step: number;
  /** The slide is the one on screen (only there can one draw). */
  active: boolean;
  /** The deck this slide belongs to. */
  deckId: string;
};

/**
 * The ink over one slide: an SVG with the slide's design size as its viewBox, so strokes stored in
 * design px land in the same place at any window size. It lets every pointer through
 * (pointer-events: none) until drawing mode is on; then the slide on screen of the page's main
 * deck takes mouse, pen and touch for drawing (touch-action: none only then), and no click reaches
 * the demos below.
 */
export function InkLayer({ slideId, step, active, deckId }: InkLayerProps) {
  const strokes = useSyncExternalStore(inkStore.subscribe, inkStore.strokes, inkStore.strokes);
  const ui = useInkUi();
  const visible = useMemo(() => visibleStrokes(strokes, slideId, step), [strokes, slideId, step]);
  const main = ui.ownerDeck === deckId;
  const drawing = active && main && ui.drawing;
  const ref = useRef<SVGSVGElement>(null);
  useDrawing(ref, drawing, slideId, step, ui.tool, ui.color);
  return (
    <svg
      ref={ref}
      className={drawing ? 'ink-layer ink-layer-drawing' : 'ink-layer'}
      viewBox={`0 0 ${SLIDE_SIZE.width} ${SLIDE_SIZE.height}`}
      preserveAspectRatio="none"
      aria-hidden="true"
      data-ink-layer={slideId}
      data-ink-step={step}
      data-ink-active={active}
      data-ink-main={main}
      data-ink-tool={drawing ? ui.tool : undefined}
    >
      <InkStrokes strokes={visible} />
    </svg>
  );
}

/** The pen's pressure where the device gives one (pointerType "pen"); mouse and touch draw at constant width. */
function pressureOf(event: PointerEvent): number | undefined {
  return event.pointerType === 'pen' ? event.pressure : undefined;
}

/**
 * Pointer input while drawing: a stroke begins at pointerdown (so a dot shows at once), its points
 * are simplified as they come and go to the store (and from there to the other windows) in a batch
 * per frame. The eraser removes every visible stroke its path touches.
 */
function useDrawing(
  ref: RefObject<SVGSVGElement | null>,
  drawing: boolean,
  slideId: string,
  step: number,
  tool: InkToolChoice,
  color: InkColor,
) {
  useEffect(() => {
    const svg = ref.current;
    if (!drawing || !svg) return;
    let pointerId: number | null = null;
    let rect: DOMRect = svg.getBoundingClientRect();
    let strokeId: string | null = null;
    let lastKept: InkPoint | null = null;
    let lastEraser: InkPoint | null = null;
    let pending: InkPoint[] = [];
    let frame = 0;

    const flush = () => {
      cancelAnimationFrame(frame);
      frame = 0;
      if (strokeId !== null && pending.length > 0) inkStore.dispatch({ type: 'extend', id: strokeId, points: pending }, 'local');
      pending = [];
    };
    const erase = (from: InkPoint, to: InkPoint) => {
      const ids = strokesTouched(visibleStrokes(inkStore.strokes(), slideId, step), from, to, ERASER_RADIUS);
      if (ids.length > 0) inkStore.dispatch({ type: 'erase', ids }, 'local');
    };
    const pointAt = (event: PointerEvent) => clientToSlide(event.clientX, event.clientY, rect, tool === 'pen' ? pressureOf(event) : undefined);

    const onDown = (event: PointerEvent) => {
      if (pointerId !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
      event.preventDefault();
      pointerId = event.pointerId;
      svg.setPointerCapture?.(event.pointerId);
      rect = svg.getBoundingClientRect();
      const point = pointAt(event);
      if (tool === 'eraser') {
        lastEraser = point;
        erase(point, point);
        return;
      }
      strokeId = nextStrokeId();
      lastKept = point;
      inkStore.dispatch({ type: 'begin', stroke: { id: strokeId, slide: slideId, step, tool, color, width: INK_WIDTH[tool], points: [point] } }, 'local');
    };
    const onMove = (event: PointerEvent) => {
      if (event.pointerId !== pointerId) return;
      const events = event.getCoalescedEvents?.() ?? [];
      for (const sample of events.length > 0 ? events : [event]) {
        const point = pointAt(sample);
        if (tool === 'eraser') {
          if (lastEraser) erase(lastEraser, point);
          lastEraser = point;
        } else {
          const kept = simplifyPoints([point], lastKept);
          if (kept.length > 0) {
            pending.push(...kept);
            lastKept = kept[kept.length - 1];
          }
        }
      }
      if (pending.length > 0 && frame === 0) frame = requestAnimationFrame(flush);
    };
    const onUp = (event: PointerEvent) => {
      // The pointerup itself adds no point: it is where the last move was, and a pen lifts at pressure 0.
      if (event.pointerId !== pointerId) return;
      flush();
      if (svg.hasPointerCapture?.(event.pointerId)) svg.releasePointerCapture(event.pointerId);
      pointerId = null;
      strokeId = null;
      lastKept = null;
      lastEraser = null;
    };
    // The stage turns horizontal swipes on touch screens into slide changes; a stroke is not a swipe.
    const keepTouch = (event: TouchEvent) => event.stopPropagation();

    svg.addEventListener('pointerdown', onDown);
    svg.addEventListener('pointermove', onMove);
    svg.addEventListener('pointerup', onUp);
    svg.addEventListener('pointercancel', onUp);
    for (const name of ['touchstart', 'touchmove', 'touchend'] as const) svg.addEventListener(name, keepTouch, { passive: true });
    return () => {
      flush();
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onMove);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('pointercancel', onUp);
      for (const name of ['touchstart', 'touchmove', 'touchend'] as const) svg.removeEventListener(name, keepTouch);
    };
  }, [ref, drawing, slideId, step, tool, color]);
}
