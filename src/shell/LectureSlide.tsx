import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useSlideStepState } from './slideStep';

type LectureSlideProps = {
  /** What the lecturer says: in presenter mode, and in the handout with --notes. */
  notes: ReactNode;
  children?: ReactNode;
};

/**
 * A slide body: its content and its speaker notes, declared together. Title, kicker, steps and
 * layout are in the slide's manifest entry (`slides/<Name>.meta.ts`); the frame around the body
 * comes from the deck. In the deck the notes of the slide on screen go to the presenter view's notes
 * panel, or on demand to the „Erklärung“ panel; outside it (PDF handout) they are printed under the
 * slide when asked for;
 * the reading view draws them under the slide from the text rendered at build time (mode "notes").
 */
export function LectureSlide({ notes, children }: LectureSlideProps) {
  const { mode, notesTarget } = useSlideStepState();
  if (mode === 'notes') return <>{notes}</>;
  if (mode === 'reading') return <>{children}</>;
  return (
    <>
      {children}
      {notesTarget &&
        createPortal(
          <div className="speaker-notes" data-testid={mode === 'static' ? undefined : 'speaker-notes'}>
            {notes}
          </div>,
          notesTarget,
        )}
    </>
  );
}
