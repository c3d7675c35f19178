import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { SlideGrid } from '../src/components/SlideGrid';
import { formatNumber } from '../src/format';
import { conclusionChain } from '../src/model/conclusion';
import './ConclusionSlide.css';

/** The worked example from token to answer, computed once (it never changes on this slide). */
const CHAIN = conclusionChain();

const DISCUSSION_QUESTIONS = [
  'Was bedeutet „Verstehen“ bei rein statistischen Modellen?',
  'Wie gehen wir mit Halluzinationen und Fehlern um?',
  'Wo sind LLMs sinnvoll, wo nicht?',
] as const;

export function ConclusionSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Fassen wir zusammen: LLMs sind mächtige Wahrscheinlichkeitsmodelle, und dahinter stecken Vektoren, Matrizen
            und Wahrscheinlichkeiten. Softmax und Cross-Entropy machen Lernen möglich, Backpropagation und Gradient Descent
            passen die Gewichte an. Zum Abschluss noch einmal der ganze Weg des Rechenbeispiels: „{CHAIN.focus}“ schaut vor
            allem auf „{CHAIN.topToken}“, {CHAIN.target} bekommt das Logit {formatNumber(CHAIN.targetLogit)} und die
            Wahrscheinlichkeit {formatNumber(CHAIN.pTarget)}, der Loss ist {formatNumber(CHAIN.loss)}, und ein einziger
            Lernschritt mit η = {formatNumber(CHAIN.learningRate, 1)} hebt die Wahrscheinlichkeit auf{' '}
            {formatNumber(CHAIN.pTargetAfterStep)}.
          </p>
          <p>
            Dann die Fragen zum Diskutieren, eine nach der anderen. In der Vorlesung sprechen Sie zuerst zwei Minuten zu
            zweit, dann sammeln wir im Plenum; beim Nachlesen nehmen Sie sich zu jeder Frage kurz Zeit für eine eigene
            Antwort. Bei „Verstehen“ denken wir an das Mini-GPT: Es hat nur Gewichte angepasst, bis der Loss klein war,
            und überträgt trotzdem „Paris – Frankreich“ auf einen Satz, den es nie gesehen hat. Bei Halluzinationen
            denken wir an die zwanzig gezogenen Antworten und an Zürich: Woran erkennt man sie, und was nützen Quellen
            oder Retrieval? Zum Schluss sammeln wir konkrete Einsatzfälle aus dem Studium, gute und schlechte. Als
            Nächstes: „Glossar (Auszug)“; es verlinkt jeden Begriff auf seine Folie.
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="even">
        <ul>
          <li>LLMs sind mächtige Wahrscheinlichkeitsmodelle</li>
          <li>Mathematik dahinter: Vektoren, Matrizen, Wahrscheinlichkeiten</li>
          <li>Softmax und Cross-Entropy ermöglichen das Lernen</li>
          <li>Backpropagation und Gradient Descent passen Gewichte an</li>
        </ul>
        <div className="card">
          <p>
            <strong>Diskussionsfragen</strong>
          </p>
          <ol>
            {DISCUSSION_QUESTIONS.map((question, i) => (
              <Reveal key={question} at={i + 1} as="li">
                {question}
              </Reveal>
            ))}
          </ol>
        </div>
      </SlideGrid>
      <section className="fazit-chain-box" aria-label="Der Weg im Rechenbeispiel">
        <p className="slide-subhead">Der Weg im Rechenbeispiel</p>
        <ol className="fazit-chain">
          <li>
            „{CHAIN.focus}“
          </li>
          <li>
            Attention auf „{CHAIN.topToken}“ <span className="num">{formatNumber(CHAIN.topWeight)}</span>
          </li>
          <li>
            Logit z<sub>{CHAIN.target}</sub> <span className="num">{formatNumber(CHAIN.targetLogit)}</span>
          </li>
          <li>
            P({CHAIN.target}) <span className="num">{formatNumber(CHAIN.pTarget)}</span>
          </li>
          <li>
            Loss <span className="num">{formatNumber(CHAIN.loss)}</span>
          </li>
          <li>
            nach einem Lernschritt: P({CHAIN.target}) <span className="num">{formatNumber(CHAIN.pTargetAfterStep)}</span>
          </li>
        </ol>
      </section>
    </LectureSlide>
  );
}
