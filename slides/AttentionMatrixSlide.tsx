import { useMemo } from 'react';
import { Heatmap } from '../src/components/Heatmap';
import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { formatNumber } from '../src/format';
import { CAUSAL_MASK, MASKED_ATTENTION, SCALED_DOT_PRODUCT_ATTENTION } from '../src/tex';
import { traceWorkedExample } from '../src/model';
import { attentionMatrixMask, focusAttentionSteps } from '../src/model/attentionSteps';
import { SlideGrid } from '../src/components/SlideGrid';
import './AttentionMatrixSlide.css';

export function AttentionMatrixSlide() {
  const trace = useMemo(() => traceWorkedExample(), []);
  const mask = useMemo(() => attentionMatrixMask(trace.tokens.length), [trace]);
  const top = useMemo(() => focusAttentionSteps(trace).ranking[0], [trace]);
  const first = trace.tokens[0];
  return (
    <LectureSlide
      notes={
        <p>
          Was wir für „{trace.focus}“ gerechnet haben, passiert für jedes Token gleichzeitig: Jede Zeile ist eine Query,
          jede Spalte ein Key, und jede Zeile summiert sich zu 1. Die gestrichelten Felder mit „–“ sind maskiert – ein
          Token darf nicht in die Zukunft schauen, deshalb sieht „{first}“ nur sich selbst. Die letzte Zeile enthält
          genau die Gewichte von eben. Als Matrixformel ist das die Attention mit skaliertem Skalarprodukt (Scaled Dot-Product Attention). Als Nächstes spielen wir mit den Zahlen: „Was wäre, wenn …?“.
        </p>
      }
    >
      <Tex math={SCALED_DOT_PRODUCT_ATTENTION} />
      <SlideGrid layout="text-figure" split="fit-first">
        <div className="sa-heatmap">
          <Heatmap
            values={trace.attentionMatrix}
            rowLabels={trace.tokens}
            colLabels={trace.tokens}
            mask={mask}
            caption="Attention-Gewichte A: Zeile = Query (wer schaut), Spalte = Key (wohin)"
            role="accent"
            highlightRow={trace.focusIndex}
          />
          <p className="small sa-legend">
            <span className="sa-legend-swatch" aria-hidden="true" /> – maskiert (Zukunft, Gewicht 0)
          </p>
        </div>
        <ul className="sa-points">
          <li>Jede Zeile summiert sich zu 1.</li>
          <Reveal at={1} as="li">
            Kausale Maske: kein Blick in die Zukunft.
            <Tex math={CAUSAL_MASK} />
            <Tex math={MASKED_ATTENTION} />
          </Reveal>
          <Reveal at={2} as="li">
            Zeile ▸ „{trace.focus}“ = die Gewichte von eben: am meisten auf „{trace.tokens[top]}“ (
            {formatNumber(trace.weights[top])}).
          </Reveal>
        </ul>
      </SlideGrid>
    </LectureSlide>
  );
}
