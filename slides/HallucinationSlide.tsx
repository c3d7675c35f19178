import { useMemo } from 'react';
import { ProbabilityBars } from '../src/components/ProbabilityBars';
import { TEMPERATURE_RANGE, TemperatureSlider } from '../src/components/TemperatureSlider';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useSharedState, useSliderState } from '../src/shell/useSharedState';
import { formatNumber, formatPercent } from '../src/format';
import { CONTEXT_TOKENS, DEFAULT_TEMPERATURE } from '../src/model';
import { hallucinationRound } from '../src/model/hallucination';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';
import './HallucinationSlide.css';

/** Draws per press of „Ziehen“. */
export const DRAWS_PER_ROUND = 20;

/** Seed of round r: fixed, so every window and every replay shows the same answers. */
export function seedForRound(round: number): number {
  return 9000 + round;
}

export function HallucinationSlide() {
  const [temperature, setTemperature] = useSliderState('hallucination.temperature', { ...TEMPERATURE_RANGE, initial: DEFAULT_TEMPERATURE });
  const [rawRound, setRound] = useSharedState('hallucination.round', 1);
  const round = Number.isInteger(rawRound) && rawRound >= 1 ? rawRound : 1;
  const { trace, samples, wrong, wrongShare, pTargetDefault } = useMemo(
    () => hallucinationRound(temperature, DRAWS_PER_ROUND, seedForRound(round)),
    [temperature, round],
  );
  const t = trace.targetIndex;
  const target = trace.vocabulary[t];
  const prompt = CONTEXT_TOKENS.join(' ');

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Unser Rechenbeispiel gibt Frankreich nur die Wahrscheinlichkeit {formatNumber(pTargetDefault)}. Ein
            Chatbot nimmt aber oft nicht das wahrscheinlichste Wort, er zieht aus der Verteilung. Wir drücken „Ziehen“:
            zwanzig Antworten, jede als fertiger Satz, jede im selben sicheren Ton – und viele davon falsch.
          </p>
          <p>
            Senken wir die Temperatur, kommt fast immer Frankreich; bei hoher Temperatur werden die drei Antworten fast
            gleich wahrscheinlich. Ein kleines T
            hilft aber nur, wenn das wahrscheinlichste Wort auch stimmt. Die eigentlichen Halluzinationen großer Modelle
            entstehen dort, wo schon die Verteilung eine falsche Antwort bevorzugt: Dann liegt auch Greedy daneben, und
            der Satz klingt genauso sicher wie eine richtige Antwort, auch wenn die Wahrscheinlichkeit dahinter nur mäßig
            ist, wie gleich bei Ungarn.
          </p>
          <p>
            Und „weiß ich nicht“? Ein reines Sprachmodell hat dafür keine eigene Ausgabe; es verteilt die
            Wahrscheinlichkeit immer auf Wörter. Chatmodelle lernen im Nachtraining, sich zu enthalten, tun es aber zu
            selten, weil Training und Benchmarks Raten belohnen: Eine geratene Antwort ist manchmal richtig, „weiß ich
            nicht“ bringt nie Punkte (Kalai und Kollegen, 2025). Als Nächstes: „Halluzination im Mini-GPT: Zürich und Ungarn“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-second" className="ol-hallucination">
        <section className="slide-stack" aria-label="Verteilung und Regler">
          <TemperatureSlider value={temperature} onChange={setTemperature} />
          <ProbabilityBars
            words={trace.vocabulary}
            probabilities={trace.probabilities}
            targetIndex={t}
            caption={`P(nächstes Wort) bei T = ${formatNumber(temperature)}`}
            compact
          />
          <div className="ol-draw-row">
            <button type="button" className="deck-button" onClick={() => setRound(round + 1)} data-testid="draw">
              Ziehen ({DRAWS_PER_ROUND}×)
            </button>
            <span className="slide-note">Ziehung Nr. {round}</span>
          </div>
          <p className="ol-counts" role="status" data-testid="hallucination-counts">
            {trace.vocabulary.map((word, i) => (
              <span key={word} className={i === t ? 'ol-count ol-count-right' : 'ol-count ol-count-wrong'}>
                {word}: <strong className="num">{samples.counts[i]}</strong>
              </span>
            ))}
          </p>
          <p className="ol-verdict" data-testid="hallucination-wrong">
            Falsch: <strong className="num">{wrong}</strong> von {DRAWS_PER_ROUND} ({formatPercent(wrongShare, 0)})
          </p>
        </section>
        <section className="slide-stack" aria-label={`${DRAWS_PER_ROUND} gezogene Antworten`}>
          <h3 className="slide-subhead">„{prompt} …“ – {DRAWS_PER_ROUND} Antworten</h3>
          <ol className="ol-answers" data-testid="hallucination-answers">
            {samples.draws.map((index, i) => {
              const right = index === t;
              return (
                <li key={i} className={right ? 'ol-answer ol-answer-right' : 'ol-answer ol-answer-wrong'}>
                  <span aria-hidden="true">{right ? '✓' : '✗'}</span> {trace.vocabulary[index]}.
                  <span className="visually-hidden">{right ? ' (richtig)' : ` (falsch, richtig wäre ${target})`}</span>
                </li>
              );
            })}
          </ol>
          <p className="slide-note">
            Jede Antwort kommt im selben sicheren Ton: Das Modell kennt nur Wahrscheinlichkeiten, kein „wahr“. Ein reines
            Sprachmodell hat keine eigene Ausgabe für „weiß ich nicht“.
          </p>
        </section>
      </SlideGrid>
      <SourceLine kind="citation">Kalai, Nachum, Vempala, Zhang: „Why Language Models Hallucinate“, arXiv:2509.04664 (2025)</SourceLine>
    </LectureSlide>
  );
}
