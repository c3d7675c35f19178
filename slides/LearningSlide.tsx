import { Tex } from '../src/components/Tex';
import { LectureSlide } from '../src/shell/LectureSlide';
import { Reveal } from '../src/shell/slideStep';
import { CROSS_ENTROPY, GRADIENT_DESCENT, GRAD_LOGITS, LOGITS_AND_PROBABILITIES, TRAINED_WEIGHTS } from '../src/tex';
import { SlideGrid } from '../src/components/SlideGrid';
import { SourceLine } from '../src/components/SourceLine';

export function LearningSlide() {
  return (
    <LectureSlide
      notes={
        <>
          <p>
            Zuerst eine Brücke: Aus dem Kontextvektor h des Rechenbeispiels macht eine lineare Schicht einen Wert pro Wort
            des Vokabulars, die Logits z = h W_out + b, und Softmax macht daraus Wahrscheinlichkeiten p. Wie das im
            Einzelnen geht, rechnen wir in Abschnitt 6 nach; für das Lernen genügt: Am Ende steht für jedes Wort eine
            Wahrscheinlichkeit.
          </p>
          <p>
            Beim Training ist das Ziel, den Cross-Entropy-Loss zu minimieren. Er ist der negative Logarithmus der
            Wahrscheinlichkeit, die das Modell dem richtigen Wort gibt. Das Ziel schreiben wir als One-Hot-Vektor y: eine Eins
            bei Frankreich, sonst Nullen; deshalb bleibt von der Summe nur −ln p_Frankreich übrig. Backpropagation führt
            diesen Fehler mit der Kettenregel durch alle Schichten zurück, und Gradient Descent passt W_Q, W_K, W_V, W_out und b an. Als Nächstes: „Cross-Entropy: Wie falsch liegt das Modell?“
          </p>
        </>
      }
    >
      <SlideGrid layout="text-figure" split="even">
        <ul>
          <li>Ziel: Cross-Entropy-Loss minimieren</li>
          <li>Softmax liefert eine Wahrscheinlichkeitsverteilung über das Vokabular</li>
          <li>Cross-Entropy misst, wie „falsch“ das Modell liegt</li>
          <li>Backpropagation führt den Fehler durch alle Schichten zurück</li>
          <li>
            Gewichte <Tex inline math={TRAINED_WEIGHTS} /> werden aktualisiert
          </li>
        </ul>
        <div>
          <p className="slide-note">Aus Abschnitt 6 vorweg:</p>
          <Tex math={LOGITS_AND_PROBABILITIES} />
          <Tex math={CROSS_ENTROPY} />
          <Reveal at={1}>
            <Tex math={GRAD_LOGITS} />
          </Reveal>
          <Reveal at={2}>
            <Tex math={GRADIENT_DESCENT} />
          </Reveal>
        </div>
      </SlideGrid>
      <SourceLine kind="demo">Demos: npm run demo -- cross-entropy · npm run demo -- gradient-descent</SourceLine>
    </LectureSlide>
  );
}
