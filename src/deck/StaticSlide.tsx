import { useMemo, useState, type ComponentType } from 'react';
import type { SlideMeta } from './manifest';
import { SlideErrorBoundary } from './SlideErrorBoundary';
import { SlideFrame } from './SlideFrame';
import { SlideStepProvider } from './slideStep';

type StaticSlideProps = {
  meta: SlideMeta;
  Body: ComponentType;
  /** The view to show, 0 … meta.steps. */
  step: number;
  /** Print the speaker notes under the slide. */
  showNotes?: boolean;
  titleIsHeading?: boolean;
};

/**
 * A slide at one step, outside Spectacle: the PDF handout renders every step of every slide this
 * way into one print document, and component tests render bodies with it.
 */
export function StaticSlide({ meta, Body, step, showNotes = false, titleIsHeading = true }: StaticSlideProps) {
  const [notesTarget, setNotesTarget] = useState<HTMLElement | null>(null);
  const value = useMemo(
    () => ({
      step: Math.min(Math.max(step, 0), meta.steps),
      steps: meta.steps,
      mode: 'static' as const,
      notesTarget: showNotes ? notesTarget : null,
    }),
    [step, meta.steps, showNotes, notesTarget],
  );
  return (
    <>
      <div className="static-slide">
        <SlideFrame meta={meta} titleIsHeading={titleIsHeading}>
          <div className="slide-body-content" data-slide-body={meta.id}>
            <SlideStepProvider value={value}>
              <SlideErrorBoundary title={meta.title}>
                <Body />
              </SlideErrorBoundary>
            </SlideStepProvider>
          </div>
        </SlideFrame>
      </div>
      {showNotes && <aside className="handout-notes" aria-label="Sprechernotizen" ref={setNotesTarget} />}
    </>
  );
}
