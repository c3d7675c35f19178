import { useMemo, type ComponentType } from 'react';
import type { SlideMeta } from './manifest';
import { SlideErrorBoundary } from './SlideErrorBoundary';
import { SlideFrame } from './SlideFrame';
import { SlideStepProvider } from './slideStep';

type StaticSlideProps = {
  meta: SlideMeta;
  Body: ComponentType;
  /** The view to show, 0 … meta.steps. */
  step: number;
  /** Where the speaker notes go (the handout's notes box), or null/absent for none. */
  notesTarget?: HTMLElement | null;
  titleIsHeading?: boolean;
  /** The page stands for the whole slide (the handout's `--final-only`): every view is shown. */
  summary?: boolean;
};

/**
 * A slide at one step, outside any deck: the PDF handout renders every step of every slide this
 * way into one print document, and component tests render bodies with it.
 */
export function StaticSlide({ meta, Body, step, notesTarget = null, titleIsHeading = true, summary = false }: StaticSlideProps) {
  const value = useMemo(
    () => ({ step: Math.min(Math.max(step, 0), meta.steps), steps: meta.steps, mode: 'static' as const, notesTarget, summary }),
    [step, meta.steps, notesTarget, summary],
  );
  return (
    <SlideFrame meta={meta} titleIsHeading={titleIsHeading}>
      <div className="slide-body-content" data-slide-body={meta.id}>
        <SlideStepProvider value={value}>
          <SlideErrorBoundary title={meta.title}>
            <Body />
          </SlideErrorBoundary>
        </SlideStepProvider>
      </div>
    </SlideFrame>
  );
}
