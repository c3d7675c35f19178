import type { ReactNode } from 'react';
import { Notes, Slide } from 'spectacle';
import { cssVar } from './palette';
import { PresenterStatus } from './PresenterStatus';
import { SlideErrorBoundary } from './SlideErrorBoundary';

type LectureSlideProps = {
  /** The slide's heading, as it appears on the slide and in the PDF bookmarks. */
  title: string;
  /** Small line above the title, e.g. "Abschnitt 4". */
  kicker?: string;
  /** What the lecturer says: shown in presenter mode. */
  notes: ReactNode;
  children?: ReactNode;
  /** Stable id, used by deep links from the glossary. */
  id?: string;
  /** "roomy": larger type and formulas, for slides with a few bullets and formulas. */
  layout?: 'roomy';
};

/**
 * The one layout of every slide: kicker, title, body. Colours come from CSS variables; main.tsx
 * switches to the print palette in Spectacle's print and export modes. The slide reads no deck
 * context, so a step or slide change does not re-render every slide's body.
 */
export function LectureSlide({ title, kicker, notes, children, id, layout }: LectureSlideProps) {
  return (
    <Slide id={id} backgroundColor={cssVar('bg')} textColor={cssVar('text')} padding="28px 48px 56px">
      <div className="slide-frame" data-slide-title={title}>
        <div className="slide-header">
          {kicker && <p className="slide-kicker">{kicker}</p>}
          <h2 className="slide-title">{title}</h2>
        </div>
        <div className={layout === 'roomy' ? 'slide-body slide-body-roomy' : 'slide-body'}>
          <SlideErrorBoundary title={title}>{children}</SlideErrorBoundary>
        </div>
      </div>
      <Notes>
        <PresenterStatus />
        <div className="speaker-notes" data-testid="speaker-notes">
          {notes}
        </div>
      </Notes>
    </Slide>
  );
}
