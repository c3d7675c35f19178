import { useMemo } from 'react';
import { ProbabilityBars } from '../src/components/ProbabilityBars';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { TEMPERATURE_RANGE, TemperatureSlider } from '../src/components/TemperatureSlider';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSliderState } from '../src/shell/useSharedState';
import { Reveal, useIsSummary, useSlideStep, useViewShown } from '../src/shell/slideStep';
import { WORKED_DIGITS, formatNumber } from '../src/format';
import {
  ARGMAX,
  DECODER_PROJECTION,
  SOFTMAX_TEMPERATURE,
  argmaxNumbers,
  decoderProjectionNumbers,
  namedRow,
} from '../src/tex';
import { DEFAULT_PARAMS, DEFAULT_TEMPERATURE, traceWorkedExample } from '../src/model';
import { SlideGrid } from '../src/components/SlideGrid';
import './DecoderPredictionSlide.css';

/** Range of the temperature slider (shared with the softmax slide). */

export function DecoderPredictionSlide() {
  const [temperature, setTemperature] = useSliderState('decoderPrediction.temperature', { ...TEMPERATURE_RANGE, initial: DEFAULT_TEMPERATURE });
  const trace = useMemo(() => traceWorkedExample(DEFAULT_PARAMS, { temperature }), [temperature]);
  const defaultTrace = useMemo(() => traceWorkedExample(DEFAULT_PARAMS), []);
  const target = trace.vocabulary[trace.targetIndex];
  const predicted = trace.vocabulary[trace.prediction];
  const pTarget = trace.probabilities[trace.targetIndex];
  const view = useSlideStep();
  // Click 1 replaces the projection by softmax (click 2 adds argmax); the reading view stacks them,
  // and a page for the whole slide (print, the one-page-per-slide handout) shows both.
  const shows = useViewShown();
  const summary = useIsSummary();
  const withProjection = shows(0);
  const withSoftmax = summary || view >= 1;

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Der Kontextvektor h von „von“ wird mit W_out multipliziert: Jede Spalte von W_out gehört zu einem Wort des
            Vokabulars und liefert dessen Logit. Im Rechenbeispiel liest jede Spalte das Merkmal ihres Landes. Frankreich
            bekommt den höchsten Wert, weil h über die Attention vor allem den Value von „Paris“ enthält; der Bias b ist
            ein Vorwissen für Deutschland. Diese Parameter sind von Hand gewählt, nicht gelernt. GPT-2 hat an dieser
            Stelle keinen Bias und keine eigene Matrix: W_out ist dort die Embedding-Matrix des Vokabulars, transponiert
            (Weight Tying).
          </p>
          <p>
            Dann macht Softmax daraus Wahrscheinlichkeiten. Bei T = 1 ist P(Frankreich) ={' '}
            {formatNumber(defaultTrace.probabilities[defaultTrace.targetIndex])}. Verändern wir die Temperatur: Kleine
            Werte machen die Verteilung spitz, große flach, die Reihenfolge bleibt gleich. Zum Schluss wählt Argmax das
            wahrscheinlichste Wort. Als Nächstes: „Softmax: Aus Logits werden Wahrscheinlichkeiten“.
          </p>
        </>
      }
    >
      <SlideGrid
        layout={withSoftmax ? 'text-figure' : 'one'}
        split="wide-second"
        className={withProjection && withSoftmax ? `dec-all${summary ? ' dec-summary' : ''}` : undefined}
      >
        {withProjection && (
          <section className="slide-stack tex-left dec-part-projection" aria-label="Lineare Projektion" data-view="projection">
            <h3 className="slide-subhead">1. Lineare Projektion: ein Logit pro Wort</h3>
            <WorkedFormula
              formula={DECODER_PROJECTION}
              numbers={decoderProjectionNumbers(trace.W_out, trace.h, trace.b)}
              result={namedRow('z', trace.logits, WORKED_DIGITS)}
            />
            <p className="slide-note">
              Spalten von W<sub>out</sub>, Einträge von b und z: {trace.vocabulary.map((word, i) => `${i + 1}. ${word}`).join(', ')}.
              Der Kontextvektor h kommt aus der Attention für „{trace.focus}“.
            </p>
          </section>
        )}
        {withSoftmax && (
          <section className="slide-stack tex-left dec-part-softmax" aria-label="Softmax mit Temperatur" data-view="softmax">
            <h3 className="slide-subhead">2. Softmax mit Temperatur</h3>
            <Tex math={SOFTMAX_TEMPERATURE} />
            <TemperatureSlider value={temperature} onChange={setTemperature} />
            <ProbabilityBars
              words={trace.vocabulary}
              probabilities={trace.probabilities}
              targetIndex={trace.targetIndex}
              caption={`p bei T = ${formatNumber(temperature)} (Ziel ${target} schraffiert)`}
              compact
            />
            <p className="slide-status">
              <span className="text-target">P({target})</span> ={' '}
              <strong className="key-number text-probability" data-testid="p-target">
                {formatNumber(pTarget)}
              </strong>
            </p>
          </section>
        )}
        {withSoftmax && (
          <div className="slide-stack tex-left dec-part-choice">
            <table className="dec-logit-table" aria-label={`Logits und Wahrscheinlichkeiten bei T = ${formatNumber(temperature)}`}>
              <thead>
                <tr>
                  <th scope="col">Wort</th>
                  <th scope="col" className="num">
                    Logit z<sub>i</sub>
                  </th>
                  <th scope="col" className="num">
                    p<sub>i</sub> bei T = {formatNumber(temperature)}
                  </th>
                </tr>
              </thead>
              <tbody>
                {trace.vocabulary.map((word, i) => (
                  <tr key={word} className={view === 2 && i === trace.prediction ? 'dec-logit-chosen' : undefined}>
                    <th scope="row">{word}</th>
                    <td className="num">{formatNumber(trace.logits[i])}</td>
                    <td className="num">{formatNumber(trace.probabilities[i])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Reveal at={2} className="slide-stack">
              <h3 className="slide-subhead">3. Argmax: das wahrscheinlichste Wort</h3>
              <Tex math={ARGMAX} />
              <Tex math={argmaxNumbers(trace.probabilities, predicted)} />
              <p className="lrn-prediction">
                Vorhersage: <strong className="text-target" data-testid="prediction">{predicted}</strong>
                {trace.prediction === trace.targetIndex ? ' – richtig.' : ` – falsch, richtig wäre ${target}.`}
              </p>
              <p className="slide-note">
                Die Temperatur ändert die Verteilung, nicht die Reihenfolge: Argmax wählt bei jedem T dasselbe Wort. Wirken
                kann T erst, wenn das nächste Wort gezogen wird (Sampling).
              </p>
            </Reveal>
          </div>
        )}
      </SlideGrid>
    </LectureSlide>
  );
}
