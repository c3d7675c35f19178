import { LectureSlide } from '../src/deck/LectureSlide';
import { Reveal } from '../src/deck/slideStep';

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
            passen die Gewichte an.
          </p>
          <p>
            Diskussion: Decken Sie die Fragen einzeln auf und lassen Sie zuerst zwei Minuten in Paaren sprechen, dann im
            Plenum sammeln. Bei „Verstehen“ an das Rechenbeispiel erinnern: Das Modell hat nur Gewichte angepasst. Bei
            Halluzinationen an die zwanzig gezogenen Antworten erinnern und fragen, woran man sie erkennt und was Quellen
            oder Retrieval helfen. Zum Schluss konkrete Einsatzfälle aus dem Studium sammeln, gute und schlechte. Wer eine
            Frage zu einem Begriff hat: Das Glossar danach verlinkt jeden Begriff auf seine Folie.
          </p>
        </>
      }
    >
      <div className="columns">
        <ul>
          <li>LLMs sind mächtige Wahrscheinlichkeitsmodelle</li>
          <li>Mathematik dahinter: Vektoren, Matrizen, Wahrscheinlichkeiten</li>
          <li>Softmax &amp; Cross-Entropy ermöglichen Lernen</li>
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
      </div>
    </LectureSlide>
  );
}
