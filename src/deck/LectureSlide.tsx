import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { Notes } from 'spectacle';
import { useSlideStepState } from './slideStep';

type LectureSlideProps = {
  /** What the lecturer says: in presenter mode, and in the handout with --notes. */
  notes: ReactNode;
  children?: ReactNode;
};

/**
 * A slide body: its content and its speaker notes, declared together. Title, kicker, steps and
 * layout are in the slide's manifest entry (`slides/<Name>.meta.ts`); the frame around the body
 * comes from the deck. In the deck the notes go to Spectacle's presenter view; outside it (PDF
 * handout) they are printed under the slide when asked for.
 */
export function LectureSlide({ notes, children }: LectureSlideProps) {
  const { mode, notesTarget } = useSlideStepState();
  return (
    <>
      {children}
      {mode === 'static' ? (
        notesTarget && createPortal(<div className="speaker-notes">{notes}</div>, notesTarget)
      ) : (
        <Notes>
          <div className="speaker-notes" data-testid="speaker-notes">
            {notes}
          </div>
        </Notes>
      )}
    </>
  );
}
