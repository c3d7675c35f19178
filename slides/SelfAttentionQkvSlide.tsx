import { useMemo } from 'react';
import { MatrixView } from '../src/components/MatrixView';
import { StepHeading, StepTrail } from '../src/components/StepTrail';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { useIsSummary, useSlideStep, useViewShown } from '../src/shell/slideStep';
import { EMBEDDINGS, FOCUS_QUERY, KEYS_VALUES, equalsRowVector, focusProjection, focusQueryNumbers, namedRowVector } from '../src/tex';
import { traceWorkedExample, type WorkedTrace } from '../src/model';
import { FEATURE_NAMES } from '../src/model/attentionSteps';
import { SELF_ATTENTION_STEPS } from './selfAttentionSteps';
import { SlideGrid } from '../src/components/SlideGrid';
import './SelfAttentionQkvSlide.css';

/**
 * Views of this slide (its step): 0 embeddings, 1 the query of "von", 2 keys and values of all
 * tokens. Each click replaces the view; the reading view stacks them, and a page for the whole slide
 * (print, the one-page-per-slide handout) lays out all three, each under its step's heading, and
 * marks no single step in the trail.
 */
function QkvBody({ trace }: { trace: WorkedTrace }) {
  const view = useSlideStep();
  const shows = useViewShown();
  const summary = useIsSummary();
  const focusRow = trace.embeddings[trace.focusIndex];
  return (
    <SlideGrid layout="one" className={summary ? 'sa-qkv-summary' : undefined}>
      <StepTrail steps={SELF_ATTENTION_STEPS} current={summary ? -1 : view === 0 ? 0 : 1} label="Schritte der Self-Attention" />
      {shows(0) && (
        <div data-view="embeddings" className="sa-part-embeddings">
        <SlideGrid layout="text-figure" split="wide-first">
          <div className="sa-focus-table">
            {summary && <StepHeading step={0}>{SELF_ATTENTION_STEPS[0]}</StepHeading>}
            <MatrixView
              values={trace.embeddings}
              caption="Embeddings E (5 × 4): eine Zeile pro Token"
              rowLabels={trace.tokens}
              colLabels={FEATURE_NAMES}
              highlightRow={trace.focusIndex}
            />
          </div>
          <div className="sa-embeddings-text">
            <Tex math={EMBEDDINGS} />
            <p>
              Jedes Token wird zu einem Vektor aus 4 Zahlen. Fokus: <span className="role-focus">▸ {trace.focus}</span>
            </p>
            <p className="small">
              Die Spaltennamen sind nur eine Lesehilfe. Echte Modelle: z. B. 12.288 Zahlen pro Token (GPT-3).
            </p>
          </div>
        </SlideGrid>
        </div>
      )}
      {shows(1) && (
        <div className="role-query-block sa-part-query" data-view="query">
          {summary && <StepHeading step={1}>Query von „{trace.focus}“</StepHeading>}
          <WorkedFormula
            label={`Query von ${trace.focus}`}
            formula={FOCUS_QUERY}
            numbers={focusQueryNumbers(trace.focus, focusRow, trace.W_Q)}
            result={namedRowVector('q', trace.focus, trace.q)}
          />
          <p className="small">
            Zeile ▸ „{trace.focus}“ aus E mal die 4 × 4-Matrix W<sub>Q</sub>. Die Query q sagt, wonach „{trace.focus}“ im Kontext
            sucht.
          </p>
        </div>
      )}
      {shows(2) && (
        <div data-view="keys-values" className="sa-part-keys-values">
          <div className="sa-formula-row">
            {summary && <StepHeading step={1}>Keys und Values aller Tokens</StepHeading>}
            <Tex math={KEYS_VALUES} />
            <span className="role-query-block">
              <Tex math={namedRowVector('q', trace.focus, trace.q)} />
            </span>
          </div>
          <SlideGrid layout="two-figures" className="sa-large-tables">
            <div className="role-key-block">
              <MatrixView
                values={trace.K}
                caption="Keys K (5 × 4): was jedes Token anbietet"
                rowLabels={trace.tokens}
                highlightRow={trace.focusIndex}
                role="key"
              />
              <div className="tex-left sa-focus-row">
                <Tex math={focusProjection('k', trace.focus)} />
                <Tex math={equalsRowVector(trace.K[trace.focusIndex])} />
              </div>
            </div>
            <div className="role-value-block">
              <MatrixView
                values={trace.V}
                caption="Values V (5 × 4): was jedes Token weitergibt"
                rowLabels={trace.tokens}
                highlightRow={trace.focusIndex}
                role="value"
              />
              <div className="tex-left sa-focus-row">
                <Tex math={focusProjection('v', trace.focus)} />
                <Tex math={equalsRowVector(trace.V[trace.focusIndex])} />
              </div>
            </div>
          </SlideGrid>
        </div>
      )}
    </SlideGrid>
  );
}

export function SelfAttentionQkvSlide() {
  const trace = useMemo(() => traceWorkedExample(), []);
  return (
    <LectureSlide
      notes={
        <p>
          Wir rechnen jetzt die fünf Schritte mit echten Zahlen, immer aus der Sicht von „von“. Zuerst die Embeddings:
          jedes Token ist eine Zeile mit vier Zahlen, „von“ ist markiert. Dann: Die Query von „von“ entsteht als
          Zeilenvektor mal W_Q, oben die Formel, darunter die eingesetzten Zahlen, unten das Ergebnis. Dasselbe
          mit W_K und W_V für alle Tokens ergibt die Keys und Values. Unter den Tabellen steht als Beispiel die markierte Zeile von „von“: k_von = e_von W_K und v_von = e_von W_V. Verglichen wird die Query von „von“ aber nicht nur mit k_von, sondern mit den Keys aller Tokens; das ist der nächste Schritt: „Scores, Softmax, Kontextvektor“.
        </p>
      }
    >
      <QkvBody trace={trace} />
    </LectureSlide>
  );
}
