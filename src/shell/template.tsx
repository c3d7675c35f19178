import { DeckControls } from './DeckControls';
import { useDeckFeatures } from './deckFeatures';
import { cssVar } from '../theme/palette';
import { ReturnLink } from './slideLinks';

type TemplateOptions = { slideNumber: number; numberOfSlides: number };

/**
 * Drawn over the slide: lecture name, "Folie n von N", a progress bar, the way back from a slide
 * link, and a feature's part (the ink's toolbar). The stage draws it once; Spectacle's overview and
 * print modes on every slide.
 */
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
      <TemplateExtras />
    </>
  );
}

/** A feature's part of every deck's template (the ink's toolbar). */
function TemplateExtras() {
  const { TemplateExtras: Extras } = useDeckFeatures();
  return Extras ? <Extras /> : null;
}

/** The stage's template: the footer and, once per window, the deck's controls. */
export function StageTemplate(options: TemplateOptions) {
  return (
    <>
      {deckTemplate(options)}
      <DeckControls />
    </>
  );
}
