import { ProbabilityBars } from '../src/components/ProbabilityBars';
import { LectureSlide } from '../src/shell/LectureSlide';
import { SlideGrid } from '../src/components/SlideGrid';
import { formatNumber } from '../src/format';
import { traceWorkedExample } from '../src/model';
import './TitleSlide.css';

/** The way through the lecture in five words. */
const STAGES = ['Token', 'Vektor', 'Attention', 'Wahrscheinlichkeit', 'Antwort'] as const;

// The answer the lecture works towards, computed by the worked example itself.
const trace = traceWorkedExample();

export function TitleSlide() {
  const pTarget = trace.probabilities[trace.targetIndex];
  return (
    <LectureSlide
      notes={
        <p>
          Willkommen! Heute schauen wir in ein Large Language Model hinein und rechnen dabei selbst mit: Jede Zahl des
          Rechenbeispiels wird live im Browser berechnet. Unser roter Faden ist ein einziger Satz, „Paris ist die
          Hauptstadt von …“, und die Frage, wie das Modell auf „Frankreich“ kommt. Das Balkendiagramm ist das Ziel:
          Unser Rechenbeispiel gibt „Frankreich“ die Wahrscheinlichkeit {formatNumber(pTarget)}, und am Ende der
          Vorlesung können Sie jede Zahl dieser Rechnung nachvollziehen. Als Nächstes: die „Agenda“.
        </p>
      }
    >
      <SlideGrid layout="one" className="title-body">
        <p className="example-sentence">
          „Paris ist die Hauptstadt <span className="role-focus">von</span> …“
        </p>
        <SlideGrid layout="text-figure" split="even">
          <div className="slide-stack">
            <p>Vektoren, Matrizen, Wahrscheinlichkeiten: Wie aus Statistik eine Antwort wird.</p>
            <ol className="title-stages" aria-label="Der Weg durch das Modell">
              {STAGES.map((stage, i) => (
                <li key={stage}>
                  <span aria-hidden="true" className="pipeline-arrow">
                    {i === 0 ? '▸' : '↓'}
                  </span>{' '}
                  {stage}
                </li>
              ))}
            </ol>
          </div>
          <div className="card">
            <h2 className="slide-subhead">Das Ziel: das nächste Wort</h2>
            <ProbabilityBars
              words={trace.vocabulary}
              probabilities={trace.probabilities}
              targetIndex={trace.targetIndex}
              caption="P(nächstes Wort) im Rechenbeispiel (Ziel schraffiert)"
            />
            <p className="slide-note">Alle Zahlen werden live im Browser berechnet.</p>
          </div>
        </SlideGrid>
      </SlideGrid>
    </LectureSlide>
  );
}
