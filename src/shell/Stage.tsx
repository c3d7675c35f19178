import { startTransition, useEffect, useMemo, useRef, useState, type AnimationEvent, type ReactNode, type TouchEvent } from 'react';
import { afterPaint } from './afterPaint';
import { useDeckApi } from './deckApi';
import type { SlideMeta } from './manifest';
import { SlideContent } from './SlideContent';
import { useSlideFit } from './slideFit';
import { SlidePositionContext, type SlidePosition } from './slidePosition';
import { cssVar } from '../theme/palette';
import { usePrefersReducedMotion } from '../theme/reducedMotion';
import { SLIDE_PADDING, SLIDE_SIZE } from '../theme/slideSize';

/** How far from the slide on screen bodies stay mounted (1: the neighbours). */
const MOUNT_DISTANCE = 1;
/** The longest a leaving slide stays, should its animation never end (a hidden tab). */
const LEAVE_MS = 600;
/** A horizontal finger movement at least this long (CSS px) is a swipe. */
const SWIPE_PX = 10;

type StageProps = {
  slides: readonly SlideMeta[];
  /** Drawn once over the slide (footer, progress, the deck's controls). */
  template: ReactNode;
  /** Inside a box of the page (the presenter view), transparent; otherwise the whole window, black. */
  hosted?: boolean;
};

type Motion = { index: number; step: number; leaving: { index: number; step: number } | null };

/**
 * The slide view's stage: the deck's own renderer of the view (DeckApi, backed by the navigation
 * core). It draws the slide on screen at its design size, scaled to fit the window (or the presenter
 * view's box), the template once over it, and keeps the neighbours' bodies mounted, laid out and
 * hidden (visibility, not display: a slide that appears needs no layout in its key press's frame, as
 * in reveal.js), so a key press only shows another slide. Moving one slide on slides the new one in with a short CSS
 * animation (the leaving one goes out); backwards and jumps are at once, and nothing moves under
 * prefers-reduced-motion. On a touch screen a swipe to the left is next, to the right the previous
 * slide.
 */
export function Stage({ slides, template, hosted = false }: StageProps) {
  const deck = useDeckApi();
  const { slideIndex: index, stepIndex: step } = deck.view;
  const reducedMotion = usePrefersReducedMotion();
  const [box, fit] = useSlideFit();
  // The neighbours follow once the key press's frame is painted (mounting a body can take longer
  // than a frame): after the next animation frame, as a transition.
  const [around, setAround] = useState(index);
  useEffect(() => {
    if (around === index) return;
    return afterPaint(() => startTransition(() => setAround(index)));
  }, [around, index]);
  const [motion, setMotion] = useState<Motion>({ index, step, leaving: null });
  if (motion.index !== index || motion.step !== step) {
    const forward = !reducedMotion && index === motion.index + 1;
    setMotion({ index, step, leaving: forward ? { index: motion.index, step: motion.step } : motion.index === index ? motion.leaving : null });
  }
  const leaving = motion.leaving;
  useEffect(() => {
    if (!leaving) return;
    const timer = window.setTimeout(() => setMotion((m) => (m.leaving === leaving ? { ...m, leaving: null } : m)), LEAVE_MS);
    return () => window.clearTimeout(timer);
  }, [leaving]);
  const endLeaving = () => setMotion((m) => (m.leaving ? { ...m, leaving: null } : m));

  const shown = new Set<number>([index]);
  for (let i = around - MOUNT_DISTANCE; i <= around + MOUNT_DISTANCE; i += 1) shown.add(i);
  if (leaving) shown.add(leaving.index);
  const indices = [...shown].filter((i) => i >= 0 && i < slides.length).sort((a, b) => a - b);

  const swipe = useRef<{ x: number; y: number; dx: number; dy: number } | null>(null);
  const onTouchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    swipe.current = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY, dx: 0, dy: 0 } : null;
  };
  const onTouchMove = (event: TouchEvent) => {
    const touch = event.touches[0];
    if (swipe.current && touch) swipe.current = { ...swipe.current, dx: touch.clientX - swipe.current.x, dy: touch.clientY - swipe.current.y };
  };
  const onTouchEnd = () => {
    const gesture = swipe.current;
    swipe.current = null;
    if (!gesture || Math.abs(gesture.dx) < SWIPE_PX || Math.abs(gesture.dx) < Math.abs(gesture.dy)) return;
    if (gesture.dx < 0) deck.next();
    else deck.previous();
  };

  return (
    <div ref={box} className={hosted ? 'deck-stage deck-stage-hosted' : 'deck-stage'} data-testid="deck-stage">
      <div
        className="deck-stage-canvas"
        style={{ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, left: fit.left, top: fit.top, transform: `scale(${fit.scale})` }}
        onTouchStart={onTouchStart}
        onTouchMove={onTouchMove}
        onTouchEnd={onTouchEnd}
      >
        <div className="deck-stage-template">{template}</div>
        {indices.map((i) => {
          const isLeaving = leaving?.index === i && i !== index;
          return (
            <StageSlide
              key={slides[i].id}
              meta={slides[i]}
              index={i}
              deckId={deck.deckId}
              visible={i === index || isLeaving}
              motion={isLeaving ? 'leave' : i === index && leaving ? 'enter' : null}
              stepIndex={i === index ? step : isLeaving ? leaving.step : i < index ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY}
              onLeft={isLeaving ? endLeaving : undefined}
            />
          );
        })}
      </div>
    </div>
  );
}

type StageSlideProps = {
  meta: SlideMeta;
  index: number;
  deckId: string;
  visible: boolean;
  motion: 'enter' | 'leave' | null;
  stepIndex: number;
  onLeft?: () => void;
};

function StageSlide({ meta, index, deckId, visible, motion, stepIndex, onLeft }: StageSlideProps) {
  const active = visible && motion !== 'leave';
  const position = useMemo((): SlidePosition => ({ active, stepIndex, near: true, everything: false, deckId }), [active, stepIndex, deckId]);
  const onAnimationEnd = (event: AnimationEvent) => {
    if (event.target === event.currentTarget) onLeft?.();
  };
  return (
    <div
      className={`deck-stage-slide${motion ? ` deck-stage-${motion}` : ''}`}
      style={visible ? undefined : { visibility: 'hidden' }}
      data-stage-slide={meta.id}
      onAnimationEnd={onAnimationEnd}
    >
      <div className="deck-stage-container" style={{ backgroundColor: cssVar('bg'), color: cssVar('text') }}>
        <div className="deck-stage-wrapper" style={{ padding: SLIDE_PADDING }}>
          <SlidePositionContext.Provider value={position}>
            <SlideContent meta={meta} index={index} />
          </SlidePositionContext.Provider>
        </div>
      </div>
    </div>
  );
}
