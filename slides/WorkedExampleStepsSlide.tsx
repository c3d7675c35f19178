import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import {
  ATTENTION_SCORE,
  ATTENTION_WEIGHTS,
  CONTEXT_VECTOR,
  EMBEDDINGS,
  QKV_PROJECTION,
  QKV_WEIGHTS,
  SCALED_DOT_PRODUCT_ATTENTION,
} from '../src/tex';
import { SlideGrid } from '../src/components/SlideGrid';
import { formatNumber } from '../src/format';
import { D_MODEL } from '../src/model/workedExample';
import { SourceLine } from '../src/components/SourceLine';

/** The five steps of section 4, with the formula of each. */
const STEPS = [
  { text: 'Embeddings (hier ohne Positionen)', math: EMBEDDINGS },
  { text: 'Query, Key, Value über', weights: true, math: QKV_PROJECTION },
  { text: 'Attention-Scores über das Skalarprodukt', math: ATTENTION_SCORE },
  { text: 'Softmax → Attention-Gewichte', math: ATTENTION_WEIGHTS },
  { text: 'Neuer Vektor für „von“ (Kontextvektor)', math: CONTEXT_VECTOR },
] as const;

export function WorkedExampleStepsSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Wir schauen auf das Token „von“ im Satz „Paris ist die Hauptstadt von Frankreich“. Nach und nach kommen die fünf Schritte dazu: Embeddings, dann Query, Key und Value
            über die drei Gewichtsmatrizen, dann die Scores als Skalarprodukt, Softmax zu Gewichten und schließlich der
            neue Vektor für „von“. Die Scores werden durch √d_k geteilt, die Wurzel aus der Dimension der Keys (der Anzahl ihrer Einträge), bei uns
            √{D_MODEL} = {formatNumber(Math.sqrt(D_MODEL), 0)}; warum, zeigt die übernächste Folie. Zusammengefasst ist das die Formel unten, die Attention mit skaliertem Skalarprodukt (Scaled Dot-Product Attention).
          </p>
          <p>
            Das Rechenbeispiel lässt die Positionen weg, die ein Transformer mit x_t = e_t + pos_t addiert. Seine vier
            Zahlen pro Wort sind von Hand gesetzte, lesbare Merkmale („Frankreich-Bezug“, „Funktionswort“ …), und für die
            Frage „Welches Wort verweist auf ein Land?“ spielt die Reihenfolge keine Rolle. Mit Positionen käme in jede Zahl
            ein Anteil, der mit der Frage nichts zu tun hat. Als Nächstes: „Self-Attention Schritt für Schritt“.
          </p>
        </>
      }
    >
      <SlideGrid layout="one">
        <p className="example-sentence">
          „Paris ist die Hauptstadt <span className="role-focus">von</span> Frankreich“
        </p>
        <ol className="steps steps-with-formulas tex-left">
          {STEPS.map((step, i) => (
            <Reveal key={step.text} at={i + 1} as="li">
              <span className="step-text">
                {step.text}
                {'weights' in step && (
                  <>
                    {' '}
                    <Tex math={QKV_WEIGHTS} inline />
                  </>
                )}
              </span>
              <Tex math={step.math} />
            </Reveal>
          ))}
        </ol>
        <Reveal at={STEPS.length + 1}>
          <div className="formula-summary">
            <Tex math={SCALED_DOT_PRODUCT_ATTENTION} />
          </div>
        </Reveal>
      </SlideGrid>
      <SourceLine kind="demo">Demo: npm run demo -- self-attention</SourceLine>
    </LectureSlide>
  );
}
