import { createContext, memo, useContext, useDeferredValue, useEffect, useMemo } from 'react';
import { useDeckFeatures } from './deckFeatures';
import { useExplanationTarget } from './explanation';
import { LoadedBody } from './LoadedBody';
import type { SlideMeta } from './manifest';
import { cssVar } from '../theme/palette';
import { prefetchAround, useSlideBody } from './slideBodies';
import { SlideFrame } from './SlideFrame';
import { SLIDE_PADDING } from '../theme/slideSize';
import type { SlideMode } from './slideStep';
import { PresentationSlide, useSlidePosition } from './spectacle';

/** The manifest the deck was given, for links by slide id and prefetching. */
export const ManifestContext = createContext<readonly SlideMeta[]>([]);

/** How far from the slide on screen bodies stay mounted (1: the neighbours). */
const MOUNT_DISTANCE = 1;

type SlideShellProps = { meta: SlideMeta; index: number };

/**
 * One slide of the Spectacle deck. The shell is light and always there: Spectacle counts the
 * slides, and its steps come from the manifest (a Spectacle step placeholder with the declared
 * count), so navigation and deep links work for slides whose body is not mounted. The body mounts
 * only on the slide on screen and its neighbours (every body in overview and print mode).
 */
export function SlideShell({ meta, index }: SlideShellProps) {
  return (
    <PresentationSlide id={meta.id} index={index} nearWithin={MOUNT_DISTANCE} steps={meta.steps} backgroundColor={cssVar('bg')} textColor={cssVar('text')} padding={SLIDE_PADDING}>
      <ShellContent meta={meta} index={index} />
    </PresentationSlide>
  );
}

function clampStep(step: number, steps: number): number {
  // Spectacle passes ±Infinity for slides before/after the one on screen, and null before it has
  // counted the steps.
  if (typeof step !== 'number' || Number.isNaN(step)) return 0;
  return Math.min(Math.max(step, 0), steps);
}

function ShellContent({ meta, index }: SlideShellProps) {
  // Not the whole deck's state: ShellContent re-renders only when this slide's position changes.
  const position = useSlidePosition();
  const { active, stepIndex, everything, deckId } = position;
  const slides = useContext(ManifestContext);
  const { SlideLayer } = useDeckFeatures();
  const near = everything || position.near;
  const step = everything ? meta.steps : clampStep(stepIndex, meta.steps);
  const mode: SlideMode = everything ? 'overview' : 'live';
  // The „Erklärung“ panel (key E) shows the notes of the slide on screen.
  const explanationTarget = useExplanationTarget();
  const notesTarget = active && !everything ? explanationTarget : null;
  // The slide on screen mounts at once; neighbours mount (and far slides unmount) in a deferred
  // render after the key press has been answered, so a slide change costs one frame.
  const deferredNear = useDeferredValue(near);
  const mounted = active || deferredNear;

  useEffect(() => {
    // Ahead of the presenter: the next two slides' chunks are fetched while this one is shown.
    if (active && !everything) void prefetchAround(slides, index);
  }, [active, everything, slides, index]);

  return (
    <>
      <SlideFrame meta={meta}>
        {mounted ? <SlideBodyHost meta={meta} step={step} mode={mode} notesTarget={notesTarget} /> : null}
      </SlideFrame>
      {/* A feature's layer over the slide at its step, the lecturer's ink (not in the overview or print mode). */}
      {SlideLayer && mounted && !everything ? <SlideLayer slideId={meta.id} step={step} active={active} deckId={deckId} /> : null}
    </>
  );
}

type BodyHostProps = { meta: SlideMeta; step: number; mode: SlideMode; notesTarget: HTMLElement | null };

/** Re-renders only when the slide's own step, mode or notes panel changes, not on every deck change. */
const SlideBodyHost = memo(function SlideBodyHost({ meta, step, mode, notesTarget }: BodyHostProps) {
  const body = useSlideBody(meta);
  const value = useMemo(() => ({ step, steps: meta.steps, mode, notesTarget }), [step, meta.steps, mode, notesTarget]);
  return (
    <div className="slide-body-content" data-slide-body={meta.id}>
      <LoadedBody
        meta={meta}
        body={body}
        step={value}
        loading={
          <p className="slide-loading" aria-live="polite">
            Folie wird geladen …
          </p>
        }
      />
    </div>
  );
});
