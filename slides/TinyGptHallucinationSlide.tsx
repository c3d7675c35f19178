import { useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { formatNumber } from '../src/format';
import { hallucinationView } from '../src/model/tinyGpt';
import './TinyGptHallucinationSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

export function TinyGptHallucinationSlide() {
  const view = useMemo(() => hallucinationView(), []);

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Dasselbe Mini-GPT, das eben „Paris ist die Hauptstadt von“ richtig mit „{view.paris.answer}“ ergänzt hat (p ={' '}
            {formatNumber(view.paris.probability)}), bekommt jetzt „{view.prompt}“. Die Antwort „{view.answer}“ kommt
            flüssig und sicher: p = {formatNumber(view.answerProbability)} für die ganze Antwort – fast genau so sicher wie
            die richtige Antwort bei Paris. Und sie ist falsch: Zürich ist keine Hauptstadt, die Hauptstadt der Schweiz ist{' '}
            {view.truth.capital}.
          </p>
          <p>
            Und warum? Im Korpus steht über Zürich nur „{view.truth.corpusSentences.join('“ und „')}“. Gelernt hat das
            Modell die Form: „X ist die Hauptstadt von“ plus das Land, in dem X liegt. Andersherum gefragt, „
            {view.reverse.prompt}“, antwortet es richtig „{view.reverse.answer}“ (p = {formatNumber(view.reverse.probability)}).
            Es „weiß“ also Bern – aber es prüft nie, ob die Frage überhaupt stimmt. Genau so entstehen Halluzinationen in
            großen Modellen: Muster statt Fakten, und nie ein „weiß ich nicht“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-second">
        <section className="slide-stack" aria-label="Die Antwort des Mini-GPT auf Zürich">
          <p className="answer-line answer-line-false" data-testid="tiny-gpt-zurich">
            „{view.prompt}“ → <strong>{view.answer}.</strong>
          </p>
          <p className="slide-text">
            p(„{view.answer}“) = <strong className="num" data-testid="tiny-gpt-zurich-p">{formatNumber(view.answerProbability)}</strong>{' '}
            – flüssig, sicher, <strong>falsch</strong>.
          </p>
          <div className="gpt-steps">
            {view.answerSteps.map((s, i) => (
              <BarChart
                key={s.token}
                bars={s.alternatives.map((c) => ({ label: c.token, value: c.probability, highlight: c.token === s.token }))}
                caption={`Wort ${i + 1}: „${s.token}“`}
              />
            ))}
          </div>
          <p className="answer-line answer-line-true">
            Zum Vergleich: „{view.paris.prompt}“ → <strong>{view.paris.answer}</strong>{' '}
            <span className="num">(p = {formatNumber(view.paris.probability)})</span> – richtig.
          </p>
        </section>
        <Reveal at={1} className="slide-stack">
          <h3 className="slide-subhead">Warum? Eine Vorlage, keine Tatsache</h3>
          <p className="slide-text">Über Zürich steht im Korpus nur:</p>
          <ul className="compact-list">
            {view.truth.corpusSentences.map((s) => (
              <li key={s}>„{s}“</li>
            ))}
          </ul>
          <p className="slide-text">
            Andersherum gefragt: „{view.reverse.prompt}“ → <strong>{view.reverse.answer}</strong>{' '}
            <span className="num">(p = {formatNumber(view.reverse.probability)})</span>. Es „kennt“ {view.truth.capital} – und
            prüft die Frage trotzdem nicht.
          </p>
          <p className="slide-note" data-testid="tiny-gpt-why">
            {view.why}
          </p>
        </Reveal>
      </SlideGrid>
    </LectureSlide>
  );
}
