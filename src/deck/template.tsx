import { DeckControls } from './DeckControls';
import { InkControls } from './ink/InkControls';
import { cssVar } from './palette';
import { ReturnLink } from './slideLinks';

type TemplateOptions = { slideNumber: number; numberOfSlides: number };

/** Footer on every slide: lecture name, "Folie n von N" and a progress bar. */
export function deckTemplate({ slideNumber, numberOfSlides }: TemplateOptions) {
  const progress = numberOfSlides > 1 ? (slideNumber - 1) / (numberOfSlides - 1) : 1;
  return (
    <>
      <div className="deck-footer" style={{ color: cssVar('muted') }} data-type-role="source">
        <span>Vom Token zur Antwort</span>
        <span data-testid="slide-counter">
          Folie {slideNumber} von {numberOfSlides}
        </span>
      </div>
      <div className="deck-progress" style={{ width: `${progress * 100}%` }} aria-hidden="true" />
      <ReturnLink slideNumber={slideNumber} />
      <DeckControls />
      <InkControls />
    </>
  );
}
