import { useMemo } from 'react';
import { Heatmap } from '../src/components/Heatmap';
import { ScatterPlot, type ScatterGroup } from '../src/components/ScatterPlot';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { formatNumber, formatPercent } from '../src/format';
import { learnedView } from '../src/model/tinyGpt';
import { SlideGrid } from '../src/components/SlideGrid';

/** Cities, countries and the other words: a shape and a colour each. */
export const EMBEDDING_GROUPS: readonly ScatterGroup[] = [
  { id: 'city', label: 'Städte', role: 'key', shape: 'circle' },
  { id: 'country', label: 'Länder', role: 'target', shape: 'square' },
  { id: 'other', label: 'andere Wörter', role: 'muted', shape: 'triangle' },
];

/** The words printed in the plot (all others are named on hover and for screen readers). */
export const LABELLED_TOKENS = ['Paris', 'Frankreich', 'Bern', 'Zürich', 'Schweiz', 'Berlin', 'Deutschland', 'Hauptstadt', 'von'];

export function TinyGptLearnedSlide() {
  const view = useMemo(() => learnedView(), []);
  const [pc1, pc2] = view.explainedVariance;
  const points = useMemo(
    () => view.embeddingPoints.map((p) => ({ label: p.token, group: p.group, x: p.x, y: p.y, showLabel: LABELLED_TOKENS.includes(p.token) })),
    [view],
  );

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Links: Wohin schaut das letzte Wort „{view.focus}“ im Satzanfang „{view.prompt}“? Jede Zeile ist ein Kopf,
            jede Zeile summiert sich zu eins. In {view.cityHead.label} geht {formatPercent(view.cityHead.weight, 0)} des
            Gewichts auf „{view.city}“ – das Modell hat selbst gelernt, dass nach „von“ die Stadt zählt. Die anderen Köpfe
            schauen auf die Vorlage („Hauptstadt“, „die“): Welche Frage wird gestellt?
          </p>
          <p>
            Jetzt die {view.embeddingPoints.length} Wortvektoren, mit PCA von {view.dimensions} auf 2 Dimensionen gedrückt. Ehrlich
            gesagt zeigen die zwei Achsen nur {formatPercent(pc1, 0)} und {formatPercent(pc2, 0)} der Streuung, zusammen{' '}
            {formatPercent(view.explainedTotal, 0)}. Das Bild ist also ein grober Schatten; Nähe im Bild heißt nicht sicher
            Nähe im Modell. Städte sind Kreise, Länder Quadrate, der Rest Dreiecke – Form und Farbe.
          </p>
        </>
      }
    >
      <SlideGrid layout="two-figures" split="wide-second">
        <section className="slide-stack" aria-label="Gelernte Aufmerksamkeit von „von“">
          <h3 className="slide-subhead">Schaut „{view.focus}“ auf die Stadt?</h3>
          <Heatmap
            values={view.heads.map((h) => h.weights)}
            rowLabels={view.heads.map((h) => h.short)}
            colLabels={view.tokens}
            caption={`Gewicht von „${view.focus}“ auf jedes Wort, B = Block, K = Kopf (Zeile = 1)`}
            role="focus"
          />
          <p className="slide-text" data-testid="tiny-gpt-city-head">
            Ja: In {view.cityHead.label} liegen <strong className="num">{formatNumber(view.cityHead.weight)}</strong> des
            Gewichts auf „{view.city}“.
          </p>
          <p className="slide-note">Die anderen Köpfe lesen die Vorlage: „Hauptstadt“, „die“, „ist“.</p>
        </section>
        <Reveal at={1} className="slide-stack">
          <ScatterPlot
            points={points}
            groups={EMBEDDING_GROUPS}
            caption={`Wortvektoren in 2-D (PCA): ${view.counts.city} Städte, ${view.counts.country} Länder, ${view.counts.other} andere Wörter`}
            xLabel={`1. Achse (${formatPercent(pc1, 0)})`}
            yLabel={`2. Achse (${formatPercent(pc2, 0)})`}
            width={580}
            height={360}
          />
          <p className="slide-note" data-testid="tiny-gpt-variance">
            Ehrlich: Beide Achsen zeigen zusammen nur {formatPercent(view.explainedTotal, 0)} der Streuung – ein grober
            Schatten von {view.dimensions} Dimensionen.
          </p>
        </Reveal>
      </SlideGrid>
    </LectureSlide>
  );
}
