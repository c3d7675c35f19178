import { LineChart, type Marker } from '../src/components/LineChart';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal, useSlideStep } from '../src/shell/slideStep';
import { WORKED_DIGITS, formatNumber } from '../src/format';
import {
  CROSS_ENTROPY,
  GRAD_LOGITS,
  crossEntropyNumbers,
  gradLogitsNumbers,
  gradLogitsResult,
  scalarResult,
} from '../src/tex';
import { crossEntropyView } from '../src/model/crossEntropyView';
import { SlideGrid } from '../src/components/SlideGrid';

/** The probability of the right word in the "confident mistake" example. */
export const CONFIDENT_MISTAKE_P = 0.01;
const CURVE_SAMPLES = 100;
const Y_MAX = 5;

// The default worked example never changes on this slide, so it is traced once.
const { trace, pTarget, oneHot, mistakeLoss, mistakeRatio, curve } = crossEntropyView(CONFIDENT_MISTAKE_P, CURVE_SAMPLES);

export function CrossEntropySlide() {
  // Click 1 adds the confident mistake to the curve, click 2 the gradient.
  const withMistake = useSlideStep() >= 1;
  const p = trace.probabilities;
  const ours: Marker = {
    x: pTarget,
    y: trace.loss,
    label: `unser p = ${formatNumber(pTarget)}, L = ${formatNumber(trace.loss)}`,
    role: 'target',
  };
  const mistake: Marker = {
    x: CONFIDENT_MISTAKE_P,
    y: mistakeLoss,
    label: `sicher falsch: p = ${formatNumber(CONFIDENT_MISTAKE_P)}, L = ${formatNumber(mistakeLoss)}`,
    role: 'loss',
  };

  return (
    <LectureSlide
      notes={
        <p>
          Der Loss schaut nur auf die Wahrscheinlichkeit des richtigen Wortes: L ist minus der natürliche Logarithmus von
          P(Frankreich), bei uns −ln {formatNumber(pTarget, WORKED_DIGITS)} = {formatNumber(trace.loss, WORKED_DIGITS)}. Die Kurve zeigt, warum das
          sinnvoll ist: Bei p = 1 kostet es nichts, und je sicherer das Modell falsch liegt, desto steiler steigt der Loss;
          bei p = {formatNumber(CONFIDENT_MISTAKE_P)} sind es schon {formatNumber(mistakeLoss)}. Zum Schluss der Gradient
          nach den Logits: einfach p minus y, ein Minus beim richtigen Wort, ein Plus bei den anderen. Dieses Signal
          schickt die Backpropagation zurück durch das Netz. Als Nächstes: „Backpropagation: Der Fehler läuft zurück“.
        </p>
      }
    >
      <SlideGrid layout="text-figure" split="wide-first">
        <div className="slide-stack tex-left">
          <WorkedFormula
            formula={CROSS_ENTROPY}
            numbers={crossEntropyNumbers(pTarget)}
            result={scalarResult('L', trace.loss, WORKED_DIGITS)}
          />
          <Reveal at={2} className="slide-stack">
            <h3 className="slide-subhead">Gradient nach den Logits</h3>
            <WorkedFormula
              formula={GRAD_LOGITS}
              numbers={gradLogitsNumbers(p, oneHot)}
              result={gradLogitsResult(trace.gradLogits)}
            />
            <p className="slide-note">
              y: One-Hot für {trace.target} · Reihenfolge: {trace.vocabulary.join(', ')}
            </p>
          </Reveal>
        </div>
        <div className="slide-stack">
          {(() => {
              const markers = withMistake ? [ours, mistake] : [ours];
              return (
                <>
                  <LineChart
                    series={[{ label: '−ln p', role: 'loss', points: curve }]}
                    markers={markers}
                    caption={`Loss L = −ln p über p von ${formatNumber(CONFIDENT_MISTAKE_P)} bis 1. ${markers
                      .map((m) => m.label)
                      .join('; ')}.`}
                    xLabel="P(Frankreich)"
                    yLabel="L = −ln p"
                    xDomain={[0, 1]}
                    yDomain={[0, Y_MAX]}
                    xTicks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
                    yTicks={[0, 1, 2, 3, 4, 5]}
                    width={480}
                    height={330}
                  />
                  <p className={withMistake ? 'slide-note' : 'slide-note step-reveal-hidden'}>
                    Ein sicherer Fehler kostet {formatNumber(mistakeRatio, 1)}-mal so viel wie die Vorhersage unseres Modells.
                  </p>
                </>
              );
            })()}
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
