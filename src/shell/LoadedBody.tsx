import type { ReactNode } from 'react';
import type { SlideMeta } from './manifest';
import type { BodyState } from './slideBodies';
import { SlideErrorBoundary } from './SlideErrorBoundary';
import { SlideStepProvider, type SlideStepState } from './slideStep';

/**
 * A slide body as its load state allows: the body at its step (behind the error boundary), a clear
 * message when its chunk failed to load, or `loading` while it loads. The deck and the reading view
 * both show bodies this way.
 */
export function LoadedBody({ meta, body, step, loading }: { meta: SlideMeta; body: BodyState; step: SlideStepState; loading: ReactNode }) {
  if (body.status === 'ready') {
    const { Body } = body;
    return (
      <SlideStepProvider value={step}>
        <SlideErrorBoundary title={meta.title}>
          <Body />
        </SlideErrorBoundary>
      </SlideStepProvider>
    );
  }
  if (body.status === 'error') {
    return (
      <div role="alert" className="error-card">
        <strong>Diese Folie konnte nicht geladen werden: „{meta.title}“</strong>
        <p>{body.message}</p>
      </div>
    );
  }
  return <>{loading}</>;
}
