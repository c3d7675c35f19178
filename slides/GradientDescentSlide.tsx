import { useEffect, useMemo, useRef } from 'react';
import { LineChart } from '../src/components/LineChart';
import { ParamSlider } from '../src/components/ParamSlider';
import { ProbabilityBars } from '../src/components/ProbabilityBars';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSliderState } from '../src/shell/useSharedState';
import { formatNumber } from '../src/format';
import {
  ONE_WEIGHT_GRADIENT,
  ONE_WEIGHT_UPDATE,
  oneWeightGradientNumbers,
  oneWeightUpdateNumbers,
  scalarResult,
} from '../src/tex';
import { DEFAULT_LEARNING_RATE, DEFAULT_PARAMS, traceWorkedExample, trainWorkedExample } from '../src/model';
import { SlideGrid } from '../src/components/SlideGrid';
import './GradientDescentSlide.css';

export const LEARNING_RATE_RANGE = { min: 0.05, max: 3, step: 0.05 } as const;
/** Steps added by "Trainieren", and the most steps the slide keeps. */
export const TRAIN_STEPS = 50;
export const MAX_STEPS = 200;
/** Steps added per animation frame while training (about 25 frames for 50 steps). */
const STEPS_PER_FRAME = 2;
/**
 * The weight whose update is written out: row 1, column Frankreich of W_out (d × n_vocab, row vectors),
 * stored as trace.W_out[Frankreich][0]; it reads the France feature h_1.
 */
const WEIGHT_COLUMN = 0;

/** Round tick marks for 0..max (layout only). */
function stepTicks(max: number): number[] {
  const size = [1, 2, 5, 10, 20, 25, 50].find((s) => max / s <= 6) ?? 50;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += size) ticks.push(t);
  return ticks;
}

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

export function GradientDescentSlide() {
  const [rawSteps, setSteps] = useSliderState('gradientDescent.steps', { min: 0, max: MAX_STEPS, initial: 0 });
  const [learningRate, setLearningRate] = useSliderState('gradientDescent.learningRate', {
    ...LEARNING_RATE_RANGE,
    initial: DEFAULT_LEARNING_RATE,
  });
  const steps = Math.round(rawSteps);

  // Derived from (steps, η) alone, so the shared state stays two numbers.
  const points = useMemo(() => trainWorkedExample(DEFAULT_PARAMS, { steps, learningRate }), [steps, learningRate]);
  const current = points[points.length - 1];
  const trace = useMemo(() => traceWorkedExample(current.params, { learningRate }), [current, learningRate]);
  const t = trace.targetIndex;
  const target = trace.vocabulary[t];
  const wOld = trace.W_out[t][WEIGHT_COLUMN];
  const wGrad = trace.grads.W_out[t][WEIGHT_COLUMN];
  const wNew = trace.updated.W_out[t][WEIGHT_COLUMN];

  // The training animation: one requestAnimationFrame loop, cancelled on unmount or on any button.
  const frame = useRef<number | null>(null);
  const stopAnimation = () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  };
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  const step = () => {
    stopAnimation();
    setSteps(Math.min(steps + 1, MAX_STEPS));
  };
  const train = () => {
    stopAnimation();
    const goal = Math.min(steps + TRAIN_STEPS, MAX_STEPS);
    if (prefersReducedMotion() || typeof requestAnimationFrame !== 'function') {
      setSteps(goal);
      return;
    }
    let shown = steps;
    const tick = () => {
      shown = Math.min(shown + STEPS_PER_FRAME, goal);
      setSteps(shown);
      frame.current = shown < goal ? requestAnimationFrame(tick) : null;
    };
    frame.current = requestAnimationFrame(tick);
  };
  const reset = () => {
    stopAnimation();
    setSteps(0);
  };

  const xMax = Math.max(10, steps);
  const yMax = Math.max(1, ...points.map((p) => p.loss));
  const lossSeries = points.map((p) => [p.step, p.loss] as const);
  const pSeries = points.map((p) => [p.step, p.pTarget] as const);

  return (
    <LectureSlide
      notes={
        <p>
          Die Backpropagation hat uns den Gradienten jedes Gewichts geliefert, hier für ein Gewicht von W_out: Fehler
          beim Wort mal Eingabe h_1. Gradient Descent geht dann ein Stück gegen den Gradienten,
          W_neu = W_alt − η mal Gradient, und zwar für alle Parameter W_Q, W_K, W_V, W_out und b gleichzeitig. Wir drücken
          „Schritt“: P(Frankreich) steigt, der Loss fällt. „Trainieren“ macht {TRAIN_STEPS} Schritte auf einmal, und die
          Kurve zeigt, wie der Loss gegen null geht. Was passiert, wenn die Lernrate zu groß ist, zeigt eine einfache Parabel. Als
          Nächstes: „Lernrate: Konvergenz und Divergenz“.
        </p>
      }
    >
      <div className="lrn-controls">
        <ParamSlider
          label="Lernrate η"
          value={learningRate}
          min={LEARNING_RATE_RANGE.min}
          max={LEARNING_RATE_RANGE.max}
          step={LEARNING_RATE_RANGE.step}
          onChange={setLearningRate}
        />
        <button type="button" className="deck-button" onClick={step} disabled={steps >= MAX_STEPS}>
          Schritt
        </button>
        <button type="button" className="deck-button" onClick={train} disabled={steps >= MAX_STEPS}>
          Trainieren ({TRAIN_STEPS} Schritte)
        </button>
        <button type="button" className="deck-button" onClick={reset}>
          Zurücksetzen
        </button>
      </div>
      <SlideGrid layout="text-figure" split="wide-first">
        <div className="slide-stack tex-left">
          <p className="slide-status" role="status" data-testid="gd-status">
            Nach <strong data-testid="gd-steps">{steps}</strong> {steps === 1 ? 'Schritt' : 'Schritten'}: Loss{' '}
            <strong className="key-number text-loss" data-testid="gd-loss">
              L = {formatNumber(trace.loss, 3)}
            </strong>
            , <span className="text-target">P({target})</span> ={' '}
            <strong className="key-number text-probability" data-testid="gd-p">
              {formatNumber(trace.probabilities[t], 3)}
            </strong>
          </p>
          <h3 className="slide-subhead">
            Nächster Schritt für ein Gewicht: w = (W<sub>out</sub>)<sub>{WEIGHT_COLUMN + 1},{target}</sub>
          </h3>
          <p className="slide-note">Backpropagation (Kettenregel) liefert den Gradienten:</p>
          <div className="gd-gradient">
            <Tex math={ONE_WEIGHT_GRADIENT} />
            <Tex math={oneWeightGradientNumbers(trace.probabilities[t], 1, trace.h[WEIGHT_COLUMN], wGrad)} />
          </div>
          <WorkedFormula
            formula={ONE_WEIGHT_UPDATE}
            numbers={oneWeightUpdateNumbers(wOld, learningRate, wGrad)}
            result={scalarResult(String.raw`w_{\text{neu}}`, wNew)}
          />
        </div>
        <div className="slide-stack">
          <LineChart
            series={[
              { label: 'Loss L', role: 'loss', points: lossSeries, dots: points.length <= 30 },
              { label: `P(${target})`, role: 'probability', points: pSeries, dashed: true, dots: points.length <= 30 },
            ]}
            caption={`Loss und P(${target}) über ${steps} Schritte mit η = ${formatNumber(learningRate)}: Loss von ${formatNumber(points[0].loss)} auf ${formatNumber(current.loss, 3)}, P(${target}) von ${formatNumber(points[0].pTarget)} auf ${formatNumber(current.pTarget)}.`}
            xLabel="Schritt"
            yLabel="Wert"
            xDomain={[0, xMax]}
            yDomain={[0, yMax]}
            xTicks={stepTicks(xMax)}
            yTicks={[0, 0.5, 1]}
            width={480}
            height={300}
          />
          <p className="slide-note">
            <span className="text-loss">── Loss L</span> · <span className="text-probability">- - P({target})</span>
          </p>
          <ProbabilityBars
            words={trace.vocabulary}
            probabilities={trace.probabilities}
            targetIndex={t}
            caption={`p nach ${steps} ${steps === 1 ? 'Schritt' : 'Schritten'} (Ziel schraffiert)`}
            compact
          />
        </div>
      </SlideGrid>
    </LectureSlide>
  );
}
