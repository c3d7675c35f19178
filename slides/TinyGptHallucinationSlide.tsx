import { useMemo } from 'react';
import { BarChart } from '../src/components/BarChart';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsSummary, useViewShown } from '../src/shell/slideStep';
import { formatNumber } from '../src/format';
import { hallucinationView } from '../src/model/tinyGpt';
import './TinyGptHallucinationSlide.css';
import { SlideGrid } from '../src/components/SlideGrid';

/** A quoted sentence inside a longer one loses its own final period. */
const withoutPeriod = (sentence: string): string => sentence.replace(/\.$/, '');

export function TinyGptHallucinationSlide() {
  // The slide shows one explanation per click; the reading view stacks them, and a page for the
  // whole slide (print, the one-page-per-slide handout) lays out both.
  const shows = useViewShown();
  const summary = useIsSummary();
  const view = useMemo(() => hallucinationView(), []);
  const { gap } = view;

  return (
    <LectureSlide
      notes={
        <>
          <p>
            Zwei Arten, falsch zu antworten, beide im selben Mini-GPT gemessen. Die erste: eine falsche Voraussetzung.
            Das Modell, das „Paris ist die Hauptstadt von“ richtig mit „{view.paris.answer}“ ergänzt (p ={' '}
            {formatNumber(view.paris.probability)}), bekommt „{view.prompt}“. Es antwortet flüssig „{view.answer}“, mit p ={' '}
            {formatNumber(view.answerProbability)} für die ganze Antwort. Aber Zürich ist keine Hauptstadt; die Hauptstadt
            der Schweiz ist {view.truth.capital}. Im Training steht über Zürich nur „
            {view.truth.corpusSentences.map(withoutPeriod).join('“ und „')}“. Das Modell prüft die Frage nicht, es setzt die Regel fort, die
            wir beim Tausch der Stadt gesehen haben: das Land des ersten Worts. Auch „von der Schweiz“ hat es so nie
            gelesen: Im Korpus heißt es „die Hauptstadt der Schweiz“. Andersherum gefragt, „{view.reverse.prompt}“,
            antwortet es richtig „{view.reverse.answer}“ (p = {formatNumber(view.reverse.probability)}).
          </p>
          <p>
            Die zweite: eine Wissenslücke. Kein Trainingssatz sagt, welche Stadt die Hauptstadt von Ungarn ist; die drei
            Sätze dazu haben wir zurückgehalten. Gelesen hat das Modell nur „{gap.corpusSentences.map(withoutPeriod).join('“ und „')}“. Auf „
            {gap.prompt}“ antwortet es trotzdem flüssig „{gap.answer}“ (p = {formatNumber(gap.probability)}); die richtige
            Antwort {gap.truth} bekommt p = {formatNumber(gap.pTruth)}. Das Modell muss nach „ist“ irgendeine Stadt
            wählen; ein „weiß ich nicht“ kam in seinen Sätzen nie vor. Beides kommt auch in großen Modellen vor: Sie
            übernehmen falsche Voraussetzungen, und wo Wissen fehlt, raten sie flüssig – auch weil Training und Bewertung
            Raten eher belohnen als ein „weiß ich nicht“ (Kalai et al. 2025). Als Nächstes: „Fazit & Diskussion“.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="wide-second" className={summary ? 'gpt-hallucination-summary' : undefined}>
        <section className="slide-stack" aria-label="Die Antwort des Mini-GPT auf Zürich">
          <p className="answer-line answer-line-false" data-testid="tiny-gpt-zurich">
            „{view.prompt}“ → <strong>{view.answer}.</strong>
          </p>
          <p className="slide-text">
            P(„{view.answer}“) = <strong className="num" data-testid="tiny-gpt-zurich-p">{formatNumber(view.answerProbability)}</strong>{' '}
            – flüssig, sicher, <strong>falsch</strong>.
          </p>
          <div className="gpt-steps">
            {view.answerSteps.map((s, i) => (
              <BarChart
                key={s.token}
                bars={s.alternatives.map((c) => ({ label: c.token === '.' ? '„.“' : c.token, value: c.probability, highlight: c.token === s.token }))}
                caption={`Wort ${i + 1}: „${s.token}“`}
              />
            ))}
          </div>
          <p className="answer-line answer-line-true">
            Zum Vergleich: „{view.paris.prompt}“ → <strong>{view.paris.answer}</strong>{' '}
            <span className="num">(p = {formatNumber(view.paris.probability)})</span> – richtig.
          </p>
        </section>
        {shows(1) && (
          <section className="slide-stack" aria-label="Warum: falsche Voraussetzung">
            <h3 className="slide-subhead">1. Falsche Voraussetzung</h3>
            <p className="slide-text">Über Zürich steht im Training nur:</p>
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
          </section>
        )}
        {shows(2) && (
          <section className="slide-stack" aria-label="Wissenslücke">
            <h3 className="slide-subhead">2. Wissenslücke</h3>
            <p className="answer-line answer-line-false" data-testid="tiny-gpt-gap">
              „{gap.prompt}“ → <strong>{gap.answer}.</strong>
            </p>
            <p className="slide-text">
              P(„{gap.answer}“) = <strong className="num" data-testid="tiny-gpt-gap-p">{formatNumber(gap.probability)}</strong>, P(„
              {gap.truth}“) = <span className="num">{formatNumber(gap.pTruth)}</span>
            </p>
            <p className="slide-text">Im Training steht über {gap.truth} nur:</p>
            <ul className="compact-list">
              {gap.corpusSentences.map((s) => (
                <li key={s}>„{s}“</li>
              ))}
            </ul>
            <p className="slide-note">
              Kein Satz nennt die Hauptstadt von Ungarn. Das Modell füllt die Lücke flüssig mit einer Stadt, die es kennt.
            </p>
          </section>
        )}
      </SlideGrid>
    </LectureSlide>
  );
}
