import type { SlideMeta } from '../../shell/manifest';
import { nextView } from '../../shell/navigation';
import { useSlideBody } from '../../shell/slideBodies';
import { StaticSlide } from '../../shell/StaticSlide';
import { ScaledSlide } from './ScaledSlide';
import { SLIDE_PADDING } from '../../theme/slideSize';

export function NextStepPreview({ slides, slideIndex, stepIndex }: { slides: readonly SlideMeta[]; slideIndex: number; stepIndex: number }) {
  // What the next click shows: the same slide one step on, or the next slide's first view.
  const next = nextView(
    slides.map((slide) => slide.steps),
    { slideIndex, stepIndex },
  );
  const heading = !next
    ? 'Als Nächstes: Ende der Vorlesung'
    : next.slideIndex === slideIndex
      ? `Nächster Klick: Schritt ${next.stepIndex + 1} von ${slides[slideIndex].steps + 1}`
      : `Nächster Klick: Folie ${next.slideIndex + 1}`;
  return (
    <section className="presenter-next" aria-label="Nächster Schritt" data-testid="next-step-preview" data-next-view={next ? `${next.slideIndex}/${next.stepIndex}` : 'end'}>
      <h2 className="presenter-heading">{heading}</h2>
      {next ? (
        <NextSlide meta={slides[next.slideIndex]} step={next.stepIndex} />
      ) : (
        <p className="presenter-next-end">Das war die letzte Folie.</p>
      )}
    </section>
  );
}

function NextSlide({ meta, step }: { meta: SlideMeta; step: number }) {
  const body = useSlideBody(meta);
  return (
    <ScaledSlide label={`Vorschau: ${meta.title}, Schritt ${step + 1}`}>
      <div className="presenter-preview-slide" style={{ padding: SLIDE_PADDING }}>
        {body.status === 'ready' ? (
          <StaticSlide meta={meta} Body={body.Body} step={step} titleIsHeading={false} />
        ) : body.status === 'error' ? (
          <p className="slide-loading">Vorschau nicht verfügbar: {body.message}</p>
        ) : (
          <p className="slide-loading">Vorschau wird geladen …</p>
        )}
      </div>
    </ScaledSlide>
  );
}
