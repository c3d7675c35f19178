import { useMemo } from 'react';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSliderState } from '../src/shell/useSharedState';
import { formatNumber } from '../src/format';
import {
  QUADRATIC_ERROR_FACTOR,
  QUADRATIC_LOSS,
  QUADRATIC_STEP,
  errorFactorNumbers,
  quadraticStepNumbers,
  scalarResult,
} from '../src/tex';
import { LEARNING_RATE_BOWL, LEARNING_RATE_DEFAULT, learningRateLandscape } from '../src/model/learningRateLandscape';
import { SlideGrid } from '../src/components/SlideGrid';
import './LearningRateSlide.css';

/** The bowl L(w) = c (w − w*)², its start point and the plotted window (src/model/learningRateLandscape.ts). */
export const LANDSCAPE = LEARNING_RATE_BOWL;
export const LANDSCAPE_RATE_RANGE = { min: 0.05, max: 1.5, step: 0.05 } as const;

/** German words for what the path does. */
export const BEHAVIOUR_TEXT = {
  converges: 'konvergiert',
  swings: 'pendelt (konvergiert nicht)',
  diverges: 'divergiert',
} as const;

export function LearningRateSlide() {
  const [rate, setRate] = useSliderState('learningRate.eta', { ...LANDSCAPE_RATE_RANGE, initial: LEARNING_RATE_DEFAULT });
  const { a, wStar, w0, steps, xDomain, yDomain } = LANDSCAPE;
  const { curve, path, behaviour, factor, maxStableLearningRate, w1, plotted, leftWindow, startDistance, endDistance } = useMemo(
    () => learningRateLandscape(rate),
    [rate],
  );
  const verdict = BEHAVIOUR_TEXT[behaviour.kind];

  return (
    <LectureSlide
      notes={
        <p>
          Die Lernrate η bestimmt, wie weit jeder Schritt gegen den Gradienten geht. An der Parabel L(w) = c (w − w*)²
          mit c = {formatNumber(a, 0)} und w* = {formatNumber(wStar, 0)} sieht man alles auf einmal: Jeder Schritt
          multipliziert den Abstand zum Minimum mit 1 − 2cη. Ist η klein, kriecht der Punkt langsam ins Tal; zwischen{' '}
          {formatNumber(maxStableLearningRate / 2, 1)} und {formatNumber(maxStableLearningRate, 0)} springt er über das
          Minimum hin und her, kommt aber an. Bei η = {formatNumber(maxStableLearningRate, 0)} pendelt er ewig, darüber
          schaukelt er sich auf und divergiert. Bei echten Modellen ist die Landschaft viel komplizierter, aber genau
          dieses Verhalten sieht man an explodierenden Loss-Kurven; deshalb wählt man η vorsichtig und senkt es oft im
          Lauf des Trainings. Große Modelle, später auch unser Mini-GPT, lernen mit AdamW. Es mittelt die Gradienten jedes
          Gewichts gleitend (Momentum) und teilt dieses Mittel durch die Wurzel des gleitenden Mittels ihrer Quadrate; so
          bekommt jedes Gewicht seine eigene Schrittweite. Zusätzlich zieht es die Gewichtsmatrizen bei jedem Schritt ein wenig
          zur Null (Weight Decay); Biases und die Parameter der LayerNorm nimmt man meist aus. Als Nächstes: „Wie entscheidet das Modell? (Decoder-Vorhersage)“.
        </p>
      }
    >
      <SlideGrid layout="text-figure" split="wide-first">
        <div className="slide-stack tex-left">
          <Tex math={QUADRATIC_LOSS} />
          <p className="slide-note">
            Hier c = {formatNumber(a, 0)}, Minimum bei w* = {formatNumber(wStar, 0)}, Start bei w₀ ={' '}
            {formatNumber(w0, 0)}, {steps} Schritte.
          </p>
          <ParamSlider
            label="Lernrate η"
            value={rate}
            min={LANDSCAPE_RATE_RANGE.min}
            max={LANDSCAPE_RATE_RANGE.max}
            step={LANDSCAPE_RATE_RANGE.step}
            onChange={setRate}
          />
          <WorkedFormula
            formula={QUADRATIC_STEP}
            numbers={
              <div>
                <Tex math={quadraticStepNumbers(w0, rate, a, wStar)} />
              </div>
            }
            result={scalarResult('w_1', w1)}
          />
          <Tex math={QUADRATIC_ERROR_FACTOR} />
          <div>
            <Tex math={errorFactorNumbers(a, rate, factor)} />
          </div>
          <p className="slide-note">
            Konvergenz, solange |1 − 2cη| &lt; 1, also für 0 &lt; η &lt; 1/c = {formatNumber(maxStableLearningRate, 0)}.
          </p>
          <p className="slide-note">
            AdamW (später im Mini-GPT): gleitendes Mittel der Gradienten, geteilt durch die Wurzel des gleitenden
            Mittels ihrer Quadrate; dazu ein leichter Zug der Gewichtsmatrizen zur Null.
          </p>
        </div>
        <div className="slide-stack">
          <LineChart
            series={[
              { label: 'L(w)', role: 'muted', points: curve },
              { label: 'Weg', role: 'gradient', points: plotted, dots: true },
            ]}
            markers={[{ x: plotted[0][0], y: plotted[0][1], label: 'Start', role: 'focus' }]}
            caption={`Gradient Descent auf L(w) = (w − ${formatNumber(wStar, 0)})² mit η = ${formatNumber(rate)}: ${path
              .map((point) => `w${point.step} = ${formatNumber(point.x[0])}`)
              .join(', ')}. Der Weg ${verdict}.`}
            xLabel="Gewicht w"
            yLabel="Loss L(w)"
            xDomain={xDomain}
            yDomain={yDomain}
            xTicks={[-3, -1, 1, 3, 5]}
            yTicks={[0, 4, 8, 12, 16]}
            width={480}
            height={340}
          />
          <p className="slide-status" role="status">
            Der Weg{' '}
            <strong className={`lrn-verdict lrn-verdict-${behaviour.kind}`} data-testid="lr-verdict">
              {verdict}
            </strong>
            {behaviour.alternating && behaviour.kind !== 'diverges' ? ' und springt über das Minimum' : ''}
          </p>
          <p className="slide-note" data-testid="lr-distance">
            Abstand zum Minimum: {formatNumber(startDistance)} am Start,{' '}
            {endDistance === null ? 'zu groß zum Rechnen' : `${formatNumber(endDistance)} nach ${steps} Schritten`}
            {leftWindow ? ' (Punkte außerhalb am Rand gezeichnet)' : ''}.
          </p>
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
