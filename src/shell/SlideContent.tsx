import { createContext, memo, useContext, useEffect, useMemo } from 'react';
import { afterPaint } from './afterPaint';
import { useDeckFeatures } from './deckFeatures';
import { useExplanationTarget } from './explanation';
import { LoadedBody } from './LoadedBody';
import type { SlideMeta } from './manifest';
import { prefetchAround, useSlideBody } from './slideBodies';
import { SlideFrame } from './SlideFrame';
import type { SlideMode } from './slideStep';
import { PresenterNotesContext, useSlidePosition } from './slidePosition';

/** The manifest the deck was given, for links by slide id and prefetching. */
export const ManifestContext = createContext<readonly SlideMeta[]>([]);

type SlideContentProps = { meta: SlideMeta; index: number };

function clampStep(step: number, steps: number): number {
  // ±Infinity for slides before/after the one on screen.
  if (typeof step !== 'number' || Number.isNaN(step)) return 0;
  return Math.min(Math.max(step, 0), steps);
}

/**
 * One slide of the deck (the stage's, or one of Spectacle's overview and print modes): its frame
 * always, its body while the slide is near the one on screen (every body in overview and print
 * mode), and a feature's layer over it. It reads its place from SlidePosition, so it re-renders only
 * when the slide enters, leaves or steps.
 */
export function SlideContent({ meta, index }: SlideContentProps) {
  const position = useSlidePosition();
  const { active, stepIndex, everything, deckId } = position;
  const slides = useContext(ManifestContext);
  const { SlideLayer } = useDeckFeatures();
  const near = everything || position.near;
  const step = everything ? meta.steps : clampStep(stepIndex, meta.steps);
  const mode: SlideMode = everything ? 'overview' : 'live';
  // The notes of the slide on screen go to the „Erklärung“ panel (key E), or to the presenter
  // view's notes panel.
  const explanationTarget = useExplanationTarget();
  const presenterNotes = useContext(PresenterNotesContext);
  const notesTarget = active && !everything ? (presenterNotes ?? explanationTarget) : null;
  const mounted = active || near;

  useEffect(() => {
    // Ahead of the presenter: the next two slides' chunks are fetched while this one is shown, once
    // the slide's first frame is painted (starting a load costs a key press a few milliseconds).
    if (active && !everything) return afterPaint(() => void prefetchAround(slides, index));
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
