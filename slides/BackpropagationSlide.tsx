import { MatrixView } from '../src/components/MatrixView';
import { Tex } from '../src/components/Tex';
import { WorkedFormula } from '../src/components/WorkedFormula';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { WORKED_DIGITS, formatNumber, subscriptDigits } from '../src/format';
import { GRAD_CONTEXT, GRAD_VALUE, gradContextNumbers, gradContextResult } from '../src/tex';
import { traceWorkedExample } from '../src/model';
import { SlideGrid } from '../src/components/SlideGrid';

// The worked example with its hand-set weights; nothing on this slide changes it.
const trace = traceWorkedExample();
const PARIS = 0;

export function BackpropagationSlide() {
  const gradH = trace.grads.h;
  const rows = trace.tokens.map((_, j) => [trace.weights[j], ...trace.grads.V[j]]);
  const aParis = formatNumber(trace.weights[PARIS]);
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Der Gradient nach den Logits, ∂L/∂z = p − y, ist erst der Anfang. Die Kettenregel führt ihn Schicht für
            Schicht zurück. Weil z = h W_out + b ist, bekommt der Kontextvektor h den Gradienten ∂L/∂z mal W_out
            transponiert. Für unser Beispiel ist das ({gradH.map((g) => formatNumber(g, WORKED_DIGITS)).join('; ')}). Die erste Zahl ist
            negativ: Ein größerer Frankreich-Eintrag in h würde den Loss senken.
          </p>
          <p>
            Einen Schritt weiter: h ist die gewichtete Summe h = Σ a_j v_j. Also bekommt jeder Value v_j den Gradienten
            von h, mal sein Attention-Gewicht a_j. Der Value von „Paris“ bekommt mit a_Paris = {aParis} den größten Anteil; ein
            Value mit kleinem Gewicht wird auch wenig korrigiert. Von dort geht es weiter zu W_V und über die Scores zu W_Q
            und W_K. Im Rechenbeispiel lernen nur W_Q, W_K, W_V, W_out und b. Ein echtes Modell trainiert jeden
            Parameter, auch die Embeddings und die Bausteine aus Abschnitt 7 (W_O der Köpfe, das MLP, γ und β der
            LayerNorm). Als Nächstes: „Gradient Descent: ein Schritt gegen den Gradienten“.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <div className="slide-stack tex-left">
          <h3 className="slide-subhead">Von den Logits z zurück zum Kontextvektor h</h3>
          <WorkedFormula
            formula={GRAD_CONTEXT}
            numbers={gradContextNumbers(trace.gradLogits, trace.W_out)}
            result={gradContextResult(gradH)}
          />
        </div>
        <Reveal at={1}>
          <SlideGrid layout="text-figure" split="fit-second">
            <div className="slide-stack tex-left">
              <h3 className="slide-subhead">Von h zurück zu den Values</h3>
              <Tex math={GRAD_VALUE} />
              <p>
                „Paris“: a<sub>Paris</sub> = {aParis}, der größte Anteil. Weiter zu W<sub>V</sub>, W<sub>Q</sub> und W<sub>K</sub>.
              </p>
              <p className="slide-note">
                Das Rechenbeispiel lernt nur W<sub>Q</sub>, W<sub>K</sub>, W<sub>V</sub>, W<sub>out</sub> und b; echte Modelle jeden Parameter (Abschnitt 7).
              </p>
            </div>
            <MatrixView
              values={rows}
              caption="∂L/∂vⱼ = aⱼ · ∂L/∂h für jedes Token"
              rowLabels={trace.tokens}
              colLabels={['aⱼ', ...gradH.map((_, m) => `(∂L/∂vⱼ)${subscriptDigits(m + 1)}`)]}
              highlightRow={PARIS}
              compact
            />
          </SlideGrid>
        </Reveal>
      </SlideGrid>
    </LectureSlide>
  );
}
