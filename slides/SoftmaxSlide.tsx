import { useMemo } from 'react';
import { Heatmap } from '../src/components/Heatmap';
import { ProbabilityBars } from '../src/components/ProbabilityBars';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { TEMPERATURE_RANGE, TemperatureSlider } from '../src/components/TemperatureSlider';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSliderState } from '../src/shell/useSharedState';
import { Reveal } from '../src/shell/slideStep';
import { formatNumber } from '../src/format';
import { LOGIT_ROW, SOFTMAX_TEMPERATURE, logitRowNumbers, probabilityResult, softmaxTemperatureNumbers } from '../src/tex';
import { DEFAULT_PARAMS, DEFAULT_TEMPERATURE, traceWorkedExample } from '../src/model';
import { SlideGrid } from '../src/components/SlideGrid';
import './SoftmaxSlide.css';

/** The fixed temperatures compared side by side (also in the PDF, where no slider moves). */
export const COMPARED_TEMPERATURES = [0.5, 1, 2] as const;

export function SoftmaxSlide() {
  const [temperature, setTemperature] = useSliderState('softmax.temperature', { ...TEMPERATURE_RANGE, initial: DEFAULT_TEMPERATURE });
  const trace = useMemo(() => traceWorkedExample(DEFAULT_PARAMS, { temperature }), [temperature]);
  const compared = useMemo(
    () => COMPARED_TEMPERATURES.map((t) => traceWorkedExample(DEFAULT_PARAMS, { temperature: t })),
    [],
  );
  const t = trace.targetIndex;
  const target = trace.vocabulary[t];

  return (
    <LectureSlide
      notes={
        <p>
          Jedes Logit ist ein Skalarprodukt: der Kontextvektor h mal die Spalte von W_out für ein Wort, plus Bias. Softmax
          bildet für jedes Logit exp(z_i) und teilt durch die Summe, so werden alle Werte positiv und summieren sich zu eins. Die
          Temperatur T teilt die Logits vorher: T gegen null macht daraus praktisch Argmax, also eine Eins beim größten
          Logit, ein großes T macht die Verteilung fast gleichmäßig. Wählt das Modell per Argmax, ändert T nichts an der
          Antwort. Erst wenn das nächste Wort aus p gezogen wird (Sampling, Abschnitte 7 und 9), steuert T, wie mutig
          oder vorsichtig ein Modell formuliert. Als Nächstes: „Modellarchitekturen im Überblick“.
        </p>
      }
    >
      <SlideGrid layout="one">
        <section className="slide-stack tex-left" aria-label="Logits aus den Spalten von W out">
          <h3 className="slide-subhead">
            Logits: h mal eine Spalte von W<sub>out</sub>, plus b
          </h3>
          <div className="lrn-logit-rows">
            <Tex math={LOGIT_ROW} />
            {trace.vocabulary.map((word, i) => (
              <Tex key={word} math={logitRowNumbers(word, trace.W_out[i], trace.h, trace.b[i], trace.logits[i])} />
            ))}
          </div>
        </section>
      </SlideGrid>
      <SlideGrid layout="text-figure" split="wide-first">
        <section className="slide-stack tex-left" aria-label={`Softmax für ${target}`}>
          <WorkedFormula
            formula={SOFTMAX_TEMPERATURE}
            numbers={softmaxTemperatureNumbers(target, trace.logits[t], trace.logits, temperature)}
            result={probabilityResult(target, trace.probabilities[t])}
          />
          <TemperatureSlider value={temperature} onChange={setTemperature} />
        </section>
        <section className="slide-stack" aria-label="Temperatur">
          <ProbabilityBars
            words={trace.vocabulary}
            probabilities={trace.probabilities}
            targetIndex={t}
            caption={`p bei T = ${formatNumber(temperature)} (Ziel ${target} schraffiert)`}
            compact
          />
          <Reveal at={1}>
            <Heatmap
              values={trace.vocabulary.map((_, i) => compared.map((c) => c.probabilities[i]))}
              rowLabels={trace.vocabulary}
              colLabels={compared.map((c) => `T = ${formatNumber(c.temperature, 1)}`)}
              caption="Vergleich: T klein → spitz, T groß → flach"
              role="probability"
              highlightRow={t}
            />
          </Reveal>
        </section>
      </SlideGrid>
    </LectureSlide>
  );
}
